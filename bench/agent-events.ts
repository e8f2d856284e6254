/**
 * Benchmark (b): matched events per second the agent turns into protobuf, against bpftrace
 * writing the same program's lines into a pipe nobody parses (a reader that only counts
 * newlines: the cost of `bpftrace > /dev/null` plus counting). Same fixture, same filter (it
 * matches every packet of the load), runs interleaved. An event is "delivered" when it was
 * printed and read (raw) or parsed, enriched and encoded into an EventBatch (agent); events
 * bpftrace reports as lost are counted separately. Target: agent ≥ 0.95 × raw.
 *
 * Benchmark (c), after (b) in every run: the agent's CPU (user+system of this process, plus
 * the bpftrace child) and RSS at a paced ~10k events/s.
 *
 *   node dist/bench/agent-events.js [--rounds 3] [--seconds 3] [--json]
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { createBenchFixture, type BenchFixture } from './agent-fixture.js';
import { PacketSource } from '../agent/source.js';
import { parseFilter } from '../filter/parse.js';
import { generateProgram } from '../bpf/program.js';
import { eventToProto } from '../proto/codec.js';
import { packetlife } from '../proto/generated/packetlife.js';
import type { PacketEvent } from '../common/event.js';
import { median, numberArg } from './stats.js';

const FILTER = 'udp and dst port 9000';

const arg = numberArg;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface Run {
  delivered: number;
  lost: number;
  packets: number;
  seconds: number;
}

async function rawRun(fx: BenchFixture, program: string, seconds: number): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'packetlife-bench-'));
  const file = join(dir, 'p.bt');
  writeFileSync(file, program);
  const child = execa('bpftrace', [file], { reject: false, buffer: false, stderr: 'ignore', env: { BPFTRACE_PERF_RB_PAGES: '1024' } });
  let lines = 0;
  let lost = 0;
  let ready!: () => void;
  const attached = new Promise<void>((r) => (ready = r));
  child.stdout!.on('data', (chunk: Buffer) => {
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
    if (chunk.includes('B ')) ready();
    const text = chunk.includes('Lost ') ? chunk.toString() : '';
    for (const m of text.matchAll(/Lost (\d+) events/g)) lost += Number(m[1]);
  });
  await attached;
  const start = lines;
  const load = await fx.load(seconds, 50_000_000);
  await sleep(1000);
  const delivered = lines - start;
  child.kill('SIGTERM');
  await child;
  rmSync(dir, { recursive: true, force: true });
  return { delivered, lost, packets: load.forwarded, seconds: load.seconds };
}

async function agentRun(fx: BenchFixture, seconds: number, pps = 0): Promise<Run & { cpuPercent: number; bpftraceCpuPercent: number; rssMiB: number }> {
  const source = new PacketSource({ node: 'bench', scope: { kind: 'netns', node: 'bench', names: fx.names }, tier: 'tracepoint', snapshotIntervalMs: 0 });
  let delivered = 0;
  let bytes = 0;
  source.on('events', (events: PacketEvent[]) => {
    const frame = packetlife.v1.EventBatch.encode({ seq: 1, events: events.map(eventToProto) }).finish();
    bytes += frame.length;
    delivered += events.length;
  });
  await source.start();
  await source.setSessions([{ id: 'all', filter: parseFilter(FILTER) }]);
  const bpftracePid = findChildBpftrace();
  const cpu0 = process.cpuUsage();
  const bt0 = bpftracePid ? procCpuTicks(bpftracePid) : 0;
  const t0 = process.hrtime.bigint();
  let rss = 0;
  const rssTimer = setInterval(() => (rss = Math.max(rss, process.memoryUsage().rss)), 100);
  const load = await fx.load(seconds, 50_000_000, pps);
  await sleep(1000);
  source.flush();
  clearInterval(rssTimer);
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const bt = bpftracePid ? procCpuTicks(bpftracePid) - bt0 : 0;
  const lost = source.loss().bpfLost + source.loss().parseErrors;
  await source.stop();
  void bytes;
  return {
    delivered,
    lost,
    packets: load.forwarded,
    seconds: load.seconds,
    cpuPercent: ((cpu.user + cpu.system) / 1e6 / wall) * 100,
    bpftraceCpuPercent: (bt / 100 / wall) * 100,
    rssMiB: rss / 2 ** 20,
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

function procCpuTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime + stime, clock ticks (100/s)
  } catch {
    return 0;
  }
}

async function main(): Promise<void> {
  const rounds = arg('rounds', 3);
  const seconds = arg('seconds', 3);
  const json = process.argv.includes('--json');
  const fx = await createBenchFixture(String(process.pid % 100000));
  const program = generateProgram({ sessions: [{ id: 'all', filter: parseFilter(FILTER) }], netnsInodes: fx.inodes, tier: 'tracepoint' });
  const raw: Run[] = [];
  const agent: Run[] = [];
  let paced: Awaited<ReturnType<typeof agentRun>> | undefined;
  const say = (s: string): void => void (json || process.stderr.write(`${s}\n`));
  try {
    await execa('true');
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? ['raw', 'agent'] : ['agent', 'raw'];
      for (const mode of order) {
        const r = mode === 'raw' ? await rawRun(fx, program, seconds) : await agentRun(fx, seconds);
        (mode === 'raw' ? raw : agent).push(r);
        say(`round ${round + 1} ${mode.padEnd(5)} ${Math.round(r.delivered / r.seconds)} events/s delivered (${r.delivered} events, ${r.lost} lost, ${r.packets} packets, ${(r.delivered / Math.max(1, r.packets)).toFixed(2)} events/packet)`);
      }
    }
    // (c): paced to about 10k events/s (events per packet measured above).
    const perPacket = median(agent.map((r) => r.delivered / Math.max(1, r.packets))) || 6;
    paced = await agentRun(fx, 10, Math.round(10_000 / perPacket));
    say(`paced: ${Math.round(paced.delivered / paced.seconds)} events/s, agent CPU ${paced.cpuPercent.toFixed(1)}% of a core, bpftrace ${paced.bpftraceCpuPercent.toFixed(1)}%, RSS ${paced.rssMiB.toFixed(0)} MiB, lost ${paced.lost}`);
  } finally {
    await fx.remove();
  }
  const rate = (rs: Run[]): number => median(rs.map((r) => r.delivered / r.seconds));
  const summary = {
    filter: FILTER,
    rounds,
    secondsPerRun: seconds,
    rawEventsPerSec: Math.round(rate(raw)),
    agentEventsPerSec: Math.round(rate(agent)),
    agentOverRaw: rate(agent) / rate(raw),
    rawLost: raw.map((r) => r.lost),
    agentLost: agent.map((r) => r.lost),
    paced10k: paced && {
      eventsPerSec: Math.round(paced.delivered / paced.seconds),
      agentCpuPercentOfCore: Number(paced.cpuPercent.toFixed(1)),
      bpftraceCpuPercentOfCore: Number(paced.bpftraceCpuPercent.toFixed(1)),
      peakRssMiB: Number(paced.rssMiB.toFixed(0)),
      lost: paced.lost,
    },
  };
  if (json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  else
    process.stdout.write(
      `raw bpftrace: ${summary.rawEventsPerSec} events/s   agent (parse+enrich+encode): ${summary.agentEventsPerSec} events/s   agent/raw ${summary.agentOverRaw.toFixed(3)}\n` +
        `lost: raw ${summary.rawLost.join('/')}, agent ${summary.agentLost.join('/')}\n`,
    );
}

await main();
