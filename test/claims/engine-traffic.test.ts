import { describe, expect, it } from 'vitest';
import { evaluateClaims } from '../../claims/engine.js';
import { parseClaims, type Claim } from '../../claims/schema.js';
import type { ClaimResult } from '../../claims/result.js';
import type { Trace } from '../../collector/trace-model.js';
import { clusterIpReply, clusterIpTrace, hops, makeTrace, NAMES, nodePortCrossNodeTrace, P, pingPair, tuple } from './fixtures.js';

const T0 = 1_795_680_000_000_000_000n;

function claim(yaml: string): Claim[] {
  return parseClaims(`claims:\n${yaml.replace(/^/gm, '  ')}`, 'test');
}

function one(yaml: string, traces: Trace[] | undefined, outputs?: Record<string, { exitCode: number; stdout: string; stderr: string }[]>): ClaimResult {
  const results = evaluateClaims(claim(yaml), { traces, names: NAMES, outputs });
  expect(results).toHaveLength(1);
  return results[0]!;
}

const CLUSTERIP = `- id: clusterip-no-snat
  statement: "ClusterIP: no SNAT"
  experiment: 5
  subject: { traffic: { from: pod/packetlab/toolbox-a, to: svc/packetlab/echo-clusterip, port: 80, protocol: tcp } }
  expect:
    nat: [{ dnat-to-endpoint-of: packetlab/echo-clusterip, endpoints: [packetlab/echoserver-a, packetlab/echoserver-b] }, no-snat]
    sourceSeenByDestination: 10.0.1.51
    routingTable: { node: ip-10-0-0-75, table: 2 }
    path: { includes: [{ kind: eni, node: ip-10-0-0-75, eniTable: 2 }], sameNode: false, crossesVpc: true }
`;

