/**
 * The collector's HTTP JSON API (node:http), its live WebSocket stream and /metrics.
 *
 *   GET    /api/traces?pod=&namespace=&label=&service=&ip=&node=&verdict=&protocol=&port=&since=&until=&limit=
 *                                     newest first (label: a Kubernetes label selector)
 *   GET    /api/traces/:id            (?format=text: the hop diagram)
 *   GET    /api/traces/:id/pcapng     the trace as pcapng (collector/export/pcapng.ts)
 *   GET    /api/traces/:id/otlp       {traceId, rootSpanId, exported}: its ids in an OTLP backend
 *   GET    /api/flows?…same filters…  /api/flows/:id   /api/flows/:id/pcapng (all its traces)
 *   GET    /api/pcapng?…same filters… the matching traces as one pcapng
 *   GET    /api/topology              the merged topology model
 *   GET    /api/agents                agents with health and loss (from the ingest registry)
 *   GET    /api/stats                 correlator and store counters
 *   POST   /api/sessions              {from, to, port?, protocol?, count?, durationS?}
 *   GET    /api/sessions/:id          the session, its filter, addresses and matched trace ids
 *   DELETE /api/sessions/:id
 *   GET    /api/stream (WebSocket)    one JSON trace per message; same filters as /api/traces
 *   GET    /metrics                   Prometheus text (prom-client)
 *   GET    /  and /viewer/*           the web trace viewer (collector/viewer/)
 *   GET    /healthz                   liveness/readiness: {ok: true}
 *
 * Bad input answers 400 with {"error": "..."} naming the parameter; unknown ids 404.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { Counter, Gauge, Registry } from 'prom-client';
import { WebSocketServer, type WebSocket } from 'ws';
import { childLog } from '../common/log.js';
import { filterToProto } from '../filter/proto.js';
import { otelSpanId, otelTraceId } from './export/otlp-ids.js';
import { PCAPNG_MEDIA_TYPE, tracesToPcapng } from './export/pcapng.js';
import { parseLabelSelector, selectorMatches } from './label-selector.js';
import { renderTrace } from './render.js';
import { SessionError, type Session, type SessionManager, type SessionRequest } from './sessions.js';
import type { AgentListResponse, FlowListResponse, SessionListResponse, SessionView, StatsResponse, TraceListResponse, TraceResponse } from './api-types.js';
import { matches, VERDICTS, type TraceQuery, type TraceStore } from './store.js';
import type { TopologyModel } from './topology/model.js';
import { isIpv4 } from '../common/ipv4.js';
import { TRACED_PROTOCOLS, protocolNumber } from '../common/ip-protocol.js';
import type { Trace, TraceVerdict } from './trace-model.js';
import { serveViewer } from './viewer/serve.js';
import { listenOn } from '../common/listen.js';

const log = childLog('api');

/** What the API needs from the ingest side (collector/ingest.ts IngestServer satisfies it). */
export interface AgentDirectory {
  listAgents(): AgentListResponse;
}

