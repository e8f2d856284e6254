/**
 * proto/segment-columns-write.ts — a batch's node-local segments in the flat form
 * (packetlife.proto `SegmentColumns`, carried as EventBatch.segment_columns), for a collector
 * that said it reads it (TopologyUpdate.segment_columns). Lossless: the collector's reader
 * (proto/segment-columns-read.ts) gives back the segment the agent built, field for field, as the
 * message form does (proto/segment-codec.ts; test/proto/segment-columns.test.ts).
 *
 * Why columns: the collector reads them with one pass over packed scalars straight into its
 * model, with no message object per segment, hop, packet, tuple or conntrack entry (the message
 * form's decoding and its garbage were more than half of the collector's work on segments).
 *
 * API
 *   const w = new SegmentColumnsWriter()
 *   w.add(seg, tables)            tables: the batch's SegmentTables (strings, places, clock offset);
 *                                 throws CodecError naming what cannot be encoded, and then
 *                                 leaves the columns as they were
 *   w.count                       segments so far
 *   w.estimatedBytes              roughly what finish() will give (for batching by bytes)
 *   w.finish(): Uint8Array        the encoded SegmentColumns; the writer is empty again
 */
import Long from 'long';
import protobuf from 'protobufjs/minimal.js';
import type { ConntrackInfo, PacketFields, Tuple } from '../common/event.js';
import { sameTuple } from '../collector/correlate/packet-keys.js';
import type { Segment } from '../collector/correlate/segment.js';
import type { IncompleteReason } from '../collector/trace-model.js';
import { CodecError, decimalToLong, ipv4ToU32, ipv6ToBytes } from './codec.js';
import { ctKey, ENDS, sameOther, STARTS, type SegmentTables } from './segment-codec.js';
import { COLUMN_FIELDS, type ColumnField, type ColumnTable } from './segment-columns-schema.js';
import { putU32le, putVarint, putVarint64 } from './wire-bytes.js';
import type { packetlife } from './generated/packetlife.js';

/** The columns, each a row per entry of its table (zeros included; an all-zero column is written empty). */
type Columns = Record<Exclude<keyof packetlife.v1.ISegmentColumns, 'baseUnixNs' | 'addrV6' | 'addrV4' | 'ctId'>, number[]>;

const NUMBER_COLUMNS = COLUMN_FIELDS.filter((f) => f.kind === 'u32' || f.kind === 's32' || f.kind === 's64');

/**
 * The columns' packed contents, written in place into one reused buffer, each handed to the
 * batch's protobufjs writer as a view (Writer.bytes keeps the view until its finish(), which
 * copies it): byte for byte what protobufjs' generated SegmentColumns.encode writes (test/proto
 * checks), written field by field from the schema instead, since the generated encoder is one
 * ~550-line function that TurboFan compiles with a zone of its size on a helper thread of every
 * agent (see write()); and not value by value through protobufjs' writer, which allocates an
 * operation object per value (≈ 15% of all the agent allocated under load, 2026-12-07).
 */
class PackedColumns {
  private buf = new Uint8Array(64 * 1024);
  private pos = 0;

  /** At a finish(): the views handed out at the last one are no longer needed. */
  reset(): void {
    this.pos = 0;
  }

  column(f: ColumnField, col: readonly number[]): Uint8Array {
    // a view handed out stays valid when the buffer grows: it keeps the old buffer
    if (this.pos + col.length * 10 > this.buf.length) {
      this.buf = new Uint8Array(Math.max(this.buf.length * 2, col.length * 10));
      this.pos = 0;
    }
    const start = this.pos;
    if (f.kind === 's64') for (const x of col) this.sint64(x);
    else if (f.kind === 's32') for (const x of col) this.varint(((x << 1) ^ (x >> 31)) >>> 0);
    else if (f.kind === 'f32') for (const x of col) this.fixed32(x >>> 0);
    else for (const x of col) this.varint(x >>> 0);
    return this.buf.subarray(start, this.pos);
  }

