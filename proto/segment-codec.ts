/**
 * proto/segment-codec.ts — node-local segments (collector/correlate/segment.ts `Segment`) ↔ wire
 * `Segment` (packetlife.proto, issue 11), lossless: a segment decoded on the collector is the
 * segment the agent built, field for field (test/collector/segments-golden.test.ts).
 *
 * API
 *   new SegmentTables(node)                the strings, places and connections one batch's segments refer to;
 *                                          `node` (the agent's) is written as ref 0
 *   segmentToProto(seg, tables): ISegment  throws CodecError naming a field that cannot be encoded
 *   tables.strings / tables.places         written into the batch next to its segments
 *   tables.cts                             the conntrack entries, once per batch
 *   segmentsFromProto(segments, strings, places, cts, node): Segment[]   throws CodecError for a ref out of range
 *
 * What makes it small: each string (node, device and pod names, labels, NAT reasons, table
 * names) and each device is sent once per batch and referred to by number; a hop carries its
 * time as a delta from the segment's start, and of its packet only what changed since the
 * previous hop (the TTL, the addresses and ports after a NAT rewrite, else the whole packet).
 */
import type { ConntrackInfo, PacketFields, Tuple } from '../common/event.js';
import { sameTuple, tupleOf } from '../collector/correlate/packet-keys.js';
import type { Segment, SegmentEnd, SegmentStart } from '../collector/correlate/segment.js';
import type { DropEvent, FlowDirection, Hop, IncompleteCode, IncompleteReason, NatRewrite, Place, PlaceKind, RouteDecision } from '../collector/trace-model.js';
import { addressFromWire, CodecError, ctFromProto, ctToProto, decimalToLong, longToDecimal, packetToProto, tupleFromProto, tupleToProto } from './codec.js';
import { formatIpv4 } from '../common/ipv4.js';
import type { packetlife } from './generated/packetlife.js';
import type Long from 'long';

type ISegment = packetlife.v1.ISegment;

/** Strings and places of one batch, each sent once and referred to by number. */
export class SegmentTables {
  /** The agent's wall − monotonic offset at the batch's first segment (EventBatch.mono_offset_ns). */
  monoOffset: bigint | undefined;

  /** The agent's node: a node ref of 0 stands for it (segmentsFromProto's `node`). */
  constructor(readonly node = '') {}

  readonly strings: string[] = [];
  readonly places: packetlife.v1.ISegmentPlace[] = [];
  readonly cts: packetlife.v1.IConntrack[] = [];
  private readonly ctRefs = new Map<string, number>();
  private readonly stringRefs = new Map<string, number>();
  private readonly placeRefs = new Map<Place, number>();

  get size(): number {
    return this.strings.length + this.places.length;
  }

  /** 0 for undefined; else the string's 1-based position in `strings`. */
  ref(s: string | undefined): number {
    if (s === undefined) return 0;
    let r = this.stringRefs.get(s);
    if (r === undefined) {
      this.strings.push(s);
      r = this.strings.length;
      this.stringRefs.set(s, r);
    }
    return r;
  }

  /** The place's 0-based index in `places` (places are shared objects: one entry per object). */
  place(p: Place): number {
    let i = this.placeRefs.get(p);
    if (i === undefined) {
      this.places.push({
        kind: this.ref(p.kind),
        node: this.ref(p.node),
        netns: this.ref(p.netns),
        ifname: this.ref(p.ifname),
        ifindex: p.ifindex || undefined,
        pod: this.ref(p.pod) || undefined,
        eniIp: p.eni ? this.ref(p.eni.ip) : undefined,
        eniTable: p.eni && p.eni.table !== 'main' ? p.eni.table : undefined,
        label: this.ref(p.label),
      });
      i = this.places.length - 1;
      this.placeRefs.set(p, i);
    }
    return i;
  }