export interface CollectorApiOptions {
  store: TraceStore;
  topology: TopologyModel;
  agents?: AgentDirectory;
  sessions?: SessionManager;
  stats?: () => Record<string, number>;
  /** Other registries to serve on /metrics (e.g. the ingest's). */
  extraRegistries?: Registry[];
  host?: string;
  port?: number;
  /** Serve HTTPS (and so wss:// for agents and the live stream) with this PEM certificate and key. */
  tls?: { cert: string | Buffer; key: string | Buffer };
  /** Where traces are exported over OTLP (shown by the viewer beside each trace's OTLP id). */
  otlpEndpoint?: string;
  /** Largest accepted request body. */
  maxBodyBytes?: number;
  /** A stream client further behind than this many bytes loses messages (counted). */
  maxStreamBufferBytes?: number;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Query parameters of /api/traces, /api/flows, /api/pcapng and /api/stream (and `packetlife traces`' filters). */
export const TRACE_QUERY_PARAMS = ['pod', 'namespace', 'label', 'service', 'ip', 'node', 'verdict', 'protocol', 'port', 'flow', 'since', 'until', 'limit', 'format'] as const;

/**
 * `label` is a Kubernetes label selector; it is resolved against the topology's pods when the
 * query is made (a live stream keeps the pods that matched when it connected).
 */
export function parseTraceQuery(params: URLSearchParams, topology?: TopologyModel): TraceQuery {
  const q: TraceQuery = {};
  const known = new Set<string>(TRACE_QUERY_PARAMS);
  for (const k of params.keys()) if (!known.has(k)) throw new HttpError(400, `unknown query parameter "${k}" (known: ${[...known].join(', ')})`);
  const nsName = (k: 'pod' | 'service'): void => {
    const v = params.get(k);
    if (v === null) return;
    if (!/^[a-z0-9-]+\/[a-z0-9.-]+$/.test(v)) throw new HttpError(400, `${k} must be NAMESPACE/NAME, got "${v}"`);
    q[k] = v;
  };
  nsName('pod');
  nsName('service');
  const ip = params.get('ip');
  if (ip !== null) {
    if (!isIpv4(ip)) throw new HttpError(400, `ip must be an IPv4 address, got "${ip}"`);
    q.ip = ip;
  }
  const node = params.get('node');
  if (node !== null) q.node = node;
  const namespace = params.get('namespace');
  if (namespace !== null) {
    if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(namespace)) throw new HttpError(400, `namespace must be a Kubernetes namespace name, got "${namespace}"`);
    q.namespace = namespace;
  }
  const protocol = params.get('protocol');
  if (protocol !== null) {
    if (!(TRACED_PROTOCOLS as readonly string[]).includes(protocol)) throw new HttpError(400, `protocol must be one of ${TRACED_PROTOCOLS.join(', ')}, got "${protocol}"`);
    q.protocol = protocolNumber(protocol)!;
  }
  const port = params.get('port');
  if (port !== null) {
    const n = Number(port);
    if (!/^\d+$/.test(port) || n < 1 || n > 65535) throw new HttpError(400, `port must be 1-65535, got "${port}"`);
    q.port = n;
  }
  const label = params.get('label');
  if (label !== null) {
    let reqs;
    try {
      reqs = parseLabelSelector(label);
    } catch (err) {
      throw new HttpError(400, (err as Error).message);
    }
    const pods = (topology?.data().pods ?? []).filter((p) => selectorMatches(reqs, p.labels ?? {}) && (!q.namespace || p.namespace === q.namespace));
    q.pods = new Set(pods.map((p) => `${p.namespace}/${p.name}`));
  }
  const flow = params.get('flow');
  if (flow !== null) q.flowId = flow;
  const verdict = params.get('verdict');
  if (verdict !== null) {
    if (!VERDICTS.includes(verdict as TraceVerdict)) throw new HttpError(400, `verdict must be one of ${VERDICTS.join(', ')}, got "${verdict}"`);
    q.verdict = verdict as TraceVerdict;
  }
  for (const k of ['since', 'until'] as const) {
    const v = params.get(k);
    if (v === null) continue;
    if (!/^\d+$/.test(v)) throw new HttpError(400, `${k} must be wall-clock nanoseconds since the epoch, got "${v}"`);
    if (k === 'since') q.sinceNs = BigInt(v);
    else q.untilNs = BigInt(v);
  }
  const limit = params.get('limit');
  if (limit !== null) {
    const n = Number(limit);
    if (!Number.isInteger(n) || n < 1 || n > 10_000) throw new HttpError(400, `limit must be 1-10000, got "${limit}"`);
    q.limit = n;
  }
  return q;
}

export class CollectorApi {
  readonly server: Server;
  readonly metrics = new Registry();
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly streams = new Set<WebSocket>();
  private readonly streamDropped: Counter;

  constructor(private readonly opts: CollectorApiOptions) {
    const handler = (req: IncomingMessage, res: ServerResponse): void => {
      this.handle(req, res).catch((err: unknown) => this.fail(res, err));
    };
    this.server = opts.tls ? createTlsServer({ cert: opts.tls.cert, key: opts.tls.key }, handler) : createServer(handler);
    this.server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => this.upgrade(req, socket, head));
    this.streamDropped = new Counter({ name: 'packetlife_api_stream_dropped_total', help: 'Traces not sent to a slow live-stream client', registers: [this.metrics] });
    const { store } = opts;
    new Gauge({ name: 'packetlife_store_traces', help: 'Traces held by the store', registers: [this.metrics], collect() { this.set(store.stats.traces); } });
    new Gauge({ name: 'packetlife_store_flows', help: 'Flows held by the store', registers: [this.metrics], collect() { this.set(store.stats.flows); } });
    new Gauge({ name: 'packetlife_store_traces_evicted', help: 'Traces evicted from the store (count bound)', registers: [this.metrics], collect() { this.set(store.stats.tracesEvicted); } });
    const stats = opts.stats;
    if (stats) {
      const g = new Gauge({
        name: 'packetlife_correlator',
        help: 'Correlator counters and gauges by name (events, duplicates, lateDropped, chainsEvicted, traces, ...)',
        labelNames: ['stat'],
        registers: [this.metrics],
        collect() {
          for (const [k, v] of Object.entries(stats())) this.set({ stat: k }, v);
        },
      });
      void g;
    }
    const streams = this.streams;
    new Gauge({ name: 'packetlife_api_stream_clients', help: 'Live stream clients', registers: [this.metrics], collect() { this.set(streams.size); } });
  }

