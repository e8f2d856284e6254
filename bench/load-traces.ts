/**
 * bench/load-traces.ts — traces under steady load on the lab, through real processes: a lab, the
 * collector, one agent per node, a trace session pod/packetlab/toolbox-a → svc echo-clusterip,
 * and keep-alive HTTP from toolbox-a (node ip-10-0-0-75) to the ClusterIP, DNAT'd to the echo
 * servers on the two other nodes: every request and reply crosses two nodes and a NAT. Measures
 * traced packets per second, how many traces are complete, whether any is wrong, packet → trace
 * latency on the collector's stream, /healthz latency while it runs, and every loss counter.
 *
 *   npm run build && flock /tmp/packetlife-lab.lock node dist/bench/load-traces.js [--rate REQ/S]
 *        [--seconds S] [--conns C] [--rounds N] [--collector-nice N] [--warmup S] [--restart-after S] [--blind-check] [--otlp] [--json]
 *
 * --rounds N runs N times (a new lab each) and prints each round's figures and min/median/max
 * over the rounds, with the calibration figure and load average. --collector-nice N runs the
 * collector at that nice level (e.g. -10): a model of a collector on its own node, which does
 * not compete for CPU with the agents, bpftrace, the pods and the load client of this 2-CPU lab.
 * The report says which; figures with and without it are different figures.
 *
 * --warmup S drives the same load for S seconds first and leaves it out: the run then measures
 * a collector and agents that have been running (as in a cluster), not processes that started
 * seconds before the load and compile their hot paths under it. Without it, the first seconds
 * carry that start (each round's "over 500 ms, by second of the run" line shows when the slow
 * traces were sent). The report says which.
 *
 * --blind-check counts, beside the load, the softirqs the kernel ran without giving them to the
 * agents' perf-attached BPF programs, by the task they ran on (bench/blind-softirqs.ts): on the
 * lab machine these are the incomplete traces' missing hops (collector/README.md "Events the
 * kernel does not give to BPF"). It adds a bpftrace and an ftrace instance: figures with and
 * without it are different figures.
 *
 * --otlp runs the collector with OTLP export on (--otlp-endpoint) to bench/otlp-sink.ts in a
 * process of its own: what a collector exporting every trace does at this load — whether every
 * trace is still whole and on time, what was exported or dropped, and the export process's CPU
 * (its own group, beside the collector's). Rounds with and without it are different figures;
 * interleave them to compare.
 *
 * --restart-after S stops the collector S seconds into the load and starts it again 3 s later on
 * the same port (the agents keep tracing and queue meanwhile; they resend on reconnect), with
 * the state it kept (--state-dir, as the chart's collector has): it knows the session the agents
 * resume. Only the traces of packets sent while the collector was up again or while it was down
 * count then.
 *
 * Everything it makes (lab, processes, temp files) is removed at the end, also on failure.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { generatedUserTokenFile } from '../common/client-token.js';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execa, type ResultPromise } from 'execa';
import WebSocket from 'ws';
import { measureMonoToWallOffsetNs } from '../agent/clock.js';
import type { AgentHealth } from '../collector/ingest.js';
import type { Trace } from '../collector/trace-model.js';
import { calibrate, spread, type Spread } from './calibration.js';
import { cpuShare, cpuSnapshot, type CpuShare } from './cpu-share.js';
import { readLabState } from '../lab/state.js';
import { descendants, logTail, runningBpftrace, spawnAgents, stopAgents, type AgentProcess } from '../demo/agents.js';
import { labDown, labExec, labUp } from '../lab/lab.js';
import { startSink, type Sink } from './otlp-sink-process.js';
import { blindLine, startBlindCheck, type BlindCheck, type BlindReport } from './blind-softirqs.js';
import { agentLatencyLines, agentLatencyOf, stageLines, stagesOf, summarizeStages, type StageSummary, type Stages } from './trace-stages.js';

export const LOAD_NODES = ['ip-10-0-0-75', 'ip-10-0-0-49', 'ip-10-0-1-228'];
const CLUSTER_IP = '172.20.122.189';
const ECHO_PODS = new Set(['packetlab/echoserver-a', 'packetlab/echoserver-b']);
const CLIENT_POD = 'packetlab/toolbox-a';
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export interface LoadOptions {
  rate: number; // HTTP requests per second
  seconds: number;
  conns: number;
  /** Stop the collector this many seconds into the load and start it again 3 s later. */
  restartAfterS?: number;
  /** Run the collector at this nice level (a model of a collector with CPUs of its own). */
  collectorNice?: number;
  /** SIGKILL the bpftrace of this node's agent this many seconds into the load (its agent restarts it). */
  killBpftrace?: { node: string; afterS: number };
  /** Count the softirqs perf-attached BPF programs did not see while the load ran (bench/blind-softirqs.ts). */
  blindCheck?: boolean;
  /** Run the collector with OTLP export on, to a sink in its own process. */
  otlp?: boolean;
  /**
   * Drive the same load this many seconds before the measured run, on the same collector and
   * agents, and leave it out (a collector and agents that have been running, as in a cluster,
   * instead of processes started seconds before the load).
   */
  warmupS?: number;
  lab?: string;
  log?: (line: string) => void;
}

