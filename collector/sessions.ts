/**
 * Trace sessions by name: `from`/`to` are pod/NS/NAME, svc/NS/NAME, node/NAME or an IP. The
 * collector resolves them to every address the packets will carry — a service's VIP and ports,
 * each endpoint's IP and target port, its NodePorts on every node IP, load-balancer addresses,
 * and the node addresses a masquerade or egress SNAT writes — and compiles ONE typed filter
 * (the filter AST of filter/ast.ts: and/or/host/port/proto; never program text), sent to the
 * agents in its proto form by filter/proto.ts, that the agents put in the
 * kernel. Matching traces are collected per session until its packet count or duration is
 * reached.
 */
import { randomUUID } from 'node:crypto';
import { ipv4ToU32 } from '../proto/codec.js';
import { packetlife } from '../proto/generated/packetlife.js';
import type { FilterExpr } from '../filter/ast.js';
import { filterToProto } from '../filter/proto.js';
import { isIpv4 } from '../common/ipv4.js';
import { protocolNumber, TRACED_PROTOCOLS } from '../common/ip-protocol.js';
import { podKey, type TopologyModel } from './topology/model.js';
import type { Flow, Trace } from './trace-model.js';
import { invert } from './correlate/packet-keys.js';
import { layoutSessions, MAX_PROGRAM_SESSIONS } from '../bpf/program.js';
import { sampleRateProblem } from '../bpf/sample-hash.js';

