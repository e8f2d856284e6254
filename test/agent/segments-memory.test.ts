/**
 * The agent's segment builder keeps only the chains still open: a node closed by watermarks
 * alone (an agent's; the collector's tick never looks at it) must not keep every chain it ever
 * had in its creation-order queue, with their events.
 */
import { describe, expect, it } from 'vitest';
import { AgentSegments } from '../../agent/segments.js';
import { N75, allWalks, labModel } from '../../fixtures/walks.js';
import type { NodeChains } from '../../collector/correlate/chains.js';

/** fixtures/walks.ts: an event's wall time is its monotonic time plus this. */
const WALL_OFFSET = 1_764_000_000_000_000_000n;

describe('AgentSegments memory', () => {
  it('holds no closed chain, nor its events, once the watermark has passed it', () => {
    const s = new AgentSegments(N75);
    s.setTopologyData(labModel().data());
    let segments = 0;
    const rounds = 3000;
    for (let r = 0; r < rounds; r++) {
      const t = 5_000_000_000n + BigInt(r) * 20_000_000n;
      const events = allWalks(t, r).flatMap((w) => w.events.filter((e) => e.node === N75));
      segments += s.push(events).length;
      // every event of the round pushed: the agent's watermark is past them
      const wall = Number(WALL_OFFSET + t) + 19_000_000;
      segments += s.watermark(wall, wall).length;
    }
    // @ts-expect-error private: what the builder holds
    const node = s.correlator.nodes.get(N75) as NodeChains;
    const held = node.queue.length;
    expect(segments).toBe(rounds * 4 - 4); // 4 chains a round on this node; the last round still open
    expect(node.openChains).toBe(4); // the last round's
    // the queue is compacted once more than 64 closed chains lead it (chains.ts peek)
    expect(held).toBeLessThanOrEqual(65 + 8);
    // a closed chain still in the queue has let go of its events (correlator.ts closeChain)
    expect(node.queue.filter((c) => c.closed && c.events.length > 0).length).toBe(0);
    expect(s.counters().chainsClosed).toBe(segments);
  });
});
