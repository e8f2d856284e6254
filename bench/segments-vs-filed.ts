/**
 * bench/segments-vs-filed.ts — issue 11's target as the issue states it: collector
 * packets-through-nodes per CPU second on segment columns, against the collector of the day the
 * issue was filed (commit 2cf3b8c, the last before the first issue-11 work 86ed3d2), which read
 * raw events only. bench/segments-throughput.ts compares two paths of ONE build; its raw path has
 * since shared every speed-up of the stitching and flows code, so its ratio is not this one.
 *
 * Three collectors, interleaved in one process on the same recorded stream (the reference walks,
 * cut per node into batches of --batch-rounds rounds as segments-throughput does):
 *   filed     the issue-filing build, loaded from its dist at run time (--filed DIR): its own
 *             walks, its own agent BatchBuilder for the frames; its collector part as its
 *             collector/ingest.ts and server.ts did it — decodeAgentFrame, eventFromProto of
 *             every event into an array, useWatermarks, push each, advanceWatermark
 *   raw       today's build on raw events (segments-throughput's raw path)
 *   columns   today's build on segment columns (segments-throughput's columns path:
 *             segmentsFromColumns, pushSegment, advanceWatermark)
 * Only collector work is timed (process CPU time around it); before each timed part a forced
 * gc() and then an untimed pass of the same path over a short stream (as segments-throughput
 * since 152f295). Left out on every side: the ingest's bookkeeping around the calls (sequence
 * and per-event node checks, metrics, the clock reads that slice a big batch). A
 * packet-through-node is a chain the correlator closed (raw) or a segment (columns): the same
 * count; the traces and delivered traces of the three are compared.
 *
 *   git -C /work/main worktree add /tmp/filed 2cf3b8c && cd /tmp/filed && npm ci && npm run build
 * (its own node_modules, not a link to this one's: the two builds' generated protobuf code must
 * not share one protobufjs, see loadFiled; the package-lock is the same as today's)
 *   npm run build && node --expose-gc dist/bench/segments-vs-filed.js --filed /tmp/filed/dist [--rounds N] [--runs R] [--batch-rounds B] [--json] [--cold]
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { isDeepStrictEqual } from 'node:util';
import { BATCH_ROUNDS, batches, cpuS, received, runOnce, settle, WARM_ROUNDS, type Run } from './segments-throughput.js';
import { calibrate, spread, spreadText, type Spread } from './calibration.js';
import { nodeBatches, sameCut, type NodeBatchOf, type WalkEvent } from './node-batches.js';
import protobuf from 'protobufjs/minimal.js';
import { packetlife } from '../proto/generated/packetlife.js';
import { numberArg } from './stats.js';

/** What this bench uses of the filed build, typed by hand: its modules are loaded by path. */
interface FiledBuild {
  decodeAgentFrame(bytes: Uint8Array): { type: string; events?: { events: unknown[] } };
  eventFromProto(e: unknown): WalkEvent;
  BatchBuilder: new () => { add(e: WalkEvent): void; seal(seq: number, loss: object, sentUnixNs: bigint, watermarkUnixNs?: bigint): Uint8Array };
  Correlator: new (o: { topology: unknown; onTrace?: (t: { verdict: string }) => void }) => FiledCorrelator;
  allWalks(start: bigint, round: number): { events: WalkEvent[] }[];
  labModel(): unknown;
}

interface FiledCorrelator {
  useWatermarks(node: string): void;
  push(e: WalkEvent): void;
  advanceWatermark(node: string, wallNs: number): void;
  flush(): void;
  readonly stats: { chainsClosed: number };
}

interface FiledFrame {
  node: string;
  bytes: Uint8Array;
  watermark: number;
}

