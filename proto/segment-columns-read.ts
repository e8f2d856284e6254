/**
 * proto/segment-columns-read.ts — the collector's reader of EventBatch.segment_columns (the flat
 * form of a batch's segments, packetlife.proto `SegmentColumns`; written by
 * proto/segment-columns-write.ts): one pass over the packed columns with protobufjs' Reader,
 * then the segments built straight from the columns — no message object per segment, hop,
 * packet, tuple or conntrack entry, no Long per time (times are read as doubles, exact below
 * 2^53). What it builds is what proto/segment-codec.ts builds from the message form, field for
 * field and with the same sharing (test/proto/segment-columns.test.ts).
 *
 * API
 *   segmentsFromColumns(bytes, strings, places, node, monoOffsetNs): Segment[]
 *     throws CodecError naming the column, row or ref that is wrong (the caller counts the
 *     batch's segments as unreadable; nothing else of the batch is lost)
 */
import protobuf from 'protobufjs/minimal.js';
import type Long from 'long';
import type { ConntrackInfo, PacketFields, Tuple } from '../common/event.js';
import type { Segment, SegmentEnd, SegmentStart } from '../collector/correlate/segment.js';
import type { DropEvent, FlowDirection, Hop, IncompleteCode, IncompleteReason, NatRewrite, RouteDecision } from '../collector/trace-model.js';
import { formatIpv4 } from '../common/ipv4.js';
import { bytesToIpv6, CodecError } from './codec.js';
import { ctVariant, DIRECTIONS, ENDS, NO_REASONS, Refs, STARTS, wallNs } from './segment-codec.js';
import { COLUMN_BY_NO, COLUMN_FIELDS, type ColumnField, type ColumnTable } from './segment-columns-schema.js';
import type { packetlife } from './generated/packetlife.js';

const E9 = 1_000_000_000;
const EMPTY: number[] = [];

/**
 * A sint64 as a double without a Long: the fast path takes up to 7 bytes (below 2^49, exact);
 * a longer one (a clock offset far from the batch's, say) is read by protobufjs as the message
 * form reads it (Long.toNumber), so both forms give the same double.
 */
function sint64(r: protobuf.Reader, field: ColumnField): number {
  const buf = r.buf;
  const start = r.pos;
  let pos = start;
  let v = 0;
  let mul = 1;
  for (let i = 0; i < 7; i++) {
    if (pos >= r.len) throw new CodecError(`segment_columns.${field.wireName}: truncated`);
    const b = buf[pos++]!;
    v += (b & 0x7f) * mul;
    if (b < 0x80) {
      r.pos = pos;
      return v % 2 === 1 ? -(v + 1) / 2 : v / 2;
    }
    mul *= 128;
  }
  r.pos = start;
  const l = r.sint64() as Long | number;
  return typeof l === 'number' ? l : l.toNumber();
}

/**
 * A packed run of uint32 (zigzag: sint32) varints up to `end`, read as protobufjs reads each (the
 * low 32 bits) but in one loop over the bytes: these columns are most of a batch, and a Reader
 * call per value cost more than the rest of reading them. Written into `col` from index `from`;
 * leaves the reader where the run stopped (past `end` when its last value runs over) and returns
 * the index after the last value written.
 */
function packed32(r: protobuf.Reader, end: number, col: number[], from: number, zigzag: boolean): number {
  const buf = r.buf;
  let pos = r.pos;
  let k = from;
  while (pos < end) {
    let b = buf[pos++]!;
    let v = b & 0x7f;
    if (b >= 0x80) {
      b = buf[pos++]!;
      v |= (b & 0x7f) << 7;
      if (b >= 0x80) {
        b = buf[pos++]!;
        v |= (b & 0x7f) << 14;
        if (b >= 0x80) {
          b = buf[pos++]!;
          v |= (b & 0x7f) << 21;
          if (b >= 0x80) {
            // five bytes or more (a negative int32 takes ten): protobufjs' own reading
            r.pos = pos - 4;
            col[k++] = zigzag ? r.sint32() : r.uint32();
            pos = r.pos;
            continue;
          }
        }
      }
    }
    col[k++] = zigzag ? (v >>> 1) ^ -(v & 1) : v >>> 0;
  }
  r.pos = pos;
  return k;
}

/** How many varints bytes [pos, end) hold: one ends at each byte below 0x80. */
function varints(buf: Uint8Array, pos: number, end: number): number {
  let n = 0;
  for (let p = pos; p < end; p++) if (buf[p]! < 0x80) n++;
  return n;
}

