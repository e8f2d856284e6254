/**
 * The ClusterIP walk as the lab's kernel really emits it, checked hop by hop; shared by the live
 * lab test and the replay of its recorded events. Also (de)serialization of recorded events
 * (bigints as decimal strings).
 */
import { expect } from 'vitest';
import type { PacketEvent } from '../../common/event.js';
import type { Trace } from '../../collector/trace-model.js';
import { vpcCniVethName } from '../../collector/topology/model.js';

const VIP = '172.20.122.189';
const ENDPOINTS: Record<string, { pod: string; node: string; eni: string }> = {
  '10.0.3.193': { pod: 'packetlab/echoserver-a', node: 'ip-10-0-1-228', eni: 'ENI ens6 10.0.1.238' },
  '10.0.2.127': { pod: 'packetlab/echoserver-b', node: 'ip-10-0-0-49', eni: 'ENI ens6 10.0.0.59' },
};
const veth = (pod: string): string => vpcCniVethName(pod.split('/')[0]!, pod.split('/')[1]!);


export function serializeEvents(events: PacketEvent[]): string {
  return `${JSON.stringify(events, (_k, v: unknown) => (typeof v === 'bigint' ? `${v.toString()}n` : v), 0)}\n`;
}

export function deserializeEvents(text: string): PacketEvent[] {
  return JSON.parse(text, (_k, v: unknown) => (typeof v === 'string' && /^\d+n$/.test(v) ? BigInt(v.slice(0, -1)) : v)) as PacketEvent[];
}

/** Finds the SYN's request trace and the SYN-ACK's reply trace and checks them exactly. */
export function checkClusterIpWalk(traces: Trace[]): { request: Trace; reply: Trace } {
  const request = traces.find((t) => t.first.src === '10.0.1.51' && t.first.dst === VIP && t.hops[0]!.packet.tcpFlags === 0x02);
  expect(request, 'the SYN to the VIP as one trace').toBeDefined();
  const req = request!;
  const endpointIp = req.last.dst;
  const ep = ENDPOINTS[endpointIp];
  expect(ep, `DNAT to an echoserver endpoint, got ${endpointIp}`).toBeDefined();
  expect(req.hops.map((h) => `${h.direction === 'transmit' ? 'tx' : 'rx'} ${h.place.label}`)).toEqual([
    'tx packetlab/toolbox-a eth0',
    `rx veth ${veth('packetlab/toolbox-a')} (packetlab/toolbox-a)`,
    'tx ENI ens6 10.0.0.85',
    `rx ${ep!.eni}`,
    `tx veth ${veth(ep!.pod)} (${ep!.pod})`,
    `rx ${ep!.pod} eth0`,
  ]);
  expect(req.nodes).toEqual(['ip-10-0-0-75', ep!.node]);
  expect(req.gaps!.map(({ clocks: _c, transitNs: _t, ...g }) => g)).toEqual([{ afterHop: 2, kind: 'vpc-fabric', label: 'VPC router (not observed)' }]);
  expect(req.nats).toHaveLength(1);
  expect(req.nats[0]).toMatchObject({
    kind: 'DNAT',
    afterHop: 1,
    cause: 'clusterip',
    service: 'packetlab/echo-clusterip',
    endpointPod: ep!.pod,
    before: { src: '10.0.1.51', dst: VIP, dport: 80, protocol: 6 },
    after: { src: '10.0.1.51', dst: endpointIp, dport: 8080, protocol: 6 },
  });
  const table2 = req.routes.find((r) => r.node === 'ip-10-0-0-75' && r.atHop === 1);
  expect(table2).toMatchObject({ table: 2, tableName: 'table 2 (ENI ens6 10.0.0.85)', gateway: '10.0.0.1', dev: 'ens6', dst: endpointIp });
  // On the endpoint's node, rule 512 (to POD) sends it through main to the pod's veth.
  expect(req.routes.find((r) => r.node === ep!.node && r.atHop === 3)).toMatchObject({ table: 254, tableName: 'main', dev: veth(ep!.pod) });
  expect(req.verdict).toBe('delivered');
  expect(req.direction).toBe('request');

  const reply = traces.find((t) => t.first.src === endpointIp && t.first.dst === '10.0.1.51' && t.hops[0]!.packet.tcpFlags === 0x12);
  expect(reply, 'the SYN-ACK as one trace').toBeDefined();
  const rep = reply!;
  expect(rep.direction).toBe('reply');
  expect(rep.flowId).toBe(req.flowId);
  expect(rep.nodes).toEqual([ep!.node, 'ip-10-0-0-75']);
  expect(rep.nats.map((n) => [n.kind, n.cause, n.after.src, n.after.sport])).toEqual([['UNDNAT', 'reply', VIP, 80]]);
  expect(rep.hops[rep.hops.length - 1]!.place.label).toBe('packetlab/toolbox-a eth0');
  // The reply leaves the endpoint's node by its ENI's table (rule 1536 from POD), like 5e.
  const epEni = ep!.eni.split(' ')[1]!;
  expect(rep.routes.find((r) => r.node === ep!.node && r.atHop === 1)).toMatchObject({ tableName: `table 2 (${ep!.eni})`, dev: epEni });
  expect(rep.routes.find((r) => r.node === 'ip-10-0-0-75' && r.atHop === 3)).toMatchObject({ table: 254, dev: veth('packetlab/toolbox-a') });
  expect(rep.verdict).toBe('delivered');
  return { request: req, reply: rep };
}

