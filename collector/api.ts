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
 *   POST   /api/sessions              {from, to, port?, protocol?, count?, durationS?, sample?}
 *   GET    /api/sessions/:id          the session, its filter, addresses and matched trace ids
 *   DELETE /api/sessions/:id
 *   GET    /api/stream (WebSocket)    one JSON trace per message; same filters as /api/traces
 *   GET    /metrics                   Prometheus text (prom-client)
 *   GET    /  and /viewer/*           the web trace viewer (collector/viewer/)
 *   GET    /healthz                   liveness/readiness: {ok: true}
 *
 * Every /api route and the stream need a bearer token (collector/auth.ts) unless auth is 'none';
 * what a user sees is cut to the namespaces they may read (collector/visibility.ts). /healthz
 * is open; /metrics too unless metricsNeedToken. Host must be an IP, localhost or an allowed
 * name (DNS rebinding); a cross-origin Origin is refused; a state-changing request needs
 * content-type application/json. Refusals are counted in packetlife_api_refused_total{reason}.
 *
 * Bad input answers 400 with {"error": "..."} naming the parameter; unknown ids 404.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
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
import { isIP } from 'node:net';
import { bearerToken, scopeOf, type Authenticator, type NamespaceScope, type User, type Verb } from './auth.js';
import { endpointNamespace, flowVisible, topologyNamespaces, traceVisible, visibleTopology } from './visibility.js';
import type { AgentListResponse, FlowListResponse, SessionListResponse, SessionView, StatsResponse, TraceListResponse, TraceResponse } from './api-types.js';
import { matches, VERDICTS, type TraceQuery, type TraceStore } from './store.js';
import type { TopologyModel } from './topology/model.js';
import { isIpv4 } from '../common/ipv4.js';
import { TRACED_PROTOCOLS, protocolNumber } from '../common/ip-protocol.js';
import type { Trace, TraceVerdict } from './trace-model.js';
import { serveViewer } from './viewer/serve.js';
import type { SliceTimer } from './loop-health.js';
import { StreamOutbox } from './stream-outbox.js';

/** Traces waiting for one live-stream client at most (beyond: the client is too slow, closed). */
const MAX_STREAM_QUEUED = 20_000;
import { createHttpServerFor, listenOn } from '../common/listen.js';

const log = childLog('api');

/** What the API needs from the ingest side (collector/ingest.ts IngestServer satisfies it). */
export interface AgentDirectory {
  listAgents(): AgentListResponse;
}

export interface CollectorApiOptions {
  /** The server to answer on (made by common/listen.ts createHttpServerFor, shared with the ingest); absent: one of its own. */
  server?: Server;
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
  /** A stream client further behind than this many bytes is disconnected (counted). */
  maxStreamBufferBytes?: number;
  /** Live-stream clients at once (default 64); more are refused with 503 (counted). */
  maxStreamClients?: number;
  /** Who may call: an authenticator, or 'none' (every caller may do everything: tests, a laptop). */
  auth: Authenticator | 'none';
  /** Times the API's synchronous work for collector/loop-health.ts. */
  timeSlice?: SliceTimer;
  /** /metrics needs a token with cluster-wide get (default: open, like /healthz). */
  metricsNeedToken?: boolean;
  /** Host names answered besides IP literals and localhost ('*': any). */
  allowedHosts?: string[];
  /** Origins (scheme://host:port) allowed besides our own. */
  allowedOrigins?: string[];
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

/** Why a request was refused before it reached a route (the label of packetlife_api_refused_total). */
export type RefusedReason = 'unauthenticated' | 'forbidden' | 'bad-host' | 'bad-origin' | 'content-type' | 'too-many-streams' | 'too-many-sessions';

interface Caller {
  user: User;
  /** Resolved lazily, once per request: the namespaces the user may do a verb in. */
  scope(verb: Verb): Promise<NamespaceScope>;
}

const ANONYMOUS: User = { name: 'anonymous', groups: [], source: 'file' };

export class CollectorApi {
  readonly server: Server;
  readonly metrics = new Registry();
  private readonly wss = new WebSocketServer({ noServer: true, handleProtocols: (protocols) => (protocols.has('packetlife') ? 'packetlife' : false) });
  private readonly streams = new Set<WebSocket>();
  private readonly streamSlowClosed: Counter;
  private readonly refused: Counter<'reason'>;
  private readonly time: SliceTimer;

