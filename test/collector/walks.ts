/**
 * Synthesized event streams mirroring what the kernel emits for the reference article's packet
 * walks in the default lab topology: the same skb address on every node of the shared lab
 * kernel, receive before PREROUTING (no conntrack), transmit after POSTROUTING (NAT applied,
 * conntrack set), route lookups without skb on the receiving CPU, one per table consulted.
 * Used by the correlator tests and the throughput benchmark.
 */
import type { ConntrackInfo, PacketEvent, PacketFields, Tuple } from '../../common/event.js';
import { fromLabTopology, type LabStateLike, type LabTopologyLike } from '../../collector/topology/lab.js';
import { TopologyModel, vpcCniVethName } from '../../collector/topology/model.js';

export const N75 = 'ip-10-0-0-75';
export const N49 = 'ip-10-0-0-49';
export const N228 = 'ip-10-0-1-228';

export const labTopology: LabTopologyLike = {
  vpc: {
    cidr: '10.0.0.0/16',
    subnets: [
      { cidr: '10.0.0.0/24', gateway: '10.0.0.1' },
      { cidr: '10.0.1.0/24', gateway: '10.0.1.1' },
      { cidr: '10.0.2.0/24', gateway: '10.0.2.1' },
      { cidr: '10.0.3.0/24', gateway: '10.0.3.1' },
      { cidr: '10.0.100.0/24', gateway: '10.0.100.1' },
    ],
  },
  nodes: [
    { name: N75, enis: [{ ip: '10.0.0.75', subnet: '10.0.0.0/24', table: 'main' }, { ip: '10.0.0.85', subnet: '10.0.0.0/24', table: 2 }, { ip: '10.0.0.84', subnet: '10.0.0.0/24', table: 3 }] },
    { name: N49, enis: [{ ip: '10.0.0.49', subnet: '10.0.0.0/24', table: 'main' }, { ip: '10.0.0.59', subnet: '10.0.0.0/24', table: 2 }] },
    { name: N228, enis: [{ ip: '10.0.1.228', subnet: '10.0.1.0/24', table: 'main' }, { ip: '10.0.1.238', subnet: '10.0.1.0/24', table: 2 }] },
  ],
  pods: [
    { namespace: 'packetlab', name: 'toolbox-a', node: N75, eni: 'ens6', ip: '10.0.1.51', labels: { app: 'toolbox' } },
    { namespace: 'kube-system', name: 'coredns-a', node: N75, eni: 'ens7', ip: '10.0.1.181', labels: { 'k8s-app': 'kube-dns' } },
    { namespace: 'packetlab', name: 'toolbox-b', node: N49, eni: 'ens5', ip: '10.0.2.29', labels: { app: 'toolbox' } },
    { namespace: 'packetlab', name: 'echoserver-b', node: N49, eni: 'ens6', ip: '10.0.2.127', labels: { app: 'echoserver' } },
    { namespace: 'packetlab', name: 'echoserver-a', node: N228, eni: 'ens6', ip: '10.0.3.193', labels: { app: 'echoserver' } },
    { namespace: 'kube-system', name: 'coredns-b', node: N228, eni: 'ens5', ip: '10.0.3.231', labels: { 'k8s-app': 'kube-dns' } },
  ],
  services: [
    { namespace: 'packetlab', name: 'echo-clusterip', type: 'ClusterIP', clusterIP: '172.20.122.189', selector: { app: 'echoserver' }, ports: [{ name: '', protocol: 'TCP', port: 80, targetPort: 8080 }], externalTrafficPolicy: 'Cluster' },
    { namespace: 'packetlab', name: 'echo-nodeport', type: 'NodePort', clusterIP: '172.20.152.84', selector: { app: 'echoserver' }, ports: [{ name: '', protocol: 'TCP', port: 80, targetPort: 8080, nodePort: 32385 }], externalTrafficPolicy: 'Cluster' },
    {
      namespace: 'kube-system', name: 'kube-dns', type: 'ClusterIP', clusterIP: '172.20.0.10', selector: { 'k8s-app': 'kube-dns' },
      ports: [{ name: 'dns', protocol: 'UDP', port: 53, targetPort: 53 }, { name: 'dns-tcp', protocol: 'TCP', port: 53, targetPort: 53 }], externalTrafficPolicy: 'Cluster',
    },
  ],
  natGateway: { privateIp: '10.0.100.10', publicIp: '203.0.113.10' },
  internet: { ip: '198.51.100.10' },
  loadBalancers: {},
};

