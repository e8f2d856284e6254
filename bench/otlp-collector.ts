/**
 * bench/otlp-collector.ts — the collector's throughput with OTLP export on ÷ off, as deployed
 * (issue 10): this process plays the agents, sending pre-encoded EventBatch frames over real
 * WebSockets (one connection per node, as the DaemonSet does) to a collector in its own process
 * (bench/otlp-collector-child.ts: collector/server.ts startCollector, the production path:
 * ingest decode, correlator, store, flows, sessions, metrics), which exports, when on, through
 * its niced export process (a worker thread in builds before it) to an OTLP/HTTP sink in another
 * process (bench/otlp-sink.ts, answers 200).
 *
 * The stream is the reference walks of fixtures/walks.ts (7 traces and 63 events a round), per
 * node in event-time order, shipped as agents do by default (node-local segments as columns;
 * `--agent-data raw`: raw events, what agents send with --agent-data raw and what this bench sent
 * before session 7), in frames of --batch events carrying the agent's event-time
 * watermark, the last one moved past the end so every trace closes as it does live. The frames
 * are encoded once before anything is timed, so this process costs the collector's two cores
 * little (it only writes bytes and reads acks; at most --window frames unacked per connection).
 *
 * Two times per run, from the first frame sent: until every trace is made and stored (the
 * collector's own throughput: its event loop, with export handing traces to its worker) and,
 * with export on, until the backend has accepted every trace (delivered). Off and on alternate
 * with a fresh collector each run, first warmed up (not timed) with --warm-rounds rounds on the
 * same connections, the timed stream carrying on from them; min/median/max over --runs of each, the ratio of medians and
 * each adjacent pair's ratio, process CPU seconds of the collector, the load average and
 * bench/calibration.ts's figure.
 *
 *   npm run build && node dist/bench/otlp-collector.js [--rounds 3000] [--runs 5] [--batch 1000] [--window 4] [--warm-rounds 300] [--json] [--ab OTHER_DIST] [--agent-data segments|raw]
 *   OTLP_BENCH_COLLECTOR_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" node dist/bench/otlp-collector.js …
 */
import { fork, type ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebSocket } from 'ws';
import { BatchBuilder } from '../agent/uplink-batch.js';
import type { PacketEvent } from '../common/event.js';
import { Correlator } from '../collector/correlate/correlator.js';
import type { Segment } from '../collector/correlate/segment.js';
import { decodeCollectorFrame, encodeAgentFrame } from '../proto/codec.js';
import { PROTOCOL_VERSION } from '../proto/version.js';
import { allWalks, labModel } from '../fixtures/walks.js';
import { calibrate } from './calibration.js';
import { startSink } from './otlp-sink-process.js';
import { median, numberArg } from './stats.js';
import { threadCpu, type ThreadSplit } from './thread-cpu.js';

const wall = (): number => performance.timeOrigin + performance.now();

interface NodeFrames {
  node: string;
  frames: Uint8Array[];
  /** the sequence number of frames[0] (a stream may continue another on the same connection) */
  firstSeq: number;
}

interface Stream {
  nodes: NodeFrames[];
  events: number;
  traces: number;
  /** the watermark of the stream's last frame: a stream that follows starts after it */
  endNs: bigint;
}

/**
 * What the stand-in agents ship: 'segments' as agents do by default (each node's own chains built
 * into segments by a Correlator in segment mode, as agent/segments.ts does, sent as segment
 * columns), or 'raw' events (`agent --agent-data raw`, debugging; what this bench sent before
 * session 7).
 */
type AgentData = 'raw' | 'segments';

/** One node's events as raw-event frames of `batch` events, each carrying its watermark, then the end watermark. */
function eventFrames(list: PacketEvent[], batch: number, firstSeq: number, end: bigint): Uint8Array[] {
  const frames: Uint8Array[] = [];
  let seq = firstSeq;
  let b = new BatchBuilder();
  for (let i = 0; i < list.length; i++) {
    b.add(list[i]!);
    if (b.count === batch || i === list.length - 1) {
      // every event stamped up to here is sent: the agent's watermark
      const wm = list[i]!.wallUnixNs;
      frames.push(b.seal(seq++, {}, wm, wm));
      b = new BatchBuilder();
    }
  }
  frames.push(b.seal(seq++, {}, end, end));
  return frames;
}

/**
 * One node's events as its agent ships them: every `batch` events its watermark moves to the last
 * one's time and the segments that closes go out as columns; at the end the watermark passes
 * everything.
 */
