/**
 * Traces as a pcapng file for Wireshark/tshark (`packetlife trace --pcapng FILE`,
 * GET /api/traces/:id/pcapng, /api/flows/:id/pcapng, /api/pcapng?query).
 *
 * Layout (pcapng, draft-ietf-opsawg-pcapng): one Section Header Block whose comment says what the
 * file is; one Interface Description Block per observed device, named `node/pod-or-host/ifname`
 * ("ip-10-0-0-75/packetlab/toolbox-a/eth0", "ip-10-0-0-75/host/ens6",
 * "ip-10-0-0-75/host/eniaee705c1f69"), link type RAW (the packet
 * starts at its IPv4 header), nanosecond timestamps; one Enhanced Packet Block per hop at its
 * kernel timestamp, flagged inbound (receive) or outbound (transmit), with a comment naming the
 * trace, the hop, the NAT rewrite the hop is the first to carry and the routing decision made
 * there.
 *
 * The agent does not capture payload: each packet is its IPv4 header and its TCP, UDP or ICMP
 * header rebuilt from the traced fields (addresses, ports, IP id, TTL, TCP flags/seq/ack, ICMP
 * type/code/id/seq). The IPv4 total length (and UDP length) are those of the rebuilt headers, so
 * every checksum is valid over the bytes in the file; the packet's real length is the block's
 * original length and is named in the comment. Fields that are not traced (TOS, DF, TCP window
 * and options) are zero.
 */
import { PACKETLIFE_VERSION } from '../../common/version.js';
import { parseIpv4 } from '../../common/ipv4.js';
import { endpoint, routeText } from '../../common/trace-text.js';
import type { Hop, NatRewrite, Place, Trace } from '../trace-model.js';

const LINKTYPE_RAW = 101;
const BT_SHB = 0x0a0d0d0a;
const BT_IDB = 0x00000001;
const BT_EPB = 0x00000006;
const OPT_COMMENT = 1;
const SHB_USERAPPL = 4;
const IF_NAME = 2;
const IF_DESCRIPTION = 3;
const IF_TSRESOL = 9;
const EPB_FLAGS = 2;

export const PCAPNG_MEDIA_TYPE = 'application/x-pcapng';

export const FILE_COMMENT =
  'packetlife trace export: one interface per observed device (node/pod-or-host/ifname), one packet per hop at its kernel timestamp. ' +
  'Payload is not captured: each packet is its IPv4 and TCP/UDP/ICMP headers rebuilt from the traced fields; IP total length and UDP length ' +
  'are those of the rebuilt headers (checksums are valid over them), the real length is the packet\'s original length; untraced fields ' +
  '(TOS, DF, TCP window and options) are zero.';