  private varint(v: number): void {
    this.pos = putVarint(this.buf, this.pos, v);
  }

  private fixed32(v: number): void {
    this.pos = putU32le(this.buf, this.pos, v);
  }

  /** protobufjs' LongBits.fromNumber(x).zzEncode() and writeVarint64, without the LongBits. */
  private sint64(x: number): void {
    const neg = x < 0;
    const m = neg ? -x : x;
    let lo = m >>> 0;
    let hi = ((m - lo) / 4294967296) >>> 0;
    if (neg) {
      hi = ~hi >>> 0;
      lo = ~lo >>> 0;
      if (++lo > 4294967295) {
        lo = 0;
        if (++hi > 4294967295) hi = 0;
      }
    }
    const mask = hi >> 31;
    this.pos = putVarint64(this.buf, this.pos, ((lo << 1) ^ mask) >>> 0, (((hi << 1) | (lo >>> 31)) ^ mask) >>> 0);
  }
}

/** A column as a packed field (tag, length, content). */
function packed(w: protobuf.Writer, f: ColumnField, col: readonly number[], scratch: PackedColumns): void {
  w.uint32((f.no << 3) | 2).bytes(scratch.column(f, col));
}

/**
 * Every column as a declared field: an object given ~90 properties in a loop is in dictionary
 * mode in V8 (each push a hash lookup); a class keeps them fast.
 */
class ColumnArrays implements Columns {
  segHops: number[] = [];
  segStart: number[] = [];
  segShape: number[] = [];
  segNode: number[] = [];
  segMono: number[] = [];
  segLastMono: number[] = [];
  segEnd: number[] = [];
  segCts: number[] = [];
  segCtOrder: number[] = [];
  segNats: number[] = [];
  segRoutes: number[] = [];
  segDrops: number[] = [];
  segStartReasons: number[] = [];
  segInnerReasons: number[] = [];
  segEndReasons: number[] = [];
  hopTime: number[] = [];
  hopPlaceDir: number[] = [];
  hopMark: number[] = [];
  hopChange: number[] = [];
  ttl: number[] = [];
  tuple: number[] = [];
  pktIpVersion: number[] = [];
  pktSrc: number[] = [];
  pktDst: number[] = [];
  pktProtocol: number[] = [];
  pktSport: number[] = [];
  pktDport: number[] = [];
  pktIpId: number[] = [];
  pktTtl: number[] = [];
  pktLength: number[] = [];
  pktTcpFlags: number[] = [];
  pktTcpSeq: number[] = [];
  pktTcpAck: number[] = [];
  pktIcmpType: number[] = [];
  pktIcmpCode: number[] = [];
  pktIcmpId: number[] = [];
  pktIcmpSeq: number[] = [];
  tupSrc: number[] = [];
  tupDst: number[] = [];
  tupSport: number[] = [];
  tupDport: number[] = [];
  tupProtocol: number[] = [];
  ctOriginal: number[] = [];
  ctReply: number[] = [];
  sctCt: number[] = [];
  sctStatus: number[] = [];
  sctInfo: number[] = [];
  sctMark: number[] = [];
  ctOrder: number[] = [];
  natNode: number[] = [];
  natKind: number[] = [];
  natAfterHop: number[] = [];
  natBefore: number[] = [];
  natAfter: number[] = [];
  natCt: number[] = [];
  natFlags: number[] = [];
  natReason: number[] = [];
  natCause: number[] = [];
  natService: number[] = [];
  natEndpointPod: number[] = [];
  natcStatus: number[] = [];
  natcOriginal: number[] = [];
  natcReply: number[] = [];
  routeNode: number[] = [];
  routeAtHop: number[] = [];
  routeTable: number[] = [];
  routeTableName: number[] = [];
  routeDst: number[] = [];
  routeGateway: number[] = [];
  routeDev: number[] = [];
  routeEni: number[] = [];
  routeFlags: number[] = [];
  routeError: number[] = [];
  routeConsulted: number[] = [];
  rcTable: number[] = [];
  rcTableName: number[] = [];
  rcError: number[] = [];
  dropNode: number[] = [];
  dropAtHop: number[] = [];
  dropReason: number[] = [];
  dropPlace: number[] = [];
  dropTime: number[] = [];
  dropMeaning: number[] = [];
  reasonCode: number[] = [];
  reasonNode: number[] = [];
  reasonText: number[] = [];
  segStartSec: number[] = [];
  segFirstMono: number[] = [];
}