/** Netns inodes as the lab state would report them. */
export const NS = {
  [N75]: '4026532001',
  [N49]: '4026532002',
  [N228]: '4026532003',
  'packetlab/toolbox-a': '4026532101',
  'kube-system/coredns-a': '4026532102',
  'packetlab/toolbox-b': '4026532201',
  'packetlab/echoserver-b': '4026532202',
  'packetlab/echoserver-a': '4026532301',
  'kube-system/coredns-b': '4026532302',
  router: '4026532999',
} as const;

export const labState: LabStateLike = {
  netns: [
    { name: 'plab-packetlab-ip-10-0-0-75', role: 'node', node: N75, inode: NS[N75] },
    { name: 'plab-packetlab-ip-10-0-0-49', role: 'node', node: N49, inode: NS[N49] },
    { name: 'plab-packetlab-ip-10-0-1-228', role: 'node', node: N228, inode: NS[N228] },
    { name: 'plab-packetlab-toolbox-a', role: 'pod', node: N75, pod: 'packetlab/toolbox-a', inode: NS['packetlab/toolbox-a'] },
    { name: 'plab-packetlab-coredns-a', role: 'pod', node: N75, pod: 'kube-system/coredns-a', inode: NS['kube-system/coredns-a'] },
    { name: 'plab-packetlab-toolbox-b', role: 'pod', node: N49, pod: 'packetlab/toolbox-b', inode: NS['packetlab/toolbox-b'] },
    { name: 'plab-packetlab-echoserver-b', role: 'pod', node: N49, pod: 'packetlab/echoserver-b', inode: NS['packetlab/echoserver-b'] },
    { name: 'plab-packetlab-echoserver-a', role: 'pod', node: N228, pod: 'packetlab/echoserver-a', inode: NS['packetlab/echoserver-a'] },
    { name: 'plab-packetlab-coredns-b', role: 'pod', node: N228, pod: 'kube-system/coredns-b', inode: NS['kube-system/coredns-b'] },
    { name: 'plab-packetlab-vpc', role: 'vpc-router', inode: NS.router },
  ],
};

export function labModel(): TopologyModel {
  return new TopologyModel(fromLabTopology(labTopology, labState));
}

export const veth = (pod: string): string => {
  const [ns, name] = pod.split('/');
  return vpcCniVethName(ns!, name!);
};

const BOOT_WALL = 1_764_000_000_000_000_000n; // wall = BOOT_WALL + mono

export interface PacketSpec {
  src: string;
  sport: number;
  dst: string;
  dport: number;
  protocol?: number;
  ipId: number;
  tcpSeq?: number;
  tcpAck?: number;
  tcpFlags?: number;
  length?: number;
}

export function packet(p: PacketSpec): PacketFields {
  return {
    ipVersion: 4, src: p.src, dst: p.dst, protocol: p.protocol ?? 6, sport: p.sport, dport: p.dport,
    ipId: p.ipId, ttl: 64, length: p.length ?? 60, tcpFlags: p.tcpFlags ?? 0x02, tcpSeq: p.tcpSeq ?? 1000, tcpAck: p.tcpAck ?? 0,
    icmpType: 0, icmpCode: 0, icmpId: 0, icmpSeq: 0,
  };
}

export function rewrite(p: PacketFields, t: Partial<Tuple> & { ttl?: number }): PacketFields {
  return { ...p, ...t };
}

export function ct(original: Tuple, reply: Tuple, status: number, ctinfo: number, id = '18446612000000000001'): ConntrackInfo {
  return { status, ctinfo, original, reply, mark: 0, id };
}

export function tuple(src: string, sport: number, dst: string, dport: number, protocol = 6): Tuple {
  return { src, sport, dst, dport, protocol };
}

/** Builds one walk's events with advancing monotonic time. */
export class WalkBuilder {
  readonly events: PacketEvent[] = [];
  constructor(public t: bigint, private readonly cpu = 1) {}

  private base(kind: PacketEvent['kind'], node: string, netns: string, ifname: string, ifindex: number, skb: string, dt: number): PacketEvent {
    this.t += BigInt(dt);
    return { kind, monoNs: this.t, wallUnixNs: BOOT_WALL + this.t, node, cpu: this.cpu, netns, ifindex, ifname, skb, mark: 0 };
  }

