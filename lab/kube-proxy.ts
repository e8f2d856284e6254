/**
 * The nat-table rules kube-proxy (iptables mode, pkg/proxy/iptables/proxier.go) writes on a node,
 * for the lab's services: same chain names (KUBE-SVC-/KUBE-SEP-/KUBE-EXT-/KUBE-SVL- + the first
 * 16 chars of base32(sha256(...)) of the same inputs), same rule shapes, same order. The hashes
 * reproduce the real cluster's: kube-system/kube-dns:dns udp is KUBE-SVC-TCOU7JCQXEZGVUNU.
 */
import { createHash } from 'node:crypto';
import type { LabTopology, PodSpec, ServicePortSpec, ServiceSpec } from './topology.js';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 (Go's base32.StdEncoding), enough of it for a hash prefix. */
function base32(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

function hash16(input: string): string {
  return base32(createHash('sha256').update(input).digest()).slice(0, 16);
}

/** ServicePortName.String(): "ns/name" plus ":port" when the port is named. */
export function servicePortName(svc: Pick<ServiceSpec, 'namespace' | 'name'>, port: Pick<ServicePortSpec, 'name'>): string {
  return `${svc.namespace}/${svc.name}${port.name ? `:${port.name}` : ''}`;
}

export function serviceChain(spn: string, protocol: string): string {
  return `KUBE-SVC-${hash16(spn + protocol.toLowerCase())}`;
}
export function externalChain(spn: string, protocol: string): string {
  return `KUBE-EXT-${hash16(spn + protocol.toLowerCase())}`;
}
export function localChain(spn: string, protocol: string): string {
  return `KUBE-SVL-${hash16(spn + protocol.toLowerCase())}`;
}
export function endpointChain(spn: string, protocol: string, endpoint: string): string {
  return `KUBE-SEP-${hash16(spn + protocol.toLowerCase() + endpoint)}`;
}

/** Pods selected by a service, ordered by endpoint string as kube-proxy sorts them. */
export function serviceEndpoints(t: LabTopology, svc: ServiceSpec): PodSpec[] {
  const selector = svc.selector;
  if (!selector || Object.keys(selector).length === 0) return [];
  return t.pods
    .filter((p) => Object.entries(selector).every(([k, v]) => p.labels[k] === v))
    .sort((a, b) => a.ip.localeCompare(b.ip, 'en', { numeric: true }));
}

/** kube-proxy's "%0.10f" of 1/(n-i). */
function probability(p: number): string {
  return p.toFixed(10);
}

interface Tables {
  chains: string[];
  rules: string[];
  filterChains: string[];
  filterRules: string[];
}

/** The nat (and the few filter) rules of kube-proxy on node `nodeName`. */
export function kubeProxyRules(t: LabTopology, nodeName: string): Tables {
  const chains = ['KUBE-SERVICES', 'KUBE-POSTROUTING', 'KUBE-MARK-MASQ', 'KUBE-NODEPORTS'];
  const rules: string[] = [
    '-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
    '-A OUTPUT -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
    '-A POSTROUTING -m comment --comment "kubernetes postrouting rules" -j KUBE-POSTROUTING',
    '-A KUBE-MARK-MASQ -j MARK --or-mark 0x4000',
    '-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN',
    '-A KUBE-POSTROUTING -j MARK --xor-mark 0x4000',
    '-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully',
  ];
  const filterChains = ['KUBE-SERVICES', 'KUBE-EXTERNAL-SERVICES'];
  // As proxier.go writes them: new connections to a service portal meet KUBE-SERVICES in the
  // filter table, where a service without endpoints is REJECTed ("has no endpoints").
  const filterRules: string[] = [
    '-A INPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes externally-visible service portals" -j KUBE-EXTERNAL-SERVICES',
    '-A FORWARD -m conntrack --ctstate NEW -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
    '-A FORWARD -m conntrack --ctstate NEW -m comment --comment "kubernetes externally-visible service portals" -j KUBE-EXTERNAL-SERVICES',
    '-A OUTPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
  ];
  const serviceRules: string[] = [];
  const nodePortRules: string[] = [];
  const perServiceRules: string[] = [];
  const never = t.faults.endpointNeverChosen;

  for (const svc of t.services) {
    const endpoints = serviceEndpoints(t, svc);
    if (endpoints.length === 0) {
      // No nat chains for a service without endpoints: its portals are REJECTed in the filter
      // table instead (the client sees "connection refused" / ICMP port unreachable).
      for (const port of svc.ports) {
        const spn = servicePortName(svc, port);
        const proto = port.protocol.toLowerCase();
        filterRules.push(
          `-A KUBE-SERVICES -d ${svc.clusterIP}/32 -p ${proto} -m comment --comment "${spn} has no endpoints" -m ${proto} --dport ${port.port} -j REJECT --reject-with icmp-port-unreachable`,
        );
        if (port.nodePort !== undefined) {
          filterRules.push(
            `-A KUBE-EXTERNAL-SERVICES -p ${proto} -m comment --comment "${spn} has no endpoints" -m addrtype --dst-type LOCAL -m ${proto} --dport ${port.nodePort} -j REJECT --reject-with icmp-port-unreachable`,
          );
        }
      }
      continue;
    }
    for (const port of svc.ports) {
      const spn = servicePortName(svc, port);
      const proto = port.protocol.toLowerCase();
      const svcChain = serviceChain(spn, proto);
      chains.push(svcChain);
      serviceRules.push(
        `-A KUBE-SERVICES -d ${svc.clusterIP}/32 -p ${proto} -m comment --comment "${spn} cluster IP" -m ${proto} --dport ${port.port} -j ${svcChain}`,
      );
      const sep = (p: PodSpec): string => endpointChain(spn, proto, `${p.ip}:${port.targetPort}`);
      const jumps = (chain: string, eps: PodSpec[]): void => {
        // The fault: the excluded endpoint keeps its chain and its jump, with probability 0.
        const excluded = eps.filter((p) => `${p.namespace}/${p.name}` === never);
        const chosen = eps.filter((p) => `${p.namespace}/${p.name}` !== never);
        for (const p of excluded) {
          perServiceRules.push(
            `-A ${chain} -m comment --comment "${spn} -> ${p.ip}:${port.targetPort}" -m statistic --mode random --probability ${probability(0)} -j ${sep(p)}`,
          );
        }
        chosen.forEach((p, i) => {
          const stat = i < chosen.length - 1 ? ` -m statistic --mode random --probability ${probability(1 / (chosen.length - i))}` : '';
          perServiceRules.push(`-A ${chain} -m comment --comment "${spn} -> ${p.ip}:${port.targetPort}"${stat} -j ${sep(p)}`);
        });
      };
      jumps(svcChain, endpoints);
      for (const p of endpoints) {
        const chain = sep(p);
        chains.push(chain);
        perServiceRules.push(`-A ${chain} -s ${p.ip}/32 -m comment --comment "${spn}" -j KUBE-MARK-MASQ`);
        perServiceRules.push(`-A ${chain} -p ${proto} -m comment --comment "${spn}" -m ${proto} -j DNAT --to-destination ${p.ip}:${port.targetPort}`);
      }
      if (port.nodePort === undefined) continue;
      const extChain = externalChain(spn, proto);
      chains.push(extChain);
      nodePortRules.push(`-A KUBE-NODEPORTS -p ${proto} -m comment --comment "${spn}" -m ${proto} --dport ${port.nodePort} -j ${extChain}`);
      if (svc.externalTrafficPolicy === 'Cluster') {
        if (t.faults.nodePortMasquerade) {
          perServiceRules.push(`-A ${extChain} -m comment --comment "masquerade traffic for ${spn} external destinations" -j KUBE-MARK-MASQ`);
        }
        perServiceRules.push(`-A ${extChain} -j ${svcChain}`);
        continue;
      }
      // externalTrafficPolicy Local: the node's own traffic may go anywhere (masqueraded), external
      // clients only to endpoints on this node, with their source address kept.
      const svlChain = localChain(spn, proto);
      chains.push(svlChain);
      perServiceRules.push(
        `-A ${extChain} -m comment --comment "masquerade LOCAL traffic for ${spn} external destinations" -m addrtype --src-type LOCAL -j KUBE-MARK-MASQ`,
        `-A ${extChain} -m comment --comment "route LOCAL traffic for ${spn} external destinations" -m addrtype --src-type LOCAL -j ${svcChain}`,
        `-A ${extChain} -j ${svlChain}`,
      );
      const local = endpoints.filter((p) => p.node === nodeName);
      if (local.length === 0) {
        filterRules.push(
          `-A KUBE-EXTERNAL-SERVICES -p ${proto} -m comment --comment "${spn} has no local endpoints" -m addrtype --dst-type LOCAL -m ${proto} --dport ${port.nodePort} -j DROP`,
        );
      } else {
        jumps(svlChain, local);
      }
    }
  }
  rules.push(
    ...serviceRules,
    '-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS',
    ...nodePortRules,
    ...perServiceRules,
  );
  return { chains, rules, filterChains, filterRules };
}
