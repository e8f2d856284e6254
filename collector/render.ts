/**
 * Traces as text, readable like the reference article's packet walks: one box per node, each hop
 * with its time relative to the first (µs), NAT rewrites set off between the hops they separate,
 * the routing table used, the VPC router between nodes, drops and why a trace is incomplete.
 */
import type { Flow, Gap, Hop, NatRewrite, RouteDecision, Trace } from './trace-model.js';
import { endpoint, formatTuple, natRewriteText, routeText } from '../common/trace-text.js';
import { protocolName } from '../common/ip-protocol.js';

const RULE = '─'.repeat(78);

function micros(fromNs: string, toNs: string): string {
  const d = Number(BigInt(toNs) - BigInt(fromNs)) / 1000;
  return `+${d.toFixed(1)}µs`;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s + ' ' : s + ' '.repeat(n - s.length);
}

/** "DNAT 172.20.122.189:80 → 10.0.3.193:8080  (ClusterIP packetlab/echo-clusterip → endpoint packetlab/echoserver-a)". */
export function formatNat(n: NatRewrite): string {
  return `${natRewriteText(n)}  (${natCause(n)})`;
}

function natCause(n: NatRewrite): string {
  if (n.inferred && n.cause === 'load-balancer') return n.reason;
  const ep = n.endpointPod ? `endpoint ${n.endpointPod}` : `endpoint ${endpoint(n.after.dst, n.after.dport, n.after.protocol)}`;
  switch (n.cause) {
    case 'clusterip':
      return `ClusterIP ${n.service} → ${ep}`;
    case 'nodeport':
      return `NodePort ${n.before.dport} of ${n.service} → ${ep}`;
    case 'nodeport-masquerade':
      return `NodePort ${n.before.dport} of ${n.service} → ${ep}, masquerade to the node IP ${n.after.src}`;
    case 'hairpin-masquerade':
      return `ClusterIP ${n.service} → ${ep} (itself), hairpin masquerade`;
    case 'vpc-cni-egress-snat':
      return `VPC CNI egress SNAT to the node primary IP ${n.after.src}`;
    case 'nat-gateway':
      return n.inferred ? 'NAT gateway — inferred from the topology, not observed' : 'NAT gateway';
    case 'load-balancer':
      return `LoadBalancer ${n.service} → ${ep}`;
    default:
      return n.reason;
  }
}

export function formatRoute(r: RouteDecision): string {
  return routeText(r);
}

function hopLine(h: Hop, shownNs: bigint): string {
  const dir = h.direction === 'transmit' ? 'tx' : 'rx';
  const p = h.packet;
  const tuple = formatTuple({ src: p.src, dst: p.dst, sport: p.sport, dport: p.dport, protocol: p.protocol });
  return `│ ${pad(micros('0', shownNs.toString()), 11)}${dir}  ${pad(h.place.label, 44)}${tuple}`;
}

/**
 * Each hop's time as shown, in ns from the first hop. Within a node, its agent's clock; across a
 * gap between nodes, the transit measured on one clock where there is one, else the times start
 * again from +0 on the next node: two agents' wall clocks may differ by more than the transit,
 * and a hop must never seem to arrive before it was sent.
 */
function shownTimes(t: Trace): bigint[] {
  const out: bigint[] = [];
  const gapAfter = new Map<number, Gap>();
  for (const g of t.gaps ?? []) if (g.kind === 'vpc-fabric') gapAfter.set(g.afterHop, g);
  let anchorWall = t.hops.length > 0 ? BigInt(t.hops[0]!.timeNs) : 0n;
  let anchorShown = 0n;
  t.hops.forEach((h, i) => {
    const wall = BigInt(h.timeNs);
    const gap = i > 0 ? gapAfter.get(i - 1) : undefined;
    if (gap?.clocks === 'shared' && gap.transitNs !== undefined) {
      anchorShown = out[i - 1]! + BigInt(gap.transitNs);
      anchorWall = wall;
    } else if (gap?.clocks === 'unknown') {
      anchorShown = 0n;
      anchorWall = wall;
    }
    out.push(anchorShown + (wall - anchorWall));
  });
  return out;
}

function gapText(g: Gap, t: Trace): string {
  const text = `${g.kind === 'vpc-fabric' ? '' : `[${g.kind}] `}${g.label}`;
  if (g.clocks === 'shared' && g.transitNs !== undefined) return `${text}, ${(Number(g.transitNs) / 1000).toFixed(1)}µs in transit (one clock at both ends)`;
  if (g.clocks === 'unknown') {
    const from = t.hops[g.afterHop]?.place.node;
    const to = t.hops[g.afterHop + 1]?.place.node;
    return `${text}; clocks of ${from} and ${to} not known to agree: no time across, times on ${to} start again at +0`;
  }
  return text;
}

