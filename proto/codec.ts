/**
 * proto/codec.ts — PacketEvent (common/event.ts) ↔ wire Event, and whole-frame encode/decode.
 *
 * API
 *   eventToProto(e: PacketEvent): packetlife.v1.IEvent
 *       In-process event → plain object that the generated encoder accepts. Throws CodecError
 *       naming the field for an address or decimal that does not parse.
 *   eventFromProto(e: packetlife.v1.IEvent): PacketEvent
 *       Decoded wire event → in-process event. Throws CodecError for an unknown kind or an
 *       address field of the wrong length (callers skip and count such events: a newer agent
 *       may send kinds this collector does not know; see COMPATIBILITY.md).
 *   encodeAgentFrame(body: AgentFrameBody): Uint8Array
 *   decodeAgentFrame(bytes: Uint8Array): DecodedAgentFrame          (throws FrameDecodeError)
 *   encodeCollectorFrame(body: CollectorFrameBody): Uint8Array
 *   decodeCollectorFrame(bytes: Uint8Array): DecodedCollectorFrame  (throws FrameDecodeError)
 *       A frame carries exactly one body and its FrameOrigin; decoding refuses garbage, an empty
 *       body and a frame written by the other side, with a message that says which.
 *   Scalar helpers: ipv4ToU32, ipv6ToBytes, bytesToIpv6, decimalToLong, longToDecimal,
 *   bigintToLong, longToBigint, toBigint (number | Long → bigint), toNumber (small uint64 → number).
 *
 * Representation choices: IPv4 strings ↔ fixed32 (big-endian integer of the four octets);
 * IPv6 strings ↔ 16-byte *_v6 fields with ip_version = 6 (IPv4 fields left 0); 64-bit kernel
 * values (skb, nf_conn, netns inode, code address) are decimal strings in process and Long on the
 * wire, converted without passing through a double so values above 2^53 stay exact.
 */
import { isIPv6 } from 'node:net';
import Long from 'long';
import { packetlife } from './generated/packetlife.js';
import { formatIpv4, parseIpv4 } from '../common/ipv4.js';
import type {
  ConntrackInfo,
  DropInfo,
  EventKind,
  PacketEvent,
  PacketFields,
  RouteLookupInfo,
  Tuple,
} from '../common/event.js';

const pb = packetlife.v1;

/** An in-process value that cannot be put on the wire, or a wire value that cannot be read. */
export class CodecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CodecError';
  }
}

/**
 * Why bytes are not a frame of the expected kind: `malformed` (not protobuf, no body, an unknown
 * origin, a text frame) or `wrong-origin` (a valid frame, but written by the other side: a peer
 * talking to the wrong port or to itself). Callers branch on this, never on the message.
 */
export type FrameDecodeKind = 'malformed' | 'wrong-origin';

/** Bytes that are not a valid frame of the expected kind. `reason` is short enough for a close frame. */
export class FrameDecodeError extends Error {
  constructor(
    readonly reason: string,
    readonly kind: FrameDecodeKind = 'malformed',
  ) {
    super(reason);
    this.name = 'FrameDecodeError';
  }
}

// ---------- scalars ----------

/** "10.0.1.51" → 0x0a000133 (common/ipv4.ts), or a CodecError naming the field. */
export function ipv4ToU32(ip: string, field = 'address'): number {
  const n = parseIpv4(ip);
  if (n === undefined) throw new CodecError(`${field}: ${JSON.stringify(ip)} is not a dotted IPv4 address`);
  return n;
}

