/**
 * A test OTLP/HTTP trace receiver: decodes each POST /v1/traces with the official OTLP protobuf
 * definitions (opentelemetry-proto, vendored under test/export/opentelemetry-proto with its
 * LICENSE) through protobufjs, so what the collector sends is read the way a real backend reads
 * it. It can answer 503 (with Retry-After) for the first N requests, or never answer at all.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { join, resolve } from 'node:path';
import protobuf from 'protobufjs';

const PROTO_DIR = resolve('test/export/opentelemetry-proto');

let requestType: protobuf.Type | undefined;
export function exportTraceServiceRequest(): protobuf.Type {
  if (requestType) return requestType;
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => (target.startsWith('opentelemetry/') ? join(PROTO_DIR, target) : target);
  root.loadSync('opentelemetry/proto/collector/trace/v1/trace_service.proto', { keepCase: false });
  root.resolveAll();
  requestType = root.lookupType('opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest');
  return requestType;
}

export type AttrValue = string | number | boolean | AttrValue[];
export interface DecodedEvent {
  name: string;
  timeNs: bigint;
  attributes: Record<string, AttrValue>;
}
export interface DecodedSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  kind: number;
  startNs: bigint;
  endNs: bigint;
  attributes: Record<string, AttrValue>;
  events: DecodedEvent[];
  links: Array<{ traceId: string; spanId: string; attributes: Record<string, AttrValue> }>;
  status: { code: number; message: string };
  resource: Record<string, AttrValue>;
  scope: string;
}

interface PbAnyValue {
  stringValue?: string;
  intValue?: { toString(): string } | number;
  boolValue?: boolean;
  doubleValue?: number;
  arrayValue?: { values?: PbAnyValue[] };
}
const value = (v: PbAnyValue): AttrValue => {
  if (v.stringValue !== undefined) return v.stringValue;
  if (v.boolValue !== undefined) return v.boolValue;
  if (v.intValue !== undefined) return Number(v.intValue.toString());
  if (v.doubleValue !== undefined) return v.doubleValue;
  if (v.arrayValue) return (v.arrayValue.values ?? []).map(value);
  return '';
};
const attrs = (kvs: Array<{ key: string; value: PbAnyValue }> | undefined): Record<string, AttrValue> => Object.fromEntries((kvs ?? []).map((kv) => [kv.key, value(kv.value)]));
const hex = (b: Uint8Array | undefined): string => Buffer.from(b ?? []).toString('hex');
const ns = (v: { toString(): string } | number | undefined): bigint => BigInt((v ?? 0).toString());

/** Decodes one ExportTraceServiceRequest body into flat spans. */
export function decodeTraces(body: Uint8Array): DecodedSpan[] {
  const T = exportTraceServiceRequest();
  const msg = T.toObject(T.decode(body), { longs: String, defaults: false }) as {
    resourceSpans?: Array<{ resource?: { attributes?: Array<{ key: string; value: PbAnyValue }> }; scopeSpans?: Array<{ scope?: { name?: string }; spans?: Array<Record<string, unknown>> }> }>;
  };
  const out: DecodedSpan[] = [];
  for (const rs of msg.resourceSpans ?? []) {
    const resource = attrs(rs.resource?.attributes);
    for (const ss of rs.scopeSpans ?? []) {
      for (const s of ss.spans ?? []) {
        const sp = s as {
          traceId?: Uint8Array; spanId?: Uint8Array; parentSpanId?: Uint8Array; name?: string; kind?: number; startTimeUnixNano?: string; endTimeUnixNano?: string;
          attributes?: Array<{ key: string; value: PbAnyValue }>; events?: Array<{ name?: string; timeUnixNano?: string; attributes?: Array<{ key: string; value: PbAnyValue }> }>;
          links?: Array<{ traceId?: Uint8Array; spanId?: Uint8Array; attributes?: Array<{ key: string; value: PbAnyValue }> }>; status?: { code?: number; message?: string };
        };
        out.push({
          traceId: hex(sp.traceId),
          spanId: hex(sp.spanId),
          parentSpanId: hex(sp.parentSpanId),
          name: sp.name ?? '',
          kind: sp.kind ?? 0,
          startNs: ns(sp.startTimeUnixNano),
          endNs: ns(sp.endTimeUnixNano),
          attributes: attrs(sp.attributes),
          events: (sp.events ?? []).map((e) => ({ name: e.name ?? '', timeNs: ns(e.timeUnixNano), attributes: attrs(e.attributes) })),
          links: (sp.links ?? []).map((l) => ({ traceId: hex(l.traceId), spanId: hex(l.spanId), attributes: attrs(l.attributes) })),
          status: { code: sp.status?.code ?? 0, message: sp.status?.message ?? '' },
          resource,
          scope: ss.scope?.name ?? '',
        });
      }
    }
  }
  return out;
}

export interface ReceiverOptions {
  /** Answer 503 with this Retry-After (seconds) to the first `failFirst` requests. */
  failFirst?: number;
  retryAfterS?: number;
  /** Accept requests and never answer them. */
  neverAnswer?: boolean;
  /** Serve https with this certificate (a backend behind a private CA); with clientCa, ask for a client certificate signed by it (mutual TLS) and refuse the handshake without one. */
  tls?: { cert: string; key: string; clientCa?: string };
}

export interface Receiver {
  url: string;
  /** Spans of the requests answered 200, in arrival order. */
  spans: DecodedSpan[];
  requests: Array<{ atMs: number; status: number | 'held'; contentType: string; headers: IncomingMessage['headers']; bytes: number }>;
  jsonBodies: unknown[];
  close(): Promise<void>;
}

export async function startReceiver(opts: ReceiverOptions = {}): Promise<Receiver> {
  const spans: DecodedSpan[] = [];
  const requests: Receiver['requests'] = [];
  const jsonBodies: unknown[] = [];
  const sockets = new Set<Socket>();
  const held: ServerResponse[] = [];
  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const entry = { atMs: Date.now(), status: 200 as number | 'held', contentType: String(req.headers['content-type']), headers: req.headers, bytes: body.length };
      requests.push(entry);
      if (req.method !== 'POST' || req.url !== '/v1/traces') {
        entry.status = 404;
        res.writeHead(404).end();
        return;
      }
      if (opts.neverAnswer) {
        entry.status = 'held';
        held.push(res);
        return;
      }
      if (requests.length <= (opts.failFirst ?? 0)) {
        entry.status = 503;
        res.writeHead(503, { 'retry-after': String(opts.retryAfterS ?? 1) }).end('busy');
        return;
      }
      if (entry.contentType.startsWith('application/json')) {
        jsonBodies.push(JSON.parse(body.toString('utf8')));
      } else {
        spans.push(...decodeTraces(body));
      }
      res.writeHead(200, { 'content-type': entry.contentType }).end();
    });
  };
  const t = opts.tls;
  const server: Server = t ? createHttpsServer({ cert: t.cert, key: t.key, ...(t.clientCa ? { ca: t.clientCa, requestCert: true, rejectUnauthorized: true } : {}) }, handler) : createServer(handler);
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${opts.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    spans,
    requests,
    jsonBodies,
    async close() {
      for (const s of sockets) s.destroy();
      held.length = 0;
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** The spans of one packetlife trace (by the root's packetlife.trace.id), root first. */
export function spansOfTrace(all: DecodedSpan[], packetlifeTraceId: string): DecodedSpan[] {
  const root = all.find((s) => s.attributes['packetlife.trace.id'] === packetlifeTraceId && s.parentSpanId === '');
  if (!root) return [];
  return [root, ...all.filter((s) => s.traceId === root.traceId && s !== root)];
}
