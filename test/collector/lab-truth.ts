/**
 * Issue 12's altered lab and its exchanges, checked exactly: shared by the live recording
 * (lab-truth.integration.test.ts) and the replay of the recorded events (lab-truth-replay.test.ts).
 */
import { expect } from 'vitest';
import { formatFilter } from '../../filter/ast.js';
import type { Tuple } from '../../common/event.js';
import { SessionManager, type SessionRequest } from '../../collector/sessions.js';
import { vpcCniVethName, type TopologyModel } from '../../collector/topology/model.js';
import type { Flow, Trace } from '../../collector/trace-model.js';
import type { LabTopology } from '../../lab/topology.js';

export const TRUTH_NODES = ['ip-10-0-0-75', 'ip-10-0-0-49', 'ip-10-0-1-228'];

/** The default cluster plus what other clusters had and ours did not. */
export function truthTopology(t: LabTopology): void {
  t.loadBalancers.nlb!.targetType = 'ip';
  const echo = { app: 'echoserver' };
  const svc = (name: string, clusterIP: string, port: { protocol?: 'TCP' | 'UDP'; port: number; targetPort: number }, selector: Record<string, string> = echo): void => {
    t.services.push({ namespace: 'packetlab', name, type: 'ClusterIP', clusterIP, selector, ports: [{ name: '', protocol: port.protocol ?? 'TCP', port: port.port, targetPort: port.targetPort }], externalTrafficPolicy: 'Cluster' });
  };
  svc('echo-udp', '172.20.90.53', { protocol: 'UDP', port: 9000, targetPort: 9000 }); // nothing listens on UDP 9000
  svc('echo-closed', '172.20.90.81', { port: 80, targetPort: 8081 }); // nor on TCP 8081
  svc('echo-other', '172.20.90.88', { port: 8088, targetPort: 8080 }); // the same endpoints as echo-clusterip
  svc('echo-empty', '172.20.90.80', { port: 80, targetPort: 8080 }, { app: 'nobody' }); // no endpoints
  t.services.push({
    namespace: 'packetlab',
    name: 'echo-local',
    type: 'LoadBalancer',
    clusterIP: '172.20.50.50',
    healthCheckNodePort: 32100,
    selector: echo,
    ports: [{ name: '', protocol: 'TCP', port: 80, targetPort: 8080, nodePort: 30080 }],
    externalTrafficPolicy: 'Local',
  });
}

export interface TruthWalk {
  name: string;
  target: string;
  cmd: string[];
  expect: RegExp;
  session: SessionRequest;
  before?: Array<{ target: string; argv: string[] }>;
  after?: Array<{ target: string; argv: string[] }>;
}

const curl = (url: string, max = 3): string[] => ['curl', '-sS', '--max-time', String(max), url];

export const TRUTH_WALKS: TruthWalk[] = [
  {
    name: 'udp-no-listener',
    target: 'packetlab/toolbox-a',
    cmd: ['dig', '+tries=1', '+time=2', '-p', '9000', '@172.20.90.53', 'x.example'],
    expect: /refused/,
    session: { from: 'pod/packetlab/toolbox-a', to: 'svc/packetlab/echo-udp', protocol: 'udp' },
  },
  {
    name: 'tcp-refused',
    target: 'packetlab/toolbox-a',
    cmd: curl('http://172.20.90.81/'),
    expect: /Couldn't connect to server/,
    session: { from: 'pod/packetlab/toolbox-a', to: 'svc/packetlab/echo-closed', protocol: 'tcp' },
  },
  {
    name: 'pod-firewall',
    target: 'packetlab/toolbox-b',
    cmd: curl('http://10.0.2.127:8080/', 2),
    expect: /timed out/i,
    session: { from: 'pod/packetlab/toolbox-b', to: 'pod/packetlab/echoserver-b', port: 8080, protocol: 'tcp' },
    before: [{ target: 'packetlab/echoserver-b', argv: ['iptables', '-I', 'INPUT', '-p', 'tcp', '--dport', '8080', '-j', 'DROP'] }],
    after: [{ target: 'packetlab/echoserver-b', argv: ['iptables', '-D', 'INPUT', '-p', 'tcp', '--dport', '8080', '-j', 'DROP'] }],
  },
  {
    name: 'no-endpoints',
    target: 'packetlab/toolbox-a',
    cmd: curl('http://172.20.90.80/'),
    expect: /Couldn't connect to server/,
    session: { from: 'pod/packetlab/toolbox-a', to: 'svc/packetlab/echo-empty', protocol: 'tcp' },
  },
  {
    // Recorded with echo-clusterip's session while the traffic goes to echo-other.
    name: 'shared-endpoints',
    target: 'packetlab/toolbox-a',
    cmd: curl('http://172.20.90.88:8088/', 5),
    expect: /client_address=10\.0\.1\.51/,
    session: { from: 'pod/packetlab/toolbox-a', to: 'svc/packetlab/echo-clusterip', protocol: 'tcp' },
  },
  {
    name: 'nlb-ip',
    target: 'internet',
    cmd: curl('http://203.0.113.20/', 5),
    expect: /client_address=10\.0\.100\.20/,
    session: { from: '198.51.100.10', to: 'svc/packetlab/echo-nlb', protocol: 'tcp' },
  },
  {
    name: 'etp-local-drop',
    target: 'packetlab/toolbox-b',
    cmd: curl('http://10.0.0.75:30080/', 2),
    expect: /timed out/i,
    session: { from: 'pod/packetlab/toolbox-b', to: 'svc/packetlab/echo-local', protocol: 'tcp' },
  },
];