/** "2001:db8::1" → 16 bytes. Validation by node:net; expansion of "::" and a trailing IPv4 here. */
export function ipv6ToBytes(ip: string, field = 'address'): Uint8Array {
  if (!isIPv6(ip)) throw new CodecError(`${field}: ${JSON.stringify(ip)} is not an IPv6 address`);
  let text = ip.split('%')[0] ?? ip; // a zone id is local to the sender: not part of the address
  const out = new Uint8Array(16);
  const lastColon = text.lastIndexOf(':');
  const tail = text.slice(lastColon + 1);
  if (tail.includes('.')) {
    // "::ffff:10.0.1.51": the last 32 bits written as IPv4 become two hex words
    const v4 = ipv4ToU32(tail, field);
    text = `${text.slice(0, lastColon + 1)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const halves = text.split('::');
  const head = halves[0] ? halves[0].split(':') : [];
  const rest = halves[1] ? halves[1].split(':') : [];
  const words =
    halves.length > 1 ? [...head, ...Array<string>(8 - head.length - rest.length).fill('0'), ...rest] : head;
  words.forEach((w, i) => {
    const v = parseInt(w, 16);
    out[i * 2] = v >>> 8;
    out[i * 2 + 1] = v & 255;
  });
  return out;
}

/** 16 bytes → the canonical text form (RFC 5952: lowercase, longest zero run as "::"). */
export function bytesToIpv6(b: Uint8Array, field = 'address'): string {
  if (b.length !== 16) throw new CodecError(`${field}: IPv6 address must be 16 bytes, got ${b.length}`);
  const words: number[] = [];
  for (let i = 0; i < 16; i += 2) words.push(((b[i] ?? 0) << 8) | (b[i + 1] ?? 0));
  if (words.slice(0, 5).every((w) => w === 0) && words[5] === 0xffff) {
    // IPv4-mapped: written with the dotted tail (RFC 5952 section 5)
    return `::ffff:${formatIpv4((((words[6] ?? 0) << 16) | (words[7] ?? 0)) >>> 0)}`;
  }
  let bestStart = -1;
  let bestLen = 1; // a single zero word is not shortened (RFC 5952 4.2.2)
  for (let i = 0; i < 8; ) {
    if (words[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = words.map((w) => w.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}

const MAX_U64 = (1n << 64n) - 1n;
const U32 = 0x1_0000_0000;

/** Unsigned decimal string → Long, exact over the whole uint64 range. */
export function decimalToLong(s: string, field = 'value'): Long {
  const n = s.length;
  if (n === 0 || n > 20) throw badDecimal(s, field);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) throw badDecimal(s, field);
  }
  if (n <= 15) {
    // below 2^53: a double holds it exactly, and splitting it is far cheaper than a BigInt
    const v = Number(s);
    return Long.fromBits(v % U32 | 0, Math.floor(v / U32) | 0, true);
  }
  const big = BigInt(s);
  if (big > MAX_U64) throw badDecimal(s, field);
  return bigintToLong(big);
}

function badDecimal(s: string, field: string): CodecError {
  return new CodecError(`${field}: ${JSON.stringify(s)} is not an unsigned 64-bit decimal`);
}

/** Long (or a number from a small field) → unsigned decimal string. */
export function longToDecimal(v: Long | number | null | undefined): string {
  if (v == null) return '0';
  if (typeof v === 'number') return String(v);
  const high = v.high >>> 0;
  const low = v.low >>> 0;
  if (high < 0x20_0000) return String(high * U32 + low);
  return ((BigInt(high) << 32n) | BigInt(low)).toString();
}

export function bigintToLong(b: bigint): Long {
  return Long.fromBits(Number(b & 0xffff_ffffn) | 0, Number((b >> 32n) & 0xffff_ffffn) | 0, true);
}

export function longToBigint(v: Long): bigint {
  return (BigInt(v.high >>> 0) << 32n) | BigInt(v.low >>> 0);
}

export function toBigint(v: Long | number | null | undefined): bigint {
  if (v == null) return 0n;
  if (typeof v === 'number') return BigInt(v);
  return longToBigint(v);
}

/** A uint64 that by meaning fits a double (a sequence number, a count). Exact below 2^53. */
export function toNumber(v: Long | number | null | undefined): number {
  if (v == null) return 0;
  if (typeof v === 'number') return v;
  return (v.high >>> 0) * U32 + (v.low >>> 0);
}

// ---------- events ----------
// The *ToProto functions leave zero and empty values out (`|| undefined`): proto3 readers take
// an absent field as 0 / "", and protobufjs would otherwise write every zero it is given, which
// costs wire bytes and encode time on every event (ICMP fields of a TCP packet, marks, ...).

const KIND_TO_WIRE: Record<EventKind, packetlife.v1.EventKind> = {
  receive: pb.EventKind.RECEIVE,
  transmit: pb.EventKind.TRANSMIT,
  route: pb.EventKind.ROUTE_LOOKUP,
  drop: pb.EventKind.DROP,
  nat: pb.EventKind.NAT,
};

const WIRE_TO_KIND: (EventKind | undefined)[] = [];
for (const [k, v] of Object.entries(KIND_TO_WIRE)) WIRE_TO_KIND[v] = k as EventKind;

/** Writes an address into the v4 or v6 slot of a wire message, by its text form. */
interface AddressSlots {
  v4: number;
  v6: Uint8Array | undefined;
}

function addressToWire(ip: string, field: string): AddressSlots {
  if (ip.includes(':')) return { v4: 0, v6: ipv6ToBytes(ip, field) };
  return { v4: ipv4ToU32(ip, field), v6: undefined };
}

export function addressFromWire(v4: number | null | undefined, v6: Uint8Array | null | undefined, field: string): string {
  if (v6 && v6.length > 0) return bytesToIpv6(v6, field);
  return formatIpv4(v4 ?? 0);
}

export function packetToProto(p: PacketFields): packetlife.v1.IPacket {
  const src = addressToWire(p.src, 'packet.src');
  const dst = addressToWire(p.dst, 'packet.dst');
  return {
    ipVersion: p.ipVersion || undefined,
    srcV4: src.v4 || undefined,
    dstV4: dst.v4 || undefined,
    srcV6: src.v6,
    dstV6: dst.v6,
    protocol: p.protocol || undefined,
    sport: p.sport || undefined,
    dport: p.dport || undefined,
    ipId: p.ipId || undefined,
    ttl: p.ttl || undefined,
    length: p.length || undefined,
    tcpFlags: p.tcpFlags || undefined,
    tcpSeq: p.tcpSeq || undefined,
    tcpAck: p.tcpAck || undefined,
    icmpType: p.icmpType || undefined,
    icmpCode: p.icmpCode || undefined,
    icmpId: p.icmpId || undefined,
    icmpSeq: p.icmpSeq || undefined,
  };
}

export function packetFromProto(p: packetlife.v1.IPacket): PacketFields {
  const ipVersion = p.ipVersion === 6 ? 6 : 4;
  return {
    ipVersion,
    src: addressFromWire(p.srcV4, p.srcV6, 'packet.src_v6'),
    dst: addressFromWire(p.dstV4, p.dstV6, 'packet.dst_v6'),
    protocol: p.protocol ?? 0,
    sport: p.sport ?? 0,
    dport: p.dport ?? 0,
    ipId: p.ipId ?? 0,
    ttl: p.ttl ?? 0,
    length: p.length ?? 0,
    tcpFlags: p.tcpFlags ?? 0,
    tcpSeq: p.tcpSeq ?? 0,
    tcpAck: p.tcpAck ?? 0,
    icmpType: p.icmpType ?? 0,
    icmpCode: p.icmpCode ?? 0,
    icmpId: p.icmpId ?? 0,
    icmpSeq: p.icmpSeq ?? 0,
  };
}

export function tupleToProto(t: Tuple, field: string): packetlife.v1.ITuple {
  const src = addressToWire(t.src, `${field}.src`);
  const dst = addressToWire(t.dst, `${field}.dst`);
  return {
    srcV4: src.v4 || undefined,
    dstV4: dst.v4 || undefined,
    srcV6: src.v6,
    dstV6: dst.v6,
    sport: t.sport || undefined,
    dport: t.dport || undefined,
    protocol: t.protocol || undefined,
  };
}

export function tupleFromProto(t: packetlife.v1.ITuple | null | undefined, field: string): Tuple {
  // the field's name is joined for an IPv6 address only (an error names it), not on every tuple
  return {
    src: t?.srcV6 && t.srcV6.length > 0 ? addressFromWire(t.srcV4, t.srcV6, `${field}.src_v6`) : formatIpv4(t?.srcV4 ?? 0),
    dst: t?.dstV6 && t.dstV6.length > 0 ? addressFromWire(t.dstV4, t.dstV6, `${field}.dst_v6`) : formatIpv4(t?.dstV4 ?? 0),
    sport: t?.sport ?? 0,
    dport: t?.dport ?? 0,
    protocol: t?.protocol ?? 0,
  };
}

export function ctToProto(c: ConntrackInfo): packetlife.v1.IConntrack {
  return {
    status: c.status || undefined,
    ctinfo: c.ctinfo || undefined,
    original: tupleToProto(c.original, 'ct.original'),
    reply: tupleToProto(c.reply, 'ct.reply'),
    mark: c.mark || undefined,
    id: decimalToLong(c.id, 'ct.id'),
  };
}

export function ctFromProto(c: packetlife.v1.IConntrack): ConntrackInfo {
  return {
    status: c.status ?? 0,
    ctinfo: c.ctinfo ?? 0,
    original: tupleFromProto(c.original, 'ct.original'),
    reply: tupleFromProto(c.reply, 'ct.reply'),
    mark: c.mark ?? 0,
    id: longToDecimal(c.id),
  };
}

function routeToProto(r: RouteLookupInfo): packetlife.v1.IRouteLookup {
  const src = addressToWire(r.src, 'route.src');
  const dst = addressToWire(r.dst, 'route.dst');
  const gw = addressToWire(r.gateway, 'route.gateway');
  return {
    table: r.table || undefined,
    error: r.error || undefined,
    srcV4: src.v4 || undefined,
    dstV4: dst.v4 || undefined,
    gatewayV4: gw.v4 || undefined,
    srcV6: src.v6,
    dstV6: dst.v6,
    gatewayV6: gw.v6,
    iif: r.iif || undefined,
    oif: r.oif || undefined,
    resultDev: r.resultDev || undefined,
    protocol: r.protocol || undefined,
    sport: r.sport || undefined,
    dport: r.dport || undefined,
    tos: r.tos || undefined,
    flowiMark: r.flowiMark || undefined,
  };
}

function routeFromProto(r: packetlife.v1.IRouteLookup): RouteLookupInfo {
  return {
    table: r.table ?? 0,
    error: r.error ?? 0,
    src: addressFromWire(r.srcV4, r.srcV6, 'route.src_v6'),
    dst: addressFromWire(r.dstV4, r.dstV6, 'route.dst_v6'),
    gateway: addressFromWire(r.gatewayV4, r.gatewayV6, 'route.gateway_v6'),
    iif: r.iif ?? 0,
    oif: r.oif ?? 0,
    resultDev: r.resultDev ?? '',
    protocol: r.protocol ?? 0,
    sport: r.sport ?? 0,
    dport: r.dport ?? 0,
    tos: r.tos ?? 0,
    flowiMark: r.flowiMark ?? 0,
  };
}

function dropToProto(d: DropInfo): packetlife.v1.IDrop {
  return {
    reasonCode: d.reasonCode || undefined,
    reason: d.reason || undefined,
    location: decimalToLong(d.location, 'drop.location'),
  };
}

function dropFromProto(d: packetlife.v1.IDrop): DropInfo {
  return { reasonCode: d.reasonCode ?? 0, reason: d.reason ?? '', location: longToDecimal(d.location) };
}

export function eventToProto(e: PacketEvent): packetlife.v1.IEvent {
  const kind = KIND_TO_WIRE[e.kind];
  if (kind === undefined) throw new CodecError(`kind: ${JSON.stringify(e.kind)} is not an event kind`);
  return {
    kind,
    monoNs: bigintToLong(e.monoNs),
    wallUnixNs: bigintToLong(e.wallUnixNs),
    node: e.node || undefined,
    cpu: e.cpu || undefined,
    netns: decimalToLong(e.netns, 'netns'),
    ifindex: e.ifindex || undefined,
    ifname: e.ifname || undefined,
    skb: e.skb === '0' ? undefined : decimalToLong(e.skb, 'skb'),
    packet: e.packet ? packetToProto(e.packet) : undefined,
    mark: e.mark || undefined,
    ct: e.ct ? ctToProto(e.ct) : undefined,
    route: e.route ? routeToProto(e.route) : undefined,
    drop: e.drop ? dropToProto(e.drop) : undefined,
    pod: e.pod || undefined,
  };
}

export function eventFromProto(e: packetlife.v1.IEvent): PacketEvent {
  const kind = WIRE_TO_KIND[e.kind ?? 0];
  if (kind === undefined) throw new CodecError(`kind: ${e.kind ?? 0} is not an event kind this build knows`);
  const out: PacketEvent = {
    kind,
    monoNs: toBigint(e.monoNs),
    wallUnixNs: toBigint(e.wallUnixNs),
    node: e.node ?? '',
    cpu: e.cpu ?? 0,
    netns: longToDecimal(e.netns),
    ifindex: e.ifindex ?? 0,
    ifname: e.ifname ?? '',
    skb: longToDecimal(e.skb),
    // One shape for every event (common/event.ts): the optional parts are always present, in
    // this order, undefined when absent — so the correlator's field reads stay monomorphic.
    mark: e.mark ?? 0,
    packet: e.packet ? packetFromProto(e.packet) : undefined,
    ct: e.ct ? ctFromProto(e.ct) : undefined,
    route: e.route ? routeFromProto(e.route) : undefined,
    drop: e.drop ? dropFromProto(e.drop) : undefined,
    pod: e.pod ? e.pod : undefined,
  };
  return out;
}

// ---------- frames ----------

export type AgentFrameBody =
  | { hello: packetlife.v1.IHello }
  | { topology: packetlife.v1.ITopologySnapshot }
  | { events: packetlife.v1.IEventBatch }
  | { sessionAck: packetlife.v1.ISessionAck }
  | { heartbeat: packetlife.v1.IHeartbeat };

export type CollectorFrameBody =
  | { startSession: packetlife.v1.IStartSession }
  | { stopSession: packetlife.v1.IStopSession }
  | { ack: packetlife.v1.IAck }
  | { heartbeat: packetlife.v1.IHeartbeat }
  | { goodbye: packetlife.v1.IGoodbye }
  | { topology: packetlife.v1.ITopologyUpdate }
  | { welcome: packetlife.v1.IWelcome };

export type DecodedAgentFrame =
  | { type: 'hello'; hello: packetlife.v1.Hello }
  | { type: 'topology'; topology: packetlife.v1.TopologySnapshot }
  | { type: 'events'; events: packetlife.v1.EventBatch }
  | { type: 'sessionAck'; sessionAck: packetlife.v1.SessionAck }
  | { type: 'heartbeat'; heartbeat: packetlife.v1.Heartbeat };

export type DecodedCollectorFrame =
  | { type: 'startSession'; startSession: packetlife.v1.StartSession }
  | { type: 'stopSession'; stopSession: packetlife.v1.StopSession }
  | { type: 'ack'; ack: packetlife.v1.Ack }
  | { type: 'heartbeat'; heartbeat: packetlife.v1.Heartbeat }
  | { type: 'goodbye'; goodbye: packetlife.v1.Goodbye }
  | { type: 'topology'; topology: packetlife.v1.TopologyUpdate }
  | { type: 'welcome'; welcome: packetlife.v1.Welcome };

export function encodeAgentFrame(body: AgentFrameBody): Uint8Array {
  return pb.AgentFrame.encode({ ...body, origin: pb.FrameOrigin.AGENT }).finish();
}

export function encodeCollectorFrame(body: CollectorFrameBody): Uint8Array {
  return pb.CollectorFrame.encode({ ...body, origin: pb.FrameOrigin.COLLECTOR }).finish();
}

function decodeOrThrow<T>(what: string, decode: () => T): T {
  try {
    return decode();
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new FrameDecodeError(`malformed ${what}: ${detail}`);
  }
}

function article(what: string): string {
  return /^[AEIOU]/.test(what) ? `an ${what}` : `a ${what}`;
}

function checkOrigin(what: string, origin: number, expected: number): void {
  if (origin === expected) return;
  if (origin === pb.FrameOrigin.AGENT) throw new FrameDecodeError(`expected ${article(what)}, got a frame written by an agent`, 'wrong-origin');
  if (origin === pb.FrameOrigin.COLLECTOR) {
    throw new FrameDecodeError(`expected ${article(what)}, got a frame written by a collector`, 'wrong-origin');
  }
  throw new FrameDecodeError(`malformed ${what}: origin ${origin} is not ${expected}`);
}

export function decodeAgentFrame(bytes: Uint8Array): DecodedAgentFrame {
  const f = decodeOrThrow('AgentFrame', () => pb.AgentFrame.decode(bytes));
  checkOrigin('AgentFrame', f.origin, pb.FrameOrigin.AGENT);
  switch (f.body) {
    case 'hello':
      return { type: 'hello', hello: f.hello as packetlife.v1.Hello };
    case 'topology':
      return { type: 'topology', topology: f.topology as packetlife.v1.TopologySnapshot };
    case 'events':
      return { type: 'events', events: f.events as packetlife.v1.EventBatch };
    case 'sessionAck':
      return { type: 'sessionAck', sessionAck: f.sessionAck as packetlife.v1.SessionAck };
    case 'heartbeat':
      return { type: 'heartbeat', heartbeat: f.heartbeat as packetlife.v1.Heartbeat };
    default:
      throw new FrameDecodeError('malformed AgentFrame: no body');
  }
}

export function decodeCollectorFrame(bytes: Uint8Array): DecodedCollectorFrame {
  const f = decodeOrThrow('CollectorFrame', () => pb.CollectorFrame.decode(bytes));
  checkOrigin('CollectorFrame', f.origin, pb.FrameOrigin.COLLECTOR);
  switch (f.body) {
    case 'startSession':
      return { type: 'startSession', startSession: f.startSession as packetlife.v1.StartSession };
    case 'stopSession':
      return { type: 'stopSession', stopSession: f.stopSession as packetlife.v1.StopSession };
    case 'ack':
      return { type: 'ack', ack: f.ack as packetlife.v1.Ack };
    case 'heartbeat':
      return { type: 'heartbeat', heartbeat: f.heartbeat as packetlife.v1.Heartbeat };
    case 'goodbye':
      return { type: 'goodbye', goodbye: f.goodbye as packetlife.v1.Goodbye };
    case 'topology':
      return { type: 'topology', topology: f.topology as packetlife.v1.TopologyUpdate };
    case 'welcome':
      return { type: 'welcome', welcome: f.welcome as packetlife.v1.Welcome };
    default:
      throw new FrameDecodeError('malformed CollectorFrame: no body');
  }
}
