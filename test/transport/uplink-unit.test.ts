import { describe, expect, it } from 'vitest';
import { BatchBuilder } from '../../agent/uplink-batch.js';
import { UnackedQueue } from '../../agent/uplink-queue.js';
import { backoffDelay } from '../../agent/uplink.js';
import { bearerChecker } from '../../collector/ingest-auth.js';
import { TokenBucket } from '../../collector/ingest-ratelimit.js';
import { decodeAgentFrame, eventFromProto, longToDecimal, toNumber } from '../../proto/codec.js';
import { eventIndex, makeEvent } from '../../fixtures/events.js';
import { AgentSegments } from '../../agent/segments.js';
import { N75, allWalks, labModel } from '../../fixtures/walks.js';
import { segmentsFromProto } from '../../proto/segment-codec.js';
import { segmentsFromColumns } from '../../proto/segment-columns-read.js';

function frame(seq: number, bytes: number, events = 10): { seq: number; frame: Uint8Array; events: number } {
  return { seq, frame: new Uint8Array(bytes), events };
}

describe('UnackedQueue', () => {
  it('frees everything up to an acked seq, in order', () => {
    const q = new UnackedQueue(1000);
    for (let s = 1; s <= 5; s++) q.push(frame(s, 100));
    expect(q.ackUpTo(3)).toBe(300);
    expect([q.oldestSeq, q.newestSeq, q.length, q.bytes]).toEqual([4, 5, 2, 200]);
    expect(q.get(3)).toBeUndefined();
    expect(q.get(5)?.seq).toBe(5);
    expect(q.ackUpTo(99)).toBe(200);
    expect([q.oldestSeq, q.length, q.bytes]).toEqual([undefined, 0, 0]);
  });

  it('drops the oldest batches, and only as many as needed, past the byte budget', () => {
    const q = new UnackedQueue(1000);
    for (let s = 1; s <= 4; s++) expect(q.push(frame(s, 250, s))).toEqual({ batches: 0, events: 0 });
    // 1000 bytes held; a 300-byte batch needs two 250-byte ones gone: seqs 1 and 2 (1 + 2 events)
    expect(q.push(frame(5, 300, 7))).toEqual({ batches: 2, events: 3 });
    expect([q.oldestSeq, q.newestSeq, q.bytes]).toEqual([3, 5, 800]);
    expect(q.dropOldestFor(450)).toEqual({ batches: 1, events: 3 });
    expect(q.oldestSeq).toBe(4);
  });

  it('refuses a batch out of sequence, and stays O(1) over many pushes', () => {
    const q = new UnackedQueue(10_000);
    q.push(frame(1, 10));
    expect(() => q.push(frame(3, 10))).toThrow(/batch seq 3 does not follow 1/);
    for (let s = 2; s <= 50_000; s++) {
      q.push(frame(s, 10));
      if (s % 7 === 0) q.ackUpTo(s - 3);
    }
    expect(q.newestSeq).toBe(50_000);
    expect(q.get(q.oldestSeq ?? 0)?.seq).toBe(q.oldestSeq);
    expect(q.get(49_999)?.seq).toBe(49_999);
  });
});

describe('BatchBuilder', () => {
  it('writes a frame the generated decoder reads as an EventBatch with every event, seq and counters', () => {
    const b = new BatchBuilder();
    for (let i = 0; i < 3; i++) b.add(makeEvent(i));
    expect(b.count).toBe(3);
    const before = b.bytes;
    const bytes = b.seal(42, { queueDroppedEvents: 5, queueDroppedBatches: 1, encodeErrors: 2 }, 1_790_000_000_123_456_789n);
    expect(bytes.length).toBeGreaterThan(before);
    expect(bytes.length).toBeLessThan(before + 64);
    const f = decodeAgentFrame(bytes);
    if (f.type !== 'events') throw new Error(`decoded ${f.type}`);
    expect(toNumber(f.events.seq)).toBe(42);
    expect(longToDecimal(f.events.sentUnixNs)).toBe('1790000000123456789');
    expect(toNumber(f.events.loss?.queueDroppedEvents)).toBe(5);
    expect(toNumber(f.events.loss?.queueDroppedBatches)).toBe(1);
    expect(toNumber(f.events.loss?.encodeErrors)).toBe(2);
    expect(f.events.events.map((e) => eventFromProto(e))).toEqual([makeEvent(0), makeEvent(1), makeEvent(2)]);
    expect(b.count).toBe(0); // ready for the next batch
  });

  it('leaves the batch untouched when an event cannot be encoded', () => {
    const b = new BatchBuilder();
    b.add(makeEvent(1));
    const bytes = b.bytes;
    expect(() => b.add({ ...makeEvent(2), skb: 'not-a-number' })).toThrow(/skb/);
    expect([b.count, b.bytes]).toEqual([1, bytes]);
    const f = decodeAgentFrame(b.seal(1, {}, 0n));
    expect(f.type === 'events' && f.events.events.map((e) => eventIndex(eventFromProto(e)))).toEqual([1]);
  });
});

