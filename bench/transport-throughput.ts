/**
 * bench/transport-throughput.ts — events/s through the whole transport on one core: the agent's
 * Uplink encodes and sends, the collector's IngestServer decodes, hands each batch to a sink and
 * acks, over a WebSocket on 127.0.0.1, both in this one Node process (one event loop, one core
 * doing both halves). Also measures the codec alone, to show where the time goes.
 *
 *   npm run build && node dist/bench/transport-throughput.js [--events N] [--runs R] [--split] [--json]
 *   node dist/bench/transport-throughput.js --split-only | --paced RATE [--seconds S] [--runs R]
 *
 * --split adds a run with the collector in a child process (bench/transport-collector-child.ts):
 * this process's CPU time is then the agent side alone. --split-only runs nothing else, so the
 * peak RSS it reports is the agent side's. --paced RATE [--seconds S] pushes a steady RATE
 * events/s for S seconds instead of as fast as acks allow (the agent's CPU share at that rate).
 *
 * The producer only pushes while the agent's unacked bytes are below half of its queue budget,
 * so the figure is a sustained rate with nothing dropped; the run fails if anything was lost.
 * Runs of the measurements are interleaved (5 by default, issue 11 item 7) and every figure is
 * given as its median with min and max over the runs, next to the calibration figure
 * (bench/calibration.ts) and the load average before and after. Besides wall-clock events/s,
 * every figure is also given per CPU-second of this process, which other load on a shared
 * machine distorts less (the wall-clock figure drops when the core is shared).
 */
import { fork } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { BatchBuilder } from '../agent/uplink-batch.js';
import { Uplink } from '../agent/uplink.js';
import { IngestServer } from '../collector/ingest.js';
import { decodeAgentFrame, eventFromProto } from '../proto/codec.js';
import { makeEvent } from '../fixtures/events.js';
import { calibrate, spread, type Spread } from './calibration.js';

interface Args {
  events: number;
  runs: number;
  json: boolean;
  split: boolean;
  splitOnly: boolean;
  paced: number; // events/s; 0: as fast as acks allow
  seconds: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { events: 1_000_000, runs: 5, json: false, split: false, splitOnly: false, paced: 0, seconds: 10 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): number => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v <= 0) throw new Error(`${a} needs a positive integer, got ${argv[i]}`);
      return v;
    };
    if (a === '--events') args.events = next();
    else if (a === '--runs') args.runs = next();
    else if (a === '--json') args.json = true;
    else if (a === '--split') args.split = true;
    else if (a === '--split-only') args.split = args.splitOnly = true;
    else if (a === '--paced') {
      args.paced = next();
      args.split = args.splitOnly = true;
    } else if (a === '--seconds') args.seconds = next();
    else throw new Error(`unknown argument ${a}`);
  }
  return args;
}

const quiet = pino({ level: 'silent' });
// a pool of distinct events, pushed round-robin: generating a million objects would measure the GC
const POOL = Array.from({ length: 10_000 }, (_, i) => makeEvent(i));
const CHUNK = 500; // events per push(): what a bpftrace line reader hands over per read
// The agent speaks for the node its events come from: the ingest refuses another node's events
// (foreign-node-event) and closes the connection, so with any other name nothing is ever acked.
const NODE = POOL[0]!.node;

function chunk(offset: number): typeof POOL {
  const start = offset % POOL.length;
  return POOL.slice(start, start + CHUNK);
}

interface E2E {
  eventsPerSec: number;
  eventsPerCpuSec: number;
  cpuCores: number;
  batches: number;
  bytesPerEvent: number;
  rssMiB: number;
}