const label = (t: Trace): string[] => t.hops.map((h) => `${h.direction === 'transmit' ? 'tx' : 'rx'} ${h.place.label}`);
const veth = (pod: string): string => `veth ${vpcCniVethName(pod.split('/')[0]!, pod.split('/')[1]!)} (${pod})`;
const ECHO: Record<string, { pod: string; node: string; eni: string }> = {
  '10.0.3.193': { pod: 'packetlab/echoserver-a', node: 'ip-10-0-1-228', eni: 'ENI ens6 10.0.1.238' },
  '10.0.2.127': { pod: 'packetlab/echoserver-b', node: 'ip-10-0-0-49', eni: 'ENI ens6 10.0.0.59' },
};
const tuple = (src: string, sport: number, dst: string, dport: number, protocol: number): Tuple => ({ src, dst, sport, dport, protocol });

/** toolbox-a → a ClusterIP, DNATed on ip-10-0-0-75 to an echoserver: the six hops, exactly. */
function checkToEndpoint(t: Trace, vip: string, port: number, targetPort: number, protocol: number, service: string): { ep: (typeof ECHO)[string]; ip: string } {
  const ip = t.last.dst;
  const ep = ECHO[ip];
  expect(ep, `DNAT to an echoserver, got ${ip}`).toBeDefined();
  expect(label(t)).toEqual(['tx packetlab/toolbox-a eth0', `rx ${veth('packetlab/toolbox-a')}`, 'tx ENI ens6 10.0.0.85', `rx ${ep!.eni}`, `tx ${veth(ep!.pod)}`, `rx ${ep!.pod} eth0`]);
  expect(t.nodes).toEqual(['ip-10-0-0-75', ep!.node]);
  expect(t.first).toEqual(tuple('10.0.1.51', t.first.sport, vip, port, protocol));
  expect(t.last).toEqual(tuple('10.0.1.51', t.first.sport, ip, targetPort, protocol));
  expect(t.nats.map((n) => [n.node, n.kind, n.afterHop, n.cause, n.service, n.endpointPod])).toEqual([['ip-10-0-0-75', 'DNAT', 1, 'clusterip', service, ep!.pod]]);
  expect(t.direction).toBe('request');
  return { ep: ep!, ip };
}

/** The endpoint's answer back to toolbox-a, un-DNATed to the VIP on ip-10-0-0-75. */
function checkBackFromEndpoint(t: Trace, ep: (typeof ECHO)[string], epTuple: Tuple, vipTuple: Tuple): void {
  expect(label(t)).toEqual([`tx ${ep.pod} eth0`, `rx ${veth(ep.pod)}`, `tx ${ep.eni}`, 'rx ENI ens6 10.0.0.85', `tx ${veth('packetlab/toolbox-a')}`, 'rx packetlab/toolbox-a eth0']);
  expect(t.direction).toBe('reply');
  expect(t.first).toEqual(epTuple);
  expect(t.last).toEqual(vipTuple);
  expect(t.nats.map((n) => [n.node, n.kind, n.afterHop, n.before, n.after])).toEqual([['ip-10-0-0-75', 'UNDNAT', 3, epTuple, vipTuple]]);
  expect(t.verdict).toBe('delivered');
  expect(t.drops).toEqual([]);
}