  constructor(private readonly opts: CollectorApiOptions) {
    const time: SliceTimer = opts.timeSlice ?? ((_area, fn) => fn());
    this.time = time;
    const handler = (req: IncomingMessage, res: ServerResponse): void => {
      time('api', () => this.handle(req, res)).catch((err: unknown) => this.fail(res, err));
    };
    this.server = opts.server ?? createHttpServerFor(opts.tls);
    this.server.on('request', handler);
    this.server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      this.upgrade(req, socket, head).catch((err: unknown) => {
        log.error({ err }, 'stream upgrade failed');
        socket.destroy();
      });
    });
    this.streamSlowClosed = new Counter({ name: 'packetlife_api_stream_slow_closed_total', help: 'Live-stream clients disconnected because they read too slowly (their send buffer passed its bound)', registers: [this.metrics] });
    this.refused = new Counter({ name: 'packetlife_api_refused_total', help: 'API requests and stream upgrades refused before reaching a route, by reason', labelNames: ['reason'], registers: [this.metrics] });
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
    const status = err instanceof HttpError ? err.status : err instanceof SessionError ? err.status : 500;
    if (status === 500) log.error({ err }, 'API request failed');
    if (!res.headersSent) {
      if (status === 401) res.setHeader('www-authenticate', 'Bearer realm="packetlife"');
      this.json(res, status, { error: err instanceof Error ? err.message : String(err) });
    } else res.end();
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

  private refuse(reason: RefusedReason, status: number, message: string): HttpError {
    this.refused.inc({ reason });
    return new HttpError(status, message);
  }

  /**
   * DNS rebinding: a page on another name that resolves to us sends its own name as Host. Only
   * IP literals, localhost and the names given in allowedHosts are answered ('*': any).
   */
  private checkHost(req: IncomingMessage): void {
    const allowed = this.opts.allowedHosts ?? [];
    if (allowed.includes('*')) return;
    const host = hostName(req.headers.host);
    if (host === undefined) throw this.refuse('bad-host', 400, 'request without a Host header');
    if (host === 'localhost' || isIP(host) !== 0 || allowed.includes(host)) return;
    throw this.refuse('bad-host', 421, `Host "${host.slice(0, 100)}" is not one of this collector's names (add it with --allowed-host)`);
  }

  /** A browser's cross-origin request carries an Origin other than our own: refused. */
  private checkOrigin(req: IncomingMessage): void {
    const origin = req.headers.origin;
    if (origin === undefined) return; // not a browser, or a same-origin GET
    const own = `${this.opts.tls ? 'https' : 'http'}://${req.headers.host ?? ''}`;
    if (origin === own || (this.opts.allowedOrigins ?? []).includes(origin)) return;
    throw this.refuse('bad-origin', 403, `Origin "${origin.slice(0, 100)}" may not use this API (only ${own}; add others with --allowed-origin)`);
  }

  /** The bearer token's user, or a 401. */
  private async authenticate(token: string | undefined): Promise<Caller> {
    const auth = this.opts.auth;
    if (auth === 'none') return { user: ANONYMOUS, scope: async () => 'all' };
    if (!token) throw this.refuse('unauthenticated', 401, 'this API needs a bearer token (Authorization: Bearer TOKEN; the CLI takes --token or uses the kube context)');
    let user: User | undefined;
    try {
      user = await auth.user(token);
    } catch (err) {
      throw new HttpError(503, `cannot check the token: ${(err as Error).message}`);
    }
    if (!user) throw this.refuse('unauthenticated', 401, 'the bearer token is not valid');
    const cache = new Map<Verb, Promise<NamespaceScope>>();
    return {
      user,
      scope: (verb) => {
        let p = cache.get(verb);
        if (!p) {
          p = scopeOf(auth, user, verb, this.knownNamespaces());
          cache.set(verb, p);
        }
        return p;
      },
    };
  }