async function endToEnd(total: number): Promise<E2E> {
  let received = 0;
  const ingest = new IngestServer({ logger: quiet, onBatch: (_a, evs) => void (received += evs.length) });
  const { port } = await ingest.listen();
  const budget = 64 * 1024 * 1024;
  const up = new Uplink({
    url: `ws://127.0.0.1:${port}/v1/agents`,
    hello: { agentId: `${NODE}/bench/1`, node: NODE, agentVersion: 'bench' },
    queueBudgetBytes: budget,
    logger: quiet,
  });
  up.start();
  await new Promise<void>((r) => up.once('connected', r));
  let rss = process.memoryUsage().rss;
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  let pushed = 0;
  await new Promise<void>((resolve) => {
    const produce = (): void => {
      while (pushed < total && up.stats().unackedBytes < budget / 2) {
        const evs = chunk(pushed).slice(0, total - pushed);
        up.push(evs);
        pushed += evs.length;
      }
      if (pushed >= total) {
        up.flush();
        return;
      }
      up.once('ack', () => setImmediate(produce));
    };
    const check = (): void => {
      rss = Math.max(rss, process.memoryUsage().rss);
      if (received >= total && up.stats().unackedBatches === 0) resolve();
      else setTimeout(check, 5);
    };
    produce();
    check();
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const s = up.stats();
  const agent = ingest.listAgents()[0];
  await up.stop();
  await ingest.close();
  const lost = s.loss.queueDroppedEvents + (agent?.loss.gapBatches ?? 0) + (agent?.loss.invalidEvents ?? 0);
  if (received !== total || lost !== 0) throw new Error(`lost events: received ${received} of ${total}, loss ${lost}`);
  const bytes = Number((await ingest.metrics.getSingleMetricAsString('packetlife_ingest_bytes_total')).split(' ').pop());
  return {
    eventsPerSec: total / seconds,
    eventsPerCpuSec: total / ((cpu.user + cpu.system) / 1e6),
    cpuCores: (cpu.user + cpu.system) / 1e6 / seconds,
    batches: s.sentBatches,
    bytesPerEvent: bytes / total,
    rssMiB: rss / 2 ** 20,
  };
}

interface Split {
  eventsPerSec: number;
  agentEventsPerCpuSec: number;
  agentCpuCores: number;
  agentPeakRssMiB: number;
}

/**
 * The collector in a child process: the wall-clock rate uses both cores, and this process's CPU
 * time is the agent side alone (encode, queue, send, acks).
 */
async function splitRun(total: number, pacedRate = 0): Promise<Split> {
  const child = fork(fileURLToPath(new URL('./transport-collector-child.js', import.meta.url)), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    const ask = <T>(msg: unknown, key: string): Promise<T> =>
      new Promise((resolve) => {
        const on = (m: Record<string, unknown>): void => {
          if (!(key in m)) return;
          child.off('message', on);
          resolve(m as T);
        };
        child.on('message', on);
        if (msg) child.send(msg as object);
      });
    const { port } = await ask<{ port: number }>(undefined, 'port');
    const budget = 32 * 1024 * 1024;
    const up = new Uplink({
      url: `ws://127.0.0.1:${port}/v1/agents`,
      hello: { agentId: `${NODE}/bench/2`, node: NODE, agentVersion: 'bench' },
      queueBudgetBytes: budget,
      logger: quiet,
    });
    up.start();
    await new Promise<void>((r) => up.once('connected', r));
    let rss = process.memoryUsage().rss;
    const rssTimer = setInterval(() => (rss = Math.max(rss, process.memoryUsage().rss)), 20);
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    let pushed = 0;
    await new Promise<void>((resolve) => {
      const finish = (): void => {
        up.flush();
        const done = (): void => (up.stats().unackedBatches === 0 ? resolve() : void up.once('ack', done));
        done();
      };
      if (pacedRate > 0) {
        // a steady rate in 10 ms ticks, as a bpftrace reader would deliver it
        const perTick = Math.max(1, Math.round(pacedRate / 100));
        const tick = setInterval(() => {
          const n = Math.min(perTick, total - pushed);
          for (let done = 0; done < n; done += CHUNK) up.push(chunk(pushed + done).slice(0, n - done));
          pushed += n;
          if (pushed >= total) {
            clearInterval(tick);
            finish();
          }
        }, 10);
        return;
      }
      const produce = (): void => {
        while (pushed < total && up.stats().unackedBytes < budget / 2) {
          const evs = chunk(pushed).slice(0, total - pushed);
          up.push(evs);
          pushed += evs.length;
        }
        if (pushed >= total) return finish();
        up.once('ack', () => setImmediate(produce));
      };
      produce();
    });
    clearInterval(rssTimer);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const cpuS = cpuSecondsSince(cpu0);
    const s = up.stats();
    await up.stop();
    const { received, lost } = await ask<{ received: number; lost: number }>({ type: 'count' }, 'received');
    if (received !== total || lost + s.loss.queueDroppedEvents !== 0) {
      throw new Error(`lost events: received ${received} of ${total}`);
    }
    return {
      eventsPerSec: total / seconds,
      agentEventsPerCpuSec: total / cpuS,
      agentCpuCores: cpuS / seconds,
      agentPeakRssMiB: rss / 2 ** 20,
    };
  } finally {
    child.send({ type: 'exit' });
  }
}

/** Uplink side alone: PacketEvent → wire bytes, as BatchBuilder does it. */
function encodeOnly(total: number): number {
  const t0 = process.cpuUsage();
  let b = new BatchBuilder();
  let seq = 1;
  for (let i = 0; i < total; i++) {
    b.add(POOL[i % POOL.length]!);
    if (b.count === 1000) {
      b.seal(seq++, {}, 0n);
      b = new BatchBuilder();
    }
  }
  return total / cpuSecondsSince(t0);
}

function cpuSecondsSince(t0: NodeJS.CpuUsage): number {
  const c = process.cpuUsage(t0);
  return (c.user + c.system) / 1e6;
}

/** Ingest side alone: wire bytes → PacketEvent. */
function decodeOnly(total: number): number {
  const b = new BatchBuilder();
  for (let i = 0; i < 1000; i++) b.add(POOL[i]!);
  const frame = b.seal(1, {}, 0n);
  const t0 = process.cpuUsage();
  let n = 0;
  while (n < total) {
    const f = decodeAgentFrame(frame);
    if (f.type !== 'events') throw new Error('not an event batch');
    for (const e of f.events.events) eventFromProto(e);
    n += f.events.events.length;
  }
  return n / cpuSecondsSince(t0);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

/** "median (min–max)", numbers as the en locale writes them. */
function spreadText(sp: Spread, unit = '', digits = 0): string {
  const n = (v: number): string => v.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  return `${n(sp.median)}${unit} (${n(sp.min)}–${n(sp.max)})`;
}

const load1m = (): number => Number(loadavg()[0]?.toFixed(2));

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const loadBefore = load1m();
  const e2e: E2E[] = [];
  const enc: number[] = [];
  const dec: number[] = [];
  const split: Split[] = [];
  if (!args.splitOnly) {
    encodeOnly(50_000); // warm the JIT before anything is timed
    decodeOnly(50_000);
  }
  const splitEvents = args.paced > 0 ? args.paced * args.seconds : args.events;
  for (let r = 0; r < args.runs; r++) {
    if (args.split) split.push(await splitRun(splitEvents, args.paced));
    if (args.splitOnly) continue;
    e2e.push(await endToEnd(args.events));
    enc.push(encodeOnly(args.events));
    dec.push(decodeOnly(args.events));
  }
  // after the runs: the machine as it was while they ran
  const calibration = calibrate();
  const splitSpreads = split.length > 0
    ? {
        eventsPerSec: spread(split.map((x) => x.eventsPerSec)),
        agentEventsPerCpuSec: spread(split.map((x) => x.agentEventsPerCpuSec)),
        // as % of a core: spread() keeps one decimal
        agentCpuPercentOfCore: spread(split.map((x) => x.agentCpuCores * 100)),
        agentPeakRssMiB: spread(split.map((x) => x.agentPeakRssMiB)),
      }
    : undefined;
  if (args.splitOnly) {
    const r = {
      events: splitEvents,
      runs: args.runs,
      pacedEventsPerSec: args.paced || undefined,
      eventsPerSec: Math.round(median(split.map((x) => x.eventsPerSec))),
      agentEventsPerCpuSec: Math.round(median(split.map((x) => x.agentEventsPerCpuSec))),
      agentCpuCores: Number(median(split.map((x) => x.agentCpuCores)).toFixed(2)),
      agentPeakRssMiB: Math.round(Math.max(...split.map((x) => x.agentPeakRssMiB))),
      spread: splitSpreads,
      loadAverage1m: { before: loadBefore, after: load1m() },
      calibration,
    };
    if (args.json) {
      console.log(JSON.stringify(r, null, 2));
      return;
    }
    const sp = splitSpreads!;
    const rows: [string, string][] = [
      [`split${args.paced ? `, paced ${args.paced.toLocaleString('en')} events/s` : ''}: ${splitEvents.toLocaleString('en')} events × ${args.runs} runs`, 'median (min–max)'],
      ['  events/s (wall)', spreadText(sp.eventsPerSec)],
      ['  agent side per CPU-second', spreadText(sp.agentEventsPerCpuSec, ' events')],
      ['  agent CPU used', spreadText(sp.agentCpuPercentOfCore, '% of a core', 1)],
      ['  agent peak RSS', spreadText(sp.agentPeakRssMiB, ' MiB')],
      ['load average (1 min) before / after', `${r.loadAverage1m.before} / ${r.loadAverage1m.after}`],
    ];
    const w = Math.max(...rows.map((x) => x[0].length));
    for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`);
    console.log(calibration.text);
    return;
  }
  const pick = (f: (x: E2E) => number): number => median(e2e.map(f));
  const result = {
    events: args.events,
    runs: args.runs,
    node: process.version,
    endToEnd: {
      eventsPerSec: Math.round(pick((x) => x.eventsPerSec)),
      eventsPerCpuSec: Math.round(pick((x) => x.eventsPerCpuSec)),
      cpuCores: Number(pick((x) => x.cpuCores).toFixed(2)),
      bytesPerEvent: Number(pick((x) => x.bytesPerEvent).toFixed(1)),
      peakRssMiB: Math.round(Math.max(...e2e.map((x) => x.rssMiB))),
      allRunsEventsPerSec: e2e.map((x) => Math.round(x.eventsPerSec)),
    },
    spread: {
      endToEnd: {
        eventsPerSec: spread(e2e.map((x) => x.eventsPerSec)),
        eventsPerCpuSec: spread(e2e.map((x) => x.eventsPerCpuSec)),
        cpuPercentOfCore: spread(e2e.map((x) => x.cpuCores * 100)),
        bytesPerEvent: spread(e2e.map((x) => x.bytesPerEvent)),
        peakRssMiB: spread(e2e.map((x) => x.rssMiB)),
      },
      encodeOnlyEventsPerCpuSec: spread(enc),
      decodeOnlyEventsPerCpuSec: spread(dec),
      split: splitSpreads,
    },
    encodeOnlyEventsPerCpuSec: Math.round(median(enc)),
    decodeOnlyEventsPerCpuSec: Math.round(median(dec)),
    split: args.split
      ? {
          eventsPerSec: Math.round(median(split.map((x) => x.eventsPerSec))),
          agentEventsPerCpuSec: Math.round(median(split.map((x) => x.agentEventsPerCpuSec))),
          agentCpuCores: Number(median(split.map((x) => x.agentCpuCores)).toFixed(2)),
          agentPeakRssMiB: Math.round(Math.max(...split.map((x) => x.agentPeakRssMiB))),
        }
      : undefined,
    loadAverage1m: load1m(),
    loadAverage1mBefore: loadBefore,
    calibration,
  };
  if (args.json) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  const sp = result.spread;
  const rows: [string, string][] = [
    [`${result.events.toLocaleString('en')} events × ${result.runs} interleaved runs`, 'median (min–max)'],
    ['end to end (encode+send+decode+ack)', spreadText(sp.endToEnd.eventsPerSec, ' events/s')],
    ['  per run', result.endToEnd.allRunsEventsPerSec.map((x) => x.toLocaleString('en')).join(', ')],
    ['  per CPU-second', spreadText(sp.endToEnd.eventsPerCpuSec, ' events')],
    ['  CPU used', spreadText(sp.endToEnd.cpuPercentOfCore, '% of a core', 1)],
    ['  wire bytes per event', spreadText(sp.endToEnd.bytesPerEvent, '', 1)],
    ['  peak RSS', spreadText(sp.endToEnd.peakRssMiB, ' MiB')],
    ['encode only (agent side), per CPU-second', spreadText(sp.encodeOnlyEventsPerCpuSec, ' events')],
    ['decode only (collector side), per CPU-second', spreadText(sp.decodeOnlyEventsPerCpuSec, ' events')],
    ['load average (1 min) before / after', `${result.loadAverage1mBefore} / ${result.loadAverage1m}`],
  ];
  if (sp.split) {
    rows.push(
      ['split: collector in a child process', spreadText(sp.split.eventsPerSec, ' events/s')],
      ['  agent side per CPU-second', spreadText(sp.split.agentEventsPerCpuSec, ' events')],
      ['  agent CPU used', spreadText(sp.split.agentCpuPercentOfCore, '% of a core', 1)],
      ['  agent peak RSS (meaningful with --split-only)', spreadText(sp.split.agentPeakRssMiB, ' MiB')],
    );
  }
  const w = Math.max(...rows.map((r) => r[0].length));
  for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`);
  console.log(calibration.text);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
