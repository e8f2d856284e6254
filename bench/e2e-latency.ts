/**
 * bench/e2e-latency.ts — packet-to-trace latency in the lab, through real processes: from the
 * moment the kernel saw a packet's first hop (the trace's first hop time, bpftrace's monotonic
 * clock mapped to wall time by the agent) to the moment the finished trace arrives on the
 * collector's live WebSocket stream (/api/stream). Everything on the way is real: bpftrace per
 * node, the agent processes (parse, enrich, batch, protobuf over WebSocket), the collector
 * process (ingest, correlation — chain idle time, cross-node stitching window, tick — store,
 * stream).
 *
 *   npm run build && node dist/bench/e2e-latency.js [--pings N] [--interval-ms M] [--curls K] [--rounds R] [--json]
 *
 * --rounds R (default 5) drives the traffic R times in the same lab; the percentiles are given
 * per round and as min/median/max over the rounds, with the calibration figure and load average.
 *
 * Traffic, bounded in count and time: N pings toolbox-a → toolbox-b (cross-node ICMP: a request
 * and a reply trace each), then K curls toolbox-a → svc echo-clusterip (TCP through DNAT, about
 * ten traces per connection). Also reported: last hop → stream, the part of the latency the
 * packet's own travel time does not explain (what the correlator waits before calling a trace
 * complete, plus transport). The lab, agents and collector are removed at the end, also on
 * error or Ctrl-C.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { generatedUserTokenFile } from '../common/client-token.js';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execa, type ResultPromise } from 'execa';
import WebSocket from 'ws';
import { measureMonoToWallOffsetNs } from '../agent/clock.js';
import type { AgentHealth } from '../collector/ingest.js';
import type { Trace } from '../collector/trace-model.js';
import { spawnAgents, stopAgents, type AgentProcess } from '../demo/agents.js';
import { calibrate, spread, type Spread } from './calibration.js';
import { labDown, labExec, labUp } from '../lab/lab.js';
import { agentLatencyLines, agentLatencyOf, stageLines, stagesOf, summarizeStages, type Stages } from './trace-stages.js';

interface Args {
  rounds: number;
  pings: number;
  intervalMs: number;
  curls: number;
  json: boolean;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { rounds: 5, pings: 300, intervalMs: 20, curls: 40, json: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const num = (min: number, max: number): number => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < min || v > max) throw new Error(`${flag} needs a whole number ${min}-${max}, got "${argv[i] ?? ''}"`);
      return v;
    };
    if (flag === '--pings') a.pings = num(1, 2000);
    else if (flag === '--rounds') a.rounds = num(1, 50);
    else if (flag === '--interval-ms') a.intervalMs = num(10, 1000);
    else if (flag === '--curls') a.curls = num(0, 500);
    else if (flag === '--json') a.json = true;
    else throw new Error(`unknown argument "${flag}" (--pings N --interval-ms M --curls K --rounds R --json)`);
  }
  return a;
}

const NODES = ['ip-10-0-0-75', 'ip-10-0-0-49', 'ip-10-0-1-228'];
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface Sample {
  round: number;
  protocol: number;
  direction: Trace['direction'];
  verdict: Trace['verdict'];
  firstHopMs: number; // first hop → on the stream
  lastHopMs: number; // last hop → on the stream
  stages: Stages | undefined;
  finishedBy: string;
  firstNs: number;
}

function quantiles(xs: number[]): { n: number; p50: number; p90: number; p99: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number): number => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
  const r = (v: number): number => Math.round(v * 10) / 10;
  return { n: s.length, p50: r(q(0.5)), p90: r(q(0.9)), p99: r(q(0.99)), max: r(s[s.length - 1] ?? NaN) };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (process.getuid?.() !== 0) throw new Error('the lab needs root');
  const lab = `bl${process.pid.toString(36)}`.slice(0, 12);
  let collector: ResultPromise | undefined;
  let agents: AgentProcess[] = [];
  let stream: WebSocket | undefined;
  const logDir = mkdtempSync(join(tmpdir(), 'packetlife-bench-e2e-'));
  const cleanup = async (): Promise<void> => {
    stream?.terminate();
    await stopAgents(agents);
    collector?.kill('SIGTERM');
    await collector;
    await labDown({ name: lab });
    rmSync(logDir, { recursive: true, force: true });
  };
  const onSignal = (): void => void cleanup().finally(() => process.exit(130));
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    await labUp({ name: lab });
    // PACKETLIFE_TRACE_TIMING: each trace says where its latency went (collector/latency-probe.ts)
    collector = execa('node', ['dist/cli.js', 'collector', '--lab', lab, '--listen', '127.0.0.1:0'], { reject: false, env: { PACKETLIFE_LOG_LEVEL: 'warn', PACKETLIFE_TRACE_TIMING: '1' } });
    const api = await new Promise<string>((ok, fail) => {
      let out = '';
      collector!.stdout!.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /collector listening on (http:\/\/[\d.]+:\d+)/.exec(out);
        if (m) ok(m[1]!);
      });
      void collector!.then((r) => fail(new Error(`collector exited: ${String(r.stderr)}`)));
    });
    const get = async <T>(path: string): Promise<T> => (await (await fetch(new URL(path, api), { headers: { authorization: `Bearer ${readFileSync(generatedUserTokenFile(Number(new URL(api).port)), 'utf8').trim()}` } })).json()) as T;
    process.env.PACKETLIFE_AGENT_TIMING = '1'; // the agents log where their part of the latency goes
    agents = spawnAgents({ cliScript: resolve('dist/cli.js'), lab, nodes: NODES, collectorUrl: `${api.replace('http', 'ws')}/v1/agents`, logDir });
    for (let i = 0; ; i++) {
      const up = (await get<AgentHealth[]>('/api/agents')).filter((a) => a.connected && a.snapshot !== null).map((a) => a.node);
      if (NODES.every((n) => up.includes(n))) break;
      if (i > 300) throw new Error(`agents did not connect (${up.join(', ')})`);
      await sleep(100);
    }

    const sessions: string[] = [];
    for (const body of [
      { from: 'pod/packetlab/toolbox-a', to: 'pod/packetlab/toolbox-b', protocol: 'icmp', durationS: 600 },
      { from: 'pod/packetlab/toolbox-a', to: 'svc/packetlab/echo-clusterip', durationS: 600 },
    ]) {
      const res = await fetch(new URL('/api/sessions', api), { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${readFileSync(generatedUserTokenFile(Number(new URL(api).port)), 'utf8').trim()}` }, body: JSON.stringify(body) });
      if (!res.ok) throw new Error(`POST /api/sessions: ${res.status} ${await res.text()}`);
      sessions.push(((await res.json()) as { id: string }).id);
    }
    for (let i = 0; ; i++) {
      const all = await get<AgentHealth[]>('/api/agents');
      if (NODES.every((n) => all.some((a) => a.node === n && a.connected && sessions.every((id) => a.sessions[id]?.active)))) break;
      if (i > 600) throw new Error('sessions not attached on every agent');
      await sleep(100);
    }
    await sleep(1_000); // let a second program swap (one per session) settle

    // The stream client: receive time on the agents' clock mapping (monotonic + wall offset).
    const offset = measureMonoToWallOffsetNs();
    const samples: Sample[] = [];
    let lastArrival = Date.now();
    stream = new WebSocket(`${api.replace('http', 'ws')}/api/stream`, ['packetlife'], { headers: { authorization: `Bearer ${readFileSync(generatedUserTokenFile(Number(new URL(api).port)), 'utf8').trim()}` } });
    await new Promise<void>((ok, fail) => {
      stream!.once('open', () => ok());
      stream!.once('error', fail);
    });
    const startedNs = process.hrtime.bigint() + offset;
    let round = 0;
    stream.on('message', (data) => {
      const now = process.hrtime.bigint() + offset;
      const t = JSON.parse(String(data)) as Trace;
      lastArrival = Date.now();
      const first = t.hops[0];
      const last = t.hops[t.hops.length - 1];
      if (!first || !last || BigInt(first.timeNs) < startedNs) return;
      samples.push({
        round,
        protocol: t.first.protocol,
        direction: t.direction,
        verdict: t.verdict,
        firstHopMs: Number(now - BigInt(first.timeNs)) / 1e6,
        lastHopMs: Number(now - BigInt(last.timeNs)) / 1e6,
        stages: stagesOf(t, Number(now)),
        finishedBy: t.timing?.finishedBy ?? '?',
        firstNs: Number(first.timeNs),
      });
    });

    const drive0 = Date.now();
    const interval = (args.intervalMs / 1000).toFixed(3);
    const roundLoad: number[] = [];
    for (round = 0; round < args.rounds; round++) {
      const ping = await labExec(lab, 'packetlab/toolbox-a', ['ping', '-q', '-c', String(args.pings), '-i', interval, '-W', '1', '10.0.2.29'], { timeout: args.pings * (args.intervalMs + 50) + 10_000 });
      if (ping.exitCode !== 0) throw new Error(`ping failed: ${String(ping.stdout)} ${String(ping.stderr)}`);
      for (let i = 0; i < args.curls; i++) {
        const c = await labExec(lab, 'packetlab/toolbox-a', ['curl', '-sS', '-o', '/dev/null', '--max-time', '5', 'http://172.20.122.189/'], { timeout: 10_000 });
        if (c.exitCode !== 0) throw new Error(`curl ${i + 1} failed: ${String(c.stderr)}`);
      }
      roundLoad.push(loadavg()[0]!);
      // this round's stragglers arrive before the next round starts (quiet 1 s, bounded)
      for (const deadline = Date.now() + 10_000; Date.now() - lastArrival < 1_000 && Date.now() < deadline; ) await sleep(100);
    }
    round = args.rounds; // anything later counts for no round
    const driveMs = Date.now() - drive0;
    // Stragglers: wait until the stream has been quiet for 2 s (bounded).
    for (const deadline = Date.now() + 15_000; Date.now() - lastArrival < 2_000 && Date.now() < deadline; ) await sleep(100);

    const by = (f: (s: Sample) => boolean, k: 'firstHopMs' | 'lastHopMs'): ReturnType<typeof quantiles> => quantiles(samples.filter(f).map((s) => s[k]));
    const icmp = (s: Sample): boolean => s.protocol === 1;
    const tcp = (s: Sample): boolean => s.protocol === 6;
    // per round: p50 and p99 of first hop → stream, ICMP and TCP; then their spread over the rounds
    const perRound = Array.from({ length: args.rounds }, (_, r) => {
      const of = (f: (s: Sample) => boolean): ReturnType<typeof quantiles> => quantiles(samples.filter((s) => s.round === r && f(s)).map((s) => s.firstHopMs));
      return { icmp: of(icmp), tcp: of(tcp), loadavg1: Math.round(roundLoad[r]! * 100) / 100 };
    });
    const over = (k: 'icmp' | 'tcp', q: 'p50' | 'p99'): Spread => spread(perRound.map((r) => r[k][q]));
    const calibration = calibrate();
    const report = {
      date: new Date().toISOString(),
      node: process.version,
      loadavg: loadavg().map((l) => Math.round(l * 100) / 100),
      calibration: calibration.text,
      traffic: { rounds: args.rounds, pings: args.pings, intervalMs: args.intervalMs, curls: args.curls, driveMs },
      perRound,
      spread: { icmpP50: over('icmp', 'p50'), icmpP99: over('icmp', 'p99'), tcpP50: over('tcp', 'p50'), tcpP99: over('tcp', 'p99') },
      traces: samples.length,
      incomplete: samples.filter((s) => s.verdict === 'incomplete').length,
      firstHopToStreamMs: { all: by(() => true, 'firstHopMs'), icmp: by(icmp, 'firstHopMs'), tcp: by(tcp, 'firstHopMs') },
      lastHopToStreamMs: { all: by(() => true, 'lastHopMs'), icmp: by(icmp, 'lastHopMs'), tcp: by(tcp, 'lastHopMs') },
      stagesMs: {
        icmp: summarizeStages(samples.filter((s) => icmp(s) && s.stages).map((s) => ({ totalMs: s.firstHopMs, stages: s.stages!, finishedBy: s.finishedBy }))),
        tcp: summarizeStages(samples.filter((s) => tcp(s) && s.stages).map((s) => ({ totalMs: s.firstHopMs, stages: s.stages!, finishedBy: s.finishedBy }))),
      },
      agentLatency: agentLatencyOf(agents.map((a) => ({ node: a.node, file: a.logFile })), (f) => readFileSync(f, 'utf8')),
      agents: (await get<AgentHealth[]>('/api/agents')).map((a) => ({ node: a.node, events: a.events, bpfLost: a.loss.agent.bpfLost, gapBatches: a.loss.gapBatches })),
    };
    if (args.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else {
      const line = (name: string, q: ReturnType<typeof quantiles>): string =>
        `${name.padEnd(36)} n=${String(q.n).padStart(5)}  p50 ${q.p50} ms  p90 ${q.p90} ms  p99 ${q.p99} ms  max ${q.max} ms`;
      process.stdout.write(
        [
          `packet-to-trace latency, lab ${lab}, ${report.traces} traces (${report.incomplete} incomplete), load ${report.loadavg.join(' ')}`,
          line('first hop → stream, all', report.firstHopToStreamMs.all),
          line('first hop → stream, ICMP cross-node', report.firstHopToStreamMs.icmp),
          line('first hop → stream, TCP ClusterIP', report.firstHopToStreamMs.tcp),
          line('last hop → stream, all', report.lastHopToStreamMs.all),
          `over ${args.rounds} rounds (min / median / max of each round's figure):`,
          ...(['icmpP50', 'icmpP99', 'tcpP50', 'tcpP99'] as const).map((k) => `  ${k.padEnd(8)} ${report.spread[k].min} / ${report.spread[k].median} / ${report.spread[k].max} ms`),
          `  load average (1 min) at the end of each round: ${perRound.map((r) => r.loadavg1).join(', ')}`,
          ...stageLines('ICMP', report.stagesMs.icmp),
          ...stageLines('TCP', report.stagesMs.tcp),
          ...agentLatencyLines(report.agentLatency),
          `traces over 500 ms (first hop, UTC): ${samples.filter((x) => x.firstHopMs > 500).map((x) => `${new Date(x.firstNs / 1e6).toISOString().slice(11, 23)} ${Math.round(x.firstHopMs)} ms`).slice(0, 30).join(', ') || 'none'}`,
          report.calibration,
          `agents: ${report.agents.map((a) => `${a.node} ${a.events} events, ${a.bpfLost} lost`).join('; ')}`,
        ].join('\n') + '\n',
      );
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await cleanup();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`e2e-latency: ${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = 1;
});
