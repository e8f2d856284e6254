/**
 * Where traces come from: the collector's HTTP API, or memory (tests, the demo's in-process
 * collector). A source may return more than asked — the engine matches traces to claims itself —
 * but must not return less: replies of a flow are needed for round trips and conntrack claims,
 * so sources are asked from both ends of each claim.
 */
import type { TraceQuery as StoreQuery } from '../collector/store.js';
import type { SessionView, TraceListResponse } from '../collector/api-types.js';
import type { Trace } from '../collector/trace-model.js';
import { childLog } from '../common/log.js';
import type { Claim } from './schema.js';

const log = childLog('claims');

/** A full page means older traces were left behind: say so rather than judge on a silent cut. */
function warnIfTruncated(traces: Trace[], limit: number, endpoint: string): Trace[] {
  if (traces.length >= limit) log.warn({ endpoint, limit }, 'trace query hit its limit: older traces were not fetched');
  return traces;
}

export interface TraceQuery {
  /** pod/NS/NAME, svc/NS/NAME, node/NAME or an IP. */
  endpoint: string;
  /** Only traces that started at or after this wall-clock time (ns since the epoch, decimal). */
  sinceNs?: string;
}

export interface TraceSource {
  query(q: TraceQuery): Promise<Trace[]>;
}

export class InMemoryTraceSource implements TraceSource {
  constructor(private readonly traces: Trace[]) {}

  async query(q: TraceQuery): Promise<Trace[]> {
    const since = q.sinceNs === undefined ? undefined : BigInt(q.sinceNs);
    return this.traces.filter((t) => since === undefined || BigInt(t.startNs) >= since);
  }
}

/** A claim endpoint as the collector's trace filters name it: pod, service, node or ip. */
export function endpointFilter(endpoint: string): Pick<StoreQuery, 'pod' | 'service' | 'node' | 'ip'> {
  const [kind, ...rest] = endpoint.split('/');
  if (kind === 'pod') return { pod: rest.join('/') };
  if (kind === 'svc') return { service: rest.join('/') };
  if (kind === 'node') return { node: rest.join('/') };
  return { ip: endpoint };
}

/** The collector's HTTP API: GET /api/traces?pod=NS/NAME | service=NS/NAME | node=NAME | ip=IP. */
export class HttpTraceSource implements TraceSource {
  constructor(
    private readonly baseUrl: string,
    private readonly limit = 5000,
    private readonly timeoutMs = 10_000,
    private readonly token?: string,
  ) {}

  async query(q: TraceQuery): Promise<Trace[]> {
    const url = new URL('/api/traces', this.baseUrl);
    for (const [k, v] of Object.entries(endpointFilter(q.endpoint))) url.searchParams.set(k, v);
    if (q.sinceNs !== undefined) url.searchParams.set('since', q.sinceNs);
    url.searchParams.set('limit', String(this.limit));
    let res: Response;
    try {
      res = await fetch(url, { signal: AbortSignal.timeout(this.timeoutMs), ...(this.token ? { headers: { authorization: `Bearer ${this.token}` } } : {}) });
    } catch (err) {
      throw new Error(`collector at ${this.baseUrl} unreachable: ${(err as Error).message}`);
    }
    if (!res.ok) throw new Error(`GET ${url.pathname}${url.search}: HTTP ${res.status} ${(await res.text()).slice(0, 200)}`);
    // The collector answers a TraceListResponse; an older or foreign one may wrap it in { traces }.
    const body = (await res.json()) as TraceListResponse | { traces?: TraceListResponse };
    const traces = Array.isArray(body) ? body : body.traces;
    if (!Array.isArray(traces)) throw new Error(`GET ${url.pathname}: expected a JSON array of traces or { traces: [...] }`);
    return warnIfTruncated(traces, this.limit, q.endpoint);
  }
}

/** An in-process collector's trace store (the demo runs the collector in the same process). */
export class StoreTraceSource implements TraceSource {
  constructor(
    private readonly store: { queryTraces(q: StoreQuery): Trace[] },
    private readonly limit = 5000,
  ) {}

  async query(q: TraceQuery): Promise<Trace[]> {
    const traces = this.store.queryTraces({ ...endpointFilter(q.endpoint), sinceNs: q.sinceNs === undefined ? undefined : BigInt(q.sinceNs), limit: this.limit });
    return warnIfTruncated(traces, this.limit, q.endpoint);
  }
}