  private knownNamespaces(): string[] {
    return topologyNamespaces(this.opts.topology.data());
  }

  private async requireAll(caller: Caller, verb: Verb, what: string): Promise<void> {
    if ((await caller.scope(verb)) !== 'all') throw this.refuse('forbidden', 403, `${caller.user.name} may not ${verb} ${what} (needs ${verb} on packettraces.packetlife.dev in every namespace)`);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://collector');
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const method = req.method ?? 'GET';
    const { store, topology } = this.opts;
    const seg = path.split('/').filter(Boolean); // ['api', 'traces', ':id']
    if (method === 'GET' && path === '/healthz') return this.json(res, 200, { ok: true });
    this.checkHost(req);
    if (method === 'GET' && path === '/metrics') {
      if (this.opts.metricsNeedToken) await this.requireAll(await this.authenticate(bearerToken(req.headers.authorization)), 'get', '/metrics');
      const reg = Registry.merge([this.metrics, ...(this.opts.extraRegistries ?? [])]);
      res.writeHead(200, { 'content-type': reg.contentType });
      res.end(await reg.metrics());
      return;
    }
    if (seg[0] !== 'api' && serveViewer(req, res)) return; // the web viewer: / and /viewer/* (static; it asks for a token)
    if (seg[0] !== 'api') throw new HttpError(404, `no route ${method} ${path}`);
    this.checkOrigin(req);
    if (method !== 'GET' && method !== 'HEAD') {
      const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (type !== 'application/json') throw this.refuse('content-type', 415, `${method} needs "content-type: application/json" (got "${type.slice(0, 60) || 'none'}")`);
    }
    const caller = await this.authenticate(bearerToken(req.headers.authorization));
    if (method === 'GET' && path === '/api/traces') {
      const scope = await caller.scope('list');
      const q = parseTraceQuery(url.searchParams, topology);
      if (scope === 'all') return this.json(res, 200, store.queryTraces(q) satisfies TraceListResponse);
      const limit = q.limit ?? 100;
      const visible = store.queryTraces({ ...q, limit: 10_000_000 }).filter((t) => traceVisible(scope, t)).slice(0, limit);
      return this.json(res, 200, visible);
    }
    if (method === 'GET' && seg[1] === 'traces' && seg.length === 3) {
      const t = store.getTrace(seg[2]!);
      // an invisible trace is as unknown as a missing one: ids say nothing to who may not read them
      if (!t || !traceVisible(await caller.scope('get'), t)) throw new HttpError(404, `no trace ${seg[2]}`);
      if (url.searchParams.get('format') === 'text') {
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(`${renderTrace(t)}\n`);
        return;
      }
      return this.json(res, 200, t satisfies TraceResponse);
    }
    if (method === 'GET' && seg[1] === 'traces' && seg.length === 4 && seg[3] === 'pcapng') {
      const t = store.getTrace(seg[2]!);
      if (!t || !traceVisible(await caller.scope('get'), t)) throw new HttpError(404, `no trace ${seg[2]}`);
      return this.pcapng(res, `trace-${t.id}`, [t]);
    }
    if (method === 'GET' && seg[1] === 'traces' && seg.length === 4 && seg[3] === 'otlp') {
      const t = store.getTrace(seg[2]!);
      if (!t || !traceVisible(await caller.scope('get'), t)) throw new HttpError(404, `no trace ${seg[2]}`);
      return this.json(res, 200, { traceId: otelTraceId(t.id), rootSpanId: otelSpanId(t.id, 0), exported: this.opts.otlpEndpoint ?? null });
    }
    if (method === 'GET' && seg[1] === 'flows' && seg.length === 4 && seg[3] === 'pcapng') {
      const f = store.getFlow(seg[2]!);
      const scope = await caller.scope('get');
      if (!f || !flowVisible(scope, f, (id) => store.getTrace(id))) throw new HttpError(404, `no flow ${seg[2]}`);
      const traces = f.traceIds.map((id) => store.getTrace(id)).filter((t): t is NonNullable<typeof t> => t !== undefined && traceVisible(scope, t));
      return this.pcapng(res, `flow-${f.id}`, traces);
    }
    if (method === 'GET' && path === '/api/pcapng') {
      const scope = await caller.scope('list');
      const q = parseTraceQuery(url.searchParams, topology);
      const traces = scope === 'all' ? store.queryTraces(q) : store.queryTraces({ ...q, limit: 10_000_000 }).filter((t) => traceVisible(scope, t)).slice(0, q.limit ?? 100);
      return this.pcapng(res, 'traces', traces);
    }
    if (method === 'GET' && path === '/api/flows') {
      const scope = await caller.scope('list');
      const q = parseTraceQuery(url.searchParams, topology);
      if (scope === 'all') return this.json(res, 200, store.queryFlows(q) satisfies FlowListResponse);
      const visible = store.queryFlows({ ...q, limit: 10_000_000 }).filter((f) => flowVisible(scope, f, (id) => store.getTrace(id))).slice(0, q.limit ?? 100);
      return this.json(res, 200, visible);
    }
    if (method === 'GET' && seg[1] === 'flows' && seg.length === 3) {
      const f = store.getFlow(seg[2]!);
      if (!f || !flowVisible(await caller.scope('get'), f, (id) => store.getTrace(id))) throw new HttpError(404, `no flow ${seg[2]}`);
      return this.json(res, 200, f);
    }
    if (method === 'GET' && path === '/api/topology') return this.json(res, 200, visibleTopology(await caller.scope('get'), topology.data()));
    if (method === 'GET' && path === '/api/agents') {
      await this.requireAll(caller, 'get', 'the agent list');
      return this.json(res, 200, (this.opts.agents?.listAgents() ?? []) satisfies AgentListResponse);
    }
    if (method === 'GET' && path === '/api/stats') {
      await this.requireAll(caller, 'get', 'the collector statistics');
      return this.json(res, 200, { correlator: this.opts.stats?.() ?? {}, store: { ...store.stats } } satisfies StatsResponse);
    }
    if (seg[1] === 'sessions') {
      const sessions = this.opts.sessions;
      if (!sessions) throw new HttpError(503, 'this collector has no agent connection to run sessions on');
      const view = (x: Session): SessionView => sessionView(x, sessions.sampledOneIn(x), sessions.unsampledNodes(x));
      if (method === 'POST' && seg.length === 2) {
        const request = validateSessionRequest(await this.body(req));
        // both ends: a user traces only between endpoints of namespaces they may trace in
        for (const end of [request.from, request.to]) {
          const ns = endpointNamespace(end);
          const ok = this.opts.auth === 'none' || (await this.opts.auth.allowed(caller.user, 'create', ns));
          if (!ok) throw this.refuse('forbidden', 403, `${caller.user.name} may not trace ${end} (needs create on packettraces.packetlife.dev ${ns ? `in namespace ${ns}` : 'in every namespace: a node or an address is cluster-wide'})`);
        }
        let s: Session;
        try {
          s = sessions.start(request, caller.user.name);
        } catch (err) {
          if (err instanceof SessionError && err.status === 429) this.refused.inc({ reason: 'too-many-sessions' });
          throw err;
        }
        return this.json(res, 201, view(s));
      }
      const seesAll = async (verb: Verb): Promise<boolean> => (await caller.scope(verb)) === 'all';
      if (method === 'GET' && seg.length === 2) {
        const all = await seesAll('list');
        return this.json(res, 200, sessions.list().filter((s) => all || s.owner === caller.user.name).map(view) satisfies SessionListResponse);
      }
      const s = seg[2] ? sessions.get(seg[2]) : undefined;
      const mine = s !== undefined && s.owner === caller.user.name;
      if (!s || (!mine && !(await seesAll(method === 'DELETE' ? 'delete' : 'get')))) throw new HttpError(404, `no session ${seg[2] ?? ''}`);
      if (method === 'GET' && seg.length === 3) return this.json(res, 200, view(s));
      if (method === 'DELETE' && seg.length === 3) {
        sessions.end(s.id, 'stopped by request');
        return this.json(res, 200, view(s));
      }
    }
    throw new HttpError(404, `no route ${method} ${path}`);
  }

