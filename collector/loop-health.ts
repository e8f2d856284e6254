/**
 * collector/loop-health.ts — where the collector's event loop spends its time, on /metrics.
 *
 * The collector is one event loop: /healthz, the API, every agent's frames and the correlator
 * take turns on it. When a request waits, either the process itself held the loop (a long
 * synchronous slice: decoding a frame, correlating, finishing traces, a GC pause) or the process
 * was not running at all (the machine's CPUs were busy with other processes). The two need
 * opposite fixes, so both are measured:
 *
 * - `time(area, fn)` times the collector's synchronous work by area (exclusive of nested areas):
 *   packetlife_collector_slice_seconds{area} (each slice), _slice_max_seconds{area} (longest
 *   since start) and _busy_seconds_total{area};
 * - a watchdog timer notices every turn of the loop that came late by more than STALL_MS and
 *   splits the stall by the process's own CPU time in it: CPU used = the process was busy
 *   (which areas, how much GC: logged as "event loop stalled", at warn past 1 s), the rest = it waited for
 *   a CPU (starved) — packetlife_collector_loop_stall_seconds_total{kind="busy"|"starved"};
 * - prom-client's default metrics add the event-loop delay percentiles (perf_hooks
 *   monitorEventLoopDelay, reset at each scrape), GC pauses by kind and process CPU.
 *
 * API
 *   const health = new LoopHealth()           health.registry: serve on /metrics
 *   health.time(area, () => work())           returns work()'s result
 *   health.close()                            stops the watchdog and observers
 */
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { childLog } from '../common/log.js';

const log = childLog('loop-health');

/**
 * decode: an agent frame decoded and its events converted; correlate: events into the
 * correlator; watermark: an agent's watermark closing chains and finishing traces; tick: the
 * collector-clock tick; emit: a finished trace into the store, sessions, state and export;
 * stream: a trace sent to a live-stream client; api: an HTTP request (its synchronous part).
 */
export const LOOP_AREAS = ['decode', 'correlate', 'watermark', 'tick', 'emit', 'stream', 'api'] as const;
export type LoopArea = (typeof LOOP_AREAS)[number];

/** How often the watchdog looks (ms), and how late a turn must be to count as a stall. */
const WATCHDOG_MS = 20;
export const STALL_MS = 50;
/** Stalls this long are logged (with their areas) as well as counted: at info, and at warn from WARN_STALL_MS. */
const LOG_STALL_MS = 200;
const WARN_STALL_MS = 1000;

export type SliceTimer = <T>(area: LoopArea, fn: () => T) => T;

/**
 * prom-client's process metrics, once per process (they install their own observers, which are
 * never removed: a process that starts many collectors, a test run, must not stack them).
 */
let processRegistry: Registry | undefined;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry, eventLoopMonitoringPrecision: 10 });
  }
  return processRegistry;
}

export class LoopHealth {
  private readonly own = new Registry();
  /** This collector's loop metrics and the process's (event-loop delay, GC, CPU). */
  readonly registry: Registry;
  private readonly slice: Histogram<'area'>;
  private readonly sliceMax: Gauge<'area'>;
  private readonly busy: Counter<'area'>;
  private readonly stallSeconds: Counter<'kind'>;
  private readonly stalls: Counter;
  private readonly batchDelay: Histogram;
  private readonly watermarkLag: Histogram;
  private readonly traceDelay: Histogram;
  private readonly maxByArea = new Map<LoopArea, number>();
  private readonly maxCpuByArea = new Map<LoopArea, number>();
  /** Exclusive ms per area since the watchdog last looked. */
  private readonly sinceCheck = new Map<LoopArea, number>();
  private gcMsSinceCheck = 0;
  private readonly stack: Array<{ area: LoopArea; start: number }> = [];
  private readonly watchdog: NodeJS.Timeout;
  private readonly gcObserver: PerformanceObserver;
  private lastCheck = performance.now();
  private lastCpu = process.cpuUsage();

