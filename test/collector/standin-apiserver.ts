/**
 * A STAND-IN for the Kubernetes API server, for tests only: a node:http server speaking the real
 * list/watch protocol for a few collection paths — list with metadata.resourceVersion,
 * ?watch=true streaming newline-delimited ADDED/MODIFIED/DELETED/BOOKMARK events from a
 * resourceVersion, and a watch from a compacted (too old) resourceVersion answered with an
 * ERROR event carrying Status 410 Expired, which forces clients to relist.
 * Lists honour equality field selectors (`fieldSelector=spec.nodeName=NODE`, comma-joined), as
 * the agent's per-node pod list uses them. Optionally it serves HTTPS with a given certificate
 * and requires `Authorization: Bearer TOKEN` with one of the accepted tokens (401 Unauthorized
 * as a Status otherwise), counting the tokens it saw, so a client's in-cluster credentials and
 * their rotation can be checked. It is not a Kubernetes API server: no label selectors, no
 * field validation.
 *
 * It also answers the two review APIs the collector asks, as the API server does:
 *   POST /apis/authentication.k8s.io/v1/tokenreviews   a TokenReview: the token's user, and
 *     audience checking (a token is valid only for the audiences it was issued for; a review
 *     without spec.audiences asks for the API server's own, "https://kubernetes.default.svc";
 *     status.audiences is the intersection), unknown or expired tokens unauthenticated
 *   POST /apis/authorization.k8s.io/v1/subjectaccessreviews   a SubjectAccessReview decided by
 *     RBAC-like rules given to the stand-in (user or group, api group, resource, verbs,
 *     namespaces; a cluster-wide rule also covers every namespace, a namespaced rule never the
 *     cluster-wide question)
 * Requests to both are counted (reviews.tokens, reviews.access).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';

interface StoredEvent {
  rv: number;
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  object: Record<string, unknown>;
}

interface Collection {
  kind: string;
  apiVersion: string;
  objects: Map<string, Record<string, unknown>>;
  events: StoredEvent[];
  watchers: Set<ServerResponse>;
}

/** `a.b=v,c!=w` as the API server reads field selectors (equality and inequality only). */
function fieldSelectorMatcher(selector: string | null): (obj: Record<string, unknown>) => boolean {
  if (!selector) return () => true;
  const terms = selector.split(',').map((t) => {
    const m = /^([\w.]+)(!=|==|=)(.*)$/.exec(t);
    if (!m) throw new Error(`stand-in: unreadable field selector term "${t}"`);
    return { path: m[1]!.split('.'), negate: m[2] === '!=', value: m[3]! };
  });
  const read = (obj: unknown, path: string[]): string => {
    let v: unknown = obj;
    for (const k of path) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
    return v === undefined || v === null ? '' : String(v);
  };
  return (obj) => terms.every((t) => (read(obj, t.path) === t.value) !== t.negate);
}

export const STANDIN_PATHS = {
  nodes: { path: '/api/v1/nodes', kind: 'Node', apiVersion: 'v1' },
  pods: { path: '/api/v1/pods', kind: 'Pod', apiVersion: 'v1' },
  services: { path: '/api/v1/services', kind: 'Service', apiVersion: 'v1' },
  endpointslices: { path: '/apis/discovery.k8s.io/v1/endpointslices', kind: 'EndpointSlice', apiVersion: 'discovery.k8s.io/v1' },
} as const;

export type StandinResource = keyof typeof STANDIN_PATHS;

/** What the API server's authenticator knows about one token. */
export interface StandinToken {
  username: string;
  uid?: string;
  groups?: string[];
  extra?: Record<string, string[]>;
  /** The audiences the token was issued for (default: the API server's own). */
  audiences?: string[];
  expired?: boolean;
}

/** One RBAC-like grant: who (user or group), on what (group/resource), which verbs, where ('*': cluster-wide). */
export interface StandinRule {
  user?: string;
  group?: string;
  apiGroup: string;
  resource: string;
  verbs: string[];
  namespaces: string[] | '*';
}

export const STANDIN_API_AUDIENCE = 'https://kubernetes.default.svc';

export interface StandinOptions {
  /** Serve HTTPS with this certificate (PEM). */
  tls?: { cert: string; key: string };
  /** Require one of these bearer tokens. */
  tokens?: string[];
}

