/**
 * Who may talk to the collector, and what they may see.
 *
 * Two kinds of callers, both with a bearer token:
 *   users   (API, live stream, web viewer): authenticated, then authorized per namespace on
 *           our own resource `packettraces.packetlife.dev` with the verbs get/list/create/delete.
 *   agents  (the /v1/agents WebSocket): authenticated, and bound to ONE node. The node comes
 *           from the credential, never from what the agent says.
 *
 * Two sources, tried in order:
 *   - an auth file (YAML, see AuthFile below): users with their namespaces, one token per agent
 *     mapped to its node. Any collector can use it; the lab, the demo and tests generate one.
 *   - the Kubernetes API: TokenReview says who a token belongs to, SubjectAccessReview what
 *     that user may do on packettraces in a namespace, so cluster RBAC decides who traces what.
 *     An agent's projected ServiceAccount token (audience-bound) is reviewed with that audience;
 *     its node is the bound pod's node (the `authentication.kubernetes.io/node-name` extra the
 *     API server adds to a pod-bound token), and the ServiceAccount must be the agents'.
 *
 * Tokens are compared as SHA-256 digests with timingSafeEqual; Kubernetes answers are cached
 * briefly (bounded) so each API request does not become two API-server round trips.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { AuthenticationV1Api, AuthorizationV1Api, type KubeConfig } from '@kubernetes/client-node';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { UserError } from '../common/errors.js';

export const RESOURCE = { group: 'packetlife.dev', resource: 'packettraces' } as const;
export type Verb = 'get' | 'list' | 'create' | 'delete';
export const VERBS: readonly Verb[] = ['get', 'list', 'create', 'delete'];
/** The extra a pod-bound ServiceAccount token review carries (Kubernetes >= 1.30). */
export const NODE_NAME_EXTRA = 'authentication.kubernetes.io/node-name';

export interface User {
  name: string;
  groups: string[];
  uid?: string;
  extra?: Record<string, string[]>;
  source: 'file' | 'kubernetes';
}

export interface AgentPrincipal {
  /** Who the credential names (auth-file entry or ServiceAccount user). */
  name: string;
  /** The one node this agent may speak for. */
  node: string;
  source: 'file' | 'kubernetes' | 'none';
}

export interface Authenticator {
  /** The user a token belongs to, or undefined when it is not a valid user token. */
  user(token: string): Promise<User | undefined>;
  /** The agent (and its node) a token belongs to, or undefined. */
  agent(token: string): Promise<AgentPrincipal | undefined>;
  /** May `user` do `verb` on packettraces in `namespace` ('' = every namespace, cluster-wide)? */
  allowed(user: User, verb: Verb, namespace: string): Promise<boolean>;
}

// ---------- the auth file ----------

const tokenSchema = z.string().min(16, 'a token must be at least 16 characters').regex(/^\S+$/, 'a token must not contain whitespace');
const nameSchema = z.string().min(1).max(253);
const authFileSchema = z
  .object({
    users: z
      .array(
        z
          .object({
            name: nameSchema,
            token: tokenSchema,
            /** Namespaces the user may trace and read; "*" = all, cluster-wide things included. */
            namespaces: z.array(z.string().min(1).max(63)).min(1),
            verbs: z.array(z.enum(['get', 'list', 'create', 'delete'])).optional(),
          })
          .strict(),
      )
      .default([]),
    agents: z.array(z.object({ node: nameSchema, token: tokenSchema, name: nameSchema.optional() }).strict()).default([]),
  })
  .strict();

export type AuthFile = z.infer<typeof authFileSchema>;

/** Reads and checks an auth file; mistakes are reported by field path. */
export function loadAuthFile(path: string): AuthFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new UserError(`--auth-file: cannot read ${path}: ${(err as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (err) {
    throw new UserError(`--auth-file: ${path} is not YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  return parseAuthFile(raw, `--auth-file ${path}`);
}