  /** The connection's 0-based index in `cts`: its tuples and id, once per batch (status, ctinfo, mark go with each packet). */
  ct(c: ConntrackInfo): number {
    const o = c.original;
    const r = c.reply;
    const key = `${c.id}|${o.src}|${o.dst}|${o.sport}|${o.dport}|${o.protocol}|${r.src}|${r.dst}|${r.sport}|${r.dport}|${r.protocol}`;
    let i = this.ctRefs.get(key);
    if (i === undefined) {
      const w = ctToProto({ ...c, status: 0, ctinfo: 0, mark: 0 });
      // without NAT the reply is the original reversed: said in one flag
      if (r.src === o.dst && r.dst === o.src && r.sport === o.dport && r.dport === o.sport && r.protocol === o.protocol) {
        w.reply = undefined;
        w.replyIsInverse = true;
      }
      this.cts.push(w);
      i = this.cts.length - 1;
      this.ctRefs.set(key, i);
    }
    return i;
  }

  clear(): void {
    this.strings.length = 0;
    this.places.length = 0;
    this.cts.length = 0;
    this.ctRefs.clear();
    this.monoOffset = undefined;
    this.stringRefs.clear();
    this.placeRefs.clear();
  }
}

const E9 = 1_000_000_000;

/**
 * A uint64 wall time (ns) → its decimal text, split into seconds and nanoseconds, exactly and
 * without a BigInt: high·2^32 + low = (hh·281474 + hl·4)·1e9 + (hh·976710656 + hl·294967296 + low)
 * with high = hh·2^16 + hl (2^48 = 281474·1e9 + 976710656, 2^32 = 4·1e9 + 294967296); the second
 * part stays below 2^53.
 */
function splitNs(v: Long | number | null | undefined): { text: string; sec: string; secN: number; frac: number } {
  let secN: number;
  let frac: number;
  if (v == null) {
    secN = 0;
    frac = 0;
  } else if (typeof v === 'number') {
    if (!Number.isSafeInteger(v) || v < 0) return splitText(longToDecimal(v));
    frac = v % E9;
    secN = (v - frac) / E9;
  } else {
    const high = v.high >>> 0;
    const low = v.low >>> 0;
    const hh = high >>> 16;
    const hl = high & 0xffff;
    const rest = hh * 976710656 + hl * 294967296 + low;
    frac = rest % E9;
    secN = hh * 281474 + hl * 4 + (rest - frac) / E9;
  }
  if (secN === 0) return { text: String(frac), sec: '', secN: 0, frac };
  const sec = String(secN);
  return { text: sec + String(frac).padStart(9, '0'), sec, secN, frac };
}

function splitText(text: string): { text: string; sec: string; secN: number; frac: number } {
  const cut = text.length > 9 ? text.length - 9 : 0;
  const sec = text.slice(0, cut);
  return { text, sec, secN: Number(sec), frac: Number(text.slice(cut)) };
}

/** Wall ns "1732900000123456789" + delta → the same decimal text BigInt arithmetic gives, without a BigInt on the common path. */
function addNs(base: string, baseSec: string, baseFrac: number, delta: number): string {
  if (delta === 0) return base;
  const frac = baseFrac + delta;
  if (baseSec !== '' && frac >= 0 && frac < 1e9) return baseSec + String(frac).padStart(9, '0');
  return (BigInt(base) + BigInt(delta)).toString();
}

/**
 * sec·1e9 + frac as a double, rounded once as Number(text) of its decimal text rounds it: sec·1e9
 * split at 2^16 seconds into two parts that are exact, and one addition rounds their sum.
 */
export function wallNs(sec: number, frac: number): number {
  const high = Math.floor(sec / 65536);
  return high * E9 * 65536 + ((sec - high * 65536) * E9 + frac);
}

/** The wall time `delta` ns after (secN, frac), whose decimal text is `text`: without parsing it when the seconds stay exact. */
function wallAfter(secN: number, frac: number, delta: number, text: string): number {
  const f = frac + delta;
  return f >= 0 && f < E9 && Number.isSafeInteger(secN) ? wallNs(secN, f) : Number(text);
}

function endAfter(lastHop: string, delta: number): string {
  return delta === 0 ? lastHop : (BigInt(lastHop) + BigInt(delta)).toString();
}

function nsDelta(t: string, base: bigint, baseText: string): number {
  return t === baseText ? 0 : Number(BigInt(t) - base);
}