  constructor() {
    const registers = [this.own];
    this.slice = new Histogram({
      name: 'packetlife_collector_slice_seconds',
      help: 'Synchronous slices of collector work on the event loop, by area (a slice holds every request and agent meanwhile)',
      labelNames: ['area'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.5, 1, 2],
      registers,
    });
    const maxByArea = this.maxByArea;
    this.sliceMax = new Gauge({
      name: 'packetlife_collector_slice_max_seconds',
      help: 'Longest synchronous slice of collector work since start, by area',
      labelNames: ['area'],
      registers,
      collect() {
        for (const [area, ms] of maxByArea) this.set({ area }, ms / 1000);
      },
    });
    const maxCpuByArea = this.maxCpuByArea;
    new Gauge({
      name: 'packetlife_collector_slice_max_cpu_seconds',
      help: 'Longest outermost slice of collector work since start by the process CPU time it took (wall time minus waiting for a CPU), by area',
      labelNames: ['area'],
      registers,
      collect() {
        for (const [area, ms] of maxCpuByArea) this.set({ area }, ms / 1000);
      },
    });
    this.busy = new Counter({ name: 'packetlife_collector_busy_seconds_total', help: 'Event-loop time spent in collector work, by area (exclusive of nested areas)', labelNames: ['area'], registers });
    this.stallSeconds = new Counter({
      name: 'packetlife_collector_loop_stall_seconds_total',
      help: `Time the event loop came late by more than ${STALL_MS} ms, split by whether the process ran meanwhile (busy: its CPU time) or waited for a CPU (starved)`,
      labelNames: ['kind'],
      registers,
    });
    this.stalls = new Counter({ name: 'packetlife_collector_loop_stalls_total', help: `Turns of the event loop that came more than ${STALL_MS} ms late`, registers });
    // packet → trace latency, in its parts: how far an agent's watermark trails its clock when it
    // seals a batch, how long the batch takes to reach the correlator (transport, queues, this
    // loop), and how long after its first hop a trace is finished
    const buckets = [0.01, 0.025, 0.05, 0.1, 0.2, 0.3, 0.5, 1, 2, 5];
    this.watermarkLag = new Histogram({ name: 'packetlife_collector_agent_watermark_lag_seconds', help: 'How far an agent\'s event-time watermark trailed its clock when it sealed a batch', buckets, registers });
    this.batchDelay = new Histogram({ name: 'packetlife_collector_batch_delay_seconds', help: 'From an agent sealing a batch to the correlator taking it (wall clocks of agent and collector)', buckets, registers });
    this.traceDelay = new Histogram({ name: 'packetlife_collector_trace_delay_seconds', help: 'From a trace\'s first hop to the collector finishing it', buckets, registers });
    for (const area of LOOP_AREAS) this.busy.inc({ area }, 0);
    for (const kind of ['busy', 'starved']) this.stallSeconds.inc({ kind }, 0);
    this.gcObserver = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) this.gcMsSinceCheck += e.duration;
    });
    this.gcObserver.observe({ entryTypes: ['gc'] });
    this.registry = Registry.merge([this.own, processMetrics()]);
    this.watchdog = setInterval(() => this.check(), WATCHDOG_MS);
    this.watchdog.unref();
  }

  /** Runs `fn` as a slice of `area`; time spent in areas nested inside counts for those. */
  time<T>(area: LoopArea, fn: () => T): T {
    const now = performance.now();
    const outer = this.stack[this.stack.length - 1];
    if (outer) this.charge(outer.area, now - outer.start);
    // CPU time (a getrusage call) only for outermost slices: they are what holds the loop
    const cpu0 = outer ? undefined : process.cpuUsage();
    const frame = { area, start: now };
    this.stack.push(frame);
    try {
      return fn();
    } finally {
      const end = performance.now();
      this.stack.pop();
      this.charge(area, end - frame.start);
      if (outer) outer.start = end;
      const ms = end - now;
      this.slice.observe({ area }, ms / 1000);
      if (ms > (this.maxByArea.get(area) ?? 0)) this.maxByArea.set(area, ms);
      if (cpu0) {
        const c = process.cpuUsage(cpu0);
        const cpuMs = Math.min(ms, (c.user + c.system) / 1000);
        if (cpuMs > (this.maxCpuByArea.get(area) ?? 0)) this.maxCpuByArea.set(area, cpuMs);
      }
    }
  }

  /** A batch the correlator takes now: sealed at sentNs by an agent whose watermark was then watermarkNs (wall ns). */
  observeBatch(sentNs: number, watermarkNs: number): void {
    if (sentNs <= 0) return;
    this.batchDelay.observe(Math.max(0, Date.now() / 1e3 - sentNs / 1e9));
    if (watermarkNs > 0) this.watermarkLag.observe(Math.max(0, (sentNs - watermarkNs) / 1e9));
  }

  /** A trace finished now whose first hop was at firstNs (wall ns). */
  observeTrace(firstNs: number): void {
    this.traceDelay.observe(Math.max(0, Date.now() / 1e3 - firstNs / 1e9));
  }

  close(): void {
    clearInterval(this.watchdog);
    this.gcObserver.disconnect();
  }

  private charge(area: LoopArea, ms: number): void {
    this.sinceCheck.set(area, (this.sinceCheck.get(area) ?? 0) + ms);
    this.busy.inc({ area }, ms / 1000);
  }

  private check(): void {
    const now = performance.now();
    const wallMs = now - this.lastCheck;
    const cpu = process.cpuUsage(this.lastCpu);
    this.lastCpu = process.cpuUsage();
    this.lastCheck = now;
    const lateMs = wallMs - WATCHDOG_MS;
    if (lateMs > STALL_MS) {
      // The process's CPU time includes its other threads (GC helpers, a worker): bounded by the wall time.
      const cpuMs = Math.min(wallMs, (cpu.user + cpu.system) / 1000);
      this.stalls.inc();
      this.stallSeconds.inc({ kind: 'busy' }, cpuMs / 1000);
      this.stallSeconds.inc({ kind: 'starved' }, (wallMs - cpuMs) / 1000);
      if (lateMs > LOG_STALL_MS) {
        const areas: Record<string, number> = {};
        for (const [a, ms] of this.sinceCheck) if (ms >= 1) areas[a] = Math.round(ms);
        const stall = { stallMs: Math.round(wallMs), cpuMs: Math.round(cpuMs), gcMs: Math.round(this.gcMsSinceCheck), areas };
        if (lateMs > WARN_STALL_MS) log.warn(stall, 'event loop stalled');
        else log.info(stall, 'event loop stalled');
      }
    }
    this.sinceCheck.clear();
    this.gcMsSinceCheck = 0;
  }
}
