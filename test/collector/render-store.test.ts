import { describe, expect, it } from 'vitest';
import { Correlator } from '../../collector/correlate/correlator.js';
import { formatNat, renderTrace, renderTraceTable } from '../../collector/render.js';
import { TraceStore } from '../../collector/store.js';
import type { Flow, Trace } from '../../collector/trace-model.js';
import { N228, N49, N75, clusterIpReply, clusterIpRequest, droppedOnNode, egressRequest, labModel, nodePortFromOtherNode, veth } from '../../fixtures/walks.js';

function traces(): { traces: Trace[]; flows: Flow[] } {
  const out: Trace[] = [];
  const flows = new Map<string, Flow>();
  // The walks' nodes share one clock, as the lab's do: times continue across the VPC router.
  const c = new Correlator({ topology: labModel(), sharedClock: () => true, onTrace: (t) => out.push(t), onFlow: (f) => flows.set(f.id, f) });
  c.pushAll([
    ...clusterIpRequest(5_000_000_000n).events,
    ...clusterIpReply(5_001_000_000n).events,
    ...nodePortFromOtherNode(5_010_000_000n).events,
    ...egressRequest(5_020_000_000n).events,
    ...droppedOnNode(5_030_000_000n).events,
  ]);
  c.flush();
  return { traces: out, flows: [...flows.values()] };
}

