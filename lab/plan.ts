/**
 * The lab as data: which netns exist, which `ip` commands build their links and configure them,
 * which sysctls and iptables rules each gets, and which servers run where. Pure (no I/O), so the
 * wiring can be read and tested apart from the kernel; lab.ts executes it.
 */
import { randomBytes } from 'node:crypto';
import { hostVethName, LINK, netnsName, POD_IFNAME, ROUTER_EDGE_IP, routerEniLink } from './naming.js';
import { natGatewayRules, nlbRules, nodeRules } from './netfilter.js';
import { serviceEndpoints } from './kube-proxy.js';
import type { NetnsRole } from './state.js';
import { eniDevice, type LabTopology, type NodeSpec, type PodSpec } from './topology.js';
import { prefixLength } from '../common/ipv4.js';

/** Jumbo frames, as on EC2 (the article's interfaces show mtu 9001). */
const MTU = 9001;
/** The VPC CNI's fake gateway for every pod. */
export const POD_GATEWAY = '169.254.1.1';
/** The VPC router's table for replies that must go back through the NLB. */
const NLB_RETURN_TABLE = 100;

export interface NetnsPlan {
  name: string;
  role: NetnsRole;
  node?: string;
  pod?: string;
  /** `ip -batch` lines that create veth pairs from this netns (phase 1; peers land in other netns). */
  links: string[];
  /** `ip -batch` lines that configure this netns once every link exists (phase 2). */
  config: string[];
  sysctls: Record<string, string>;
  /** iptables-restore input, or '' for none. */
  iptables: string;
  /** Pods get /etc/netns/NAME/resolv.conf, which `ip netns exec` bind-mounts over /etc/resolv.conf. */
  resolvConf?: string;
}

export type ServerKind = 'echo' | 'dns' | 'checkip' | 'alb' | 'healthz';

export interface ServerPlan {
  netns: string;
  kind: ServerKind;
  what: string;
  /** Arguments after the script path. */
  args: string[];
}

export interface LabPlan {
  netns: NetnsPlan[];
  servers: ServerPlan[];
  /** DNS records the coredns pods serve: fully qualified name -> address. */
  dnsRecords: Record<string, string>;
}

/** A random locally administered unicast MAC, like the kernel gives a veth. */
function randomMac(): string {
  const b = randomBytes(6);
  b[0] = (b[0]! & 0xfe) | 0x02;
  return [...b].map((x) => x.toString(16).padStart(2, '0')).join(':');
}

const ROUTED_SYSCTLS = {
  'net.ipv4.ip_forward': '1',
  // Loose reverse-path filtering, as on EKS nodes: with policy routing, replies legitimately
  // arrive on another ENI than the one the main table would pick.
  'net.ipv4.conf.all.rp_filter': '2',
  'net.ipv4.conf.default.rp_filter': '2',
};

/**
 * What the phases of a plan share: the lab and its topology, the VPC router (every phase adds
 * its routes and links to it) and the servers to start, in the order they are added.
 */
export interface PlanContext {
  lab: string;
  t: LabTopology;
  router: NetnsPlan;
  servers: ServerPlan[];
}

export function planLab(lab: string, t: LabTopology): LabPlan {
  const ctx: PlanContext = { lab, t, router: planRouter(lab), servers: [] };
  const nodePlans: NetnsPlan[] = [];
  const podPlans: NetnsPlan[] = [];
  t.nodes.forEach((node, ni) => {
    const { plan, pods } = planNode(ctx, node, ni);
    nodePlans.push(plan);
    podPlans.push(...pods);
  });
  const natgw = planNatGateway(ctx);
  const internet = planInternet(ctx);
  const extra: NetnsPlan[] = [];
  const nlb = t.loadBalancers.nlb;
  const alb = t.loadBalancers.alb;
  if (nlb) extra.push(planNlb(ctx, nlb, internet));
  if (alb) extra.push(planAlb(ctx, alb, internet));
  answerProxyArpAtOnce(ctx.router);
  return { netns: [...nodePlans, ...podPlans, ctx.router, natgw, internet, ...extra], servers: ctx.servers, dnsRecords: dnsRecordsOf(t) };
}