/**
 * The column arrays, kept from batch to batch by field number and overwritten from index 0: a
 * new array per column per batch was a tenth of what the columns path allocated, and as it
 * stays alive while the batch's segments are decoded, every scavenge meanwhile copied it. So a
 * column's length is not its count: Read.lens has the batch's counts, and a value past its
 * count is an earlier batch's, never read. A run of more than KEEP_MAX values gets an array of
 * its own, so what stays kept is ≈ 90 columns of at most KEEP_MAX numbers (more only for a
 * writer that sends a column in several runs, which ours never does).
 */
const kept: (number[] | undefined)[] = [];
const KEEP_MAX = 8192;

/** The array for a column whose first run holds n values, filled by index from 0. */
function column(no: number, n: number): number[] {
  if (n > KEEP_MAX) {
    // a very long one would be a dictionary, not an array: let it grow instead (index writes at its end)
    return n <= 16_384 ? new Array<number>(n) : [];
  }
  return (kept[no] ??= []);
}

/** One value of a column's type. */
function value(r: protobuf.Reader, f: ColumnField): number {
  switch (f.kind) {
    case 'u32':
      return r.uint32();
    case 's32':
      return r.sint32();
    case 's64':
      return sint64(r, f);
    default:
      return r.fixed32();
  }
}

const SCALAR_WIRE_TYPE = { u32: 0, s32: 0, s64: 0, f32: 5, f64: 1, bytes: 2 } as const;

interface Read {
  cols: number[][]; // by field number: the columns this batch sent (kept arrays: see `kept`)
  lens: number[]; // by field number: how many values of cols[no] are this batch's
  base: [number, number]; // lo, hi
  v6: Uint8Array[];
}

function readColumns(bytes: Uint8Array): Read {
  const r = protobuf.Reader.create(bytes);
  const cols: number[][] = [];
  const lens: number[] = [];
  const out: Read = { cols, lens, base: [0, 0], v6: [] };
  while (r.pos < r.len) {
    const tag = r.uint32();
    const no = tag >>> 3;
    const wt = tag & 7;
    const f = COLUMN_BY_NO[no];
    if (!f) {
      r.skipType(wt); // a newer writer's column: not ours to read
      continue;
    }
    if (f.kind === 'bytes') {
      if (wt !== 2) throw new CodecError(`segment_columns.${f.wireName}: wire type ${wt}, not 2`);
      out.v6.push(r.bytes());
      continue;
    }
    if (f.no === 1) {
      if (wt !== 1) throw new CodecError(`segment_columns.${f.wireName}: wire type ${wt}, not 1`);
      out.base = [r.fixed32(), r.fixed32()];
      continue;
    }
    // a column's second run (or value) is appended after its first
    const at = lens[no] ?? 0;
    if (wt === 2) {
      const end = r.uint32() + r.pos;
      if (end > r.len) throw new CodecError(`segment_columns.${f.wireName}: truncated`);
      if (f.kind === 'u32' || f.kind === 's32') {
        const col = cols[no] ?? (cols[no] = column(no, varints(r.buf, r.pos, end)));
        lens[no] = packed32(r, end, col, at, f.kind === 's32');
      } else if (f.kind === 'f64') {
        const col = cols[no] ?? (cols[no] = column(no, 0));
        let k = at;
        while (r.pos < end) {
          col[k++] = r.fixed32();
          col[k++] = r.fixed32();
        }
        lens[no] = k;
      } else {
        const into = cols[no] ?? (cols[no] = column(no, f.kind === 's64' ? varints(r.buf, r.pos, end) : (end - r.pos) >>> 2));
        let k = at;
        while (r.pos < end) into[k++] = value(r, f);
        lens[no] = k;
      }
      if (r.pos !== end) throw new CodecError(`segment_columns.${f.wireName}: a value runs past the column's end`);
    } else if (wt === SCALAR_WIRE_TYPE[f.kind]) {
      // a writer may send a repeated scalar unpacked: one value per tag
      const col = cols[no] ?? (cols[no] = column(no, 0));
      let k = at;
      if (f.kind === 'f64') {
        col[k++] = r.fixed32();
        col[k++] = r.fixed32();
      } else col[k++] = value(r, f);
      lens[no] = k;
    } else throw new CodecError(`segment_columns.${f.wireName}: wire type ${wt}`);
  }
  return out;
}

let ZEROS: number[] = [];

/** At least n zeros, shared (never written). */
function zeroes(n: number): number[] {
  if (ZEROS.length < n) ZEROS = new Array<number>(Math.max(n, 2 * ZEROS.length)).fill(0);
  return ZEROS;
}