export class SessionError extends Error {
  /** 400: the request is wrong; 429: a limit is reached (stop a session first). */
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

/** Sessions one agent's kernel program holds at most (bpf/program.ts, agent/source.ts). */
export const AGENT_MAX_SESSIONS = MAX_PROGRAM_SESSIONS;

export interface SessionLimits {
  /** Active sessions one user may run at once (default 4). */
  perUser?: number;
  /** Filter terms (addresses, ports, protocol) of one session (default 32). */
  termsPerSession?: number;
  /** Active sessions together (default 62, the agents' limit). */
  active?: number;
  /**
   * Filter terms of all active sessions together (default: no budget of its own). Whatever it
   * says, a session the agents' kernel program could not hold with the active ones is refused
   * (bpf/program.ts layoutSessions, the agents' own check).
   */
  activeTerms?: number;
  /** Longest durationS (default 3600). */
  maxDurationS?: number;
  /** durationS when none is asked for (default 300). */
  defaultDurationS?: number;
  /** durationS 0 (no end) is accepted only with this set (--allow-unbounded-sessions). */
  allowUnbounded?: boolean;
  /** Sessions kept, ended ones included; only ended ones are forgotten (default 100). */
  kept?: number;
}

/** Leaves of a filter: what the agents count against their per-program budget. */
export function filterTerms(e: packetlife.v1.IFilterExpr): number {
  if (e.and) return (e.and.terms ?? []).reduce((n, t) => n + filterTerms(t), 0);
  if (e.or) return (e.or.terms ?? []).reduce((n, t) => n + filterTerms(t), 0);
  if (e.not) return filterTerms(e.not);
  return 1;
}

export interface SessionRequest {
  from: string;
  to: string;
  port?: number;
  protocol?: string; // tcp | udp | icmp
  count?: number; // stop after this many matching traces (0 = no limit)
  durationS?: number; // stop after this long (0 = no limit)
  sample?: number; // trace 1 packet in N (a power of two), chosen in the kernel by a hash no hop changes (1/absent: every packet)
}

export interface ResolvedSide {
  spec: string;
  description: string;
  ips: string[];
  ports: number[]; // empty: any
}

/** An address (and port) packets are sent to when they go to a service: its VIP, a load balancer, a NodePort. */
export interface Front {
  ip: string;
  port?: number; // absent: any port
  protocol?: number;
}

export interface CompiledSession {
  from: ResolvedSide;
  to: ResolvedSide;
  protocol?: number;
  filter: FilterExpr;
  /**
   * When the destination is a service: where its packets were sent (what conntrack's original
   * tuple shows), and the load balancers that proxy to it from their own address. The endpoints'
   * addresses are in the filter too (to see the hops after DNAT), but another service sharing
   * them must not count as this one.
   */
  fronts?: Front[];
  proxies?: string[];
}

function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function nodeIps(topo: TopologyModel, name?: string): string[] {
  const nodes = name ? [topo.node(name)].filter((n) => n !== undefined) : topo.data().nodes;
  return uniq(nodes.flatMap((n) => [n.ip, ...n.enis.map((e) => e.ip)]).filter((ip) => ip !== ''));
}

/** Resolve one side. `isTarget`: the destination side, whose ports matter. */
export function resolveSide(topo: TopologyModel, spec: string, protocol: number | undefined, port: number | undefined): ResolvedSide {
  const parts = spec.split('/');
  const kind = parts[0];
  if (isIpv4(spec)) return resolveIp(topo, spec, protocol, port);
  if ((kind === 'pod' || kind === 'svc' || kind === 'service') && parts.length === 3 && parts[1] && parts[2]) {
    const key = `${parts[1]}/${parts[2]}`;
    if (kind === 'pod') {
      const p = topo.pod(key);
      if (!p) throw new SessionError(`no pod ${key} in the topology`);
      if (!p.ip) throw new SessionError(`pod ${key} has no IP yet`);
      return { spec, description: `pod ${key}`, ips: [p.ip], ports: port ? [port] : [] };
    }
    const s = topo.service(key);
    if (!s) throw new SessionError(`no service ${key} in the topology`);
    const svcPorts = s.ports.filter((sp) => (protocol === undefined || sp.protocol === protocol) && (port === undefined || sp.port === port || sp.nodePort === port));
    if (svcPorts.length === 0) throw new SessionError(`service ${key} has no port${port ? ` ${port}` : ''}${protocol ? ` for protocol ${protocol}` : ''}`);
    const ips: string[] = [];
    const ports: number[] = [];
    if (s.clusterIP) ips.push(s.clusterIP);
    ips.push(...s.loadBalancerIPs);
    for (const sp of svcPorts) {
      ports.push(sp.port);
      if (sp.nodePort) {
        ports.push(sp.nodePort);
        ips.push(...nodeIps(topo));
      }
      for (const ep of s.endpoints) {
        ips.push(ep.ip);
        const tp = topo.targetPort(sp, ep);
        if (tp !== undefined) ports.push(tp);
      }
    }
    return { spec, description: `service ${podKey(s)}`, ips: uniq(ips), ports: uniq(ports) };
  }
  if (kind === 'node' && parts.length === 2 && parts[1]) {
    const n = topo.node(parts[1]);
    if (!n) throw new SessionError(`no node ${parts[1]} in the topology`);
    return { spec, description: `node ${n.name}`, ips: nodeIps(topo, n.name), ports: port ? [port] : [] };
  }
  throw new SessionError(`cannot read "${spec}": expected pod/NAMESPACE/NAME, svc/NAMESPACE/NAME, node/NAME or an IPv4 address`);
}

/** The services whose traffic an IP:port destination is: by VIP or load-balancer address, or
 * by NodePort when the IP is a node's (or loopback, which kube-proxy NodePorts also answer). */
function servicesBehindIp(topo: TopologyModel, ip: string, port: number | undefined) {
  const isNodeAddress = ip.startsWith('127.') || topo.nodeOfIp(ip) !== undefined;
  return topo.data().services.filter(
    (s) =>
      s.clusterIP === ip ||
      s.loadBalancerIPs.includes(ip) ||
      (isNodeAddress && port !== undefined && s.ports.some((p) => p.nodePort === port)),
  );
}

/**
 * An IP destination. When it is a service's front (VIP, load balancer, a node's NodePort) the
 * packets will carry the endpoints' addresses and target ports after DNAT, so those belong to
 * the filter too — otherwise the session would see only the hops before the rewrite.
 */
function resolveIp(topo: TopologyModel, ip: string, protocol: number | undefined, port: number | undefined): ResolvedSide {
  const side: ResolvedSide = { spec: ip, description: topo.describeIp(ip), ips: [ip], ports: port ? [port] : [] };
  for (const s of servicesBehindIp(topo, ip, port)) {
    const behind = resolveSide(topo, `svc/${podKey(s)}`, protocol, port);
    side.ips.push(...behind.ips.filter((x) => x !== s.clusterIP || s.clusterIP === ip));
    if (side.ports.length > 0) side.ports.push(...behind.ports);
  }
  side.ips = uniq(side.ips);
  side.ports = uniq(side.ports);
  return side;
}

function host(ip: string): FilterExpr {
  return { kind: 'host', dir: 'any', ipv4: ipv4ToU32(ip) };
}

/**
 * Most address terms one side of a session puts in the kernel. Every node's and ENI's address
 * (a NodePort's or a load balancer's masquerade, its NodePort fronts) would make a session grow
 * with the cluster — 10 nodes × 3 ENIs already past the program's 64 terms. Past this many, the
 * set is covered by at most this many prefixes instead: the kernel then matches a superset (other
 * addresses of the same subnets, still only with the session's ports and protocol), and the
 * collector keeps exactly the session's packets (traceMatches, on the full address lists).
 */
export const MAX_ADDRESS_TERMS = 8;

/** The fewest prefixes of one common length, at most `max`, that cover every address (IPv4, host order). */
export function coveringPrefixes(ips: readonly number[], max = MAX_ADDRESS_TERMS): Array<{ ipv4: number; prefixLen: number }> {
  for (let len = 32; len >= 0; len--) {
    const mask = len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
    const nets = new Set(ips.map((ip) => (ip & mask) >>> 0));
    if (nets.size <= max) return [...nets].sort((a, b) => a - b).map((ipv4) => ({ ipv4, prefixLen: len }));
  }
  return [{ ipv4: 0, prefixLen: 0 }];
}

/** Address terms for a set of addresses: each host, or covering prefixes when there are many. */
function addressSet(ips: readonly string[]): FilterExpr {
  if (ips.length <= MAX_ADDRESS_TERMS) return anyOf(ips.map(host));
  return anyOf(coveringPrefixes(ips.map((ip) => ipv4ToU32(ip))).map(({ ipv4, prefixLen }): FilterExpr => (prefixLen === 32 ? { kind: 'host', dir: 'any', ipv4 } : { kind: 'net', dir: 'any', ipv4, prefixLen })));
}

function anyOf(terms: FilterExpr[]): FilterExpr {
  return terms.length === 1 ? terms[0]! : { kind: 'or', terms };
}

export function compileSession(topo: TopologyModel, req: SessionRequest): CompiledSession {
  if (!req.from || !req.to) throw new SessionError('a session needs both "from" and "to"');
  if (req.port !== undefined && !(Number.isInteger(req.port) && req.port > 0 && req.port < 65536)) throw new SessionError(`port must be 1-65535, got ${String(req.port)}`);
  let protocol: number | undefined;
  if (req.protocol !== undefined) {
    if (!(TRACED_PROTOCOLS as readonly string[]).includes(req.protocol.toLowerCase())) throw new SessionError(`protocol must be tcp, udp or icmp, got "${req.protocol}"`);
    protocol = protocolNumber(req.protocol);
  }
  const to = resolveSide(topo, req.to, protocol, req.port);
  const from = resolveSide(topo, req.from, protocol, undefined);
  from.ports = [];
  // The sender's address may be rewritten on the way: a NodePort or LoadBalancer masquerades to
  // a node IP, egress SNATs to the sender's node. Those addresses are the sender's too.
  const extra: string[] = [];
  const svc = req.to.startsWith('svc/') || req.to.startsWith('service/') ? topo.service(req.to.split('/').slice(1).join('/')) : undefined;
  if (svc && svc.ports.some((p) => p.nodePort)) extra.push(...nodeIps(topo));
  // The same for an IP:NodePort destination (a node's address or loopback).
  if (!svc && isIpv4(req.to) && servicesBehindIp(topo, req.to, req.port).some((s) => s.ports.some((p) => p.nodePort === req.port))) {
    extra.push(...nodeIps(topo));
  }
  // A load balancer in front of the service that proxies (an ALB with IP targets) sends from its
  // own private address.
  if (svc) for (const e of topo.data().externals) if (e.kind === 'load-balancer' && e.service === podKey(svc)) extra.push(e.ip);
  const leavesVpc = to.ips.some((ip) => {
    const k = topo.owner(ip).kind;
    return (k === 'external' || k === 'unknown') && !topo.inVpc(ip);
  });
  if (leavesVpc) {
    for (const ip of from.ips) {
      const n = topo.nodeOfIp(ip);
      if (n) extra.push(...nodeIps(topo, n));
    }
  }
  from.ips = uniq([...from.ips, ...extra]);
  const targets = svc ? [svc] : isIpv4(req.to) ? servicesBehindIp(topo, req.to, req.port) : [];
  let fronts: Front[] | undefined;
  let proxies: string[] | undefined;
  if (targets.length > 0) {
    fronts = [];
    proxies = [];
    if (!svc) fronts.push({ ip: req.to, ...(req.port !== undefined ? { port: req.port } : {}) });
    for (const s of targets) {
      for (const sp of s.ports) {
        if (protocol !== undefined && sp.protocol !== protocol) continue;
        if (svc && req.port !== undefined && sp.port !== req.port && sp.nodePort !== req.port) continue;
        if (s.clusterIP) fronts.push({ ip: s.clusterIP, port: sp.port, protocol: sp.protocol });
        for (const ip of s.loadBalancerIPs) fronts.push({ ip, port: sp.port, protocol: sp.protocol });
        if (sp.nodePort) {
          for (const ip of nodeIps(topo)) fronts.push({ ip, port: sp.nodePort, protocol: sp.protocol });
          fronts.push({ ip: '127.0.0.1', port: sp.nodePort, protocol: sp.protocol });
        }
      }
      for (const e of topo.data().externals) if (e.kind === 'load-balancer' && e.service === podKey(s)) proxies.push(e.ip);
    }
  }
  const rest: FilterExpr[] = [addressSet(to.ips)];
  if (to.ports.length > 0) rest.push(anyOf(to.ports.map((p): FilterExpr => ({ kind: 'port', dir: 'any', port: p }))));
  if (protocol !== undefined) rest.push({ kind: 'proto', ipProto: protocol });
  // The kernel's answers about these packets — ICMP port unreachable for a UDP port nobody
  // listens on, a REJECT, time exceeded — carry no ports and may come from a node address: ICMP
  // to or from the sender belongs to the session too (traceMatches keeps the errors about it).
  // One more term, not another copy of the sender's addresses.
  const toTarget: FilterExpr = rest.length === 1 ? rest[0]! : { kind: 'and', terms: rest };
  const filter: FilterExpr = { kind: 'and', terms: [addressSet(from.ips), protocol === 1 ? toTarget : { kind: 'or', terms: [toTarget, { kind: 'proto', ipProto: 1 }] }] };
  // Through the generated type: a filter the wire cannot carry fails here, by name.
  const err = packetlife.v1.FilterExpr.verify(filterToProto(filter));
  if (err) throw new SessionError(`compiled filter is invalid: ${err}`);
  return { from, to, ...(protocol !== undefined ? { protocol } : {}), filter, ...(fronts ? { fronts, proxies: uniq(proxies ?? []) } : {}) };
}

/**
 * Whether a trace is one of a session's packets: some hop carries both sides' addresses and, when
 * the session names a service, the packet was sent to that service — its connection's original
 * tuple (the flow's, else the trace's own first or un-NATed last tuple) has one of its fronts as
 * destination, or one of its load balancers as source.
 */
export function traceMatches(t: Trace, c: CompiledSession, flow?: Flow): boolean {
  const m = matcherOf(c);
  if (m.fronts) {
    const original = flow && flow.id === t.flowId ? flow.original : t.direction === 'reply' ? invert(t.last) : t.first;
    const sentToService = m.fronts.get(original.dst)?.some((f) => (f.port === undefined || f.port === original.dport) && (f.protocol === undefined || f.protocol === original.protocol)) === true;
    if (!sentToService && !m.proxies.has(original.src)) return false;
  }
  const { from, to, ports } = m;
  return t.hops.some((h) => {
    const p = h.packet;
    // An ICMP error about the session's packets (its flow, through conntrack's RELATED entry) has no ports of its own.
    const icmpError = p.protocol === 1 && (p.icmpType === 3 || p.icmpType === 11 || p.icmpType === 12);
    if (c.protocol !== undefined && p.protocol !== c.protocol && !icmpError) return false;
    const pair = (from.has(p.src) && to.has(p.dst)) || (from.has(p.dst) && to.has(p.src));
    const port = ports.size === 0 || ports.has(p.dport) || ports.has(p.sport) || icmpError;
    return pair && port;
  });
}

/** A compiled session's address, port and front lists as lookups. */
interface SessionMatcher {
  from: ReadonlySet<string>;
  to: ReadonlySet<string>;
  ports: ReadonlySet<number>;
  fronts: ReadonlyMap<string, Front[]> | undefined;
  proxies: ReadonlySet<string>;
}

/**
 * Made once per compiled session (which is never changed after compileSession), not per trace: a
 * NodePort session lists every node's and ENI's address, and every trace is matched against every
 * session — at 1,000 nodes × 3 ENIs, building these sets per trace took 77 µs a trace and session.
 */
const matchers = new WeakMap<CompiledSession, SessionMatcher>();

function matcherOf(c: CompiledSession): SessionMatcher {
  let m = matchers.get(c);
  if (m) return m;
  let fronts: Map<string, Front[]> | undefined;
  if (c.fronts) {
    fronts = new Map();
    for (const f of c.fronts) {
      const at = fronts.get(f.ip);
      if (at) at.push(f);
      else fronts.set(f.ip, [f]);
    }
  }
  m = { from: new Set(c.from.ips), to: new Set(c.to.ips), ports: new Set(c.to.ports), fronts, proxies: new Set(c.proxies ?? []) };
  matchers.set(c, m);
  return m;
}

export interface Session {
  id: string;
  /** The user who started it (sessions are visible to their owner and to cluster-wide readers). */
  owner: string;
  /** Filter terms it takes in each agent's program. */
  terms: number;
  request: SessionRequest;
  compiled: CompiledSession;
  agents: string[];
  /** Agents whose kernel program carries this session's filter (SessionAck active). */
  activeAgents: string[];
  /** Agents that refused it, with their reason (a bad filter, a missing capability). */
  refusals: Array<{ agent: string; error: string }>;
  traceIds: string[];
  requests: number;
  replies: number;
  startedAtMs: number;
  done: boolean;
  endReason?: string;
}

/** An agent as the user knows it: its id and the node it runs on. */
export interface AgentName {
  agentId: string;
  node: string;
}

/** How many agents a refusal names before it says "and N more". */
const NAMED_AGENTS = 5;

/** Why a sampled session is refused: the agents that would trace every packet, by node. */
export function cannotSampleMessage(old: readonly AgentName[], sample: number): string {
  const sorted = [...old].sort((a, b) => a.node.localeCompare(b.node) || a.agentId.localeCompare(b.agentId));
  const named = sorted.slice(0, NAMED_AGENTS).map((a) => `${a.node} (agent ${a.agentId})`);
  const more = sorted.length > NAMED_AGENTS ? ` and ${sorted.length - NAMED_AGENTS} more` : '';
  const who = sorted.length === 1 ? 'the agent on node' : `the agents on ${sorted.length} nodes:`;
  return `cannot sample 1/${sample}: ${who} ${named.join(', ')}${more} ${sorted.length === 1 ? 'is' : 'are'} older and cannot sample (${sorted.length === 1 ? 'it' : 'they'} would trace every packet); upgrade ${sorted.length === 1 ? 'it' : 'them'}, or trace without --sample`;
}

function sampleField(req: SessionRequest): { sampleOneIn?: number } {
  return req.sample !== undefined && req.sample > 1 ? { sampleOneIn: req.sample } : {};
}

export type PushSession = (start: packetlife.v1.IStartSession) => string[];
export type StopSession = (sessionId: string) => void;

/** Active and recent sessions, bounded; each collects the ids of the traces it matched. */
export class SessionManager {
  private readonly sessions = new Map<string, Session>();
  private readonly timers = new Map<string, NodeJS.Timeout>();