/** The packet fields other than addresses and ports are the same (a hop whose packet did not change). */
export function sameOther(a: PacketFields, b: PacketFields): boolean {
  return (
    a.ipVersion === b.ipVersion && a.protocol === b.protocol && a.ipId === b.ipId && a.length === b.length && a.tcpFlags === b.tcpFlags &&
    a.tcpSeq === b.tcpSeq && a.tcpAck === b.tcpAck && a.icmpType === b.icmpType && a.icmpCode === b.icmpCode && a.icmpId === b.icmpId && a.icmpSeq === b.icmpSeq
  );
}

/** One conntrack entry as a table key: the same entry, status, ctinfo and mark share a row. */
export function ctKey(c: ConntrackInfo): string {
  const o = c.original;
  const r = c.reply;
  return `${c.id}|${c.status}|${c.ctinfo}|${c.mark}|${o.src}|${o.dst}|${o.sport}|${o.dport}|${o.protocol}|${r.src}|${r.dst}|${r.sport}|${r.dport}|${r.protocol}`;
}

/**
 * A connection's entry at one packet, from the batch's variants of it: one object per
 * (connection, status, ctinfo, mark) in a batch, shared by its packets (nothing downstream changes
 * a conntrack entry; flows keep references to its tuples). Both segment forms decode through it.
 */
export function ctVariant(variants: ConntrackInfo[], base: ConntrackInfo, status: number, ctinfo: number, mark: number): ConntrackInfo {
  for (const c of variants) if (c.status === status && c.ctinfo === ctinfo && c.mark === mark) return c;
  const c = { status, ctinfo, original: base.original, reply: base.reply, mark, id: base.id };
  variants.push(c);
  return c;
}

function reasonsToProto(rs: readonly IncompleteReason[], t: SegmentTables): packetlife.v1.ISegmentReason[] | undefined {
  if (rs.length === 0) return undefined;
  return rs.map((r) => ({ code: t.ref(r.code), node: t.ref(r.node) || undefined, text: t.ref(r.text) }));
}

export function segmentToProto(seg: Segment, t: SegmentTables): ISegment {
  const hops = seg.hops;
  if (hops.length === 0) throw new CodecError('segment: no hops');
  const startText = seg.startNs;
  const start = BigInt(startText);
  const wireHops: packetlife.v1.ISegmentHop[] = new Array(hops.length);
  let prev: PacketFields | undefined;
  for (let i = 0; i < hops.length; i++) {
    const h = hops[i]!;
    const p = h.packet;
    const w: packetlife.v1.ISegmentHop = {
      timeDeltaNs: nsDelta(h.timeNs, start, startText) || undefined,
      placeDir: (t.place(h.place) * 2 + (h.direction === 'transmit' ? 1 : 0)) || undefined,
      mark: h.mark || undefined,
    };
    if (!prev || !sameOther(prev, p)) {
      w.packet = packetToProto(p);
      if (p.ipVersion === 4) w.packet.ipVersion = undefined; // a reader takes anything but 6 as 4
    }
    else {
      if (prev.ttl !== p.ttl) w.ttl = p.ttl + 1;
      if (prev.src !== p.src || prev.dst !== p.dst || prev.sport !== p.sport || prev.dport !== p.dport) w.tuple = tupleToProto(p, 'hop.packet');
    }
    wireHops[i] = w;
    prev = p;
  }
  // Conntrack entries: each distinct one once, the hops' order as indexes when it repeats.
  const batchCts: number[] = [];
  const ctStatus: number[] = [];
  const ctInfo: number[] = [];
  const ctMark: number[] = [];
  const order: number[] = [];
  const seen = new Map<string, number>();
  for (const c of seg.cts) {
    const k = ctKey(c);
    let i = seen.get(k);
    if (i === undefined) {
      i = batchCts.length;
      batchCts.push(t.ct(c));
      ctStatus.push(c.status);
      ctInfo.push(c.ctinfo);
      ctMark.push(c.mark);
      seen.set(k, i);
    }
    order.push(i);
  }
  const ctOrder = batchCts.length === order.length ? undefined : order;
  const lastHop = hops[hops.length - 1]!;
  const lastHopDelta = num(wireHops[wireHops.length - 1]!.timeDeltaNs as number | undefined);
  const mono = BigInt(seg.firstMono);
  t.monoOffset ??= start - mono;
  const monoAfterOffset = Number(mono - (start - t.monoOffset));
  return {
    node: seg.node === t.node ? undefined : t.ref(seg.node),
    startUnixNs: decimalToLong(startText, 'segment.startNs'),
    hops: wireHops,
    shape: 1 + STARTS.indexOf(seg.start) + 3 * ENDS.indexOf(seg.end) + 15 * (seg.direction === 'request' ? 1 : seg.direction === 'reply' ? 2 : 0),
    // The monotonic time from the start and the batch's clock offset: usually exactly (0 after it).
    firstMonoAfterOffsetNs: monoAfterOffset || undefined,
    lastMonoAfterHopsNs: seg.lastMono - seg.firstMono - lastHopDelta || undefined,
    batchCts: batchCts.length > 0 ? batchCts : undefined,
    ctStatus: batchCts.length > 0 ? ctStatus : undefined,
    ctInfo: ctInfo.some((x) => x !== 0) ? ctInfo : undefined,
    ctMark: ctMark.some((x) => x !== 0) ? ctMark : undefined,
    ctOrder,
    nats: seg.nats.length > 0 ? seg.nats.map((n) => natToProto(n, t, hops, seg.cts, seen)) : undefined,
    routes: seg.routes.length > 0 ? seg.routes.map((r) => routeToProto(r, t)) : undefined,
    drops: seg.drops.length > 0 ? seg.drops.map((d) => dropToProto(d, t, start, startText)) : undefined,
    startReasons: reasonsToProto(seg.startReasons, t),
    innerReasons: reasonsToProto(seg.innerReasons, t),
    endReasons: reasonsToProto(seg.endReasons, t),
    endAfterLastHopNs: seg.endNs === lastHop.timeNs ? undefined : nsDelta(seg.endNs, BigInt(lastHop.timeNs), lastHop.timeNs),
  };
}

