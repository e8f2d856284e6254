/**
 * Benchmark (b): the highest event rate one agent takes with zero loss, against raw bpftrace.
 *
 * Two consumers of the same generated program on the same fixture (bench/agent-fixture.ts), a
 * filter matching every packet of the load (≈ 7 events per packet):
 *   raw    bpftrace, started with the agent's own flags and perf buffers, writing into a pipe
 *          that is only counted (event lines by their first byte; "Lost N events" parsed)
 *   agent  PacketSource (read, parse, enrich) and the uplink's BatchBuilder (protobuf frames of
 *          up to 1000 events, sealed), i.e. everything the agent does before the socket
 * The sender is PACED (bench/agent-sender.c) and the rate is stepped: a step passes when no
 * event was lost (bpftrace's "Lost N events", unparsable lines) AND the consumer delivered
 * ≥ 99% of the step's events (forwarded packets × events per packet) by 300 ms after the sender
 * stopped — a consumer that only buffers a backlog (perf buffers hold ~80k events) fails too.
 * From the last round's rate the search goes up ×1.3 until a step fails, then bisects to within
 * 6%. Result per consumer and round: the highest passing rate (the zero-loss rate). The sender
 * never outruns both consumers: each one is driven to its own limit, so agent ÷ raw compares
 * like with like. Rounds interleave (raw, agent / agent, raw / ...).
 *
 * (c), in every agent round, a step paced at 10k events/s: CPU of this process (the agent
 * pipeline; the fixture driver's share is small) and of the bpftrace child, and peak RSS.
 *
 * Printed: min / median / max over the rounds, agent ÷ raw per round and of the medians, the
 * bench/calibration.ts figure and the load average before and after.
 *
 *   node dist/bench/agent-events.js [--rounds 5] [--step-seconds 2] [--start 30000] [--json]
 */
import './quiet-logs.js';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { createBenchFixture, type BenchFixture } from './agent-fixture.js';
import { PacketSource } from '../agent/source.js';
import * as supervisor from '../agent/supervisor.js';
import { BatchBuilder } from '../agent/uplink-batch.js';
import { parseFilter } from '../filter/parse.js';
import { generateProgram } from '../bpf/program.js';
import type { PacketEvent } from '../common/event.js';
import { median, numberArg } from './stats.js';
import { calibrate, spread, type Spread } from './calibration.js';

const FILTER = 'udp and dst port 9000';
const DRAIN_MS = 300;
const KEEP_UP = 0.99;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The flags and perf buffer size the build's agent starts bpftrace with (older builds: none). */
const sup = supervisor as unknown as { BPFTRACE_FLAGS?: readonly string[]; perfBufferPages: () => number };
const BPFTRACE_FLAGS = sup.BPFTRACE_FLAGS ?? [];

interface Consumer {
  events(): number;
  lost(): number;
  /** CPU seconds (user + system) of the consumer's own process work so far, bpftrace apart. */
  cpuSeconds(): number;
  bpftracePid: number | undefined;
  peakRssMiB(): number;
  stop(): Promise<void>;
}