export interface Quantiles {
  n: number;
  p50: number;
  p99: number;
  max: number;
}

export interface LoadReport {
  date: string;
  collectorNice?: number;
  loadavg: number[];
  calibration: string;
  requests: { sent: number; answered: number; failed: number };
  seconds: number;
  traces: number;
  tracedPacketsPerS: number;
  complete: number;
  incomplete: number;
  wrong: number;
  wrongExamples: string[];
  incompleteExamples: string[];
  reasons: Record<string, number>;
  healthzMs: Quantiles;
  /** /healthz requests slower than 200 ms: when they were sent (ms since the epoch) and how long they took. */
  slowHealthz: Array<{ atMs: number; ms: number }>;
  firstHopToStreamMs: { tcp: Quantiles };
  /** Where the TCP traces' latency went (bench/trace-stages.ts). */
  stagesMs: { tcp: StageSummary };
  /** The agents' own account of their part (agent/latency-probe.ts). */
  agentLatency: ReturnType<typeof agentLatencyOf>;
  collectorLoop: CollectorLoop;
  /** Cores used while the load ran, by the collector, the agents, their bpftrace, the lab's servers, the load client, this bench, softirq and the rest of the machine. */
  cpu: CpuShare;
  /** parseErrors: bpftrace lines the agent could not read (cut off or garbled); invalidEvents: events the collector could not read; encodeErrors: events the agent could not encode. Each is an event lost. */
  agents: Array<{ node: string; events: number; bpfLost: number; queueDropped: number; gapBatches: number; parseErrors: number; invalidEvents: number; encodeErrors: number; restarts: number }>;
  correlator: Record<string, number>;
  afterRestart?: { traces: number; complete: number; incomplete: number };
  /**
   * With a restart: what the agents and the collector logged about connections, modes and stalls
   * (not the per-second latency lines), so a run that misses the bar says what happened: a CI run
   * keeps nothing else.
   */
  restartLog?: string[];
  /** With --otlp: the export's counters from the collector's /metrics at the end of the load (what is queued then goes out on SIGTERM). */
  otlp?: { exported: number; dropped: Record<string, number>; queued: number };
  /** With --blind-check: softirqs the agents' BPF programs could not see while the load ran. */
  blind?: BlindReport;
  bpftraceKilledAtNs?: string;
  traceList?: Array<{ start: string; end: string; verdict: string; reasons: string[]; nodes: string[] }>;
}

export function quantiles(xs: number[]): Quantiles {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number): number => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
  const r = (v: number): number => Math.round(v * 10) / 10;
  return { n: s.length, p50: r(q(0.5)), p99: r(q(0.99)), max: r(s[s.length - 1] ?? NaN) };
}

/** What is wrong with a finished, complete trace of this load (undefined: nothing). */
export function wrongness(t: Trace): string | undefined {
  const first = t.hops[0];
  const last = t.hops[t.hops.length - 1];
  if (!first || !last) return 'no hops';
  if (t.verdict !== 'delivered') return `verdict ${t.verdict}`;
  if (t.nodes.length !== 2) return `crossed ${t.nodes.join(',')}`;
  if (first.place.kind !== 'pod-eth' || last.place.kind !== 'pod-eth') return `ends ${first.place.label} … ${last.place.label}`;
  const [from, to] = [first.place.pod ?? '', last.place.pod ?? ''];
  if (t.first.dst === CLUSTER_IP) {
    // a request: toolbox-a → VIP, DNAT'd to an echo server on another node
    if (from !== CLIENT_POD || !ECHO_PODS.has(to)) return `request ${from} → ${to}`;
    const dnat = t.nats.find((n) => n.kind === 'DNAT');
    if (!dnat || dnat.service !== 'packetlab/echo-clusterip' || dnat.after.dport !== 8080) return `request without the ClusterIP DNAT (${t.nats.map((n) => n.kind).join(',')})`;
    if (t.last.dport !== 8080 || t.first.dport !== 80) return `request ports ${t.first.dport} → ${t.last.dport}`;
  } else {
    if (!ECHO_PODS.has(from) || to !== CLIENT_POD) return `reply ${from} → ${to}`;
    if (t.last.src !== CLUSTER_IP || t.last.sport !== 80) return `reply not un-DNAT'd to the VIP (last src ${t.last.src}:${t.last.sport})`;
  }
  return undefined;
}