/** The VPC router: proxy ARP for every address it routes; the phases add its links and routes. */
export function planRouter(lab: string): NetnsPlan {
  return {
    name: netnsName.vpc(lab),
    role: 'vpc',
    links: [],
    config: ['link set lo up'],
    sysctls: { ...ROUTED_SYSCTLS, 'net.ipv4.conf.all.proxy_arp': '1', 'net.ipv4.conf.default.proxy_arp': '1' },
    iptables: '',
  };
}

/** A node: its ENIs (and their side of the router), policy rules, kube-proxy health checks, its pods. */
export function planNode(ctx: PlanContext, node: NodeSpec, ni: number): { plan: NetnsPlan; pods: NetnsPlan[] } {
  const { lab, t, servers } = ctx;
  const ns = netnsName.node(lab, node.name);
  const plan: NetnsPlan = {
    name: ns,
    role: 'node',
    node: node.name,
    links: [],
    config: ['link set lo up'],
    sysctls: {
      ...ROUTED_SYSCTLS,
      // kube-proxy: NodePort on 127.0.0.1 needs martian-looking loopback sources routed out.
      'net.ipv4.conf.all.route_localnet': '1',
      'net.ipv4.conf.all.proxy_arp': '0',
      'net.ipv4.conf.default.proxy_arp': '0',
    },
    iptables: nodeRules(t, node),
  };
  planEnis(ctx, node, ni, plan);
  plan.config.push('rule add pref 1024 fwmark 0x80/0x80 lookup main');
  const healthChecks = t.services
    .filter((s) => s.healthCheckNodePort !== undefined)
    .map((s) => `${s.healthCheckNodePort}=${s.namespace}/${s.name}=${serviceEndpoints(t, s).filter((p) => p.node === node.name).length}`);
  if (healthChecks.length > 0) {
    servers.push({ netns: ns, kind: 'healthz', what: `kube-proxy health checks ${node.name}`, args: ['--services', healthChecks.join(',')] });
  }

  const pods = t.pods.filter((p) => p.node === node.name).map((pod) => planPod(ctx, node, ni, plan, pod));
  return { plan, pods };
}

/** A node's ENIs: addresses and routes as an EKS node and VPC CNI set them, and the router's side of each. */
export function planEnis(ctx: PlanContext, node: NodeSpec, ni: number, plan: NetnsPlan): void {
  const { t, router } = ctx;
  const vpcNs = router.name;
  const gatewayOf = (subnet: string): string => t.vpc.subnets.find((s) => s.cidr === subnet)!.gateway;
  node.enis.forEach((eni, ei) => {
    const dev = eniDevice(ei);
    const routerSide = routerEniLink(ni, dev);
    const gw = gatewayOf(eni.subnet);
    plan.links.push(`link add ${dev} mtu ${MTU} type veth peer name ${routerSide} mtu ${MTU} netns ${vpcNs}`);
    plan.config.push(`link set ${dev} up`);
    if (eni.table === 'main') {
      // Primary ENI: its subnet route and the default route live in main.
      // Metric 512 and proto dhcp, as an EKS node's DHCP client installs them (Experiment 2).
      plan.config.push(
        `addr add ${eni.ip}/${prefixLength(eni.subnet)} dev ${dev} metric 512`,
        `route add default via ${gw} dev ${dev} proto dhcp src ${eni.ip} metric 512`,
      );
    } else {
      // Secondary ENI: VPC CNI removes the subnet route from main (noprefixroute) and gives the
      // ENI its own table holding only the gateway and the default route.
      plan.config.push(
        `addr add ${eni.ip}/${prefixLength(eni.subnet)} dev ${dev} noprefixroute`,
        `route add ${gw} dev ${dev} scope link table ${eni.table}`,
        `route add default via ${gw} dev ${dev} table ${eni.table}`,
      );
    }
    router.config.push(
      `link set ${routerSide} up`,
      `addr add ${gw}/32 dev ${routerSide}`,
      `route add ${eni.ip}/32 dev ${routerSide} scope link`,
    );
  });
}