  tx(node: string, netns: string, ifname: string, ifindex: number, skb: string, pkt: PacketFields, opts: { ct?: ConntrackInfo; pod?: string; dt?: number } = {}): this {
    const e = this.base('transmit', node, netns, ifname, ifindex, skb, opts.dt ?? 3000);
    e.packet = pkt;
    if (opts.ct) e.ct = opts.ct;
    if (opts.pod) e.pod = opts.pod;
    this.events.push(e);
    return this;
  }

  rx(node: string, netns: string, ifname: string, ifindex: number, skb: string, pkt: PacketFields, opts: { pod?: string; dt?: number } = {}): this {
    const e = this.base('receive', node, netns, ifname, ifindex, skb, opts.dt ?? 3000);
    e.packet = pkt;
    if (opts.pod) e.pod = opts.pod;
    this.events.push(e);
    return this;
  }

  route(node: string, table: number, error: number, src: string, dst: string, dev: string, gateway = '0.0.0.0', dt = 1000): this {
    const e = this.base('route', node, '0', '', 0, '0', dt);
    e.route = { table, error, src, dst, gateway, iif: 0, oif: 0, resultDev: error === 0 ? dev : '', protocol: 6, sport: 0, dport: 0, tos: 0, flowiMark: 0 };
    this.events.push(e);
    return this;
  }

  drop(node: string, skb: string, reason: string, dt = 2000): this {
    const e = this.base('drop', node, '0', '', 0, skb, dt);
    e.drop = { reasonCode: 6, reason, location: '0' };
    this.events.push(e);
    return this;
  }

  /** The VPC router: time passes, nothing is observed. */
  fabric(dt = 20_000): this {
    this.t += BigInt(dt);
    return this;
  }
}

/** IP ids differ per packet, as the kernel's per-socket counters make them. */
const idFor = (sport: number, salt: number): number => (sport * 7 + salt) & 0xffff;

const CONFIRMED = 0x8;
const SEEN_REPLY = 0x2;
const DNAT = 0x20 | 0x100;
const SNAT = 0x10 | 0x80;

export interface Walk {
  name: string;
  events: PacketEvent[];
}

/** Pod on its node: the pod's eth0, then its host veth, in the pod's own and the node's netns. */
function podOut(w: WalkBuilder, node: string, pod: string, skb: string, pkt: PacketFields): WalkBuilder {
  return w.tx(node, NS[pod as keyof typeof NS], 'eth0', 3, skb, pkt, { pod }).rx(node, NS[node as keyof typeof NS], veth(pod), 10, skb, pkt);
}

function podIn(w: WalkBuilder, node: string, pod: string, skb: string, pkt: PacketFields, opts: { ct?: ConntrackInfo } = {}): WalkBuilder {
  return w.tx(node, NS[node as keyof typeof NS], veth(pod), 11, skb, pkt, opts).rx(node, NS[pod as keyof typeof NS], 'eth0', 3, skb, pkt, { pod });
}

/** 5c: toolbox-b → echoserver-b, both on ip-10-0-0-49 (rule 512: to a local pod, main table). */
export function podToPodSameNode(t: bigint, skb = '18446612000000100000', sport = 40000): Walk {
  const w = new WalkBuilder(t);
  const p = packet({ src: '10.0.2.29', sport, dst: '10.0.2.127', dport: 8080, ipId: idFor(sport, 100) });
  w.route(N49, 254, 0, '10.0.2.29', '10.0.2.127', 'eth0', '169.254.1.1', 500);
  podOut(w, N49, 'packetlab/toolbox-b', skb, p);
  w.route(N49, 255, -11, '10.0.2.29', '10.0.2.127', '').route(N49, 254, 0, '10.0.2.29', '10.0.2.127', veth('packetlab/echoserver-b'));
  podIn(w, N49, 'packetlab/echoserver-b', skb, p, { ct: ct(tuple('10.0.2.29', sport, '10.0.2.127', 8080), tuple('10.0.2.127', 8080, '10.0.2.29', sport), CONFIRMED, 2) });
  return { name: 'pod-to-pod same node', events: w.events };
}

