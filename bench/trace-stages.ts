/**
 * bench/trace-stages.ts — where a trace's packet → trace latency went, from the timing the
 * collector attaches with PACKETLIFE_TRACE_TIMING=1 (collector/latency-probe.ts), along the
 * trace's last segment to reach the correlator: that segment decided when the trace could finish.
 */
import type { Trace } from '../collector/trace-model.js';

export interface Stages {
  travel: number; // first hop → that segment's last event
  agent: number; // its last event → the agent sealed its batch (bpftrace output, watermark, chain idle, batching)
  wire: number; // sealed → off the collector's socket
  ingest: number; // off the socket → into the correlator (decode, turn budget, backlog)
  wait: number; // into the correlator → the trace finished (stitch wait for other nodes' watermarks)
  stream: number; // finished → on the stream client
}
export const STAGES: ReadonlyArray<keyof Stages> = ['travel', 'agent', 'wire', 'ingest', 'wait', 'stream'];

/** The stages of one trace (ms); `nowNs`: when it came off the stream (wall ns). */
export function stagesOf(t: Trace, nowNs: number): Stages | undefined {
  const tm = t.timing;
  const first = t.hops[0];
  if (!tm || tm.segments.length === 0 || !first) return undefined;
  let last = tm.segments[0]!;
  for (const s of tm.segments) if (s.pushedNs > last.pushedNs) last = s;
  if (last.sentNs === 0) return undefined;
  const ms = (a: number, b: number): number => Math.round((b - a) / 1e4) / 100;
  return {
    travel: ms(Number(first.timeNs), last.lastEventNs),
    agent: ms(last.lastEventNs, last.sentNs),
    wire: ms(last.sentNs, last.receivedNs),
    ingest: ms(last.receivedNs, last.pushedNs),
    wait: ms(last.pushedNs, tm.finishedNs),
    stream: ms(tm.finishedNs, nowNs),
  };
}

function q(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round((s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN) * 10) / 10;
}

export interface StageSummary {
  n: number;
  /** p50 / p99 of each stage over all traces. */
  p50: Record<string, number>;
  p99: Record<string, number>;
  /** Each stage's median over the slowest 2% of traces (by total latency): where the p99 goes. */
  slowest: Record<string, number>;
  finishedBy: Record<string, number>;
  /**
   * When in the run the traces over SLOW_MS were sent (whole seconds since the run's start, by
   * their first hop): the seconds with most of them, each with how many of its traces were slow
   * and the stage that took most of their time. A tail from one episode (a stall, a warm-up)
   * reads differently from one spread over the whole run.
   */
  slowSeconds: Array<{ s: number; slow: number; of: number; stage: string }>;
}

/** What the slow-seconds view counts as slow: the issue's packet → trace target. */
export const SLOW_MS = 500;

export function summarizeStages(xs: Array<{ totalMs: number; stages: Stages; finishedBy: string; atS?: number }>): StageSummary {
  const slow = [...xs].sort((a, b) => a.totalMs - b.totalMs).slice(Math.floor(xs.length * 0.98));
  const finishedBy: Record<string, number> = {};
  for (const x of xs) finishedBy[x.finishedBy] = (finishedBy[x.finishedBy] ?? 0) + 1;
  const per = (f: (k: keyof Stages) => number): Record<string, number> => Object.fromEntries(STAGES.map((k) => [k, f(k)]));
  return {
    n: xs.length,
    p50: per((k) => q(xs.map((x) => x.stages[k]), 0.5)),
    p99: per((k) => q(xs.map((x) => x.stages[k]), 0.99)),
    slowest: per((k) => q(slow.map((x) => x.stages[k]), 0.5)),
    finishedBy,
    slowSeconds: slowSecondsOf(xs),
  };
}

function slowSecondsOf(xs: Array<{ totalMs: number; stages: Stages; atS?: number }>): StageSummary['slowSeconds'] {
  const per = new Map<number, { slow: number; of: number; time: Record<string, number> }>();
  for (const x of xs) {
    if (x.atS === undefined) continue;
    const s = Math.floor(x.atS);
    let e = per.get(s);
    if (!e) per.set(s, (e = { slow: 0, of: 0, time: {} }));
    e.of++;
    if (x.totalMs <= SLOW_MS) continue;
    e.slow++;
    for (const k of STAGES) e.time[k] = (e.time[k] ?? 0) + x.stages[k];
  }
  return [...per.entries()]
    .filter(([, e]) => e.slow > 0)
    .sort((a, b) => b[1].slow - a[1].slow || a[0] - b[0])
    .slice(0, 5)
    .map(([s, e]) => ({ s, slow: e.slow, of: e.of, stage: STAGES.reduce((m, k) => ((e.time[k] ?? 0) > (e.time[m] ?? 0) ? k : m), STAGES[0]!) }));
}

export function stageLines(name: string, s: StageSummary): string[] {
  return [
    `stages ${name}, ${s.n} traces (p50 / p99 ms; median over the slowest 2%):`,
    ...STAGES.map((k) => `  ${k.padEnd(7)} ${s.p50[k]} / ${s.p99[k]}   slowest ${s.slowest[k]}`),
    `  finished by: ${Object.entries(s.finishedBy).map(([c, n]) => `${c} ${n}`).join(', ')}`,
    `  over ${SLOW_MS} ms, by second of the run (slow/all, stage that took most): ${s.slowSeconds.map((x) => `s${x.s} ${x.slow}/${x.of} (${x.stage})`).join(', ') || 'none'}`,
  ];
}

/** The agents' own account (agent/latency-probe.ts, PACKETLIFE_AGENT_TIMING=1): the last "agent latency" line of each log. */
export function agentLatencyOf(logFiles: Array<{ node: string; file: string }>, read: (file: string) => string): Array<{ node: string; read?: unknown; watermark?: unknown; closed?: unknown; stalls?: Array<{ atMs: number; ms: number }> }> {
  return logFiles.map(({ node, file }) => {
    let last: { read?: unknown; watermark?: unknown; closed?: unknown; stalls?: Array<{ atMs: number; ms: number }> } = {};
    try {
      for (const line of read(file).split('\n')) {
        if (!line.includes('"agent latency"')) continue;
        try {
          last = JSON.parse(line) as typeof last;
        } catch {
          // a torn line
        }
      }
    } catch {
      // no log
    }
    return { node, read: last.read, watermark: last.watermark, closed: last.closed, stalls: last.stalls ?? [] };
  });
}

export function agentLatencyLines(xs: ReturnType<typeof agentLatencyOf>): string[] {
  const f = (v: unknown): string => {
    const q = v as { n: number; p50: number; p99: number; max: number } | undefined;
    return q ? `${q.p50}/${q.p99}/${q.max}` : '-';
  };
  return ['agents (p50/p99/max ms): event → read, watermark trail, last event → segment closed', ...xs.map((x) => `  ${x.node.padEnd(14)} read ${f(x.read)}  watermark ${f(x.watermark)}  closed ${f(x.closed)}  loop stalls > 100 ms: ${(x.stalls ?? []).map((s) => `${new Date(s.atMs).toISOString().slice(11, 23)} ${s.ms} ms`).join(', ') || 'none'}`)];
}
