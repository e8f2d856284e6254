/**
 * Expectations over traces. Each takes the request traces a claim is about (and all traces, for
 * replies in the same flow) and returns one Check with the deciding evidence: the trace id, the
 * hop or rewrite that decided, the numbers.
 *
 * Only complete traces are judged for path, NAT, source and routing: an incomplete trace lacks
 * hops, so "no SNAT seen" in it would prove nothing.
 */
import type { Hop, NatRewrite, Trace } from '../collector/trace-model.js';
import type { Tuple } from '../common/event.js';
import type { ClaimExpect, LatencyExpect, NatExpect, PlaceMatch, SpreadExpect, TableId } from './format.js';
import type { NameTable } from './names.js';
import { podOfIp } from './names.js';
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

const fmtTuple = (t: Tuple): string => `${t.src}:${t.sport} → ${t.dst}:${t.dport}`;
const isDnat = (n: NatRewrite): boolean => n.kind === 'DNAT' || n.kind === 'DNAT+SNAT';
const isSnat = (n: NatRewrite): boolean => n.kind === 'SNAT' || n.kind === 'DNAT+SNAT';
const tableNumber = (t: TableId): number => (t === 'main' ? 254 : t);
const tableText = (t: number): string => (t === 254 ? 'main' : `table ${t}`);

export function judgeable(traces: Trace[]): Trace[] {
  return traces.filter((t) => t.verdict !== 'incomplete');
}

