/**
 * The flat form of segments (EventBatch.segment_columns, issue 11): the schema the hand-written
 * reader and the writer share is the .proto's, and segments go through it losslessly — decoded
 * they deep-equal the message form's decoding of the same segments and the segments the agent
 * built, for every segment of the golden scenarios and for perturbed ones (IPv6, far times,
 * foreign nodes, reasons, drops, errors); a malformed batch is refused by name.
 */
import Long from 'long';
import { describe, expect, it } from 'vitest';
import type { Segment } from '../../collector/correlate/segment.js';
import { decodeAgentFrame, encodeAgentFrame } from '../../proto/codec.js';
import { SegmentTables, segmentToProto, segmentsFromProto, wallNs } from '../../proto/segment-codec.js';
import { ColumnsError, segmentsFromColumns } from '../../proto/segment-columns-read.js';
import { COLUMN_FIELDS } from '../../proto/segment-columns-schema.js';
import { SegmentColumnsWriter } from '../../proto/segment-columns-write.js';
import { packetlife } from '../../proto/generated/packetlife.js';
import { SegmentPipeline } from '../../fixtures/segment-pipeline.js';
import { output, scenarios } from '../collector/golden-scenarios.js';

const pb = packetlife.v1;

/** Every segment the agents build in the golden scenarios, per scenario. */
function goldenSegments(): Segment[][] {
  const all: Segment[][] = [];
  for (const d of Object.values(scenarios())) {
    const mine: Segment[] = [];
    output(d, (o) => {
      const p = new SegmentPipeline(o, 'message', true);
      const flush = p.flush.bind(p);
      p.flush = () => {
        flush();
        mine.push(...p.shipped!);
        p.shipped!.length = 0;
      };
      return p;
    });
    all.push(mine);
  }
  return all;
}

/** One node's segments in one batch, both forms, through the frame codec: what the collector decodes of each. */
function bothForms(segs: Segment[]): { message: Segment[]; columns: Segment[]; columnBytes: number; messageBytes: number; present: string[] } {
  const node = segs[0]!.node;
  const offset = (t: SegmentTables): Long | undefined => (t.monoOffset === undefined ? undefined : Long.fromString(t.monoOffset.toString()));
  const mt = new SegmentTables(node);
  const wire = segs.map((s) => segmentToProto(s, mt));
  const mf = encodeAgentFrame({ events: { seq: 1, segments: wire, strings: mt.strings, places: mt.places, cts: mt.cts, monoOffsetNs: offset(mt) } });
  const ct = new SegmentTables(node);
  const w = new SegmentColumnsWriter();
  for (const s of segs) w.add(s, ct);
  const cf = encodeAgentFrame({ events: { seq: 1, segmentColumns: w.finish(), strings: ct.strings, places: ct.places, monoOffsetNs: offset(ct) } });
  const m = decodeAgentFrame(mf);
  const c = decodeAgentFrame(cf);
  if (m.type !== 'events' || c.type !== 'events') throw new Error('not event batches');
  return {
    message: segmentsFromProto(m.events.segments, m.events.strings, m.events.places, m.events.cts, node, m.events.monoOffsetNs),
    columns: segmentsFromColumns(c.events.segmentColumns, c.events.strings, c.events.places, node, c.events.monoOffsetNs),
    messageBytes: mf.length,
    columnBytes: cf.length,
    present: Object.keys(pb.SegmentColumns.decode(c.events.segmentColumns).toJSON()),
  };
}

/** Consecutive segments of one node, `size` at most, as an agent batches them. */
function batchesOf(segs: Segment[], size: number): Segment[][] {
  const out: Segment[][] = [];
  const open = new Map<string, Segment[]>();
  for (const s of segs) {
    let b = open.get(s.node);
    if (!b) open.set(s.node, (b = []));
    b.push(s);
    if (b.length === size) {
      out.push(b);
      open.delete(s.node);
    }
  }
  out.push(...open.values());
  return out;
}

/** A deterministic generator (no flaky seeds). */
function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

const V6 = ['2001:db8::1', 'fd00:10:0:1::29', '2001:db8:0:1:2:3:4:5'];