/** A pod: its netns behind a host veth, VPC CNI's routes and rules on the node, the router's route to it, its server. */
export function planPod(ctx: PlanContext, node: NodeSpec, ni: number, plan: NetnsPlan, pod: PodSpec): NetnsPlan {
  const { lab, t, router, servers } = ctx;
  const podKey = (p: PodSpec): string => `${p.namespace}/${p.name}`;
  const podNs = netnsName.pod(lab, pod.namespace, pod.name);
  const veth = hostVethName(pod.namespace, pod.name);
  const mac = randomMac();
  const eniIndex = Number(pod.eni.slice(3)) - 5;
  const eni = node.enis[eniIndex]!;
  plan.links.push(`link add ${veth} address ${mac} mtu ${MTU} type veth peer name ${POD_IFNAME} mtu ${MTU} netns ${podNs}`);
  plan.config.push(
    `link set ${veth} up`,
    `route add ${pod.ip}/32 dev ${veth} scope link`,
    `rule add pref 512 to ${pod.ip} lookup main`,
  );
  if (eni.table !== 'main') plan.config.push(`rule add pref 1536 from ${pod.ip} lookup ${eni.table}`);
  // The VPC fabric delivers a pod's address to the ENI it is assigned to.
  router.config.push(`route add ${pod.ip}/32 via ${eni.ip} dev ${routerEniLink(ni, pod.eni)}`);

  const podPlan: NetnsPlan = {
    name: podNs,
    role: 'pod',
    node: node.name,
    pod: podKey(pod),
    links: [],
    config: [
      'link set lo up',
      `link set ${POD_IFNAME} up`,
      `addr add ${pod.ip}/32 dev ${POD_IFNAME}`,
      `route add ${POD_GATEWAY} dev ${POD_IFNAME} scope link`,
      `route add default via ${POD_GATEWAY} dev ${POD_IFNAME}`,
    ],
    sysctls: {},
    iptables: '',
    // Without a kube-dns service no nameserver line: the resolver then asks 127.0.0.1 in the
    // pod, never the host's resolver.
    resolvConf: [
      `search ${pod.namespace}.svc.${t.clusterDomain} svc.${t.clusterDomain} ${t.clusterDomain}`,
      ...(kubeDnsIp(t) ? [`nameserver ${kubeDnsIp(t)}`] : []),
      'options ndots:5',
      '',
    ].join('\n'),
  };
  if (!t.faults.omitGatewayNeighbour.includes(podKey(pod))) {
    podPlan.config.push(`neigh add ${POD_GATEWAY} lladdr ${mac} nud permanent dev ${POD_IFNAME}`);
  }
  if (pod.server === 'echo') {
    servers.push({
      netns: podNs,
      kind: 'echo',
      what: `echo server ${podKey(pod)}`,
      args: ['--port', '8080', '--pod', podKey(pod), '--node', node.name, '--ip', pod.ip],
    });
  } else if (pod.server === 'dns') {
    servers.push({ netns: podNs, kind: 'dns', what: `dns server ${podKey(pod)}`, args: [] });
  }
  return podPlan;
}

