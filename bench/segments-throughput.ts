/**
 * bench/segments-throughput.ts — node-local correlation (issue 11) against raw events, on the
 * same recorded stream, interleaved: what the collector spends per packet-through-node, what the
 * agent spends per event, and the wire bytes per packet.
 *
 * The stream: the reference walks (fixtures/walks.ts, as bench/correlator-throughput uses them),
 * cut per node into agent batches of `--batch-rounds` rounds (each with that node's watermark: the
 * latest event time in it), encoded by the agent's real BatchBuilder (agent/uplink-batch.ts).
 *   raw       agent: encode every event.   collector: decode the frames (decodeAgentFrame,
 *             eventFromProto, as collector/ingest.ts does), push every event, advance the
 *             node's watermark — chains, segments, stitching, flows.
 *   segments  agent: a Correlator in segment mode (agent/segments.ts's engine) turns the events
 *             into segments, encoded with the batch's string and place tables (the message form,
 *             EventBatch.segments: what an older collector gets).
 *             collector: decode the frames (segmentsFromProto), pushSegment, advance the watermark
 *             — stitching and flows only.
 *   columns   the same segments in the flat form (EventBatch.segment_columns, what a collector that
 *             says it reads it gets), decoded by segmentsFromColumns.
 * Only collector work is timed for the collector figure, only agent work for the agent figure
 * (process CPU time around each part). A packet-through-node is one segment (one packet's pass
 * through one node): the same count either way. Both ways must give the same traces.
 *
 * Also timed: the segments way with the frames decoded beforehand (stitching, trace assembly and
 * flows alone), the bound of the ratio if decoding cost nothing. Run with --expose-gc: the agent
 * part's garbage is then collected before each timed collector part, not charged to it.
 *
 *   npm run build && node --expose-gc dist/bench/segments-throughput.js [--rounds N] [--runs R] [--batch-rounds B] [--json] [--cold]
 *   node --cpu-prof dist/bench/segments-throughput.js --profile raw|segments|columns   (one way only)
 *   node --expose-gc dist/bench/segments-throughput.js --ab OTHER_DIST [--swap] [--processes P] [--rounds N] [--runs R] [--batch-rounds B] [--json]
 *     the columns way's collector part only, this build's against another build's dist/ (e.g. main
 *     built into a copy), both loaded into this process and timed in turn on the same frames, run
 *     by run (which goes first alternates: use an even --runs); before the timing, every trace and flow both give is
 *     compared as JSON (the run fails on any difference).
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import protobuf from 'protobufjs/minimal.js';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PacketEvent } from '../common/event.js';
import { Correlator } from '../collector/correlate/correlator.js';
import type { Segment } from '../collector/correlate/segment.js';
import { BatchBuilder } from '../agent/uplink-batch.js';
import { decodeAgentFrame, eventFromProto } from '../proto/codec.js';
import { segmentsFromProto } from '../proto/segment-codec.js';
import { segmentsFromColumns } from '../proto/segment-columns-read.js';
import { allWalks, labModel } from '../fixtures/walks.js';
import { nodeBatches, type NodeBatchOf } from './node-batches.js';
import type { Flow, Trace } from '../collector/trace-model.js';
import { calibrate, spread, spreadText } from './calibration.js';
import { numberArg } from './stats.js';

type NodeBatch = NodeBatchOf<PacketEvent>;

/** The stream as agents would batch it: per node, `batchRounds` rounds a batch, in stream order (bench/node-batches.ts, the cut segments-vs-filed makes of an older build's walks too). */
export function batches(rounds: number, batchRounds: number): NodeBatch[] {
  return nodeBatches(allWalks, rounds, batchRounds);
}

interface Frame {
  node: string;
  bytes: Uint8Array;
  watermark: number;
}

type Mode = 'raw' | 'segments' | 'columns';

export interface Run {
  mode: Mode;
  events: number;
  packetsThroughNodes: number;
  traces: number;
  delivered: number;
  wireBytes: number;
  agentCpuS: number;
  collectorCpuS: number;
}

export function cpuS(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
}

/**
 * A sealed frame as the collector's ingest gets it: the WebSocket hands it a Buffer, and
 * protobufjs reads a Buffer's strings with Node's native UTF-8 decoder (a plain Uint8Array's in
 * JavaScript, a character at a time). A view, not a copy.
 */
