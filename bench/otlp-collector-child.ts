/**
 * bench/otlp-collector-child.ts — the collector of bench/otlp-collector.ts, in its own process:
 * the production path (collector/server.ts startCollector: WebSocket ingest, protobuf decode,
 * correlator, store, flows, sessions, metrics, and with --otlp URL the OTLP export worker
 * thread), with the reference lab's topology and no rate limit (a protection, not a cost: the
 * bench sends faster than the default 50k events/s per agent allows).
 *
 * Protocol with the parent (IPC): sends {ingestUrl} once listening; given {expect: traces}, sends
 * {stored: wall ms, cpu} when the correlator has made that many traces (all stored) and, with
 * export on, {delivered: wall ms, cpu, stats} when the backend has accepted them all. Wall times
 * are performance.timeOrigin + now(): comparable across the two processes. {type: 'exit'} closes.
 */
import { readFileSync } from 'node:fs';
import { PerformanceObserver, performance as perf } from 'node:perf_hooks';
import { startCollector } from '../collector/server.js';
import { fromLabTopology } from '../collector/topology/lab.js';
import { labState, labTopology } from '../fixtures/walks.js';
import { splitSince, threadCpu } from './thread-cpu.js';

const wall = (): number => performance.timeOrigin + performance.now();
const otlpAt = process.argv.indexOf('--otlp');
const endpoint = otlpAt >= 0 ? process.argv[otlpAt + 1] : undefined;

const c = await startCollector({
  host: '127.0.0.1',
  port: 0,
  topology: { kind: 'none' },
  auth: 'none',
  rateLimit: false,
  ...(endpoint ? { otlp: { endpoint, maxQueue: 1_000_000 } } : {}),
});
c.topology.setSource('bench', fromLabTopology(labTopology, labState));
// A collector runs for days: its start (the export worker loading the OpenTelemetry packages
// takes ~0.5 s of CPU) is not part of a run. Both modes wait alike.
await new Promise((r) => setTimeout(r, 1000));
const send = (m: unknown): void => void process.send?.(m);
/**
 * How long the event loop thread waited, runnable, for a CPU (s; /proc schedstat's run_delay) and
 * how often it was switched out against its will: the CPU it lost to other threads.
 */
const loopWaits = (): { waitS: number; preempted: number } => {
  try {
    const waitNs = Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[1]);
    const preempted = Number(/nonvoluntary_ctxt_switches:\s*(\d+)/.exec(readFileSync(`/proc/self/task/${process.pid}/status`, 'utf8'))?.[1]);
    return { waitS: waitNs / 1e9, preempted };
  } catch {
    return { waitS: 0, preempted: 0 }; // not Linux
  }
};
/** CPU s of the export process, when the collector exports from one (all its threads are niced). */
const exportCpu = (): number => (c.otlp?.pid ? [...threadCpu(c.otlp.pid).threads.values()].reduce((a, t) => a + t.cpu, 0) : 0);
// The event loop's own GC pauses (the worker's isolate has its own heap and is not seen here).
let gcMs = 0;
// and how many of each kind (counts do not depend on how loaded the machine is)
const gcKinds: Record<string, number> = {};
const kindName: Record<number, string> = { 1: 'minor', 2: 'major', 4: 'incremental', 8: 'weakcb' };
new PerformanceObserver((l) => {
  for (const e of l.getEntries()) {
    gcMs += e.duration;
    const k = kindName[(e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind ?? 0] ?? 'other';
    gcKinds[k] = (gcKinds[k] ?? 0) + 1;
  }
}).observe({ entryTypes: ['gc'] });
send({ ingestUrl: c.ingestUrl });

process.on('message', (m: { type: string; expect?: number }) => {
  if (m.type === 'expect') {
    const expect = m.expect!;
    // Counted from here: a warm-up stream may have come before.
    const traces0 = c.correlator.stats.traces;
    const s0 = c.otlp ? structuredClone(c.otlp.stats) : undefined;
    const done0 = s0 ? s0.exported + s0.dropped['queue-full'] + s0.dropped.rejected : 0;
    const cpu0 = process.cpuUsage(); // start-up is not the run's
    const threads0 = threadCpu();
    const export0 = exportCpu();
    const waits0 = loopWaits();
    const gc0 = gcMs;
    const kinds0 = { ...gcKinds };
    const elu0 = perf.eventLoopUtilization();
    // Where the CPU went: the loop, the export (its niced process, or its nice +10 worker), the
    // rest (V8 helpers, libuv).
    const where = (): Record<string, unknown> => {
      const split = splitSince(threads0, threadCpu(), process.pid);
      const exportProcessCpu = exportCpu() - export0;
      return { threads: { ...split, niced: split.niced + exportProcessCpu }, exportProcessCpu, ...loopSide() };
    };
    const loopSide = (): Record<string, unknown> => ({
      loopWaitS: loopWaits().waitS - waits0.waitS,
      loopPreempted: loopWaits().preempted - waits0.preempted,
      gcMs: gcMs - gc0,
      gcCounts: Object.fromEntries(Object.entries(gcKinds).map(([k, n]) => [k, n - (kinds0[k] ?? 0)])),
      elu: perf.eventLoopUtilization(elu0).utilization,
    });
    let stored = false;
    // Polled, not hooked: the bench must not change the path it measures. Every 2 ms is
    // nothing next to the work, and bounds the error of each time at 2 ms.
    const poll = setInterval(() => {
      if (!stored && c.correlator.stats.traces - traces0 >= expect) {
        stored = true;
        send({ stored: wall(), cpu: process.cpuUsage(cpu0), traces: c.correlator.stats.traces - traces0, ...where() });
        if (!c.otlp) clearInterval(poll);
      }
      const s = c.otlp?.stats;
      if (stored && s && s.exported + s.dropped['queue-full'] + s.dropped.rejected - done0 >= expect) {
        clearInterval(poll);
        const dropped = Object.fromEntries(Object.entries(s.dropped).map(([k, n]) => [k, n - (s0?.dropped[k as keyof typeof s.dropped] ?? 0)]));
        send({ delivered: wall(), cpu: process.cpuUsage(cpu0), stats: { ...s, exported: s.exported - (s0?.exported ?? 0), dropped }, ...where() });
      }
    }, 2);
  }
  if (m.type === 'exit') void c.close().then(() => process.exit(0));
});