/** The full hop diagram of one trace. */
export function renderTrace(t: Trace): string {
  const out: string[] = [];
  const proto = protocolName(t.first.protocol);
  out.push(`trace ${t.id}  ${t.direction}  ${t.from ?? t.first.src} → ${t.to ?? t.first.dst}`);
  out.push(`  ${proto} ${formatTuple(t.first)}   verdict: ${t.verdict.toUpperCase()}   flow ${t.flowId}   ${new Date(Number(BigInt(t.startNs) / 1_000_000n)).toISOString()}${t.sampledOneIn ? `   sampled 1/${t.sampledOneIn}` : ''}`);
  if (t.meaning) out.push(`  ⚑ ${t.meaning}`);
  const gapsAfter = new Map<number, string[]>();
  for (const g of t.gaps ?? []) gapsAfter.set(g.afterHop, [...(gapsAfter.get(g.afterHop) ?? []), gapText(g, t)]);
  const shown = shownTimes(t);
  const before = gapsAfter.get(-1);
  if (before) for (const g of before) out.push(`      ┊ ${g}`);
  for (const n of t.nats.filter((x) => x.afterHop < 0)) out.push(`  ╞══ ${formatNat(n)}  [before the first hop: ${n.node}]`);
  let node: string | undefined;
  const closeBox = (): void => {
    if (node !== undefined) out.push(`└${RULE}`);
  };
  t.hops.forEach((h, i) => {
    if (h.place.node !== node || (i > 0 && gapsAfter.has(i - 1) && h.place.node === node)) {
      closeBox();
      node = h.place.node;
      out.push(`┌─ node ${node} ${'─'.repeat(Math.max(0, RULE.length - node.length - 8))}`);
    }
    out.push(hopLine(h, shown[i]!));
    for (const r of t.routes.filter((x) => x.atHop === i)) out.push(`│ ${' '.repeat(11)}    ${formatRoute(r)}`);
    for (const n of t.nats.filter((x) => x.afterHop === i && !x.inferred)) out.push(`│    ╞══ ${formatNat(n)}`);
    for (const d of t.drops.filter((x) => x.atHop === i)) out.push(`│    ✖ DROPPED: ${d.reason}${d.place ? ` (after ${d.place.label})` : ''}${d.meaning ? `: ${d.meaning}` : ''}`);
    const gaps = gapsAfter.get(i);
    const inferred = t.nats.filter((x) => x.afterHop === i && x.inferred);
    if (gaps || inferred.length > 0) {
      closeBox();
      node = undefined;
      for (const g of gaps ?? []) out.push(`      ┊ ${g}`);
      for (const n of inferred) out.push(`      ┊ ╞══ ${formatNat(n)}`);
    }
  });
  closeBox();
  for (const d of t.drops.filter((x) => x.atHop < 0)) out.push(`  ✖ DROPPED: ${d.reason} (${d.node})${d.meaning ? `: ${d.meaning}` : ''}`);
  if (t.incompleteReasons.length > 0) {
    out.push('  incomplete:');
    for (const r of t.incompleteReasons) out.push(`    - ${r}`);
  }
  return out.join('\n');
}

/** One line per trace, for lists. */
export function renderTraceRow(t: Trace): string {
  const time = new Date(Number(BigInt(t.startNs) / 1_000_000n)).toISOString().slice(11, 23);
  const nat = t.nats.filter((n) => !n.inferred).map((n) => n.kind).join(',') || '-';
  const row = [time, t.id, pad(t.verdict, 10), pad(t.direction, 7), pad(`${t.from ?? t.first.src} → ${t.to ?? t.first.dst}`, 70), pad(t.nodes.join(','), 30), `${t.hops.length} hops`, nat].join('  ');
  return t.sampledOneIn ? `${row}  sampled 1/${t.sampledOneIn}` : row;
}

export function renderTraceTable(traces: Trace[]): string {
  const header = ['time', 'id', 'verdict', 'dir', 'from → to', 'nodes', 'hops', 'nat'];
  return [header.join('  '), ...traces.map(renderTraceRow)].join('\n');
}

export function renderFlowRow(f: Flow): string {
  return [f.id, formatTuple(f.original), f.service ?? '-', f.endpointPod ?? '-', `${f.traceIds.length} traces`].join('  ');
}