export function received(frame: Uint8Array): Uint8Array {
  return Buffer.from(frame.buffer, frame.byteOffset, frame.byteLength);
}

/** The agent side: frames as the uplink would seal them. */
function agentFrames(stream: NodeBatch[], mode: Mode): { frames: Frame[]; cpu: number; segments: number } {
  const t0 = cpuS();
  const frames: Frame[] = [];
  const builder = new BatchBuilder();
  builder.useColumns(mode === 'columns');
  let segments = 0;
  let seq = 1;
  const pending: Segment[] = [];
  // One Correlator in segment mode stands for every node's agent: its per-node state is separate.
  const agents = mode !== 'raw' ? new Correlator({ topology: labModel(), onSegment: (s) => pending.push(s) }) : undefined;
  for (const b of stream) {
    if (agents) {
      agents.useWatermarks(b.node);
      for (const e of b.events) agents.push(e);
      agents.advanceWatermark(b.node, b.watermark);
      for (const s of pending) builder.addSegment(s);
      segments += pending.length;
      pending.length = 0;
    } else {
      for (const e of b.events) builder.add(e);
    }
    frames.push({ node: b.node, bytes: received(builder.seal(seq++, {}, 0n, BigInt(b.watermark))), watermark: b.watermark });
  }
  if (agents) {
    agents.flush();
    for (const s of pending) builder.addSegment(s);
    segments += pending.length;
    const last = stream[stream.length - 1]!;
    frames.push({ node: last.node, bytes: received(builder.seal(seq++, {}, 0n, BigInt(last.watermark))), watermark: last.watermark });
  }
  return { frames, cpu: cpuS() - t0, segments };
}

/**
 * The segments way with its decoding left out of the timing (decoded before): what stitching,
 * assembling and flows alone cost per packet-through-node — the bound on segments ÷ raw that
 * any cheaper decoding could reach.
 */
function stitchOnly(stream: NodeBatch[]): number {
  const agent = agentFrames(stream, 'columns');
  const decoded = decodeColumns(agent.frames);
  const c = new Correlator({ topology: labModel() });
  settle(() => stitchDecoded(decodeColumns(warmFrames('columns')), new Correlator({ topology: labModel() })));
  const t0 = cpuS();
  stitchDecoded(decoded, c);
  return agent.segments / (cpuS() - t0);
}

function decodeColumns(frames: Frame[]): { f: Frame; segments: Segment[] }[] {
  return frames.map((f) => {
    const b = decodeAgentFrame(f.bytes);
    if (b.type !== 'events') throw new Error('not an event batch');
    const e = b.events;
    return { f, segments: e.segmentColumns.length > 0 ? segmentsFromColumns(e.segmentColumns, e.strings, e.places, f.node, e.monoOffsetNs) : [] };
  });
}

function stitchDecoded(decoded: { f: Frame; segments: Segment[] }[], c: Correlator): void {
  for (const { f, segments } of decoded) {
    c.useWatermarks(f.node);
    for (const sg of segments) c.pushSegment(sg);
    c.advanceWatermark(f.node, f.watermark);
  }
  c.flush();
}

/**
 * Before each timed collector part: the agent part's garbage collected (with --expose-gc), then
 * — unless --cold — an untimed pass of the same path over a short stream. A forced collection
 * also throws away the optimized code of what ran before it (V8 deoptimizes it for "weak
 * objects", --trace-deopt shows it; a collection the heap itself starts does not): without the
 * pass, every timed part paid for compiling its code again, a fixed cost a running collector does
 * not pay, and the larger the faster the way timed (measured 2026-12-07: decoding the columns
 * alone 6.4 vs 3.2 µs a segment).
 */
export function settle(warm: () => void): void {
  (globalThis as { gc?: () => void }).gc?.();
  if (!COLD) warm();
}

const COLD = process.argv.includes('--cold');
export const BATCH_ROUNDS = numberArg('batch-rounds', 10);
export const WARM_ROUNDS = 200;
const warm = new Map<Mode, Frame[]>();

/** The frames of a short stream, the same way: made once (the agent part made them). */
function warmFrames(mode: Mode): Frame[] {
  let frames = warm.get(mode);
  if (!frames) {
    frames = agentFrames(batches(WARM_ROUNDS, BATCH_ROUNDS), mode).frames;
    warm.set(mode, frames);
  }
  return frames;
}

