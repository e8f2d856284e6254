/**
 * The claims engine on traces as the collector's correlator makes them, from the synthesized
 * kernel event streams of the reference walks (fixtures/walks.ts): the example's claims and
 * claims shaped like them hold on the walks, and break where the walks break them.
 */
import { describe, expect, it } from 'vitest';
import { evaluateClaims } from '../../claims/engine.js';
import { loadClaims, parseClaims } from '../../claims/schema.js';
import { Correlator } from '../../collector/correlate/correlator.js';
import type { Trace } from '../../collector/trace-model.js';
import type { PacketEvent } from '../../common/event.js';
import { NAMES } from './fixtures.js';
import { allWalks, clusterIpReply, clusterIpRequest, droppedOnNode, egressReply, egressRequest, labModel, nodePortFromOtherNode, podToPodCrossNode } from '../../fixtures/walks.js';

const T0 = 5_000_000_000n;

function correlate(events: PacketEvent[]): Trace[] {
  const traces: Trace[] = [];
  const c = new Correlator({ topology: labModel(), onTrace: (t) => traces.push(t) });
  c.pushAll(events);
  c.flush();
  return traces;
}

const WALK_CLAIMS = parseClaims(
  `claims:
  - id: cross-node
    statement: "Cross-node: via the VPC fabric, out of table 2"
    experiment: 3
    subject: { traffic: { from: pod/packetlab/toolbox-a, to: pod/packetlab/echoserver-b, port: 8080, protocol: tcp } }
    expect:
      delivered: true
      nat: none
      path: { sameNode: false, crossesVpc: true, includes: [{ kind: eni, node: ip-10-0-0-75, eniTable: 2 }] }
      routingTable: { node: ip-10-0-0-75, table: 2 }
      sourceSeenByDestination: pod-ip
  - id: nodeport-from-other-node
    statement: "NodePort: cross-node SNAT"
    experiment: 6
    subject: { traffic: { from: pod/packetlab/toolbox-b, to: 10.0.0.75, port: 32385, protocol: tcp } }
    expect:
      nat: [{ dnat-to-endpoint-of: packetlab/echo-nodeport }, snat-to-receiving-node-ip]
      sourceSeenByDestination: 10.0.0.75
  - id: egress
    statement: Pod egress works
    experiment: 7
    subject: { traffic: { from: pod/packetlab/toolbox-b, to: 198.51.100.10, port: 80, protocol: tcp } }
    expect:
      delivered: true
      nat: [snat-to-node-primary-ip, { snat-to: 203.0.113.10 }]
      sourceSeenByDestination: 203.0.113.10
  - id: dropped
    statement: toolbox-a reaches echoserver-b on 9999
    experiment: 3
    subject: { traffic: { from: pod/packetlab/toolbox-a, to: pod/packetlab/echoserver-b, port: 9999 } }
    expect: { delivered: true }
`,
  'walks',
);