/** The segment's conntrack entry whose status and tuples the rewrite's conntrack is (index + 1), or 0. */
function ctRef(c: NonNullable<NatRewrite['conntrack']>, cts: readonly ConntrackInfo[], seen: Map<string, number>): number {
  for (const x of cts) {
    if (x.status === c.status && sameTuple(x.original, c.original) && sameTuple(x.reply, c.reply)) return (seen.get(ctKey(x)) ?? -1) + 1;
  }
  return 0;
}

function natToProto(n: NatRewrite, t: SegmentTables, hops: readonly Hop[], cts: readonly ConntrackInfo[], seen: Map<string, number>): packetlife.v1.ISegmentNat {
  const at = n.afterHop;
  const beforeIsHop = at >= 0 && at < hops.length && sameTuple(n.before, hops[at]!.packet);
  const afterIsNext = at >= 0 && at + 1 < hops.length && sameTuple(n.after, hops[at + 1]!.packet);
  const ct = n.conntrack ? ctRef(n.conntrack, cts, seen) : 0;
  return {
    node: n.node === t.node ? undefined : t.ref(n.node),
    kind: t.ref(n.kind),
    afterHop: n.afterHop || undefined,
    before: beforeIsHop ? undefined : tupleToProto(n.before, 'nat.before'),
    after: afterIsNext ? undefined : tupleToProto(n.after, 'nat.after'),
    beforeIsHop: beforeIsHop || undefined,
    afterIsNextHop: afterIsNext || undefined,
    ct: ct || undefined,
    conntrack: n.conntrack && ct === 0 ? { status: n.conntrack.status || undefined, original: tupleToProto(n.conntrack.original, 'nat.ct.original'), reply: tupleToProto(n.conntrack.reply, 'nat.ct.reply') } : undefined,
    reason: t.ref(n.reason),
    cause: t.ref(n.cause),
    service: t.ref(n.service) || undefined,
    endpointPod: t.ref(n.endpointPod) || undefined,
    inferred: n.inferred,
  };
}