function emptyColumns(): Columns {
  return new ColumnArrays();
}

/** The tables a segment adds rows to (the batch's addresses, tuples and connections are shared, not rolled back). */
const SEGMENT_TABLES: readonly ColumnTable[] = ['seg', 'hop', 'ttl', 'hopTuple', 'pkt', 'sct', 'order', 'nat', 'natc', 'route', 'rc', 'drop', 'reason'];
const TABLE_COLUMNS = new Map(SEGMENT_TABLES.map((t) => [t, NUMBER_COLUMNS.filter((f) => f.table === t).map((f) => f.name as keyof Columns)]));

/** Beyond 2^52 ns (52 days) a zigzag-encoded delta would not stay below 2^53: not exact in a double. */
const MAX_DELTA = 2n ** 52n;
/** A segment's clock offset this far from its batch's: its monotonic time is sent whole. */
const MONO_NEAR = 2n ** 40n;

function safeDelta(a: bigint, b: bigint, field: string): number {
  const d = a - b;
  if (d >= MAX_DELTA || d <= -MAX_DELTA) throw new CodecError(`${field}: ${d} ns apart is beyond what the columns carry exactly`);
  return Number(d);
}

/**
 * `t` − `p` in ns for two decimal wall times in the same second (the usual case within a
 * segment), read digit by digit — no BigInt, no string made; undefined otherwise.
 */
function nsAfter(t: string, p: string): number | undefined {
  const n = t.length;
  if (n !== p.length || n < 10) return undefined;
  const cut = n - 9;
  for (let i = 0; i < cut; i++) if (t.charCodeAt(i) !== p.charCodeAt(i)) return undefined;
  let a = 0;
  let b = 0;
  for (let i = cut; i < n; i++) {
    const x = t.charCodeAt(i) - 48;
    const y = p.charCodeAt(i) - 48;
    if (x < 0 || x > 9 || y < 0 || y > 9) return undefined;
    a = a * 10 + x;
    b = b * 10 + y;
  }
  return a - b;
}

function after(t: string, p: string, field: string): number {
  if (t === p) return 0;
  return nsAfter(t, p) ?? safeDelta(BigInt(t), BigInt(p), field);
}

const DECIMAL = /^\d{1,20}$/;

export class SegmentColumnsWriter {
  private c: Columns = emptyColumns();
  private readonly scratch = new PackedColumns();
  private addrV4: number[] = [];
  private addrV6: Uint8Array[] = [];
  /** Address text → index; v4 and v6 apart until finish (v6 indexes come after every v4 one). */
  private readonly v4Refs = new Map<string, number>();
  private readonly v6Refs = new Map<string, number>();
  private readonly tupleRefs = new Map<string, number>();
  private readonly connRefs = new Map<string, number>();
  private ctIds: Long[] = [];
  private base: bigint | undefined;
  private prevStart = 0n;
  private bytes = 0;

  get count(): number {
    return this.c.segHops.length;
  }

  get estimatedBytes(): number {
    return this.bytes;
  }