/** The NAT gateway: the VPC's default route; SNAT to its public address toward the internet. */
export function planNatGateway(ctx: PlanContext): NetnsPlan {
  const { lab, t, router } = ctx;
  const natgwNs = netnsName.natgw(lab);
  const internetNs = netnsName.internet(lab);
  const natgw: NetnsPlan = {
    name: natgwNs,
    role: 'natgw',
    links: [`link add ${LINK.toInternet} mtu ${MTU} type veth peer name ${LINK.internetToNatgw} mtu ${MTU} netns ${internetNs}`],
    config: [
      'link set lo up',
      ...edgeConfig(t.natGateway.privateIp, t.natGateway.publicIp, t.vpc.cidr),
      `route add ${t.internet.ip}/32 dev ${LINK.toInternet} scope link`,
      `route add default via ${t.internet.ip} dev ${LINK.toInternet}`,
    ],
    sysctls: { ...ROUTED_SYSCTLS },
    iptables: natGatewayRules(t),
  };
  router.links.push(`link add ${LINK.routerToNatgw} mtu ${MTU} type veth peer name ${LINK.toVpc} mtu ${MTU} netns ${natgwNs}`);
  router.config.push(...routerEdge(LINK.routerToNatgw, t.natGateway.privateIp), `route add default via ${t.natGateway.privateIp} dev ${LINK.routerToNatgw}`);

  return natgw;
}

/** The internet host: one address, routes only to the public addresses of the VPC's edge boxes, none to the VPC itself. */
export function planInternet(ctx: PlanContext): NetnsPlan {
  const { lab, t, servers } = ctx;
  const internetNs = netnsName.internet(lab);
  const internet: NetnsPlan = {
    name: internetNs,
    role: 'internet',
    links: [],
    config: [
      'link set lo up',
      `addr add ${t.internet.ip}/32 dev lo`,
      `link set ${LINK.internetToNatgw} up`,
      `route add ${t.natGateway.publicIp}/32 dev ${LINK.internetToNatgw} scope link src ${t.internet.ip}`,
    ],
    sysctls: { 'net.ipv4.ip_forward': '0' },
    iptables: '',
  };
  servers.push({ netns: internetNs, kind: 'checkip', what: 'checkip server', args: ['--port', String(t.internet.checkipPort)] });

  return internet;
}

/** The NLB: a router between the internet and the VPC (kube-proxy-like DNAT to its targets). */
export function planNlb(ctx: PlanContext, nlb: NonNullable<LabTopology['loadBalancers']['nlb']>, internet: NetnsPlan): NetnsPlan {
  const { lab, t, router } = ctx;
  const internetNs = internet.name;
  const ns = netnsName.nlb(lab);
  const svc = t.services.find((s) => `${s.namespace}/${s.name}` === nlb.service)!;
  const plan: NetnsPlan = {
    name: ns,
    role: 'nlb',
    links: [`link add ${LINK.toInternet} mtu ${MTU} type veth peer name ${LINK.internetToNlb} mtu ${MTU} netns ${internetNs}`],
    config: ['link set lo up', ...edgeConfig(nlb.privateIp, nlb.publicIp, t.vpc.cidr), `route add ${t.internet.ip}/32 dev ${LINK.toInternet} scope link`],
    sysctls: { ...ROUTED_SYSCTLS },
    iptables: nlbRules(t),
  };
  router.links.push(`link add ${LINK.routerToNlb} mtu ${MTU} type veth peer name ${LINK.toVpc} mtu ${MTU} netns ${ns}`);
  router.config.push(...routerEdge(LINK.routerToNlb, nlb.privateIp));
  if (nlb.targetType === 'instance') {
    // With instance targets the NLB keeps the client's address, so a node answers the client
    // directly, and the router's default route would hand that reply to the NAT gateway. AWS's
    // fabric is flow-aware and returns it through the NLB; a policy rule per NodePort does the
    // same here.
    router.config.push(`route add default via ${nlb.privateIp} dev ${LINK.routerToNlb} table ${NLB_RETURN_TABLE}`);
    for (const p of svc.ports) {
      router.config.push(`rule add pref 100 from ${t.vpc.cidr} ipproto tcp sport ${p.nodePort} lookup ${NLB_RETURN_TABLE}`);
    }
  }
  internet.config.push(`link set ${LINK.internetToNlb} up`, `route add ${nlb.publicIp}/32 dev ${LINK.internetToNlb} scope link src ${t.internet.ip}`);
  return plan;
}