  private async upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://collector');
    if (url.pathname !== '/api/stream') return; // another handler (e.g. agent ingest) may own it
    socket.on('error', () => socket.destroy());
    let q: TraceQuery;
    let caller: Caller;
    let scope: NamespaceScope;
    try {
      this.checkHost(req);
      this.checkOrigin(req);
      if (this.streams.size >= (this.opts.maxStreamClients ?? 64)) throw this.refuse('too-many-streams', 503, `too many live-stream clients (${this.streams.size})`);
      // browsers cannot set headers on a WebSocket: the token may come as the subprotocol bearer.BASE64URL
      caller = await this.authenticate(bearerToken(req.headers.authorization) ?? protocolToken(req.headers['sec-websocket-protocol']));
      q = parseTraceQuery(url.searchParams, this.opts.topology);
      scope = await caller.scope('list');
    } catch (err) {
      const status = err instanceof HttpError ? err.status : 500;
      const extra = status === 401 ? 'www-authenticate: Bearer realm="packetlife"\r\n' : '';
      socket.end(`HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Error'}\r\ncontent-type: text/plain\r\nconnection: close\r\n${extra}\r\n${(err as Error).message}\n`);
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      this.streams.add(ws);
      const outbox = new StreamOutbox(ws, socket, { maxBufferBytes: this.opts.maxStreamBufferBytes ?? 4 * 1024 * 1024, maxQueued: MAX_STREAM_QUEUED }, this.time, () => {
        this.streamSlowClosed.inc();
        off();
      });
      const off = this.opts.store.subscribe((t) => {
        if (matches(t, q) && traceVisible(scope, t)) outbox.offer(t);
      });
      ws.on('close', () => {
        off();
        outbox.close();
        this.streams.delete(ws);
      });
      ws.on('error', () => ws.terminate());
      log.debug({ user: caller.user.name }, 'stream client connected');
    });
  }
}