/** uint64 (lo, hi words) → its decimal text, exactly and without a BigInt (as segment-codec's splitNs). */
function u64Decimal(lo: number, hi: number): { text: string; sec: number; frac: number } {
  const hh = hi >>> 16;
  const hl = hi & 0xffff;
  const rest = hh * 976710656 + hl * 294967296 + lo;
  const frac = rest % E9;
  const sec = hh * 281474 + hl * 4 + (rest - frac) / E9;
  return { text: timeText(sec, frac), sec, frac };
}

/** uint64 (lo, hi words) → its decimal text: one string while it is below 2^53 (a conntrack id is 32 bits). */
function u64Text(lo: number, hi: number): string {
  return hi < 0x200000 ? String(hi * 4294967296 + lo) : u64Decimal(lo, hi).text;
}

function timeText(sec: number, frac: number): string {
  return sec === 0 ? String(frac) : String(sec) + String(frac).padStart(9, '0');
}

// Indexed loops, not for-of: these run once per batch over whole columns, too rarely for V8 to
// optimize them, and unoptimized for-of made an iterator result per value (12% of the columns
// path's allocation, measured with the sampling heap profiler).
function sum(col: number[], count: number): number {
  let n = 0;
  for (let i = 0; i < count; i++) n += col[i]!;
  return n;
}

function countBits(col: number[], count: number, bit: number): number {
  let n = 0;
  for (let i = 0; i < count; i++) if (col[i]! & bit) n++;
  return n;
}

/** How many hops carry a whole packet (bit 1), a TTL change (2), a tuple change (4): one pass. */
function hopChangeCounts(col: number[], count: number): { pkt: number; ttl: number; hopTuple: number } {
  let pkt = 0;
  let ttl = 0;
  let hopTuple = 0;
  for (let i = 0; i < count; i++) {
    const x = col[i]!;
    if (x & 1) pkt++;
    if (x & 2) ttl++;
    if (x & 4) hopTuple++;
  }
  return { pkt, ttl, hopTuple };
}

const NOUN: Record<ColumnTable, string> = {
  batch: 'batch', seg: 'segments', hop: 'hops', ttl: 'TTL changes', hopTuple: 'tuple changes', pkt: 'whole packets', addr4: 'IPv4 addresses', addr6: 'IPv6 addresses',
  tup: 'tuples', ct: 'connections', sct: 'segment conntrack entries', order: 'conntrack order entries', nat: 'NAT rewrites', natc: 'given NAT conntrack entries',
  route: 'routing decisions', rc: 'consulted tables', drop: 'drops', reason: 'reasons',
};

/** A batch's columns that cannot be read: `segments` is how many segments they held (0: not known). */
export class ColumnsError extends CodecError {
  constructor(
    message: string,
    readonly segments: number,
  ) {
    super(message);
  }
}

export function segmentsFromColumns(
  bytes: Uint8Array,
  strings: readonly string[],
  places: readonly packetlife.v1.ISegmentPlace[],
  node: string,
  monoOffsetNs: Long | number | string | null | undefined = 0,
): Segment[] {
  const state = { segments: 0 };
  try {
    return readSegments(bytes, strings, places, node, monoOffsetNs, state);
  } catch (err) {
    const why = err instanceof CodecError ? err.message : `segment_columns: ${(err as Error).message}`;
    throw new ColumnsError(why, state.segments);
  }
}