/** A segment changed in the ways the golden streams do not reach: every column gets non-default values. */
function perturb(s: Segment, r: () => number): Segment {
  const seg = structuredClone(s);
  const shift = BigInt(Math.floor(r() * 3e12)) - 1_500_000_000_000n; // ± 25 min: carries across seconds
  const move = (t: string): string => (BigInt(t) + shift).toString();
  const v6 = r() < 0.3;
  for (const h of seg.hops) {
    h.timeNs = move(h.timeNs);
    if (v6) {
      h.packet = { ...h.packet, ipVersion: 6, src: V6[0]!, dst: V6[1]! };
    }
    if (r() < 0.2) h.mark = Math.floor(r() * 2 ** 32);
  }
  if (v6) seg.cts = [];
  if (r() < 0.2) {
    const id = Math.floor(r() * 65536);
    for (const h of seg.hops) h.packet.icmpId = id; // packets shared between hops stay shared
    for (const h of seg.hops) h.packet.icmpSeq = id + 1;
  }
  // a conntrack entry seen again later: the hops' order is sent
  if (seg.cts.length > 0 && r() < 0.3) seg.cts = [...seg.cts, structuredClone(seg.cts[0]!)];
  seg.startNs = seg.hops[0]!.timeNs;
  seg.endNs = r() < 0.3 ? (BigInt(seg.hops[seg.hops.length - 1]!.timeNs) + BigInt(Math.floor(r() * 5e9))).toString() : seg.hops[seg.hops.length - 1]!.timeNs;
  seg.firstPacket = seg.hops[0]!.packet;
  seg.lastPacket = seg.hops[seg.hops.length - 1]!.packet;
  seg.firstWall = Number(seg.startNs);
  seg.lastWall = Number(seg.hops[seg.hops.length - 1]!.timeNs);
  const monoShift = Math.floor(r() * 1e6) - 5e5;
  seg.lastMono += monoShift;
  for (const d of seg.drops) d.timeNs = move(d.timeNs);
  if (r() < 0.3) {
    seg.drops.push({ node: r() < 0.5 ? seg.node : 'ip-10-0-9-9', atHop: Math.floor(r() * seg.hops.length) - 1, reason: 'NETFILTER_DROP', place: seg.hops[0]!.place, timeNs: seg.endNs, ...(r() < 0.5 ? { meaning: 'dropped by a rule' } : {}) });
  }
  if (r() < 0.3) seg.startReasons = [{ code: 'open-start', node: seg.node, text: 'arrived from nowhere known' }];
  if (r() < 0.3) seg.innerReasons = [{ code: 'hop-not-observed', text: 'a hop is missing' }, { code: 'closed-early', node: 'ip-10-0-9-9', text: 'x' }];
  if (r() < 0.3) seg.endReasons = [{ code: 'open-end', text: 'left for nowhere known' }];
  for (const rt of seg.routes) {
    if (r() < 0.3) rt.error = -1 - Math.floor(r() * 100);
    if (r() < 0.2) rt.consulted = [];
    if (r() < 0.2) rt.node = 'ip-10-0-9-9';
  }
  for (const n of seg.nats) {
    if (r() < 0.3) n.inferred = true;
    if (r() < 0.3) n.conntrack = { status: 7, original: { src: '10.9.9.9', dst: '10.8.8.8', sport: 1, dport: 2, protocol: 17 }, reply: { src: '10.8.8.8', dst: '10.9.9.10', sport: 2, dport: 3, protocol: 17 } };
    if (r() < 0.3) n.afterHop = -1;
    if (r() < 0.1) n.node = 'ip-10-0-9-9';
  }
  if (r() < 0.2) seg.direction = undefined;
  return seg;
}