  add(seg: Segment, t: SegmentTables): void {
    const rows = SEGMENT_TABLES.map((t) => this.c[TABLE_COLUMNS.get(t)![0]!].length);
    const prevStart = this.prevStart;
    const base = this.base;
    try {
      this.write(seg, t);
    } catch (err) {
      // back to the rows before this segment (table entries it added stay: unreferenced, harmless)
      for (let i = 0; i < SEGMENT_TABLES.length; i++) for (const k of TABLE_COLUMNS.get(SEGMENT_TABLES[i]!)!) this.c[k].length = rows[i]!;
      this.prevStart = prevStart;
      this.base = base;
      throw err;
    }
    this.bytes += 12 + seg.hops.length * 6 + seg.nats.length * 10 + seg.routes.length * 14 + seg.drops.length * 8;
  }

  private addr(ip: string, field: string): number {
    if (ip.includes(':')) {
      let i = this.v6Refs.get(ip);
      if (i === undefined) {
        this.addrV6.push(ipv6ToBytes(ip, field));
        i = this.addrV6.length - 1;
        this.v6Refs.set(ip, i);
        this.bytes += 18;
      }
      return -1 - i; // resolved at finish, after the v4 ones
    }
    let i = this.v4Refs.get(ip);
    if (i === undefined) {
      this.addrV4.push(ipv4ToU32(ip, field));
      i = this.addrV4.length - 1;
      this.v4Refs.set(ip, i);
      this.bytes += 4;
    }
    return i;
  }

  private tupleRef(tu: Tuple, field: string): number {
    const key = `${tu.src}|${tu.dst}|${tu.sport}|${tu.dport}|${tu.protocol}`;
    let i = this.tupleRefs.get(key);
    if (i === undefined) {
      const c = this.c;
      const src = this.addr(tu.src, `${field}.src`);
      const dst = this.addr(tu.dst, `${field}.dst`);
      c.tupSrc.push(src);
      c.tupDst.push(dst);
      c.tupSport.push(tu.sport);
      c.tupDport.push(tu.dport);
      c.tupProtocol.push(tu.protocol);
      i = c.tupSrc.length - 1;
      this.tupleRefs.set(key, i);
      this.bytes += 9;
    }
    return i;
  }

  /** A connection (tuples and id) once per batch. */
  private conn(x: ConntrackInfo): number {
    const o = x.original;
    const r = x.reply;
    const key = `${x.id}|${o.src}|${o.dst}|${o.sport}|${o.dport}|${o.protocol}|${r.src}|${r.dst}|${r.sport}|${r.dport}|${r.protocol}`;
    let i = this.connRefs.get(key);
    if (i === undefined) {
      const id = decimalToLong(x.id, 'conntrack.id');
      const orig = this.tupleRef(o, 'conntrack.original');
      // without NAT the reply is the original reversed: said with 0
      const inverse = r.src === o.dst && r.dst === o.src && r.sport === o.dport && r.dport === o.sport && r.protocol === o.protocol;
      const reply = inverse ? 0 : this.tupleRef(r, 'conntrack.reply') + 1;
      this.ctIds.push(id);
      this.c.ctOriginal.push(orig);
      this.c.ctReply.push(reply);
      i = this.ctIds.length - 1;
      this.connRefs.set(key, i);
      this.bytes += 12;
    }
    return i;
  }

  private reasons(rs: readonly IncompleteReason[], t: SegmentTables): number {
    const c = this.c;
    for (const r of rs) {
      c.reasonCode.push(t.ref(r.code));
      c.reasonNode.push(t.ref(r.node));
      c.reasonText.push(t.ref(r.text));
    }
    return rs.length;
  }