  private readonly limits: Required<SessionLimits>;
  /**
   * The coarsest sampling any connected agent applies on its own (past its event budget): a
   * session is sampled at least that much. Set by the collector (ingest.agentSampleOneIn).
   */
  agentSampleOneIn: () => number = () => 1;
  /**
   * Connected agents whose Hello does not announce Capabilities.sampling: older agents that
   * ignore a session's sample_one_in and trace every packet. Set by the collector
   * (ingest.agentsWithoutSampling).
   */
  agentsWithoutSampling: () => AgentName[] = () => [];
  /** Told about every change (a new session, an end, a matched trace): the collector persists. */
  onChange: ((s: Session, what: 'started' | 'ended' | 'matched') => void) | undefined;

  constructor(
    private readonly topo: TopologyModel,
    private readonly push: PushSession,
    private readonly stop: StopSession,
    limits: SessionLimits = {},
    private readonly maxTracesPerSession = 10_000,
  ) {
    this.limits = {
      perUser: limits.perUser ?? 4,
      termsPerSession: limits.termsPerSession ?? 32,
      active: limits.active ?? AGENT_MAX_SESSIONS,
      activeTerms: limits.activeTerms ?? Number.MAX_SAFE_INTEGER,
      maxDurationS: limits.maxDurationS ?? 3600,
      defaultDurationS: limits.defaultDurationS ?? 300,
      allowUnbounded: limits.allowUnbounded ?? false,
      kept: limits.kept ?? 100,
    };
  }

