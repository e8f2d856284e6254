/**
 * Expectations about address rewrites: which NAT a request went through (none, DNAT to an
 * endpoint of a service, SNAT to the receiving node's or its own node's primary IP, SNAT to an
 * address), and whether conntrack maps the rewrite both ways.
 */
import type { Trace } from '../collector/trace-model.js';
import type { NatExpect } from './schema.js';
import { podOfIp, type NameTable } from './names.js';
import type { Check } from './result.js';
import { causeOf, describeNat, endpointIps, everyTrace, fmtTuple, isDnat, isSnat, nodeIps, nodePrimaryIp, receivingNode, type TrafficContext } from './trace-checks.js';

function checkOneNat(t: Trace, want: NatExpect, names: NameTable): { ok: boolean | 'unknown'; evidence: string } {
  const forward = t.nats.filter((n) => n.kind !== 'UNDNAT' && n.kind !== 'UNSNAT');
  // What the cluster did: a load balancer's rewrite, inferred from the topology, is outside it.
  const observed = forward.filter((n) => !(n.inferred && n.cause === 'load-balancer'));
  if (want === 'none') {
    return observed.length === 0 ? { ok: true, evidence: 'no NAT rewrite' } : { ok: false, evidence: `rewritten: ${describeNat(observed[0]!)}` };
  }
  if (want === 'no-snat' || want === 'no-dnat') {
    const bad = observed.find(want === 'no-snat' ? isSnat : isDnat);
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
