/**
 * Replay of real kernel events recorded in the lab (lab.integration.test.ts with
 * PACKETLIFE_RECORD=1: three agents with real bpftrace, toolbox-a curling echo-clusterip), so the
 * correlator is checked against what the kernel really emits on every machine, root or not.
 * The same events shuffled within a few ms and duplicated give the same traces.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PacketEvent } from '../../common/event.js';
import { Correlator } from '../../collector/correlate/correlator.js';
import { fromLabTopology, type LabStateLike, type LabTopologyLike } from '../../collector/topology/lab.js';
import { TopologyModel, vpcCniVethName } from '../../collector/topology/model.js';
import type { Trace } from '../../collector/trace-model.js';
import { checkClusterIpWalk, deserializeEvents } from './lab-walk.js';

const events = deserializeEvents(readFileSync('test/collector/fixtures/lab-clusterip-events.json', 'utf8'));
const state = JSON.parse(readFileSync('test/collector/fixtures/lab-clusterip-state.json', 'utf8')) as { topology: LabTopologyLike } & LabStateLike;
const NODES = ['ip-10-0-0-75', 'ip-10-0-0-49', 'ip-10-0-1-228'];

const walksState = JSON.parse(readFileSync('test/collector/fixtures/lab-walks-state.json', 'utf8')) as { topology: LabTopologyLike } & LabStateLike;

function correlate(evs: PacketEvent[], st: { topology: LabTopologyLike } & LabStateLike = state): { traces: Trace[]; c: Correlator } {
  const traces: Trace[] = [];
  const c = new Correlator({ topology: new TopologyModel(fromLabTopology(st.topology, st)), onTrace: (t) => traces.push(t) });
  for (const n of NODES) c.setAgent(n, true);
  c.pushAll(evs);
  c.flush();
  return { traces, c };
}

describe('correlator on recorded real lab events (ClusterIP curl)', () => {
  it('the SYN is the reference walk and the SYN-ACK its un-DNATed reply', () => {
    expect(events.length).toBeGreaterThan(50);
    checkClusterIpWalk(correlate(events).traces);
  });

  it('every packet of the connection is one delivered trace; flows are one connection', () => {
    const { traces, c } = correlate(events);
    const conn = traces.filter((t) => t.hops.some((h) => h.packet.src === '10.0.1.51' || h.packet.dst === '10.0.1.51'));
    expect(conn.length).toBeGreaterThanOrEqual(6); // SYN, SYN-ACK, ACK, request, response, FINs...
    expect(conn.filter((t) => t.verdict !== 'delivered').map((t) => t.incompleteReasons)).toEqual([]);
    expect(new Set(conn.map((t) => t.flowId)).size).toBe(1);
    expect(c.stats.lateDropped).toBe(0);
  });

  it('shuffled within 2 ms and duplicated: the same traces', () => {
    const base = correlate(events).traces.map(({ flowId: _f, ...t }) => t).sort((a, b) => a.id.localeCompare(b.id));
    let seed = 3;
    const jitter = events.map((e, i) => ({ e, k: Number(e.monoNs / 2_000_000n) * 1e6 + ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 1000), i }));
    const shuffled = jitter.sort((a, b) => a.k - b.k).map((x) => x.e);
    const again = correlate(shuffled.flatMap((e, i) => (i % 4 === 0 ? [e, { ...e }] : [e]))).traces.map(({ flowId: _f, ...t }) => t).sort((a, b) => a.id.localeCompare(b.id));
    expect(again).toEqual(base);
  });

  it("without the endpoint node's agent: incomplete, with the hops it did see exact", () => {
    const { traces } = correlate(events.filter((e) => e.node !== 'ip-10-0-1-228'));
    const syn = traces.find((t) => t.first.dst === '172.20.122.189' && t.hops[0]!.packet.tcpFlags === 0x02)!;
    expect(syn.verdict).toBe('incomplete');
    expect(syn.incompleteReasons).toEqual(['arrival not seen on node ip-10-0-1-228 (timeout)']);
    expect(syn.hops.map((h) => h.place.label)).toEqual(['packetlab/toolbox-a eth0', expect.stringMatching(/^veth eni/), 'ENI ens6 10.0.0.85']);
  });
});

/** The other reference walks, recorded the same way (one exchange each). */
function replay(name: string): Trace[] {
  return correlate(deserializeEvents(readFileSync(`test/collector/fixtures/lab-${name}-events.json`, 'utf8')), walksState).traces;
}
const label = (t: Trace): string[] => t.hops.map((h) => `${h.direction === 'transmit' ? 'tx' : 'rx'} ${h.place.label}`);
const vethOf = (pod: string): string => `veth ${vpcCniVethName(pod.split('/')[0]!, pod.split('/')[1]!)} (${pod})`;
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