/** The collector's last words on stderr, for the error when it dies. */
let collectorErr = '';
/** Log lines worth keeping in a restart run's report (connections, data modes, stalls, warnings and errors). */
const NOTEWORTHY = /"level":(40|50|60)|"msg":"(agent (dis)?connected|connected to the collector|disconnected from the collector|the collector [^"]*|no topology[^"]*|event loop stalled)"/;
let collectorNotes: string[] = [];
/** Its "event loop stalled" warnings (collector/loop-health.ts), in order. */
let collectorStalls: LoopStall[] = [];

export interface LoopStall {
  atMs: number;
  stallMs: number;
  cpuMs: number;
  gcMs: number;
  areas: Record<string, number>;
}

/** The collector's own account of its event loop (collector/loop-health.ts), from /metrics and its warnings. */
export interface CollectorLoop {
  cpuSeconds: number;
  /** Event-loop delay over the run (perf_hooks monitorEventLoopDelay, since the previous scrape). */
  lagMs: { p50: number; p99: number; max: number };
  gcSeconds: Record<string, number>;
  busySeconds: Record<string, number>;
  sliceMaxMs: Record<string, number>;
  /** The longest outermost slice by process CPU time (the collector's own blocking, without waiting for a CPU). */
  sliceMaxCpuMs: Record<string, number>;
  /** Late turns of the loop: the process's CPU time in them (busy) and the rest (waiting for a CPU). */
  stallSeconds: { busy: number; starved: number; count: number };
  /**
   * packet → trace latency in its parts (bucket upper bounds, ms): the agents' watermark lag
   * when they seal a batch, batch sealed → taken by the correlator, first hop → trace finished.
   */
  latencyPartsMs: Record<'watermarkLag' | 'batchDelay' | 'traceDelay', { p50: number; p99: number }>;
  /** The longest stalls (> 200 ms), with the areas that ran in them. */
  longestStalls: LoopStall[];
  /** The topology model's version at the end and what the agents' snapshots did to it (a new version goes to every agent). */
  topology: { version: number; snapshots: Record<string, number> };
}

/** The first sample of a metric in Prometheus text, whatever its labels. */
function metricOne(metricsText: string, name: string): number {
  return Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(metricsText)?.[1] ?? NaN);
}

/** A metric's samples by one label's value (× scale, to 3 decimals). */
function metricByLabel(metricsText: string, name: string, label: string, scale = 1): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of metricsText.matchAll(new RegExp(`^${name}\\{[^}]*${label}="([^"]+)"[^}]*\\} (\\S+)$`, 'gm'))) out[m[1]!] = Math.round(Number(m[2]) * scale * 1000) / 1000;
  return out;
}

/** Reads the loop metrics out of the collector's Prometheus text. */
export function collectorLoopOf(metricsText: string, stalls: LoopStall[]): CollectorLoop {
  const one = (name: string): number => metricOne(metricsText, name);
  const byLabel = (name: string, label: string, scale = 1): Record<string, number> => metricByLabel(metricsText, name, label, scale);
  const st = byLabel('packetlife_collector_loop_stall_seconds_total', 'kind');
  // a quantile of a Prometheus histogram: the upper bound of the bucket that holds it
  const hq = (name: string): { p50: number; p99: number } => {
    const buckets = [...metricsText.matchAll(new RegExp(`^${name}_bucket\\{le="([^"]+)"\\} (\\S+)$`, 'gm'))].map((m) => ({ le: m[1] === '+Inf' ? Infinity : Number(m[1]), n: Number(m[2]) }));
    const total = buckets[buckets.length - 1]?.n ?? 0;
    const q = (p: number): number => (buckets.find((b) => b.n >= p * total)?.le ?? NaN) * 1000;
    return { p50: q(0.5), p99: q(0.99) };
  };
  return {
    topology: { version: one('packetlife_topology_version'), snapshots: byLabel('packetlife_topology_snapshots_total', 'result') },
    cpuSeconds: Math.round(one('process_cpu_seconds_total') * 100) / 100,
    lagMs: { p50: Math.round(one('nodejs_eventloop_lag_p50_seconds') * 1e4) / 10, p99: Math.round(one('nodejs_eventloop_lag_p99_seconds') * 1e4) / 10, max: Math.round(one('nodejs_eventloop_lag_max_seconds') * 1e4) / 10 },
    gcSeconds: byLabel('nodejs_gc_duration_seconds_sum', 'kind'),
    busySeconds: byLabel('packetlife_collector_busy_seconds_total', 'area'),
    sliceMaxMs: byLabel('packetlife_collector_slice_max_seconds', 'area', 1000),
    sliceMaxCpuMs: byLabel('packetlife_collector_slice_max_cpu_seconds', 'area', 1000),
    stallSeconds: { busy: st.busy ?? NaN, starved: st.starved ?? NaN, count: one('packetlife_collector_loop_stalls_total') },
    latencyPartsMs: {
      watermarkLag: hq('packetlife_collector_agent_watermark_lag_seconds'),
      batchDelay: hq('packetlife_collector_batch_delay_seconds'),
      traceDelay: hq('packetlife_collector_trace_delay_seconds'),
    },
    longestStalls: [...stalls].sort((a, b) => b.stallMs - a.stallMs).slice(0, 8),
  };
}

