/**
 * Naming a NAT rewrite: which kind (from the direction of the packet relative to its conntrack
 * entry and from what changed) and why (from the topology: the service whose VIP or NodePort
 * was the destination, the node address a masquerade chose, the VPC CNI's egress SNAT).
 */
import type { ConntrackInfo, Tuple } from '../../common/event.js';
import type { FlowDirection, NatRewrite } from '../trace-model.js';
import type { ServiceInfo, ServicePortInfo, TopologyModel } from '../topology/model.js';
import { podKey } from '../topology/model.js';
import { sameTuple } from './packet-keys.js';
import { endpoint, formatTuple } from '../../common/trace-text.js';

/** Which way a packet goes relative to its conntrack entry, judged on a post-NAT (transmit) tuple. */
export function directionFromCt(pkt: Tuple, ct: ConntrackInfo): FlowDirection | undefined {
  if (sameTuple(pkt, ct.original) || sameInverted(pkt, ct.reply)) return 'request';
  if (sameInverted(pkt, ct.original) || sameTuple(pkt, ct.reply)) return 'reply';
  // ctinfo 3 (ESTABLISHED_REPLY) and 4 (RELATED_REPLY) mark the reply direction.
  if (ct.ctinfo === 3 || ct.ctinfo === 4) return 'reply';
  if (ct.ctinfo <= 2) return 'request';
  return undefined;
}

/** pkt equals the inverse of t, without building it (a per-segment hot path). */
function sameInverted(pkt: Tuple, t: Tuple): boolean {
  return pkt.src === t.dst && pkt.dst === t.src && pkt.sport === t.dport && pkt.dport === t.sport && pkt.protocol === t.protocol;
}

type Classified = Omit<NatRewrite, 'node' | 'afterHop'>;

export function classifyNat(topo: TopologyModel, before: Tuple, after: Tuple, direction: FlowDirection, ct?: ConntrackInfo): Classified[] {
  const dstChanged = before.dst !== after.dst || before.dport !== after.dport;
  const srcChanged = before.src !== after.src || before.sport !== after.sport;
  const conntrack = ct ? { conntrack: { status: ct.status, original: ct.original, reply: ct.reply } } : {};
  if (direction === 'reply') {
    // Both at once (a NodePort reply: un-SNAT of the destination, un-DNAT of the source): two
    // rewrites, each showing only its own part, in the kernel's order — the destination is
    // restored in PREROUTING, the source in POSTROUTING — so the tuple between them is one the
    // packet really had.
    const out: Classified[] = [];
    const mid: Tuple = { ...before, dst: after.dst, dport: after.dport };
    if (dstChanged) out.push({ ...unSnat(topo, before, srcChanged ? mid : after), ...conntrack });
    if (srcChanged) out.push({ ...unDnat(topo, dstChanged ? mid : before, after), ...conntrack });
    return out;
  }
  if (!dstChanged && !srcChanged) return [];
  const kind: NatRewrite['kind'] = dstChanged && srcChanged ? 'DNAT+SNAT' : dstChanged ? 'DNAT' : 'SNAT';
  const confirm = ctConfirms(ct, dstChanged, srcChanged);
  const named = dstChanged ? explainDnat(topo, before, after, srcChanged) : explainSnat(topo, before, after);
  return [{ kind, before, after, ...conntrack, ...named, reason: named.reason + confirm }];
}

function ctConfirms(ct: ConntrackInfo | undefined, dst: boolean, src: boolean): string {
  if (!ct) return '';
  const ctDnat = ct.original.dst !== ct.reply.src || ct.original.dport !== ct.reply.sport;
  const ctSnat = ct.original.src !== ct.reply.dst || ct.original.sport !== ct.reply.dport;
  if ((dst && !ctDnat) || (src && !ctSnat)) return ' (conntrack does not confirm this rewrite)';
  return '';
}

function endpointName(topo: TopologyModel, ip: string, port: number, protocol: number): { endpointPod?: string; text: string } {
  const o = topo.owner(ip);
  if (o.kind === 'pod') return { endpointPod: podKey(o.pod), text: `endpoint ${podKey(o.pod)}` };
  return { text: `endpoint ${endpoint(ip, port, protocol)}` };
}

function serviceFor(topo: TopologyModel, t: Tuple, useDst: boolean): { hit?: { service: ServiceInfo; port: ServicePortInfo }; via?: 'clusterip' | 'nodeport' | 'load-balancer' } {
  const ip = useDst ? t.dst : t.src;
  const port = useDst ? t.dport : t.sport;
  const vip = topo.serviceByVip(ip, port, t.protocol);
  if (vip) return { hit: vip, via: 'clusterip' };
  const lb = topo.serviceByLoadBalancer(ip, port, t.protocol);
  if (lb) return { hit: lb, via: 'load-balancer' };
  const owner = topo.owner(ip);
  if (owner.kind === 'node' || owner.kind === 'loopback' || owner.kind === 'unknown') {
    const np = topo.serviceByNodePort(port, t.protocol);
    if (np) return { hit: np, via: 'nodeport' };
  }
  return {};
}