export const TRUTH_CHECKS: Record<string, { title: string; check(traces: Trace[], topo: TopologyModel, flows: Map<string, Flow>): void }> = {
  'udp-no-listener': {
    title: 'UDP to a port nobody listens on: dropped in the pod (NO_SOCKET), the ICMP port unreachable named and kept by the session',
    check(traces, topo, flows) {
      const q = traces.find((t) => t.first.protocol === 17 && t.first.dst === '172.20.90.53');
      expect(q, 'the datagram to the VIP as one trace').toBeDefined();
      const { ep, ip } = checkToEndpoint(q!, '172.20.90.53', 9000, 9000, 17, 'packetlab/echo-udp');
      expect(q!.verdict).toBe('dropped');
      expect(q!.incompleteReasons).toEqual([]);
      expect(q!.drops.map((d) => [d.node, d.atHop, d.reason, d.place?.label, d.meaning])).toEqual([
        [ep.node, 5, 'NO_SOCKET', `${ep.pod} eth0`, `no socket on UDP ${ip}:9000 in pod ${ep.pod}: the kernel answers ICMP port unreachable`],
      ]);
      const icmp = traces.find((t) => t.first.protocol === 1 && t.first.src === ip);
      expect(icmp, 'the ICMP port unreachable as one trace').toBeDefined();
      checkBackFromEndpoint(icmp!, ep, tuple(ip, 0, '10.0.1.51', 0, 1), tuple('172.20.90.53', 0, '10.0.1.51', 0, 1));
      expect(icmp!.hops[0]!.packet).toMatchObject({ icmpType: 3, icmpCode: 3 });
      expect(icmp!.meaning).toBe(`ICMP destination unreachable (port unreachable) from pod ${ep.pod}`);
      expect(icmp!.flowId).toBe(q!.flowId);
      // A session to the service keeps both: the datagram and the kernel's answer about it.
      const sessions = new SessionManager(topo, () => ['agent'], () => undefined);
      const s = sessions.start({ from: 'pod/packetlab/toolbox-a', to: 'svc/packetlab/echo-udp', protocol: 'udp' });
      expect(formatFilter(s.compiled.filter)).toBe('host 10.0.1.51 and ((host 172.20.90.53 or host 10.0.2.127 or host 10.0.3.193) and port 9000 and udp or icmp)');
      for (const t of traces) sessions.offer(t, flows.get(t.flowId));
      expect(s.traceIds).toEqual([q!.id, icmp!.id]);
    },
  },
  'tcp-refused': {
    title: 'TCP to a closed port: the SYN dropped in the pod (NO_SOCKET), the RST named as the refusal',
    check(traces) {
      const syn = traces.find((t) => t.first.dst === '172.20.90.81' && t.hops[0]!.packet.tcpFlags === 0x02);
      expect(syn, 'the SYN to the VIP as one trace').toBeDefined();
      const { ep, ip } = checkToEndpoint(syn!, '172.20.90.81', 80, 8081, 6, 'packetlab/echo-closed');
      expect(syn!.verdict).toBe('dropped');
      expect(syn!.drops.map((d) => [d.node, d.atHop, d.reason, d.meaning])).toEqual([
        [ep.node, 5, 'NO_SOCKET', `no socket on TCP ${ip}:8081 in pod ${ep.pod}: the kernel answers with a TCP RST (connection refused)`],
      ]);
      const rst = traces.find((t) => t.first.src === ip && (t.hops[0]!.packet.tcpFlags & 0x04) !== 0);
      expect(rst, 'the RST as one trace').toBeDefined();
      const sport = syn!.first.sport;
      checkBackFromEndpoint(rst!, ep, tuple(ip, 8081, '10.0.1.51', sport, 6), tuple('172.20.90.81', 80, '10.0.1.51', sport, 6));
      expect(rst!.hops[0]!.packet.tcpFlags).toBe(0x14); // RST+ACK
      expect(rst!.meaning).toBe(`TCP RST from pod ${ep.pod}: the connection is refused (no socket listening) or reset`);
      expect(rst!.flowId).toBe(syn!.flowId);
    },
  },
  'pod-firewall': {
    title: "a pod's own iptables DROP: dropped in the pod (NETFILTER_DROP), each retransmitted SYN too",
    check(traces) {
      const syns = traces.filter((t) => t.first.src === '10.0.2.29' && t.first.dst === '10.0.2.127');
      expect(syns.length).toBeGreaterThanOrEqual(2); // the SYN and at least one retransmission
      for (const t of syns) {
        expect(label(t)).toEqual(['tx packetlab/toolbox-b eth0', `rx ${veth('packetlab/toolbox-b')}`, `tx ${veth('packetlab/echoserver-b')}`, 'rx packetlab/echoserver-b eth0']);
        expect(t.hops[0]!.packet.tcpFlags).toBe(0x02);
        expect(t.nats).toEqual([]);
        expect(t.verdict).toBe('dropped');
        expect(t.drops.map((d) => [d.node, d.atHop, d.reason, d.place?.label, d.meaning])).toEqual([
          ['ip-10-0-0-49', 3, 'NETFILTER_DROP', 'packetlab/echoserver-b eth0', 'dropped by the iptables rules of pod packetlab/echoserver-b itself'],
        ]);
      }
      expect(traces.filter((t) => t.verdict === 'delivered')).toEqual([]);
    },
  },
  'no-endpoints': {
    title: 'a ClusterIP without endpoints: REJECTed by kube-proxy on the client node, the service named',
    check(traces) {
      const syn = traces.find((t) => t.first.dst === '172.20.90.80' && t.first.protocol === 6);
      expect(syn, 'the SYN to the VIP as one trace').toBeDefined();
      expect(label(syn!)).toEqual(['tx packetlab/toolbox-a eth0', `rx ${veth('packetlab/toolbox-a')}`]);
      expect(syn!.nats).toEqual([]);
      expect(syn!.verdict).toBe('dropped');
      expect(syn!.to).toBe('service packetlab/echo-empty');
      expect(syn!.drops.map((d) => [d.node, d.atHop, d.reason, d.meaning])).toEqual([
        ['ip-10-0-0-75', 1, 'NETFILTER_DROP', 'REJECTed by kube-proxy on ip-10-0-0-75: service packetlab/echo-empty has no endpoints (the client is answered ICMP port unreachable)'],
      ]);
      // Nothing leaked toward the NAT gateway: no hop past the client's veth.
      expect(traces.filter((t) => t.hops.some((h) => h.place.kind === 'eni'))).toEqual([]);
      const icmp = traces.find((t) => t.first.protocol === 1);
      expect(icmp, 'the ICMP port unreachable as one trace').toBeDefined();
      expect(label(icmp!)).toEqual([`tx ${veth('packetlab/toolbox-a')}`, 'rx packetlab/toolbox-a eth0']);
      expect(icmp!.first).toEqual(tuple('10.0.0.75', 0, '10.0.1.51', 0, 1));
      expect(icmp!.hops[0]!.packet).toMatchObject({ icmpType: 3, icmpCode: 3 });
      expect(icmp!.meaning).toBe('ICMP destination unreachable (port unreachable) from node ip-10-0-0-75');
      expect(icmp!.verdict).toBe('delivered');
    },
  },
  'shared-endpoints': {
    title: "a session to one service does not collect another's traffic to the same endpoints",
    check(traces, topo, flows) {
      // What echo-clusterip's kernel filter let through of toolbox-a → echo-other: the hops after its DNAT.
      const part = traces.filter((t) => t.hops.some((h) => h.packet.dst === '10.0.1.51' || h.packet.src === '10.0.1.51'));
      expect(part.length).toBeGreaterThanOrEqual(4);
      const sessions = new SessionManager(topo, () => ['agent'], () => undefined);
      const a = sessions.start({ from: 'pod/packetlab/toolbox-a', to: 'svc/packetlab/echo-clusterip', protocol: 'tcp' });
      const b = sessions.start({ from: 'pod/packetlab/toolbox-a', to: 'svc/packetlab/echo-other', protocol: 'tcp' });
      for (const t of traces) sessions.offer(t, flows.get(t.flowId));
      expect(a.traceIds).toEqual([]);
      expect(a.requests + a.replies).toBe(0);
      expect(b.traceIds.length).toBe(part.length);
    },
  },
  'nlb-ip': {
    title: "an NLB with IP targets: its translation shown before the first hop and after the reply's last, inferred from the topology and marked so",
    check(traces) {
      const syn = traces.find((t) => t.first.src === '10.0.100.20' && t.hops[0]!.packet.tcpFlags === 0x02);
      expect(syn, 'the SYN from the NLB as one trace').toBeDefined();
      const ep = ECHO[syn!.first.dst]!;
      expect(label(syn!)).toEqual([`rx ${ep.eni}`, `tx ${veth(ep.pod)}`, `rx ${ep.pod} eth0`]);
      expect(syn!.verdict).toBe('delivered');
      expect(syn!.gaps![0]).toEqual({ afterHop: -1, kind: 'external', label: 'from NLB packetlab/echo-nlb 10.0.100.20 through the VPC' });
      expect(syn!.nats.map((n) => [n.node, n.kind, n.afterHop, n.cause, n.service, n.inferred, n.before, n.after])).toEqual([
        ['NLB packetlab/echo-nlb', 'DNAT', -1, 'load-balancer', 'packetlab/echo-nlb', true, { ...syn!.first, dst: '203.0.113.20', dport: 80 }, syn!.first],
      ]);
      expect(syn!.nats[0]!.reason).toBe(`NLB packetlab/echo-nlb 203.0.113.20:80 forwards it to IP target ${syn!.first.dst}:8080 from its own address 10.0.100.20: the client's address and port are not visible past it (inferred from the topology, not observed)`);
      // Observed as sent: the trace's first tuple is the packet's, not the inferred one.
      expect(syn!.first).toEqual(tuple('10.0.100.20', syn!.first.sport, ep === ECHO['10.0.3.193'] ? '10.0.3.193' : '10.0.2.127', 8080, 6));
      const synack = traces.find((t) => t.first.dst === '10.0.100.20' && t.hops[0]!.packet.tcpFlags === 0x12);
      expect(synack, 'the SYN-ACK as one trace').toBeDefined();
      expect(label(synack!)).toEqual([`tx ${ep.pod} eth0`, `rx ${veth(ep.pod)}`, `tx ${ep.eni}`]);
      expect(synack!.nats.map((n) => [n.node, n.kind, n.afterHop, n.inferred, n.before, n.after])).toEqual([
        ['NLB packetlab/echo-nlb', 'UNDNAT', 2, true, synack!.last, { ...synack!.last, src: '203.0.113.20', sport: 80 }],
      ]);
      expect(synack!.nats.some((n) => n.cause === 'nat-gateway')).toBe(false);
    },
  },
  'etp-local-drop': {
    title: 'externalTrafficPolicy Local on a node without endpoints: dropped, the service named',
    check(traces) {
      const syns = traces.filter((t) => t.first.dst === '10.0.0.75' && t.first.dport === 30080);
      expect(syns.length).toBeGreaterThanOrEqual(2);
      for (const t of syns) {
        expect(label(t)).toEqual(['tx packetlab/toolbox-b eth0', `rx ${veth('packetlab/toolbox-b')}`, 'tx ENI ens5 10.0.0.49', 'rx ENI ens5 10.0.0.75']);
        expect(t.nodes).toEqual(['ip-10-0-0-49', 'ip-10-0-0-75']);
        expect(t.nats).toEqual([]);
        expect(t.verdict).toBe('dropped');
        expect(t.to).toBe('node ip-10-0-0-75 port 30080 (service packetlab/echo-local)');
        expect(t.drops.map((d) => [d.node, d.atHop, d.reason, d.meaning])).toEqual([
          ['ip-10-0-0-75', 3, 'NETFILTER_DROP', 'dropped by kube-proxy on ip-10-0-0-75: service packetlab/echo-local (NodePort 30080) has externalTrafficPolicy Local and no endpoint on this node'],
        ]);
      }
    },
  },
};