function readSegments(
  bytes: Uint8Array,
  strings: readonly string[],
  places: readonly packetlife.v1.ISegmentPlace[],
  node: string,
  monoOffsetNs: Long | number | string | null | undefined,
  state: { segments: number },
): Segment[] {
  let read: Read;
  try {
    read = readColumns(bytes);
  } catch (err) {
    if (err instanceof CodecError) throw err;
    throw new CodecError(`segment_columns: not a SegmentColumns message (${(err as Error).message})`);
  }
  const { cols, lens } = read;
  const col = (f: number): number[] => cols[f] ?? EMPTY;
  // how many values of a column are this batch's (its array is longer when kept: see `kept`)
  const len = (f: number): number => lens[f] ?? 0;
  // Row counts of each table, and every column checked against its own.
  const changes = hopChangeCounts(col(20), len(20));
  const rows: Record<ColumnTable, number> = {
    batch: 1,
    seg: (state.segments = len(2)),
    hop: sum(col(2), len(2)),
    ttl: changes.ttl,
    hopTuple: changes.hopTuple,
    pkt: changes.pkt,
    addr4: len(39),
    addr6: read.v6.length,
    tup: Math.max(len(41), len(42), len(43), len(44), len(45)),
    ct: Math.max(len(46) / 2, len(47), len(48)),
    sct: sum(col(9), len(9)),
    order: sum(col(10), len(10)),
    nat: sum(col(11), len(11)),
    natc: countBits(col(60), len(60), 2),
    route: sum(col(12), len(12)),
    rc: sum(col(78), len(78)),
    drop: sum(col(13), len(13)),
    reason: sum(col(14), len(14)) + sum(col(15), len(15)) + sum(col(16), len(16)),
  };
  // Rows whose columns are all empty cost no bytes; a real writer's batch never has many.
  const most = 16 * bytes.length + 64;
  for (const t of Object.keys(rows) as ColumnTable[]) {
    if (rows[t] > most) throw new CodecError(`segment_columns: ${rows[t]} ${NOUN[t]} in ${bytes.length} bytes is not a batch a writer makes`);
  }
  for (const f of COLUMN_FIELDS) {
    if (f.kind === 'bytes' || f.table === 'batch' || f.table === 'addr4') continue;
    const n = f.kind === 'f64' ? len(f.no) / 2 : len(f.no);
    if (n !== 0 && n !== rows[f.table]) throw new CodecError(`segment_columns.${f.wireName}: ${n} values for ${rows[f.table]} ${NOUN[f.table]}`);
  }
  // An empty column reads as zeros: in bounds (a read past an array's end is V8's slow path),
  // and never a kept array's values of an earlier batch.
  const zeros = zeroes(Math.max(rows.seg, rows.hop, rows.pkt, rows.ttl, rows.hopTuple, rows.tup, 2 * rows.ct, rows.sct, rows.order, rows.nat, rows.natc, rows.route, rows.rc, rows.drop, rows.reason));
  for (const f of COLUMN_FIELDS) if (f.table !== 'batch' && f.kind !== 'bytes' && len(f.no) === 0) cols[f.no] = zeros;
  const r = new ColumnsReader(cols, read, rows.addr4, rows.tup, rows.ct, new Refs(strings, places, [], node), monoOffsetNs);
  const segments: Segment[] = new Array(rows.seg);
  for (let s = 0; s < rows.seg; s++) segments[s] = r.segment(s);
  return segments;
}

/** (sec, frac) + delta ns, normalised: exact while every part stays below 2^53. */
class Clock {
  sec = 0;
  frac = 0;
  text = '0';
  /** String(sec), kept while the seconds stay (they change far less often than the time) */
  private secText = '';
  private secOf = -1;

  set(sec: number, frac: number, text: string): void {
    this.sec = sec;
    this.frac = frac;
    this.text = text;
  }

  /** The time as a double, as Number(text) gives it (no text parsed). */
  wall(): number {
    return wallNs(this.sec, this.frac);
  }

  copy(c: Clock): void {
    this.sec = c.sec;
    this.frac = c.frac;
    this.text = c.text;
    this.secText = c.secText;
    this.secOf = c.secOf;
  }

  add(delta: number, secs: number): void {
    if (delta === 0 && secs === 0) return;
    let f = this.frac + delta;
    let s = this.sec + secs;
    if (f < 0 || f >= E9) {
      const carry = Math.floor(f / E9);
      s += carry;
      f -= carry * E9;
      while (f < 0) {
        f += E9;
        s--;
      }
      while (f >= E9) {
        f -= E9;
        s++;
      }
    }
    if (s < 0) throw new CodecError('segment_columns: a time before 1970');
    this.sec = s;
    this.frac = f;
    if (s === 0) this.text = String(f);
    else {
      if (this.secOf !== s) {
        this.secText = String(s);
        this.secOf = s;
      }
      // nine digits already from 1e8 on (nine times in ten): no padding to make
      this.text = f >= 1e8 ? this.secText + f : this.secText + String(f).padStart(9, '0');
    }
  }
}

/** One batch's columns, read segment by segment (cursors into each table's rows). */
class ColumnsReader {
  private readonly addrs: string[];
  private readonly tuples: Tuple[];
  /** Per connection: its first entry in the batch, and (once a second differs) all its entries. */
  private readonly connFirst: (ConntrackInfo | undefined)[];
  private readonly connAt: (ConntrackInfo[] | undefined)[];
  private readonly offSec: number;
  private readonly offFrac: number;
  private readonly start = new Clock();
  private readonly hop = new Clock();
  private readonly drop = new Clock();
  /** The wall time of the segment's first hop (hops() sets it) */
  private firstWall = 0;
  // cursors
  private hopI = 0;
  private pktI = 0;
  private ttlI = 0;
  private tupI = 0;
  private sctI = 0;
  private orderI = 0;
  private natI = 0;
  private natcI = 0;
  private routeI = 0;
  private rcI = 0;
  private dropI = 0;
  private reasonI = 0;
  // columns
  private readonly segHops: number[];
  private readonly segStart: number[];
  private readonly segStartSec: number[];
  private readonly segShape: number[];
  private readonly segNode: number[];
  private readonly segMono: number[];
  private readonly segFirstMono: number[];
  private readonly segLastMono: number[];
  private readonly segEnd: number[];
  private readonly segCts: number[];
  private readonly segCtOrder: number[];
  private readonly segNats: number[];
  private readonly segRoutes: number[];
  private readonly segDrops: number[];
  private readonly segStartReasons: number[];
  private readonly segInnerReasons: number[];
  private readonly segEndReasons: number[];
  private readonly hopTime: number[];
  private readonly hopPlaceDir: number[];
  private readonly hopMark: number[];
  private readonly hopChange: number[];
  private readonly ttl: number[];
  private readonly tuple: number[];
  private readonly pkt: number[][];
  private readonly ctIdWords: number[];
  private readonly ctOriginal: number[];
  private readonly ctReply: number[];
  private readonly sctCt: number[];
  private readonly sctStatus: number[];
  private readonly sctInfo: number[];
  private readonly sctMark: number[];
  private readonly ctOrder: number[];
  private readonly c: number[][];