  start(req: SessionRequest, owner = 'anonymous'): Session {
    const compiled = compileSession(this.topo, req);
    const count = req.count ?? 0;
    const L = this.limits;
    const durationS = req.durationS ?? L.defaultDurationS;
    if (!(Number.isInteger(count) && count >= 0)) throw new SessionError(`count must be a whole number >= 0, got ${String(req.count)}`);
    if (req.sample !== undefined) {
      const problem = sampleRateProblem(req.sample);
      if (problem) throw new SessionError(problem);
    }
    if (durationS === 0 && !L.allowUnbounded) throw new SessionError(`durationS 0 (no end) needs a collector started with --allow-unbounded-sessions; give 1-${L.maxDurationS}`);
    if (!(durationS >= 0 && durationS <= L.maxDurationS)) throw new SessionError(`durationS must be 1-${L.maxDurationS}, got ${String(req.durationS)}`);
    if ((req.sample ?? 1) > 1) {
      const old = this.agentsWithoutSampling();
      if (old.length > 0) throw new SessionError(cannotSampleMessage(old, req.sample ?? 1), 409);
    }
    const terms = filterTerms(filterToProto(compiled.filter));
    if (terms > L.termsPerSession) throw new SessionError(`the session's filter has ${terms} terms (addresses, ports); at most ${L.termsPerSession}: name a narrower endpoint or a port`);
    const active = this.list().filter((x) => !x.done);
    const mine = active.filter((x) => x.owner === owner).length;
    if (mine >= L.perUser) throw new SessionError(`${owner} already runs ${mine} sessions (at most ${L.perUser}); stop one first`, 429);
    if (active.length >= L.active) throw new SessionError(`${active.length} sessions are active (at most ${L.active}, what the agents run at once); try again when one ends`, 429);
    const used = active.reduce((n, x) => n + x.terms, 0);
    if (used + terms > L.activeTerms) throw new SessionError(`the agents' filter budget is full: active sessions use ${used} of ${L.activeTerms} terms and this one needs ${terms}; try again when one ends`, 429);
    // Refused here, by the agents' own rule, rather than by every agent after it is sent.
    try {
      layoutSessions([...active.map((x) => ({ id: x.id, filter: x.compiled.filter })), { id: 'new', filter: compiled.filter }]);
    } catch (e) {
      throw new SessionError(`the agents' kernel program cannot hold this session with the ${active.length} active ones (${(e as Error).message}); try again when one ends`, 429);
    }
    const id = randomUUID();
    // Agents count kernel events, not traces: give them room for every hop of `count` packets
    // and their replies; the collector stops the session at `count` traces.
    const agents = this.push({ sessionId: id, filter: { expr: filterToProto(compiled.filter) }, maxPackets: count > 0 ? count * 64 : 0, maxDurationMs: Math.round(durationS * 1000), ...sampleField(req) });
    const s: Session = { id, owner, terms, request: { ...req, durationS }, compiled, agents, activeAgents: [], refusals: [], traceIds: [], requests: 0, replies: 0, startedAtMs: Date.now(), done: false };
    this.sessions.set(id, s);
    this.arm(s);
    this.forgetEnded();
    this.onChange?.(s, 'started');
    return s;
  }