class Writer {
  private chunks: Buffer[] = [];
  block(type: number, body: Buffer): void {
    const len = 12 + body.length;
    const head = Buffer.alloc(8);
    head.writeUInt32LE(type, 0);
    head.writeUInt32LE(len, 4);
    const tail = Buffer.alloc(4);
    tail.writeUInt32LE(len, 0);
    this.chunks.push(head, body, tail);
  }
  done(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

const pad4 = (n: number): number => (n + 3) & ~3;

function options(opts: Array<[number, Buffer]>): Buffer {
  const parts: Buffer[] = [];
  for (const [code, value] of opts) {
    const h = Buffer.alloc(4);
    h.writeUInt16LE(code, 0);
    h.writeUInt16LE(value.length, 2);
    parts.push(h, value, Buffer.alloc(pad4(value.length) - value.length));
  }
  parts.push(Buffer.alloc(4)); // opt_endofopt
  return Buffer.concat(parts);
}

const text = (s: string): Buffer => {
  const b = Buffer.from(s, 'utf8');
  return b.length <= 0xfff0 ? b : b.subarray(0, 0xfff0);
};

/** The 16-bit ones'-complement sum of RFC 1071 over several buffers. */
function checksum(...parts: Buffer[]): number {
  let sum = 0;
  for (const b of parts) {
    for (let i = 0; i + 1 < b.length; i += 2) sum += b.readUInt16BE(i);
    if (b.length % 2 === 1) sum += b[b.length - 1]! << 8;
  }
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return ~sum & 0xffff;
}

function addr(ip: string): Buffer {
  const n = parseIpv4(ip);
  if (n === undefined) throw new Error(`not an IPv4 address: "${ip}"`);
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0, 0);
  return b;
}

/** The packet's IPv4 header and transport header, rebuilt, with valid checksums. */
export function rebuildPacket(p: Hop['packet']): Buffer {
  const src = addr(p.src);
  const dst = addr(p.dst);
  let l4: Buffer;
  if (p.protocol === 6) {
    l4 = Buffer.alloc(20);
    l4.writeUInt16BE(p.sport, 0);
    l4.writeUInt16BE(p.dport, 2);
    l4.writeUInt32BE(p.tcpSeq >>> 0, 4);
    l4.writeUInt32BE(p.tcpAck >>> 0, 8);
    l4.writeUInt16BE((5 << 12) | (p.tcpFlags & 0x1ff), 12);
  } else if (p.protocol === 17) {
    l4 = Buffer.alloc(8);
    l4.writeUInt16BE(p.sport, 0);
    l4.writeUInt16BE(p.dport, 2);
    l4.writeUInt16BE(8, 4);
  } else if (p.protocol === 1) {
    l4 = Buffer.alloc(8);
    l4[0] = p.icmpType;
    l4[1] = p.icmpCode;
    l4.writeUInt16BE(p.icmpId & 0xffff, 4);
    l4.writeUInt16BE(p.icmpSeq & 0xffff, 6);
  } else {
    l4 = Buffer.alloc(0);
  }
  if (p.protocol === 6 || p.protocol === 17) {
    const pseudo = Buffer.alloc(12);
    src.copy(pseudo, 0);
    dst.copy(pseudo, 4);
    pseudo[9] = p.protocol;
    pseudo.writeUInt16BE(l4.length, 10);
    const c = checksum(pseudo, l4);
    l4.writeUInt16BE(p.protocol === 17 && c === 0 ? 0xffff : c, p.protocol === 6 ? 16 : 6);
  } else if (p.protocol === 1) {
    l4.writeUInt16BE(checksum(l4), 2);
  }
  const ip = Buffer.alloc(20);
  ip[0] = 0x45;
  ip.writeUInt16BE(20 + l4.length, 2);
  ip.writeUInt16BE(p.ipId & 0xffff, 4);
  ip[8] = p.ttl & 0xff;
  ip[9] = p.protocol & 0xff;
  src.copy(ip, 12);
  dst.copy(ip, 16);
  ip.writeUInt16BE(checksum(ip), 10);
  return Buffer.concat([ip, l4]);
}

/**
 * The interface name of a place: node/pod-or-host/ifname. A pod's own device is under its pod
 * (namespace/name); a node's devices, its pods' host-side veths among them, under "host"; any
 * other namespace (the lab's VPC router) by its netns inode.
 */
export function interfaceName(p: Place): string {
  const middle = p.kind === 'pod-eth' && p.pod ? p.pod : p.kind === 'host-veth' || p.kind === 'eni' || p.kind === 'loopback' ? 'host' : `netns-${p.netns}`;
  return `${p.node}/${middle}/${p.ifname}`;
}

function natText(n: NatRewrite): string {
  const p = n.before.protocol;
  const verb = n.kind === 'UNDNAT' ? 'un-DNAT' : n.kind === 'UNSNAT' ? 'un-SNAT' : n.kind;
  return `${verb} ${endpoint(n.before.src, n.before.sport, p)} → ${endpoint(n.before.dst, n.before.dport, p)} ⇒ ${endpoint(n.after.src, n.after.sport, p)} → ${endpoint(n.after.dst, n.after.dport, p)} (${n.reason}${n.inferred ? ', inferred' : ''})`;
}

function hopComment(t: Trace, h: Hop): string {
  const parts = [`trace ${t.id} ${t.direction} hop ${h.seq}: ${h.direction === 'transmit' ? 'tx' : 'rx'} ${h.place.label} on ${h.place.node}`];
  // A rewrite is named on the first hop that carries its result (afterHop -1: before the first hop).
  for (const n of t.nats) if (n.afterHop + 1 === h.seq && n.node !== 'vpc' && !n.inferred) parts.push(natText(n));
  for (const r of t.routes) if (r.atHop === h.seq && r.node === h.place.node) parts.push(routeText(r));
  for (const d of t.drops) if (d.atHop === h.seq) parts.push(`DROPPED here: ${d.reason}`);
  if (h.seq === t.hops.length - 1) {
    for (const n of t.nats) if (n.inferred || n.afterHop >= t.hops.length - 1) parts.push(`then ${natText(n)}`);
    parts.push(`verdict ${t.verdict}`);
  }
  parts.push(`flow ${t.flowId}`, `payload not captured; original length ${h.packet.length}`);
  return parts.join('; ');
}

/** One pcapng file holding every hop of these traces, in kernel time order. */
export function tracesToPcapng(traces: Trace[]): Buffer {
  const w = new Writer();
  const shb = Buffer.alloc(16);
  shb.writeUInt32LE(0x1a2b3c4d, 0);
  shb.writeUInt16LE(1, 4);
  shb.writeUInt16LE(0, 6);
  shb.writeBigInt64LE(-1n, 8); // section length not given
  const ids = traces.map((t) => t.id).join(', ');
  w.block(BT_SHB, Buffer.concat([shb, options([[OPT_COMMENT, text(FILE_COMMENT)], ...(traces.length > 0 ? ([[OPT_COMMENT, text(`traces: ${ids}`)]] as Array<[number, Buffer]>) : []), [SHB_USERAPPL, text(`packetlife ${PACKETLIFE_VERSION}`)]])]));

  const hops = traces.flatMap((t) => t.hops.map((h) => ({ t, h, ns: BigInt(h.timeNs) })));
  hops.sort((a, b) => (a.ns < b.ns ? -1 : a.ns > b.ns ? 1 : 0));
  const ifaces = new Map<string, number>();
  for (const { h } of hops) {
    const name = interfaceName(h.place);
    if (ifaces.has(name)) continue;
    ifaces.set(name, ifaces.size);
    const idb = Buffer.alloc(8);
    idb.writeUInt16LE(LINKTYPE_RAW, 0);
    idb.writeUInt32LE(0, 4); // snaplen: no limit
    w.block(BT_IDB, Buffer.concat([idb, options([[IF_NAME, text(name)], [IF_DESCRIPTION, text(h.place.label)], [IF_TSRESOL, Buffer.from([9])]])]));
  }
  for (const { t, h, ns } of hops) {
    const data = rebuildPacket(h.packet);
    const head = Buffer.alloc(20);
    head.writeUInt32LE(ifaces.get(interfaceName(h.place))!, 0);
    head.writeUInt32LE(Number(ns >> 32n), 4);
    head.writeUInt32LE(Number(ns & 0xffffffffn), 8);
    head.writeUInt32LE(data.length, 12);
    head.writeUInt32LE(Math.max(h.packet.length, data.length), 16);
    const flags = Buffer.alloc(4);
    flags.writeUInt32LE(h.direction === 'receive' ? 1 : 2, 0); // bits 0-1: 01 inbound, 10 outbound
    w.block(BT_EPB, Buffer.concat([head, data, Buffer.alloc(pad4(data.length) - data.length), options([[OPT_COMMENT, text(hopComment(t, h))], [EPB_FLAGS, flags]])]));
  }
  return w.done();
}