/** 5d: toolbox-a (ip-10-0-0-75, ENI ens6, table 2) → echoserver-b on ip-10-0-0-49 through the VPC router. */
export function podToPodCrossNode(t: bigint, skb = '18446612000000200000', sport = 40010): Walk {
  const w = new WalkBuilder(t);
  const p = packet({ src: '10.0.1.51', sport, dst: '10.0.2.127', dport: 8080, ipId: idFor(sport, 200) });
  podOut(w, N75, 'packetlab/toolbox-a', skb, p);
  w.route(N75, 255, -11, '10.0.1.51', '10.0.2.127', '').route(N75, 2, 0, '10.0.1.51', '10.0.2.127', 'ens6', '10.0.0.1');
  w.tx(N75, NS[N75], 'ens6', 3, skb, p, { ct: ct(tuple('10.0.1.51', sport, '10.0.2.127', 8080), tuple('10.0.2.127', 8080, '10.0.1.51', sport), CONFIRMED, 2) });
  w.fabric();
  const p2 = rewrite(p, { ttl: 63 });
  w.rx(N49, NS[N49], 'ens6', 3, skb, p2);
  w.route(N49, 255, -11, '10.0.1.51', '10.0.2.127', '').route(N49, 254, 0, '10.0.1.51', '10.0.2.127', veth('packetlab/echoserver-b'));
  podIn(w, N49, 'packetlab/echoserver-b', skb, p2, { ct: ct(tuple('10.0.1.51', sport, '10.0.2.127', 8080), tuple('10.0.2.127', 8080, '10.0.1.51', sport), CONFIRMED, 2) });
  return { name: 'pod-to-pod cross node', events: w.events };
}

/** ClusterIP: toolbox-a → echo-clusterip 172.20.122.189:80, DNAT on ip-10-0-0-75 to echoserver-a on ip-10-0-1-228. */
export function clusterIpRequest(t: bigint, skb = '18446612000000300000', sport = 40020): Walk {
  const w = new WalkBuilder(t);
  const vip = packet({ src: '10.0.1.51', sport, dst: '172.20.122.189', dport: 80, ipId: idFor(sport, 300) });
  const ep = rewrite(vip, { dst: '10.0.3.193', dport: 8080 });
  const ct75 = ct(tuple('10.0.1.51', sport, '172.20.122.189', 80), tuple('10.0.3.193', 8080, '10.0.1.51', sport), CONFIRMED | DNAT, 2);
  w.route(N75, 254, 0, '10.0.1.51', '172.20.122.189', 'eth0', '169.254.1.1', 500);
  podOut(w, N75, 'packetlab/toolbox-a', skb, vip);
  // After PREROUTING's DNAT the lookup is for the endpoint: rule 1536 from the pod → table 2.
  w.route(N75, 255, -11, '10.0.1.51', '10.0.3.193', '').route(N75, 2, 0, '10.0.1.51', '10.0.3.193', 'ens6', '10.0.0.1');
  w.tx(N75, NS[N75], 'ens6', 3, skb, ep, { ct: ct75 });
  w.fabric();
  const ep2 = rewrite(ep, { ttl: 63 });
  w.rx(N228, NS[N228], 'ens6', 3, skb, ep2);
  w.route(N228, 255, -11, '10.0.1.51', '10.0.3.193', '').route(N228, 254, 0, '10.0.1.51', '10.0.3.193', veth('packetlab/echoserver-a'));
  podIn(w, N228, 'packetlab/echoserver-a', skb, ep2, { ct: ct(tuple('10.0.1.51', sport, '10.0.3.193', 8080), tuple('10.0.3.193', 8080, '10.0.1.51', sport), CONFIRMED, 2) });
  return { name: 'ClusterIP request', events: w.events };
}