/** Where the collector's log goes when the logs are kept (PACKETLIFE_LOAD_KEEP_LOGS=1). */
let collectorLogFile: string | undefined;

async function startCollector(lab: string, port: number, nice?: number, otlpEndpoint?: string, stateDir?: string): Promise<{ proc: ResultPromise; api: string }> {
  const argv = [...(process.env.LOAD_COLLECTOR_NODE_ARGS?.split(' ').filter(Boolean) ?? []), 'dist/cli.js', 'collector', '--lab', lab, '--listen', `127.0.0.1:${port}`, ...(otlpEndpoint ? ['--otlp-endpoint', otlpEndpoint] : []), ...(stateDir ? ['--state-dir', stateDir] : [])];
  // nice execs node in place: the pid is the collector's. Info: its "event loop stalled" lines are read.
  // PACKETLIFE_TRACE_TIMING: each trace says where its latency went (collector/latency-probe.ts).
  const env = { PACKETLIFE_LOG_LEVEL: 'info', PACKETLIFE_TRACE_TIMING: '1' };
  const proc = nice === undefined ? execa('node', argv, { reject: false, env }) : execa('nice', ['-n', String(nice), 'node', ...argv], { reject: false, env });
  let partial = '';
  proc.stderr!.on('data', (c: Buffer) => {
    collectorErr = (collectorErr + c.toString()).slice(-4000);
    if (collectorLogFile) appendFileSync(collectorLogFile, c);
    for (const line of c.toString().split('\n')) if (NOTEWORTHY.test(line) && collectorNotes.length < 200) collectorNotes.push(`collector: ${line.slice(0, 400)}`);
    const lines = (partial + c.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.includes('event loop stalled')) continue;
      try {
        const j = JSON.parse(line) as LoopStall & { time: number };
        collectorStalls.push({ atMs: j.time, stallMs: j.stallMs, cpuMs: j.cpuMs, gcMs: j.gcMs, areas: j.areas });
      } catch {
        // a torn line: the metrics still count it
      }
    }
  });
  const api = await new Promise<string>((ok, fail) => {
    let out = '';
    proc.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /collector listening on (http:\/\/[\d.]+:\d+)/.exec(out);
      if (m) ok(m[1]!);
    });
    void proc.then((r) => fail(new Error(`collector exited: ${String(r.stderr)}`)));
  });
  return { proc, api };
}

