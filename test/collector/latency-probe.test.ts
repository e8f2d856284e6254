/**
 * collector/latency-probe.ts: with a probe, each trace says when its segments were sealed,
 * received and handed to the correlator, and what finished it; without one, traces carry nothing.
 */
import { describe, expect, it } from 'vitest';
import { Correlator } from '../../collector/correlate/correlator.js';
import type { Segment } from '../../collector/correlate/segment.js';
import { LatencyProbe } from '../../collector/latency-probe.js';
import type { Trace } from '../../collector/trace-model.js';
import { AgentSegments } from '../../agent/segments.js';
import { N49, N75, allWalks, labModel } from './walks.js';

/** The segments the agents of both nodes build for the first walk from ip-10-0-0-75 to ip-10-0-0-49. */
function segmentsOfOneWalk(): { a: Segment[]; b: Segment[]; end: number } {
  const walk = allWalks(5_000_000_000n, 0).find((w) => w.events.some((e) => e.node === N75) && w.events.some((e) => e.node === N49) && w.events.every((e) => e.node === N75 || e.node === N49))!;
  const end = Math.max(...walk.events.map((e) => Number(e.wallUnixNs)));
  const json = JSON.stringify(labModel().data());
  const build = (node: string): Segment[] => {
    const s = new AgentSegments(node);
    s.setTopology(json);
    return [...s.push(walk.events.filter((e) => e.node === node)), ...s.watermark(end + 100e6, end + 100e6)];
  };
  return { a: build(N75), b: build(N49), end };
}

function correlator(probe: LatencyProbe | undefined, traces: Trace[]): Correlator {
  const c = new Correlator({ topology: labModel(), onTrace: (t) => traces.push(t), ...(probe ? { probe } : {}) });
  for (const n of [N75, N49]) c.useWatermarks(n);
  return c;
}

describe('latency probe', () => {
  it('a trace finished by its last segment carries each segment’s stages', () => {
    const { a, b } = segmentsOfOneWalk();
    expect([a.length, b.length]).toEqual([1, 1]);
    const probe = new LatencyProbe();
    const traces: Trace[] = [];
    const c = correlator(probe, traces);
    probe.pushed(a[0]!, 1_000, 2_000);
    c.pushSegment(a[0]!);
    expect(traces).toHaveLength(0); // waits for ip-10-0-0-49
    probe.pushed(b[0]!, 3_000, 4_000);
    c.pushSegment(b[0]!);
    expect(traces).toHaveLength(1);
    const t = traces[0]!.timing!;
    expect(t.finishedBy).toBe('segment');
    expect(t.segments.map((s) => [s.node, s.lastEventNs, s.sentNs, s.receivedNs])).toEqual([
      [N75, a[0]!.lastWall, 1_000, 2_000],
      [N49, b[0]!.lastWall, 3_000, 4_000],
    ]);
    expect(t.segments[1]!.pushedNs).toBeLessThanOrEqual(t.finishedNs);
    expect(t.segments[0]!.pushedNs).toBeLessThanOrEqual(t.segments[1]!.pushedNs);
  });

  it('a trace given up on a watermark says so', () => {
    const { a, end } = segmentsOfOneWalk();
    const probe = new LatencyProbe();
    const traces: Trace[] = [];
    const c = correlator(probe, traces);
    probe.pushed(a[0]!, 1_000, 2_000);
    c.pushSegment(a[0]!);
    c.advanceWatermark(N49, end + 1e9);
    expect(traces.map((t) => [t.verdict, t.timing?.finishedBy])).toEqual([['incomplete', 'watermark']]);
  });

  it('without a probe, traces carry no timing', () => {
    const { a, b } = segmentsOfOneWalk();
    const traces: Trace[] = [];
    const c = correlator(undefined, traces);
    c.pushSegment(a[0]!);
    c.pushSegment(b[0]!);
    expect(traces).toHaveLength(1);
    expect('timing' in traces[0]!).toBe(false);
  });
});