function routeToProto(r: RouteDecision, t: SegmentTables): packetlife.v1.ISegmentRoute {
  return {
    node: r.node === t.node ? undefined : t.ref(r.node),
    atHop: r.atHop || undefined,
    table: r.table || undefined,
    tableName: t.ref(r.tableName),
    dst: t.ref(r.dst),
    gateway: t.ref(r.gateway) || undefined,
    dev: t.ref(r.dev),
    eni: t.ref(r.eni) || undefined,
    hasConsulted: (r.consulted !== undefined && r.consulted.length === 0) || undefined,
    // a consulted table's name is the decision's when it is the deciding table
    consulted: r.consulted?.map((c) => ({ table: c.table || undefined, tableName: c.table === r.table && c.tableName === r.tableName ? undefined : t.ref(c.tableName), error: c.error || undefined })),
    hasError: r.error !== undefined || undefined,
    error: r.error || undefined,
  };
}

function dropToProto(d: DropEvent, t: SegmentTables, start: bigint, startText: string): packetlife.v1.ISegmentDrop {
  return {
    node: d.node === t.node ? undefined : t.ref(d.node),
    atHop: d.atHop || undefined,
    reason: t.ref(d.reason),
    place: d.place ? t.place(d.place) + 1 : undefined,
    timeDeltaNs: nsDelta(d.timeNs, start, startText) || undefined,
    meaning: t.ref(d.meaning) || undefined,
  };
}

// ---------- decoding ----------

export const NO_REASONS: readonly IncompleteReason[] = Object.freeze([]);
export const STARTS: readonly SegmentStart[] = ['local', 'arrival', 'partial'];
export const ENDS: readonly SegmentEnd[] = ['delivered-pod', 'delivered-host', 'departed', 'dropped', 'partial'];
export const DIRECTIONS: readonly (FlowDirection | undefined)[] = [undefined, 'request', 'reply'];

function num(v: number | Long | null | undefined): number {
  if (v == null) return 0;
  return typeof v === 'number' ? v : v.toNumber();
}

/**
 * What one batch's segments share, decoded once: strings, places, connections — and the IPv4
 * addresses, one string per address (a batch names a handful of them many times; the same
 * string object also keeps its hash for the stitcher's and the flows' map keys).
 */
export class Refs {
  private readonly placeCache: (Place | undefined)[];
  private readonly ctCache: (ConntrackInfo | undefined)[];
  /** Per connection: its entries at the packets seen so far (status, ctinfo and mark differ between packets, rarely within a batch). */
  private readonly ctAt: (ConntrackInfo[] | undefined)[];
  private readonly v4 = new Map<number, string>();
  constructor(
    private readonly strings: readonly string[],
    private readonly places: readonly packetlife.v1.ISegmentPlace[],
    private readonly cts: readonly packetlife.v1.IConntrack[],
    private readonly agentNode: string,
  ) {
    this.placeCache = new Array(places.length);
    this.ctCache = new Array(cts.length);
    this.ctAt = new Array(cts.length);
  }

  /** `field` and `part` name the field in an error only (joined then: not on every address). */
  ip(v4: number | null | undefined, v6: Uint8Array | null | undefined, field: string, part: string): string {
    if (v6 && v6.length > 0) return addressFromWire(v4, v6, `${field}.${part}`);
    const n = v4 ?? 0;
    let s = this.v4.get(n);
    if (s === undefined) {
      s = formatIpv4(n);
      this.v4.set(n, s);
    }
    return s;
  }