function segmentFrames(node: string, list: PacketEvent[], batch: number, firstSeq: number, end: bigint): Uint8Array[] {
  const frames: Uint8Array[] = [];
  const pending: Segment[] = [];
  const agent = new Correlator({ topology: labModel(), onSegment: (s) => pending.push(s) });
  agent.useWatermarks(node);
  let seq = firstSeq;
  const seal = (wm: bigint): void => {
    agent.advanceWatermark(node, Number(wm));
    const b = new BatchBuilder();
    b.useColumns(true);
    for (const s of pending) b.addSegment(s);
    pending.length = 0;
    frames.push(b.seal(seq++, {}, wm, wm));
  };
  for (let i = 0; i < list.length; i++) {
    agent.push(list[i]!);
    if ((i + 1) % batch === 0 || i === list.length - 1) seal(list[i]!.wallUnixNs);
  }
  agent.flush();
  seal(end);
  return frames;
}

/**
 * The stream of `rounds` rounds from round `firstRound`, per node in event-time order, as sealed
 * agent frames. Given `after`, it continues that stream: same connections, its sequence numbers
 * and event times carry on.
 */
function buildFrames(data: AgentData, rounds: number, batch: number, firstRound = 0, after?: Stream): Stream {
  const byNode = new Map<string, PacketEvent[]>();
  // Event times in the future of the run: the collector's clock (flow idling, stall checks)
  // never overtakes them, as with live agents.
  const base = after ? after.endNs + 1_000_000_000n : (BigInt(Date.now()) + 3_600_000n) * 1_000_000n;
  let events = 0;
  let traces = 0;
  const c = new Correlator({ topology: labModel(), onTrace: () => void traces++ });
  for (let r = firstRound; r < firstRound + rounds; r++) {
    for (const w of allWalks(base + BigInt(r - firstRound) * 20_000_000n, r)) {
      for (const e of w.events) {
        let list = byNode.get(e.node);
        if (!list) byNode.set(e.node, (list = []));
        list.push(e);
        c.push(e);
        events++;
      }
    }
  }
  c.flush(); // how many traces the stream makes: what the collector must store
  const nodes: NodeFrames[] = [];
  let last = 0n;
  for (const list of byNode.values()) for (const e of list) if (e.wallUnixNs > last) last = e.wallUnixNs;
  // The end of the stream: the watermark moves on (as time passes on a quiet node).
  const end = last + 2_000_000_000n;
  for (const [node, list] of byNode) {
    list.sort((a, b) => (a.wallUnixNs < b.wallUnixNs ? -1 : a.wallUnixNs > b.wallUnixNs ? 1 : 0));
    const prev = after?.nodes.find((n) => n.node === node);
    const firstSeq = prev ? prev.firstSeq + prev.frames.length : 1;
    nodes.push({ node, frames: data === 'segments' ? segmentFrames(node, list, batch, firstSeq, end) : eventFrames(list, batch, firstSeq, end), firstSeq });
  }
  return { nodes, events, traces, endNs: end };
}

async function connect(url: string, node: string): Promise<WebSocket> {
  const ws = new WebSocket(url);
  await new Promise<void>((ok, fail) => {
    ws.once('open', ok);
    ws.once('error', fail);
  });
  ws.send(encodeAgentFrame({ hello: { agentId: `${node}/bench`, node, agentVersion: 'bench', protocolVersion: PROTOCOL_VERSION, resumeFromSeq: 1 } }));
  return ws;
}

/** Sends one node's frames with at most `window` unacked; resolves when all are acked. */
function sendAll(ws: WebSocket, { frames, firstSeq }: NodeFrames, window: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = 0;
    let acked = 0;
    const pump = (): void => {
      while (next < frames.length && next - acked < window) ws.send(frames[next++]!);
    };
    const onMessage = (data: Buffer): void => {
      const f = decodeCollectorFrame(data);
      if (f.type !== 'ack') return;
      acked = Math.max(acked, Number(f.ack.seq) - firstSeq + 1);
      if (acked < frames.length) return pump();
      ws.off('message', onMessage).off('close', onClose);
      resolve();
    };
    const onClose = (code: number, reason: Buffer): void => reject(new Error(`collector closed the connection: ${code} ${reason.toString()}`));
    ws.on('message', onMessage).once('close', onClose);
    pump();
  });
}