function explainDnat(topo: TopologyModel, before: Tuple, after: Tuple, srcChanged: boolean): Pick<Classified, 'reason' | 'cause' | 'service' | 'endpointPod'> {
  const { hit, via } = serviceFor(topo, before, true);
  const ep = endpointName(topo, after.dst, after.dport, after.protocol);
  const epField = ep.endpointPod ? { endpointPod: ep.endpointPod } : {};
  if (!hit || !via) {
    return { cause: 'unknown', reason: `${srcChanged ? 'DNAT+SNAT' : 'DNAT'} ${formatTuple(before)} → ${formatTuple(after)} (no service in the topology explains it)`, ...epField };
  }
  const svc = podKey(hit.service);
  const masq = srcChanged ? `, masquerade to ${describeMasq(topo, after.src)}` : '';
  if (via === 'nodeport') {
    return {
      cause: srcChanged ? 'nodeport-masquerade' : 'nodeport',
      reason: `NodePort ${before.dport} DNAT of service ${svc} to ${ep.text}${masq}`,
      service: svc,
      ...epField,
    };
  }
  if (via === 'load-balancer') {
    return { cause: 'load-balancer', reason: `LoadBalancer ${before.dst} DNAT of service ${svc} to ${ep.text}${masq}`, service: svc, ...epField };
  }
  if (srcChanged && before.src === after.dst) {
    return { cause: 'hairpin-masquerade', reason: `ClusterIP DNAT of service ${svc} to ${ep.text} (the client itself), hairpin masquerade to ${after.src}`, service: svc, ...epField };
  }
  return { cause: 'clusterip', reason: `ClusterIP DNAT of service ${svc} to ${ep.text}${masq}`, service: svc, ...epField };
}

function describeMasq(topo: TopologyModel, ip: string): string {
  const o = topo.owner(ip);
  return o.kind === 'node' ? `node IP ${ip} (${o.node.name})` : ip;
}

function explainSnat(topo: TopologyModel, before: Tuple, after: Tuple): Pick<Classified, 'reason' | 'cause'> {
  const to = topo.owner(after.src);
  const from = topo.describeIp(before.src);
  const dstOwner = topo.owner(after.dst).kind;
  if (to.kind === 'node' && !topo.inVpc(after.dst) && (dstOwner === 'external' || dstOwner === 'unknown')) {
    return { cause: 'vpc-cni-egress-snat', reason: `VPC CNI egress SNAT of ${from} to node primary IP ${after.src} (${to.node.name}): destination outside the VPC` };
  }
  if (to.kind === 'node') return { cause: 'unknown', reason: `SNAT of ${from} to node IP ${after.src} (${to.node.name})` };
  const nat = topo.natGateway();
  if (nat && (after.src === nat.publicIp || after.src === nat.ip)) {
    return { cause: 'nat-gateway', reason: `NAT gateway SNAT of ${from} to ${after.src}` };
  }
  return { cause: 'unknown', reason: `SNAT ${formatTuple(before)} → ${formatTuple(after)} (no rule in the topology explains it)` };
}

function unDnat(topo: TopologyModel, before: Tuple, after: Tuple): Classified {
  const { hit, via } = serviceFor(topo, after, false);
  const ep = endpointName(topo, before.src, before.sport, before.protocol);
  const what = hit
    ? `${via === 'nodeport' ? `NodePort ${after.sport}` : via === 'load-balancer' ? 'LoadBalancer' : 'ClusterIP'} of service ${podKey(hit.service)}`
    : 'the original destination';
  return {
    kind: 'UNDNAT',
    before,
    after,
    cause: 'reply',
    reason: `reply un-DNAT: ${ep.text} ${endpoint(before.src, before.sport, before.protocol)} → ${what} ${endpoint(after.src, after.sport, after.protocol)}`,
    ...(hit ? { service: podKey(hit.service) } : {}),
    ...(ep.endpointPod ? { endpointPod: ep.endpointPod } : {}),
  };
}

function unSnat(topo: TopologyModel, before: Tuple, after: Tuple): Classified {
  return {
    kind: 'UNSNAT',
    before,
    after,
    cause: 'reply',
    reason: `reply un-SNAT: ${topo.describeIp(before.dst)} ${endpoint(before.dst, before.dport, before.protocol)} → ${topo.describeIp(after.dst)} ${endpoint(after.dst, after.dport, after.protocol)}`,
  };
}