/** Every trace any traffic claim may need, from both ends of each claim, without duplicates. */
export async function collectTraces(source: TraceSource, claims: Claim[], sinceNs?: string): Promise<Trace[]> {
  const byId = new Map<string, Trace>();
  const asked = new Set<string>();
  for (const c of claims) {
    const s = c.subject.traffic;
    if (!s) continue;
    for (const endpoint of [s.from, s.to]) {
      if (asked.has(endpoint)) continue;
      asked.add(endpoint);
      for (const t of await source.query({ endpoint, sinceNs })) byId.set(t.id, t);
    }
  }
  return [...byId.values()];
}

/**
 * Asks the collector to trace each traffic claim's subject (POST /api/sessions with the claim's
 * names: the collector resolves them to every address the packets will carry). Returns the
 * session ids it acknowledged; a collector without a sessions API (404) is reported, not fatal:
 * it may be tracing everything already.
 */
export async function startTraceSessions(baseUrl: string, claims: Claim[], durationMs: number, timeoutMs = 10_000, token?: string): Promise<{ started: string[]; unsupported: boolean }> {
  const started: string[] = [];
  const seen = new Set<string>();
  for (const c of claims) {
    const s = c.subject.traffic;
    if (!s || c.traffic === undefined) continue;
    const body = { from: s.from, to: s.to, port: s.port, protocol: s.protocol, durationS: Math.max(1, Math.ceil(durationMs / 1000)) };
    const key = JSON.stringify(body);
    if (seen.has(key)) continue;
    seen.add(key);
    let res: Response;
    try {
      res = await fetch(new URL('/api/sessions', baseUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: key,
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (err) {
      throw new Error(`collector at ${baseUrl} unreachable: ${(err as Error).message}`);
    }
    if (res.status === 404) return { started, unsupported: true };
    if (!res.ok) throw new Error(`POST /api/sessions for claim ${c.id}: HTTP ${res.status} ${(await res.text()).slice(0, 200)}`);
    const reply = (await res.json().catch(() => ({}))) as Partial<SessionView> & { sessionId?: unknown };
    const id = reply.id ?? reply.sessionId;
    if (typeof id !== 'string') throw new Error(`POST /api/sessions for claim ${c.id}: the reply names no session id`);
    started.push(id);
  }
  return { started, unsupported: false };
}

interface SessionStatus {
  id: string;
  agents: string[];
  activeAgents: string[];
  refusals?: Array<{ agent: string; error: string }>;
  done?: boolean;
}

/**
 * A session's filter reaches the kernel only once each agent has started a bpftrace program
 * carrying it (a second, or many under load): packets driven before then are not traced. Waits
 * until every agent of every session has attached it (GET /api/sessions/:id, as `trace` does);
 * past the timeout, or when an agent refuses, fails naming the agents.
 */
export async function waitForAttachment(baseUrl: string, ids: string[], timeoutMs: number, progress: (msg: string) => void = () => undefined, pollMs = 200, token?: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let said = '';
  for (;;) {
    const missing = new Set<string>();
    let active = 0;
    let total = 0;
    for (const id of ids) {
      let res: Response;
      try {
        res = await fetch(new URL(`/api/sessions/${encodeURIComponent(id)}`, baseUrl), { signal: AbortSignal.timeout(10_000), ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}) });
      } catch (err) {
        throw new Error(`collector at ${baseUrl} unreachable: ${(err as Error).message}`);
      }
      if (!res.ok) throw new Error(`GET /api/sessions/${id}: HTTP ${res.status} ${(await res.text()).slice(0, 200)}`);
      const s = (await res.json()) as SessionStatus;
      const refusal = s.refusals?.[0];
      if (refusal) throw new Error(`agent ${refusal.agent} refused trace session ${id}: ${refusal.error}`);
      total += s.agents.length;
      for (const a of s.agents) {
        if (s.activeAgents.includes(a)) active++;
        else missing.add(a);
      }
    }
    if (missing.size === 0) return;
    const now = `${active}/${total}`;
    if (now !== said) {
      progress(`waiting for agents to attach the trace sessions: ${now}`);
      said = now;
    }
    if (Date.now() > deadline) {
      throw new Error(`agent(s) ${[...missing].sort().join(', ')} did not attach the trace sessions within ${Math.round(timeoutMs / 1000)} s: their nodes' packets would be missing (raise --attach-timeout, or check those agents)`);
    }
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

/** Ends the sessions (DELETE /api/sessions/:id) so the agents stop tracing for them now. */
export async function stopTraceSessions(baseUrl: string, ids: string[], token?: string): Promise<void> {
  await Promise.all(
    ids.map(async (id) => {
      try {
        await fetch(new URL(`/api/sessions/${encodeURIComponent(id)}`, baseUrl), { method: 'DELETE', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, signal: AbortSignal.timeout(5_000) });
      } catch (err) {
        log.warn({ err, id }, 'could not stop a trace session: it ends on its own when its duration is over');
      }
    }),
  );
}