export async function runLoad(o: LoadOptions): Promise<LoadReport> {
  const say = o.log ?? ((): void => undefined);
  const lab = o.lab ?? `ld${process.pid.toString(36)}`.slice(0, 12);
  let collector: ResultPromise | undefined;
  let agents: AgentProcess[] = [];
  let stream: WebSocket | undefined;
  let healthTimer: NodeJS.Timeout | undefined;
  let blindCheck: BlindCheck | undefined;
  const logDir = mkdtempSync(join(tmpdir(), 'packetlife-load-'));
  collectorNotes = [];
  collectorLogFile = process.env.PACKETLIFE_LOAD_KEEP_LOGS === '1' ? join(logDir, 'collector.log') : undefined;
  collectorStalls = [];
  let sink: Sink | undefined;
  try {
    await labUp({ name: lab });
    if (o.otlp) sink = await startSink();
    // A restart keeps the collector's state, as the chart's collector does (--state-dir on an
    // emptyDir survives a container restart): it knows the session when the agents come back.
    // Without it, the new process does not know the session the agents re-announce and stops it
    // on each agent as it reconnects; an agent that came back before a new session was made then
    // traced nothing until it came (seen: all of one node's traffic after the restart incomplete,
    // 76% complete in a CI run at load 8.3).
    const stateDir = o.restartAfterS !== undefined ? join(logDir, 'state') : undefined;
    let c = await startCollector(lab, 0, o.collectorNice, sink?.url, stateDir);
    collector = c.proc;
    const api = c.api;
    const port = Number(new URL(api).port);
    // A collector on loopback generates its tokens (a new set at each start) beside its port.
    const auth = (): Record<string, string> => ({ authorization: `Bearer ${readFileSync(generatedUserTokenFile(port), 'utf8').trim()}` });
    // A starved machine can make a connect time out (undici's 10 s): tried three times, and the
    // error says why (the cause) and whether the collector still runs.
    const get = async <T>(path: string): Promise<T> => {
      for (let attempt = 1; ; attempt++) {
        try {
          return (await (await fetch(new URL(path, api), { headers: auth() })).json()) as T;
        } catch (err) {
          const cause = (err as Error & { cause?: unknown }).cause;
          const why = `${(err as Error).message}${cause ? ` (${String((cause as Error).message ?? cause)})` : ''}`;
          if (attempt < 3) {
            process.stderr.write(`load-traces: GET ${path} failed (${why}), trying again\n`);
            await sleep(1_000);
            continue;
          }
          throw new Error(`GET ${path}: ${why}; collector ${collector?.exitCode === undefined ? 'running' : `exited ${String(collector.exitCode)}`}; its stderr: ${collectorErr}`);
        }
      }
    };
    process.env.PACKETLIFE_AGENT_TIMING = '1'; // the agents log where their part of the latency goes
    agents = spawnAgents({ cliScript: resolve('dist/cli.js'), lab, nodes: LOAD_NODES, collectorUrl: `${api.replace('http', 'ws')}/v1/agents`, logDir });
    for (let i = 0; ; i++) {
      const up = (await get<AgentHealth[]>('/api/agents')).filter((a) => a.connected && a.snapshot !== null).map((a) => a.node);
      if (LOAD_NODES.every((n) => up.includes(n))) break;
      if (i > 300) throw new Error(`agents did not connect (${up.join(', ')})`);
      await sleep(100);
    }
    const startSession = async (): Promise<string> => {
      const res = await fetch(new URL('/api/sessions', api), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth() },
        body: JSON.stringify({ from: `pod/${CLIENT_POD}`, to: 'svc/packetlab/echo-clusterip', durationS: 3600 }),
      });
      if (!res.ok) throw new Error(`POST /api/sessions: ${res.status} ${await res.text()}`);
      const id = ((await res.json()) as { id: string }).id;
      for (let i = 0; ; i++) {
        const all = await get<AgentHealth[]>('/api/agents');
        if (LOAD_NODES.every((n) => all.some((a) => a.node === n && a.connected && a.sessions[id]?.active))) return id;
        if (i > 300) {
          const tails = agents.map((a) => `${a.node}: ${logTail(a, 6)}`).join('\n');
          throw new Error(`session not attached on every agent: ${JSON.stringify(all.map((a) => ({ node: a.node, connected: a.connected, sessions: a.sessions })))}\n${tails}`);
        }
        await sleep(100);
      }
    };
    await startSession();
    await sleep(1_000);

    const offset = measureMonoToWallOffsetNs();
    const traces: Trace[] = [];
    const raw: Array<{ at: bigint; data: Buffer }> = [];
    const latencies: number[] = [];
    const tcpStages: Array<{ totalMs: number; stages: Stages; finishedBy: string; atS: number }> = [];
    const healthz: number[] = [];
    const slowHealthz: Array<{ atMs: number; ms: number }> = [];
    let lastArrival = Date.now();
    let startedNs = 0n;
    const openStream = async (base: string): Promise<WebSocket> => {
      const ws = new WebSocket(`${base.replace('http', 'ws')}/api/stream`, { headers: auth() });
      await new Promise<void>((ok, fail) => {
        ws.once('open', () => ok());
        ws.once('error', fail);
      });
      // Parsed after the run: this process measures /healthz and arrival times and must not be
      // the busy one. Kept as the bytes that came (off the JS heap): as strings, a minute of
      // traces was ~1 GB of heap this process's GC copied and marked while it timed arrivals.
      ws.on('message', (data: Buffer) => {
        raw.push({ at: process.hrtime.bigint() + offset, data });
        lastArrival = Date.now();
      });
      return ws;
    };
    stream = await openStream(api);
    const loadClient = (seconds: number): ReturnType<typeof labExec> =>
      labExec(lab, CLIENT_POD, ['node', resolve('dist/bench/load-client.js'), '--url', `http://${CLUSTER_IP}/`, '--rate', String(o.rate), '--conns', String(o.conns), '--seconds', String(seconds)], { timeout: (seconds + 30) * 1000 });
    if (o.warmupS) {
      say(`warm-up: ${o.rate} requests/s for ${o.warmupS} s, left out`);
      const w = await loadClient(o.warmupS);
      if (w.exitCode !== 0) throw new Error(`warm-up load client failed: ${String(w.stderr)}`);
      // its traces still arriving are left out by their first hop's time; their bytes are not kept
      for (const deadline = Date.now() + 10_000; Date.now() - lastArrival < 1_000 && Date.now() < deadline; ) await sleep(100);
      raw.length = 0;
    }
    let collectorUp = true;
    healthTimer = setInterval(() => {
      if (!collectorUp) return;
      const t0 = performance.now();
      const at = Date.now();
      const done = (ms: number): void => {
        if (!collectorUp) return;
        healthz.push(ms);
        if (ms > 200) slowHealthz.push({ atMs: at, ms: Math.round(ms) });
      };
      fetch(new URL('/healthz', api), { signal: AbortSignal.timeout(5_000) }).then(
        async (r) => {
          await r.text();
          done(performance.now() - t0);
        },
        () => done(5_000),
      );
    }, 50);

    if (o.blindCheck) blindCheck = await startBlindCheck();
    startedNs = process.hrtime.bigint() + offset;
    const drive0 = Date.now();
    say(`load: ${o.rate} requests/s over ${o.conns} connections for ${o.seconds} s`);
    const client = loadClient(o.seconds);
    const cpuGroups = (): Record<string, number[]> => ({
      collector: collector?.pid !== undefined ? [collector.pid] : [],
      // the collector's export process (under nice/chrt), and the backend it sends to
      ...(sink ? { otlpExport: collector?.pid !== undefined ? descendants(collector.pid) : [], otlpSink: [sink.pid] } : {}),
      agents: agents.map((a) => a.pid),
      bpftrace: agents.flatMap((a) => descendants(a.pid)).filter((p) => !agents.some((a) => a.pid === p)),
      labServers: (readLabState(lab)?.processes ?? []).map((p) => p.pid),
      // what else this process started: the load client (ip netns exec execs it in place)
      loadClient: descendants(process.pid).filter((p) => p !== process.pid),
      bench: [process.pid],
    });
    const cpuAtStart = cpuSnapshot();
    // the second look just before the client's last request (the client must still be there)
    const cpuAtEnd = sleep(Math.max(1_000, o.seconds * 1000 - 500)).then(() => ({ snap: cpuSnapshot(), groups: cpuGroups() }));
    let killedAtNs: bigint | undefined;
    let bpftraceKilledAtNs: bigint | undefined;
    if (o.killBpftrace) {
      const k = o.killBpftrace;
      await sleep(k.afterS * 1000);
      const agent = agents.find((a) => a.node === k.node);
      const pids = agent ? runningBpftrace(agent) : [];
      if (pids.length === 0) throw new Error(`no bpftrace found under the agent of ${k.node}`);
      bpftraceKilledAtNs = process.hrtime.bigint() + offset;
      for (const pid of pids) process.kill(pid, 'SIGKILL');
      say(`bpftrace of ${k.node} killed (pid ${pids.join(', ')}); its agent restarts it`);
    }
    if (o.restartAfterS !== undefined) {
      await sleep(o.restartAfterS * 1000);
      killedAtNs = process.hrtime.bigint() + offset;
      collectorUp = false;
      stream.terminate();
      collector.kill('SIGKILL');
      await collector;
      say('collector killed; agents queue meanwhile');
      await sleep(3_000);
      c = await startCollector(lab, port, o.collectorNice, sink?.url, stateDir);
      collector = c.proc;
      stream = await openStream(api);
      collectorUp = true;
      say('collector restarted with its state; the agents resume the session it kept');
    }
    const result = await client;
    const blind = await blindCheck?.stop();
    blindCheck = undefined;
    const end = await cpuAtEnd;
    const cpu = cpuShare(cpuAtStart, end.snap, end.groups);
    if (result.exitCode !== 0) throw new Error(`load client failed: ${String(result.stderr)}`);
    const requests = JSON.parse(String(result.stdout).trim().split('\n').pop() ?? '{}') as LoadReport['requests'];
    const driveS = (Date.now() - drive0) / 1000;
    for (const deadline = Date.now() + 20_000; Date.now() - lastArrival < 3_000 && Date.now() < deadline; ) await sleep(100);
    clearInterval(healthTimer);

    for (const { at, data } of raw) {
      const t = JSON.parse(data.toString('utf8')) as Trace;
      const first = t.hops[0];
      if (!first || BigInt(first.timeNs) < startedNs) continue;
      traces.push(t);
      if (t.first.protocol === 6) {
        const totalMs = Number(at - BigInt(first.timeNs)) / 1e6;
        latencies.push(totalMs);
        const stages = stagesOf(t, Number(at));
        if (stages) tcpStages.push({ totalMs, stages, finishedBy: t.timing?.finishedBy ?? '?', atS: Number(BigInt(first.timeNs) - startedNs) / 1e9 });
      }
    }
    const reasons: Record<string, number> = {};
    let wrong = 0;
    const wrongExamples: string[] = [];
    let complete = 0;
    const incompleteExamples: string[] = [];
    for (const t of traces) {
      if (t.verdict === 'incomplete') {
        if (incompleteExamples.length < 200) {
          const f = t.hops[0]!;
          const l = t.hops[t.hops.length - 1]!;
          incompleteExamples.push(`${t.incompleteReasons.join(';')} | first ${f.place.label} ${f.timeNs} ${JSON.stringify(f.packet)} | last ${l.place.label} ${l.timeNs} ${JSON.stringify(l.packet)}`);
        }
        for (const r of t.incompleteReasons) {
          const k = r.replace(/\d+/g, 'N');
          reasons[k] = (reasons[k] ?? 0) + 1;
        }
        continue;
      }
      const w = wrongness(t);
      if (w) {
        wrong++;
        if (wrongExamples.length < 5) wrongExamples.push(`${t.id}: ${w}`);
      } else complete++;
    }
    const stats = await get<{ correlator: Record<string, number> }>('/api/stats');
    const metricsText = await (await fetch(new URL('/metrics', api))).text();
    const collectorLoop = collectorLoopOf(metricsText, collectorStalls);
    let otlp: LoadReport['otlp'];
    if (sink) {
      // what is still queued goes out on SIGTERM; the counters here are those of the end of the load
      otlp = {
        exported: metricOne(metricsText, 'packetlife_otlp_traces_exported_total'),
        dropped: metricByLabel(metricsText, 'packetlife_otlp_traces_dropped_total', 'reason'),
        queued: metricOne(metricsText, 'packetlife_otlp_queue_traces'),
      };
    }
    // Across the restart: the packets sent from just after the kill on (their events were all in
    // the agents' queues, none half-stored by the killed process).
    let afterRestart: LoadReport['afterRestart'];
    let restartLog: string[] | undefined;
    if (killedAtNs !== undefined) {
      const from = killedAtNs + 500_000_000n;
      const after = traces.filter((t) => BigInt(t.hops[0]!.timeNs) >= from);
      const done = after.filter((t) => t.verdict !== 'incomplete' && !wrongness(t)).length;
      afterRestart = { traces: after.length, complete: done, incomplete: after.filter((t) => t.verdict === 'incomplete').length };
      restartLog = [...collectorNotes];
      for (const a of agents) {
        const lines = readFileSync(a.logFile, 'utf8').split('\n').filter((l) => NOTEWORTHY.test(l) && !l.includes('"collector connection error"'));
        restartLog.push(...lines.slice(0, 60).map((l) => `agent ${a.node}: ${l.slice(0, 400)}`));
      }
    }
    return {
      date: new Date().toISOString(),
      ...(o.collectorNice !== undefined ? { collectorNice: o.collectorNice } : {}),
      loadavg: loadavg().map((l) => Math.round(l * 100) / 100),
      calibration: calibrate().text,
      requests,
      seconds: Math.round(driveS * 10) / 10,
      traces: traces.length,
      tracedPacketsPerS: Math.round(traces.length / driveS),
      complete,
      incomplete: traces.filter((t) => t.verdict === 'incomplete').length,
      wrong,
      wrongExamples,
      incompleteExamples,
      reasons,
      healthzMs: quantiles(healthz),
      slowHealthz: slowHealthz.slice(0, 200),
      firstHopToStreamMs: { tcp: quantiles(latencies) },
      stagesMs: { tcp: summarizeStages(tcpStages) },
      agentLatency: agentLatencyOf(agents.map((a) => ({ node: a.node, file: a.logFile })), (f) => readFileSync(f, 'utf8')),
      collectorLoop,
      cpu,
      agents: (await get<AgentHealth[]>('/api/agents')).map((a) => ({
        node: a.node,
        events: a.events,
        bpfLost: a.loss.agent.bpfLost,
        queueDropped: a.loss.agent.queueDroppedEvents,
        gapBatches: a.loss.gapBatches,
        parseErrors: a.loss.agent.parseErrors,
        invalidEvents: a.loss.invalidEvents,
        encodeErrors: a.loss.agent.encodeErrors,
        restarts: a.loss.agent.bpftraceRestarts,
      })),
      correlator: stats.correlator,
      ...(afterRestart ? { afterRestart } : {}),
      ...(restartLog ? { restartLog } : {}),
      ...(otlp ? { otlp } : {}),
      ...(blind ? { blind } : {}),
      ...(bpftraceKilledAtNs !== undefined ? { bpftraceKilledAtNs: bpftraceKilledAtNs.toString(), traceList: traces.map((t) => ({ start: t.startNs, end: t.endNs, verdict: t.verdict, reasons: t.incompleteReasons, nodes: t.nodes })) } : {}),
    };
  } finally {
    clearInterval(healthTimer);
    await blindCheck?.stop().catch(() => undefined); // the load failed: only clean up
    stream?.terminate();
    await stopAgents(agents);
    collector?.kill('SIGTERM');
    await collector;
    await sink?.stop();
    await labDown({ name: lab });
    // PACKETLIFE_LOAD_KEEP_LOGS=1: the agents' and the collector's logs kept for a run to be read afterwards
    if (process.env.PACKETLIFE_LOAD_KEEP_LOGS === '1') process.stderr.write(`logs kept in ${logDir}\n`);
    else rmSync(logDir, { recursive: true, force: true });
  }
}