/** What the collector part needs of a build: this one's modules, or another dist's (--ab). */
interface Build {
  label: string;
  Correlator: typeof Correlator;
  decodeAgentFrame: typeof decodeAgentFrame;
  eventFromProto: typeof eventFromProto;
  segmentsFromProto: typeof segmentsFromProto;
  segmentsFromColumns: typeof segmentsFromColumns;
  labModel: typeof labModel;
}

const THIS_DIST = dirname(dirname(fileURLToPath(import.meta.url)));
const THIS_BUILD: Build = { label: 'this build', Correlator, decodeAgentFrame, eventFromProto, segmentsFromProto, segmentsFromColumns, labModel };

/**
 * A build's collector modules, from a copy of its dist/ directory made for this process: modules
 * of their own, which nothing else here runs. The bench's own modules (this build's, imported
 * above) make the frames — as the agent; had one side's collector shared that code, its functions
 * would have seen the agent's objects as well and been compiled for both (measured: this build
 * against an identical one 0.64 (0.35–0.87)). The copy's node_modules links the build's
 * packages, but protobufjs is a copy of its own: the generated code finds its messages through
 * protobufjs' one shared root, which each build's module sets when loaded (see
 * segments-vs-filed.ts) — with one protobufjs the last build loaded would decode for all.
 */
async function loadBuild(dist: string, label: string): Promise<Build> {
  const from = resolve(dist);
  const into = mkdtempSync(join(tmpdir(), 'segments-ab-'));
  cpSync(from, join(into, 'dist'), { recursive: true, filter: (f) => !f.endsWith('.map') });
  const modules = realpathSync(join(from, '..', 'node_modules'));
  mkdirSync(join(into, 'node_modules'));
  for (const name of readdirSync(modules)) {
    if (name === 'protobufjs') cpSync(join(modules, name), join(into, 'node_modules', name), { recursive: true, dereference: true });
    else symlinkSync(join(modules, name), join(into, 'node_modules', name));
  }
  process.on('exit', () => rmSync(into, { recursive: true, force: true }));
  const dir = join(into, 'dist');
  const load = async (path: string): Promise<Record<string, unknown>> => (await import(pathToFileURL(join(dir, path)).href)) as Record<string, unknown>;
  const [generated, protobufCopy] = await Promise.all([load('proto/generated/packetlife.js'), import(pathToFileURL(join(into, 'node_modules', 'protobufjs', 'minimal.js')).href) as Promise<{ default: typeof protobuf }>]);
  if ((protobufCopy.default.roots as Record<string, { packetlife?: unknown }>)['default']?.packetlife !== generated.packetlife) {
    throw new Error(`--ab: ${dist}'s messages are not in its own protobufjs root`);
  }
  const [correlator, codec, messages, columns, walks] = await Promise.all([
    load('collector/correlate/correlator.js'),
    load('proto/codec.js'),
    load('proto/segment-codec.js'),
    load('proto/segment-columns-read.js'),
    load('fixtures/walks.js'),
  ]);
  return {
    label,
    Correlator: correlator.Correlator as typeof Correlator,
    decodeAgentFrame: codec.decodeAgentFrame as typeof decodeAgentFrame,
    eventFromProto: codec.eventFromProto as typeof eventFromProto,
    segmentsFromProto: messages.segmentsFromProto as typeof segmentsFromProto,
    segmentsFromColumns: columns.segmentsFromColumns as typeof segmentsFromColumns,
    labModel: walks.labModel as typeof labModel,
  };
}

/** The collector part: decode the frames, push what they hold, advance each node's watermark. */
function collect(frames: Frame[], mode: Mode, c: Correlator, build: Build = THIS_BUILD): void {
  const { decodeAgentFrame, eventFromProto, segmentsFromProto, segmentsFromColumns } = build;
  for (const f of frames) {
    const d = decodeAgentFrame(f.bytes);
    if (d.type !== 'events') throw new Error('not an event batch');
    const b = d.events;
    c.useWatermarks(f.node);
    if (mode === 'raw') {
      for (const e of b.events) c.push(eventFromProto(e));
    } else if (mode === 'columns') {
      if (b.segmentColumns.length > 0) for (const s of segmentsFromColumns(b.segmentColumns, b.strings, b.places, f.node, b.monoOffsetNs)) c.pushSegment(s);
    } else if (b.segments.length > 0) {
      for (const s of segmentsFromProto(b.segments, b.strings, b.places, b.cts, f.node, b.monoOffsetNs)) c.pushSegment(s);
    }
    c.advanceWatermark(f.node, f.watermark);
  }
  c.flush();
}

