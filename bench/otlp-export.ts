/**
 * OTLP export cost (issue 10): what exporting costs the collector per trace, and the collector's
 * throughput with export on ÷ off.
 *
 * 1. Cost per trace: the reference walks' traces (made by the correlator from the synthesized
 *    stream of fixtures/walks.ts) turned into spans (collector/export/otlp-spans.ts) and
 *    serialized as one OTLP protobuf request per 256 traces (@opentelemetry/otlp-transformer,
 *    what the exporter sends), CPU time of the collector's thread per trace; bytes per trace.
 * 2. Throughput: the stream pushed through the correlator into the trace store, round by round
 *    (the event loop turns between rounds, as in a collector), with export on handed to the
 *    exporter's worker thread as the collector does (collector/export/otlp-thread.ts), timed
 *    until every event is correlated and, with export on, every trace has been accepted by the
 *    backend: an HTTP sink in its own process (bench/otlp-sink.ts) answering 200. Wall time, so
 *    the worker's second core is used as a collector would use it; CPU seconds of the whole
 *    process are reported beside it.
 *    Runs alternate off, on, off, on… (interleaved), `--runs` of each; events/s min/median/max and
 *    the ratio of medians (target ≥ 0.9), plus each adjacent pair's ratio.
 *
 *   npm run build && node dist/bench/otlp-export.js [--rounds 3000] [--runs 5] [--json] [--in-process] [--cost-only]
 *
 * --in-process: the exporter on the collector's event loop (OtlpTraceExporter) instead of its worker
 * thread, to see whether the worker pays for itself on this machine.
 */
