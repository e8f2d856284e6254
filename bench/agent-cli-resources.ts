/**
 * Benchmark (c) on the real command, as its own process, with the bench fixture's UDP load paced
 * so that the agent handles about 10,000 events/s. Reports the agent process's CPU (share of one
 * core) and peak RSS (VmHWM), and its bpftrace child's CPU, read from /proc. Variants:
 *   stdout    `packetlife agent --stdout --filter 'udp and dst port 9000'` (NDJSON, read and counted here)
 *   segments  `packetlife agent --collector ws://… --node bench` shipping node-local segments to a
 *             stand-in collector in this process (the collector's own IngestServer over a real
 *             WebSocket on 127.0.0.1: it sends the topology, so the agent builds segments, starts
 *             the session 'udp and dst port 9000', decodes and acks every batch and counts what
 *             came)
 *   raw       the same, the stand-in sending no topology: the agent ships raw events
 *
 * PACKETLIFE_BENCH_BASE_CLI=path/to/other/dist/cli.js adds the variants raw-base and segments-base: the
 * same with that build of the agent, interleaved with this one (a before/after in one run).
 * PACKETLIFE_BENCH_AGENT_NODE_ARGS: node options for the agent processes (--cpu-prof, --trace-gc…);
 * PACKETLIFE_BENCH_BASE_NODE_ARGS: node options for the -base variants' agents instead, and
 * PACKETLIFE_BENCH_BASE_ENV="NAME=value …" environment added to theirs (V8 flags or malloc settings
 * A/B: set PACKETLIFE_BENCH_BASE_CLI to this build's own dist/cli.js);
 * PACKETLIFE_BENCH_AGENT_OUT=dir keeps the collector variants' agent stdout and stderr there (--trace-gc lines,
 * the agent's info log and its latency probe: PACKETLIFE_AGENT_TIMING=1).
 * Every agent runs with the node options the chart gives the DaemonSet (helm values agent.nodeOptions,
 * V8's heap sizes), each build with its own chart's (none when it has none), before the options above;
 * PACKETLIFE_BENCH_BASE_CHART_OPTIONS=0 leaves them out of the -base variants (their A/B on one build).
 *
 *   node dist/bench/agent-cli-resources.js [--rounds 5] [--seconds 5] [--warmup 0] [--pps 1430] [--variants stdout,raw,segments] [--json]
 *
 * Each round runs every variant once, in turn (interleaved), each with a fresh agent process (so
 * each peak RSS is its own): it waits for the agent to attach, runs the paced load and reads
 * /proc. Printed: min / median / max over the rounds per variant, the bench/calibration.ts figure
 * and the load average before and after.
 * ≈ 7 events per forwarded packet (send, veth receive, route lookups, forward, drop), so 1430
 * packets/s ≈ 10k events/s; the events the agent printed are counted. Root, bpftrace and a mounted tracefs needed.
 */
import { appendFileSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { parse as parseYaml } from 'yaml';
import { createBenchFixture } from './agent-fixture.js';
import { loadavg } from 'node:os';
import { numberArg } from './stats.js';
import { calibrate, spread, type Spread } from './calibration.js';
import { IngestServer } from '../collector/ingest.js';
import { AgentTopologyFeed } from '../collector/topology/agent-feed.js';
import { childLog } from '../common/log.js';
import { filterToProto } from '../filter/proto.js';
import { parseFilter } from '../filter/parse.js';
import { labModel } from '../fixtures/walks.js';

const CLI = fileURLToPath(new URL('../cli.js', import.meta.url));
const arg = numberArg;
const seconds = arg('seconds', 5);
const rounds = arg('rounds', 5);
const pps = arg('pps', 1430);
// the same load for this long before the measured seconds: the agent's JIT warm-up (V8 compiling
// the hot paths on its helper threads, ≈ 0.3 s of CPU in the first seconds) left out
const warmup = arg('warmup', 0);
const BASE_CLI = process.env.PACKETLIFE_BENCH_BASE_CLI;
type Variant = 'stdout' | 'raw' | 'segments' | 'raw-base' | 'segments-base';
const variantsArg = process.argv.indexOf('--variants');
const variants = (variantsArg >= 0 ? process.argv[variantsArg + 1]! : `stdout,raw,segments${BASE_CLI ? ',raw-base,segments-base' : ''}`).split(',') as Variant[];
for (const v of variants) {
  if (v !== 'stdout' && v !== 'raw' && v !== 'segments' && v !== 'raw-base' && v !== 'segments-base') throw new Error(`--variants: stdout, raw, segments, raw-base or segments-base, got ${v}`);
  if (v.endsWith('-base') && !BASE_CLI) throw new Error(`--variants ${v}: set PACKETLIFE_BENCH_BASE_CLI to the other build's dist/cli.js`);
}
const FILTER = 'udp and dst port 9000';

/** The node options the chart beside a build's dist/cli.js gives the agent (agent.nodeOptions), as arguments. */
function chartNodeOptions(cli: string): string[] {
  const values = join(dirname(cli), '..', 'helm', 'packetlife', 'values.yaml');
  if (!existsSync(values)) return [];
  const v = parseYaml(readFileSync(values, 'utf8')) as { agent?: { nodeOptions?: string } };
  return (v.agent?.nodeOptions ?? '').split(' ').filter(Boolean);
}
const CHART_OPTIONS = chartNodeOptions(CLI);
const BASE_CHART_OPTIONS = BASE_CLI && process.env.PACKETLIFE_BENCH_BASE_CHART_OPTIONS !== '0' ? chartNodeOptions(BASE_CLI) : [];
const TICKS = 100; // USER_HZ

function cpuTicks(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(f[11]) + Number(f[12]); // utime + stime
}
function peakRssKiB(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : NaN;
}
/** CPU ticks of the main thread and of the others by name, user and system. */
function threadTicks(pid: number): Map<string, { user: number; system: number }> {
  const out = new Map<string, { user: number; system: number }>();
  let tids: string[] = [];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      // Node's own threads (V8's GC and compiler helpers, libuv's pool) are all named "node": told apart from the main thread by id
      const comm = tid === String(pid) ? 'main' : stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replace(/[0-9]+$/, '').trim() + ' (other)';
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const t = out.get(comm) ?? { user: 0, system: 0 };
      t.user += Number(f[11]);
      t.system += Number(f[12]);
      out.set(comm, t);
    } catch {
      // the thread ended
    }
  }
  return out;
}
function threadShares(before: ReturnType<typeof threadTicks>, after: ReturnType<typeof threadTicks>, seconds: number): Record<string, { user: number; system: number }> {
  const out: Record<string, { user: number; system: number }> = {};
  for (const [k, a] of after) {
    const b = before.get(k) ?? { user: 0, system: 0 };
    const user = (a.user - b.user) / TICKS / seconds;
    const system = (a.system - b.system) / TICKS / seconds;
    if (user + system > 0) out[k] = { user, system };
  }
  return out;
}
function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** "A=1 B=2" → { A: '1', B: '2' } */
function envPairs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of text.split(' ').filter(Boolean)) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new Error(`PACKETLIFE_BENCH_BASE_ENV: NAME=value pairs, got ${pair}`);
    out[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return out;
}

interface Round {
  variant: Variant;
  seconds: number;
  packetsPerSecond: number;
  eventsPerSecond: number;
  agentCpuShare: number;
  bpftraceCpuShare: number;
  agentIdleRssMiB: number;
  agentPeakRssMiB: number;
  /** Collector variants: segments received per second (0 for raw events). */
  segmentsPerSecond: number;
  /** Collector variants: events the agent reported lost during the round (bpftrace, its queue). */
  lostEvents: number;
  /** The agent's CPU: its main thread and the others (V8's GC and compiler helpers, libuv), user and system, share of a core. */
  threads: Record<string, { user: number; system: number }>;
}

