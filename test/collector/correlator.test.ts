import { describe, expect, it } from 'vitest';
import type { PacketEvent } from '../../common/event.js';
import { Correlator, type CorrelatorOptions } from '../../collector/correlate/correlator.js';
import type { Flow, Trace } from '../../collector/trace-model.js';
import {
  N228, N49, N75, allWalks, clusterIpReply, clusterIpRequest, ct, droppedOnNode, egressReply, egressRequest, labModel, rewrite, tuple,
  hairpinClusterIp, nodePortFromOtherNode, podToPodCrossNode, podToPodSameNode, veth,
} from '../../fixtures/walks.js';

const T0 = 5_000_000_000n;

function run(events: PacketEvent[], opts: Partial<CorrelatorOptions> = {}, setup?: (c: Correlator) => void): { traces: Trace[]; flows: Map<string, Flow>; c: Correlator } {
  const traces: Trace[] = [];
  const flows = new Map<string, Flow>();
  const c = new Correlator({ topology: labModel(), onTrace: (t) => traces.push(t), onFlow: (f) => flows.set(f.id, f), ...opts });
  setup?.(c);
  c.pushAll(events);
  c.flush();
  return { traces, flows, c };
}

const hopNames = (t: Trace): string[] => t.hops.map((h) => `${h.direction === 'transmit' ? 'tx' : 'rx'} ${h.place.label}`);