import { loadavg } from 'node:os';
import { ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import type { PacketEvent } from '../common/event.js';
import { Correlator } from '../collector/correlate/correlator.js';
import { OtlpExportThread } from '../collector/export/otlp-thread.js';
import { OtlpTraceExporter } from '../collector/export/otlp.js';
import { HandoverReader, HandoverWriter, type HandoverBatch } from '../collector/export/otlp-handover.js';
import { packetlifeResource, traceToSpans } from '../collector/export/otlp-spans.js';
import { flowLinks } from '../collector/server.js';
import { TraceStore } from '../collector/store.js';
import type { Trace } from '../collector/trace-model.js';
import { eventFromProto, eventToProto } from '../proto/codec.js';
import { allWalks, labModel } from '../fixtures/walks.js';
import { startSink } from './otlp-sink-process.js';
import { median, numberArg } from './stats.js';

function round(r: number): PacketEvent[] {
  const out: PacketEvent[] = [];
  for (const w of allWalks(5_000_000_000n + BigInt(r) * 20_000_000n, r)) for (const e of w.events) out.push(eventFromProto(eventToProto(e)));
  return out;
}

function tracesOf(rounds: number): { traces: Trace[]; store: TraceStore } {
  const store = new TraceStore(1_000_000, 1_000_000);
  const traces: Trace[] = [];
  const c = new Correlator({ topology: labModel(), onTrace: (t) => (traces.push(t), store.addTrace(t)), onFlow: (f) => store.upsertFlow(f) });
  for (let r = 0; r < rounds; r++) for (const e of round(r)) c.push(e);
  c.flush();
  return { traces, store };
}

interface Cost {
  /** spans + protobuf, µs CPU per trace, per run */
  usPerTrace: number[];
  /** the parts: the loop's hand-over write, the worker's read, spans, protobuf */
  handOverWriteUs: number[];
  handOverReadUs: number[];
  spansUs: number[];
  serializeUs: number[];
  bytesPerTrace: number;
  spansPerTrace: number;
  attributesPerTrace: number;
}

function costPerTrace(traces: Trace[], store: TraceStore, runs: number): Cost {
  const resource = packetlifeResource();
  const c: Cost = { usPerTrace: [], handOverWriteUs: [], handOverReadUs: [], spansUs: [], serializeUs: [], bytesPerTrace: 0, spansPerTrace: 0, attributesPerTrace: 0 };
  const links = traces.map((t) => flowLinks(store, t));
  const cpu = (): number => {
    const u = process.cpuUsage();
    return u.user + u.system;
  };
  for (let run = 0; run < runs + 1; run++) {
    let bytes = 0;
    let spans = 0;
    let attrs = 0;
    let write = 0;
    let read = 0;
    let build = 0;
    let ser = 0;
    const writer = new HandoverWriter();
    const reader = new HandoverReader();
    for (let i = 0; i < traces.length; i += 256) {
      const part = traces.slice(i, i + 256);
      // the loop's side: 64 traces per hand-over, as otlp-thread.ts does
      let c0 = cpu();
      const batches: HandoverBatch[] = [];
      for (let k = 0; k < part.length; k++) {
        writer.add(part[k]!);
        if (writer.traces === 64 || k === part.length - 1) batches.push(writer.take());
      }
      let c1 = cpu();
      write += c1 - c0;
      const views = batches.flatMap((b) => reader.read(b));
      c0 = cpu();
      read += c0 - c1;
      const batch = views.flatMap((t, k) => traceToSpans(t, resource, links[i + k]));
      c1 = cpu();
      build += c1 - c0;
      bytes += ProtobufTraceSerializer.serializeRequest(batch)!.length;
      c0 = cpu();
      ser += c0 - c1;
      spans += batch.length;
      for (const sp of batch) {
        attrs += Object.keys(sp.attributes).length;
        for (const e of sp.events) attrs += Object.keys(e.attributes ?? {}).length;
      }
    }
    if (run === 0) continue; // run 0 warms the JIT
    const n = traces.length;
    c.handOverWriteUs.push(write / n);
    c.handOverReadUs.push(read / n);
    c.spansUs.push(build / n);
    c.serializeUs.push(ser / n);
    c.usPerTrace.push((build + ser) / n);
    c.bytesPerTrace = bytes / n;
    c.spansPerTrace = spans / n;
    c.attributesPerTrace = attrs / n;
  }
  return c;
}

interface Run {
  exportOn: boolean;
  events: number;
  traces: number;
  seconds: number;
  correlatedSeconds: number;
  correlatedEventsPerSecond: number;
  cpuSeconds: number;
  eventsPerSecond: number;
  exported: number;
  dropped: number;
}

async function throughput(rounds: number, sinkUrl: string | undefined): Promise<Run> {
  const batches: PacketEvent[][] = [];
  for (let r = 0; r < rounds; r++) batches.push(round(r));
  const store = new TraceStore(20_000, 20_000);
  // As the collector runs it: the exporter in a worker thread, this loop only hands traces over.
  const exporter = !sinkUrl ? undefined : process.argv.includes('--in-process') ? new OtlpTraceExporter({ endpoint: sinkUrl, maxQueue: 1_000_000 }) : new OtlpExportThread({ endpoint: sinkUrl, maxQueue: 1_000_000 });
  let traces = 0;
  const c = new Correlator({
    topology: labModel(),
    onTrace: (t) => {
      traces++;
      store.addTrace(t);
      exporter?.offer(t);
    },
    onFlow: (f) => store.upsertFlow(f),
  });
  let events = 0;
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) {
    for (const e of batches[r]!) c.push(e);
    events += batches[r]!.length;
    if (r % 20 === 19) await new Promise((ok) => setImmediate(ok)); // let timers and sockets run, as in a collector
  }
  c.flush();
  // Every event correlated and every trace handed over: the collector's own throughput.
  const correlatedSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (exporter) await exporter.shutdown(120_000); // sends the rest at once and waits for the backend
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const s = exporter?.stats;
  return { exportOn: !!exporter, events, traces, seconds, correlatedSeconds, correlatedEventsPerSecond: events / correlatedSeconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, eventsPerSecond: events / seconds, exported: s?.exported ?? 0, dropped: s ? s.dropped['queue-full'] + s.dropped.rejected + s.dropped.shutdown : 0 };
}

