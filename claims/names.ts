/**
 * What the engine knows about names: pod → IP, service → VIP and ports, node → IPs. Traces carry
 * names of their own (hop places, NAT annotations); this table fills in what they do not say —
 * e.g. that a trace whose first destination is 172.20.122.189:80 is traffic to
 * svc/packetlab/echo-clusterip, or that 10.0.0.75 is node ip-10-0-0-75's primary IP.
 */
import type { LabTopology } from '../lab/topology.js';
import type { ClusterState } from './state.js';
import { podAddress } from './state.js';

export interface NameTable {
  pods: Record<string, { ip: string; node?: string }>;
  services: Record<string, { clusterIP?: string; ports: { port: number; targetPort?: number; nodePort?: number; protocol: string }[] }>;
  nodes: Record<string, { ips: string[]; primaryIp?: string }>;
}

export function emptyNames(): NameTable {
  return { pods: {}, services: {}, nodes: {} };
}

/** Names from a lab topology file (lab/topologies/*.yaml). */
export function namesFromLabTopology(topology: LabTopology): NameTable {
  const names = emptyNames();
  for (const pod of topology.pods) names.pods[`${pod.namespace}/${pod.name}`] = { ip: pod.ip, node: pod.node };
  for (const svc of topology.services) {
    names.services[`${svc.namespace}/${svc.name}`] = {
      clusterIP: svc.clusterIP,
      ports: svc.ports.map((p) => ({
        port: p.port,
        targetPort: typeof p.targetPort === 'number' ? p.targetPort : undefined,
        nodePort: p.nodePort,
        protocol: (p.protocol ?? 'TCP').toLowerCase(),
      })),
    };
  }
  for (const node of topology.nodes) {
    const primary = node.enis.find((e) => e.table === 'main') ?? node.enis[0];
    names.nodes[node.name] = { ips: node.enis.map((e) => e.ip), primaryIp: primary?.ip };
  }
  return names;
}

/** Names learnt from state read for the claims (ENI addresses, pod addresses). */
export function namesFromState(state: ClusterState): NameTable {
  const names = emptyNames();
  for (const node of Object.values(state.nodes)) {
    names.nodes[node.name] = { ips: node.enis.map((e) => e.address), primaryIp: node.enis.find((e) => e.table === 'main')?.address };
  }
  for (const pod of Object.values(state.pods)) {
    const ip = podAddress(pod.netns);
    if (ip) names.pods[pod.pod] = { ip, node: pod.node };
  }
  return names;
}

/** Later tables fill gaps in earlier ones; the first one that knows a name wins. */
export function mergeNames(...tables: (NameTable | undefined)[]): NameTable {
  const out = emptyNames();
  for (const t of tables) {
    if (!t) continue;
    for (const [k, v] of Object.entries(t.pods)) out.pods[k] ??= v;
    for (const [k, v] of Object.entries(t.services)) out.services[k] ??= v;
    for (const [k, v] of Object.entries(t.nodes)) {
      const have = out.nodes[k];
      if (!have) out.nodes[k] = { ips: [...v.ips], primaryIp: v.primaryIp };
      else {
        have.ips = [...new Set([...have.ips, ...v.ips])];
        have.primaryIp ??= v.primaryIp;
      }
    }
  }
  return out;
}

export function nodeOfIp(names: NameTable, ip: string): string | undefined {
  return Object.entries(names.nodes).find(([, n]) => n.ips.includes(ip))?.[0];
}

export function podOfIp(names: NameTable, ip: string): string | undefined {
  return Object.entries(names.pods).find(([, p]) => p.ip === ip)?.[0];
}
