/**
 * The per-node batching of bench/node-batches.ts, with which bench/segments-vs-filed.ts cuts the
 * issue-filing build's walks and bench/segments-throughput.ts today's (both collectors must read
 * the same recorded stream): the cut itself on a made-up stream, and the reference walks' cut.
 */
import { describe, expect, it } from 'vitest';
import { nodeBatches, sameCut, type WalkEvent } from '../../bench/node-batches.js';
import { allWalks } from '../../fixtures/walks.js';

/** Two walks a round: one over nodes a then b, one over b only; event times (start + k µs). */
function made(start: bigint, round: number): { events: (WalkEvent & { id: string })[] }[] {
  const e = (node: string, k: number): WalkEvent & { id: string } => ({ node, wallUnixNs: start + BigInt(k) * 1000n, id: `${round}.${k}` });
  return [{ events: [e('a', 0), e('b', 3), e('a', 1)] }, { events: [e('b', 2)] }];
}

describe('nodeBatches', () => {
  it('cuts every batchRounds rounds, one batch per node in first-seen order, events in stream order, the latest event time as watermark', () => {
    const got = nodeBatches(made, 5, 2).map((b) => ({ node: b.node, ids: b.events.map((e) => e.id), watermark: b.watermark }));
    // round r starts at 5 s + r × 20 ms
    const at = (r: number, k: number): number => 5e9 + r * 20e6 + k * 1000;
    expect(got).toEqual([
      { node: 'a', ids: ['0.0', '0.1', '1.0', '1.1'], watermark: at(1, 1) },
      { node: 'b', ids: ['0.3', '0.2', '1.3', '1.2'], watermark: at(1, 3) },
      { node: 'a', ids: ['2.0', '2.1', '3.0', '3.1'], watermark: at(3, 1) },
      { node: 'b', ids: ['2.3', '2.2', '3.3', '3.2'], watermark: at(3, 3) },
      { node: 'a', ids: ['4.0', '4.1'], watermark: at(4, 1) },
      { node: 'b', ids: ['4.3', '4.2'], watermark: at(4, 3) },
    ]);
  });

  it('cuts the reference walks into these batches', () => {
    const ours = nodeBatches(allWalks, 25, 10);
    // the watermarks: the latest event time (wall ns, exact as a bigint) as a number
    expect(ours.map((b) => [b.node, b.events.length, b.watermark])).toEqual([
      ['ip-10-0-0-49', 270, Number(1764000005192011000n)],
      ['ip-10-0-0-75', 210, Number(1764000005188040000n)],
      ['ip-10-0-1-228', 150, Number(1764000005188071000n)],
      ['ip-10-0-0-49', 270, Number(1764000005392011000n)],
      ['ip-10-0-0-75', 210, Number(1764000005388040000n)],
      ['ip-10-0-1-228', 150, Number(1764000005388071000n)],
      ['ip-10-0-0-49', 135, Number(1764000005492011000n)],
      ['ip-10-0-0-75', 105, Number(1764000005488040000n)],
      ['ip-10-0-1-228', 75, Number(1764000005488071000n)],
    ]);
  });
});

describe('sameCut', () => {
  const cut = nodeBatches(made, 4, 2);
  it('names the first batch that differs in node, event count or watermark', () => {
    expect(sameCut(cut, nodeBatches(made, 4, 2))).toBeUndefined();
    expect(sameCut(cut, nodeBatches(made, 3, 2))).toBe(`batch 2: a 4 events to ${5e9 + 3 * 20e6 + 1000} vs a 2 events to ${5e9 + 2 * 20e6 + 1000}`);
    expect(sameCut(cut, nodeBatches(made, 2, 2))).toBe('4 batches vs 2');
    const moved = cut.map((b, i) => (i === 1 ? { ...b, watermark: b.watermark + 1 } : b));
    expect(sameCut(cut, moved)).toBe(`batch 1: b 4 events to ${5e9 + 20e6 + 3000} vs b 4 events to ${5e9 + 20e6 + 3001}`);
  });
});