/** DIR is the filed build's dist directory, or its checkout with dist/ in it. */
async function loadFiled(dir: string): Promise<FiledBuild> {
  const dist = existsSync(join(dir, 'dist', 'proto', 'codec.js')) ? join(dir, 'dist') : dir;
  const mod = async (path: string, names: string[]): Promise<Record<string, unknown>> => {
    const file = resolve(dist, path);
    if (!existsSync(file)) throw new Error(`--filed ${dir}: no ${file} (build 2cf3b8c there first; see this file's header)`);
    const m = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    for (const n of names) if (typeof m[n] !== 'function') throw new Error(`${file} has no ${n}: not the build this bench expects`);
    return m;
  };
  const codec = await mod('proto/codec.js', ['decodeAgentFrame', 'eventFromProto']);
  const agent = await mod('agent/uplink-batch.js', ['BatchBuilder']);
  const correlator = await mod('collector/correlate/correlator.js', ['Correlator']);
  const walks = await mod('fixtures/walks.js', ['allWalks', 'labModel']);
  // protobufjs' generated code finds its messages through protobufjs' one shared root
  // (roots.default.packetlife), which each build's module sets when loaded: with one protobufjs
  // for both builds (a node_modules symlinked to this one's) the later build's messages would
  // decode the other's frames — today's columns unread, or the filed collector on today's code.
  if ((protobuf.roots as Record<string, { packetlife?: unknown }>)['default']?.packetlife !== packetlife) {
    throw new Error(`--filed ${dir}: its protobufjs is this build's (node_modules linked to the same one), so the two builds' messages overwrite each other: give it its own node_modules (npm ci there)`);
  }
  return {
    decodeAgentFrame: codec.decodeAgentFrame as FiledBuild['decodeAgentFrame'],
    eventFromProto: codec.eventFromProto as FiledBuild['eventFromProto'],
    BatchBuilder: agent.BatchBuilder as FiledBuild['BatchBuilder'],
    Correlator: correlator.Correlator as FiledBuild['Correlator'],
    allWalks: walks.allWalks as FiledBuild['allWalks'],
    labModel: walks.labModel as FiledBuild['labModel'],
  };
}

/** The filed agent's frames: every event encoded by its BatchBuilder, sealed with the batch's watermark. */
function filedFrames(old: FiledBuild, stream: NodeBatchOf<WalkEvent>[]): FiledFrame[] {
  const builder = new old.BatchBuilder();
  let seq = 1;
  return stream.map((b) => {
    for (const e of b.events) builder.add(e);
    return { node: b.node, bytes: received(builder.seal(seq++, {}, 0n, BigInt(b.watermark))), watermark: b.watermark };
  });
}

/**
 * The filed collector's part, the calls its ingest.ts (batch: decode, convert each event, an
 * unreadable one counted and skipped) and server.ts (onBatch: useWatermarks, push, then
 * advanceWatermark) made per frame.
 */
function filedCollect(old: FiledBuild, frames: FiledFrame[], c: FiledCorrelator): void {
  for (const f of frames) {
    const d = old.decodeAgentFrame(f.bytes);
    if (d.type !== 'events' || !d.events) throw new Error('not an event batch');
    const wire = d.events.events;
    const events: WalkEvent[] = [];
    let invalid = 0;
    for (const w of wire) {
      try {
        events.push(old.eventFromProto(w));
      } catch {
        invalid++;
      }
    }
    if (invalid > 0) throw new Error(`${invalid} events the filed build could not read`);
    c.useWatermarks(f.node);
    for (const e of events) c.push(e);
    c.advanceWatermark(f.node, f.watermark);
  }
  c.flush();
}

function filedOnce(old: FiledBuild, stream: NodeBatchOf<WalkEvent>[], warmFrames: FiledFrame[]): Run {
  const t0 = cpuS();
  const frames = filedFrames(old, stream);
  const agentCpuS = cpuS() - t0;
  let traces = 0;
  let delivered = 0;
  const c = new old.Correlator({
    topology: old.labModel(),
    onTrace: (t) => {
      traces++;
      if (t.verdict === 'delivered') delivered++;
    },
  });
  let wireBytes = 0;
  for (const f of frames) wireBytes += f.bytes.length;
  settle(() => filedCollect(old, warmFrames, new old.Correlator({ topology: old.labModel() })));
  const t1 = cpuS();
  filedCollect(old, frames, c);
  const collectorCpuS = cpuS() - t1;
  let events = 0;
  for (const b of stream) events += b.events.length;
  return { mode: 'raw', events, packetsThroughNodes: c.stats.chainsClosed, traces, delivered, wireBytes, agentCpuS, collectorCpuS };
}

/** gc() for settle(): `npm run bench` starts the process without --expose-gc. */
function exposeGc(): void {
  const g = globalThis as { gc?: () => void };
  if (g.gc) return;
  setFlagsFromString('--expose-gc');
  g.gc = runInNewContext('gc') as () => void;
}