/** Runs `check` on every complete trace: the first failure decides, else all passed. */
function everyTrace(name: string, traces: Trace[], check: (t: Trace) => { ok: boolean | 'unknown'; evidence: string }): Check {
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

// ---------- delivered ----------

export function checkDelivered(ctx: TrafficContext): Check {
  const dropped = ctx.matched.find((t) => t.verdict === 'dropped');
  if (dropped) {
    const d = dropped.drops[0];
    return fail('delivered', `trace ${dropped.id} dropped${d ? ` on ${d.node}${d.place ? ` at ${d.place.label}` : ''}: ${d.reason}` : ''}`, [dropped.id]);
  }
  const delivered = ctx.matched.filter((t) => t.verdict === 'delivered');
  if (delivered.length === 0) return inconclusive('delivered', `all ${ctx.matched.length} matching traces are incomplete`);
  return pass('delivered', `${delivered.length} of ${ctx.matched.length} traces delivered, none dropped`, delivered.map((t) => t.id));
}

// ---------- path ----------

function placeMatches(hop: Hop, m: PlaceMatch): boolean {
  const p = hop.place;
  if (m.kind !== undefined && p.kind !== m.kind) return false;
  if (m.node !== undefined && p.node !== m.node) return false;
  if (m.pod !== undefined && p.pod !== m.pod) return false;
  if (m.ifname !== undefined && p.ifname !== m.ifname) return false;
  if (m.direction !== undefined && hop.direction !== m.direction) return false;
  if (m.eniTable !== undefined && p.eni?.table !== m.eniTable) return false;
  return true;
}

function describeMatch(m: PlaceMatch): string {
  return Object.entries(m).map(([k, v]) => `${k}=${String(v)}`).join(' ');
}

export function pathSummary(t: Trace): string {
  const labels: string[] = [];
  for (const h of t.hops) if (labels[labels.length - 1] !== h.place.label) labels.push(h.place.label);
  return labels.join(' → ');
}

export function checkPath(ctx: TrafficContext, path: NonNullable<ClaimExpect['path']>): Check {
  return everyTrace('path', ctx.matched, (t) => {
    const found: string[] = [];
    for (const m of path.includes ?? []) {
      const hop = t.hops.find((h) => placeMatches(h, m));
      if (!hop) return { ok: false, evidence: `never passes ${describeMatch(m)}; path: ${pathSummary(t)}` };
      found.push(`${hop.place.label} (hop ${hop.seq})`);
    }
    for (const m of path.excludes ?? []) {
      const hop = t.hops.find((h) => placeMatches(h, m));
      if (hop) return { ok: false, evidence: `passes ${describeMatch(m)} at hop ${hop.seq} (${hop.place.label}), which it must not` };
    }
    const viaVpc = t.hops.find((h) => h.place.kind === 'router')?.place.label ?? t.gaps?.find((g) => g.kind === 'vpc-fabric')?.label;
    if (path.sameNode !== undefined) {
      const nodes = new Set(t.hops.filter((h) => h.place.kind !== 'router' && h.place.kind !== 'other').map((h) => h.place.node));
      const same = nodes.size <= 1 && viaVpc === undefined;
      if (same !== path.sameNode) {
        return { ok: false, evidence: path.sameNode ? `leaves the node: ${t.nodes.join(' → ')}${viaVpc ? ` via ${viaVpc}` : ''}` : `stays on ${t.nodes.join(', ')}` };
      }
      found.push(path.sameNode ? `stays on ${t.nodes[0] ?? '?'}` : `crosses ${t.nodes.join(' → ')}`);
    }
    if (path.crossesVpc !== undefined) {
      if ((viaVpc !== undefined) !== path.crossesVpc) {
        return { ok: false, evidence: path.crossesVpc ? `never crosses the VPC router; path: ${pathSummary(t)}` : `crosses the VPC (${viaVpc})` };
      }
      if (viaVpc !== undefined) found.push(`via ${viaVpc}`);
    }
    if (path.nodes !== undefined && t.nodes.join(' ') !== path.nodes.join(' ')) {
      return { ok: false, evidence: `nodes ${t.nodes.join(' → ')}, expected ${path.nodes.join(' → ')}` };
    }
    if (path.nodes !== undefined) found.push(`nodes ${t.nodes.join(' → ')}`);
    return { ok: true, evidence: found.join(', ') };
  });
}

// ---------- NAT ----------

const CAUSE_LABEL: Partial<Record<NatRewrite['cause'], string>> = {
  clusterip: 'ClusterIP DNAT',
  nodeport: 'NodePort DNAT',
  'nodeport-masquerade': 'NodePort masquerade',
  'hairpin-masquerade': 'hairpin masquerade',
  'vpc-cni-egress-snat': 'VPC CNI egress SNAT',
  'nat-gateway': 'NAT gateway',
  'load-balancer': 'load balancer',
};

/** A rewrite's cause in a few words for passing evidence; failures quote the full reason. */
function causeOf(n: NatRewrite): string {
  return `${n.inferred ? 'inferred, not observed: ' : ''}${CAUSE_LABEL[n.cause] ?? n.reason}`;
}

function describeNat(n: NatRewrite): string {
  return `${n.kind} on ${n.node}: ${fmtTuple(n.before)} ⇒ ${fmtTuple(n.after)} (${n.reason})`;
}

/** The node a NodePort packet arrived at: where it was DNATed, else where it was SNATed. */
function receivingNode(t: Trace, snat: NatRewrite): string {
  return t.nats.find(isDnat)?.node ?? snat.node;
}

/** Every IP known for a node: the name table, and ENI places the trace itself passed on it. */
function nodeIps(names: NameTable, t: Trace, node: string): string[] {
  const ips = new Set(names.nodes[node]?.ips ?? []);
  for (const h of t.hops) if (h.place.node === node && h.place.eni) ips.add(h.place.eni.ip);
  return [...ips];
}

function nodePrimaryIp(names: NameTable, t: Trace, node: string): string | undefined {
  return names.nodes[node]?.primaryIp ?? t.hops.find((h) => h.place.node === node && h.place.eni?.table === 'main')?.place.eni?.ip;
}

function endpointIps(names: NameTable, endpoints: string[]): Set<string> {
  return new Set(endpoints.map((e) => names.pods[e.replace(/^pod\//, '')]?.ip ?? e));
}

function checkOneNat(t: Trace, want: NatExpect, names: NameTable): { ok: boolean | 'unknown'; evidence: string } {
  const forward = t.nats.filter((n) => n.kind !== 'UNDNAT' && n.kind !== 'UNSNAT');
  if (want === 'none') {
    return forward.length === 0 ? { ok: true, evidence: 'no NAT rewrite' } : { ok: false, evidence: `rewritten: ${describeNat(forward[0]!)}` };
  }
  if (want === 'no-snat' || want === 'no-dnat') {
    const bad = forward.find(want === 'no-snat' ? isSnat : isDnat);
    return bad ? { ok: false, evidence: `rewritten: ${describeNat(bad)}` } : { ok: true, evidence: want === 'no-snat' ? 'no SNAT' : 'no DNAT' };
  }
  if (want === 'snat-to-receiving-node-ip' || want === 'snat-to-node-primary-ip') {
    // A node's SNAT: not the NAT gateway's or a load balancer's (those are no cluster node's IP).
    const snat = forward.find((n) => isSnat(n) && !n.inferred && n.cause !== 'nat-gateway' && n.cause !== 'load-balancer');
    if (!snat) {
      return { ok: false, evidence: `no SNAT by a node (${forward.length === 0 ? 'no NAT at all' : forward.map(describeNat).join('; ')})` };
    }
    if (want === 'snat-to-receiving-node-ip') {
      const node = receivingNode(t, snat);
      const ips = nodeIps(names, t, node);
      if (ips.length === 0) return { ok: 'unknown', evidence: `IPs of node ${node} unknown` };
      return ips.includes(snat.after.src)
        ? { ok: true, evidence: `SNAT to ${snat.after.src} = receiving node ${node} (${causeOf(snat)})` }
        : { ok: false, evidence: `SNAT to ${snat.after.src}, not an IP of receiving node ${node} (${ips.join(', ')})` };
    }
    const primary = nodePrimaryIp(names, t, snat.node);
    if (primary === undefined) return { ok: 'unknown', evidence: `primary IP of node ${snat.node} unknown` };
    return snat.after.src === primary
      ? { ok: true, evidence: `SNAT to ${primary} = primary IP of ${snat.node} (${causeOf(snat)})` }
      : { ok: false, evidence: `SNAT to ${snat.after.src}, not ${snat.node}'s primary IP ${primary}` };
  }
  if ('snat-to' in want) {
    const snat = forward.find((n) => isSnat(n) && n.after.src === want['snat-to']);
    return snat
      ? { ok: true, evidence: `SNAT to ${want['snat-to']} on ${snat.node} (${causeOf(snat)})` }
      : { ok: false, evidence: `no SNAT to ${want['snat-to']} (${forward.filter(isSnat).map(describeNat).join('; ') || 'no SNAT at all'})` };
  }
  const service = want['dnat-to-endpoint-of'];
  const vip = names.services[service]?.clusterIP;
  const dnat = forward.find((n) => isDnat(n) && (n.service === service || (n.service === undefined && vip !== undefined && n.before.dst === vip)));
  if (!dnat) {
    return { ok: false, evidence: `no DNAT for service ${service} (${forward.map(describeNat).join('; ') || 'no NAT at all'})` };
  }
  const endpoint = dnat.endpointPod ?? podOfIp(names, dnat.after.dst);
  if (want.endpoints !== undefined) {
    const allowed = endpointIps(names, want.endpoints);
    const ok = allowed.has(dnat.after.dst) || (dnat.endpointPod !== undefined && want.endpoints.includes(dnat.endpointPod));
    if (!ok) return { ok: false, evidence: `DNAT to ${dnat.after.dst}:${dnat.after.dport}, not one of ${want.endpoints.join(', ')}` };
  }
  return { ok: true, evidence: `DNAT ${dnat.before.dst}:${dnat.before.dport} → ${endpoint ?? 'endpoint'} ${dnat.after.dst}:${dnat.after.dport} on ${dnat.node}` };
}

export function checkNat(ctx: TrafficContext, wants: NatExpect[]): Check {
  return everyTrace('nat', ctx.matched, (t) => {
    const parts: string[] = [];
    let unknown: string | undefined;
    for (const want of wants) {
      const r = checkOneNat(t, want, ctx.names);
      if (r.ok === false) return r;
      if (r.ok === 'unknown') unknown = r.evidence;
      else parts.push(r.evidence);
    }
    return unknown !== undefined ? { ok: 'unknown', evidence: unknown } : { ok: true, evidence: parts.join(', ') };
  });
}

// ---------- the source address the destination saw ----------

/**
 * What the destination saw: the source at its pod eth0 receive hop; else, when the trace is
 * delivered, the last hop's source — rewritten by any NAT past it (the NAT gateway's SNAT is
 * inferred from the topology when the path leaves the cluster unobserved).
 */
export function seenByDestination(t: Trace): { src: string; where: string } | { unknown: string } {
  const podHops = t.hops.filter((h) => h.direction === 'receive' && h.place.kind === 'pod-eth');
  const atPod = podHops[podHops.length - 1];
  if (atPod && atPod.seq > 0) return { src: atPod.packet.src, where: atPod.place.label };
  const last = t.hops[t.hops.length - 1];
  if (!last || t.verdict !== 'delivered') return { unknown: 'destination hop not observed' };
  const endGap = t.gaps?.find((g) => g.afterHop >= last.seq);
  if (endGap && endGap.kind !== 'external') return { unknown: `destination not observed: ${endGap.label}` };
  const later = t.nats.filter((n) => n.afterHop >= last.seq && n.kind !== 'UNDNAT' && n.kind !== 'UNSNAT');
  const rewrite = later[later.length - 1];
  if (!endGap) return { src: last.packet.src, where: last.place.label };
  if (rewrite) {
    return { src: rewrite.after.src, where: `the destination past ${last.place.label} (after ${rewrite.inferred ? 'the inferred ' : ''}${CAUSE_LABEL[rewrite.cause] ?? rewrite.reason})` };
  }
  return { src: last.packet.src, where: `the destination past ${last.place.label} (${endGap.label})` };
}

export function checkSourceSeen(ctx: TrafficContext, want: string): Check {
  return everyTrace('sourceSeenByDestination', ctx.matched, (t) => {
    const dest = seenByDestination(t);
    if ('unknown' in dest) return { ok: 'unknown', evidence: dest.unknown };
    const seen = dest.src;
    const at = `${dest.where} saw source ${seen}`;
    let expected: string[];
    let what: string;
    if (want === 'pod-ip') {
      const ip = ctx.from.startsWith('pod/') ? (ctx.names.pods[ctx.from.slice(4)]?.ip ?? t.first.src) : t.first.src;
      expected = [ip];
      what = `the client pod's IP ${ip}`;
    } else if (want === 'node-ip') {
      expected = Object.values(ctx.names.nodes).flatMap((n) => n.ips);
      for (const h of t.hops) if (h.place.eni) expected.push(h.place.eni.ip);
      what = 'a node IP';
    } else if (want === 'receiving-node-ip') {
      const node = t.nats.find(isDnat)?.node;
      if (node === undefined) return { ok: false, evidence: `${at}; no DNAT, so no receiving node` };
      expected = nodeIps(ctx.names, t, node);
      what = `an IP of receiving node ${node} (${expected.join(', ')})`;
    } else {
      expected = [want];
      what = want;
    }
    if (expected.length === 0) return { ok: 'unknown', evidence: `${at}; ${what}: unknown` };
    return expected.includes(seen) ? { ok: true, evidence: at } : { ok: false, evidence: `${at}, expected ${what}` };
  });
}

// ---------- routing ----------

export function checkRoutingTable(ctx: TrafficContext, wants: { node?: string; table: TableId }[]): Check {
  return everyTrace('routingTable', ctx.matched, (t) => {
    const parts: string[] = [];
    for (const want of wants) {
      const n = tableNumber(want.table);
      const hit = t.routes.find((r) => r.table === n && (want.node === undefined || r.node === want.node));
      if (!hit) {
        const used = t.routes.map((r) => `${r.tableName} on ${r.node}`).join(', ') || 'no routing decision recorded';
        return { ok: false, evidence: `never routed by ${tableText(n)}${want.node ? ` on ${want.node}` : ''}; used: ${used}` };
      }
      parts.push(`${hit.tableName} on ${hit.node} → ${hit.gateway ? `via ${hit.gateway} ` : ''}dev ${hit.dev}`);
    }
    return { ok: true, evidence: parts.join(', ') };
  });
}

// ---------- latency ----------

function firstIcmp(t: Trace): { id: number; seq: number } | undefined {
  const p = t.hops[0]?.packet;
  return p && p.protocol === 1 ? { id: p.icmpId, seq: p.icmpSeq } : undefined;
}

/** Round trips: each request paired with its reply in the same flow (by ICMP id/seq, else by order). */
export function roundTripsNs(ctx: TrafficContext): { request: Trace; reply: Trace; ns: bigint }[] {
  const used = new Set<string>();
  const out: { request: Trace; reply: Trace; ns: bigint }[] = [];
  for (const req of judgeable(ctx.matched)) {
    const icmp = firstIcmp(req);
    const candidates = ctx.all
      .filter((r) => r.direction === 'reply' && r.flowId === req.flowId && !used.has(r.id) && BigInt(r.startNs) >= BigInt(req.startNs) && r.verdict !== 'incomplete')
      .filter((r) => {
        if (!icmp) return true;
        const ri = firstIcmp(r);
        return ri !== undefined && ri.id === icmp.id && ri.seq === icmp.seq;
      })
      .sort((a, b) => (BigInt(a.startNs) < BigInt(b.startNs) ? -1 : 1));
    const reply = candidates[0];
    if (!reply) continue;
    used.add(reply.id);
    out.push({ request: req, reply, ns: BigInt(reply.endNs) - BigInt(req.startNs) });
  }
  return out;
}

const ms = (ns: bigint | number): number => Number(ns) / 1e6;
const fmtMs = (v: number): string => `${v < 1 ? v.toFixed(3) : v.toFixed(2)} ms`;

export function checkLatency(ctx: TrafficContext, want: LatencyExpect): Check {
  let samples: number[];
  let ids: string[];
  if (want.measure === 'round-trip') {
    const trips = roundTripsNs(ctx);
    samples = trips.map((t) => ms(t.ns));
    ids = trips.flatMap((t) => [t.request.id, t.reply.id]);
  } else {
    const complete = ctx.matched.filter((t) => t.verdict === 'delivered');
    samples = complete.map((t) => ms(BigInt(t.endNs) - BigInt(t.startNs)));
    ids = complete.map((t) => t.id);
  }
  if (samples.length < want.minSamples) {
    return inconclusive('latency', `${samples.length} ${want.measure} samples, need ${want.minSamples}`, ids);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const p50 = sorted[Math.ceil(sorted.length / 2) - 1]!;
  const max = sorted[sorted.length - 1]!;
  const figures = `${want.measure} p50 ${fmtMs(p50)}, max ${fmtMs(max)} over ${samples.length} samples`;
  if (want.p50Ms !== undefined && p50 > want.p50Ms) return fail('latency', `${figures}: p50 above ${want.p50Ms} ms`, ids);
  if (want.maxMs !== undefined && max > want.maxMs) return fail('latency', `${figures}: max above ${want.maxMs} ms`, ids);
  const bounds = [want.p50Ms !== undefined ? `p50 ≤ ${want.p50Ms} ms` : '', want.maxMs !== undefined ? `max ≤ ${want.maxMs} ms` : ''].filter(Boolean).join(', ');
  return pass('latency', `${figures} (${bounds})`, ids);
}

// ---------- spread over endpoints ----------

export function checkSpread(ctx: TrafficContext, want: SpreadExpect): Check {
  // One connection = one flow; its endpoint is where its first DNAT sent it.
  const byFlow = new Map<string, { ip: string; pod?: string; trace: string }>();
  for (const t of judgeable(ctx.matched)) {
    if (byFlow.has(t.flowId)) continue;
    const dnat = t.nats.find(isDnat);
    if (dnat) byFlow.set(t.flowId, { ip: dnat.after.dst, pod: dnat.endpointPod ?? podOfIp(ctx.names, dnat.after.dst), trace: t.id });
  }
  const n = byFlow.size;
  const ids = [...byFlow.values()].map((v) => v.trace);
  if (n < want.minConnections) return inconclusive('spread', `${n} DNATed connections seen, need ${want.minConnections}`, ids);
  const counts = new Map<string, { count: number; label: string }>();
  const keyOf = (ip: string, pod?: string): string => (pod ? `${pod} (${ip})` : ip);
  if (want.endpoints) {
    for (const e of want.endpoints) {
      const pod = e.replace(/^pod\//, '');
      const ip = ctx.names.pods[pod]?.ip ?? e;
      counts.set(ip, { count: 0, label: keyOf(ip, ctx.names.pods[pod] ? pod : podOfIp(ctx.names, ip)) });
    }
  }
  const others = new Map<string, number>();
  for (const v of byFlow.values()) {
    const c = counts.get(v.ip);
    if (c) c.count++;
    else if (want.endpoints) others.set(keyOf(v.ip, v.pod), (others.get(keyOf(v.ip, v.pod)) ?? 0) + 1);
    else counts.set(v.ip, { count: 1, label: keyOf(v.ip, v.pod) });
  }
  const pct = (c: number): string => `${Math.round((100 * c) / n)}%`;
  const table = [...counts.values()].map((c) => `${c.label} ${c.count}/${n} (${pct(c.count)})`);
  if (others.size > 0) table.push(...[...others].map(([k, c]) => `unexpected ${k} ${c}/${n}`));
  const summary = table.join(', ');
  if (others.size > 0) return fail('spread', `connections went to endpoints not listed: ${summary}`, ids);
  if (want.count !== undefined && counts.size < want.count) {
    return fail('spread', `only ${counts.size} of ${want.count} endpoints chosen over ${n} connections: ${summary}`, ids);
  }
  const low = [...counts.values()].filter((c) => c.count / n < want.minShare);
  if (low.length > 0) {
    return fail('spread', `${low.map((c) => c.label).join(', ')} below ${Math.round(want.minShare * 100)}% share: ${summary}`, ids);
  }
  return pass('spread', `${summary} (each ≥ ${Math.round(want.minShare * 100)}%)`, ids);
}

// ---------- conntrack ----------

/**
 * "Conntrack tracks NAT": the DNAT's conntrack entry holds both directions (original client →
 * VIP, reply endpoint → client), and a reply in the same flow is rewritten back to the VIP.
 */
export function checkConntrack(ctx: TrafficContext): Check {
  return everyTrace('conntrack', ctx.matched, (t) => {
    const dnat = t.nats.find(isDnat);
    if (!dnat) return { ok: false, evidence: 'no DNAT in the request' };
    const ct = dnat.conntrack;
    if (!ct) return { ok: 'unknown', evidence: `DNAT on ${dnat.node} carries no conntrack tuples` };
    const consistent =
      ct.original.src === t.first.src && ct.original.dst === dnat.before.dst && ct.original.dport === dnat.before.dport &&
      ct.reply.src === dnat.after.dst && ct.reply.sport === dnat.after.dport;
    const entry = `original ${fmtTuple(ct.original)}, reply ${fmtTuple(ct.reply)}`;
    if (!consistent) return { ok: false, evidence: `conntrack entry does not map the DNAT ${fmtTuple(dnat.before)} ⇒ ${fmtTuple(dnat.after)}: ${entry}` };
    const reply = ctx.all.find((r) => r.flowId === t.flowId && r.direction === 'reply' && r.verdict !== 'incomplete');
    if (!reply) return { ok: 'unknown', evidence: `${entry}; no complete reply trace in flow ${t.flowId}` };
    const un = reply.nats.find((n) => n.kind === 'UNDNAT');
    if (!un) return { ok: false, evidence: `${entry}; reply ${reply.id} is never rewritten back to the VIP ${dnat.before.dst} (no UNDNAT)` };
    if (un.after.src !== dnat.before.dst) {
      return { ok: false, evidence: `${entry}; reply ${reply.id} is rewritten to ${un.after.src}, not the VIP ${dnat.before.dst}` };
    }
    return { ok: true, evidence: `${entry}; reply ${reply.id} rewritten ${un.before.src} → ${un.after.src}` };
  });
}