  /** Attach what exists only once the ingest shares this server: sessions, its metrics. */
  attach(parts: { sessions?: SessionManager; registries?: Registry[]; otlpEndpoint?: string }): void {
    if (parts.sessions) this.opts.sessions = parts.sessions;
    if (parts.otlpEndpoint) this.opts.otlpEndpoint = parts.otlpEndpoint;
    if (parts.registries) this.opts.extraRegistries = [...(this.opts.extraRegistries ?? []), ...parts.registries];
  }

  async listen(): Promise<{ host: string; port: number; url: string }> {
    const host = this.opts.host ?? '127.0.0.1';
    await listenOn(this.server, this.opts.port ?? 0, host);
    const port = (this.server.address() as AddressInfo).port;
    const scheme = this.opts.tls ? 'https' : 'http';
    return { host, port, url: `${scheme}://${host.includes(':') ? `[${host}]` : host}:${port}` };
  }

  async close(): Promise<void> {
    for (const ws of this.streams) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private fail(res: ServerResponse, err: unknown): void {
    const status = err instanceof HttpError ? err.status : err instanceof SessionError ? 400 : 500;
    if (status === 500) log.error({ err }, 'API request failed');
    if (!res.headersSent) this.json(res, status, { error: err instanceof Error ? err.message : String(err) });
    else res.end();
  }

  private json(res: ServerResponse, status: number, body: unknown): void {
    const text = JSON.stringify(body, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(text);
  }

  private pcapng(res: ServerResponse, name: string, traces: Trace[]): void {
    const file = tracesToPcapng(traces);
    res.writeHead(200, { 'content-type': PCAPNG_MEDIA_TYPE, 'content-disposition': `attachment; filename="packetlife-${name}.pcapng"`, 'content-length': file.length, 'cache-control': 'no-store' });
    res.end(file);
  }

  private async body(req: IncomingMessage): Promise<unknown> {
    const max = this.opts.maxBodyBytes ?? 64 * 1024;
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > max) throw new HttpError(413, `request body larger than ${max} bytes`);
      chunks.push(chunk as Buffer);
    }
    try {
      return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    } catch (err) {
      throw new HttpError(400, `request body is not JSON: ${(err as Error).message}`);
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://collector');
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const method = req.method ?? 'GET';
    const { store, topology } = this.opts;
    const seg = path.split('/').filter(Boolean); // ['api', 'traces', ':id']
    if (method === 'GET' && path === '/metrics') {
      const reg = Registry.merge([this.metrics, ...(this.opts.extraRegistries ?? [])]);
      res.writeHead(200, { 'content-type': reg.contentType });
      res.end(await reg.metrics());
      return;
    }
    if (method === 'GET' && path === '/healthz') return this.json(res, 200, { ok: true });
    if (seg[0] !== 'api' && serveViewer(req, res)) return; // the web viewer: / and /viewer/*
    if (seg[0] !== 'api') throw new HttpError(404, `no route ${method} ${path}`);
    if (method === 'GET' && path === '/api/traces') return this.json(res, 200, store.queryTraces(parseTraceQuery(url.searchParams, topology)) satisfies TraceListResponse);
    if (method === 'GET' && seg[1] === 'traces' && seg.length === 3) {
      const t = store.getTrace(seg[2]!);
      if (!t) throw new HttpError(404, `no trace ${seg[2]}`);
      if (url.searchParams.get('format') === 'text') {
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(`${renderTrace(t)}\n`);
        return;
      }
      return this.json(res, 200, t satisfies TraceResponse);
    }
    if (method === 'GET' && seg[1] === 'traces' && seg.length === 4 && seg[3] === 'pcapng') {
      const t = store.getTrace(seg[2]!);
      if (!t) throw new HttpError(404, `no trace ${seg[2]}`);
      return this.pcapng(res, `trace-${t.id}`, [t]);
    }
    if (method === 'GET' && seg[1] === 'traces' && seg.length === 4 && seg[3] === 'otlp') {
      const t = store.getTrace(seg[2]!);
      if (!t) throw new HttpError(404, `no trace ${seg[2]}`);
      return this.json(res, 200, { traceId: otelTraceId(t.id), rootSpanId: otelSpanId(t.id, 0), exported: this.opts.otlpEndpoint ?? null });
    }
    if (method === 'GET' && seg[1] === 'flows' && seg.length === 4 && seg[3] === 'pcapng') {
      const f = store.getFlow(seg[2]!);
      if (!f) throw new HttpError(404, `no flow ${seg[2]}`);
      const traces = f.traceIds.map((id) => store.getTrace(id)).filter((t): t is NonNullable<typeof t> => t !== undefined);
      return this.pcapng(res, `flow-${f.id}`, traces);
    }
    if (method === 'GET' && path === '/api/pcapng') return this.pcapng(res, 'traces', store.queryTraces(parseTraceQuery(url.searchParams, topology)));
    if (method === 'GET' && path === '/api/flows') return this.json(res, 200, store.queryFlows(parseTraceQuery(url.searchParams, topology)) satisfies FlowListResponse);
    if (method === 'GET' && seg[1] === 'flows' && seg.length === 3) {
      const f = store.getFlow(seg[2]!);
      if (!f) throw new HttpError(404, `no flow ${seg[2]}`);
      return this.json(res, 200, f);
    }
    if (method === 'GET' && path === '/api/topology') return this.json(res, 200, topology.data());
    if (method === 'GET' && path === '/api/agents') return this.json(res, 200, (this.opts.agents?.listAgents() ?? []) satisfies AgentListResponse);
    if (method === 'GET' && path === '/api/stats') return this.json(res, 200, { correlator: this.opts.stats?.() ?? {}, store: { ...store.stats } } satisfies StatsResponse);
    if (seg[1] === 'sessions') {
      const sessions = this.opts.sessions;
      if (!sessions) throw new HttpError(503, 'this collector has no agent connection to run sessions on');
      if (method === 'POST' && seg.length === 2) {
        const body = await this.body(req);
        const s = sessions.start(validateSessionRequest(body));
        return this.json(res, 201, sessionView(s));
      }
      if (method === 'GET' && seg.length === 2) return this.json(res, 200, sessions.list().map(sessionView) satisfies SessionListResponse);
      const s = seg[2] ? sessions.get(seg[2]) : undefined;
      if (!s) throw new HttpError(404, `no session ${seg[2] ?? ''}`);
      if (method === 'GET' && seg.length === 3) return this.json(res, 200, sessionView(s));
      if (method === 'DELETE' && seg.length === 3) {
        sessions.end(s.id, 'stopped by request');
        return this.json(res, 200, sessionView(s));
      }
    }
    throw new HttpError(404, `no route ${method} ${path}`);
  }

  private upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://collector');
    if (url.pathname !== '/api/stream') return; // another handler (e.g. agent ingest) may own it
    let q: TraceQuery;
    try {
      q = parseTraceQuery(url.searchParams, this.opts.topology);
    } catch (err) {
      socket.end(`HTTP/1.1 400 Bad Request\r\ncontent-type: text/plain\r\n\r\n${(err as Error).message}\n`);
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      this.streams.add(ws);
      const max = this.opts.maxStreamBufferBytes ?? 4 * 1024 * 1024;
      const off = this.opts.store.subscribe((t) => {
        if (!matches(t, q)) return;
        if (ws.bufferedAmount > max) {
          this.streamDropped.inc();
          return;
        }
        ws.send(JSON.stringify(t));
      });
      ws.on('close', () => {
        off();
        this.streams.delete(ws);
      });
      ws.on('error', () => ws.terminate());
    });
  }
}