/** The other reference walks' exact checks, on traces made from their real events. */
const tupleOfHop = (h: Trace['hops'][number]): { src: string; sport: number; dst: string; dport: number; protocol: number } => ({ src: h.packet.src, sport: h.packet.sport, dst: h.packet.dst, dport: h.packet.dport, protocol: h.packet.protocol });
const label = (t: Trace): string[] => t.hops.map((h) => `${h.direction === 'transmit' ? 'tx' : 'rx'} ${h.place.label}`);
const vethOf = (pod: string): string => `veth ${veth(pod)} (${pod})`;
const first = (traces: Trace[], src: string, flags: number): Trace => {
  const t = traces.find((x) => x.first.src === src && (x.first.protocol !== 6 || x.hops[0]!.packet.tcpFlags === flags));
  expect(t, `trace from ${src} flags ${flags}`).toBeDefined();
  return t!;
};
const EP: Record<string, { pod: string; node: string; eni: string }> = {
  '10.0.3.193': { pod: 'packetlab/echoserver-a', node: 'ip-10-0-1-228', eni: 'ENI ens6 10.0.1.238' },
  '10.0.2.127': { pod: 'packetlab/echoserver-b', node: 'ip-10-0-0-49', eni: 'ENI ens6 10.0.0.59' },
  '10.0.1.181': { pod: 'kube-system/coredns-a', node: 'ip-10-0-0-75', eni: '' },
  '10.0.3.231': { pod: 'kube-system/coredns-b', node: 'ip-10-0-1-228', eni: 'ENI ens5 10.0.1.228' },
};