interface Run {
  exportOn: boolean;
  traces: number;
  storedSeconds: number;
  storedEventsPerSecond: number;
  deliveredSeconds: number;
  deliveredEventsPerSecond: number;
  cpuSeconds: number;
  exported: number;
  dropped: number;
  /** The collector's threads until stored (main = its event loop) and, export on, until delivered. */
  threadsStored: ThreadSplit;
  threadsDelivered: ThreadSplit;
  /** The event loop's GC pauses and its utilization until stored. */
  gcMsStored: number;
  /** s the event loop waited runnable for a CPU, and its involuntary switches, until stored. */
  loopWaitStored: number;
  loopPreemptedStored: number;
  /** The event loop's GCs by kind until stored. */
  gcCountsStored: Record<string, number>;
  eluStored: number;
  /** CPU s of this process (the agents' stand-in) and of the sink during the run. */
  standInCpu: number;
  sinkCpu: number;
}

type Where = { threads: ThreadSplit; gcMs: number; gcCounts: Record<string, number>; elu: number; exportProcessCpu?: number; loopWaitS?: number; loopPreempted?: number };
const procCpu = (pid: number): number => [...threadCpu(pid).threads.values()].reduce((a, t) => a + t.cpu, 0);

const cpuS = (c: NodeJS.CpuUsage): number => (c.user + c.system) / 1e6;

function waitFor<T>(child: ChildProcess, key: string, timeoutMs: number): Promise<T> {
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`collector child: no "${key}" within ${timeoutMs} ms`)), timeoutMs);
    const on = (m: Record<string, unknown>): void => {
      if (!(key in m)) return;
      clearTimeout(timer);
      child.off('message', on);
      ok(m as T);
    };
    child.on('message', on);
  });
}

async function run(childScript: string, stream: Stream, sinkUrl: string | undefined, window: number, sinkPid: number, warm?: Stream): Promise<Run> {
  const child = fork(childScript, sinkUrl ? ['--otlp', sinkUrl] : [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, PACKETLIFE_LOG_LEVEL: 'error' }, // the collector's loop-health warnings would drown the figures
    // e.g. OTLP_BENCH_COLLECTOR_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the collector
    execArgv: (process.env.OTLP_BENCH_COLLECTOR_NODE_ARGS ?? '').split(' ').filter(Boolean),
  });
  try {
    const { ingestUrl } = await waitFor<{ ingestUrl: string }>(child, 'ingestUrl', 30_000);
    const sockets = await Promise.all(stream.nodes.map((n) => connect(ingestUrl, n.node)));
    if (warm) {
      // A collector runs for days: its code is compiled and its caches are warm. A fresh one per
      // run would otherwise pay V8's compilation of the export path (on its helper threads) in
      // every on-run, and of the ingest path in every off-run. Not timed; both modes alike. The
      // timed stream continues it on the same connections, as a live agent's would.
      const stored = waitFor(child, 'stored', 300_000);
      const delivered = sinkUrl ? waitFor(child, 'delivered', 300_000) : undefined;
      child.send({ type: 'expect', expect: warm.traces });
      await new Promise((r) => setTimeout(r, 100)); // the hellos are taken
      await Promise.all(warm.nodes.map((n) => sendAll(sockets[stream.nodes.findIndex((t) => t.node === n.node)]!, n, window)));
      await stored;
      await delivered;
    }
    const stored = waitFor<{ stored: number; cpu: NodeJS.CpuUsage; traces: number } & Where>(child, 'stored', 300_000);
    const delivered = sinkUrl ? waitFor<{ delivered: number; cpu: NodeJS.CpuUsage; stats: { exported: number; dropped: Record<string, number> } } & Where>(child, 'delivered', 300_000) : undefined;
    child.send({ type: 'expect', expect: stream.traces });
    await new Promise((r) => setTimeout(r, 100)); // the hellos are taken
    const standIn0 = process.cpuUsage();
    const sink0 = procCpu(sinkPid);
    const t0 = wall();
    await Promise.all(stream.nodes.map((n, i) => sendAll(sockets[i]!, n, window)));
    const s = await stored;
    const d = await delivered;
    const standInCpu = cpuS(process.cpuUsage(standIn0));
    const sinkCpu = procCpu(sinkPid) - sink0;
    for (const ws of sockets) ws.close();
    const end = d ?? { ...s, delivered: s.stored, stats: { exported: 0, dropped: {} } };
    const storedSeconds = (s.stored - t0) / 1000;
    const deliveredSeconds = (end.delivered - t0) / 1000;
    const dropped = Object.values(end.stats.dropped).reduce((a, b) => a + b, 0);
    return {
      exportOn: !!sinkUrl,
      traces: s.traces,
      storedSeconds,
      storedEventsPerSecond: stream.events / storedSeconds,
      deliveredSeconds,
      deliveredEventsPerSecond: stream.events / deliveredSeconds,
      cpuSeconds: cpuS(end.cpu) + (end.exportProcessCpu ?? 0), // the export process's too, if it has one
      exported: end.stats.exported,
      dropped,
      threadsStored: s.threads,
      threadsDelivered: end.threads,
      gcMsStored: s.gcMs,
      gcCountsStored: s.gcCounts ?? {},
      loopWaitStored: s.loopWaitS ?? 0,
      loopPreemptedStored: s.loopPreempted ?? 0,
      eluStored: s.elu,
      standInCpu,
      sinkCpu,
    };
  } finally {
    child.send({ type: 'exit' });
    await new Promise((r) => child.once('exit', r));
  }
}