describe('render', () => {
  const all = traces().traces;
  const req = all.find((t) => t.first.dst === '172.20.122.189')!;

  it('draws the ClusterIP walk: node boxes, relative µs, the DNAT set off, table 2, the VPC router', () => {
    const lines = renderTrace(req).split('\n');
    expect(lines[0]).toBe(`trace ${req.id}  request  pod packetlab/toolbox-a → service packetlab/echo-clusterip → pod packetlab/echoserver-a`);
    expect(lines).toContain('┌─ node ip-10-0-0-75 ' + '─'.repeat(58));
    expect(lines).toContain('│ +0.0µs     tx  packetlab/toolbox-a eth0                    10.0.1.51:40020 → 172.20.122.189:80');
    expect(lines).toContain('│    ╞══ DNAT 172.20.122.189:80 → 10.0.3.193:8080  (ClusterIP packetlab/echo-clusterip → endpoint packetlab/echoserver-a)');
    expect(lines).toContain('│                route: table 2 (ENI ens6 10.0.0.85) via 10.0.0.1 dev ens6');
    expect(lines).toContain('      ┊ VPC router (not observed), 23.0µs in transit (one clock at both ends)');
    expect(lines).toContain(`│ +36.0µs    tx  veth ${veth('packetlab/echoserver-a')} (packetlab/echoserver-a) 10.0.1.51:40020 → 10.0.3.193:8080`);
    // Order: the DNAT sits between the host veth receive and the ENI transmit.
    const dnat = lines.findIndex((l) => l.includes('╞══ DNAT'));
    expect(lines[dnat - 2]).toContain('rx  veth');
    expect(lines[dnat + 1]).toContain('tx  ENI ens6 10.0.0.85');
    expect(lines.filter((l) => l.startsWith('┌─ node')).map((l) => l.split(' ')[2])).toEqual([N75, N228]);
  });

  it('shows drops and incomplete reasons', () => {
    const dropped = renderTrace(all.find((t) => t.verdict === 'dropped')!);
    expect(dropped).toContain('✖ DROPPED: NETFILTER_DROP');
    const incomplete: Trace = { ...req, verdict: 'incomplete', incompleteReasons: [`no agent on node ${N228}`] };
    expect(renderTrace(incomplete)).toContain(`  incomplete:\n    - no agent on node ${N228}`);
  });

  it('formats every NAT kind with its before → after', () => {
    const np = all.find((t) => t.nodes.length === 3)!;
    expect(formatNat(np.nats[0]!)).toBe('DNAT 10.0.0.75:32385 → 10.0.3.193:8080, SNAT 10.0.2.29:40030 → 10.0.0.75:61030  (NodePort 32385 of packetlab/echo-nodeport → endpoint packetlab/echoserver-a, masquerade to the node IP 10.0.0.75)');
    const eg = all.find((t) => t.first.dst === '198.51.100.10')!;
    expect(eg.nats.map(formatNat)).toEqual([
      'SNAT 10.0.2.29:40040 → 10.0.0.49:50040  (VPC CNI egress SNAT to the node primary IP 10.0.0.49)',
      'SNAT 10.0.0.49:50040 → 203.0.113.10:50040  (NAT gateway — inferred from the topology, not observed)',
    ]);
    const rep = all.find((t) => t.direction === 'reply')!;
    expect(formatNat(rep.nats[0]!)).toMatch(/^un-DNAT 10\.0\.3\.193:8080 → 172\.20\.122\.189:80 {2}\(reply un-DNAT/);
  });

  it('lists traces one per line', () => {
    const table = renderTraceTable(all).split('\n');
    expect(table).toHaveLength(all.length + 1);
    expect(table.find((l) => l.includes(req.id))).toContain('DNAT');
  });
});

describe('store', () => {
  const { traces: all, flows } = traces();
  const store = new TraceStore(100, 100);
  for (const t of all) store.addTrace(t);
  for (const f of flows) store.upsertFlow(f);

  it('queries by pod, service, ip, node, verdict (newest first) and limit', () => {
    const ids = (q: Parameters<TraceStore['queryTraces']>[0]): string[] => store.queryTraces(q).map((t) => `${t.first.src}>${t.first.dst}`);
    expect(ids({ pod: 'packetlab/echoserver-a' })).toEqual(['10.0.2.29>10.0.0.75', '10.0.3.193>10.0.1.51', '10.0.1.51>172.20.122.189']);
    expect(ids({ service: 'packetlab/echo-clusterip' })).toEqual(['10.0.3.193>10.0.1.51', '10.0.1.51>172.20.122.189']);
    expect(ids({ service: 'packetlab/echo-nodeport' })).toEqual(['10.0.2.29>10.0.0.75']);
    expect(ids({ ip: '203.0.113.10' })).toEqual(['10.0.2.29>198.51.100.10']);
    expect(ids({ node: N49 })).toEqual(['10.0.2.29>198.51.100.10', '10.0.2.29>10.0.0.75']);
    expect(ids({ verdict: 'dropped' })).toEqual(['10.0.1.51>10.0.2.127']);
    expect(ids({ node: N75, limit: 2 })).toHaveLength(2);
    expect(ids({ sinceNs: 1_764_000_005_015_000_000n })).toEqual(['10.0.1.51>10.0.2.127', '10.0.2.29>198.51.100.10']);
  });

  it('finds one trace, and flows by their traces', () => {
    expect(store.getTrace(all[0]!.id)).toBe(all[0]);
    const cip = store.queryFlows({ service: 'packetlab/echo-clusterip' });
    expect(cip).toHaveLength(1);
    expect(cip[0]!.traceIds).toHaveLength(2);
  });

  it('evicts the oldest past its bound and counts it', () => {
    const small = new TraceStore(2, 2);
    for (const t of all) small.addTrace(t);
    expect(small.stats).toEqual({ traces: 2, flows: 0, tracesEvicted: all.length - 2, flowsEvicted: 0 });
    expect(small.queryTraces().map((t) => t.id)).toEqual([all[all.length - 1]!.id, all[all.length - 2]!.id]);
  });

  it('feeds subscribers and survives a failing one', () => {
    const s = new TraceStore(10, 10);
    const seen: string[] = [];
    s.subscribe(() => {
      throw new Error('bad subscriber');
    });
    const off = s.subscribe((t) => seen.push(t.id));
    s.addTrace(all[0]!);
    off();
    s.addTrace(all[1]!);
    expect(seen).toEqual([all[0]!.id]);
  });

  it('rejects a nonsense bound', () => {
    expect(() => new TraceStore(0, 1)).toThrow(/limits must be positive/);
  });
});