  /**
   * A session kept across a restart: listed again, and, while it has time left, pushed to the
   * agents again (an agent that still runs it just acknowledges it).
   */
  restore(s: Session): void {
    if (this.sessions.has(s.id)) return;
    this.sessions.set(s.id, s);
    if (!s.done) {
      const durationS = s.request.durationS ?? 0;
      if (durationS > 0 && Date.now() >= s.startedAtMs + durationS * 1000) {
        this.end(s.id, 'duration reached');
        return;
      }
      const count = s.request.count ?? 0;
      s.activeAgents = [];
      s.agents = this.push({ sessionId: s.id, filter: { expr: filterToProto(s.compiled.filter) }, maxPackets: count > 0 ? count * 64 : 0, maxDurationMs: durationS > 0 ? Math.max(1, s.startedAtMs + durationS * 1000 - Date.now()) : 0, ...sampleField(s.request) });
      this.arm(s);
    }
    this.forgetEnded();
  }

  private arm(s: Session): void {
    const durationS = s.request.durationS ?? 0;
    if (durationS <= 0) return;
    const t = setTimeout(() => this.end(s.id, 'duration reached'), Math.max(0, s.startedAtMs + durationS * 1000 - Date.now()));
    t.unref();
    this.timers.set(s.id, t);
  }

