/**
 * collector/latency-probe.ts — where a trace's packet → trace latency goes, stage by stage, for
 * benchmarks (bench/e2e-latency.ts, bench/load-traces.ts). Off unless PACKETLIFE_TRACE_TIMING=1:
 * then every finished trace carries `timing` (Trace.timing), and the stream shows it.
 *
 * Per segment: its last event (the agent's clock), when the agent sealed the batch that carried
 * it, when the frame came off the socket, when it reached the correlator; per trace: when it was
 * finished and by what (a segment completing it, a watermark passing its window, the tick). All
 * clocks are wall clocks of one machine in the lab, so the differences are the stages' times.
 *
 * Kept beside the segments (a WeakMap), not in them: the hot path's objects keep their shape.
 */
import type { Segment } from './correlate/segment.js';
import type { TraceTiming } from './trace-model.js';

export type FinishCause = TraceTiming['finishedBy'];

interface SegmentTiming {
  sentNs: number;
  receivedNs: number;
  pushedNs: number;
}

export function traceTimingEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.PACKETLIFE_TRACE_TIMING === '1';
}

export function wallNowNs(): number {
  return (performance.timeOrigin + performance.now()) * 1e6;
}

export class LatencyProbe {
  private readonly segs = new WeakMap<Segment, SegmentTiming>();
  /** What the correlator is doing now: what finishes a trace if one is finished. */
  cause: FinishCause = 'segment';

  /** A segment of a batch the agent sealed at sentNs, received at receivedNs, handed to the correlator now. */
  pushed(seg: Segment, sentNs: number, receivedNs: number): void {
    this.segs.set(seg, { sentNs, receivedNs, pushedNs: wallNowNs() });
  }

  /** The timing of a trace finished now from these segments. */
  timing(segments: readonly Segment[]): TraceTiming {
    return {
      finishedNs: Math.round(wallNowNs()),
      finishedBy: this.cause,
      segments: segments.map((s) => {
        const t = this.segs.get(s);
        return { node: s.node, lastEventNs: s.lastWall, sentNs: t?.sentNs ?? 0, receivedNs: Math.round(t?.receivedNs ?? 0), pushedNs: Math.round(t?.pushedNs ?? 0) };
      }),
    };
  }
}
