/**
 * Expectations about where a packet went: delivered or dropped, the places on its path, the
 * source address its destination saw, and the routing tables that sent it.
 *
 * Only complete traces are judged: an incomplete trace lacks hops, so what it does not show
 * proves nothing.
 */
import type { Hop, Trace } from '../collector/trace-model.js';
import type { ClaimExpect, PlaceMatch, TableId } from './schema.js';
import { fail, inconclusive, pass, type Check } from './result.js';
import { CAUSE_LABEL, everyTrace, isDnat, nodeIps, tableNumber, tableText, type TrafficContext } from './trace-checks.js';

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