  /** Past the bound, the oldest ENDED sessions are forgotten; an active one never is. */
  private forgetEnded(): void {
    if (this.sessions.size <= this.limits.kept) return;
    for (const x of [...this.sessions.values()]) {
      if (this.sessions.size <= this.limits.kept) break;
      if (x.done) this.sessions.delete(x.id);
    }
  }

  /** An agent's answer to a pushed session: attached in its kernel program, or refused. */
  acknowledge(id: string, agentId: string, ack: { ok?: boolean | null; active?: boolean | null; error?: string | null }): void {
    const s = this.sessions.get(id);
    if (!s) return;
    if (ack.ok === false) {
      if (!s.refusals.some((r) => r.agent === agentId)) s.refusals.push({ agent: agentId, error: ack.error ?? 'refused' });
      return;
    }
    if (ack.active && !s.activeAgents.includes(agentId)) s.activeAgents.push(agentId);
  }

  get(id: string): Session | undefined {
    return this.sessions.get(id);
  }

  list(): Session[] {
    return [...this.sessions.values()];
  }

  end(id: string, reason: string): void {
    const s = this.sessions.get(id);
    if (!s || s.done) return;
    s.done = true;
    s.endReason = reason;
    const t = this.timers.get(id);
    if (t) clearTimeout(t);
    this.timers.delete(id);
    this.stop(id);
    this.onChange?.(s, 'ended');
  }