describe('SegmentColumns: the flat form of segments', () => {
  it('the schema the reader and writer share is the .proto (numbers, names, types)', () => {
    const generated = Object.keys(pb.SegmentColumns.toObject(new pb.SegmentColumns(), { defaults: true, arrays: true })).sort();
    expect(COLUMN_FIELDS.map((f) => f.name).sort()).toEqual(generated);
    for (const f of COLUMN_FIELDS) {
      const value = f.kind === 'bytes' ? [new Uint8Array(16)] : f.no === 1 ? Long.fromNumber(5, true) : [1];
      const bytes = pb.SegmentColumns.encode({ [f.name]: value }).finish();
      const tag = protobufTag(bytes);
      expect([f.wireName, tag.no, tag.wireType]).toEqual([f.wireName, f.no, f.no === 1 ? 1 : 2]);
    }
  });

  const perScenario = goldenSegments();
  const golden = perScenario.flat();
  it('golden segments: both forms decode to the same segments, which are the segments built', () => {
    expect(golden.length).toBeGreaterThan(1000);
    let n = 0;
    let messageBytes = 0;
    let columnBytes = 0;
    for (const b of perScenario.flatMap((segs) => batchesOf(segs, 25))) {
      const d = bothForms(b);
      expect(d.columns).toStrictEqual(d.message);
      expect(d.columns).toEqual(b);
      n += d.columns.length;
      messageBytes += d.messageBytes;
      columnBytes += d.columnBytes;
    }
    expect(n).toBe(golden.length);
    // the flat form is also smaller on the wire
    expect(columnBytes).toBeLessThan(messageBytes);
  });

  it('perturbed segments (IPv6, far times, drops, reasons, route errors, given conntrack, foreign nodes) round-trip', () => {
    const r = rng(11);
    const perturbed = perScenario.map((segs) => segs.slice(0, 300).map((s) => perturb(s, r)));
    const total = perturbed.flat().length;
    expect(total).toBeGreaterThan(2000);
    let n = 0;
    const present = new Set<string>();
    // batches of one node, and batches that mix nodes (a segment of another node than the batch's)
    const mixedNodes = (segs: Segment[]): Segment[][] => Array.from({ length: Math.ceil(segs.length / 5) }, (_, i) => segs.slice(5 * i, 5 * i + 5));
    for (const cut of [(x: Segment[]) => batchesOf(x, 1), (x: Segment[]) => batchesOf(x, 40), mixedNodes]) {
      for (const b of perturbed.flatMap(cut)) {
        const d = bothForms(b);
        for (const k of d.present) present.add(k);
        expect(d.columns).toStrictEqual(d.message);
        expect(d.columns).toEqual(b);
        n += b.length;
      }
    }
    expect(n).toBe(3 * total);
    // every column carried something somewhere (but whole seconds between starts: below)
    expect(COLUMN_FIELDS.map((f) => f.name).filter((k) => !present.has(k))).toEqual(['segStartSec']);
  });

  it('segments a year apart in one batch (other clock offsets): the columns stay exact', () => {
    const mixed = batchesOf(golden, 60);
    let n = 0;
    const present = new Set<string>();
    for (const b of mixed) {
      const d = bothForms(b);
      expect(d.columns).toEqual(b);
      for (const k of d.present) present.add(k);
      n += b.length;
    }
    expect(present.has('segStartSec') && present.has('segFirstMono')).toBe(true);
    expect(n).toBe(golden.length);
    expect(new Set(golden.map((s) => s.startNs.slice(0, 4))).size).toBeGreaterThan(1); // they are far apart
  });

  it("the writer's bytes are protobufjs' own encoding of the same columns (it writes them field by field from the schema)", () => {
    const byNode = new Map<string, Segment[]>();
    for (const s of golden) byNode.set(s.node, [...(byNode.get(s.node) ?? []), s]);
    for (const segs of byNode.values()) {
      const t = new SegmentTables(segs[0]!.node);
      const w = new SegmentColumnsWriter();
      for (const s of segs) w.add(s, t);
      const bytes = w.finish();
      expect(Buffer.from(pb.SegmentColumns.encode(pb.SegmentColumns.decode(bytes)).finish())).toEqual(Buffer.from(bytes));
    }
  });

  it('a segment that cannot be encoded leaves the columns as they were', () => {
    const [a, b] = golden;
    const t = new SegmentTables(a!.node);
    const w = new SegmentColumnsWriter();
    w.add(a!, t);
    const bad = structuredClone(b!);
    bad.node = a!.node;
    bad.hops[bad.hops.length - 1]!.packet = { ...bad.hops[bad.hops.length - 1]!.packet, src: 'not-an-address', ttl: 1 };
    expect(() => w.add(bad, t)).toThrow(/packet\.src/);
    w.add(a!, t);
    expect(w.count).toBe(2);
    const got = segmentsFromColumns(w.finish(), t.strings, t.places, a!.node, t.monoOffset?.toString());
    expect(got).toEqual([a, a]);
  });

  describe('malformed columns are refused by name, with the number of segments they held', () => {
    const seg = golden.find((s) => s.nats.length > 0 && s.routes.length > 0)!;
    const t = new SegmentTables(seg.node);
    const w = new SegmentColumnsWriter();
    w.add(seg, t);
    w.add(seg, t);
    const good = w.finish();
    const read = (bytes: Uint8Array, strings = t.strings): unknown => segmentsFromColumns(bytes, strings, t.places, seg.node, t.monoOffset?.toString());
    const refused = (bytes: Uint8Array, why: RegExp, segments: number, strings?: string[]): void => {
      let err: unknown;
      try {
        read(bytes, strings);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(ColumnsError);
      expect((err as ColumnsError).message).toMatch(why);
      expect((err as ColumnsError).segments).toBe(segments);
    };
    const edited = (f: (m: packetlife.v1.SegmentColumns) => void): Uint8Array => {
      const m = pb.SegmentColumns.decode(good);
      f(m);
      return pb.SegmentColumns.encode(m).finish();
    };
    it('reads the good one', () => {
      expect(read(good)).toEqual([seg, seg]);
    });
    it('a column of the wrong length', () => {
      refused(edited((m) => m.hopPlaceDir.pop()), /^segment_columns\.hop_place_dir: 5 values for 6 hops$/, 2);
    });
    it('a truncated batch', () => {
      refused(good.subarray(0, good.length - 3), /^segment_columns(\.[a-z_0-9]+)?: /, 0);
    });
    it('a string ref out of range', () => {
      refused(good, /string ref \d+ is not in the batch's 2 strings/, 2, t.strings.slice(0, 2));
    });
    it('a place out of range', () => {
      refused(edited((m) => (m.hopPlaceDir[1] = 2 * 99)), /^hop\.place: place 99 is not in the batch's \d+ places$/, 2);
    });
    it('an address out of range', () => {
      refused(edited((m) => (m.pktSrc = m.hopChange.filter((x) => x & 1).map(() => 77))), /^segment_columns\.pkt_src: address 77 is not in the batch's \d+$/, 2);
    });
    it('a first hop without a packet', () => {
      refused(edited((m) => (m.hopChange[0] = 0)), /its first hop has no packet|values for/, 2);
    });
    it('a shape out of range', () => {
      refused(edited((m) => (m.segShape[1] = 46)), /shape 46 is out of range$/, 2);
    });
    it('a column with the wrong wire type', () => {
      // seg_hops (2) as fixed32
      const bad = new Uint8Array([...good, (2 << 3) | 5, 1, 0, 0, 0]);
      refused(bad, /^segment_columns\.seg_hops: wire type 5$/, 0);
    });
    it('counts beyond what the bytes can hold', () => {
      refused(edited((m) => (m.segCts[0] = 1_000_000)), /^segment_columns: \d+ segment conntrack entries in \d+ bytes is not a batch a writer makes$/, 2);
    });
    it('an unknown (newer) column is skipped', () => {
      const withUnknown = new Uint8Array([...good, 0xc0, 0x0c, 5]); // field 200, varint 5
      expect(read(withUnknown)).toEqual([seg, seg]);
    });
  });
});


describe('wall times from seconds and nanoseconds', () => {
  it('are the double Number() makes of their decimal text, at every magnitude (both decoders use them instead of parsing)', () => {
    let seed = 7;
    const rnd = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const secs = [0, 1, 65535, 65536, 65537, 1_732_900_000, 2 ** 31 - 1, 2 ** 32, 18_446_744_073];
    for (let k = 0; k < 2000; k++) secs.push(rnd(2) === 0 ? 1_700_000_000 + rnd(100_000_000) : rnd(2 ** 31) * 8 + rnd(8));
    for (const sec of secs) {
      for (const frac of [0, 1, 999_999_999, rnd(1e9), rnd(1e9)]) {
        const text = sec === 0 ? String(frac) : `${sec}${String(frac).padStart(9, '0')}`;
        expect(wallNs(sec, frac)).toBe(Number(text));
      }
    }
  });
});

function protobufTag(bytes: Uint8Array): { no: number; wireType: number } {
  let v = 0;
  let mul = 1;
  for (const b of bytes) {
    v += (b & 0x7f) * mul;
    if (b < 0x80) break;
    mul *= 128;
  }
  return { no: Math.floor(v / 8), wireType: v % 8 };
}
