/**
 * bench/node-batches.ts — the reference walks cut into per-node agent batches, for any build's
 * walks: bench/segments-vs-filed.ts cuts the walks of an older build (loaded from its dist at run
 * time, its own event type) exactly as bench/segments-throughput.ts's batches() cuts today's, so
 * both collectors read the same recorded stream. test/bench/node-batches.test.ts holds the two to
 * the same cut.
 *
 *   nodeBatches(allWalks, rounds, batchRounds): NodeBatchOf<E>[]
 *       round r is allWalks(5 s + r × 20 ms, r); every `batchRounds` rounds, one batch per node in
 *       the order the nodes first appear, its events in stream order, its watermark the latest
 *       event time (wall ns) in it
 *   sameCut(a, b): string | undefined   the first difference in nodes, event counts and
 *       watermarks between two cuts, or undefined when they agree
 */

/** What the cut needs of an event: every build's PacketEvent has these. */
export interface WalkEvent {
  node: string;
  wallUnixNs: bigint;
}

export type WalksOf<E extends WalkEvent> = (start: bigint, round: number) => readonly { events: readonly E[] }[];

export interface NodeBatchOf<E extends WalkEvent> {
  node: string;
  events: E[];
  watermark: number;
}

/** Where round 0 starts and how far apart rounds are (ns), as bench/segments-throughput.ts has them. */
const START_NS = 5_000_000_000n;
const ROUND_NS = 20_000_000n;

export function nodeBatches<E extends WalkEvent>(walks: WalksOf<E>, rounds: number, batchRounds: number): NodeBatchOf<E>[] {
  const out: NodeBatchOf<E>[] = [];
  for (let r0 = 0; r0 < rounds; r0 += batchRounds) {
    const perNode = new Map<string, NodeBatchOf<E>>();
    for (let r = r0; r < Math.min(rounds, r0 + batchRounds); r++) {
      for (const w of walks(START_NS + BigInt(r) * ROUND_NS, r)) {
        for (const e of w.events) {
          let b = perNode.get(e.node);
          if (!b) perNode.set(e.node, (b = { node: e.node, events: [], watermark: 0 }));
          b.events.push(e);
          const wall = Number(e.wallUnixNs);
          if (wall > b.watermark) b.watermark = wall;
        }
      }
    }
    out.push(...perNode.values());
  }
  return out;
}

export function sameCut(a: readonly NodeBatchOf<WalkEvent>[], b: readonly NodeBatchOf<WalkEvent>[]): string | undefined {
  if (a.length !== b.length) return `${a.length} batches vs ${b.length}`;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.node !== y.node || x.events.length !== y.events.length || x.watermark !== y.watermark) {
      return `batch ${i}: ${x.node} ${x.events.length} events to ${x.watermark} vs ${y.node} ${y.events.length} events to ${y.watermark}`;
    }
  }
  return undefined;
}