describe('claims on the correlator\'s traces of the reference walks', () => {
  it('the example\'s ClusterIP claims pass on the ClusterIP request and reply', () => {
    const traces = correlate([...clusterIpRequest(T0).events, ...clusterIpReply(T0 + 400_000n).events]);
    const claims = loadClaims('examples/eks-claims.yaml').filter((c) => c.id === 'clusterip-no-snat' || c.id === 'conntrack-tracks-nat');
    const results = evaluateClaims(claims, { traces, names: NAMES });
    expect(results.map((r) => [r.id, r.verdict])).toEqual([
      ['clusterip-no-snat', 'pass'],
      ['conntrack-tracks-nat', 'pass'],
    ]);
    const [noSnat, ct] = results;
    expect(noSnat!.checks.find((c) => c.expectation === 'nat')?.evidence).toMatch(
      /^trace \w+: DNAT 172\.20\.122\.189:80 → packetlab\/echoserver-a 10\.0\.3\.193:8080 on ip-10-0-0-75, no SNAT$/,
    );
    expect(noSnat!.checks.find((c) => c.expectation === 'sourceSeenByDestination')?.evidence).toMatch(/: packetlab\/echoserver-a eth0 saw source 10\.0\.1\.51$/);
    expect(ct!.evidence).toMatch(
      /^conntrack: trace \w+: original 10\.0\.1\.51:40020 → 172\.20\.122\.189:80, reply 10\.0\.3\.193:8080 → 10\.0\.1\.51:40020; reply \w+ rewritten 10\.0\.3\.193 → 172\.20\.122\.189 \(not checked: output\)$/,
    );
  });

  it('cross-node, NodePort, egress and drop claims judge the walks', () => {
    const traces = correlate([
      ...podToPodCrossNode(T0).events,
      ...nodePortFromOtherNode(T0 + 2_000_000n).events,
      ...egressRequest(T0 + 4_000_000n).events,
      ...egressReply(T0 + 4_400_000n).events,
      ...droppedOnNode(T0 + 6_000_000n).events,
    ]);
    const results = evaluateClaims(WALK_CLAIMS, { traces, names: NAMES });
    expect(results.map((r) => [r.id, r.verdict])).toEqual([
      ['cross-node', 'pass'],
      ['nodeport-from-other-node', 'pass'],
      ['egress', 'pass'],
      ['dropped', 'fail'],
    ]);
    const ev = (id: string, exp: string): string => results.find((r) => r.id === id)!.checks.find((c) => c.expectation === exp)!.evidence;
    expect(ev('cross-node', 'routingTable')).toMatch(/^trace \w+: table 2.* on ip-10-0-0-75 → via 10\.0\.0\.1 dev ens6$/);
    expect(ev('cross-node', 'path')).toMatch(/^trace \w+: ENI ens6 10\.0\.0\.85 \(hop 2\), crosses ip-10-0-0-75 → ip-10-0-0-49, via VPC router/);
    expect(ev('nodeport-from-other-node', 'sourceSeenByDestination')).toMatch(/: packetlab\/echoserver-a eth0 saw source 10\.0\.0\.75$/);
    expect(ev('nodeport-from-other-node', 'nat')).toMatch(/SNAT to 10\.0\.0\.75 = receiving node ip-10-0-0-75/);
    expect(ev('egress', 'nat')).toMatch(/^trace \w+: SNAT to 10\.0\.0\.49 = primary IP of ip-10-0-0-49 .*, SNAT to 203\.0\.113\.10 on .* \(inferred, not observed: /);
    expect(ev('egress', 'sourceSeenByDestination')).toMatch(/saw source 203\.0\.113\.10$/);
    expect(ev('dropped', 'delivered')).toMatch(/^trace \w+ dropped on ip-10-0-0-75.*: NETFILTER_DROP$/);
  });

  it('a spread claim fails with the counts when every connection went to one endpoint', () => {
    const events = Array.from({ length: 12 }, (_, round) => allWalks(T0 + BigInt(round) * 50_000_000n, round)).flat().flatMap((w) => w.events);
    const traces = correlate(events);
    const spread = parseClaims(
      `claims:
  - id: spread
    statement: ClusterIP spread
    experiment: 5
    subject: { traffic: { from: pod/packetlab/toolbox-a, to: svc/packetlab/echo-clusterip, port: 80 } }
    expect:
      spread: { endpoints: [packetlab/echoserver-a, packetlab/echoserver-b], minShare: 0.2, minConnections: 10 }
`,
      's',
    );
    const [r] = evaluateClaims(spread, { traces, names: NAMES });
    expect(r!.verdict).toBe('fail');
    expect(r!.evidence).toBe(
      'spread: packetlab/echoserver-b (10.0.2.127) below 20% share: packetlab/echoserver-a (10.0.3.193) 12/12 (100%), packetlab/echoserver-b (10.0.2.127) 0/12 (0%)',
    );
  });
});