/** The ALB: a proxy (not a router) from its public address to the service's pods. */
export function planAlb(ctx: PlanContext, alb: NonNullable<LabTopology['loadBalancers']['alb']>, internet: NetnsPlan): NetnsPlan {
  const { lab, t, router, servers } = ctx;
  const internetNs = internet.name;
  const ns = netnsName.alb(lab);
  const svc = t.services.find((s) => `${s.namespace}/${s.name}` === alb.service)!;
  const targets = serviceEndpoints(t, svc).map((p) => `${p.ip}:${svc.ports[0]!.targetPort}`);
  const plan: NetnsPlan = {
    name: ns,
    role: 'alb',
    links: [`link add ${LINK.toInternet} mtu ${MTU} type veth peer name ${LINK.internetToAlb} mtu ${MTU} netns ${internetNs}`],
    config: ['link set lo up', ...edgeConfig(alb.privateIp, alb.publicIp, t.vpc.cidr), `route add ${t.internet.ip}/32 dev ${LINK.toInternet} scope link`],
    // A proxy, not a router: packets never cross it.
    sysctls: { 'net.ipv4.ip_forward': '0' },
    iptables: '',
  };
  router.links.push(`link add ${LINK.routerToAlb} mtu ${MTU} type veth peer name ${LINK.toVpc} mtu ${MTU} netns ${ns}`);
  router.config.push(...routerEdge(LINK.routerToAlb, alb.privateIp));
  internet.config.push(`link set ${LINK.internetToAlb} up`, `route add ${alb.publicIp}/32 dev ${LINK.internetToAlb} scope link src ${t.internet.ip}`);
  servers.push({
    netns: ns,
    kind: 'alb',
    what: 'ALB proxy',
    args: ['--listen', `${alb.publicIp}:${alb.port}`, '--source', alb.privateIp, '--targets', targets.join(',')],
  });
  return plan;
}

/** Every service's name in the cluster domain → its ClusterIP. */
export function dnsRecordsOf(t: LabTopology): Record<string, string> {
  const dnsRecords: Record<string, string> = {};
  for (const s of t.services) dnsRecords[`${s.name}.${s.namespace}.svc.${t.clusterDomain}`] = s.clusterIP;
  return dnsRecords;
}

function answerProxyArpAtOnce(router: NetnsPlan): void {
  // Proxy ARP answers after a random delay of up to proxy_delay (0.8 s by default) to let a real
  // owner answer first; the router is the only answerer here, so answer at once.
  for (const line of [...router.config]) {
    const m = /^link set (\S+) up$/.exec(line);
    if (m) router.sysctls[`net.ipv4.neigh.${m[1]}.proxy_delay`] = '0';
  }

}

export function kubeDnsIp(t: LabTopology): string | undefined {
  return t.services.find((s) => s.namespace === 'kube-system' && s.name === 'kube-dns')?.clusterIP;
}

/** A box at the VPC's edge (NAT gateway, NLB, ALB): private side toward the router, public side toward the internet. */
function edgeConfig(privateIp: string, publicIp: string, vpcCidr: string): string[] {
  return [
    `link set ${LINK.toVpc} up`,
    `addr add ${privateIp}/32 dev ${LINK.toVpc}`,
    `route add ${ROUTER_EDGE_IP}/32 dev ${LINK.toVpc} scope link`,
    `route add ${vpcCidr} via ${ROUTER_EDGE_IP} dev ${LINK.toVpc}`,
    `link set ${LINK.toInternet} up`,
    `addr add ${publicIp}/32 dev ${LINK.toInternet}`,
  ];
}

function routerEdge(dev: string, peerIp: string): string[] {
  return [`link set ${dev} up`, `addr add ${ROUTER_EDGE_IP}/32 dev ${dev}`, `route add ${peerIp}/32 dev ${dev} scope link`];
}