  private pushedFloor = 1;

  /**
   * An agent's own sampling changed (or a sampling agent left): every active session is pushed
   * again at the coarsest rate any agent now applies, so that every node samples the same packets
   * (what a node at 1/2N traces is a subset of 1/N, but a packet the finer nodes trace and the
   * coarser one does not would be incomplete). Agents take a re-sent StartSession as an update.
   */
  agentSamplingChanged(): void {
    const floor = this.agentSampleOneIn();
    if (floor === this.pushedFloor) return;
    this.pushedFloor = floor;
    for (const s of this.sessions.values()) {
      if (s.done) continue;
      const count = s.request.count ?? 0;
      const durationS = s.request.durationS ?? 0;
      const rate = this.sampledOneIn(s);
      this.push({
        sessionId: s.id,
        filter: { expr: filterToProto(s.compiled.filter) },
        maxPackets: count > 0 ? count * 64 : 0,
        maxDurationMs: durationS > 0 ? Math.max(1, s.startedAtMs + durationS * 1000 - Date.now()) : 0,
        ...(rate > 1 ? { sampleOneIn: rate } : {}),
      });
    }
  }

  /** 1 in how many packets a session traces now: its own rate, or an agent's coarser one. */
  sampledOneIn(s: Session): number {
    return Math.max(s.request.sample ?? 1, this.agentSampleOneIn());
  }