  /**
   * One segment's rows, section by section, each section its own method: V8 optimizes small
   * functions with small compiler zones. As one ~170-line function it was compiled 3 times in an
   * agent's first seconds (≈ 120 ms each on a helper thread), and the zone memory of those
   * compiles stayed in the helper threads' malloc arenas: split, the agent's peak RSS is
   * 107 (106–107) MiB against 115 (110–116) in the same run (bench/README.md, agent process).
   */
  private write(seg: Segment, t: SegmentTables): void {
    const c = this.c;
    const hops = seg.hops;
    if (hops.length === 0) throw new CodecError('segment: no hops');
    const startText = seg.startNs;
    if (!DECIMAL.test(startText)) decimalToLong(startText, 'segment.startNs'); // a CodecError naming it, not BigInt's SyntaxError
    const start = BigInt(startText);
    this.base ??= start;
    const d = start - (this.count === 0 ? this.base : this.prevStart);
    if (d >= MAX_DELTA || d <= -MAX_DELTA) {
      // far apart: whole seconds apart, the rest in ns
      c.segStartSec.push(Number(d / 1_000_000_000n));
      c.segStart.push(Number(d % 1_000_000_000n));
    } else {
      c.segStartSec.push(0);
      c.segStart.push(Number(d));
    }
    this.prevStart = start;
    c.segHops.push(hops.length);
    c.segShape.push(1 + STARTS.indexOf(seg.start) + 3 * ENDS.indexOf(seg.end) + 15 * (seg.direction === 'request' ? 1 : seg.direction === 'reply' ? 2 : 0));
    c.segNode.push(seg.node === t.node ? 0 : t.ref(seg.node));
    const sinceStart = this.writeHops(seg, t, startText);
    this.writeTimes(seg, t, start, sinceStart);
    const seen = this.writeCts(seg);
    this.writeNats(seg, t, seen);
    this.writeRoutes(seg, t);
    this.writeDrops(seg, t, startText);
    c.segStartReasons.push(this.reasons(seg.startReasons, t));
    c.segInnerReasons.push(this.reasons(seg.innerReasons, t));
    c.segEndReasons.push(this.reasons(seg.endReasons, t));
  }

  /** The hops and their packets; returns the last hop's time after the start (ns). */
  private writeHops(seg: Segment, t: SegmentTables, startText: string): number {
    const c = this.c;
    const hops = seg.hops;
    let prev: PacketFields | undefined;
    let sinceStart = 0;
    let prevText = startText;
    for (const h of hops) {
      const d = after(h.timeNs, prevText, 'hop.time');
      c.hopTime.push(d);
      sinceStart += d;
      prevText = h.timeNs;
      c.hopPlaceDir.push(t.place(h.place) * 2 + (h.direction === 'transmit' ? 1 : 0));
      c.hopMark.push(h.mark);
      const p = h.packet;
      if (!prev || !sameOther(prev, p)) {
        c.hopChange.push(1);
        c.pktIpVersion.push(p.ipVersion === 6 ? 6 : 0);
        c.pktSrc.push(this.addr(p.src, 'packet.src'));
        c.pktDst.push(this.addr(p.dst, 'packet.dst'));
        c.pktProtocol.push(p.protocol);
        c.pktSport.push(p.sport);
        c.pktDport.push(p.dport);
        c.pktIpId.push(p.ipId);
        c.pktTtl.push(p.ttl);
        c.pktLength.push(p.length);
        c.pktTcpFlags.push(p.tcpFlags);
        c.pktTcpSeq.push(p.tcpSeq);
        c.pktTcpAck.push(p.tcpAck);
        c.pktIcmpType.push(p.icmpType);
        c.pktIcmpCode.push(p.icmpCode);
        c.pktIcmpId.push(p.icmpId);
        c.pktIcmpSeq.push(p.icmpSeq);
        this.bytes += 14;
      } else {
        let change = 0;
        if (prev.ttl !== p.ttl) {
          change |= 2;
          c.ttl.push(p.ttl);
        }
        if (prev.src !== p.src || prev.dst !== p.dst || prev.sport !== p.sport || prev.dport !== p.dport) {
          change |= 4;
          c.tuple.push(this.tupleRef({ src: p.src, dst: p.dst, sport: p.sport, dport: p.dport, protocol: p.protocol }, 'hop.packet'));
        }
        c.hopChange.push(change);
      }
      prev = p;
    }
    return sinceStart;
  }