/** Every event an agent's node lost on its way to a trace: in the kernel's buffer, the agent's queue, on the wire, or unreadable at either end. */
export function eventsLostBy(a: LoadReport['agents'][number]): number {
  return a.bpfLost + a.queueDropped + a.gapBatches + a.parseErrors + a.invalidEvents + a.encodeErrors;
}

function arg(name: string, allowNegative = false): number | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const v = Number(process.argv[i + 1]);
  if (!Number.isFinite(v) || (!allowNegative && v <= 0)) throw new Error(`--${name} needs a ${allowNegative ? '' : 'positive '}number, got "${process.argv[i + 1] ?? ''}"`);
  return v;
}

/** One round in one line: the figures the bars are about. */
function roundLine(r: LoadReport): string {
  const lost = r.agents.reduce((n, a) => n + eventsLostBy(a), 0);
  return `${r.tracedPacketsPerS} traced pkts/s over ${r.seconds} s, ${r.traces} traces, ${((100 * r.complete) / Math.max(1, r.traces)).toFixed(3)}% complete, ${r.wrong} wrong, ${lost} events lost; /healthz p50 ${r.healthzMs.p50} p99 ${r.healthzMs.p99} max ${r.healthzMs.max} ms; TCP packet → trace p50 ${r.firstHopToStreamMs.tcp.p50} p99 ${r.firstHopToStreamMs.tcp.p99} ms; collector ${r.cpu.groups.collector} cores, machine ${r.cpu.machine} (others ${r.cpu.others}); stalls busy ${r.collectorLoop.stallSeconds.busy} s / starved ${r.collectorLoop.stallSeconds.starved} s; topology version ${r.collectorLoop.topology.version} (agents' snapshots: ${Object.entries(r.collectorLoop.topology.snapshots).map(([k, n]) => `${k} ${n}`).join(', ')}); load ${r.loadavg.join(' ')}${r.blind ? `; ${blindLine(r.blind)}` : ''}${r.otlp ? `; OTLP exported ${r.otlp.exported} of the ${r.correlator.traces ?? '?'} traces the collector made, warm-up included (queued ${r.otlp.queued}, dropped ${Object.entries(r.otlp.dropped).filter(([, n]) => n !== 0).map(([k, n]) => `${k} ${n}`).join(', ') || '0'}), export process ${r.cpu.groups.otlpExport} cores, sink ${r.cpu.groups.otlpSink}` : ''}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.getuid?.() !== 0) throw new Error('the lab needs root');
  const restart = arg('restart-after');
  const nice = arg('collector-nice', true);
  const rounds = arg('rounds') ?? 1;
  const o: LoadOptions = {
    rate: arg('rate') ?? 300,
    seconds: arg('seconds') ?? 20,
    conns: arg('conns') ?? 8,
    ...(restart !== undefined ? { restartAfterS: restart } : {}),
    ...(nice !== undefined ? { collectorNice: nice } : {}),
    ...(process.argv.includes('--blind-check') ? { blindCheck: true } : {}),
    ...(process.argv.includes('--otlp') ? { otlp: true } : {}),
    ...(arg('warmup') ? { warmupS: arg('warmup')! } : {}),
    log: (l) => process.stderr.write(`${l}\n`),
  };
  (async () => {
    const reports: LoadReport[] = [];
    for (let i = 1; i <= rounds; i++) {
      const r = await runLoad(o);
      reports.push(r);
      process.stderr.write(`round ${i}/${rounds}: ${roundLine(r)}\n${[...stageLines('TCP', r.stagesMs.tcp), ...agentLatencyLines(r.agentLatency)].join('\n')}\n`);
    }
    const over = (f: (r: LoadReport) => number): Spread => spread(reports.map(f));
    const summary = {
      rounds,
      options: { rate: o.rate, seconds: o.seconds, conns: o.conns, ...(nice !== undefined ? { collectorNice: nice } : {}), ...(o.warmupS ? { warmupS: o.warmupS } : {}), ...(o.otlp ? { otlp: true } : {}) },
      calibration: calibrate().text,
      spread: {
        tracedPacketsPerS: over((r) => r.tracedPacketsPerS),
        completePct: over((r) => (100 * r.complete) / Math.max(1, r.traces)),
        wrong: over((r) => r.wrong),
        eventsLost: over((r) => r.agents.reduce((n, a) => n + eventsLostBy(a), 0)),
        healthzP99Ms: over((r) => r.healthzMs.p99),
        tcpP50Ms: over((r) => r.firstHopToStreamMs.tcp.p50),
        tcpP99Ms: over((r) => r.firstHopToStreamMs.tcp.p99),
        collectorCores: over((r) => r.cpu.groups.collector ?? NaN),
        ...(o.otlp ? { otlpExportCores: over((r) => r.cpu.groups.otlpExport ?? NaN), otlpDropped: over((r) => Object.values(r.otlp?.dropped ?? {}).reduce((a, b) => a + b, 0)) } : {}),
        othersCores: over((r) => r.cpu.others),
        loadavg1: over((r) => r.loadavg[0]!),
      },
    };
    const fmt = (x: Spread): string => `${x.min} / ${x.median} / ${x.max}`;
    process.stderr.write(`over ${rounds} round(s), min / median / max:\n${Object.entries(summary.spread).map(([k, v]) => `  ${k.padEnd(18)} ${fmt(v)}`).join('\n')}\n${summary.calibration}\n`);
    process.stdout.write(`${JSON.stringify(rounds === 1 ? reports[0] : { ...summary, reports }, null, process.argv.includes('--json') ? 2 : 0)}\n`);
  })().catch((err: unknown) => {
    process.stderr.write(`load-traces: ${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 1;
  });
}