export class StandinApiServer {
  private readonly server: Server;
  private readonly collections = new Map<string, Collection>();
  private rv = 100;
  private compactedRv = 0;
  readonly requests = { lists: new Map<string, number>(), watches: new Map<string, number>(), expired: 0, unauthorized: 0, tokens: new Map<string, number>() };
  private readonly tls: StandinOptions['tls'];
  private accepted: Set<string> | undefined;
  readonly tokens = new Map<string, StandinToken>();
  readonly rules: StandinRule[] = [];
  readonly reviews = { tokens: 0, access: 0 };

  constructor(opts: StandinOptions = {}) {
    for (const r of Object.values(STANDIN_PATHS)) {
      this.collections.set(r.path, { kind: r.kind, apiVersion: r.apiVersion, objects: new Map(), events: [], watchers: new Set() });
    }
    this.tls = opts.tls;
    if (opts.tokens) this.accepted = new Set(opts.tokens);
    const handler = (req: IncomingMessage, res: ServerResponse): void => this.handle(req, res);
    this.server = opts.tls ? createHttpsServer({ cert: opts.tls.cert, key: opts.tls.key }, handler) : createServer(handler);
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `${this.tls ? 'https' : 'http'}://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The bearer tokens accepted from now on (a rotation: the old one revoked). */
  acceptTokens(tokens: string[]): void {
    this.accepted = new Set(tokens);
  }

  async close(): Promise<void> {
    for (const c of this.collections.values()) for (const w of c.watchers) w.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  get resourceVersion(): string {
    return String(this.rv);
  }

  /** Create or replace an object: ADDED or MODIFIED to every watcher. */
  apply(resource: StandinResource, obj: Record<string, unknown>): void {
    const c = this.collection(resource);
    const meta = (obj.metadata ?? {}) as Record<string, unknown>;
    const key = `${String(meta.namespace ?? '')}/${String(meta.name)}`;
    const type = c.objects.has(key) ? 'MODIFIED' : 'ADDED';
    this.rv++;
    const stored = { apiVersion: c.apiVersion, kind: c.kind, ...obj, metadata: { ...meta, resourceVersion: String(this.rv) } };
    c.objects.set(key, stored);
    this.publish(c, { rv: this.rv, type, object: stored });
  }

  delete(resource: StandinResource, namespace: string, name: string): void {
    const c = this.collection(resource);
    const key = `${namespace}/${name}`;
    const obj = c.objects.get(key);
    if (!obj) return;
    c.objects.delete(key);
    this.rv++;
    this.publish(c, { rv: this.rv, type: 'DELETED', object: { ...obj, metadata: { ...(obj.metadata as object), resourceVersion: String(this.rv) } } });
  }

  /** A BOOKMARK with the current resourceVersion to every open watch. */
  bookmark(): void {
    for (const c of this.collections.values()) {
      const line = JSON.stringify({ type: 'BOOKMARK', object: { kind: c.kind, apiVersion: c.apiVersion, metadata: { resourceVersion: String(this.rv) } } });
      for (const w of c.watchers) w.write(`${line}\n`);
    }
  }

  /** Forget history up to now: a watch from an older resourceVersion gets 410 Expired. */
  compact(): void {
    this.compactedRv = this.rv;
    for (const c of this.collections.values()) c.events = [];
  }

  /** End every open watch, as an API server does on timeout or restart. */
  closeWatches(): void {
    for (const c of this.collections.values()) {
      for (const w of c.watchers) w.end();
      c.watchers.clear();
    }
  }

  watcherCount(resource: StandinResource): number {
    return this.collection(resource).watchers.size;
  }

  private tokenReview(spec: Record<string, unknown>): Record<string, unknown> {
    this.reviews.tokens++;
    const t = typeof spec.token === 'string' ? this.tokens.get(spec.token) : undefined;
    const asked = Array.isArray(spec.audiences) && spec.audiences.length > 0 ? (spec.audiences as string[]) : [STANDIN_API_AUDIENCE];
    const has = t?.audiences ?? [STANDIN_API_AUDIENCE];
    const audiences = asked.filter((a) => has.includes(a));
    if (!t || t.expired || audiences.length === 0) {
      return { authenticated: false, user: {}, error: !t ? 'invalid bearer token' : t.expired ? 'token has expired' : 'token audiences is invalid for the target audiences' };
    }
    return { authenticated: true, user: { username: t.username, ...(t.uid ? { uid: t.uid } : {}), groups: t.groups ?? ['system:authenticated'], ...(t.extra ? { extra: t.extra } : {}) }, audiences };
  }

  private accessReview(spec: Record<string, unknown>): Record<string, unknown> {
    this.reviews.access++;
    const user = String(spec.user ?? '');
    const groups = (spec.groups as string[] | undefined) ?? [];
    const ra = (spec.resourceAttributes ?? {}) as { group?: string; resource?: string; verb?: string; namespace?: string };
    const allowed = this.rules.some(
      (r) =>
        (r.user === undefined || r.user === user) &&
        (r.group === undefined || groups.includes(r.group)) &&
        (r.user !== undefined || r.group !== undefined) &&
        r.apiGroup === (ra.group ?? '') &&
        r.resource === ra.resource &&
        (r.verbs.includes('*') || r.verbs.includes(ra.verb ?? '')) &&
        (r.namespaces === '*' || (ra.namespace !== undefined && ra.namespace !== '' && r.namespaces.includes(ra.namespace))),
    );
    return allowed ? { allowed: true, reason: 'allowed by a stand-in rule' } : { allowed: false };
  }

  private collection(resource: StandinResource): Collection {
    return this.collections.get(STANDIN_PATHS[resource].path)!;
  }

  private publish(c: Collection, e: StoredEvent): void {
    c.events.push(e);
    const line = JSON.stringify({ type: e.type, object: e.object });
    for (const w of c.watchers) w.write(`${line}\n`);
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://standin');
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (token !== undefined) this.requests.tokens.set(token, (this.requests.tokens.get(token) ?? 0) + 1);
    if (this.accepted && (token === undefined || !this.accepted.has(token))) {
      this.requests.unauthorized++;
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'Unauthorized', reason: 'Unauthorized', code: 401 }));
      return;
    }
    if (req.method === 'POST' && (url.pathname === '/apis/authentication.k8s.io/v1/tokenreviews' || url.pathname === '/apis/authorization.k8s.io/v1/subjectaccessreviews')) {
      let body = '';
      req.on('data', (d: Buffer) => (body += d.toString()));
      req.on('end', () => {
        let review: { apiVersion?: string; kind?: string; spec?: Record<string, unknown> };
        try {
          review = JSON.parse(body) as typeof review;
        } catch {
          res.writeHead(400, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ kind: 'Status', apiVersion: 'v1', status: 'Failure', code: 400, reason: 'BadRequest', message: 'body is not JSON' }));
          return;
        }
        const status = url.pathname.includes('tokenreviews') ? this.tokenReview(review.spec ?? {}) : this.accessReview(review.spec ?? {});
        res.writeHead(201, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ apiVersion: review.apiVersion, kind: review.kind, metadata: { creationTimestamp: null }, spec: review.spec, status }));
      });
      return;
    }
    const c = this.collections.get(url.pathname);
    if (!c || req.method !== 'GET') {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ kind: 'Status', apiVersion: 'v1', status: 'Failure', code: 404, reason: 'NotFound', message: `stand-in serves no ${req.method} ${url.pathname}` }));
      return;
    }
    const count = (m: Map<string, number>): void => void m.set(url.pathname, (m.get(url.pathname) ?? 0) + 1);
    if (url.searchParams.get('watch') !== 'true') {
      count(this.requests.lists);
      res.writeHead(200, { 'content-type': 'application/json' });
      const selected = [...c.objects.values()].filter(fieldSelectorMatcher(url.searchParams.get('fieldSelector')));
      res.end(JSON.stringify({ kind: `${c.kind}List`, apiVersion: c.apiVersion, metadata: { resourceVersion: String(this.rv) }, items: selected }));
      return;
    }
    count(this.requests.watches);
    const from = Number(url.searchParams.get('resourceVersion') ?? '0');
    res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
    res.flushHeaders(); // a real API server answers a watch at once, events or not
    if (from < this.compactedRv) {
      this.requests.expired++;
      const status = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: `too old resource version: ${from} (${this.compactedRv})`, reason: 'Expired', code: 410 };
      res.end(`${JSON.stringify({ type: 'ERROR', object: status })}\n`);
      return;
    }
    for (const e of c.events) if (e.rv > from) res.write(`${JSON.stringify({ type: e.type, object: e.object })}\n`);
    c.watchers.add(res);
    res.on('close', () => c.watchers.delete(res));
  }
}