export function runOnce(stream: NodeBatch[], mode: Mode, build: Build = THIS_BUILD): Run {
  const agent = agentFrames(stream, mode);
  let traces = 0;
  let delivered = 0;
  const c = new build.Correlator({
    topology: build.labModel(),
    onTrace: (t) => {
      traces++;
      if (t.verdict === 'delivered') delivered++;
    },
  });
  let wireBytes = 0;
  for (const f of agent.frames) wireBytes += f.bytes.length;
  // The agent part's garbage is collected now, not charged to the collector part (both ways).
  settle(() => collect(warmFrames(mode), mode, new build.Correlator({ topology: build.labModel() }), build));
  const t0 = cpuS();
  collect(agent.frames, mode, c, build);
  const collectorCpuS = cpuS() - t0;
  let events = 0;
  for (const b of stream) events += b.events.length;
  return { mode, events, packetsThroughNodes: mode === 'raw' ? c.stats.chainsClosed : agent.segments, traces, delivered, wireBytes, agentCpuS: agent.cpu, collectorCpuS };
}

/**
 * Every trace and flow a build gives for these frames, as the API would serve them (JSON of each
 * trace and of its flow as it stood then), hashed: two builds must give the same.
 */
function outputHash(frames: Frame[], build: Build): { hash: string; traces: number } {
  const h = createHash('sha256');
  let traces = 0;
  const c = new build.Correlator({
    topology: build.labModel(),
    onTrace: (t: Trace, f: Flow) => {
      traces++;
      h.update(JSON.stringify(t));
      h.update(JSON.stringify(f));
    },
  });
  collect(frames, 'columns', c, build);
  return { hash: h.digest('hex'), traces };
}

const PROCESSES = numberArg('processes', 0);