async function rawConsumer(program: string): Promise<Consumer> {
  const dir = mkdtempSync(join(tmpdir(), 'packetlife-bench-'));
  const file = join(dir, 'p.bt');
  writeFileSync(file, program);
  const child = execa('bpftrace', [...BPFTRACE_FLAGS, file], {
    reject: false,
    buffer: false,
    stderr: 'ignore',
    env: { BPFTRACE_PERF_RB_PAGES: String(sup.perfBufferPages()) },
  });
  let events = 0;
  let lost = 0;
  let atLineStart = true;
  let ready!: () => void;
  const attached = new Promise<void>((r) => (ready = r));
  child.stdout!.on('data', (chunk: Buffer) => {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (atLineStart) {
        // R T F D N: event lines; B: attached; L: "Lost N events"
        if (c === 82 || c === 84 || c === 70 || c === 68 || c === 78) events++;
        else if (c === 66) ready();
        else if (c === 76) {
          const m = /^Lost (\d+) events/.exec(chunk.subarray(i, i + 40).toString('latin1'));
          if (m) lost += Number(m[1]);
        }
      }
      atLineStart = c === 10;
    }
  });
  await attached;
  return {
    events: () => events,
    lost: () => lost,
    cpuSeconds: () => 0,
    bpftracePid: child.pid,
    peakRssMiB: () => 0,
    async stop() {
      child.kill('SIGTERM');
      await child;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function agentConsumer(fx: BenchFixture): Promise<Consumer> {
  const source = new PacketSource({ node: 'bench', scope: { kind: 'netns', node: 'bench', names: fx.names }, tier: 'tracepoint', snapshotIntervalMs: 0 });
  let events = 0;
  let builder = new BatchBuilder();
  let seq = 0;
  const loss = { bpfLost: 0, parseErrors: 0, bpftraceRestarts: 0 };
  source.on('events', (batch: PacketEvent[]) => {
    for (const e of batch) {
      builder.add(e);
      // as the uplink does: a frame per 1000 events (its default maxBatchEvents)
      if (builder.count >= 1000) builder.seal(++seq, loss, 0n);
    }
    events += batch.length;
  });
  await source.start();
  await source.setSessions([{ id: 'all', filter: parseFilter(FILTER) }]);
  let rss = 0;
  const rssTimer = setInterval(() => (rss = Math.max(rss, process.memoryUsage().rss)), 100);
  return {
    events: () => events,
    lost: () => source.loss().bpfLost + source.loss().parseErrors,
    cpuSeconds: () => {
      const c = process.cpuUsage();
      return (c.user + c.system) / 1e6;
    },
    bpftracePid: findChildBpftrace(),
    peakRssMiB: () => rss / 2 ** 20,
    async stop() {
      clearInterval(rssTimer);
      await source.stop();
      builder = new BatchBuilder();
    },
  };
}

function findChildBpftrace(): number | undefined {
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (stat.includes('(bpftrace)') && Number(fields[1]) === process.pid) return Number(pid);
    } catch {
      /* gone */
    }
  }
  return undefined;
}

function procCpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, USER_HZ ticks
  } catch {
    return 0;
  }
}

interface Step {
  rate: number;
  pass: boolean;
  delivered: number;
  expected: number;
  lost: number;
  seconds: number;
  cpuSeconds: number;
  bpftraceCpuSeconds: number;
}

/** Waits until no event has arrived for 200 ms (at most 10 s): the next step starts empty. */
async function settle(c: Consumer): Promise<void> {
  const until = Date.now() + 10_000;
  let last = c.events();
  while (Date.now() < until) {
    await sleep(200);
    const now = c.events();
    if (now === last) return;
    last = now;
  }
}

async function step(fx: BenchFixture, c: Consumer, rate: number, perPacket: number, seconds: number): Promise<Step> {
  const e0 = c.events();
  const l0 = c.lost();
  const cpu0 = c.cpuSeconds();
  const b0 = procCpuSeconds(c.bpftracePid);
  const t0 = process.hrtime.bigint();
  const load = await fx.load(seconds, 1e9, Math.max(1, Math.round(rate / perPacket)));
  await sleep(DRAIN_MS);
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const delivered = c.events() - e0;
  const cpuSeconds = (c.cpuSeconds() - cpu0) / wall;
  const bpftraceCpuSeconds = (procCpuSeconds(c.bpftracePid) - b0) / wall;
  await settle(c);
  const expected = load.forwarded * perPacket;
  const lostInAll = c.lost() - l0; // also what bpftrace reported while the backlog drained
  return {
    rate: Math.round(expected / load.seconds),
    pass: lostInAll === 0 && delivered >= KEEP_UP * expected,
    delivered,
    expected,
    lost: lostInAll,
    seconds: load.seconds,
    cpuSeconds,
    bpftraceCpuSeconds,
  };
}