/** The reply: echoserver-a → toolbox-a, back through table 2 of ip-10-0-1-228, un-DNAT on ip-10-0-0-75. */
export function clusterIpReply(t: bigint, skb = '18446612000000310000', sport = 40020): Walk {
  const w = new WalkBuilder(t);
  const p = packet({ src: '10.0.3.193', sport: 8080, dst: '10.0.1.51', dport: sport, ipId: idFor(sport, 0x3100), tcpFlags: 0x12, tcpSeq: 5000, tcpAck: 1001 });
  const ct228 = ct(tuple('10.0.1.51', sport, '10.0.3.193', 8080), tuple('10.0.3.193', 8080, '10.0.1.51', sport), CONFIRMED | SEEN_REPLY, 3);
  const ct75 = ct(tuple('10.0.1.51', sport, '172.20.122.189', 80), tuple('10.0.3.193', 8080, '10.0.1.51', sport), CONFIRMED | SEEN_REPLY | DNAT, 3);
  podOut(w, N228, 'packetlab/echoserver-a', skb, p);
  w.route(N228, 255, -11, '10.0.3.193', '10.0.1.51', '').route(N228, 2, 0, '10.0.3.193', '10.0.1.51', 'ens6', '10.0.1.1');
  w.tx(N228, NS[N228], 'ens6', 3, skb, p, { ct: ct228 });
  w.fabric();
  const p2 = rewrite(p, { ttl: 63 });
  w.rx(N75, NS[N75], 'ens6', 3, skb, p2);
  w.route(N75, 255, -11, '10.0.3.193', '10.0.1.51', '').route(N75, 254, 0, '10.0.3.193', '10.0.1.51', veth('packetlab/toolbox-a'));
  const undnat = rewrite(p2, { src: '172.20.122.189', sport: 80 });
  podIn(w, N75, 'packetlab/toolbox-a', skb, undnat, { ct: ct75 });
  return { name: 'ClusterIP reply', events: w.events };
}

/** NodePort from another node: toolbox-b (ip-10-0-0-49) → 10.0.0.75:32385, DNAT to echoserver-a + masquerade to 10.0.0.75. */
export function nodePortFromOtherNode(t: bigint, skb = '18446612000000400000', sport = 40030): Walk {
  const w = new WalkBuilder(t);
  const p = packet({ src: '10.0.2.29', sport, dst: '10.0.0.75', dport: 32385, ipId: idFor(sport, 400) });
  podOut(w, N49, 'packetlab/toolbox-b', skb, p);
  w.route(N49, 255, -11, '10.0.2.29', '10.0.0.75', '').route(N49, 254, 0, '10.0.2.29', '10.0.0.75', 'ens5');
  w.tx(N49, NS[N49], 'ens5', 2, skb, p, { ct: ct(tuple('10.0.2.29', sport, '10.0.0.75', 32385), tuple('10.0.0.75', 32385, '10.0.2.29', sport), CONFIRMED, 2) });
  w.fabric();
  const p2 = rewrite(p, { ttl: 63 });
  w.rx(N75, NS[N75], 'ens5', 2, skb, p2);
  // rp_filter check looks up the source (ignored), then the DNATed destination is routed.
  w.route(N75, 254, 0, '10.0.0.75', '10.0.2.29', 'ens5', '10.0.0.1');
  w.route(N75, 255, -11, '10.0.2.29', '10.0.3.193', '').route(N75, 254, 0, '10.0.2.29', '10.0.3.193', 'ens5', '10.0.0.1');
  const out = rewrite(p2, { src: '10.0.0.75', sport: sport + 21000, dst: '10.0.3.193', dport: 8080 });
  const ct75 = ct(tuple('10.0.2.29', sport, '10.0.0.75', 32385), tuple('10.0.3.193', 8080, '10.0.0.75', sport + 21000), CONFIRMED | DNAT | SNAT, 2);
  w.tx(N75, NS[N75], 'ens5', 2, skb, out, { ct: ct75 });
  w.fabric();
  const out2 = rewrite(out, { ttl: 62 });
  w.rx(N228, NS[N228], 'ens6', 3, skb, out2);
  w.route(N228, 255, -11, '10.0.0.75', '10.0.3.193', '').route(N228, 254, 0, '10.0.0.75', '10.0.3.193', veth('packetlab/echoserver-a'));
  podIn(w, N228, 'packetlab/echoserver-a', skb, out2, { ct: ct(tuple('10.0.0.75', sport + 21000, '10.0.3.193', 8080), tuple('10.0.3.193', 8080, '10.0.0.75', sport + 21000), CONFIRMED, 2) });
  return { name: 'NodePort from another node', events: w.events };
}