describe('claims engine over traces', () => {
  it('passes ClusterIP without SNAT, naming the DNAT, the source the endpoint saw, the table and the path', () => {
    const r = one(CLUSTERIP, [clusterIpTrace('t1')]);
    expect(r.verdict).toBe('pass');
    expect(r.traceIds).toEqual(['t1']);
    expect(r.checks.map((c) => [c.expectation, c.verdict, c.evidence])).toEqual([
      ['path', 'pass', 'trace t1: ENI ens6 10.0.0.85 (hop 2), crosses ip-10-0-0-75 → ip-10-0-1-228, via VPC router'],
      ['nat', 'pass', 'trace t1: DNAT 172.20.122.189:80 → packetlab/echoserver-a 10.0.3.193:8080 on ip-10-0-0-75, no SNAT'],
      ['sourceSeenByDestination', 'pass', 'trace t1: echoserver-a eth0 saw source 10.0.1.51'],
      ['routingTable', 'pass', 'trace t1: table 2 (ENI ens6) on ip-10-0-0-75 → via 10.0.0.1 dev ens6'],
    ]);
  });

  it('fails ClusterIP when the packet was SNATed, naming the rewrite and the source seen', () => {
    const r = one(CLUSTERIP, [clusterIpTrace('t1'), clusterIpTrace('t2', { sport: 40001, snatTo: '10.0.0.85' })]);
    expect(r.verdict).toBe('fail');
    expect(r.checks.find((c) => c.expectation === 'nat')).toMatchObject({
      verdict: 'fail',
      evidence:
        'trace t2: rewritten: DNAT+SNAT on ip-10-0-0-75: 10.0.1.51:40001 → 172.20.122.189:80 ⇒ 10.0.0.85:40001 → 10.0.3.193:8080 (ClusterIP DNAT of service packetlab/echo-clusterip to endpoint packetlab/echoserver-a)',
      traceIds: ['t2'],
    });
    expect(r.checks.find((c) => c.expectation === 'sourceSeenByDestination')?.evidence).toBe(
      'trace t2: echoserver-a eth0 saw source 10.0.0.85, expected 10.0.1.51',
    );
  });

  it('is inconclusive without matching traffic, and skips trace checks without a trace source', () => {
    const other = makeTrace({ id: 'x', hops: hops(T0, [[P.toolboxB, 'transmit', tuple('10.0.2.29', 1, '10.0.3.193', 8080)]]) });
    const r = one(CLUSTERIP, [other]);
    expect(r.verdict).toBe('inconclusive');
    expect(r.evidence).toContain('nat: no traffic pod/packetlab/toolbox-a → svc/packetlab/echo-clusterip:80/tcp among 1 traces');

    const incomplete = { ...clusterIpTrace('t1'), verdict: 'incomplete' as const, incompleteReasons: ['no agent on node ip-10-0-1-228'] };
    const r2 = one(CLUSTERIP, [incomplete]);
    expect(r2.verdict).toBe('inconclusive');
    expect(r2.checks[0]!.evidence).toBe('all 1 matching traces are incomplete (no agent on node ip-10-0-1-228)');

    const r3 = one(`${CLUSTERIP}  traffic: { runIn: pod/packetlab/toolbox-a, command: [curl, http://172.20.122.189/], expectOutput: 'client_address=10\\.0\\.1\\.51' }\n`, undefined, {
      'clusterip-no-snat': [{ exitCode: 0, stdout: 'Request Information:\n\tclient_address=10.0.1.51\n', stderr: '' }],
    });
    expect(r3.verdict).toBe('pass');
    expect(r3.evidence).toBe(
      'output: 1 run of curl http://172.20.122.189/ in pod/packetlab/toolbox-a printed "client_address=10.0.1.51" (not checked: path, nat, sourceSeenByDestination, routingTable)',
    );
  });

  const NODEPORT = `- id: nodeport-cross-node-snat
  statement: "NodePort: cross-node SNAT"
  experiment: 6
  subject: { traffic: { from: node/ip-10-0-0-49, to: 10.0.0.75, port: 32385, protocol: tcp } }
  traffic: { runIn: node/ip-10-0-0-49, command: [curl, 'http://10.0.0.75:32385/'], expectOutput: 'client_address=10\\.0\\.0\\.75\\b' }
  expect:
    nat: [{ dnat-to-endpoint-of: packetlab/echo-nodeport }, snat-to-receiving-node-ip]
    sourceSeenByDestination: receiving-node-ip
`;

  it('passes NodePort with masquerade to the receiving node IP', () => {
    const r = one(NODEPORT, [nodePortCrossNodeTrace('np1', true)], { 'nodeport-cross-node-snat': [{ exitCode: 0, stdout: 'client_address=10.0.0.75\n', stderr: '' }] });
    expect(r.verdict).toBe('pass');
    expect(r.checks.map((c) => c.evidence)).toEqual([
      'trace np1: DNAT 10.0.0.75:32385 → packetlab/echoserver-a 10.0.3.193:8080 on ip-10-0-0-75, SNAT to 10.0.0.75 = receiving node ip-10-0-0-75 (NodePort masquerade)',
      'trace np1: echoserver-a eth0 saw source 10.0.0.75',
      '1 run of curl http://10.0.0.75:32385/ in node/ip-10-0-0-49 printed "client_address=10.0.0.75"',
    ]);
  });

  it('fails NodePort without masquerade, naming the source the echo server saw', () => {
    const r = one(NODEPORT, [nodePortCrossNodeTrace('np1', false)], { 'nodeport-cross-node-snat': [{ exitCode: 0, stdout: 'client_address=10.0.0.49\n', stderr: '' }] });
    expect(r.verdict).toBe('fail');
    const byName = Object.fromEntries(r.checks.map((c) => [c.expectation, c]));
    expect(byName.nat!.evidence).toBe('trace np1: no SNAT by a node (DNAT on ip-10-0-0-75: 10.0.0.49:51000 → 10.0.0.75:32385 ⇒ 10.0.0.49:51000 → 10.0.3.193:8080 (NodePort 32385 of packetlab/echo-nodeport))');
    expect(byName.sourceSeenByDestination!.evidence).toBe(
      'trace np1: echoserver-a eth0 saw source 10.0.0.49, expected an IP of receiving node ip-10-0-0-75 (10.0.0.75, 10.0.0.85, 10.0.0.84)',
    );
    expect(byName.output!.evidence).toBe('run 1/1 printed "client_address=10.0.0.49", not matching /client_address=10\\.0\\.0\\.75\\b/');
  });

  it('matches a node\'s localhost NodePort request by the tuple curl wrote, NATed before the first hop', () => {
    const wrote = tuple('127.0.0.1', 45852, '127.0.0.1', 32385);
    const out = tuple('10.0.0.75', 7705, '10.0.3.193', 8080);
    const local = makeTrace({
      id: 'lo1',
      from: 'node ip-10-0-0-75',
      hops: hops(T0, [
        [P.n75ens5, 'transmit', out],
        [P.echoAVeth, 'transmit', out],
        [P.echoA, 'receive', out],
      ]),
      nats: [{ node: 'ip-10-0-0-75', kind: 'DNAT+SNAT', afterHop: -1, before: wrote, after: out, reason: 'NodePort 32385 DNAT of service packetlab/echo-nodeport', cause: 'nodeport-masquerade', service: 'packetlab/echo-nodeport' }],
    });
    const yaml = `- id: nodeport-snat-localhost
  statement: "NodePort: SNAT even on localhost"
  experiment: 6
  subject: { traffic: { from: node/ip-10-0-0-75, to: 127.0.0.1, port: 32385, protocol: tcp } }
  expect:
    nat: [{ dnat-to-endpoint-of: packetlab/echo-nodeport }, snat-to-receiving-node-ip]
    sourceSeenByDestination: 10.0.0.75
`;
    const r = one(yaml, [local]);
    expect(r.verdict).toBe('pass');
    expect(r.evidence).toBe(
      'nat: trace lo1: DNAT 127.0.0.1:32385 → packetlab/echoserver-a 10.0.3.193:8080 on ip-10-0-0-75, SNAT to 10.0.0.75 = receiving node ip-10-0-0-75 (NodePort masquerade); sourceSeenByDestination: trace lo1: echoserver-a eth0 saw source 10.0.0.75',
    );
  });

  it('quotes the line of a failed command output the pattern is about', () => {
    const page = 'Hostname: echoserver-a\n\nPod Information:\n\tnode name:\tip-10-0-1-228\n\nRequest Information:\n\tclient_address=10.0.0.49\n\tmethod=GET\n';
    const r = one(NODEPORT, undefined, { 'nodeport-cross-node-snat': [{ exitCode: 0, stdout: page, stderr: '' }, { exitCode: 0, stdout: page, stderr: '' }] });
    expect(r.evidence).toBe('output: run 1/2 printed "client_address=10.0.0.49", not matching /client_address=10\\.0\\.0\\.75\\b/');
    const timedOut = one(NODEPORT, undefined, { 'nodeport-cross-node-snat': [{ exitCode: 28, stdout: '', stderr: 'curl: (28) Connection timed out after 5001 milliseconds\n' }] });
    expect(timedOut.evidence).toBe('output: run 1/1 of curl http://10.0.0.75:32385/ exited 28: curl: (28) Connection timed out after 5001 milliseconds');
  });

  const PING = `- id: cross-node
  statement: cross node
  experiment: 3
  subject: { traffic: { from: pod/packetlab/toolbox-a, to: pod/packetlab/toolbox-b, protocol: icmp } }
  expect:
    delivered: true
    routingTable: { node: ip-10-0-0-75, table: 2 }
    latency: { p50Ms: 1, maxMs: 2, minSamples: 3 }
`;

  it('measures round trips by pairing each echo request with its reply (by ICMP id and seq)', () => {
    const traces = [...pingPair(1, T0, 400), ...pingPair(2, T0 + 1_000_000_000n, 600), ...pingPair(3, T0 + 2_000_000_000n, 1700)];
    const r = one(PING, traces);
    expect(r.verdict).toBe('pass');
    expect(r.checks.find((c) => c.expectation === 'latency')?.evidence).toBe(
      'round-trip p50 0.600 ms, max 1.70 ms over 3 samples (p50 ≤ 1 ms, max ≤ 2 ms)',
    );
    const slow = [...pingPair(1, T0, 400), ...pingPair(2, T0 + 1_000_000_000n, 2500), ...pingPair(3, T0 + 2_000_000_000n, 900)];
    expect(one(PING, slow).checks.find((c) => c.expectation === 'latency')).toMatchObject({
      verdict: 'fail',
      evidence: 'round-trip p50 0.900 ms, max 2.50 ms over 3 samples: max above 2 ms',
    });
    const [req] = pingPair(1, T0, 400);
    expect(one(PING, [req]).checks.find((c) => c.expectation === 'latency')?.evidence).toBe('0 round-trip samples, need 3');
  });

  it('fails the routing-table claim for a pod whose traffic leaves by the main table', () => {
    const traces = [...pingPair(1, T0, 400, 254), ...pingPair(2, T0 + 1_000_000_000n, 400, 254), ...pingPair(3, T0 + 2_000_000_000n, 400, 254)];
    const r = one(PING, traces);
    expect(r.verdict).toBe('fail');
    expect(r.evidence).toBe('routingTable: trace ping-req-1: never routed by table 2 on ip-10-0-0-75; used: main on ip-10-0-0-75');
  });

  it('fails delivery naming the drop', () => {
    const [req] = pingPair(1, T0, 400);
    const dropped: Trace = {
      ...req,
      verdict: 'dropped',
      drops: [{ node: 'ip-10-0-0-75', atHop: 1, reason: 'NETFILTER_DROP', place: P.toolboxAVeth, timeNs: String(T0) }],
    };
    expect(one(PING, [dropped]).checks[0]).toMatchObject({
      expectation: 'delivered',
      verdict: 'fail',
      evidence: 'trace ping-req-1 dropped on ip-10-0-0-75 at veth enid7e69f2b922 (packetlab/toolbox-a): NETFILTER_DROP',
    });
  });

  const SPREAD = `- id: spread
  statement: ClusterIP spread
  experiment: 5
  subject: { traffic: { from: pod/packetlab/toolbox-a, to: svc/packetlab/echo-clusterip, port: 80 } }
  expect:
    spread: { endpoints: [packetlab/echoserver-a, packetlab/echoserver-b], minShare: 0.2, minConnections: 10 }
`;

  it('counts connections per endpoint: passes when both are chosen, fails with the counts when one never is', () => {
    const mixed = Array.from({ length: 12 }, (_, i) =>
      clusterIpTrace(`c${i}`, { sport: 41000 + i, endpoint: i % 3 === 0 ? '10.0.2.127' : '10.0.3.193', startNs: T0 + BigInt(i) * 1_000_000n }),
    );
    const ok = one(SPREAD, mixed);
    expect(ok.verdict).toBe('pass');
    expect(ok.evidence).toBe('spread: packetlab/echoserver-a (10.0.3.193) 8/12 (67%), packetlab/echoserver-b (10.0.2.127) 4/12 (33%) (each ≥ 20%)');

    const lopsided = Array.from({ length: 12 }, (_, i) => clusterIpTrace(`c${i}`, { sport: 41000 + i, startNs: T0 + BigInt(i) * 1_000_000n }));
    const bad = one(SPREAD, lopsided);
    expect(bad.verdict).toBe('fail');
    expect(bad.evidence).toBe(
      'spread: packetlab/echoserver-b (10.0.2.127) below 20% share: packetlab/echoserver-a (10.0.3.193) 12/12 (100%), packetlab/echoserver-b (10.0.2.127) 0/12 (0%)',
    );
    expect(bad.traceIds).toHaveLength(12);

    const few = one(SPREAD, lopsided.slice(0, 4));
    expect(few.verdict).toBe('inconclusive');
    expect(few.evidence).toBe('spread: 4 DNATed connections seen, need 10');
  });

  const CONNTRACK = `- id: conntrack
  statement: Conntrack tracks NAT
  experiment: 5
  subject: { traffic: { from: pod/packetlab/toolbox-a, to: svc/packetlab/echo-clusterip, port: 80 } }
  expect: { conntrack: bidirectional }
`;

  it('checks the conntrack mapping in both directions, with the reply un-DNATed to the VIP', () => {
    const req = clusterIpTrace('rq');
    const rep = clusterIpReply('rp', req, T0 + 300_000n);
    const r = one(CONNTRACK, [req, rep]);
    expect(r.verdict).toBe('pass');
    expect(r.evidence).toBe(
      'conntrack: trace rq: original 10.0.1.51:40000 → 172.20.122.189:80, reply 10.0.3.193:8080 → 10.0.1.51:40000; reply rp rewritten 10.0.3.193 → 172.20.122.189',
    );
    expect(one(CONNTRACK, [req]).verdict).toBe('inconclusive');
    const noUndo: Trace = { ...rep, nats: [] };
    expect(one(CONNTRACK, [req, noUndo]).evidence).toContain('reply rp is never rewritten back to the VIP 172.20.122.189 (no UNDNAT)');
  });

  it('checks two-stage egress SNAT: node primary IP, then the NAT gateway', () => {
    const out = tuple('10.0.1.51', 42000, '198.51.100.10', 80);
    const afterNode = tuple('10.0.0.75', 42000, '198.51.100.10', 80);
    const afterGw = tuple('203.0.113.10', 42000, '198.51.100.10', 80);
    const egress = (nodeSnat: string): Trace =>
      makeTrace({
        id: 'eg',
        hops: hops(T0, [
          [P.toolboxA, 'transmit', out],
          [P.toolboxAVeth, 'receive', out],
          [P.n75ens5, 'transmit', { ...afterNode, src: nodeSnat }],
          [P.natgw, 'receive', { ...afterNode, src: nodeSnat }],
          [P.natgw, 'transmit', afterGw],
          [P.internet, 'receive', afterGw],
        ]),
        nats: [
          { node: 'ip-10-0-0-75', kind: 'SNAT', afterHop: 1, before: out, after: { ...afterNode, src: nodeSnat }, reason: 'VPC CNI egress SNAT', cause: 'vpc-cni-egress-snat' },
          { node: 'natgw', kind: 'SNAT', afterHop: 3, before: { ...afterNode, src: nodeSnat }, after: afterGw, reason: 'NAT gateway', cause: 'nat-gateway' },
        ],
      });
    const yaml = `- id: egress
  statement: Pod egress works
  experiment: 7
  subject: { traffic: { from: pod/packetlab/toolbox-a, to: 198.51.100.10, port: 80 } }
  expect:
    delivered: true
    nat: [snat-to-node-primary-ip, { snat-to: 203.0.113.10 }]
    sourceSeenByDestination: 203.0.113.10
`;
    const ok = one(yaml, [egress('10.0.0.75')]);
    expect(ok.verdict).toBe('pass');
    expect(ok.checks[1]!.evidence).toBe(
      'trace eg: SNAT to 10.0.0.75 = primary IP of ip-10-0-0-75 (VPC CNI egress SNAT), SNAT to 203.0.113.10 on natgw (NAT gateway)',
    );
    expect(ok.checks[2]!.evidence).toBe('trace eg: internet host saw source 203.0.113.10');
    // As the collector reports it: the path leaves the cluster unobserved after the node's ENI,
    // and the NAT gateway's SNAT is inferred from the topology.
    const observed = egress('10.0.0.75');
    const asCollected: Trace = {
      ...observed,
      hops: observed.hops.slice(0, 3),
      gaps: [{ afterHop: 2, kind: 'external', label: 'to internet 198.51.100.10 through the VPC and NAT gateway 10.0.100.10 (SNAT to 203.0.113.10); not observed' }],
      nats: [
        observed.nats[0]!,
        { ...observed.nats[1]!, node: 'vpc', afterHop: 2, inferred: true, reason: 'NAT gateway 10.0.100.10 SNAT of 10.0.0.75 to 203.0.113.10' },
      ],
    };
    const inferred = one(yaml, [asCollected]);
    expect(inferred.verdict).toBe('pass');
    expect(inferred.checks[1]!.evidence).toBe(
      'trace eg: SNAT to 10.0.0.75 = primary IP of ip-10-0-0-75 (VPC CNI egress SNAT), SNAT to 203.0.113.10 on vpc (inferred, not observed: NAT gateway)',
    );
    expect(inferred.checks[2]!.evidence).toBe(
      'trace eg: the destination past ENI ens5 10.0.0.75 (after the inferred NAT gateway) saw source 203.0.113.10',
    );
    const noAgent: Trace = { ...asCollected, gaps: [{ afterHop: 2, kind: 'no-agent', label: 'to 198.51.100.10 on node x, which has no agent' }] };
    expect(one(yaml, [noAgent]).checks[2]).toMatchObject({ verdict: 'inconclusive', evidence: 'trace eg: destination not observed: to 198.51.100.10 on node x, which has no agent' });

    // External SNAT on: the node leaves the pod address alone, only the NAT gateway rewrites it.
    const externalSnat: Trace = {
      ...asCollected,
      nats: [{ ...asCollected.nats[1]!, before: out, reason: 'NAT gateway 10.0.100.10 SNAT of 10.0.1.51 to 203.0.113.10' }],
    };
    const ext = one(yaml, [externalSnat]);
    expect(ext.verdict).toBe('fail');
    expect(ext.evidence).toBe(
      'nat: trace eg: no SNAT by a node (SNAT on vpc: 10.0.1.51:42000 → 198.51.100.10:80 ⇒ 203.0.113.10:42000 → 198.51.100.10:80 (NAT gateway 10.0.100.10 SNAT of 10.0.1.51 to 203.0.113.10))',
    );

    const wrong = one(yaml, [egress('10.0.0.85')]);
    expect(wrong.verdict).toBe('fail');
    expect(wrong.evidence).toBe("nat: trace eg: SNAT to 10.0.0.85, not ip-10-0-0-75's primary IP 10.0.0.75");
  });

  it('checks places on the path and staying on one node', () => {
    const local = tuple('10.0.1.51', 0, '10.0.0.75', 0, 1);
    const sameNode = makeTrace({ id: 'sn', hops: hops(T0, [[P.toolboxA, 'transmit', local], [P.toolboxAVeth, 'receive', local]]) });
    const yaml = (path: string): string => `- id: p
  statement: s
  experiment: 3
  subject: { traffic: { from: pod/packetlab/toolbox-a, to: 10.0.0.75, protocol: icmp } }
  expect: { path: ${path} }
`;
    expect(one(yaml('{ sameNode: true }'), [sameNode]).evidence).toBe('path: trace sn: stays on ip-10-0-0-75');
    const crossing = pingPair(1, T0, 400)[0];
    const r = one(yaml('{ sameNode: true }').replace('10.0.0.75', '10.0.2.29'), [crossing]);
    expect(r.evidence).toBe('path: trace ping-req-1: leaves the node: ip-10-0-0-75 → ip-10-0-0-49 via VPC router');
    const excl = one(yaml('{ excludes: [{ kind: router }] }').replace('10.0.0.75', '10.0.2.29'), [crossing]);
    expect(excl.evidence).toBe('path: trace ping-req-1: passes kind=router at hop 3 (VPC router), which it must not');
    // The collector reports the VPC router as an unobserved gap between two nodes' hops.
    const gapped: Trace = {
      ...crossing,
      hops: crossing.hops.filter((h) => h.place.kind !== 'router').map((h, seq) => ({ ...h, seq })),
      gaps: [{ afterHop: 2, kind: 'vpc-fabric', label: 'VPC router (not observed)' }],
    };
    expect(one(yaml('{ crossesVpc: true, sameNode: false }').replace('10.0.0.75', '10.0.2.29'), [gapped]).evidence).toBe(
      'path: trace ping-req-1: crosses ip-10-0-0-75 → ip-10-0-0-49, via VPC router (not observed)',
    );
    expect(one(yaml('{ crossesVpc: true }'), [sameNode]).evidence).toBe(
      'path: trace sn: never crosses the VPC router; path: toolbox-a eth0 → veth enid7e69f2b922 (packetlab/toolbox-a)',
    );
    const incl = one(yaml('{ includes: [{ kind: eni, eniTable: 3 }] }'), [sameNode]);
    expect(incl.evidence).toBe('path: trace sn: never passes kind=eni eniTable=3; path: toolbox-a eth0 → veth enid7e69f2b922 (packetlab/toolbox-a)');
  });

  it('covers the remaining forms: spread by count, one-way latency, minTraces, pod-ip and node-ip sources, exact nodes', () => {
    const both = [
      clusterIpTrace('c1', { sport: 1, endpoint: '10.0.2.127' }),
      clusterIpTrace('c2', { sport: 2 }),
      clusterIpTrace('c3', { sport: 3 }),
    ];
    const yaml = (expect: string): string => `- id: x
  statement: s
  experiment: 5
  subject: { traffic: { from: pod/packetlab/toolbox-a, to: svc/packetlab/echo-clusterip } }
  expect: ${expect}
`;
    expect(one(yaml('{ spread: { count: 2, minShare: 0.3, minConnections: 3 } }'), both).evidence).toBe(
      'spread: packetlab/echoserver-b (10.0.2.127) 1/3 (33%), packetlab/echoserver-a (10.0.3.193) 2/3 (67%) (each ≥ 30%)',
    );
    expect(one(yaml('{ spread: { count: 2, minShare: 0.3, minConnections: 2 } }'), both.slice(1)).evidence).toBe(
      'spread: only 1 of 2 endpoints chosen over 2 connections: packetlab/echoserver-a (10.0.3.193) 2/2 (100%)',
    );
    // Hops are 10 µs apart: a ClusterIP trace spans 70 µs.
    expect(one(yaml('{ latency: { maxMs: 0.05, measure: one-way } }'), both).evidence).toBe(
      'latency: one-way p50 0.070 ms, max 0.070 ms over 3 samples: max above 0.05 ms',
    );
    expect(one(yaml('{ nat: no-snat, minTraces: 4 }'), both).evidence).toBe('nat: 3 traces pod/packetlab/toolbox-a → svc/packetlab/echo-clusterip, need 4');
    expect(one(yaml('{ sourceSeenByDestination: pod-ip, path: { nodes: [ip-10-0-0-75, ip-10-0-1-228] } }'), both.slice(1, 2)).evidence).toBe(
      'path: trace c2: nodes ip-10-0-0-75 → ip-10-0-1-228; sourceSeenByDestination: trace c2: echoserver-a eth0 saw source 10.0.1.51',
    );
    expect(one(yaml('{ sourceSeenByDestination: node-ip }'), both.slice(1, 2)).evidence).toBe(
      'sourceSeenByDestination: trace c2: echoserver-a eth0 saw source 10.0.1.51, expected a node IP',
    );
    expect(one(yaml('{ path: { nodes: [ip-10-0-0-75] } }'), both.slice(1, 2)).evidence).toBe(
      'path: trace c2: nodes ip-10-0-0-75 → ip-10-0-1-228, expected ip-10-0-0-75',
    );
  });
});