  constructor(
    cols: number[][],
    read: Read,
    nV4: number,
    nTuples: number,
    nConns: number,
    private readonly refs: Refs,
    monoOffsetNs: Long | number | string | null | undefined,
  ) {
    this.c = cols;
    const v4 = cols[39]!;
    this.addrs = new Array(nV4 + read.v6.length);
    for (let i = 0; i < nV4; i++) this.addrs[i] = formatIpv4(v4[i]!);
    for (let i = 0; i < read.v6.length; i++) this.addrs[nV4 + i] = bytesToIpv6(read.v6[i]!, 'segment_columns.addr_v6');
    this.tuples = new Array(nTuples);
    for (let i = 0; i < nTuples; i++) {
      this.tuples[i] = { src: this.addr(cols[41]![i]!, 'tup_src'), dst: this.addr(cols[42]![i]!, 'tup_dst'), sport: cols[43]![i]!, dport: cols[44]![i]!, protocol: cols[45]![i]! };
    }
    this.connFirst = new Array(nConns);
    this.connAt = new Array(nConns);
    // The clock offset split like a start time: a monotonic time is then exact in doubles.
    const off = BigInt(typeof monoOffsetNs === 'string' ? monoOffsetNs : monoOffsetNs == null ? 0 : typeof monoOffsetNs === 'number' ? monoOffsetNs : monoOffsetNs.toString());
    this.offSec = Number(off / 1_000_000_000n);
    this.offFrac = Number(off % 1_000_000_000n);
    const base = u64Decimal(read.base[0], read.base[1]);
    this.start.set(base.sec, base.frac, base.text);
    this.segHops = cols[2]!;
    this.segStart = cols[3]!;
    this.segShape = cols[4]!;
    this.segNode = cols[5]!;
    this.segMono = cols[6]!;
    this.segLastMono = cols[7]!;
    this.segEnd = cols[8]!;
    this.segCts = cols[9]!;
    this.segCtOrder = cols[10]!;
    this.segNats = cols[11]!;
    this.segRoutes = cols[12]!;
    this.segDrops = cols[13]!;
    this.segStartReasons = cols[14]!;
    this.segInnerReasons = cols[15]!;
    this.segEndReasons = cols[16]!;
    this.hopTime = cols[17]!;
    this.hopPlaceDir = cols[18]!;
    this.hopMark = cols[19]!;
    this.hopChange = cols[20]!;
    this.ttl = cols[21]!;
    this.tuple = cols[22]!;
    this.pkt = [];
    for (let f = 23; f <= 38; f++) this.pkt.push(cols[f]!);
    this.ctIdWords = cols[46]!;
    this.ctOriginal = cols[47]!;
    this.ctReply = cols[48]!;
    this.sctCt = cols[49]!;
    this.sctStatus = cols[50]!;
    this.sctInfo = cols[51]!;
    this.sctMark = cols[52]!;
    this.ctOrder = cols[53]!;
    this.segStartSec = cols[91]!;
    this.segFirstMono = cols[92]!;
  }

  private addr(i: number, field: string): string {
    const a = this.addrs[i];
    if (a === undefined) throw new CodecError(`segment_columns.${field}: address ${i} is not in the batch's ${this.addrs.length}`);
    return a;
  }

  private tupleAt(i: number, field: string): Tuple {
    const t = this.tuples[i];
    if (!t) throw new CodecError(`segment_columns.${field}: tuple ${i} is not in the batch's ${this.tuples.length}`);
    return t;
  }

  /** A fresh copy: a NAT rewrite's tuples are its own, as the message form gives them. */
  private tupleCopy(i: number, field: string): Tuple {
    const t = this.tupleAt(i, field);
    return { src: t.src, dst: t.dst, sport: t.sport, dport: t.dport, protocol: t.protocol };
  }

