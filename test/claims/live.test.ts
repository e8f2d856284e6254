/**
 * The 18 claims from live packets: a lab, one agent packet source (real bpftrace) per lab node,
 * the collector's correlator in process, the claims' traffic driven with `lab exec`, then the
 * engine over the traces, the live state and the commands' output. A lab broken on purpose
 * (NodePort without masquerade, a DNS endpoint never chosen) fails the right claims, with the
 * evidence taken from the traces.
 */
import { expect, it } from 'vitest';
import { describeWithBpftrace } from '../support/gate.js';
import { PacketSource } from '../../agent/source.js';
import { parseFilter } from '../../filter/parse.js';
import { driveClaimTraffic } from '../../claims/drive.js';
import { evaluateClaims, stateSubjects } from '../../claims/engine.js';
import { loadClaims, type Claim } from '../../claims/schema.js';
import { namesFromLabTopology } from '../../claims/names.js';
import type { ClaimResult } from '../../claims/result.js';
import { collectState } from '../../claims/state.js';
import { LabStateSource } from '../../claims/state-lab.js';
import { Correlator } from '../../collector/correlate/correlator.js';
import { fromLabTopology } from '../../collector/topology/lab.js';
import { TopologyModel } from '../../collector/topology/model.js';
import type { Trace } from '../../collector/trace-model.js';
import { labDown, labUp } from '../../lab/lab.js';
import { loadTopology, type LabTopology } from '../../lab/topology.js';

const base = `cv${process.pid.toString(36)}`;
const CLAIMS = loadClaims('examples/eks-claims.yaml');
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Lab up, an agent source per node, drive the claims, collect traces; everything torn down after. */
async function verifyLive(lab: string, claims: Claim[], modify?: (t: LabTopology) => void): Promise<{ results: ClaimResult[]; traces: Trace[] }> {
  await labDown({ name: lab });
  const topology = loadTopology();
  modify?.(topology);
  const sources: PacketSource[] = [];
  try {
    const state = await labUp({ name: lab, topology });
    const traces: Trace[] = [];
    const correlator = new Correlator({ topology: new TopologyModel(fromLabTopology(state.topology, state)), onTrace: (t) => traces.push(t) });
    for (const node of state.topology.nodes) {
      const source = new PacketSource({ node: node.name, scope: { kind: 'lab', lab, node: node.name }, tier: 'tracepoint', snapshotIntervalMs: 0 });
      source.on('events', (batch: Parameters<Correlator['pushAll']>[0]) => correlator.pushAll(batch));
      sources.push(source);
    }
    await Promise.all(sources.map((s) => s.start()));
    await Promise.all(sources.map((s) => s.setSessions([{ id: 'claims', filter: parseFilter('tcp or udp or icmp') }])));
    const outputs = await driveClaimTraffic(claims, lab);
    await sleep(1_000); // let the last packets reach bpftrace's output
    for (const s of sources) s.flush();
    await sleep(200);
    correlator.flush();
    for (const s of sources) expect(s.loss()).toMatchObject({ bpfLost: 0, parseErrors: 0 });
    const liveState = await collectState(new LabStateSource(lab), stateSubjects(claims));
    return { results: evaluateClaims(claims, { traces, state: liveState, outputs, names: namesFromLabTopology(state.topology) }), traces };
  } finally {
    await Promise.all(sources.map((s) => s.stop().catch(() => undefined)));
    await labDown({ name: lab });
  }
}

const check = (r: ClaimResult, expectation: string): string => r.checks.find((c) => c.expectation === expectation)?.evidence ?? '';