/** One build's off/on runs and what they say. */
interface Variant {
  label: string;
  child: string;
  off: Run[];
  on: Run[];
}

function summary(v: Variant, traces: number): Record<string, unknown> {
  const seps = (rs: Run[]): number[] => rs.map((r) => r.storedEventsPerSecond);
  const deps = (rs: Run[]): number[] => rs.map((r) => r.deliveredEventsPerSecond);
  for (const r of [...v.off, ...v.on]) if (r.traces !== traces) throw new Error(`a run of ${v.label} stored ${r.traces} traces, the stream makes ${traces}`);
  return {
    storedRatioOfMedians: median(seps(v.on)) / median(seps(v.off)),
    storedPairRatios: v.on.map((r, i) => r.storedEventsPerSecond / v.off[i]!.storedEventsPerSecond),
    deliveredRatioOfMedians: median(deps(v.on)) / median(seps(v.off)),
    deliveredPairRatios: v.on.map((r, i) => r.deliveredEventsPerSecond / v.off[i]!.storedEventsPerSecond),
  };
}

function text(v: Variant, stream: { events: number; traces: number }): string[] {
  const { off, on } = v;
  const seps = (rs: Run[]): number[] => rs.map((r) => r.storedEventsPerSecond);
  const deps = (rs: Run[]): number[] => rs.map((r) => r.deliveredEventsPerSecond);
  const s = summary(v, stream.traces) as { storedRatioOfMedians: number; storedPairRatios: number[]; deliveredRatioOfMedians: number; deliveredPairRatios: number[] };
  const f = (n: number): string => Math.round(n).toLocaleString('en-US');
  const mmm = (xs: number[], fmt: (n: number) => string): string => `min ${fmt(Math.min(...xs))} / median ${fmt(median(xs))} / max ${fmt(Math.max(...xs))}`;
  const r3 = (n: number): string => n.toFixed(3);
  const med = (rs: Run[], pick: (r: Run) => number): number => median(rs.map(pick));
  const us = (rs: Run[], pick: (r: Run) => number): string => ((med(rs, pick) / stream.traces) * 1e6).toFixed(1);
  const gcs = (rs: Run[]): string =>
    ['minor', 'major', 'incremental', 'weakcb']
      .map((k) => `${k} ${med(rs, (r) => r.gcCountsStored[k] ?? 0)}`)
      .join(', ');
  return [
    `  ${v.label}`,
    `  stored (every trace made and stored: the collector's own throughput)`,
    `    export off events/s  ${mmm(seps(off), f)}`,
    `    export on  events/s  ${mmm(seps(on), f)}`,
    `    on ÷ off             ${r3(s.storedRatioOfMedians)} (ratio of medians; pairs ${mmm(s.storedPairRatios, r3)})`,
    `  delivered (export on: until the backend accepted every trace; ÷ the off run's stored rate)`,
    `    export on  events/s  ${mmm(deps(on), f)}   (exported ${on.map((r) => r.exported).join(', ')}; dropped ${on.map((r) => r.dropped).join(', ')})`,
    `    on ÷ off             ${r3(s.deliveredRatioOfMedians)} (ratio of medians; pairs ${mmm(s.deliveredPairRatios, r3)})`,
    `  collector CPU s/run    off ${mmm(off.map((r) => r.cpuSeconds), (n) => n.toFixed(2))}; on ${mmm(on.map((r) => r.cpuSeconds), (n) => n.toFixed(2))}`,
    `  where the CPU went, µs a trace (median; until stored, export on: until delivered)`,
    `    event loop           off ${us(off, (r) => r.threadsStored.main)}; on ${us(on, (r) => r.threadsStored.main)}   (GC pauses off ${us(off, (r) => r.gcMsStored / 1000)}, on ${us(on, (r) => r.gcMsStored / 1000)}; utilization off ${med(off, (r) => r.eluStored).toFixed(2)}, on ${med(on, (r) => r.eluStored).toFixed(2)})`,
    `    event loop waited    off ${us(off, (r) => r.loopWaitStored)}; on ${us(on, (r) => r.loopWaitStored)}   (runnable, for a CPU; switched out against its will off ${med(off, (r) => r.loopPreemptedStored)}, on ${med(on, (r) => r.loopPreemptedStored)} times)`,
    `    event loop GCs       off ${gcs(off)}; on ${gcs(on)}   (median count by kind until stored)`,
    `    export (niced)       on ${us(on, (r) => r.threadsDelivered.niced)}   (until stored ${us(on, (r) => r.threadsStored.niced)})`,
    `    other threads        off ${us(off, (r) => r.threadsStored.other)}; on ${us(on, (r) => r.threadsDelivered.other)}   (until stored ${us(on, (r) => r.threadsStored.other)}; V8's GC/compiler helpers, libuv)`,
    `    agents' stand-in     off ${us(off, (r) => r.standInCpu)}; on ${us(on, (r) => r.standInCpu)};  sink on ${us(on, (r) => r.sinkCpu)}`,
  ];
}

