/**
 * Why the OTLP exporter keeps @opentelemetry/otlp-transformer's protobuf serializer (issue 10b):
 * the same requests encoded two ways, CPU µs per trace.
 *
 * - otel: ProtobufTraceSerializer.serializeRequest(ReadableSpan[]) — what the exporter sends (0.223
 *   writes straight into one buffer, sized by a first pass, no intermediate objects);
 * - protobufjs: the official opentelemetry-proto definitions (test/export/opentelemetry-proto)
 *   loaded into protobufjs, encoding the plain ExportTraceServiceRequest objects the transformer
 *   builds (createExportTraceServiceRequest, not timed): the encoder alone, no object building.
 *
 * Both must give the same number of bytes; protobufjs is measured encoder-only, so it is the
 * lower bound of a "build plain objects + protobufjs" exporter.
 *
 *   npm run build && node dist/bench/otlp-encoders.js [--rounds 1000] [--runs 5]
 */
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { ReadableSpan } from '@opentelemetry/sdk-trace';
import { ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import protobuf from 'protobufjs';
import { Correlator } from '../collector/correlate/correlator.js';
import { packetlifeResource, traceToSpans } from '../collector/export/otlp-spans.js';
import { flowLinks } from '../collector/server.js';
import { TraceStore } from '../collector/store.js';
import type { Trace } from '../collector/trace-model.js';
import { eventFromProto, eventToProto } from '../proto/codec.js';
import { allWalks, labModel } from '../fixtures/walks.js';
import { packageRoot } from '../lab/processes.js';
import { median, numberArg } from './stats.js';

// Not in the package's exports map: reached by file, for this comparison only.
const require = createRequire(import.meta.url);
const transformerDir = dirname(require.resolve('@opentelemetry/otlp-transformer'));
const { createExportTraceServiceRequest } = require(join(transformerDir, 'trace/internal.js')) as { createExportTraceServiceRequest: (s: ReadableSpan[], e: unknown) => object };
const { PROTOBUF_ENCODER } = require(join(transformerDir, 'common/utils.js')) as { PROTOBUF_ENCODER: unknown };

const rounds = numberArg('rounds', 1000);
const runs = numberArg('runs', 5);
const store = new TraceStore(1_000_000, 1_000_000);
const traces: Trace[] = [];
const c = new Correlator({ topology: labModel(), onTrace: (t) => (traces.push(t), store.addTrace(t)), onFlow: (f) => store.upsertFlow(f) });
for (let r = 0; r < rounds; r++) for (const w of allWalks(5_000_000_000n + BigInt(r) * 20_000_000n, r)) for (const e of w.events) c.push(eventFromProto(eventToProto(e)));
c.flush();
const resource = packetlifeResource();
const batches: ReadableSpan[][] = [];
for (let i = 0; i < traces.length; i += 256) batches.push(traces.slice(i, i + 256).flatMap((t) => traceToSpans(t, resource, flowLinks(store, t))));
const plain = batches.map((b) => createExportTraceServiceRequest(b, PROTOBUF_ENCODER));

const root = new protobuf.Root();
const protoDir = resolve(packageRoot(), 'test/export/opentelemetry-proto');
root.resolvePath = (_origin, target) => join(protoDir, target);
root.loadSync('opentelemetry/proto/collector/trace/v1/trace_service.proto');
const Request = root.lookupType('opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest');

const cpuUs = (fn: () => number): { us: number; bytes: number } => {
  const c0 = process.cpuUsage();
  const bytes = fn();
  const c1 = process.cpuUsage(c0);
  return { us: (c1.user + c1.system) / traces.length, bytes: bytes / traces.length };
};
const otel: number[] = [];
const pbjs: number[] = [];
let bytes = { otel: 0, pbjs: 0 };
for (let run = 0; run <= runs; run++) {
  // Alternating, run 0 warms both up.
  const a = cpuUs(() => batches.reduce((n, b) => n + ProtobufTraceSerializer.serializeRequest(b)!.length, 0));
  const b = cpuUs(() => plain.reduce((n, p) => n + Request.encode(p).finish().length, 0));
  if (run > 0) {
    otel.push(a.us);
    pbjs.push(b.us);
  }
  bytes = { otel: a.bytes, pbjs: b.bytes };
}
const mmm = (xs: number[]): string => `${Math.min(...xs).toFixed(1)} / ${median(xs).toFixed(1)} / ${Math.max(...xs).toFixed(1)}`;
process.stdout.write(
  [
    `${traces.length} traces, requests of 256 traces, ${runs} alternating runs; CPU µs per trace min / median / max`,
    `  otlp-transformer ProtobufTraceSerializer  ${mmm(otel)}   (${bytes.otel.toFixed(0)} bytes/trace)`,
    `  protobufjs encode (official protos)       ${mmm(pbjs)}   (${bytes.pbjs.toFixed(0)} bytes/trace; object building not counted)`,
    '',
  ].join('\n'),
);
