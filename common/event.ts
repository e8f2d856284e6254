/**
 * The in-process shape of one packet observation, shared by the agent (which makes them from
 * bpftrace lines) and the collector (which correlates them). The wire form is
 * proto/packetlife.proto `Event`; proto/codec.ts converts between the two.
 *
 * Addresses are dotted strings (IPv4) so that they read well in logs and compare with ===.
 * 64-bit kernel values (skb and conntrack addresses, monotonic time) are decimal strings or
 * bigint: JavaScript numbers cannot hold them exactly.
 */
export type EventKind = 'receive' | 'transmit' | 'route' | 'drop' | 'nat';

export interface PacketFields {
  ipVersion: 4 | 6;
  src: string;
  dst: string;
  protocol: number; // 6 tcp, 17 udp, 1 icmp
  sport: number; // ICMP: 0
  dport: number;
  ipId: number;
  ttl: number;
  length: number;
  tcpFlags: number;
  tcpSeq: number;
  tcpAck: number;
  icmpType: number;
  icmpCode: number;
  icmpId: number;
  icmpSeq: number;
}

export interface Tuple {
  src: string;
  dst: string;
  sport: number;
  dport: number;
  protocol: number;
}

export interface ConntrackInfo {
  status: number;
  ctinfo: number;
  original: Tuple;
  reply: Tuple;
  mark: number;
  id: string; // nf_conn address, decimal
}

export interface RouteLookupInfo {
  table: number;
  error: number;
  src: string;
  dst: string;
  gateway: string; // "0.0.0.0" when none
  iif: number;
  oif: number;
  resultDev: string;
  protocol: number;
  sport: number;
  dport: number;
  tos: number;
  flowiMark: number;
}

export interface DropInfo {
  reasonCode: number;
  reason: string;
  location: string;
}

/**
 * One shape rule: every producer (proto/codec.ts eventFromProto, agent/parse.ts, test builders
 * that feed the benches) creates a PacketEvent with ALL of these keys, in THIS order, the absent
 * optional ones set to `undefined` (never left out, never added later). V8 then gives every
 * event one hidden class and the collector's hot field reads stay monomorphic; events of
 * different kinds with different key sets made each read a slow lookup. JSON output is the same
 * either way (JSON.stringify drops undefined).
 */
export interface PacketEvent {
  kind: EventKind;
  monoNs: bigint;
  wallUnixNs: bigint;
  node: string;
  cpu: number;
  netns: string; // inode, decimal
  ifindex: number;
  ifname: string;
  skb: string; // decimal address; "0" for route lookups, which carry no skb
  mark: number;
  packet?: PacketFields | undefined;
  ct?: ConntrackInfo | undefined;
  route?: RouteLookupInfo | undefined;
  drop?: DropInfo | undefined;
  pod?: string | undefined; // "namespace/name"
}

/** conntrack status bits (include/uapi/linux/netfilter/nf_conntrack_common.h). */
export const IPS = {
  EXPECTED: 0x1,
  SEEN_REPLY: 0x2,
  ASSURED: 0x4,
  CONFIRMED: 0x8,
  SRC_NAT: 0x10,
  DST_NAT: 0x20,
  SRC_NAT_DONE: 0x80,
  DST_NAT_DONE: 0x100,
} as const;