export const WALK_CHECKS: Record<string, { title: string; check(traces: Trace[]): void }> = {
  'same-node': {
    title: '5c pod to pod on one node: four hops, main table to the peer veth, no NAT',
    check(traces: Trace[]): void {
    const syn = first(traces, '10.0.2.29', 0x02);
    expect(label(syn)).toEqual(['tx packetlab/toolbox-b eth0', `rx ${vethOf('packetlab/toolbox-b')}`, `tx ${vethOf('packetlab/echoserver-b')}`, 'rx packetlab/echoserver-b eth0']);
    expect(syn.nats).toEqual([]);
    expect(syn.routes.find((r) => r.atHop === 1)).toMatchObject({ table: 254, tableName: 'main', dev: vpcCniVethName('packetlab', 'echoserver-b') });
    expect(first(traces, '10.0.2.127', 0x12).direction).toBe('reply');
    },
  },
  'cross-node': {
    title: '5d/5e across nodes: out of table 2 on the sender, the reply out of the server ENI table 2',
    check(traces: Trace[]): void {
    const syn = first(traces, '10.0.1.51', 0x02);
    expect(label(syn)).toEqual([
      'tx packetlab/toolbox-a eth0', `rx ${vethOf('packetlab/toolbox-a')}`, 'tx ENI ens6 10.0.0.85',
      'rx ENI ens6 10.0.0.59', `tx ${vethOf('packetlab/echoserver-b')}`, 'rx packetlab/echoserver-b eth0',
    ]);
    expect(syn.routes.find((r) => r.atHop === 1)).toMatchObject({ tableName: 'table 2 (ENI ens6 10.0.0.85)', gateway: '10.0.0.1', dev: 'ens6' });
    const synack = first(traces, '10.0.2.127', 0x12);
    expect(synack.routes.find((r) => r.atHop === 1)).toMatchObject({ tableName: 'table 2 (ENI ens6 10.0.0.59)', dev: 'ens6' });
    expect(synack.nodes).toEqual(['ip-10-0-0-49', 'ip-10-0-0-75']);
    },
  },
  'nodeport-remote': {
    title: 'NodePort from another node: DNAT + masquerade to the node IP on the NodePort node; the reply un-DNATed and un-SNATed there',
    check(traces: Trace[]): void {
    const syn = first(traces, '10.0.2.29', 0x02);
    const ep = EP[syn.last.dst]!;
    expect(syn.nodes).toEqual(['ip-10-0-0-49', 'ip-10-0-0-75', ep.node]);
    expect(syn.nats).toHaveLength(1);
    expect(syn.nats[0]).toMatchObject({ node: 'ip-10-0-0-75', kind: 'DNAT+SNAT', afterHop: 3, cause: 'nodeport-masquerade', service: 'packetlab/echo-nodeport', endpointPod: ep.pod });
    expect(syn.nats[0]!.before).toMatchObject({ src: '10.0.2.29', dst: '10.0.0.75', dport: 32385 });
    expect(syn.nats[0]!.after).toMatchObject({ src: '10.0.0.75', dst: syn.last.dst, dport: 8080 });
    const synack = first(traces, syn.last.dst, 0x12);
    // The kernel's order (issue 12, 4): un-SNAT of the destination in PREROUTING, then un-DNAT of
    // the source in POSTROUTING; every tuple shown is one the packet had.
    const epTuple = { src: syn.last.dst, sport: 8080, dst: '10.0.0.75', dport: syn.nats[0]!.after.sport, protocol: 6 };
    const mid = { src: syn.last.dst, sport: 8080, dst: '10.0.2.29', dport: syn.first.sport, protocol: 6 };
    const back = { src: '10.0.0.75', sport: 32385, dst: '10.0.2.29', dport: syn.first.sport, protocol: 6 };
    expect(synack.nats.map((n) => [n.node, n.kind, n.cause, n.afterHop, n.before, n.after])).toEqual([
      ['ip-10-0-0-75', 'UNSNAT', 'reply', 3, epTuple, mid],
      ['ip-10-0-0-75', 'UNDNAT', 'reply', 3, mid, back],
    ]);
    expect(synack.hops.map((h) => tupleOfHop(h))).toEqual([epTuple, epTuple, epTuple, epTuple, back, back, back, back]);
    expect(synack.last).toMatchObject({ src: '10.0.0.75', sport: 32385, dst: '10.0.2.29' });
    expect(synack.hops[synack.hops.length - 1]!.place.label).toBe('packetlab/toolbox-b eth0');
    },
  },
  'nodeport-local': {
    title: 'NodePort from the node itself: the OUTPUT DNAT + masquerade comes from conntrack, before the first hop',
    check(traces: Trace[]): void {
    const syn = first(traces, '10.0.0.75', 0x02);
    expect(syn.hops[0]!.place.node).toBe('ip-10-0-0-75');
    expect(syn.nats[0]).toMatchObject({ afterHop: -1, kind: 'DNAT+SNAT', cause: 'nodeport-masquerade', service: 'packetlab/echo-nodeport' });
    expect(syn.nats[0]!.before).toMatchObject({ dst: '10.0.0.75', dport: 32385 });
    expect(syn.hops[syn.hops.length - 1]!.place.label).toBe(`${EP[syn.last.dst]!.pod} eth0`);
    // The trace starts with what curl sent, before the OUTPUT DNAT (issue 12, 5).
    const sent = syn.nats[0]!.before;
    expect(syn.first).toEqual(sent);
    expect(syn.first).toMatchObject({ src: '10.0.0.75', dst: '10.0.0.75', dport: 32385, protocol: 6 });
    expect(syn.to).toBe(`node ip-10-0-0-75 port 32385 (service packetlab/echo-nodeport) → pod ${EP[syn.last.dst]!.pod}`);
    const synack = first(traces, syn.last.dst, 0x12);
    expect(synack.hops[synack.hops.length - 1]!.place).toMatchObject({ node: 'ip-10-0-0-75', kind: 'eni' });
    // Its reply is un-NATed on input to the node's socket, where no tracepoint sees it: shown from
    // conntrack after the last hop, un-SNAT then un-DNAT, ending in what curl's socket receives.
    const masq = syn.nats[0]!.after;
    const arrived = { src: masq.dst, sport: masq.dport, dst: masq.src, dport: masq.sport, protocol: 6 };
    const mid = { ...arrived, dport: sent.sport };
    const back = { src: sent.dst, sport: sent.dport, dst: sent.src, dport: sent.sport, protocol: 6 };
    expect(synack.last).toEqual(arrived);
    expect(synack.nats.map((n) => [n.node, n.kind, n.afterHop, n.before, n.after])).toEqual([
      ['ip-10-0-0-75', 'UNSNAT', synack.hops.length - 1, arrived, mid],
      ['ip-10-0-0-75', 'UNDNAT', synack.hops.length - 1, mid, back],
    ]);
    expect(synack.nats[1]!.service).toBe('packetlab/echo-nodeport');
    },
  },
  'egress': {
    title: 'egress: VPC CNI SNAT to the node primary IP, the NAT gateway inferred; the reply from outside un-SNATed',
    check(traces: Trace[]): void {
    const syn = first(traces, '10.0.2.29', 0x02);
    expect(label(syn)).toEqual(['tx packetlab/toolbox-b eth0', `rx ${vethOf('packetlab/toolbox-b')}`, 'tx ENI ens5 10.0.0.49']);
    expect(syn.nats.map((n) => [n.kind, n.cause, n.after.src, n.inferred ?? false])).toEqual([
      ['SNAT', 'vpc-cni-egress-snat', '10.0.0.49', false],
      ['SNAT', 'nat-gateway', '203.0.113.10', true],
    ]);
    expect(syn.gaps![0]!.kind).toBe('external');
    const synack = first(traces, '198.51.100.10', 0x12);
    expect(synack.gaps![0]).toEqual({ afterHop: -1, kind: 'external', label: 'from internet host 198.51.100.10 through the VPC' });
    expect(synack.nats.map((n) => [n.kind, n.after.dst])).toEqual([['UNSNAT', '10.0.2.29']]);
    },
  },
  'dns': {
    title: 'DNS through kube-dns: UDP DNAT to a CoreDNS endpoint, the answer un-DNATed to the VIP',
    check(traces: Trace[]): void {
    const q = traces.find((t) => t.first.dst === '172.20.0.10')!;
    expect(q.first).toMatchObject({ src: '10.0.1.51', dport: 53, protocol: 17 });
    const ep = EP[q.last.dst]!;
    expect(q.nats[0]).toMatchObject({ kind: 'DNAT', cause: 'clusterip', service: 'kube-system/kube-dns', endpointPod: ep.pod });
    expect(q.hops[q.hops.length - 1]!.place.label).toBe(`${ep.pod} eth0`);
    const a = traces.find((t) => t.first.src === q.last.dst)!;
    expect(a.direction).toBe('reply');
    expect(a.nats.map((n) => [n.kind, n.after.src, n.after.sport])).toEqual([['UNDNAT', '172.20.0.10', 53]]);
    },
  },
  'nlb': {
    title: 'NLB (instance targets): from the internet with the client IP kept, NodePort DNAT + masquerade; the reply goes back by the NLB, no NAT gateway',
    check(traces: Trace[]): void {
    const syn = first(traces, '198.51.100.10', 0x02);
    expect(syn.gaps![0]).toEqual({ afterHop: -1, kind: 'external', label: 'from internet host 198.51.100.10 through the VPC (through the load balancer of service packetlab/echo-nlb)' });
    expect(syn.hops[0]!.place).toMatchObject({ kind: 'eni' });
    expect(syn.first.dport).toBe(31080);
    // The NLB's own DNAT (instance target: to a node's NodePort, the client kept), inferred from
    // the topology like the NAT gateway's and marked so (issue 12, 6); then the node's.
    expect(syn.nats.map((n) => [n.node, n.kind, n.afterHop, n.cause, n.service, n.inferred ?? false])).toEqual([
      ['NLB packetlab/echo-nlb', 'DNAT', -1, 'load-balancer', 'packetlab/echo-nlb', true],
      [syn.hops[0]!.place.node, 'DNAT+SNAT', 0, 'nodeport-masquerade', 'packetlab/echo-nlb', false],
    ]);
    expect(syn.nats[0]!.before).toEqual({ ...syn.first, dst: '203.0.113.20', dport: 80 });
    expect(syn.nats[0]!.after).toEqual(syn.first);
    expect(syn.nats[0]!.reason).toBe(`NLB packetlab/echo-nlb 203.0.113.20:80 DNAT to node ${syn.first.dst} NodePort 31080, the client's address kept (instance target; inferred from the topology, not observed)`);
    const synack = first(traces, syn.last.dst, 0x12);
    // Un-SNAT first, then un-DNAT (issue 12, 4): the tuple between them is one the packet had.
    expect(synack.nats.map((n) => [n.kind, n.inferred ?? false])).toEqual([['UNSNAT', false], ['UNDNAT', false], ['UNDNAT', true]]);
    expect(synack.nats[2]).toMatchObject({ node: 'NLB packetlab/echo-nlb', cause: 'load-balancer', afterHop: synack.hops.length - 1, before: synack.last, after: { ...synack.last, src: '203.0.113.20', sport: 80 } });
    expect(synack.nats[0]!.after).toEqual({ ...synack.first, dst: '198.51.100.10', dport: syn.first.sport });
    expect(synack.nats[1]!.before).toEqual(synack.nats[0]!.after);
    expect(synack.nats[1]!.after).toEqual(synack.last);
    expect(synack.nats.some((n) => n.cause === 'nat-gateway')).toBe(false);
    expect(synack.gaps![synack.gaps!.length - 1]!.label).toBe('back to internet host 198.51.100.10 through the VPC (back through the load balancer of service packetlab/echo-nlb); not observed');
    },
  },
  'alb': {
    title: 'ALB (IP targets): from the ALB private address straight to the pod, no NAT on the node',
    check(traces: Trace[]): void {
    const syn = first(traces, '10.0.100.30', 0x02);
    expect(syn.gaps![0]).toEqual({ afterHop: -1, kind: 'external', label: 'from ALB packetlab/echo-clusterip 10.0.100.30 through the VPC' });
    // No NAT on the node; the ALB's own translation (it proxies from its address) inferred and marked (issue 12, 6).
    expect(syn.nats.map((n) => [n.node, n.kind, n.afterHop, n.cause, n.inferred, n.before, n.after])).toEqual([
      ['ALB packetlab/echo-clusterip', 'DNAT', -1, 'load-balancer', true, { ...syn.first, dst: '203.0.113.30', dport: 80 }, syn.first],
    ]);
    expect(syn.nats[0]!.reason).toBe(`ALB packetlab/echo-clusterip 203.0.113.30:80 proxies it to IP target ${syn.first.dst}:8080 from its own address 10.0.100.30: the client's address and port are not visible past it (inferred from the topology, not observed)`);
    expect(syn.hops).toHaveLength(3);
    expect(syn.hops[2]!.place.kind).toBe('pod-eth');
    const synack = first(traces, syn.last.dst, 0x12);
    expect(synack.gaps![synack.gaps!.length - 1]).toMatchObject({ kind: 'external', label: 'back to ALB packetlab/echo-clusterip 10.0.100.30 through the VPC; not observed' });
    expect(synack.nats.map((n) => [n.kind, n.inferred, n.afterHop, n.after])).toEqual([['UNDNAT', true, synack.hops.length - 1, { ...synack.last, src: '203.0.113.30', sport: 80 }]]);
    },
  },
};

/** What every walk must satisfy: each packet one complete delivered trace, one flow. */
export function checkWalkCommon(traces: Trace[]): void {
  expect(traces.length).toBeGreaterThanOrEqual(2);
  expect(traces.filter((t) => t.verdict !== 'delivered').map((t) => [t.verdict, t.incompleteReasons])).toEqual([]);
  expect(new Set(traces.map((t) => t.flowId)).size).toBe(1);
}