/** Egress: toolbox-b → internet 198.51.100.10:80, VPC CNI SNAT to 10.0.0.49 on ens5. */
export function egressRequest(t: bigint, skb = '18446612000000500000', sport = 40040): Walk {
  const w = new WalkBuilder(t);
  const p = packet({ src: '10.0.2.29', sport, dst: '198.51.100.10', dport: 80, ipId: idFor(sport, 500) });
  podOut(w, N49, 'packetlab/toolbox-b', skb, p);
  w.route(N49, 255, -11, '10.0.2.29', '198.51.100.10', '').route(N49, 254, 0, '10.0.2.29', '198.51.100.10', 'ens5', '10.0.0.1');
  const out = rewrite(p, { src: '10.0.0.49', sport: sport + 10000 });
  w.tx(N49, NS[N49], 'ens5', 2, skb, out, { ct: ct(tuple('10.0.2.29', sport, '198.51.100.10', 80), tuple('198.51.100.10', 80, '10.0.0.49', sport + 10000), CONFIRMED | SNAT, 2) });
  return { name: 'egress request', events: w.events };
}

export function egressReply(t: bigint, skb = '18446612000000510000', sport = 40040): Walk {
  const w = new WalkBuilder(t);
  const p = packet({ src: '198.51.100.10', sport: 80, dst: '10.0.0.49', dport: sport + 10000, ipId: idFor(sport, 0x5100), tcpFlags: 0x12, tcpSeq: 9000, tcpAck: 1001, length: 60 });
  w.rx(N49, NS[N49], 'ens5', 2, skb, rewrite(p, { ttl: 60 }));
  w.route(N49, 255, -11, '198.51.100.10', '10.0.2.29', '').route(N49, 254, 0, '198.51.100.10', '10.0.2.29', veth('packetlab/toolbox-b'));
  const back = rewrite(p, { dst: '10.0.2.29', dport: sport, ttl: 60 });
  podIn(w, N49, 'packetlab/toolbox-b', skb, back, {
    ct: ct(tuple('10.0.2.29', sport, '198.51.100.10', 80), tuple('198.51.100.10', 80, '10.0.0.49', sport + 10000), CONFIRMED | SNAT | SEEN_REPLY, 3),
  });
  return { name: 'egress reply', events: w.events };
}

/** A packet dropped by netfilter on ip-10-0-0-75 right after the host veth. */
export function droppedOnNode(t: bigint, skb = '18446612000000600000'): Walk {
  const w = new WalkBuilder(t);
  const p = packet({ src: '10.0.1.51', sport: 40050, dst: '10.0.2.127', dport: 9999, ipId: 600 });
  podOut(w, N75, 'packetlab/toolbox-a', skb, p);
  w.drop(N75, skb, 'NETFILTER_DROP');
  return { name: 'dropped', events: w.events };
}

/** Every walk once, each 2 ms after the previous, with per-round skb addresses and ports. */
export function allWalks(start: bigint, round = 0): Walk[] {
  const out: Walk[] = [];
  const gens = [podToPodSameNode, podToPodCrossNode, clusterIpRequest, clusterIpReply, nodePortFromOtherNode, egressRequest, egressReply];
  gens.forEach((g, i) => {
    const skb = (18446612000001000000n + BigInt(round * 100 + i) * 4096n).toString();
    // Requests and their replies (ClusterIP 2+3, egress 5+6) share a client port: one flow each.
    const sport = 20000 + ((round * 10 + [0, 1, 2, 2, 4, 5, 5][i]!) % 40000);
    out.push(g(start + BigInt(i) * 2_000_000n, skb, sport));
  });
  return out;
}

/** Hairpin: echoserver-a → echo-clusterip, DNATed to itself, so kube-proxy masquerades (KUBE-MARK-MASQ in its KUBE-SEP). */
export function hairpinClusterIp(t: bigint, skb = '18446612000000700000', sport = 40060): Walk {
  const w = new WalkBuilder(t);
  const pod = 'packetlab/echoserver-a';
  const vip = packet({ src: '10.0.3.193', sport, dst: '172.20.122.189', dport: 80, ipId: idFor(sport, 700) });
  podOut(w, N228, pod, skb, vip);
  w.route(N228, 255, -11, '10.0.3.193', '10.0.3.193', '').route(N228, 254, 0, '10.0.3.193', '10.0.3.193', veth(pod));
  const out = rewrite(vip, { src: '10.0.1.228', sport: sport + 5000, dst: '10.0.3.193', dport: 8080 });
  const c = ct(tuple('10.0.3.193', sport, '172.20.122.189', 80), tuple('10.0.3.193', 8080, '10.0.1.228', sport + 5000), CONFIRMED | DNAT | SNAT, 2);
  podIn(w, N228, pod, skb, out, { ct: c });
  return { name: 'hairpin', events: w.events };
}