  /**
   * Nodes where a sampled session is not sampled: an older agent there (one that joined after the
   * session started, or while an agent's own budget samples every session) traces every packet.
   * Empty when the session is not sampled.
   */
  unsampledNodes(s: Session): string[] {
    if (s.done || this.sampledOneIn(s) === 1) return [];
    return [...new Set(this.agentsWithoutSampling().map((a) => a.node))].sort();
  }

  /**
   * The sampling a finished trace was taken under (1: none): the finest rate among the active
   * sessions it belongs to — a packet is traced when any session's filter and rate take it.
   * (When a session has just ended, a late trace of it may say less than it was sampled at.)
   */
  samplingOf(t: Trace, flow?: Flow): number {
    // the common case, nothing sampled, without matching the trace against every session
    if (!this.anySessionSampled() && this.agentSampleOneIn() === 1) return 1;
    // Seen only on nodes whose older agents trace every packet: nothing chose it by the hash.
    if (t.nodes.length > 0) {
      const unsampled = new Set(this.agentsWithoutSampling().map((a) => a.node));
      if (unsampled.size > 0 && t.nodes.every((n) => unsampled.has(n))) return 1;
    }
    let rate = Infinity;
    let anyActive = Infinity;
    for (const s of this.sessions.values()) {
      if (s.done) continue;
      anyActive = Math.min(anyActive, this.sampledOneIn(s));
      if (rate === 1 || !traceMatches(t, s.compiled, flow)) continue;
      rate = Math.min(rate, this.sampledOneIn(s));
    }
    // A trace no session claims (an ICMP packet of a session's sender, say) was still taken by
    // some session's filter in the kernel, at the finest rate of those running.
    if (rate === Infinity) rate = anyActive;
    return rate === Infinity ? 1 : rate;
  }

  private anySessionSampled(): boolean {
    for (const s of this.sessions.values()) if (!s.done && (s.request.sample ?? 1) > 1) return true;
    return false;
  }

  /** Offer a finished trace to every active session. */
  offer(t: Trace, flow?: Flow): void {
    for (const s of this.sessions.values()) {
      if (s.done || !traceMatches(t, s.compiled, flow)) continue;
      if (s.traceIds.length < this.maxTracesPerSession) s.traceIds.push(t.id);
      if (t.direction === 'request') s.requests++;
      else s.replies++;
      // `count` packets and their replies: a request alone would cut the reply walk off.
      const count = s.request.count ?? 0;
      if (count > 0 && s.requests >= count && s.replies >= count) this.end(s.id, 'count reached');
      else this.onChange?.(s, 'matched');
    }
  }

  /** Stops the timers. Sessions are not ended: a collector that keeps them continues them after a restart. */
  close(opts: { endSessions?: boolean } = {}): void {
    if (opts.endSessions) for (const s of this.sessions.values()) this.end(s.id, 'collector stopping');
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
