/**
 * Which namespaces a trace, a flow or a session touches, and the topology cut down to the
 * namespaces a user may read. A user sees a trace when it touches a namespace they may read;
 * a trace that touches none (node to node, the internet) is cluster-wide and needs access to
 * every namespace.
 */
import type { NamespaceScope } from './auth.js';
import type { TopologyData } from './topology/model.js';
import type { Flow, Trace } from './trace-model.js';

function nsOf(key: string | undefined): string | undefined {
  if (!key) return undefined;
  const i = key.indexOf('/');
  return i > 0 ? key.slice(0, i) : undefined;
}

export function traceNamespaces(t: Trace): Set<string> {
  const out = new Set<string>();
  const add = (k: string | undefined): void => {
    const ns = nsOf(k);
    if (ns) out.add(ns);
  };
  for (const h of t.hops) add(h.place.pod);
  for (const n of t.nats) {
    add(n.service);
    add(n.endpointPod);
  }
  return out;
}

export function traceVisible(scope: NamespaceScope, t: Trace): boolean {
  if (scope === 'all') return true;
  for (const ns of traceNamespaces(t)) if (scope.has(ns)) return true;
  return false;
}

export function flowVisible(scope: NamespaceScope, f: Flow, trace: (id: string) => Trace | undefined): boolean {
  if (scope === 'all') return true;
  for (const k of [f.service, f.endpointPod]) {
    const ns = nsOf(k);
    if (ns && scope.has(ns)) return true;
  }
  return f.traceIds.some((id) => {
    const t = trace(id);
    return t !== undefined && traceVisible(scope, t);
  });
}

/** The namespace a session endpoint names ('' for a node or an address: cluster-wide). */
export function endpointNamespace(spec: string): string {
  const parts = spec.split('/');
  if ((parts[0] === 'pod' || parts[0] === 'svc' || parts[0] === 'service') && parts.length === 3 && parts[1]) return parts[1];
  return '';
}

export function topologyNamespaces(t: TopologyData): string[] {
  return [...new Set([...t.pods.map((p) => p.namespace), ...t.services.map((s) => s.namespace)])];
}

/** Pods and services of readable namespaces; nodes, netns and externals only for cluster-wide readers. */
export function visibleTopology(scope: NamespaceScope, t: TopologyData): TopologyData {
  if (scope === 'all') return t;
  const empty = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Array.isArray(v) ? [] : v])) as unknown as TopologyData;
  return {
    ...empty,
    pods: t.pods.filter((p) => scope.has(p.namespace)),
    services: t.services.filter((s) => scope.has(s.namespace)),
  };
}