  /** The monotonic times and the end. */
  private writeTimes(seg: Segment, t: SegmentTables, start: bigint, sinceStart: number): void {
    const c = this.c;
    const hops = seg.hops;
    const lastHop = hops[hops.length - 1]!;
    if (sinceStart >= 2 ** 52 || sinceStart <= -(2 ** 52)) throw new CodecError(`hop.time: ${sinceStart} ns after the segment's start is beyond what the columns carry exactly`);
    const lastHopDelta = sinceStart;
    // the monotonic clock: from the start and the batch's clock offset (usually exactly: 0)
    const mono = BigInt(seg.firstMono);
    t.monoOffset ??= start - mono;
    const afterOffset = mono - (start - t.monoOffset);
    if (afterOffset >= MONO_NEAR || afterOffset <= -MONO_NEAR) {
      // far from the batch's clock offset: the sum would not be exact in doubles
      c.segMono.push(0);
      c.segFirstMono.push(seg.firstMono);
    } else {
      c.segMono.push(Number(afterOffset));
      c.segFirstMono.push(0);
    }
    c.segLastMono.push(seg.lastMono - seg.firstMono - lastHopDelta);
    c.segEnd.push(after(seg.endNs, lastHop.timeNs, 'segment.end'));
  }

  /** Conntrack: each distinct entry once, the hops' order as indexes when it repeats; returns entry key → index. */
  private writeCts(seg: Segment): Map<string, number> {
    const c = this.c;
    const seen = new Map<string, number>();
    const order: number[] = [];
    for (const x of seg.cts) {
      const k = ctKey(x);
      let i = seen.get(k);
      if (i === undefined) {
        i = seen.size;
        c.sctCt.push(this.conn(x));
        c.sctStatus.push(x.status);
        c.sctInfo.push(x.ctinfo);
        c.sctMark.push(x.mark);
        seen.set(k, i);
      }
      order.push(i);
    }
    c.segCts.push(seen.size);
    if (seen.size !== order.length) {
      c.segCtOrder.push(order.length);
      for (const i of order) c.ctOrder.push(i);
    } else c.segCtOrder.push(0);
    return seen;
  }

  /** NAT rewrites. */
  private writeNats(seg: Segment, t: SegmentTables, seen: Map<string, number>): void {
    const c = this.c;
    const hops = seg.hops;
    for (const n of seg.nats) {
      const at = n.afterHop;
      c.natNode.push(n.node === seg.node ? 0 : t.ref(n.node));
      c.natKind.push(t.ref(n.kind));
      c.natAfterHop.push(at);
      c.natBefore.push(at >= 0 && at < hops.length && sameTuple(n.before, hops[at]!.packet) ? 0 : this.tupleRef(n.before, 'nat.before') + 1);
      c.natAfter.push(at >= 0 && at + 1 < hops.length && sameTuple(n.after, hops[at + 1]!.packet) ? 0 : this.tupleRef(n.after, 'nat.after') + 1);
      let ct = 0;
      if (n.conntrack) {
        const nc = n.conntrack;
        for (const x of seg.cts) {
          if (x.status === nc.status && sameTuple(x.original, nc.original) && sameTuple(x.reply, nc.reply)) {
            ct = (seen.get(ctKey(x)) ?? -1) + 1;
            break;
          }
        }
        if (ct === 0) {
          c.natcStatus.push(nc.status);
          c.natcOriginal.push(this.tupleRef(nc.original, 'nat.ct.original'));
          c.natcReply.push(this.tupleRef(nc.reply, 'nat.ct.reply'));
        }
      }
      c.natCt.push(ct);
      c.natFlags.push((n.inferred ? 1 : 0) | (n.conntrack && ct === 0 ? 2 : 0));
      c.natReason.push(t.ref(n.reason));
      c.natCause.push(t.ref(n.cause));
      c.natService.push(t.ref(n.service));
      c.natEndpointPod.push(t.ref(n.endpointPod));
    }
    c.segNats.push(seg.nats.length);
  }

