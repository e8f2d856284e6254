/**
 * The trace and flow store: bounded by count (oldest out first, every eviction counted),
 * queried by pod, namespace, label-selected pods, service, IP, node, verdict, protocol, port and
 * time, newest first, with live subscribers.
 */
import type { Flow, Trace, TraceVerdict } from './trace-model.js';

export interface TraceQuery {
  pod?: string; // "namespace/name"
  service?: string; // "namespace/name"
  ip?: string;
  node?: string;
  verdict?: TraceVerdict;
  flowId?: string;
  namespace?: string; // a pod of this namespace sends, receives or is the NAT endpoint
  /** Pods ("namespace/name") one of which the trace must touch (a label selector, resolved). */
  pods?: ReadonlySet<string>;
  protocol?: number; // 6 tcp, 17 udp, 1 icmp
  port?: number; // a source or destination port at any hop or in any NAT rewrite
  sinceNs?: bigint; // trace start at or after
  untilNs?: bigint; // trace start at or before
  limit?: number;
}

export interface StoreStats {
  traces: number;
  flows: number;
  tracesEvicted: number;
  flowsEvicted: number;
}

export const VERDICTS: readonly TraceVerdict[] = ['delivered', 'dropped', 'incomplete'];

export class TraceStore {
  private readonly traces = new Map<string, Trace>();
  private readonly flows = new Map<string, Flow>();
  private readonly subscribers = new Set<(t: Trace) => void>();
  readonly stats: StoreStats = { traces: 0, flows: 0, tracesEvicted: 0, flowsEvicted: 0 };

  constructor(
    readonly maxTraces = 20_000,
    readonly maxFlows = 20_000,
  ) {
    if (!(maxTraces > 0) || !(maxFlows > 0)) throw new Error(`TraceStore limits must be positive (got traces=${maxTraces}, flows=${maxFlows})`);
  }

  addTrace(t: Trace): void {
    this.traces.delete(t.id); // re-insert: newest at the end
    this.traces.set(t.id, t);
    while (this.traces.size > this.maxTraces) {
      const oldest = this.traces.keys().next().value as string;
      this.traces.delete(oldest);
      this.stats.tracesEvicted++;
    }
    this.stats.traces = this.traces.size;
    for (const fn of this.subscribers) {
      try {
        fn(t);
      } catch {
        // a failing subscriber must not stop the others or the store
      }
    }
  }

  upsertFlow(f: Flow): void {
    this.flows.delete(f.id);
    this.flows.set(f.id, f);
    while (this.flows.size > this.maxFlows) {
      const oldest = this.flows.keys().next().value as string;
      this.flows.delete(oldest);
      this.stats.flowsEvicted++;
    }
    this.stats.flows = this.flows.size;
  }

  getTrace(id: string): Trace | undefined {
    return this.traces.get(id);
  }

  getFlow(id: string): Flow | undefined {
    return this.flows.get(id);
  }

  /** Newest first (by when the packet was first seen). */
  queryTraces(q: TraceQuery = {}): Trace[] {
    const limit = q.limit ?? 100;
    const out: Trace[] = [];
    for (const t of this.traces.values()) if (matches(t, q)) out.push(t);
    out.sort((a, b) => (BigInt(a.startNs) < BigInt(b.startNs) ? 1 : BigInt(a.startNs) > BigInt(b.startNs) ? -1 : 0));
    return out.slice(0, limit);
  }

  /** Newest first; a flow matches when any of its traces does (or its own tuple, for ip). */
  queryFlows(q: TraceQuery = {}): Flow[] {
    const limit = q.limit ?? 100;
    const out: Flow[] = [];
    const all = [...this.flows.values()];
    const traceFilter = q.pod || q.service || q.node || q.verdict || q.ip || q.namespace || q.pods || q.protocol !== undefined || q.port !== undefined;
    for (let i = all.length - 1; i >= 0 && out.length < limit; i--) {
      const f = all[i]!;
      if (q.sinceNs !== undefined && BigInt(f.lastNs) < q.sinceNs) continue;
      if (q.untilNs !== undefined && BigInt(f.firstNs) > q.untilNs) continue;
      if (traceFilter) {
        const tuples = [f.original, ...(f.reply ? [f.reply] : [])];
        const ipHit = q.ip !== undefined && tuples.some((t) => t.src === q.ip || t.dst === q.ip);
        const traceHit = f.traceIds.some((id) => {
          const t = this.traces.get(id);
          return t !== undefined && matches(t, { ...q, sinceNs: undefined, untilNs: undefined });
        });
        if (!ipHit && !traceHit) continue;
      }
      out.push(f);
    }
    return out;
  }

  subscribe(fn: (t: Trace) => void): () => void {
    this.subscribers.add(fn);
    return () => this.subscribers.delete(fn);
  }
}

export function matches(t: Trace, q: TraceQuery): boolean {
  if (q.verdict && t.verdict !== q.verdict) return false;
  if (q.node && !t.nodes.includes(q.node)) return false;
  if (q.flowId && t.flowId !== q.flowId) return false;
  if (q.sinceNs !== undefined && BigInt(t.startNs) < q.sinceNs) return false;
  if (q.untilNs !== undefined && BigInt(t.startNs) > q.untilNs) return false;
  if (q.pod) {
    const pod = q.pod;
    const hit = t.hops.some((h) => h.place.pod === pod) || t.nats.some((n) => n.endpointPod === pod) || t.from === `pod ${pod}` || (t.to ?? '').includes(`pod ${pod}`);
    if (!hit) return false;
  }
  if (q.service) {
    const svc = q.service;
    if (!t.nats.some((n) => n.service === svc) && !(t.to ?? '').includes(`service ${svc}`)) return false;
  }
  if (q.ip) {
    const ip = q.ip;
    const hit = t.hops.some((h) => h.packet.src === ip || h.packet.dst === ip) || t.nats.some((n) => n.before.src === ip || n.before.dst === ip || n.after.src === ip || n.after.dst === ip);
    if (!hit) return false;
  }
  if (q.protocol !== undefined && t.first.protocol !== q.protocol) return false;
  if (q.port !== undefined) {
    const p = q.port;
    const hit = t.hops.some((h) => h.packet.sport === p || h.packet.dport === p) || t.nats.some((n) => n.before.sport === p || n.before.dport === p || n.after.sport === p || n.after.dport === p);
    if (!hit) return false;
  }
  if (q.namespace) {
    const prefix = `${q.namespace}/`;
    const inNs = (pod: string | undefined): boolean => pod !== undefined && pod.startsWith(prefix);
    const hit = t.hops.some((h) => inNs(h.place.pod)) || t.nats.some((n) => inNs(n.endpointPod) || inNs(n.service)) || (t.from ?? '').includes(` ${prefix}`) || (t.to ?? '').includes(` ${prefix}`);
    if (!hit) return false;
  }
  if (q.pods) {
    const pods = q.pods;
    if (!t.hops.some((h) => h.place.pod !== undefined && pods.has(h.place.pod)) && !t.nats.some((n) => n.endpointPod !== undefined && pods.has(n.endpointPod))) return false;
  }
  return true;
}
