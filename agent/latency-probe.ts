/**
 * agent/latency-probe.ts — where the agent's part of packet → trace latency goes, for benchmarks.
 * Off unless PACKETLIFE_AGENT_TIMING=1: then the agent logs, every 5 s and when it stops, the
 * quantiles (ms) since it started of
 *   read       an event's time → the agent read its line (bpftrace's buffers and stdout)
 *   watermark  the watermark's time → the agent saw it move (how far the node's watermark trails)
 *   closed     a segment's last event → the segment was closed (chain idle time, watermark)
 * and the turns of its event loop that came more than 100 ms late ("agent latency", info). The collector's probe (collector/latency-probe.ts) gives the rest:
 * the segment's last event → its batch sealed, and onwards.
 */
import type { Logger } from 'pino';
import type { PacketEvent } from '../common/event.js';
import type { Segment } from '../collector/correlate/segment.js';

export function agentTimingEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.PACKETLIFE_AGENT_TIMING === '1';
}

// 20k samples leave 200 above the p99; a report sorts a copy of each reservoir, and it must stay
// short: sorting 100k boxed numbers with a comparator took 100-600 ms a report under the load
// bench, every 5 s on every agent at once, which showed up as the very latency it measures.
const MAX_SAMPLES = 20_000;

/** A bounded uniform sample (reservoir) of a quantity, in ms. */
class Reservoir {
  private readonly xs = new Float64Array(MAX_SAMPLES);
  private seen = 0;

  add(ms: number): void {
    const i = this.seen++;
    if (i < MAX_SAMPLES) this.xs[i] = ms;
    else {
      const j = Math.floor(Math.random() * this.seen);
      if (j < MAX_SAMPLES) this.xs[j] = ms;
    }
  }

  summary(): { n: number; p50: number; p90: number; p99: number; max: number } {
    // a typed array sorts numerically in native code
    const s = this.xs.slice(0, Math.min(this.seen, MAX_SAMPLES)).sort();
    const q = (p: number): number => (s.length === 0 ? NaN : Math.round(s[Math.min(s.length - 1, Math.floor(p * s.length))]! * 10) / 10);
    return { n: this.seen, p50: q(0.5), p90: q(0.9), p99: q(0.99), max: q(1) };
  }
}

function wallNowNs(): number {
  return (performance.timeOrigin + performance.now()) * 1e6;
}

export class AgentLatencyProbe {
  private readonly read = new Reservoir();
  private readonly watermark = new Reservoir();
  private readonly closed = new Reservoir();
  private readonly timer: NodeJS.Timeout;
  private readonly watchdog: NodeJS.Timeout;
  /** Turns of the agent's event loop that came more than 100 ms late: when (wall ms) and by how much. */
  private readonly stalls: Array<{ atMs: number; ms: number }> = [];

  constructor(private readonly log: Logger) {
    this.timer = setInterval(() => this.report(), 5_000);
    this.timer.unref();
    let last = performance.now();
    this.watchdog = setInterval(() => {
      const now = performance.now();
      const late = now - last - 20;
      last = now;
      if (late > 100 && this.stalls.length < 1000) this.stalls.push({ atMs: Date.now(), ms: Math.round(late) });
    }, 20);
    this.watchdog.unref();
  }

  events(events: readonly PacketEvent[]): void {
    const now = wallNowNs();
    for (const e of events) this.read.add((now - Number(e.wallUnixNs)) / 1e6);
  }

  watermarkMoved(wallNs: bigint): void {
    this.watermark.add((wallNowNs() - Number(wallNs)) / 1e6);
  }

  segments(segs: readonly Segment[]): void {
    const now = wallNowNs();
    for (const s of segs) this.closed.add((now - s.lastWall) / 1e6);
  }

  report(): void {
    this.log.info({ read: this.read.summary(), watermark: this.watermark.summary(), closed: this.closed.summary(), stalls: this.stalls }, 'agent latency');
  }

  stop(): void {
    clearInterval(this.timer);
    clearInterval(this.watchdog);
    this.report();
  }
}