describe('BatchBuilder segments: message form, or columns for a collector that reads them', () => {
  it('writes one form per batch; a switch with segments pending applies from the next batch', () => {
    const agent = new AgentSegments(N75);
    agent.setTopology(JSON.stringify(labModel().data()));
    const segs = [...agent.push(allWalks(5_000_000_000n, 0).flatMap((w) => w.events).filter((e) => e.node === N75)), ...agent.flush()];
    expect(segs.length).toBe(4);
    const b = new BatchBuilder();
    const read = (frame: Uint8Array): { message: number; columns: number; segments: unknown[] } => {
      const d = decodeAgentFrame(frame);
      if (d.type !== 'events') throw new Error('not a batch');
      const e = d.events;
      const fromMessage = e.segments.length > 0 ? segmentsFromProto(e.segments, e.strings, e.places, e.cts, N75, e.monoOffsetNs) : [];
      const fromColumns = e.segmentColumns.length > 0 ? segmentsFromColumns(e.segmentColumns, e.strings, e.places, N75, e.monoOffsetNs) : [];
      return { message: fromMessage.length, columns: fromColumns.length, segments: [...fromMessage, ...fromColumns] };
    };
    b.addSegment(segs[0]!);
    b.useColumns(true); // a segment is pending: the message form until the seal
    b.addSegment(segs[1]!);
    const first = read(b.seal(1, {}, 0n));
    b.addSegment(segs[2]!);
    b.addSegment(segs[3]!);
    const bytesWithColumns = b.bytes;
    const second = read(b.seal(2, {}, 0n));
    expect([first.message, first.columns, second.message, second.columns]).toEqual([2, 0, 0, 2]);
    expect([...first.segments, ...second.segments]).toEqual(segs);
    expect(bytesWithColumns).toBeGreaterThan(0);
    b.useColumns(false); // no segment pending: at once
    b.addSegment(segs[0]!);
    expect(read(b.seal(3, {}, 0n)).message).toBe(1);
  });
});

describe('backoffDelay', () => {
  it('grows exponentially to the cap, half fixed and half jitter', () => {
    expect(backoffDelay(0, 100, 5000, () => 0)).toBe(50);
    expect(backoffDelay(0, 100, 5000, () => 1)).toBe(100);
    expect(backoffDelay(3, 100, 5000, () => 0.5)).toBe(600);
    expect(backoffDelay(10, 100, 5000, () => 0)).toBe(2500);
    expect(backoffDelay(1000, 100, 5000, () => 1)).toBe(5000);
  });
});

describe('TokenBucket', () => {
  it('admits a burst, then refuses until refilled at the configured rate', () => {
    const b = new TokenBucket(1000, 500);
    expect(b.admit(300, 0)).toBe(true); // 200 left
    expect(b.admit(300, 0)).toBe(true); // -100: a batch larger than what is left still passes once
    expect(b.admit(1, 0)).toBe(false);
    expect(b.admit(1, 100)).toBe(false); // +100 → 0: still not positive
    expect(b.admit(1, 101)).toBe(true); // +1 → 1
    expect(b.admit(1, 10_000)).toBe(true); // refill capped at the burst
    expect(() => new TokenBucket(0)).toThrow(/eventsPerSecond must be > 0/);
  });
});

describe('bearerChecker', () => {
  it('accepts only a listed token in a Bearer header', () => {
    const ok = bearerChecker(['s3cret', 'other']);
    expect(ok('Bearer s3cret')).toBe(true);
    expect(ok('bearer other')).toBe(true);
    expect(ok('Bearer s3cre')).toBe(false);
    expect(ok('Basic s3cret')).toBe(false);
    expect(ok(undefined)).toBe(false);
    expect(bearerChecker([])(undefined)).toBe(true);
    expect(() => bearerChecker([' '])).toThrow(/empty bearer token/);
  });
});
