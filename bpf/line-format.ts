/**
 * The fixed line format between the generated bpftrace program and agent/parse.ts. One event
 * per line, space separated, a one-letter kind tag first, numbers in decimal, the interface
 * name last (it is the only text field and may be empty when an skb has no device).
 *
 * Packet header words are raw 32-bit loads of the wire bytes (see byteorder.ts):
 *   w0 = version/ihl, tos, total length   w1 = IP id, fragment offset
 *   w2 = ttl, protocol, checksum          sa, da = addresses
 *   l0..l3 = first 16 bytes of the L4 header (ports | ICMP type/code/checksum, then TCP seq,
 *            TCP ack, data offset/flags/window, or ICMP id/seq)
 * Conntrack: nfct is skb->_nfct raw (nf_conn address | ctinfo), the tuples' addresses and
 * ports raw, ctproto the original tuple's protocol.
 */
export const TAG = {
  ready: 'B', // BEGIN: every probe is attached; carries the monotonic time of that moment
  heartbeat: 'H', // once a second: the process is alive (and notices a dead reader)
  mark: 'W', // per CPU, 50 times a second: this CPU's output is complete up to this time (watermark)
  receive: 'R',
  transmit: 'T',
  route: 'F',
  drop: 'D',
  nat: 'N',
} as const;

/** Fields shared by R, T, D and N lines, after the tag. */
export const SKB_FIELDS = [
  'mono', 'cpu', 'netns', 'ifindex', 'skb', 'mark',
  'w0', 'w1', 'w2', 'sa', 'da', 'l0', 'l1', 'l2', 'l3',
] as const;

/** R and T lines: SKB_FIELDS, then these, then the interface name. */
export const CT_FIELDS = [
  'nfct', 'ctstatus', 'ctmark',
  'osa', 'oda', 'osp', 'odp', 'rsa', 'rda', 'rsp', 'rdp', 'ctproto',
] as const;

/** D lines: SKB_FIELDS, then these, then the interface name. */
export const DROP_FIELDS = ['reason', 'location'] as const;

/** N lines (kprobe tier): SKB_FIELDS, then these, then the interface name. */
export const NAT_FIELDS = ['maniptype', 'tsa', 'tda', 'tsp', 'tdp'] as const;

/** F lines: these after the tag, then the result device name. */
export const ROUTE_FIELDS = [
  'mono', 'cpu', 'netns', 'table', 'err', 'iif', 'oif', 'proto', 'tos',
  'fsa', 'fda', 'gw', 'fsp', 'fdp', 'tied',
] as const;

/** Field counts including the tag and the trailing name. */
export const LINE_LENGTH = {
  R: 1 + SKB_FIELDS.length + CT_FIELDS.length + 1,
  T: 1 + SKB_FIELDS.length + CT_FIELDS.length + 1,
  D: 1 + SKB_FIELDS.length + DROP_FIELDS.length + 1,
  N: 1 + SKB_FIELDS.length + NAT_FIELDS.length + 1,
  F: 1 + ROUTE_FIELDS.length + 1,
} as const;