  /**
   * A connection's entry at one packet: one object per (connection, status, ctinfo, mark) in the
   * batch, as segment-codec's Refs.ct. Most connections show one entry in a batch: that first
   * entry is kept alone, an array of variants made only for a second (an array and a base object
   * per connection were 8% of this path's allocation).
   */
  private conn(i: number, status: number, ctinfo: number, mark: number): ConntrackInfo {
    const first = this.connFirst[i];
    if (first) {
      if (first.status === status && first.ctinfo === ctinfo && first.mark === mark) return first;
      return ctVariant((this.connAt[i] ??= [first]), first, status, ctinfo, mark);
    }
    if (i >= this.connFirst.length) throw new CodecError(`segment_columns.sct_ct: connection ${i} is not in the batch's ${this.connFirst.length}`);
    const original = this.tupleCopy(this.ctOriginal[i]!, 'ct_original');
    const rep = this.ctReply[i]!;
    const reply = rep === 0 ? { src: original.dst, dst: original.src, sport: original.dport, dport: original.sport, protocol: original.protocol } : this.tupleCopy(rep - 1, 'ct_reply');
    // the fields in ctVariant's order: one object shape
    const entry: ConntrackInfo = { status, ctinfo, original, reply, mark, id: u64Text(this.ctIdWords[2 * i]!, this.ctIdWords[2 * i + 1]!) };
    this.connFirst[i] = entry;
    return entry;
  }

  /** The whole packet of row pktI, in packetFromProto's field order (one object shape with the events' packets). */
  private packet(): PacketFields {
    const p = this.pkt;
    const i = this.pktI++;
    return {
      ipVersion: p[0]![i] === 6 ? 6 : 4,
      src: this.addr(p[1]![i]!, 'pkt_src'),
      dst: this.addr(p[2]![i]!, 'pkt_dst'),
      protocol: p[3]![i]!,
      sport: p[4]![i]!,
      dport: p[5]![i]!,
      ipId: p[6]![i]!,
      ttl: p[7]![i]!,
      length: p[8]![i]!,
      tcpFlags: p[9]![i]!,
      tcpSeq: p[10]![i]!,
      tcpAck: p[11]![i]!,
      icmpType: p[12]![i]!,
      icmpCode: p[13]![i]!,
      icmpId: p[14]![i]!,
      icmpSeq: p[15]![i]!,
    };
  }

  private hops(n: number, node: string): Hop[] {
    const hops: Hop[] = new Array(n);
    const clock = this.hop;
    clock.copy(this.start);
    let prev: PacketFields | undefined;
    for (let i = 0; i < n; i++) {
      const h = this.hopI++;
      clock.add(this.hopTime[h]!, 0);
      const change = this.hopChange[h]!;
      let packet: PacketFields;
      if (change & 1) packet = this.packet();
      else if (!prev) throw new CodecError(`segment on ${node}: its first hop has no packet`);
      else if ((change & 6) === 0) packet = prev; // the same packet fields: one object (nothing changes a hop's packet)
      else {
        packet = { ...prev };
        if (change & 2) packet.ttl = this.ttl[this.ttlI++]!;
        if (change & 4) {
          const tu = this.tupleAt(this.tuple[this.tupI++]!, 'tuple');
          packet.src = tu.src;
          packet.dst = tu.dst;
          packet.sport = tu.sport;
          packet.dport = tu.dport;
        }
      }
      if (i === 0) this.firstWall = clock.wall();
      const pd = this.hopPlaceDir[h]!;
      hops[i] = {
        seq: i,
        timeNs: clock.text,
        direction: (pd & 1) === 1 ? 'transmit' : 'receive',
        place: this.refs.place(pd >>> 1, 'hop.place'),
        packet,
        mark: this.hopMark[h]!,
      };
      prev = packet;
    }
    return hops;
  }

  private reasons(n: number): readonly IncompleteReason[] {
    if (n === 0) return NO_REASONS;
    const c = this.c;
    const out: IncompleteReason[] = new Array(n);
    for (let k = 0; k < n; k++) {
      const i = this.reasonI++;
      const r = { code: this.refs.str(c[88]![i], 'reason.code') as IncompleteCode } as IncompleteReason;
      const rn = c[89]![i]!;
      if (rn) r.node = this.refs.str(rn, 'reason.node');
      r.text = this.refs.str(c[90]![i], 'reason.text');
      out[k] = r;
    }
    return out;
  }