function ratios(a: Run[], b: Run[]): Spread {
  const ptn = (r: Run): number => r.packetsThroughNodes / r.collectorCpuS;
  const xs = a.map((r, i) => ptn(r) / ptn(b[i]!)).sort((x, y) => x - y);
  const r2 = (v: number): number => Math.round(v * 100) / 100;
  return { min: r2(xs[0]!), median: r2(xs[Math.floor(xs.length / 2)]!), max: r2(xs[xs.length - 1]!) };
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--filed');
  const dir = at >= 0 ? process.argv[at + 1] : undefined;
  if (!dir) throw new Error('--filed DIR: the dist directory of the issue-filing build 2cf3b8c (see this file’s header)');
  const old = await loadFiled(dir);
  exposeGc();
  const rounds = numberArg('rounds', 3000);
  const runs = numberArg('runs', 5);
  const json = process.argv.includes('--json');

  const stream = batches(rounds, BATCH_ROUNDS);
  const filedStream = nodeBatches(old.allWalks, rounds, BATCH_ROUNDS);
  const cut = sameCut(stream, filedStream);
  if (cut) throw new Error(`the filed build's walks are cut differently: ${cut}`);
  // The same events, field for field (both builds' PacketEvent as their walks make it)?
  const sameEvents = stream.every((b, i) => isDeepStrictEqual(b.events, filedStream[i]!.events));
  const filedWarm = filedFrames(old, nodeBatches(old.allWalks, WARM_ROUNDS, BATCH_ROUNDS));

  // warm up the JIT, every way
  filedOnce(old, nodeBatches(old.allWalks, 100, BATCH_ROUNDS), filedWarm);
  runOnce(batches(100, BATCH_ROUNDS), 'raw');
  runOnce(batches(100, BATCH_ROUNDS), 'columns');
  const filed: Run[] = [];
  const raw: Run[] = [];
  const col: Run[] = [];
  const steps: (() => void)[] = [() => filed.push(filedOnce(old, filedStream, filedWarm)), () => raw.push(runOnce(stream, 'raw')), () => col.push(runOnce(stream, 'columns'))];
  for (let i = 0; i < runs; i++) {
    // interleaved, each run starting with another collector (and reversed every other run)
    const order = steps.map((_, k) => steps[(k + i) % steps.length]!);
    for (const step of i % 2 === 0 ? order : order.reverse()) step();
  }
  for (let i = 0; i < runs; i++) {
    const c = col[i]!;
    for (const x of [raw[i]!, filed[i]!]) {
      if (x.traces !== c.traces || x.delivered !== c.delivered || x.packetsThroughNodes !== c.packetsThroughNodes) {
        throw new Error(`${x === filed[i] ? 'the filed collector' : 'today’s raw path'} and the columns disagree: ${JSON.stringify(x)} vs ${JSON.stringify(c)}`);
      }
    }
  }
  const ptn = (rs: Run[]): Spread => spread(rs.map((r) => r.packetsThroughNodes / r.collectorCpuS));
  const calibration = calibrate();
  const report = {
    node: process.version,
    filed: dir,
    rounds,
    runs,
    batchRounds: BATCH_ROUNDS,
    warmedAfterGc: !process.argv.includes('--cold'),
    events: col[0]!.events,
    sameEvents,
    packetsThroughNodes: col[0]!.packetsThroughNodes,
    traces: col[0]!.traces,
    delivered: col[0]!.delivered,
    collectorPacketsThroughNodesPerCpuS: {
      filedRaw: ptn(filed),
      todayRaw: ptn(raw),
      columns: ptn(col),
      columnsOverFiled: ratios(col, filed),
      columnsOverTodayRaw: ratios(col, raw),
      todayRawOverFiled: ratios(raw, filed),
    },
    wireBytesPerPacket: { filedRaw: Math.round(filed[0]!.wireBytes / filed[0]!.traces), todayRaw: Math.round(raw[0]!.wireBytes / raw[0]!.traces), columns: Math.round(col[0]!.wireBytes / col[0]!.traces) },
    calibration,
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  const p = report.collectorPacketsThroughNodesPerCpuS;
  const f = spreadText;
  process.stdout.write(
    [
      `segment columns vs the issue-filing collector (${dir}) on raw events: ${report.events.toLocaleString('en-US')} events${sameEvents ? ' (the same in both builds)' : ' (NOT field for field the same in both builds)'}, ${report.packetsThroughNodes.toLocaleString('en-US')} packets through nodes, ${report.traces.toLocaleString('en-US')} traces (${report.delivered.toLocaleString('en-US')} delivered) in all three; ${runs} interleaved runs, batches of ${BATCH_ROUNDS} rounds per node${report.warmedAfterGc ? '' : '; --cold'}`,
      `collector packets-through-nodes per CPU second`,
      `  filed build, raw events   ${f(p.filedRaw)}`,
      `  today, raw events         ${f(p.todayRaw)}`,
      `  today, segment columns    ${f(p.columns)}`,
      `  columns ÷ filed raw       ${f(p.columnsOverFiled, 2)}   (issue 11's target: ≥ 5)`,
      `  columns ÷ today's raw     ${f(p.columnsOverTodayRaw, 2)}`,
      `  today's raw ÷ filed raw   ${f(p.todayRawOverFiled, 2)}`,
      `wire bytes per packet: filed raw ${report.wireBytesPerPacket.filedRaw}, today's raw ${report.wireBytesPerPacket.todayRaw}, columns ${report.wireBytesPerPacket.columns}`,
      calibration.text,
      '',
    ].join('\n'),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