  /** Routing decisions and the tables each consulted. */
  private writeRoutes(seg: Segment, t: SegmentTables): void {
    const c = this.c;
    for (const r of seg.routes) {
      c.routeNode.push(r.node === seg.node ? 0 : t.ref(r.node));
      c.routeAtHop.push(r.atHop);
      c.routeTable.push(r.table);
      c.routeTableName.push(t.ref(r.tableName));
      c.routeDst.push(t.ref(r.dst));
      c.routeGateway.push(t.ref(r.gateway));
      c.routeDev.push(t.ref(r.dev));
      c.routeEni.push(t.ref(r.eni));
      c.routeFlags.push((r.error !== undefined ? 1 : 0) | (r.consulted !== undefined ? 2 : 0));
      c.routeError.push(r.error ?? 0);
      c.routeConsulted.push(r.consulted?.length ?? 0);
      for (const x of r.consulted ?? []) {
        c.rcTable.push(x.table);
        // a consulted table's name is the decision's when it is the deciding table
        c.rcTableName.push(x.table === r.table && x.tableName === r.tableName ? 0 : t.ref(x.tableName));
        c.rcError.push(x.error);
      }
    }
    c.segRoutes.push(seg.routes.length);
  }

  private writeDrops(seg: Segment, t: SegmentTables, startText: string): void {
    const c = this.c;
    for (const d of seg.drops) {
      c.dropNode.push(d.node === seg.node ? 0 : t.ref(d.node));
      c.dropAtHop.push(d.atHop);
      c.dropReason.push(t.ref(d.reason));
      c.dropPlace.push(d.place ? t.place(d.place) + 1 : 0);
      c.dropTime.push(after(d.timeNs, startText, 'drop.time'));
      c.dropMeaning.push(t.ref(d.meaning));
    }
    c.segDrops.push(seg.drops.length);
  }

  finish(): Uint8Array {
    const c = this.c;
    const nV4 = this.addrV4.length;
    const resolve = (col: number[]): void => {
      for (let i = 0; i < col.length; i++) if (col[i]! < 0) col[i] = nV4 - 1 - col[i]!;
    };
    resolve(c.pktSrc);
    resolve(c.pktDst);
    resolve(c.tupSrc);
    resolve(c.tupDst);
    const w = protobuf.Writer.create();
    this.scratch.reset();
    for (const f of COLUMN_FIELDS) {
      switch (f.kind) {
        case 'u32':
        case 's32':
        case 's64': {
          const col = c[f.name as keyof Columns];
          if (col.some((x) => x !== 0)) packed(w, f, col, this.scratch);
          break;
        }
        case 'f32':
          if (nV4 > 0) packed(w, f, this.addrV4, this.scratch);
          break;
        case 'bytes':
          for (const a of this.addrV6) w.uint32((f.no << 3) | 2).bytes(a);
          break;
        case 'f64':
          if (f.table === 'batch') {
            if (this.base !== undefined) w.uint32((f.no << 3) | 1).fixed64(Long.fromString(this.base.toString(), true));
          } else if (this.ctIds.length > 0) {
            w.uint32((f.no << 3) | 2).fork();
            for (const id of this.ctIds) w.fixed64(id);
            w.ldelim();
          }
          break;
      }
    }
    const out = w.finish();
    this.clear();
    return out;
  }

  clear(): void {
    this.c = emptyColumns();
    this.addrV4 = [];
    this.addrV6 = [];
    this.v4Refs.clear();
    this.v6Refs.clear();
    this.tupleRefs.clear();
    this.connRefs.clear();
    this.ctIds = [];
    this.base = undefined;
    this.prevStart = 0n;
    this.bytes = 0;
  }
}