async function main(): Promise<void> {
  const rounds = numberArg('rounds', 3000);
  const runs = numberArg('runs', 5);
  const batch = numberArg('batch', 1000);
  const window = numberArg('window', 4);
  // --ab DIR: another build's dist/ (e.g. the commit before, built into a copy), its collector
  // run beside this one's, round by round, so a change is judged on the same moments of load.
  const abAt = process.argv.indexOf('--ab');
  const variants: Variant[] = [{ label: 'this build', child: fileURLToPath(new URL('./otlp-collector-child.js', import.meta.url)), off: [], on: [] }];
  if (abAt >= 0) {
    const dir = resolve(process.argv[abAt + 1] ?? '');
    variants.push({ label: `--ab ${dir}`, child: join(dir, 'bench', 'otlp-collector-child.js'), off: [], on: [] });
  }
  const load0 = loadavg().map((x) => Number(x.toFixed(2)));
  const calibration = calibrate();
  // The warm-up stream, then the timed one after it: rounds past the timed stream's last (other
  // ports, other skbs: no flow or packet of it meets the timed stream's).
  const warmRounds = numberArg('warm-rounds', 300);
  if (rounds + warmRounds > 4000) throw new Error('--rounds + --warm-rounds at most 4000 (the walks have 40,000 client ports)');
  const dataAt = process.argv.indexOf('--agent-data');
  const data = dataAt >= 0 ? process.argv[dataAt + 1] : 'segments';
  if (data !== 'raw' && data !== 'segments') throw new Error(`--agent-data: raw or segments, not ${String(data)}`);
  const warm = warmRounds > 0 ? buildFrames(data, warmRounds, batch, rounds) : undefined;
  const stream = buildFrames(data, rounds, batch, 0, warm);
  const sink = await startSink();
  for (const v of variants) await run(v.child, buildFrames(data, 300, batch), sink.url, window, sink.pid); // warm the disk cache and the sink
  for (let i = 0; i < runs; i++) {
    // which build goes first alternates, so neither always follows the other
    for (const v of i % 2 === 0 ? variants : [...variants].reverse()) {
      v.off.push(await run(v.child, stream, undefined, window, sink.pid, warm));
      v.on.push(await run(v.child, stream, sink.url, window, sink.pid, warm));
    }
  }
  const sinkSays = await sink.stop();
  const load1 = loadavg().map((x) => Number(x.toFixed(2)));
  const report = {
    node: process.version,
    rounds,
    warmRounds,
    runs,
    batch,
    window,
    agentData: data,
    events: stream.events,
    traces: stream.traces,
    ...variants[0]!,
    ...summary(variants[0]!, stream.traces),
    ab: variants.slice(1).map((v) => ({ ...v, ...summary(v, stream.traces) })),
    sink: sinkSays,
    loadAverageBefore: load0,
    loadAverageAfter: load1,
    calibration: calibration.text,
  };
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  const f = (n: number): string => Math.round(n).toLocaleString('en-US');
  process.stdout.write(
    [
      `collector as deployed (WebSocket ingest → correlator → store; export: niced process or worker → OTLP/HTTP sink process)`,
      `  agents ship ${data === 'segments' ? 'segments (as columns, the default)' : 'raw events (--agent-data raw)'}; ${f(stream.events)} events, ${f(stream.traces)} traces, frames of ${batch} events, ${stream.nodes.length} agent connections; interleaved off/on × ${runs}, a fresh collector each run, warmed up with ${warmRounds} rounds (${f(warm?.traces ?? 0)} traces, not timed)`,
      ...variants.flatMap((v) => text(v, stream)),
      `  sink                   ${sinkSays}`,
      `  load average before ${load0.join(' ')}, after ${load1.join(' ')}`,
      `  ${calibration.text}`,
      '',
    ].join('\n'),
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