async function main(): Promise<void> {
  const rounds = numberArg('rounds', 3000);
  const runs = numberArg('runs', 5);
  const { traces, store } = tracesOf(Math.min(rounds, 1000));
  const cost = costPerTrace(traces, store, runs);
  if (process.argv.includes('--cost-only')) {
    process.stdout.write(`${JSON.stringify({ node: process.version, traces: traces.length, cost, loadavg: loadavg() }, null, 2)}\n`);
    return;
  }
  const sink = await startSink();
  await throughput(200, sink.url); // warm up both paths
  await throughput(200, undefined);
  const off: Run[] = [];
  const on: Run[] = [];
  for (let i = 0; i < runs; i++) {
    off.push(await throughput(rounds, undefined));
    on.push(await throughput(rounds, sink.url));
  }
  const sinkSays = await sink.stop();
  const eps = (rs: Run[]): number[] => rs.map((r) => r.eventsPerSecond);
  const ceps = (rs: Run[]): number[] => rs.map((r) => r.correlatedEventsPerSecond);
  const ratio = median(eps(on)) / median(eps(off));
  const pairs = on.map((r, i) => r.eventsPerSecond / off[i]!.eventsPerSecond);
  const cratio = median(ceps(on)) / median(ceps(off));
  const cpairs = on.map((r, i) => r.correlatedEventsPerSecond / off[i]!.correlatedEventsPerSecond);
  const report = { node: process.version, rounds, runs, cost, off, on, deliveredRatioOfMedians: ratio, deliveredPairRatios: pairs, correlatedRatioOfMedians: cratio, correlatedPairRatios: cpairs, sink: sinkSays };
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  const f = (n: number): string => Math.round(n).toLocaleString('en-US');
  const mmm = (xs: number[], fmt: (n: number) => string): string => `min ${fmt(Math.min(...xs))} / median ${fmt(median(xs))} / max ${fmt(Math.max(...xs))}`;
  process.stdout.write(
    [
      `OTLP export cost on the collector's thread (${f(traces.length)} traces, spans + protobuf request per 256 traces, ${runs} runs)`,
      `  µs CPU per trace       ${mmm(cost.usPerTrace, (n) => n.toFixed(1))}  (spans + protobuf, the worker's work)`,
      `    spans                ${mmm(cost.spansUs, (n) => n.toFixed(1))}`,
      `    protobuf             ${mmm(cost.serializeUs, (n) => n.toFixed(1))}`,
      `  hand-over µs per trace write (the event loop) ${mmm(cost.handOverWriteUs, (n) => n.toFixed(2))}; read (the worker) ${mmm(cost.handOverReadUs, (n) => n.toFixed(2))}`,
      `  spans per trace        ${cost.spansPerTrace.toFixed(2)}; attributes per trace (spans + events) ${cost.attributesPerTrace.toFixed(1)}`,
      `  bytes per trace        ${f(cost.bytesPerTrace)}`,
      `collector throughput, correlator + store (+ export to an HTTP sink in another process), ${f(off[0]!.events)} events, ${f(off[0]!.traces)} traces, interleaved off/on × ${runs}`,
      `  correlated (the collector's event loop; export handed over to its worker thread)`,
      `    export off events/s  ${mmm(ceps(off), f)}`,
      `    export on  events/s  ${mmm(ceps(on), f)}`,
      `    on ÷ off             ${cratio.toFixed(3)} (ratio of medians; pairs ${mmm(cpairs, (n) => n.toFixed(3))})`,
      `  delivered (until the backend accepted every trace)`,
      `    export off events/s  ${mmm(eps(off), f)}`,
      `    export on  events/s  ${mmm(eps(on), f)}   (exported ${on.map((r) => r.exported).join(', ')}; dropped ${on.map((r) => r.dropped).join(', ')})`,
      `    on ÷ off             ${ratio.toFixed(3)} (ratio of medians; pairs ${mmm(pairs, (n) => n.toFixed(3))})`,
      `  process CPU s per run  off ${mmm(off.map((r) => r.cpuSeconds), (n) => n.toFixed(2))}; on ${mmm(on.map((r) => r.cpuSeconds), (n) => n.toFixed(2))}`,
      `  sink                   ${sinkSays}`,
      '',
    ].join('\n'),
  );
}

void main();