/** Deterministic pseudo-random shuffle (no Math.random: a failing seed must be reproducible). */
function shuffle<T>(items: T[], seed: number): T[] {
  const a = [...items];
  let s = seed;
  for (let i = a.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

describe('correlator: the reference packet walks', () => {
  it('pod to pod on one node (5c): four hops, main table, no NAT, delivered', () => {
    const { traces } = run(podToPodSameNode(T0).events);
    expect(traces).toHaveLength(1);
    const t = traces[0]!;
    expect(hopNames(t)).toEqual([
      'tx packetlab/toolbox-b eth0',
      `rx veth ${veth('packetlab/toolbox-b')} (packetlab/toolbox-b)`,
      `tx veth ${veth('packetlab/echoserver-b')} (packetlab/echoserver-b)`,
      'rx packetlab/echoserver-b eth0',
    ]);
    expect(t.nodes).toEqual([N49]);
    expect(t.nats).toEqual([]);
    expect(t.routes.map((r) => [r.atHop, r.tableName, r.dev])).toEqual([
      [0, 'main', 'eth0'], // the pod's own output lookup (its netns' main table)
      [1, 'main', veth('packetlab/echoserver-b')],
    ]);
    expect(t.routes[0]!.gateway).toBe('169.254.1.1');
    expect(t.routes[1]!.consulted!.map((c) => [c.table, c.error])).toEqual([[255, -11], [254, 0]]);
    expect(t.verdict).toBe('delivered');
    expect(t.incompleteReasons).toEqual([]);
    expect(t.incompleteDetails).toBeUndefined();
    expect(t.from).toBe('pod packetlab/toolbox-b');
    expect(t.to).toBe('pod packetlab/echoserver-b');
    expect(t.direction).toBe('request');
  });

  it('pod to pod across nodes (5d): table 2 out of ENI ens6, the VPC router unobserved, stitched on wire fields', () => {
    const { traces } = run(podToPodCrossNode(T0).events);
    expect(traces).toHaveLength(1);
    const t = traces[0]!;
    expect(t.nodes).toEqual([N75, N49]);
    expect(hopNames(t)).toEqual([
      'tx packetlab/toolbox-a eth0',
      `rx veth ${veth('packetlab/toolbox-a')} (packetlab/toolbox-a)`,
      'tx ENI ens6 10.0.0.85',
      'rx ENI ens6 10.0.0.59',
      `tx veth ${veth('packetlab/echoserver-b')} (packetlab/echoserver-b)`,
      'rx packetlab/echoserver-b eth0',
    ]);
    expect(t.hops.map((h) => h.place.node)).toEqual([N75, N75, N75, N49, N49, N49]);
    expect(t.gaps).toEqual([{ afterHop: 2, kind: 'vpc-fabric', label: 'VPC router (not observed)', clocks: 'unknown' }]);
    expect(t.routes.map((r) => [r.node, r.atHop, r.tableName, r.gateway, r.eni])).toEqual([
      [N75, 1, 'table 2 (ENI ens6 10.0.0.85)', '10.0.0.1', 'ens6'],
      [N49, 3, 'main', undefined, undefined],
    ]);
    expect(t.nats).toEqual([]);
    expect(t.verdict).toBe('delivered');
  });

  it('ClusterIP: DNAT to the endpoint on the client node, no SNAT; the reply is un-DNATed; one flow', () => {
    const req = clusterIpRequest(T0);
    const rep = clusterIpReply(T0 + 1_000_000n);
    const { traces, flows } = run([...req.events, ...rep.events]);
    expect(traces).toHaveLength(2);
    const request = traces.find((t) => t.first.dst === '172.20.122.189')!;
    const reply = traces.find((t) => t.first.src === '10.0.3.193')!;
    expect(request.nodes).toEqual([N75, N228]);
    expect(request.nats).toHaveLength(1);
    const dnat = request.nats[0]!;
    expect(dnat.kind).toBe('DNAT');
    expect(dnat.afterHop).toBe(1);
    expect(dnat.before).toEqual({ src: '10.0.1.51', sport: 40020, dst: '172.20.122.189', dport: 80, protocol: 6 });
    expect(dnat.after).toEqual({ src: '10.0.1.51', sport: 40020, dst: '10.0.3.193', dport: 8080, protocol: 6 });
    expect(dnat.cause).toBe('clusterip');
    expect(dnat.service).toBe('packetlab/echo-clusterip');
    expect(dnat.endpointPod).toBe('packetlab/echoserver-a');
    expect(dnat.reason).toBe('ClusterIP DNAT of service packetlab/echo-clusterip to endpoint packetlab/echoserver-a');
    expect(request.nats.some((n) => n.kind.includes('SNAT'))).toBe(false);
    expect(request.routes.map((r) => [r.node, r.atHop, r.tableName, r.dst])).toEqual([
      [N75, 0, 'main', '172.20.122.189'], // toolbox-a's own lookup, before any DNAT
      [N75, 1, 'table 2 (ENI ens6 10.0.0.85)', '10.0.3.193'], // after DNAT: rule 1536 from the pod → table 2
      [N228, 3, 'main', '10.0.3.193'],
    ]);
    expect(request.last).toEqual({ src: '10.0.1.51', sport: 40020, dst: '10.0.3.193', dport: 8080, protocol: 6 });
    expect(request.to).toBe('service packetlab/echo-clusterip → pod packetlab/echoserver-a');
    expect(request.verdict).toBe('delivered');
    expect(request.direction).toBe('request');

    expect(reply.nodes).toEqual([N228, N75]);
    expect(reply.direction).toBe('reply');
    expect(reply.routes.map((r) => [r.atHop, r.tableName])).toEqual([[1, 'table 2 (ENI ens6 10.0.1.238)'], [3, 'main']]);
    expect(reply.nats).toHaveLength(1);
    const un = reply.nats[0]!;
    expect(un.kind).toBe('UNDNAT');
    expect(un.afterHop).toBe(3);
    expect(un.before.src).toBe('10.0.3.193');
    expect(un.after).toEqual({ src: '172.20.122.189', sport: 80, dst: '10.0.1.51', dport: 40020, protocol: 6 });
    expect(un.cause).toBe('reply');
    expect(un.service).toBe('packetlab/echo-clusterip');
    expect(reply.verdict).toBe('delivered');

    expect(request.flowId).toBe(reply.flowId);
    const flow = flows.get(request.flowId)!;
    expect(flow.original).toEqual({ src: '10.0.1.51', sport: 40020, dst: '172.20.122.189', dport: 80, protocol: 6 });
    expect(flow.reply).toEqual({ src: '10.0.3.193', sport: 8080, dst: '10.0.1.51', dport: 40020, protocol: 6 });
    expect(flow.service).toBe('packetlab/echo-clusterip');
    expect(flow.endpointPod).toBe('packetlab/echoserver-a');
    expect(flow.traceIds.sort()).toEqual([request.id, reply.id].sort());
  });

  it('NodePort from another node: DNAT + masquerade to the node IP, three nodes, rp_filter lookup ignored', () => {
    const { traces } = run(nodePortFromOtherNode(T0).events);
    expect(traces).toHaveLength(1);
    const t = traces[0]!;
    expect(t.nodes).toEqual([N49, N75, N228]);
    expect(t.gaps!.map((g) => [g.afterHop, g.kind])).toEqual([[2, 'vpc-fabric'], [4, 'vpc-fabric']]);
    expect(t.nats).toHaveLength(1);
    const n = t.nats[0]!;
    expect(n.kind).toBe('DNAT+SNAT');
    expect(n.afterHop).toBe(3);
    expect(n.node).toBe(N75);
    expect(n.before).toEqual({ src: '10.0.2.29', sport: 40030, dst: '10.0.0.75', dport: 32385, protocol: 6 });
    expect(n.after).toEqual({ src: "10.0.0.75", sport: 61030, dst: '10.0.3.193', dport: 8080, protocol: 6 });
    expect(n.cause).toBe('nodeport-masquerade');
    expect(t.to).toBe('node ip-10-0-0-75 port 32385 (service packetlab/echo-nodeport) → pod packetlab/echoserver-a');
    expect(n.reason).toBe('NodePort 32385 DNAT of service packetlab/echo-nodeport to endpoint packetlab/echoserver-a, masquerade to node IP 10.0.0.75 (ip-10-0-0-75)');
    const r75 = t.routes.find((r) => r.node === N75)!;
    expect(r75.dst).toBe('10.0.3.193');
    expect(r75.consulted!.map((c) => c.table)).toEqual([255, 254]);
    expect(t.verdict).toBe('delivered');
  });

  it('egress: VPC CNI SNAT to the node primary IP, then the NAT gateway (inferred); reply un-SNATed, one flow', () => {
    const { traces, flows } = run([...egressRequest(T0).events, ...egressReply(T0 + 3_000_000n).events]);
    expect(traces).toHaveLength(2);
    const [req, rep] = [traces.find((t) => t.direction === 'request')!, traces.find((t) => t.direction === 'reply')!];
    expect(req.nats.map((n) => [n.kind, n.cause, n.afterHop, n.after.src, n.inferred ?? false])).toEqual([
      ['SNAT', 'vpc-cni-egress-snat', 1, '10.0.0.49', false],
      ['SNAT', 'nat-gateway', 2, '203.0.113.10', true],
    ]);
    expect(req.nats[0]!.reason).toBe('VPC CNI egress SNAT of pod packetlab/toolbox-b to node primary IP 10.0.0.49 (ip-10-0-0-49): destination outside the VPC');
    expect(req.gaps).toEqual([
      { afterHop: 2, kind: 'external', label: 'to internet host 198.51.100.10 through the VPC and NAT gateway 10.0.100.10 (SNAT to 203.0.113.10); not observed' },
    ]);
    expect(req.verdict).toBe('delivered');
    expect(rep.gaps![0]).toEqual({ afterHop: -1, kind: 'external', label: 'from internet host 198.51.100.10 through the VPC' });
    expect(rep.nats.map((n) => [n.kind, n.cause, n.afterHop, n.after.dst])).toEqual([['UNSNAT', 'reply', 0, '10.0.2.29']]);
    expect(rep.verdict).toBe('delivered');
    expect(rep.flowId).toBe(req.flowId);
    expect(flows.get(req.flowId)!.original).toEqual({ src: '10.0.2.29', sport: 40040, dst: '198.51.100.10', dport: 80, protocol: 6 });
  });

  it('hairpin: a pod reaching its own service is DNATed to itself and masqueraded, named as such', () => {
    const { traces } = run(hairpinClusterIp(T0).events);
    expect(traces).toHaveLength(1);
    const t = traces[0]!;
    expect(t.nodes).toEqual([N228]);
    expect(t.nats.map((n) => [n.kind, n.cause, n.afterHop, n.after.src, n.after.dst])).toEqual([['DNAT+SNAT', 'hairpin-masquerade', 1, '10.0.1.228', '10.0.3.193']]);
    expect(t.nats[0]!.reason).toBe('ClusterIP DNAT of service packetlab/echo-clusterip to endpoint packetlab/echoserver-a (the client itself), hairpin masquerade to 10.0.1.228');
    expect(t.verdict).toBe('delivered');
  });

  it('a drop ends the trace with its reason at the hop it followed', () => {
    const { traces } = run(droppedOnNode(T0).events);
    expect(traces).toHaveLength(1);
    expect(traces[0]!.verdict).toBe('dropped');
    expect(traces[0]!.drops.map((d) => [d.node, d.atHop, d.reason])).toEqual([[N75, 1, 'NETFILTER_DROP']]);
  });
});

describe('correlator: robustness', () => {
  const stream = (): PacketEvent[] => {
    const out: PacketEvent[] = [];
    for (let r = 0; r < 20; r++) for (const w of allWalks(T0 + BigInt(r) * 20_000_000n, r)) out.push(...w.events);
    return out;
  };
  const canonical = (traces: Trace[]): unknown[] =>
    [...traces].sort((a, b) => a.id.localeCompare(b.id)).map(({ flowId: _f, ...rest }) => rest);
  const flowPartition = (traces: Trace[]): string[] => {
    const byFlow = new Map<string, string[]>();
    for (const t of traces) byFlow.set(t.flowId, [...(byFlow.get(t.flowId) ?? []), t.id]);
    return [...byFlow.values()].map((ids) => ids.sort().join(',')).sort();
  };

  it('in order, every walk gives one delivered or dropped trace, and the partition into flows is request+reply', () => {
    const { traces, c } = run(stream());
    expect(traces).toHaveLength(20 * 7);
    expect(traces.every((t) => t.verdict === 'delivered')).toBe(true);
    expect(new Set(traces.map((t) => t.flowId)).size).toBe(20 * 5);
    expect(c.stats.lateDropped).toBe(0);
    expect(c.stats.duplicates).toBe(0);
  });

  it('shuffled within a few ms and duplicated: the same traces and flows', () => {
    const events = stream();
    const base = run(events).traces;
    // Shuffle inside 5 ms buckets: agents deliver per-CPU buffers out of order, not minutes late.
    const buckets = new Map<bigint, PacketEvent[]>();
    for (const e of events) {
      const k = e.monoNs / 5_000_000n;
      buckets.set(k, [...(buckets.get(k) ?? []), e]);
    }
    const shuffled = [...buckets.keys()].sort((a, b) => (a < b ? -1 : 1)).flatMap((k, i) => shuffle(buckets.get(k)!, i + 7));
    const dup = shuffled.flatMap((e, i) => (i % 3 === 0 ? [e, { ...e }] : [e]));
    const again = run(dup);
    expect(canonical(again.traces)).toEqual(canonical(base));
    expect(flowPartition(again.traces)).toEqual(flowPartition(base));
    expect(again.c.stats.duplicates).toBe(Math.ceil(shuffled.length / 3));
  });

  it("a node's agent missing entirely: incomplete with 'no agent', never a wrong hop", () => {
    const events = clusterIpRequest(T0).events.filter((e) => e.node !== N228);
    const { traces } = run(events);
    expect(traces).toHaveLength(1);
    const t = traces[0]!;
    expect(t.verdict).toBe('incomplete');
    expect(t.incompleteReasons).toEqual([`no agent on node ${N228}`]);
    expect(t.incompleteDetails).toEqual([{ code: 'no-agent', node: N228, text: `no agent on node ${N228}` }]);
    expect(t.nodes).toEqual([N75]);
    expect(t.hops).toHaveLength(3);
    expect(t.nats[0]!.endpointPod).toBe('packetlab/echoserver-a');
    expect(t.gaps).toEqual([{ afterHop: 2, kind: 'no-agent', label: `to pod packetlab/echoserver-a on node ${N228}, which has no agent` }]);
  });

  it('an agent that disconnected: incomplete with no agent, even though its node sent events before', () => {
    const before = podToPodSameNode(T0 - 2_000_000_000n, '42', 41500).events.map((e) => ({ ...e, node: N228 }));
    const events = [...before, ...clusterIpRequest(T0).events.filter((e) => e.node !== N228)];
    const { traces } = run(events, {}, (c) => c.setAgent(N228, false));
    const t = traces.find((x) => x.first.dst === '172.20.122.189')!;
    expect(t.incompleteReasons).toEqual([`no agent on node ${N228}`]);
  });

  it('an agent that is up but whose events are lost: incomplete, arrival not seen, loss named', () => {
    const events = clusterIpRequest(T0).events.filter((e) => e.node !== N228);
    const { traces } = run(events, {}, (c) => {
      c.setAgent(N228, true);
      c.reportLoss(N228, 12, 1_764_000_000_000_000_000n + T0);
    });
    const t = traces[0]!;
    expect(t.verdict).toBe('incomplete');
    expect(t.incompleteReasons).toEqual([`arrival not seen on node ${N228} (timeout)`, `events lost on ${N228} (its agent reported 12)`]);
    expect(t.incompleteDetails?.map((r) => [r.code, r.node])).toEqual([['arrival-not-seen', N228], ['events-lost', N228]]);
  });

  it('the arriving half alone: incomplete (departure not seen), delivered hops still exact', () => {
    const events = clusterIpRequest(T0).events.filter((e) => e.node === N228);
    const { traces } = run(events, {}, (c) => c.setAgent(N75, true));
    expect(traces).toHaveLength(1);
    expect(traces[0]!.verdict).toBe('incomplete');
    expect(traces[0]!.incompleteReasons).toEqual([`departure toward this node not seen on node ${N75} (timeout)`]);
    expect(traces[0]!.hops.map((h) => h.place.node)).toEqual([N228, N228, N228]);
  });

  it("a pod's packet first seen leaving through the ENI is partial (its send not seen), never a node's send", () => {
    // Under load an skb's events can split into two chains; the half that starts at the ENI must not pass for the whole.
    const request = clusterIpRequest(T0).events.filter((e) => !(e.node === N75 && (e.pod === 'packetlab/toolbox-a' || e.ifname === veth('packetlab/toolbox-a'))));
    const { traces } = run(request);
    expect(traces).toHaveLength(1);
    const t = traces[0]!;
    expect(hopNames(t)).toEqual(['tx ENI ens6 10.0.0.85', 'rx ENI ens6 10.0.1.238', `tx veth ${veth('packetlab/echoserver-a')} (packetlab/echoserver-a)`, 'rx packetlab/echoserver-a eth0']);
    expect(t.verdict).toBe('incomplete');
    expect(t.incompleteReasons).toEqual([`first seen leaving through ENI ens6 10.0.0.85 on ${N75}; the send by pod packetlab/toolbox-a was not observed`]);
    // Conntrack still names the DNAT its unobserved part made, and the service.
    expect(t.first).toEqual(tuple('10.0.1.51', 40020, '172.20.122.189', 80));
    expect(t.nats.map((n) => [n.kind, n.cause, n.afterHop])).toEqual([['DNAT', 'clusterip', -1]]);

    // SNATed on the way out: the sender is conntrack's original source, a pod.
    const egress = egressRequest(T0).events.filter((e) => e.ifname === 'ens5');
    const out = run(egress).traces;
    expect(out).toHaveLength(1);
    expect(out[0]!.verdict).toBe('incomplete');
    expect(out[0]!.incompleteReasons).toEqual([`first seen leaving through ENI ens5 10.0.0.49 on ${N49}; the send by pod packetlab/toolbox-b was not observed`]);

    // On one node: first seen going into the other pod's veth.
    const sameNode = podToPodSameNode(T0).events.filter((e) => e.pod !== 'packetlab/toolbox-b' && e.ifname !== veth('packetlab/toolbox-b'));
    const inner = run(sameNode).traces;
    expect(inner.map((t) => [t.verdict, t.incompleteReasons])).toEqual([
      ['incomplete', [`first seen leaving through veth ${veth('packetlab/echoserver-b')} (packetlab/echoserver-b) on ${N49}; the send by pod packetlab/toolbox-b was not observed`]],
    ]);

    // The node's own send (its address before any NAT) starts at the ENI: complete.
    const nodeSent = egress.map((e) => ({ ...e, packet: rewrite(e.packet!, { src: '10.0.0.49', sport: 50040 }), ct: ct(tuple('10.0.0.49', 50040, '198.51.100.10', 80), tuple('198.51.100.10', 80, '10.0.0.49', 50040), 0x8, 2) }));
    const own = run(nodeSent).traces;
    expect(own).toHaveLength(1);
    expect(own[0]!.incompleteReasons).toEqual([]);
    expect(own[0]!.from).toBe(`node ${N49}`);
  });

  it('a missing middle event (host veth receive) is reported, not papered over', () => {
    const events = podToPodSameNode(T0).events.filter((e) => !(e.kind === 'receive' && e.ifname === veth('packetlab/toolbox-b')));
    const { traces } = run(events);
    expect(traces[0]!.verdict).toBe('incomplete');
    expect(traces[0]!.incompleteReasons).toEqual([
      `a hop between packetlab/toolbox-b eth0 and veth ${veth('packetlab/echoserver-b')} (packetlab/echoserver-b) on ${N49} was not observed`,
    ]);
  });

  it('segments stitch whichever node closes first (arrival before departure in the stream)', () => {
    const w = podToPodCrossNode(T0).events;
    const n49 = w.filter((e) => e.node === N49);
    const n75 = w.filter((e) => e.node === N75);
    const { traces } = run([...n49, ...n75]);
    expect(traces).toHaveLength(1);
    expect(traces[0]!.nodes).toEqual([N75, N49]);
    expect(traces[0]!.verdict).toBe('delivered');
  });

  it('a reused skb address on one node gives two traces, not one', () => {
    const a = podToPodSameNode(T0, '1234', 41000);
    const b = podToPodSameNode(T0 + 100_000n, '1234', 41001);
    const { traces } = run([...a.events, ...b.events]);
    expect(traces).toHaveLength(2);
    expect(traces.map((t) => t.first.sport).sort()).toEqual([41000, 41001]);
    expect(traces.every((t) => t.hops.length === 4 && t.verdict === 'delivered')).toBe(true);
  });

  it('in-flight chains are bounded; evictions are counted and the traces say so', () => {
    const events: PacketEvent[] = [];
    for (let i = 0; i < 50; i++) events.push(...podToPodSameNode(T0 + BigInt(i) * 1000n, String(9000 + i), 30000 + i).events);
    const { traces, c } = run(events, { maxInFlightChains: 10, chainIdleNs: 1e9 });
    expect(c.stats.chainsEvicted).toBeGreaterThan(0);
    expect(c.stats.chainsOpen).toBe(0);
    const evicted = traces.filter((t) => t.incompleteReasons.some((r) => r.includes('too many packets in flight')));
    expect(evicted.length).toBe(c.stats.chainsEvicted);
  });

  it('events far behind their node are counted as late instead of starting bogus chains', () => {
    const late = podToPodSameNode(T0).events;
    const later = podToPodSameNode(T0 + 500_000_000n, '777', 42000).events;
    const { c, traces } = run([...later, ...late]);
    expect(c.stats.lateDropped).toBe(late.filter((e) => e.kind !== 'route').length);
    expect(traces).toHaveLength(1);
  });

  it('rejects nonsense options by name', () => {
    expect(() => new Correlator({ topology: labModel(), chainIdleNs: -1 })).toThrow(/chainIdleNs must be a positive number/);
  });

  it('a wall-clock tick finishes traces when every node went quiet', () => {
    const traces: Trace[] = [];
    const c = new Correlator({ topology: labModel(), onTrace: (t) => traces.push(t) });
    c.pushAll(podToPodSameNode(T0).events);
    expect(traces).toHaveLength(0);
    c.tick(1_764_000_000_000_000_000n + T0 + 10_000_000_000n);
    expect(traces).toHaveLength(1);
  });
});

describe('trace ids', () => {
  it('are 64-bit FNV-1a of the first hop: the reference values', async () => {
    const { fnv1a64Hex } = await import('../../collector/correlate/hash.js');
    expect(fnv1a64Hex('')).toBe('cbf29ce484222325');
    expect(fnv1a64Hex('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64Hex('foobar')).toBe('85944171f73967e8');
  });
});

describe('correlator: agent clocks', () => {
  it('a node whose clock runs 60 s ahead still has its chains closed once it goes quiet', () => {
    const traces: Trace[] = [];
    const c = new Correlator({ topology: labModel(), onTrace: (t) => traces.push(t) });
    const ahead = podToPodSameNode(T0).events.map((e) => ({ ...e, wallUnixNs: e.wallUnixNs + 60_000_000_000n }));
    c.pushAll(ahead);
    const now = 1_764_000_000_000_000_000n + T0; // the collector's clock, 60 s behind the agent's
    c.tick(now); // events came since the last tick: not quiet yet
    expect(traces).toHaveLength(0);
    c.tick(now + 500_000_000n); // quiet since here
    c.tick(now + 1_600_000_000n); // quiet for more than 1 s
    expect(traces).toHaveLength(1);
    expect(traces[0]!.verdict).toBe('delivered');
  });
});

describe('correlator: cross-node clock skew', () => {
  it('stitches across nodes whose clocks disagree by 100 ms either way', () => {
    for (const skew of [-100_000_000n, 100_000_000n]) {
      const events = podToPodCrossNode(T0).events.map((e) => (e.node === N49 ? { ...e, wallUnixNs: e.wallUnixNs + skew } : e));
      const { traces } = run(events);
      expect(traces).toHaveLength(1);
      expect(traces[0]!.nodes).toEqual([N75, N49]);
      expect(traces[0]!.verdict).toBe('delivered');
    }
  });
});