function validateSessionRequest(body: unknown): SessionRequest {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, 'session request must be a JSON object {from, to, port?, protocol?, count?, durationS?}');
  const b = body as Record<string, unknown>;
  const known = new Set(['from', 'to', 'port', 'protocol', 'count', 'durationS']);
  for (const k of Object.keys(b)) if (!known.has(k)) throw new HttpError(400, `unknown session field "${k}"`);
  const str = (k: string, required: boolean): string | undefined => {
    const v = b[k];
    if (v === undefined && !required) return undefined;
    if (typeof v !== 'string' || v === '') throw new HttpError(400, `session field "${k}" must be a non-empty string`);
    return v;
  };
  const num = (k: string): number | undefined => {
    const v = b[k];
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new HttpError(400, `session field "${k}" must be a number`);
    return v;
  };
  const req: SessionRequest = { from: str('from', true)!, to: str('to', true)! };
  const port = num('port');
  const protocol = str('protocol', false);
  const count = num('count');
  const durationS = num('durationS');
  if (port !== undefined) req.port = port;
  if (protocol !== undefined) req.protocol = protocol;
  if (count !== undefined) req.count = count;
  if (durationS !== undefined) req.durationS = durationS;
  return req;
}

function sessionView(s: Session): SessionView {
  return {
    id: s.id,
    request: s.request,
    from: s.compiled.from,
    to: s.compiled.to,
    protocol: s.compiled.protocol ?? null,
    filter: filterToProto(s.compiled.filter),
    agents: s.agents,
    activeAgents: s.activeAgents,
    refusals: s.refusals,
    traceIds: s.traceIds,
    requests: s.requests,
    replies: s.replies,
    done: s.done,
    endReason: s.endReason ?? null,
    startedAtMs: s.startedAtMs,
  };
}