/** What ended a search: a failing step (the consumer's limit), the sender, or the step budget. */
type Limit = 'consumer' | 'sender' | 'steps';

/** Highest passing rate from `start`: up ×1.3 until a step fails, then bisect to within 6%. */
async function search(fx: BenchFixture, c: Consumer, start: number, perPacket: number, seconds: number, say: (s: string) => void): Promise<{ rate: number; limit: Limit }> {
  let good = 0;
  let bad = Infinity;
  let rate = start;
  for (let i = 0; i < 9; i++) {
    const r = await step(fx, c, rate, perPacket, seconds);
    say(`    ${String(Math.round(rate)).padStart(7)} events/s asked, ${String(r.rate).padStart(7)} sent: ${r.pass ? 'pass' : 'FAIL'} (${r.delivered} of ${Math.round(r.expected)} in time, ${r.lost} lost)`);
    if (r.pass) good = Math.max(good, r.rate);
    else bad = Math.min(bad, rate);
    if (r.pass && r.rate < 0.9 * rate) {
      // The sender could not send faster on this machine (its CPU is shared with the consumer
      // and the probes): the consumer's limit is above this, not found.
      say(`    the sender is the limit at ${r.rate} events/s: the zero-loss rate is at least that`);
      return { rate: good, limit: 'sender' };
    }
    if (bad === Infinity) rate *= 1.3;
    else if (good === 0) rate /= 1.3;
    else if (bad / good <= 1.06) return { rate: good, limit: 'consumer' };
    else rate = Math.sqrt(good * bad);
  }
  return { rate: good, limit: bad === Infinity ? 'steps' : 'consumer' };
}