  private nats(n: number, node: string, hops: Hop[], distinct: ConntrackInfo[]): NatRewrite[] {
    if (n === 0) return [];
    const c = this.c;
    const refs = this.refs;
    const hopTuple = (i: number, field: string): Tuple => {
      const h = hops[i];
      if (!h) throw new CodecError(`segment on ${node}: ${field} names hop ${i} of ${hops.length}`);
      const p = h.packet;
      return { src: p.src, dst: p.dst, sport: p.sport, dport: p.dport, protocol: p.protocol };
    };
    const nats: NatRewrite[] = new Array(n);
    for (let k = 0; k < n; k++) {
      const i = this.natI++;
      const afterHop = c[56]![i]!;
      const nn = c[54]![i]!;
      const before = c[57]![i]!;
      const after = c[58]![i]!;
      const natNode = nn ? refs.str(nn, 'nat.node') : node;
      const kind = refs.str(c[55]![i], 'nat.kind') as NatRewrite['kind'];
      const beforeTuple = before === 0 ? hopTuple(afterHop, 'nat.before') : this.tupleCopy(before - 1, 'nat_before');
      const afterTuple = after === 0 ? hopTuple(afterHop + 1, 'nat.after') : this.tupleCopy(after - 1, 'nat_after');
      const flags = c[60]![i]!;
      const ct = c[59]![i]!;
      let conntrack: NatRewrite['conntrack'];
      if (ct) {
        const x = distinct[ct - 1];
        if (!x) throw new CodecError(`segment on ${node}: nat_ct ${ct} is not one of its ${distinct.length} conntrack entries`);
        conntrack = { status: x.status, original: x.original, reply: x.reply };
      } else if (flags & 2) {
        const j = this.natcI++;
        conntrack = { status: c[65]![j]!, original: this.tupleCopy(c[66]![j]!, 'natc_original'), reply: this.tupleCopy(c[67]![j]!, 'natc_reply') };
      }
      const reason = refs.str(c[61]![i], 'nat.reason');
      const cause = refs.str(c[62]![i], 'nat.cause') as NatRewrite['cause'];
      // The fields every rewrite has in one literal (each added afterwards cost an allocation and
      // a map change), in the same order as before: the optional ones after them.
      const out: NatRewrite = conntrack
        ? { node: natNode, kind, afterHop, before: beforeTuple, after: afterTuple, conntrack, reason, cause }
        : { node: natNode, kind, afterHop, before: beforeTuple, after: afterTuple, reason, cause };
      const service = c[63]![i]!;
      if (service) out.service = refs.str(service, 'nat.service');
      const pod = c[64]![i]!;
      if (pod) out.endpointPod = refs.str(pod, 'nat.endpoint_pod');
      if (flags & 1) out.inferred = true;
      nats[k] = out;
    }
    return nats;
  }

  private routes(n: number, node: string): RouteDecision[] {
    if (n === 0) return [];
    const c = this.c;
    const refs = this.refs;
    const routes: RouteDecision[] = new Array(n);
    for (let k = 0; k < n; k++) {
      const i = this.routeI++;
      const rn = c[68]![i]!;
      const routeNode = rn ? refs.str(rn, 'route.node') : node;
      const atHop = c[69]![i]!;
      const table = c[70]![i]!;
      const tableName = refs.str(c[71]![i], 'route.table_name');
      const dst = refs.str(c[72]![i], 'route.dst');
      const gw = c[73]![i]!;
      const gateway = gw ? refs.str(gw, 'route.gateway') : undefined;
      const dev = refs.str(c[74]![i], 'route.dev');
      const eniRef = c[75]![i]!;
      const eni = eniRef ? refs.str(eniRef, 'route.eni') : undefined;
      const flags = c[76]![i]!;
      const nc = c[78]![i]!;
      let consulted: RouteDecision['consulted'];
      if (flags & 2 || nc > 0) {
        consulted = new Array(nc);
        for (let j = 0; j < nc; j++) {
          const x = this.rcI++;
          const tn = c[80]![x]!;
          consulted[j] = { table: c[79]![x]!, tableName: tn ? refs.str(tn, 'route.consulted.table_name') : tableName, error: c[81]![x]! };
        }
      }
      // Whole in one literal where the tables were consulted (every lookup the tracepoint shows):
      // a field added to a literal afterwards costs an allocation and a map change. The fields in
      // the same order either way.
      let d: RouteDecision;
      if (consulted) {
        if (gateway === undefined) d = eni === undefined ? { node: routeNode, atHop, table, tableName, dst, dev, consulted } : { node: routeNode, atHop, table, tableName, dst, dev, eni, consulted };
        else d = eni === undefined ? { node: routeNode, atHop, table, tableName, dst, gateway, dev, consulted } : { node: routeNode, atHop, table, tableName, dst, gateway, dev, eni, consulted };
      } else {
        d = { node: routeNode, atHop, table, tableName, dst } as RouteDecision;
        if (gateway !== undefined) d.gateway = gateway;
        d.dev = dev;
        if (eni !== undefined) d.eni = eni;
      }
      if (flags & 1) d.error = c[77]![i]!;
      routes[k] = d;
    }
    return routes;
  }