const STATUS_TEXT: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 421: 'Misdirected Request', 500: 'Internal Server Error', 503: 'Service Unavailable' };

/** The hostname of a Host header (without the port; IPv6 without brackets). */
function hostName(host: string | undefined): string | undefined {
  if (!host) return undefined;
  const m = /^\[([^\]]+)\](?::\d+)?$/.exec(host) ?? /^([^:]+)(?::\d+)?$/.exec(host);
  return m?.[1]?.toLowerCase();
}

/** A token offered as the WebSocket subprotocol "bearer.BASE64URL(token)". */
function protocolToken(header: string | string[] | undefined): string | undefined {
  const list = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((s) => s.trim());
  const p = list.find((s) => s.startsWith('bearer.'));
  if (!p) return undefined;
  const t = Buffer.from(p.slice('bearer.'.length), 'base64url').toString('utf8');
  return t === '' ? undefined : t;
}

function validateSessionRequest(body: unknown): SessionRequest {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, 'session request must be a JSON object {from, to, port?, protocol?, count?, durationS?, sample?}');
  const b = body as Record<string, unknown>;
  const known = new Set(['from', 'to', 'port', 'protocol', 'count', 'durationS', 'sample']);
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
  const sample = num('sample');
  if (port !== undefined) req.port = port;
  if (protocol !== undefined) req.protocol = protocol;
  if (count !== undefined) req.count = count;
  if (durationS !== undefined) req.durationS = durationS;
  if (sample !== undefined) req.sample = sample;
  return req;
}

function sessionView(s: Session, sampledOneIn: number, unsampledNodes: string[]): SessionView {
  return {
    id: s.id,
    owner: s.owner,
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
    sampledOneIn,
    unsampledNodes,
  };
}