export function parseAuthFile(raw: unknown, where = 'auth'): AuthFile {
  const r = authFileSchema.safeParse(raw ?? {});
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new UserError(`${where}: ${i.path.join('.') || '(top)'}: ${i.message}`);
  }
  const seen = new Set<string>();
  for (const t of [...r.data.users.map((u) => u.token), ...r.data.agents.map((a) => a.token)]) {
    if (seen.has(t)) throw new UserError(`${where}: the same token is given twice (each user and agent needs its own)`);
    seen.add(t);
  }
  return r.data;
}

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** An auth file with one all-namespace user and one token per node (the lab, the demo, tests). */
export function generateAuth(nodes: readonly string[], user = 'admin'): AuthFile {
  return { users: [{ name: user, token: newToken(), namespaces: ['*'] }], agents: nodes.map((node) => ({ node, token: newToken() })) };
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

/** Finds the entry whose token matches, comparing every digest (no early exit). */
function findByToken<T>(entries: Array<{ d: Buffer; v: T }>, token: string): T | undefined {
  const d = digest(token);
  let hit: T | undefined;
  for (const e of entries) if (timingSafeEqual(e.d, d)) hit = e.v;
  return hit;
}

export class FileAuthenticator implements Authenticator {
  private readonly users: Array<{ d: Buffer; v: { user: User; namespaces: Set<string>; verbs: Set<Verb> } }>;
  private readonly agents: Array<{ d: Buffer; v: AgentPrincipal }>;

  constructor(file: AuthFile) {
    this.users = file.users.map((u) => ({
      d: digest(u.token),
      v: { user: { name: u.name, groups: [], source: 'file' }, namespaces: new Set(u.namespaces), verbs: new Set(u.verbs ?? VERBS) },
    }));
    this.agents = file.agents.map((a) => ({ d: digest(a.token), v: { name: a.name ?? `agent:${a.node}`, node: a.node, source: 'file' } }));
  }

  async user(token: string): Promise<User | undefined> {
    return findByToken(this.users, token)?.user;
  }

  async agent(token: string): Promise<AgentPrincipal | undefined> {
    return findByToken(this.agents, token);
  }

  async allowed(user: User, verb: Verb, namespace: string): Promise<boolean> {
    if (user.source !== 'file') return false;
    const entry = this.users.find((e) => e.v.user === user)?.v;
    if (!entry || !entry.verbs.has(verb)) return false;
    return entry.namespaces.has('*') || (namespace !== '' && entry.namespaces.has(namespace));
  }
}

// ---------- Kubernetes: TokenReview + SubjectAccessReview ----------

export interface KubernetesAuthOptions {
  /** Audience the agents' projected tokens are bound to. */
  agentAudience: string;
  /** "namespace/name" of the agents' ServiceAccount: only its tokens are agents. */
  agentServiceAccount: string;
  /** How long a review answer is reused. */
  cacheMs?: number;
  maxCacheEntries?: number;
}

/** A small TTL cache, bounded by count (oldest out first). */
class TtlCache<V> {
  private readonly m = new Map<string, { v: V; until: number }>();
  constructor(
    private readonly ttlMs: number,
    private readonly max: number,
  ) {}
  get(k: string): V | undefined {
    const e = this.m.get(k);
    if (!e) return undefined;
    if (e.until < Date.now()) {
      this.m.delete(k);
      return undefined;
    }
    return e.v;
  }
  set(k: string, v: V): void {
    this.m.delete(k);
    this.m.set(k, { v, until: Date.now() + this.ttlMs });
    while (this.m.size > this.max) this.m.delete(this.m.keys().next().value as string);
  }
}

export class KubernetesAuthenticator implements Authenticator {
  private readonly authn: AuthenticationV1Api;
  private readonly authz: AuthorizationV1Api;
  private readonly users: TtlCache<User | null>;
  private readonly agents: TtlCache<AgentPrincipal | null>;
  private readonly decisions: TtlCache<boolean>;
  private readonly agentUser: string;

  constructor(
    kc: KubeConfig,
    private readonly opts: KubernetesAuthOptions,
  ) {
    this.authn = kc.makeApiClient(AuthenticationV1Api);
    this.authz = kc.makeApiClient(AuthorizationV1Api);
    const ttl = opts.cacheMs ?? 30_000;
    const max = opts.maxCacheEntries ?? 10_000;
    this.users = new TtlCache(ttl, max);
    this.agents = new TtlCache(ttl, max);
    this.decisions = new TtlCache(ttl, max);
    const [ns, name] = opts.agentServiceAccount.split('/');
    if (!ns || !name) throw new UserError(`--agent-service-account must be NAMESPACE/NAME, got "${opts.agentServiceAccount}"`);
    this.agentUser = `system:serviceaccount:${ns}:${name}`;
  }

  private async review(token: string, audiences?: string[]) {
    const r = await this.authn.createTokenReview({
      body: { apiVersion: 'authentication.k8s.io/v1', kind: 'TokenReview', spec: { token, ...(audiences ? { audiences } : {}) } },
    });
    return r.status;
  }

  async user(token: string): Promise<User | undefined> {
    const key = digest(token).toString('hex');
    const cached = this.users.get(key);
    if (cached !== undefined) return cached ?? undefined;
    const s = await this.review(token);
    const u = s?.authenticated && s.user?.username ? s.user : undefined;
    // an agent's token is not a user's: agents never read traces
    const user: User | null =
      u && u.username !== this.agentUser
        ? { name: u.username!, groups: u.groups ?? [], ...(u.uid ? { uid: u.uid } : {}), ...(u.extra ? { extra: u.extra } : {}), source: 'kubernetes' }
        : null;
    this.users.set(key, user);
    return user ?? undefined;
  }

  async agent(token: string): Promise<AgentPrincipal | undefined> {
    const key = digest(token).toString('hex');
    const cached = this.agents.get(key);
    if (cached !== undefined) return cached ?? undefined;
    const s = await this.review(token, [this.opts.agentAudience]);
    let p: AgentPrincipal | null = null;
    if (s?.authenticated && s.user?.username === this.agentUser && (s.audiences ?? []).includes(this.opts.agentAudience)) {
      const node = s.user.extra?.[NODE_NAME_EXTRA]?.[0];
      if (node) p = { name: s.user.username, node, source: 'kubernetes' };
    }
    this.agents.set(key, p);
    return p ?? undefined;
  }

  async allowed(user: User, verb: Verb, namespace: string): Promise<boolean> {
    if (user.source !== 'kubernetes') return false;
    const key = `${user.name}\u0000${user.groups.join(',')}\u0000${verb}\u0000${namespace}`;
    const cached = this.decisions.get(key);
    if (cached !== undefined) return cached;
    const r = await this.authz.createSubjectAccessReview({
      body: {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SubjectAccessReview',
        spec: {
          user: user.name,
          groups: user.groups,
          ...(user.uid ? { uid: user.uid } : {}),
          ...(user.extra ? { extra: user.extra } : {}),
          resourceAttributes: { group: RESOURCE.group, resource: RESOURCE.resource, verb, ...(namespace ? { namespace } : {}) },
        },
      },
    });
    const ok = r.status?.allowed === true && r.status.denied !== true;
    this.decisions.set(key, ok);
    return ok;
  }
}

/** Several sources: the first that knows a token answers for it. */
export class ChainAuthenticator implements Authenticator {
  constructor(private readonly sources: Authenticator[]) {}
  async user(token: string): Promise<User | undefined> {
    for (const s of this.sources) {
      const u = await s.user(token);
      if (u) return u;
    }
    return undefined;
  }
  async agent(token: string): Promise<AgentPrincipal | undefined> {
    for (const s of this.sources) {
      const a = await s.agent(token);
      if (a) return a;
    }
    return undefined;
  }
  async allowed(user: User, verb: Verb, namespace: string): Promise<boolean> {
    for (const s of this.sources) if (await s.allowed(user, verb, namespace)) return true;
    return false;
  }
}

/** The bearer token of an Authorization header, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return m?.[1];
}

/**
 * What one user may see, resolved once per request (or per stream connection): 'all', or the
 * namespaces among `known` they may `verb` in.
 */
export type NamespaceScope = 'all' | Set<string>;

export async function scopeOf(auth: Authenticator, user: User, verb: Verb, known: Iterable<string>): Promise<NamespaceScope> {
  if (await auth.allowed(user, verb, '')) return 'all';
  const out = new Set<string>();
  await Promise.all(
    [...new Set(known)].map(async (ns) => {
      if (await auth.allowed(user, verb, ns)) out.add(ns);
    }),
  );
  return out;
}

export function inScope(scope: NamespaceScope, namespaces: Iterable<string>): boolean {
  if (scope === 'all') return true;
  for (const ns of namespaces) if (scope.has(ns)) return true;
  return false;
}
