/**
 * Where traces come from: the collector's HTTP API, or memory (tests, the demo's in-process
 * collector). A source may return more than asked — the engine matches traces to claims itself —
 * but must not return less: replies of a flow are needed for round trips and conntrack claims,
 * so sources are asked from both ends of each claim.
 */
import type { Trace } from '../collector/trace-model.js';
import type { Claim } from './format.js';

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

/** The collector's HTTP API: GET /api/traces?pod=NS/NAME | service=NS/NAME | node=NAME | ip=IP. */
export class HttpTraceSource implements TraceSource {
  constructor(
    private readonly baseUrl: string,
    private readonly limit = 5000,
    private readonly timeoutMs = 10_000,
  ) {}

  async query(q: TraceQuery): Promise<Trace[]> {
    const url = new URL('/api/traces', this.baseUrl);
    const [kind, ...rest] = q.endpoint.split('/');
    if (kind === 'pod') url.searchParams.set('pod', rest.join('/'));
    else if (kind === 'svc') url.searchParams.set('service', rest.join('/'));
    else if (kind === 'node') url.searchParams.set('node', rest.join('/'));
    else url.searchParams.set('ip', q.endpoint);
    if (q.sinceNs !== undefined) url.searchParams.set('sinceNs', q.sinceNs);
    url.searchParams.set('limit', String(this.limit));
    let res: Response;
    try {
      res = await fetch(url, { signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (err) {
      throw new Error(`collector at ${this.baseUrl} unreachable: ${(err as Error).message}`);
    }
    if (!res.ok) throw new Error(`GET ${url.pathname}${url.search}: HTTP ${res.status} ${(await res.text()).slice(0, 200)}`);
    const body = (await res.json()) as unknown;
    const traces = Array.isArray(body) ? body : (body as { traces?: unknown }).traces;
    if (!Array.isArray(traces)) throw new Error(`GET ${url.pathname}: expected a JSON array of traces or { traces: [...] }`);
    return traces as Trace[];
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