async function main(): Promise<void> {
  const rounds = numberArg('rounds', 5);
  const seconds = numberArg('step-seconds', 2);
  const json = process.argv.includes('--json');
  // --only agent|raw: one consumer (profiling: node --cpu-prof dist/bench/agent-events.js --only agent)
  const only = process.argv.indexOf('--only');
  const modes = only >= 0 ? [process.argv[only + 1]] : ['raw', 'agent'];
  const say = (s: string): void => void (json || process.stderr.write(`${s}\n`));
  const loadBefore = loadavg().map((l) => Math.round(l * 100) / 100);
  const cal = calibrate();
  say(cal.text);
  const fx = await createBenchFixture(String(process.pid % 100000));
  const program = generateProgram({ sessions: [{ id: 'all', filter: parseFilter(FILTER) }], netnsInodes: fx.inodes, tier: 'tracepoint' });
  const best: Record<'raw' | 'agent', number[]> = { raw: [], agent: [] };
  const limits: Record<'raw' | 'agent', Limit[]> = { raw: [], agent: [] };
  const paced: Array<{ eventsPerSec: number; cpu: number; bpftraceCpu: number; rssMiB: number; lost: number }> = [];
  let perPacket = 7;
  try {
    // Events per forwarded packet, at a rate every consumer takes.
    {
      const c = await rawConsumer(program);
      const s = await step(fx, c, 5000, 7, 1);
      await c.stop();
      perPacket = s.lost === 0 && s.expected > 0 ? Math.round((s.delivered / (s.expected / 7)) * 100) / 100 : 7;
      say(`events per forwarded packet: ${perPacket}`);
    }
    const start: Record<'raw' | 'agent', number> = { raw: numberArg('start', 30_000), agent: numberArg('start', 30_000) };
    for (let round = 0; round < rounds; round++) {
      const order = (round % 2 === 0 ? (['raw', 'agent'] as const) : (['agent', 'raw'] as const)).filter((m) => modes.includes(m));
      for (const mode of order) {
        say(`round ${round + 1} ${mode}`);
        const c = mode === 'raw' ? await rawConsumer(program) : await agentConsumer(fx);
        try {
          const { rate, limit } = await search(fx, c, start[mode], perPacket, seconds, say);
          best[mode].push(rate);
          limits[mode].push(limit);
          if (rate > 0) start[mode] = rate;
          say(`round ${round + 1} ${mode.padEnd(5)} zero-loss rate ${rate} events/s (limited by the ${limit})`);
          if (mode === 'agent') {
            const s = await step(fx, c, 10_000, perPacket, 3);
            const p = { eventsPerSec: Math.round(s.delivered / s.seconds), cpu: s.cpuSeconds * 100, bpftraceCpu: s.bpftraceCpuSeconds * 100, rssMiB: c.peakRssMiB(), lost: s.lost };
            paced.push(p);
            say(`round ${round + 1} agent at ${p.eventsPerSec} events/s: agent CPU ${p.cpu.toFixed(1)}% of a core, bpftrace ${p.bpftraceCpu.toFixed(1)}%, peak RSS ${p.rssMiB.toFixed(0)} MiB, lost ${p.lost}`);
          }
        } finally {
          await c.stop();
        }
      }
    }
  } finally {
    await fx.remove();
  }
  const ratios = best.agent.map((a, i) => a / Math.max(1, best.raw[i]!));
  const sp = (xs: number[]): Spread => spread(xs);
  const summary = {
    filter: FILTER,
    rounds,
    stepSeconds: seconds,
    eventsPerPacket: perPacket,
    bpftraceFlags: BPFTRACE_FLAGS,
    zeroLossEventsPerSec: { raw: sp(best.raw), agent: sp(best.agent) },
    runs: best,
    /** Per round, what ended the search: 'sender' means the zero-loss rate is at least the figure. */
    limitedBy: limits,
    agentOverRawPerRound: sp(ratios),
    agentOverRawOfMedians: median(best.agent) / Math.max(1, median(best.raw)),
    paced10k: {
      eventsPerSec: sp(paced.map((p) => p.eventsPerSec)),
      agentCpuPercentOfCore: sp(paced.map((p) => p.cpu)),
      bpftraceCpuPercentOfCore: sp(paced.map((p) => p.bpftraceCpu)),
      peakRssMiB: sp(paced.map((p) => p.rssMiB)),
      lost: paced.map((p) => p.lost),
    },
    calibration: cal.text,
    loadavgBefore: loadBefore,
    loadavgAfter: loadavg().map((l) => Math.round(l * 100) / 100),
  };
  const f = (s: Spread, d = 0): string => `${s.min.toFixed(d)} / ${s.median.toFixed(d)} / ${s.max.toFixed(d)}`;
  if (json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  else
    process.stdout.write(
      [
        `zero-loss events/s (min / median / max of ${rounds} interleaved rounds, ${seconds} s steps; bpftrace ${BPFTRACE_FLAGS.join(' ') || '(no flags)'}):`,
        `  raw bpftrace  ${f(summary.zeroLossEventsPerSec.raw)}   limited by: ${limits.raw.join(', ')}`,
        `  agent         ${f(summary.zeroLossEventsPerSec.agent)}   limited by: ${limits.agent.join(', ')}`,
        `agent ÷ raw: per round ${f(summary.agentOverRawPerRound, 2)}, of the medians ${summary.agentOverRawOfMedians.toFixed(2)}`,
        `agent at 10k events/s: CPU ${f(summary.paced10k.agentCpuPercentOfCore, 1)} % of a core, bpftrace ${f(summary.paced10k.bpftraceCpuPercentOfCore, 1)} %, peak RSS ${f(summary.paced10k.peakRssMiB)} MiB, lost ${summary.paced10k.lost.join('/')}`,
        cal.text,
        `load average before ${loadBefore.join(' ')}, after ${summary.loadavgAfter.join(' ')}`,
      ].join('\n') + '\n',
    );
}

await main();