  private drops(n: number, node: string): DropEvent[] {
    if (n === 0) return [];
    const c = this.c;
    const refs = this.refs;
    const drops: DropEvent[] = new Array(n);
    for (let k = 0; k < n; k++) {
      const i = this.dropI++;
      const dn = c[82]![i]!;
      const out = { node: dn ? refs.str(dn, 'drop.node') : node, atHop: c[83]![i]!, reason: refs.str(c[84]![i], 'drop.reason') } as DropEvent;
      const dp = c[85]![i]!;
      if (dp) out.place = refs.place(dp - 1, 'drop.place');
      this.drop.copy(this.start);
      this.drop.add(c[86]![i]!, 0);
      out.timeNs = this.drop.text;
      const meaning = c[87]![i]!;
      if (meaning) out.meaning = refs.str(meaning, 'drop.meaning');
      drops[k] = out;
    }
    return drops;
  }

  /** The segment's distinct entries (into this.distinct) and its entries hop by hop (returned: the same array when no order is sent). */
  private distinct: ConntrackInfo[] = [];

  private cts(s: number, node: string): ConntrackInfo[] {
    const nCts = this.segCts[s]!;
    const distinct: ConntrackInfo[] = new Array(nCts);
    for (let k = 0; k < nCts; k++) {
      const i = this.sctI++;
      distinct[k] = this.conn(this.sctCt[i]!, this.sctStatus[i]!, this.sctInfo[i]!, this.sctMark[i]!);
    }
    const nOrder = this.segCtOrder[s]!;
    this.distinct = distinct;
    if (nOrder === 0) return distinct;
    const cts: ConntrackInfo[] = new Array(nOrder);
    for (let k = 0; k < nOrder; k++) {
      const o = this.ctOrder[this.orderI++]!;
      const x = distinct[o];
      if (!x) throw new CodecError(`segment on ${node}: ct_order ${o} is not one of its ${nCts} conntrack entries`);
      cts[k] = x;
    }
    return cts;
  }

  segment(s: number): Segment {
    const refs = this.refs;
    const nodeRef = this.segNode[s]!;
    const node = nodeRef ? refs.str(nodeRef, 'segment.node') : refs.node('segment.node');
    // the start: after the previous segment's
    const start = this.start;
    start.add(this.segStart[s]!, this.segStartSec[s]!);
    const nHops = this.segHops[s]!;
    if (nHops === 0) throw new CodecError(`segment on ${node}: no hops`);
    const hops = this.hops(nHops, node);
    const firstHop = hops[0]!;
    const lastHop = hops[nHops - 1]!;
    const cts = this.cts(s, node);
    const nats = this.nats(this.segNats[s]!, node, hops, this.distinct);
    const routes = this.routes(this.segRoutes[s]!, node);
    const drops = this.drops(this.segDrops[s]!, node);
    const shape = this.segShape[s]!;
    if (shape < 1 || shape > 45) throw new CodecError(`segment on ${node}: shape ${shape} is out of range`);
    const hop = this.hop; // at the last hop
    const lastHopDelta = (hop.sec - start.sec) * E9 + (hop.frac - start.frac);
    const wholeMono = this.segFirstMono[s]!;
    const firstMono = wholeMono !== 0 ? wholeMono : (start.sec - this.offSec) * E9 + (start.frac - this.offFrac) + this.segMono[s]!;
    const firstWall = this.firstWall;
    const lastWall = nHops === 1 ? firstWall : hop.wall();
    hop.add(this.segEnd[s]!, 0); // the end: after the last hop
    return {
      node,
      hops,
      nats,
      routes,
      drops,
      start: STARTS[(shape - 1) % 3] as SegmentStart,
      end: ENDS[Math.floor((shape - 1) / 3) % 5] as SegmentEnd,
      startReasons: this.reasons(this.segStartReasons[s]!),
      innerReasons: this.reasons(this.segInnerReasons[s]!),
      endReasons: this.reasons(this.segEndReasons[s]!),
      direction: DIRECTIONS[Math.floor((shape - 1) / 15)] as FlowDirection | undefined,
      cts,
      firstPacket: firstHop.packet,
      lastPacket: lastHop.packet,
      firstWall,
      lastWall,
      firstMono,
      lastMono: firstMono + lastHopDelta + this.segLastMono[s]!,
      startNs: firstHop.timeNs,
      endNs: hop.text,
    };
  }
}