  /** The fields in packetFromProto's order: one object shape with the events' packets. */
  packet(p: packetlife.v1.IPacket): PacketFields {
    return {
      ipVersion: p.ipVersion === 6 ? 6 : 4,
      src: this.ip(p.srcV4, p.srcV6, 'packet', 'src_v6'),
      dst: this.ip(p.dstV4, p.dstV6, 'packet', 'dst_v6'),
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

  /** The fields in tupleFromProto's order. */
  tuple(t: packetlife.v1.ITuple | null | undefined, field: string): Tuple {
    return {
      src: this.ip(t?.srcV4, t?.srcV6, field, 'src_v6'),
      dst: this.ip(t?.dstV4, t?.dstV6, field, 'dst_v6'),
      sport: t?.sport ?? 0,
      dport: t?.dport ?? 0,
      protocol: t?.protocol ?? 0,
    };
  }

  /** A connection's entry at one packet: the batch's tuples and id (decoded once, shared), this packet's status, ctinfo, mark. */
  ct(i: number, status: number, ctinfo: number, mark: number): ConntrackInfo {
    let base = this.ctCache[i];
    if (!base) {
      const w = this.cts[i];
      if (!w) throw new CodecError(`segment: conntrack ${i} is not in the batch's ${this.cts.length} entries`);
      base = { status: w.status ?? 0, ctinfo: w.ctinfo ?? 0, original: this.tuple(w.original, 'ct.original'), reply: this.tuple(w.reply, 'ct.reply'), mark: w.mark ?? 0, id: longToDecimal(w.id) };
      if (w.replyIsInverse) {
        const o = base.original;
        base.reply = { src: o.dst, dst: o.src, sport: o.dport, dport: o.sport, protocol: o.protocol };
      }
      this.ctCache[i] = base;
    }
    return ctVariant((this.ctAt[i] ??= []), base, status, ctinfo, mark);
  }

  /** The batch's agent node, for a node ref of 0. */
  node(field: string): string {
    if (this.agentNode === '') throw new CodecError(`${field}: ref 0 (the agent's node) in a batch read without its node`);
    return this.agentNode;
  }

  str(ref: number | null | undefined, field: string): string {
    const s = ref ? this.strings[ref - 1] : undefined;
    if (s === undefined) throw new CodecError(`${field}: string ref ${ref ?? 0} is not in the batch's ${this.strings.length} strings`);
    return s;
  }

  opt(ref: number | null | undefined, field: string): string | undefined {
    return ref ? this.str(ref, field) : undefined;
  }

  /** Places are shared by the hops and drops that name them, as the correlator's place cache shares them. */
  place(i: number, field: string): Place {
    const cached = this.placeCache[i];
    if (cached) return cached;
    const w = this.places[i];
    if (!w) throw new CodecError(`${field}: place ${i} is not in the batch's ${this.places.length} places`);
    const place = {
      node: this.str(w.node, 'place.node'),
      netns: this.str(w.netns, 'place.netns'),
      ifname: this.str(w.ifname, 'place.ifname'),
      ifindex: w.ifindex ?? 0,
      kind: this.str(w.kind, 'place.kind') as PlaceKind,
    } as Place;
    if (w.pod) place.pod = this.str(w.pod, 'place.pod');
    if (w.eniIp) place.eni = { ip: this.str(w.eniIp, 'place.eni_ip'), table: w.eniTable ? w.eniTable : 'main' };
    place.label = this.str(w.label, 'place.label');
    this.placeCache[i] = place;
    return place;
  }

  reasons(rs: packetlife.v1.ISegmentReason[] | null | undefined): readonly IncompleteReason[] {
    if (!rs || rs.length === 0) return NO_REASONS;
    return rs.map((r) => {
      const out = { code: this.str(r.code, 'reason.code') as IncompleteCode } as IncompleteReason;
      if (r.node) out.node = this.str(r.node, 'reason.node');
      out.text = this.str(r.text, 'reason.text');
      return out;
    });
  }
}

export function segmentsFromProto(
  segments: readonly ISegment[],
  strings: readonly string[],
  places: readonly packetlife.v1.ISegmentPlace[],
  cts: readonly packetlife.v1.IConntrack[] = [],
  node = '',
  monoOffsetNs: Long | number | string | null | undefined = 0,
): Segment[] {
  const refs = new Refs(strings, places, cts, node);
  // The offset split like a start time (seconds, nanoseconds): a monotonic time is then exact in
  // doubles — both parts stay far below 2^53 — without a BigInt per segment.
  const off = BigInt(typeof monoOffsetNs === 'string' ? monoOffsetNs : monoOffsetNs == null ? 0 : typeof monoOffsetNs === 'number' ? monoOffsetNs : monoOffsetNs.toString());
  const offSec = Number(off / 1_000_000_000n);
  const offFrac = Number(off % 1_000_000_000n);
  return segments.map((s) => segmentFromProto(s, refs, offSec, offFrac));
}

function segmentFromProto(s: ISegment, refs: Refs, offSec: number, offFrac: number): Segment {
  const node = s.node ? refs.str(s.node, 'segment.node') : refs.node('segment.node');
  const start = splitNs(s.startUnixNs as Long | number | null | undefined);
  const startNs = start.text;
  const sec = start.sec;
  const frac = start.frac;
  const wireHops = s.hops ?? [];
  if (wireHops.length === 0) throw new CodecError(`segment on ${node}: no hops`);
  const hops: Hop[] = new Array(wireHops.length);
  let prev: PacketFields | undefined;
  for (let i = 0; i < wireHops.length; i++) {
    const w = wireHops[i]!;
    let packet: PacketFields;
    if (w.packet) packet = refs.packet(w.packet);
    else if (prev && !w.ttl && !w.tuple) packet = prev; // the same packet fields: one object (nothing changes a hop's packet)
    else if (prev) {
      packet = { ...prev };
      if (w.ttl) packet.ttl = w.ttl - 1;
      if (w.tuple) {
        const tu = refs.tuple(w.tuple, 'hop.tuple');
        packet.src = tu.src;
        packet.dst = tu.dst;
        packet.sport = tu.sport;
        packet.dport = tu.dport;
      }
    } else throw new CodecError(`segment on ${node}: its first hop has no packet`);
    const pd = w.placeDir ?? 0;
    hops[i] = {
      seq: i,
      timeNs: addNs(startNs, sec, frac, num(w.timeDeltaNs as Long | number | null | undefined)),
      direction: (pd !== 0 ? (pd & 1) === 1 : w.transmit) ? 'transmit' : 'receive',
      place: refs.place(pd !== 0 ? pd >>> 1 : (w.place ?? 0), 'hop.place'),
      packet,
      mark: w.mark ?? 0,
    };
    prev = packet;
  }
  const distinct = s.batchCts && s.batchCts.length > 0 ? s.batchCts.map((i, k) => refs.ct(i, s.ctStatus?.[k] ?? 0, s.ctInfo?.[k] ?? 0, s.ctMark?.[k] ?? 0)) : (s.cts ?? []).map(ctFromProto);
  const cts: ConntrackInfo[] = s.ctOrder && s.ctOrder.length > 0 ? s.ctOrder.map((i) => {
    const c = distinct[i];
    if (!c) throw new CodecError(`segment on ${node}: ct_order ${i} is not one of its ${distinct.length} conntrack entries`);
    return c;
  }) : distinct;
  const hopTuple = (i: number, field: string): Tuple => {
    const h = hops[i];
    if (!h) throw new CodecError(`segment on ${node}: ${field} names hop ${i} of ${hops.length}`);
    return tupleOf(h.packet);
  };
  const nats: NatRewrite[] = (s.nats ?? []).map((n) => {
    const afterHop = n.afterHop ?? 0;
    const out = {
      node: n.node ? refs.str(n.node, 'nat.node') : node,
      kind: refs.str(n.kind, 'nat.kind'),
      afterHop,
      before: n.beforeIsHop ? hopTuple(afterHop, 'nat.before_is_hop') : refs.tuple(n.before, 'nat.before'),
      after: n.afterIsNextHop ? hopTuple(afterHop + 1, 'nat.after_is_next_hop') : refs.tuple(n.after, 'nat.after'),
    } as NatRewrite;
    if (n.ct) {
      const c = distinct[n.ct - 1];
      if (!c) throw new CodecError(`segment on ${node}: nat.ct ${n.ct} is not one of its ${distinct.length} conntrack entries`);
      out.conntrack = { status: c.status, original: c.original, reply: c.reply };
    } else if (n.conntrack) out.conntrack = { status: n.conntrack.status ?? 0, original: tupleFromProto(n.conntrack.original, 'nat.ct.original'), reply: tupleFromProto(n.conntrack.reply, 'nat.ct.reply') };
    out.reason = refs.str(n.reason, 'nat.reason');
    out.cause = refs.str(n.cause, 'nat.cause') as NatRewrite['cause'];
    if (n.service) out.service = refs.str(n.service, 'nat.service');
    if (n.endpointPod) out.endpointPod = refs.str(n.endpointPod, 'nat.endpoint_pod');
    if (n.inferred) out.inferred = true;
    return out;
  });
  const routes: RouteDecision[] = (s.routes ?? []).map((r) => {
    const d = { node: r.node ? refs.str(r.node, 'route.node') : node, atHop: r.atHop ?? 0, table: r.table ?? 0, tableName: refs.str(r.tableName, 'route.table_name'), dst: refs.str(r.dst, 'route.dst') } as RouteDecision;
    if (r.gateway) d.gateway = refs.str(r.gateway, 'route.gateway');
    d.dev = refs.str(r.dev, 'route.dev');
    if (r.eni) d.eni = refs.str(r.eni, 'route.eni');
    if (r.hasConsulted || (r.consulted?.length ?? 0) > 0) {
      d.consulted = (r.consulted ?? []).map((c) => ({ table: c.table ?? 0, tableName: c.tableName ? refs.str(c.tableName, 'route.consulted.table_name') : d.tableName, error: c.error ?? 0 }));
    }
    if (r.hasError) d.error = r.error ?? 0;
    return d;
  });
  const drops: DropEvent[] = (s.drops ?? []).map((d) => {
    const out = { node: d.node ? refs.str(d.node, 'drop.node') : node, atHop: d.atHop ?? 0, reason: refs.str(d.reason, 'drop.reason') } as DropEvent;
    if (d.place) out.place = refs.place(d.place - 1, 'drop.place');
    out.timeNs = addNs(startNs, sec, frac, num(d.timeDeltaNs as Long | number | null | undefined));
    if (d.meaning) out.meaning = refs.str(d.meaning, 'drop.meaning');
    return out;
  });
  const firstHop = hops[0]!;
  const lastHop = hops[hops.length - 1]!;
  const shape = s.shape ?? 0;
  if (shape > 45) throw new CodecError(`segment on ${node}: shape ${shape} is out of range`);
  const firstMono = s.firstMonoNs != null && num(s.firstMonoNs as Long | number) !== 0
    ? num(s.firstMonoNs as Long | number)
    : (start.secN - offSec) * 1e9 + (frac - offFrac) + num(s.firstMonoAfterOffsetNs as Long | number | null | undefined);
  return {
    node,
    hops,
    nats,
    routes,
    drops,
    start: shape > 0 ? STARTS[(shape - 1) % 3]! : (refs.str(s.start, 'segment.start') as SegmentStart),
    end: shape > 0 ? ENDS[Math.floor((shape - 1) / 3) % 5]! : (refs.str(s.end, 'segment.end') as SegmentEnd),
    startReasons: refs.reasons(s.startReasons),
    innerReasons: refs.reasons(s.innerReasons),
    endReasons: refs.reasons(s.endReasons),
    direction: shape > 0 ? DIRECTIONS[Math.floor((shape - 1) / 15)] : (refs.opt(s.direction, 'segment.direction') as FlowDirection | undefined),
    cts,
    firstPacket: firstHop.packet,
    lastPacket: lastHop.packet,
    firstWall: wallAfter(start.secN, frac, num(wireHops[0]!.timeDeltaNs as Long | number | null | undefined), firstHop.timeNs),
    lastWall: wallAfter(start.secN, frac, num(wireHops[wireHops.length - 1]!.timeDeltaNs as Long | number | null | undefined), lastHop.timeNs),
    firstMono,
    lastMono: s.lastMonoDeltaNs != null && num(s.lastMonoDeltaNs as Long | number) !== 0
      ? firstMono + num(s.lastMonoDeltaNs as Long | number)
      : firstMono + num(wireHops[wireHops.length - 1]!.timeDeltaNs as Long | number | null | undefined) + num(s.lastMonoAfterHopsNs as Long | number | null | undefined),
    startNs: firstHop.timeNs,
    endNs: s.endDeltaNs != null && num(s.endDeltaNs as Long | number) !== 0 ? addNs(startNs, sec, frac, num(s.endDeltaNs as Long | number)) : endAfter(lastHop.timeNs, num(s.endAfterLastHopNs as Long | number | null | undefined)),
  };
}