/** The stand-in collector: the collector's IngestServer, counting the events (or what the segments stand for) that came. */
async function standInCollector(variant: 'raw' | 'segments'): Promise<{ url: string; counts: { events: number; segments: number }; sessionActive: Promise<void>; lost(): number; close(): Promise<void> }> {
  const counts = { events: 0, segments: 0 };
  // the collector's own topology feed (the lab topology: the bench's netns are not in it, which
  // names their devices "other" — the work per event is the same)
  const feed = variant === 'segments' ? new AgentTopologyFeed(labModel(), { onReady: () => undefined }) : undefined;
  feed?.refresh();
  const ingest = new IngestServer({
    logger: childLog('bench-collector').child({}, { level: 'warn' }),
    ...(feed ? { segmentTopology: (a: { node: string; parts: boolean }) => feed.forAgent(a.node, a.parts) } : {}),
    onBatch: (_agent, events, _seq, meta) => {
      counts.events += events.length;
      counts.segments += meta.segments.length;
      for (const sg of meta.segments) counts.events += sg.hops.length + sg.drops.length; // as the ingest counts them
    },
  });
  const { host, port } = await ingest.listen();
  const filter = parseFilter(FILTER);
  ingest.startSession('all', { sessionId: 'bench', ...(filter ? { filter: { expr: filterToProto(filter) } } : {}) });
  const sessionActive = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the agent did not start the session within 90 s')), 90_000);
    ingest.on('session-ack', (_id, ack) => {
      if (ack.sessionId !== 'bench') return;
      if (!ack.ok) {
        clearTimeout(timer);
        reject(new Error(`the agent refused the session: ${ack.error ?? ''}`));
      } else if (ack.active) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  // what the agent said it lost (bpftrace "Lost N events", its queue's drops): an agent that cannot keep up loses in the kernel
  const lost = (): number => {
    let n = 0;
    for (const a of ingest.listAgents()) n += a.loss.agent.bpfLost + a.loss.agent.queueDroppedEvents;
    return n;
  };
  return { url: `ws://${host}:${port}/v1/agents`, counts, sessionActive, lost, close: () => ingest.close() };
}

async function round(fixture: Awaited<ReturnType<typeof createBenchFixture>>, variant: Variant): Promise<Round> {
  const collector = variant === 'stdout' ? undefined : await standInCollector(variant === 'raw-base' ? 'raw' : variant === 'segments-base' ? 'segments' : variant);
  const args = collector ? ['agent', '--collector', collector.url, '--node', 'bench'] : ['agent', '--stdout', '--filter', FILTER];
  // PACKETLIFE_BENCH_AGENT_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/p"): node options for the agent processes, to profile them
  const base = variant.endsWith('-base');
  const nodeArgs = ((base ? process.env.PACKETLIFE_BENCH_BASE_NODE_ARGS : undefined) ?? process.env.PACKETLIFE_BENCH_AGENT_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const agent = execa(process.execPath, [...(base ? BASE_CHART_OPTIONS : CHART_OPTIONS), ...nodeArgs, base ? BASE_CLI! : CLI, ...args], {
    stdout: 'pipe',
    stderr: 'pipe',
    reject: false,
    // PACKETLIFE_BENCH_AGENT_OUT: also the agent's info log and its latency probe (agent/latency-probe.ts)
    env: {
      ...(process.env.PACKETLIFE_BENCH_AGENT_OUT ? { PACKETLIFE_LOG_LEVEL: 'info', PACKETLIFE_AGENT_TIMING: '1' } : { PACKETLIFE_LOG_LEVEL: 'warn' }),
      ...(base ? envPairs(process.env.PACKETLIFE_BENCH_BASE_ENV ?? '') : {}),
    },
  });
  collector?.sessionActive.catch(() => undefined); // awaited below; no unhandled rejection meanwhile
  let stderr = '';
  agent.stderr?.on('data', (d: Buffer) => {
    if (stderr.length < 4096) stderr += String(d);
  });
  let lines = 0;
  // PACKETLIFE_BENCH_AGENT_OUT=dir: the collector variants' agent stdout (e.g. --trace-gc lines) kept in dir/<variant>-<pid>.log
  const outDir = process.env.PACKETLIFE_BENCH_AGENT_OUT;
  if (outDir && collector) {
    const file = `${outDir}/${variant}-${agent.pid ?? 0}.log`;
    agent.stdout?.on('data', (d: Buffer) => appendFileSync(file, d));
    agent.stderr?.on('data', (d: Buffer) => appendFileSync(file, d));
  }
  agent.stdout?.on('data', (d: Buffer) => {
    for (let i = d.indexOf(10); i >= 0; i = d.indexOf(10, i + 1)) lines++;
  });
  const delivered = (): number => (collector ? collector.counts.events : lines);
  try {
    if (collector) {
      const exited = agent.then(() => {
        throw new Error('the agent exited');
      });
      exited.catch(() => undefined);
      await Promise.race([collector.sessionActive, exited]).catch((err: unknown) => {
        throw new Error(`${(err as Error).message}; agent stderr: ${stderr}`);
      });
    } else {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the agent did not attach within 90 s')), 90_000);
        agent.stderr?.on('data', (d: Buffer) => {
          if (String(d).includes('attached')) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
    }
    const pid = agent.pid!;
    const bpf = childPids(pid)[0];
    const idleRss = peakRssKiB(pid);
    if (warmup > 0) await fixture.load(warmup, pps * warmup + 10, pps);
    const a0 = cpuTicks(pid);
    const t0 = threadTicks(pid);
    const b0 = bpf ? cpuTicks(bpf) : 0;
    const l0 = delivered();
    const s0 = collector?.counts.segments ?? 0;
    const lost0 = collector?.lost() ?? 0;
    const load = await fixture.load(seconds, pps * seconds + 10, pps);
    // the last batch (the agent flushes every 100 ms; a segment waits for its node's watermark)
    await new Promise((r) => setTimeout(r, collector ? 600 : 300));
    const a1 = cpuTicks(pid);
    const t1 = threadTicks(pid);
    const b1 = bpf ? cpuTicks(bpf) : 0;
    return {
      variant,
      seconds: load.seconds,
      packetsPerSecond: Math.round(load.sent / load.seconds),
      eventsPerSecond: Math.round((delivered() - l0) / load.seconds),
      segmentsPerSecond: Math.round(((collector?.counts.segments ?? 0) - s0) / load.seconds),
      lostEvents: (collector?.lost() ?? 0) - lost0,
      agentCpuShare: (a1 - a0) / TICKS / load.seconds,
      bpftraceCpuShare: (b1 - b0) / TICKS / load.seconds,
      agentIdleRssMiB: idleRss / 1024,
      agentPeakRssMiB: peakRssKiB(pid) / 1024,
      threads: threadShares(t0, t1, load.seconds),
    };
  } finally {
    agent.kill('SIGTERM');
    await agent;
    await collector?.close();
  }
}

const loadBefore = loadavg().map((l) => Math.round(l * 100) / 100);
const cal = calibrate();
const fixture = await createBenchFixture('agcl');
const results: Round[] = [];
try {
  for (let i = 0; i < rounds; i++) {
    // every variant once per round, the order turning each round
    for (let k = 0; k < variants.length; k++) {
      const variant = variants[(i + k) % variants.length]!;
      const r = await round(fixture, variant);
      results.push(r);
      if (!process.argv.includes('--json')) {
        process.stderr.write(
          `round ${i + 1} ${variant}: ${r.packetsPerSecond} packets/s sent, ${r.eventsPerSecond} events/s${variant.startsWith('segments') ? ` (${r.segmentsPerSecond} segments/s)` : ''}${variant === 'stdout' ? '' : `, ${r.lostEvents} lost`}, agent ${(r.agentCpuShare * 100).toFixed(1)}% of a core, bpftrace ${(r.bpftraceCpuShare * 100).toFixed(1)}%, RSS idle ${r.agentIdleRssMiB.toFixed(0)} MiB, peak ${r.agentPeakRssMiB.toFixed(0)} MiB\n` +
            `  threads (user+system %): ${Object.entries(r.threads)
              .sort((a, b) => b[1].user + b[1].system - a[1].user - a[1].system)
              .map(([k, t]) => `${k} ${(t.user * 100).toFixed(1)}+${(t.system * 100).toFixed(1)}`)
              .join(', ')}\n`,
        );
      }
    }
  }
} finally {
  await fixture.remove();
}
const per = (v: Variant) => {
  const rs = results.filter((r) => r.variant === v);
  const sp = (f: (r: Round) => number): Spread => spread(rs.map(f));
  return {
    packetsPerSecond: sp((r) => r.packetsPerSecond),
    eventsPerSecond: sp((r) => r.eventsPerSecond),
    segmentsPerSecond: sp((r) => r.segmentsPerSecond),
    lostEvents: sp((r) => r.lostEvents),
    agentCpuPercentOfCore: sp((r) => r.agentCpuShare * 100),
    bpftraceCpuPercentOfCore: sp((r) => r.bpftraceCpuShare * 100),
    agentIdleRssMiB: sp((r) => r.agentIdleRssMiB),
    agentPeakRssMiB: sp((r) => r.agentPeakRssMiB),
  };
};
const summary = {
  rounds,
  secondsPerRound: seconds,
  variants: Object.fromEntries(variants.map((v) => [v, per(v)])),
  runs: results,
  calibration: cal.text,
  agentNodeOptions: CHART_OPTIONS.join(' '),
  ...(BASE_CLI ? { baseAgentNodeOptions: BASE_CHART_OPTIONS.join(' ') } : {}),
  loadavgBefore: loadBefore,
  loadavgAfter: loadavg().map((l) => Math.round(l * 100) / 100),
};
const f = (x: Spread, d = 0): string => `${x.min.toFixed(d)} / ${x.median.toFixed(d)} / ${x.max.toFixed(d)}`;
const NAMES: Record<Variant, string> = {
  stdout: '`packetlife agent --stdout` (NDJSON)',
  raw: '`packetlife agent --collector` shipping raw events',
  segments: '`packetlife agent --collector` shipping segments',
  'raw-base': 'the same shipping raw events, PACKETLIFE_BENCH_BASE_CLI',
  'segments-base': 'the same shipping segments, PACKETLIFE_BENCH_BASE_CLI',
};
if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(summary)}\n`);
else {
  const lines = [`min / median / max of ${rounds} rounds × ${seconds} s, variants interleaved (a fresh agent process each):`];
  for (const v of variants) {
    const x = summary.variants[v]!;
    lines.push(
      `${NAMES[v]}`,
      `  packets/s sent        ${f(x.packetsPerSecond)}`,
      `  events/s              ${f(x.eventsPerSecond)}${v.startsWith('segments') ? `   (segments/s ${f(x.segmentsPerSecond)}; events: their hops and drops)` : ''}`,
      ...(v === 'stdout' ? [] : [`  events lost (agent)   ${f(x.lostEvents)}`]),
      `  agent CPU, % of core  ${f(x.agentCpuPercentOfCore, 1)}`,
      `  bpftrace CPU, %       ${f(x.bpftraceCpuPercentOfCore, 1)}`,
      `  agent RSS idle, MiB   ${f(x.agentIdleRssMiB)}`,
      `  agent RSS peak, MiB   ${f(x.agentPeakRssMiB)}`,
    );
  }
  lines.push(
    `agent node options (the chart's agent.nodeOptions): ${CHART_OPTIONS.join(' ') || 'none'}${BASE_CLI && variants.some((v) => v.endsWith('-base')) ? `; -base: ${BASE_CHART_OPTIONS.join(' ') || 'none'}` : ''}`,
  );
  lines.push(cal.text, `load average before ${loadBefore.join(' ')}, after ${summary.loadavgAfter.join(' ')}`);
  process.stdout.write(lines.join('\n') + '\n');
}