/** One build's timed parts in a child process (--ab-part): the median of its `parts` figures. */
function partInProcess(dist: string, rounds: number, parts: number): number {
  const script = fileURLToPath(import.meta.url);
  const out = execFileSync(process.execPath, ['--expose-gc', script, '--ab-part', dist, '--rounds', String(rounds), '--batch-rounds', String(BATCH_ROUNDS), '--parts', String(parts)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const xs = (JSON.parse(out) as { packetsThroughNodesPerCpuS: number[] }).packetsThroughNodesPerCpuS;
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}

/** --ab-part DIST (a child of --ab --processes): that build's collector part, timed `--parts` times; JSON on stdout. */
async function abPart(dist: string): Promise<void> {
  const build = await loadBuild(dist, dist);
  const stream = batches(numberArg('rounds', 3000), BATCH_ROUNDS);
  const figures: number[] = [];
  for (let i = 0; i < numberArg('parts', 3); i++) {
    const agent = agentFrames(stream, 'columns');
    settle(() => collect(warmFrames('columns'), 'columns', new build.Correlator({ topology: build.labModel() }), build));
    const c = new build.Correlator({ topology: build.labModel() });
    const t0 = cpuS();
    collect(agent.frames, 'columns', c, build);
    figures.push(agent.segments / (cpuS() - t0));
  }
  process.stdout.write(`${JSON.stringify({ packetsThroughNodesPerCpuS: figures })}\n`);
}

interface AbRun {
  label: string;
  packetsThroughNodesPerCpuS: number[];
}

/** --ab: the columns way's collector part, this build and another, on the same frames, run by run. */
function abMain(builds: [Build, Build], rounds: number, runs: number, swapped: boolean): void {
  const json = process.argv.includes('--json');
  const load0 = loadavg().map((x) => Math.round(x * 100) / 100);
  const stream = batches(rounds, BATCH_ROUNDS);
  const results: AbRun[] = builds.map((b) => ({ label: b.label, packetsThroughNodesPerCpuS: [] }));
  const check = agentFrames(stream, 'columns');
  const hashes = builds.map((b) => outputHash(check.frames, b));
  if (hashes[0]!.hash !== hashes[1]!.hash || hashes[0]!.traces !== hashes[1]!.traces) {
    throw new Error(`the builds give different traces or flows: ${JSON.stringify(hashes)}`);
  }
  const dists = builds.map((b) => (b.label === 'this build' ? THIS_DIST : b.label));
  if (PROCESSES > 0) {
    // --processes P: each timed part in a fresh process of its own (P parts there, their median),
    // ABBA as below: no JIT, heap or background work of one build charged to the other.
    for (let i = 0; i < runs; i++) {
      for (const k of i % 2 === 0 ? [0, 1] : [1, 0]) results[k]!.packetsThroughNodesPerCpuS.push(partInProcess(dists[k]!, rounds, PROCESSES));
    }
  } else for (const b of builds) collect(warmFrames('columns'), 'columns', new b.Correlator({ topology: b.labModel() }), b); // warm up the JIT
  for (let i = 0; i < (PROCESSES > 0 ? 0 : runs); i++) {
    // ABBA: which build goes first alternates run by run. The first part of a run was faster than
    // the second by 1.15–1.3× in A/A runs (identical builds) whichever build it was, in this
    // order and in strict alternation alike: the ratio's geometric mean over an even number of
    // runs cancels that, a single run's ratio does not.
    for (const k of i % 2 === 0 ? [0, 1] : [1, 0]) {
      const b = builds[k]!;
      // The frames made again before each side (the same bytes): each timed part then follows
      // the same work (with one set of frames for both, the first was 1.15–1.2× faster in A/A).
      const agent = agentFrames(stream, 'columns');
      settle(() => collect(warmFrames('columns'), 'columns', new b.Correlator({ topology: b.labModel() }), b));
      const c = new b.Correlator({ topology: b.labModel() });
      const t0 = cpuS();
      collect(agent.frames, 'columns', c, b);
      results[k]!.packetsThroughNodesPerCpuS.push(agent.segments / (cpuS() - t0));
    }
  }
  const load1 = loadavg().map((x) => Math.round(x * 100) / 100);
  // this build's figures first, whichever slot it had
  if (swapped) results.reverse();
  const exact = results[0]!.packetsThroughNodesPerCpuS.map((x, i) => x / results[1]!.packetsThroughNodesPerCpuS[i]!);
  const ratios = exact.map((r) => Math.round(r * 100) / 100);
  const geomean = Math.round(Math.exp(exact.reduce((a, r) => a + Math.log(r), 0) / exact.length) * 100) / 100;
  const calibration = calibrate();
  const o = (xs: number[]): number[] => [...xs].sort((a, b) => a - b);
  const mmm = (xs: number[]): { min: number; median: number; max: number } => ({ min: o(xs)[0]!, median: o(xs)[Math.floor(xs.length / 2)]!, max: o(xs)[xs.length - 1]! });
  const report = {
    node: process.version,
    rounds,
    runs,
    batchRounds: BATCH_ROUNDS,
    packetsThroughNodes: check.segments,
    traces: hashes[0]!.traces,
    outputSha256: hashes[0]!.hash,
    loadavgBefore: load0,
    loadavgAfter: load1,
    builds: results.map((r) => ({ label: r.label, packetsThroughNodesPerCpuS: spread(r.packetsThroughNodesPerCpuS), runs: r.packetsThroughNodesPerCpuS.map(Math.round) })),
    swapped,
    thisOverOther: { geomean, ...mmm(ratios), runs: ratios },
    calibration,
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  const f = spreadText;
  process.stdout.write(
    [
      `columns, collector part, A/B${swapped ? ' (--swap: the other build in the first slot)' : ''}${PROCESSES > 0 ? ` (each run in a process of its own, median of ${PROCESSES} parts)` : ''} (${check.segments.toLocaleString('en-US')} packets through nodes, ${report.traces.toLocaleString('en-US')} traces, same traces and flows: sha256 ${report.outputSha256.slice(0, 16)}; ${runs} interleaved runs, batches of ${BATCH_ROUNDS} rounds per node)`,
      `packets-through-nodes per CPU second`,
      ...report.builds.map((b) => `  ${b.label.padEnd(22)} ${f(b.packetsThroughNodesPerCpuS)}   runs ${b.runs.join(' ')}`),
      `  this ÷ other           geometric mean ${geomean.toFixed(2)}; median ${f(report.thisOverOther, 2)}   runs ${ratios.join(' ')}`,
      `load average before ${load0.join(' ')}, after ${load1.join(' ')}`,
      calibration.text,
      '',
    ].join('\n'),
  );
}

async function main(): Promise<void> {
  const partAt = process.argv.indexOf('--ab-part');
  if (partAt >= 0) {
    await abPart(process.argv[partAt + 1] ?? '');
    return;
  }
  const abAt = process.argv.indexOf('--ab');
  if (abAt >= 0) {
    const dir = process.argv[abAt + 1];
    if (!dir) throw new Error('--ab needs another build\'s dist/ directory');
    // --swap: the other build loaded first and in the first slot. A/A runs (one build twice)
    // favoured the first slot by 1.04–1.18 (geometric means of 20 runs): a change is judged by
    // a run each way, sqrt(ratio × ratio swapped) cancelling the slot.
    const swapped = process.argv.includes('--swap');
    const load = async (first: boolean): Promise<Build> => (first !== swapped ? loadBuild(THIS_DIST, 'this build') : loadBuild(dir, dir));
    const slot0 = await load(true);
    const slot1 = await load(false);
    abMain([slot0, slot1], numberArg('rounds', 3000), numberArg('runs', 5), swapped);
    return;
  }
  const rounds = numberArg('rounds', 3000);
  const runs = numberArg('runs', 5);
  const batchRounds = BATCH_ROUNDS;
  const json = process.argv.includes('--json');
  const stream = batches(rounds, batchRounds);
  const only = process.argv.indexOf('--profile');
  if (only >= 0) {
    // One way only, for a CPU profile of it: --profile raw|segments|columns. Its collector part
    // runs a copy of this build (as --ab does): code the agent part never ran, compiled for the
    // collector's objects alone, as in a collector process.
    const arg = process.argv[only + 1];
    const mode: Mode = arg === 'raw' ? 'raw' : arg === 'columns' ? 'columns' : 'segments';
    const build = await loadBuild(THIS_DIST, 'this build');
    for (let i = 0; i < runs; i++) process.stdout.write(`${JSON.stringify(runOnce(stream, mode, build))}\n`);
    return;
  }
  runOnce(batches(100, batchRounds), 'raw'); // warm up the JIT, both ways
  runOnce(batches(100, batchRounds), 'segments');
  runOnce(batches(100, batchRounds), 'columns');
  const raw: Run[] = [];
  const seg: Run[] = [];
  const col: Run[] = [];
  const stitched: number[] = [];
  const steps: (() => void)[] = [
    () => raw.push(runOnce(stream, 'raw')),
    () => seg.push(runOnce(stream, 'segments')),
    () => col.push(runOnce(stream, 'columns')),
    () => stitched.push(stitchOnly(stream)),
  ];
  for (let i = 0; i < runs; i++) {
    // interleaved, each run starting with another variant (and reversed every other run)
    const order = steps.map((_, k) => steps[(k + i) % steps.length]!);
    for (const step of i % 2 === 0 ? order : order.reverse()) step();
  }
  for (const [a, b, c] of raw.map((r, i) => [r, seg[i]!, col[i]!] as const)) {
    for (const x of [b, c]) {
      if (a.traces !== x.traces || a.delivered !== x.delivered || a.packetsThroughNodes !== x.packetsThroughNodes) {
        throw new Error(`raw and ${x.mode} disagree: ${JSON.stringify(a)} vs ${JSON.stringify(x)}`);
      }
    }
  }
  const per = (rs: Run[], f: (r: Run) => number) => spread(rs.map(f));
  const collectorPtn = (r: Run): number => r.packetsThroughNodes / r.collectorCpuS;
  const agentUsPerEvent = (r: Run): number => (r.agentCpuS / r.events) * 1e6;
  const bytesPerPacket = (r: Run): number => r.wireBytes / r.traces;
  // ratios to two decimals (spread() rounds to one)
  const ratio = raw.map((r, i) => Math.round((collectorPtn(seg[i]!) / collectorPtn(r)) * 100) / 100);
  const columnsRatio = raw.map((r, i) => Math.round((collectorPtn(col[i]!) / collectorPtn(r)) * 100) / 100);
  const ceiling = raw.map((r, i) => Math.round((stitched[i]! / collectorPtn(r)) * 100) / 100);
  const spread2 = (xs: number[]): { min: number; median: number; max: number } => {
    const o = [...xs].sort((a, b) => a - b);
    return { min: o[0]!, median: o[Math.floor(o.length / 2)]!, max: o[o.length - 1]! };
  };
  const calibration = calibrate();
  const report = {
    node: process.version,
    rounds,
    runs,
    batchRounds,
    warmedAfterGc: !COLD,
    events: raw[0]!.events,
    packetsThroughNodes: raw[0]!.packetsThroughNodes,
    traces: raw[0]!.traces,
    collectorPacketsThroughNodesPerCpuS: {
      raw: per(raw, collectorPtn),
      segments: per(seg, collectorPtn),
      ratio: spread2(ratio),
      columns: per(col, collectorPtn),
      columnsRatio: spread2(columnsRatio),
      segmentsDecodedBefore: spread(stitched),
      ceilingRatio: spread2(ceiling),
    },
    agentCpuUsPerEvent: { raw: per(raw, agentUsPerEvent), segments: per(seg, agentUsPerEvent), columns: per(col, agentUsPerEvent) },
    agentCoreShareAt10kEventsPerS: { raw: per(raw, (r) => agentUsPerEvent(r) / 100), segments: per(seg, (r) => agentUsPerEvent(r) / 100), columns: per(col, (r) => agentUsPerEvent(r) / 100) },
    wireBytesPerPacket: {
      raw: per(raw, bytesPerPacket),
      segments: per(seg, bytesPerPacket),
      ratio: Math.round((bytesPerPacket(seg[0]!) / bytesPerPacket(raw[0]!)) * 1000) / 1000,
      columns: per(col, bytesPerPacket),
      columnsRatio: Math.round((bytesPerPacket(col[0]!) / bytesPerPacket(raw[0]!)) * 1000) / 1000,
    },
    calibration,
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  const f = spreadText;
  process.stdout.write(
    [
      `segments vs raw events (${report.events.toLocaleString('en-US')} events, ${report.packetsThroughNodes.toLocaleString('en-US')} packets through nodes, ${report.traces.toLocaleString('en-US')} traces; ${runs} interleaved runs, batches of ${batchRounds} rounds per node${COLD ? '; --cold: timed right after gc(), code not warmed again' : ''})`,
      `collector packets-through-nodes per CPU second`,
      `  raw events             ${f(report.collectorPacketsThroughNodesPerCpuS.raw)}`,
      `  segments (messages)    ${f(report.collectorPacketsThroughNodesPerCpuS.segments)}`,
      `  segments (columns)     ${f(report.collectorPacketsThroughNodesPerCpuS.columns)}`,
      `  messages ÷ raw         ${f(report.collectorPacketsThroughNodesPerCpuS.ratio, 2)}`,
      `  columns ÷ raw          ${f(report.collectorPacketsThroughNodesPerCpuS.columnsRatio, 2)}`,
      `  segments, decoded before the timing (stitching, traces, flows only) ${f(report.collectorPacketsThroughNodesPerCpuS.segmentsDecodedBefore)}`,
      `  that ÷ raw (the most cheaper decoding could give) ${f(report.collectorPacketsThroughNodesPerCpuS.ceilingRatio, 2)}`,
      `agent CPU per event (µs; at 10k events/s this is the % of a core)`,
      `  raw (encode)           ${f(report.agentCpuUsPerEvent.raw, 2)}`,
      `  segments (build+encode) ${f(report.agentCpuUsPerEvent.segments, 2)}`,
      `  columns (build+encode) ${f(report.agentCpuUsPerEvent.columns, 2)}`,
      `wire bytes per packet (trace)`,
      `  raw events             ${f(report.wireBytesPerPacket.raw)}`,
      `  segments (messages)    ${f(report.wireBytesPerPacket.segments)}   (÷ raw ${report.wireBytesPerPacket.ratio})`,
      `  segments (columns)     ${f(report.wireBytesPerPacket.columns)}   (÷ raw ${report.wireBytesPerPacket.columnsRatio})`,
      calibration.text,
      '',
    ].join('\n'),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
