/**
 * What a drop means where it happened, in Kubernetes terms: the kernel gives only a reason code
 * (NO_SOCKET, NETFILTER_DROP); the place and the topology say whose socket was missing, whose
 * rules dropped it and which service a kube-proxy rule was written for.
 */
import type { PacketFields } from '../../common/event.js';
import type { Place } from '../trace-model.js';
import type { TopologyModel } from '../topology/model.js';
import { podKey } from '../topology/model.js';
import { protocolName } from '../../common/ip-protocol.js';
import { endpoint } from '../../common/trace-text.js';

export function explainDrop(topo: TopologyModel, node: string, reason: string, place: Place | undefined, p: PacketFields): string | undefined {
  if (!place) return undefined;
  const proto = protocolName(p.protocol).toUpperCase();
  const dst = endpoint(p.dst, p.dport, p.protocol);
  if (place.kind === 'pod-eth') {
    const pod = place.pod ? `pod ${place.pod}` : 'the pod';
    if (reason === 'NO_SOCKET') {
      const answer = p.protocol === 17 ? ': the kernel answers ICMP port unreachable' : p.protocol === 6 ? ': the kernel answers with a TCP RST (connection refused)' : '';
      return `no socket on ${proto} ${dst} in ${pod}${answer}`;
    }
    if (reason === 'NETFILTER_DROP') return `dropped by the iptables rules of ${pod} itself`;
    return undefined;
  }
  if (reason !== 'NETFILTER_DROP') return undefined;
  // kube-proxy's filter-table rules: a portal without endpoints is REJECTed, a NodePort with
  // externalTrafficPolicy Local on a node without a local endpoint is DROPped.
  const vip = topo.serviceByVip(p.dst, p.dport, p.protocol);
  if (vip && readyEndpoints(vip.service).length === 0) {
    return `REJECTed by kube-proxy on ${node}: service ${podKey(vip.service)} has no endpoints (the client is answered ICMP port unreachable)`;
  }
  const owner = topo.owner(p.dst);
  if (owner.kind === 'node' && owner.node.name === node) {
    const np = topo.serviceByNodePort(p.dport, p.protocol);
    if (np) {
      const eps = readyEndpoints(np.service);
      if (eps.length === 0) return `REJECTed by kube-proxy on ${node}: service ${podKey(np.service)} (NodePort ${p.dport}) has no endpoints (the client is answered ICMP port unreachable)`;
      if (np.service.externalTrafficPolicy === 'Local' && !eps.some((e) => e.node === node)) {
        return `dropped by kube-proxy on ${node}: service ${podKey(np.service)} (NodePort ${p.dport}) has externalTrafficPolicy Local and no endpoint on this node`;
      }
    }
  }
  return undefined;
}

function readyEndpoints(s: { endpoints: Array<{ ready: boolean; node?: string }> }): Array<{ ready: boolean; node?: string }> {
  return s.endpoints.filter((e) => e.ready);
}
