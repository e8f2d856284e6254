/**
 * What the trace expectations share: the context they judge, the rule that every complete trace
 * must satisfy an expectation (the first that does not decides), and how NAT rewrites and node
 * addresses are named in evidence.
 */
import type { NatRewrite, Trace } from '../collector/trace-model.js';
import type { Tuple } from '../common/event.js';
import type { TableId } from './schema.js';
import type { NameTable } from './names.js';
import { fail, inconclusive, pass, type Check } from './result.js';

export interface TrafficContext {
  /** Request traces matching the claim's subject, oldest first. */
  matched: Trace[];
  /** Every trace available, to find replies by flow. */
  all: Trace[];
  names: NameTable;
  /** The claim's `from`, to resolve "pod-ip". */
  from: string;
}

export const fmtTuple = (t: Tuple): string => `${t.src}:${t.sport} → ${t.dst}:${t.dport}`;
export const isDnat = (n: NatRewrite): boolean => n.kind === 'DNAT' || n.kind === 'DNAT+SNAT';
export const isSnat = (n: NatRewrite): boolean => n.kind === 'SNAT' || n.kind === 'DNAT+SNAT';
export const tableNumber = (t: TableId): number => (t === 'main' ? 254 : t);
export const tableText = (t: number): string => (t === 254 ? 'main' : `table ${t}`);

export function judgeable(traces: Trace[]): Trace[] {
  return traces.filter((t) => t.verdict !== 'incomplete');
}

/** Runs `check` on every complete trace: the first failure decides, else all passed. */
export function everyTrace(name: string, traces: Trace[], check: (t: Trace) => { ok: boolean | 'unknown'; evidence: string }): Check {
  const complete = judgeable(traces);
  if (complete.length === 0) {
    return inconclusive(name, `all ${traces.length} matching traces are incomplete (${traces[0]?.incompleteReasons.join(', ') || 'no reason given'})`, traces.map((t) => t.id));
  }
  const unknown: string[] = [];
  const passed: { id: string; evidence: string }[] = [];
  for (const t of complete) {
    const r = check(t);
    if (r.ok === false) return fail(name, `trace ${t.id}: ${r.evidence}`, [t.id]);
    if (r.ok === 'unknown') unknown.push(`trace ${t.id}: ${r.evidence}`);
    else passed.push({ id: t.id, evidence: r.evidence });
  }
  const first = passed[0];
  if (!first) return inconclusive(name, unknown[0]!, complete.map((t) => t.id));
  const more = passed.length > 1 ? ` (+${passed.length - 1} traces alike)` : '';
  return pass(name, `trace ${first.id}: ${first.evidence}${more}`, passed.map((p) => p.id));
}


export const CAUSE_LABEL: Partial<Record<NatRewrite['cause'], string>> = {
  clusterip: 'ClusterIP DNAT',
  nodeport: 'NodePort DNAT',
  'nodeport-masquerade': 'NodePort masquerade',
  'hairpin-masquerade': 'hairpin masquerade',
  'vpc-cni-egress-snat': 'VPC CNI egress SNAT',
  'nat-gateway': 'NAT gateway',
  'load-balancer': 'load balancer',
};

/** A rewrite's cause in a few words for passing evidence; failures quote the full reason. */
export function causeOf(n: NatRewrite): string {
  return `${n.inferred ? 'inferred, not observed: ' : ''}${CAUSE_LABEL[n.cause] ?? n.reason}`;
}

export function describeNat(n: NatRewrite): string {
  return `${n.kind} on ${n.node}: ${fmtTuple(n.before)} ⇒ ${fmtTuple(n.after)} (${n.reason})`;
}

/** The node a NodePort packet arrived at: where it was DNATed, else where it was SNATed. */
export function receivingNode(t: Trace, snat: NatRewrite): string {
  return t.nats.find(isDnat)?.node ?? snat.node;
}

/** Every IP known for a node: the name table, and ENI places the trace itself passed on it. */
export function nodeIps(names: NameTable, t: Trace, node: string): string[] {
  const ips = new Set(names.nodes[node]?.ips ?? []);
  for (const h of t.hops) if (h.place.node === node && h.place.eni) ips.add(h.place.eni.ip);
  return [...ips];
}

export function nodePrimaryIp(names: NameTable, t: Trace, node: string): string | undefined {
  return names.nodes[node]?.primaryIp ?? t.hops.find((h) => h.place.node === node && h.place.eni?.table === 'main')?.place.eni?.ip;
}

export function endpointIps(names: NameTable, endpoints: string[]): Set<string> {
  return new Set(endpoints.map((e) => names.pods[e.replace(/^pod\//, '')]?.ip ?? e));
}