describeWithBpftrace('the 18 claims from live traces (real bpftrace, in-process correlator)', () => {
  it('the default lab verifies all 18, every traffic claim judged from traces', async () => {
    const { results } = await verifyLive(`${base}a`, CLAIMS);
    expect(results.map((r) => [r.id, r.verdict, r.verdict === 'pass' ? '' : r.evidence])).toEqual(CLAIMS.map((c) => [c.id, 'pass', '']));
    for (const r of results) {
      const claim = CLAIMS.find((c) => c.id === r.id)!;
      if (claim.subject.traffic) {
        expect(r.checks.filter((c) => c.verdict === 'skipped'), r.id).toEqual([]);
        expect(r.traceIds.length, r.id).toBeGreaterThan(0);
      }
    }
    const byId = (id: string): ClaimResult => results.find((r) => r.id === id)!;
    expect(check(byId('clusterip-no-snat'), 'sourceSeenByDestination')).toMatch(/: packetlab\/echoserver-[ab] eth0 saw source 10\.0\.1\.51( \(\+\d+ traces alike\))?$/);
    expect(check(byId('cross-node-vpc-fabric'), 'routingTable')).toMatch(/^trace \w+: table 2 .* on ip-10-0-0-75 → .*dev ens6/);
    expect(check(byId('nodeport-cross-node-snat'), 'sourceSeenByDestination')).toMatch(/eth0 saw source 10\.0\.0\.75( \(\+\d+ traces alike\))?$/);
    expect(check(byId('nodeport-snat-localhost'), 'nat')).toMatch(/^trace \w+: DNAT 127\.0\.0\.1:32385 → packetlab\/echoserver-[ab] 10\.0\.\d+\.\d+:8080 on ip-10-0-0-75, SNAT to 10\.0\.0\.75 = receiving node ip-10-0-0-75/);
    expect(check(byId('pod-egress'), 'sourceSeenByDestination')).toMatch(/saw source 203\.0\.113\.10( \(\+\d+ traces alike\))?$/);
    expect(check(byId('clusterip-round-robin'), 'spread')).toMatch(
      /^kube-system\/coredns-a \(10\.0\.1\.181\) \d+\/\d+ \(\d+%\), kube-system\/coredns-b \(10\.0\.3\.231\) \d+\/\d+ \(\d+%\) \(each ≥ 10%\)$/,
    );
  });

  it('NodePort without masquerade, a DNS endpoint never chosen and external SNAT fail the right claims, named from the traces', async () => {
    const claims = CLAIMS.filter((c) => ['clusterip-round-robin', 'nodeport-snat-masks-client', 'pod-egress'].includes(c.id));
    const { results } = await verifyLive(`${base}b`, claims, (t) => {
      t.faults.nodePortMasquerade = false;
      t.faults.endpointNeverChosen = 'kube-system/coredns-a';
      t.vpcCni.externalSnat = true;
    });
    const [rr, np, egress] = results;
    // The NAT gateway still answers from its public address; the node no longer SNATs.
    expect(egress!.verdict).toBe('fail');
    expect(egress!.evidence).toMatch(/^nat: trace \w+: no SNAT by a node \(SNAT on \S+: 10\.0\.1\.51:\d+ → 198\.51\.100\.10:80 ⇒ 203\.0\.113\.10:\d+ → 198\.51\.100\.10:80 /);
    expect(check(egress!, 'output')).toMatch(/printed "203\.0\.113\.10"$/);
    expect(rr!.verdict).toBe('fail');
    expect(check(rr!, 'spread')).toMatch(
      /^kube-system\/coredns-a \(10\.0\.1\.181\) below 10% share: kube-system\/coredns-a \(10\.0\.1\.181\) 0\/(\d+) \(0%\), kube-system\/coredns-b \(10\.0\.3\.231\) \1\/\1 \(100%\)$/,
    );
    expect(np!.verdict).toBe('fail');
    expect(check(np!, 'nat')).toMatch(/^trace \w+: no SNAT by a node \(DNAT on ip-10-0-0-75: 10\.0\.1\.51:\d+ → 10\.0\.0\.75:32385 ⇒ 10\.0\.1\.51:\d+ → /);
    expect(check(np!, 'sourceSeenByDestination')).toMatch(
      /^trace \w+: packetlab\/echoserver-[ab] eth0 saw source 10\.0\.1\.51, expected an IP of receiving node ip-10-0-0-75 \(10\.0\.0\.75, 10\.0\.0\.85, 10\.0\.0\.84\)$/,
    );
  });
});
