/**
 * The lab as a topology source: the lab's declarative topology (lab/topology.ts `LabTopology`)
 * plus, when the lab is up, its state (which netns inode is which node or pod).
 *
 * Typed structurally against the fields used here, so this adapter stays valid while the lab's
 * own schema grows.
 */
import type { EndpointInfo, ExternalInfo, NetnsInfo, NodeInfo, PodInfo, ServiceInfo, TopologyData } from './model.js';
import { podKey, k8sProtocolNumber, TABLE_MAIN } from './model.js';

export interface LabTopologyLike {
  vpc: { cidr: string; subnets: Array<{ cidr: string; gateway: string }> };
  nodes: Array<{ name: string; enis: Array<{ ip: string; subnet: string; table: 'main' | number }> }>;
  pods: Array<{ namespace: string; name: string; node: string; eni: string; ip: string; labels: Record<string, string> }>;
  services: Array<{
    namespace: string;
    name: string;
    type: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
    clusterIP: string;
    selector?: Record<string, string>;
    ports: Array<{ name: string; protocol: 'TCP' | 'UDP'; port: number; targetPort: number; nodePort?: number }>;
    externalTrafficPolicy: 'Cluster' | 'Local';
  }>;
  natGateway: { privateIp: string; publicIp: string };
  internet: { ip: string };
  loadBalancers: {
    nlb?: { privateIp: string; publicIp: string; port: number; service: string; targetType?: 'instance' | 'ip' };
    alb?: { privateIp: string; publicIp: string; port: number; service: string };
  };
}

export interface LabStateLike {
  netns: Array<{ name: string; role: string; node?: string; pod?: string; inode: string | number }>;
}

export function eniDeviceName(index: number): string {
  return `ens${5 + index}`;
}

export function fromLabTopology(t: LabTopologyLike, state?: LabStateLike): TopologyData {
  const nodes: NodeInfo[] = t.nodes.map((n) => ({
    name: n.name,
    ip: n.enis[0]?.ip ?? '',
    enis: n.enis.map((e, i) => ({
      node: n.name,
      ifname: eniDeviceName(i),
      ip: e.ip,
      table: e.table === 'main' ? TABLE_MAIN : e.table,
      primary: i === 0,
      subnet: e.subnet,
    })),
  }));
  const pods: PodInfo[] = t.pods.map((p) => ({
    namespace: p.namespace,
    name: p.name,
    ip: p.ip,
    node: p.node,
    labels: p.labels,
    eni: p.eni,
  }));
  const lbIps = new Map<string, string[]>();
  const externals: ExternalInfo[] = [
    { ip: t.natGateway.privateIp, publicIp: t.natGateway.publicIp, kind: 'nat-gateway', name: 'NAT gateway' },
    { ip: t.internet.ip, kind: 'internet', name: 'internet host' },
    ...t.vpc.subnets.map((s): ExternalInfo => ({ ip: s.gateway, kind: 'vpc-router', name: `VPC router (${s.cidr})` })),
  ];
  for (const [kind, lb] of Object.entries(t.loadBalancers)) {
    if (!lb) continue;
    // An ALB always proxies to its IP targets from its own address.
    const targetType = kind === 'nlb' && (lb as { targetType?: string }).targetType === 'instance' ? 'instance' : 'ip';
    externals.push({ ip: lb.privateIp, publicIp: lb.publicIp, kind: 'load-balancer', name: `${kind.toUpperCase()} ${lb.service}`, service: lb.service, port: lb.port, targetType });
    lbIps.set(lb.service, [...(lbIps.get(lb.service) ?? []), lb.publicIp]);
  }
  const services: ServiceInfo[] = t.services.map((s) => {
    const selected = s.selector ? t.pods.filter((p) => matches(p.labels, s.selector!)) : [];
    const endpoints: EndpointInfo[] = selected.map((p) => ({
      ip: p.ip,
      pod: podKey(p),
      node: p.node,
      ready: true,
      ports: s.ports.map((sp) => ({ name: sp.name, port: sp.targetPort, protocol: k8sProtocolNumber(sp.protocol) })),
    }));
    return {
      namespace: s.namespace,
      name: s.name,
      type: s.type,
      clusterIP: s.clusterIP,
      ports: s.ports.map((p) => ({
        name: p.name,
        protocol: k8sProtocolNumber(p.protocol),
        port: p.port,
        targetPort: p.targetPort,
        ...(p.nodePort !== undefined ? { nodePort: p.nodePort } : {}),
      })),
      endpoints,
      loadBalancerIPs: lbIps.get(podKey(s)) ?? [],
      externalTrafficPolicy: s.externalTrafficPolicy,
    };
  });
  const netns: NetnsInfo[] = [];
  for (const n of state?.netns ?? []) {
    const inode = String(n.inode);
    if (n.pod && n.node) netns.push({ node: n.node, inode, host: false, pod: n.pod, role: n.role });
    else if (n.node && /node|host/i.test(n.role)) netns.push({ node: n.node, inode, host: true, role: n.role });
    // Netns of no node (VPC router, NAT gateway, internet) carry no agent: the "VPC fabric".
    else netns.push({ node: n.node ?? n.role, inode, host: false, role: n.role });
  }
  return { nodes, pods, services, externals, netns, vpcCidrs: [t.vpc.cidr] };
}

function matches(labels: Record<string, string>, selector: Record<string, string>): boolean {
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}