describe('more reference walks from recorded real lab events', () => {
  for (const name of ['same-node', 'cross-node', 'nodeport-remote', 'nodeport-local', 'egress', 'dns', 'nlb', 'alb']) {
    it(`${name}: every trace complete and delivered, one flow`, () => {
      const traces = replay(name);
      expect(traces.length).toBeGreaterThanOrEqual(2);
      expect(traces.filter((t) => t.verdict !== 'delivered').map((t) => [t.verdict, t.incompleteReasons])).toEqual([]);
      expect(new Set(traces.map((t) => t.flowId)).size).toBe(1);
    });
  }

  it('5c pod to pod on one node: four hops, main table to the peer veth, no NAT', () => {
    const traces = replay('same-node');
    const syn = first(traces, '10.0.2.29', 0x02);
    expect(label(syn)).toEqual(['tx packetlab/toolbox-b eth0', `rx ${vethOf('packetlab/toolbox-b')}`, `tx ${vethOf('packetlab/echoserver-b')}`, 'rx packetlab/echoserver-b eth0']);
    expect(syn.nats).toEqual([]);
    expect(syn.routes.find((r) => r.atHop === 1)).toMatchObject({ table: 254, tableName: 'main', dev: vpcCniVethName('packetlab', 'echoserver-b') });
    expect(first(traces, '10.0.2.127', 0x12).direction).toBe('reply');
  });

  it('5d/5e across nodes: out of table 2 on the sender, the reply out of the server ENI table 2', () => {
    const traces = replay('cross-node');
    const syn = first(traces, '10.0.1.51', 0x02);
    expect(label(syn)).toEqual([
      'tx packetlab/toolbox-a eth0', `rx ${vethOf('packetlab/toolbox-a')}`, 'tx ENI ens6 10.0.0.85',
      'rx ENI ens6 10.0.0.59', `tx ${vethOf('packetlab/echoserver-b')}`, 'rx packetlab/echoserver-b eth0',
    ]);
    expect(syn.routes.find((r) => r.atHop === 1)).toMatchObject({ tableName: 'table 2 (ENI ens6 10.0.0.85)', gateway: '10.0.0.1', dev: 'ens6' });
    const synack = first(traces, '10.0.2.127', 0x12);
    expect(synack.routes.find((r) => r.atHop === 1)).toMatchObject({ tableName: 'table 2 (ENI ens6 10.0.0.59)', dev: 'ens6' });
    expect(synack.nodes).toEqual(['ip-10-0-0-49', 'ip-10-0-0-75']);
  });

  it('NodePort from another node: DNAT + masquerade to the node IP on the NodePort node; the reply un-DNATed and un-SNATed there', () => {
    const traces = replay('nodeport-remote');
    const syn = first(traces, '10.0.2.29', 0x02);
    const ep = EP[syn.last.dst]!;
    expect(syn.nodes).toEqual(['ip-10-0-0-49', 'ip-10-0-0-75', ep.node]);
    expect(syn.nats).toHaveLength(1);
    expect(syn.nats[0]).toMatchObject({ node: 'ip-10-0-0-75', kind: 'DNAT+SNAT', afterHop: 3, cause: 'nodeport-masquerade', service: 'packetlab/echo-nodeport', endpointPod: ep.pod });
    expect(syn.nats[0]!.before).toMatchObject({ src: '10.0.2.29', dst: '10.0.0.75', dport: 32385 });
    expect(syn.nats[0]!.after).toMatchObject({ src: '10.0.0.75', dst: syn.last.dst, dport: 8080 });
    const synack = first(traces, syn.last.dst, 0x12);
    expect(synack.nats.map((n) => [n.node, n.kind, n.cause])).toEqual([['ip-10-0-0-75', 'UNDNAT', 'reply'], ['ip-10-0-0-75', 'UNSNAT', 'reply']]);
    expect(synack.last).toMatchObject({ src: '10.0.0.75', sport: 32385, dst: '10.0.2.29' });
    expect(synack.hops[synack.hops.length - 1]!.place.label).toBe('packetlab/toolbox-b eth0');
  });

  it('NodePort from the node itself: the OUTPUT DNAT + masquerade comes from conntrack, before the first hop', () => {
    const traces = replay('nodeport-local');
    const syn = first(traces, '10.0.0.75', 0x02);
    expect(syn.hops[0]!.place.node).toBe('ip-10-0-0-75');
    expect(syn.nats[0]).toMatchObject({ afterHop: -1, kind: 'DNAT+SNAT', cause: 'nodeport-masquerade', service: 'packetlab/echo-nodeport' });
    expect(syn.nats[0]!.before).toMatchObject({ dst: '10.0.0.75', dport: 32385 });
    expect(syn.hops[syn.hops.length - 1]!.place.label).toBe(`${EP[syn.last.dst]!.pod} eth0`);
    const synack = first(traces, syn.last.dst, 0x12);
    expect(synack.hops[synack.hops.length - 1]!.place).toMatchObject({ node: 'ip-10-0-0-75', kind: 'eni' });
  });

  it('egress: VPC CNI SNAT to the node primary IP, the NAT gateway inferred; the reply from outside un-SNATed', () => {
    const traces = replay('egress');
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
  });

  it('DNS through kube-dns: UDP DNAT to a CoreDNS endpoint, the answer un-DNATed to the VIP', () => {
    const traces = replay('dns');
    const q = traces.find((t) => t.first.dst === '172.20.0.10')!;
    expect(q.first).toMatchObject({ src: '10.0.1.51', dport: 53, protocol: 17 });
    const ep = EP[q.last.dst]!;
    expect(q.nats[0]).toMatchObject({ kind: 'DNAT', cause: 'clusterip', service: 'kube-system/kube-dns', endpointPod: ep.pod });
    expect(q.hops[q.hops.length - 1]!.place.label).toBe(`${ep.pod} eth0`);
    const a = traces.find((t) => t.first.src === q.last.dst)!;
    expect(a.direction).toBe('reply');
    expect(a.nats.map((n) => [n.kind, n.after.src, n.after.sport])).toEqual([['UNDNAT', '172.20.0.10', 53]]);
  });

  it('NLB (instance targets): from the internet with the client IP kept, NodePort DNAT + masquerade; the reply goes back by the NLB, no NAT gateway', () => {
    const traces = replay('nlb');
    const syn = first(traces, '198.51.100.10', 0x02);
    expect(syn.gaps![0]).toEqual({ afterHop: -1, kind: 'external', label: 'from internet host 198.51.100.10 through the VPC (through the load balancer of service packetlab/echo-nlb)' });
    expect(syn.hops[0]!.place).toMatchObject({ kind: 'eni' });
    expect(syn.first.dport).toBe(31080);
    expect(syn.nats[0]).toMatchObject({ kind: 'DNAT+SNAT', cause: 'nodeport-masquerade', service: 'packetlab/echo-nlb', afterHop: 0 });
    const synack = first(traces, syn.last.dst, 0x12);
    expect(synack.nats.map((n) => n.kind)).toEqual(['UNDNAT', 'UNSNAT']);
    expect(synack.nats.some((n) => n.cause === 'nat-gateway')).toBe(false);
    expect(synack.gaps![synack.gaps!.length - 1]!.label).toBe('back to internet host 198.51.100.10 through the VPC (back through the load balancer of service packetlab/echo-nlb); not observed');
  });

  it('ALB (IP targets): from the ALB private address straight to the pod, no NAT on the node', () => {
    const traces = replay('alb');
    const syn = first(traces, '10.0.100.30', 0x02);
    expect(syn.gaps![0]).toEqual({ afterHop: -1, kind: 'external', label: 'from ALB packetlab/echo-clusterip 10.0.100.30 through the VPC' });
    expect(syn.nats).toEqual([]);
    expect(syn.hops).toHaveLength(3);
    expect(syn.hops[2]!.place.kind).toBe('pod-eth');
    const synack = first(traces, syn.last.dst, 0x12);
    expect(synack.gaps![synack.gaps!.length - 1]).toMatchObject({ kind: 'external', label: 'back to ALB packetlab/echo-clusterip 10.0.100.30 through the VPC; not observed' });
  });
});
