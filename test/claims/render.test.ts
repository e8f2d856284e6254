import { describe, expect, it } from 'vitest';
import { evidenceLines, renderClaimTable } from '../../claims/render.js';
import type { ClaimResult } from '../../claims/result.js';

const result = (id: string, statement: string, experiment: number, verdict: ClaimResult['verdict'], evidence: string): ClaimResult => ({
  id, statement, experiment, verdict, evidence, checks: [], traceIds: [],
});

describe('verified table', () => {
  it('prints claim, experiment, verdict and wrapped evidence, then the tally', () => {
    const text = renderClaimTable(
      [
        result('slash32', '/32 mask on pod eth0', 1, 'pass', 'addresses: eth0 10.0.1.51/32'),
        result('nodeport', 'NodePort: SNAT masks client', 6, 'fail', `sourceSeenByDestination: trace 1f: echoserver-a eth0 saw source 10.0.0.49, expected an IP of receiving node ip-10-0-0-75 (10.0.0.75, 10.0.0.85, 10.0.0.84)`),
        result('rr', 'ClusterIP: round-robin', 4, 'inconclusive', 'spread: 4 DNATed connections seen, need 20'),
      ],
      { width: 80 },
    );
    expect(text).toBe(
      [
        'CLAIM                        EXP  VERDICT       EVIDENCE',
        '---------------------------  ---  ------------  --------------------------------',
        '/32 mask on pod eth0           1  PASS          addresses: eth0 10.0.1.51/32',
        'NodePort: SNAT masks client    6  FAIL          sourceSeenByDestination: trace',
        '                                                1f: echoserver-a eth0 saw source',
        '                                                10.0.0.49, expected an IP of',
        '                                                receiving node ip-10-0-0-75',
        '                                                (10.0.0.75, 10.0.0.85,',
        '                                                10.0.0.84)',
        'ClusterIP: round-robin         4  INCONCLUSIVE  spread: 4 DNATed connections',
        '                                                seen, need 20',
        '',
        '3 claims: 1 passed, 1 failed, 1 inconclusive',
        '',
      ].join('\n'),
    );
  });

  it('puts each deciding check on its own lines, and caps a long evidence when asked', () => {
    const r: ClaimResult = {
      ...result('np', 'NodePort: cross-node SNAT', 6, 'pass', ''),
      checks: [
        { expectation: 'nat', verdict: 'pass', evidence: 'trace a: DNAT 10.0.0.75:32385 → packetlab/echoserver-a 10.0.3.193:8080 on ip-10-0-0-75, SNAT to 10.0.0.75 = receiving node ip-10-0-0-75 (NodePort masquerade)' },
        { expectation: 'sourceSeenByDestination', verdict: 'skipped', evidence: 'no trace source' },
        { expectation: 'output', verdict: 'pass', evidence: '1 run of curl http://10.0.0.75:32385/ in node/ip-10-0-0-49 printed "client_address=10.0.0.75"' },
      ],
    };
    expect(evidenceLines(r)).toEqual([
      'nat: trace a: DNAT 10.0.0.75:32385 → packetlab/echoserver-a 10.0.3.193:8080 on ip-10-0-0-75, SNAT to 10.0.0.75 = receiving node ip-10-0-0-75 (NodePort masquerade)',
      'output: 1 run of curl http://10.0.0.75:32385/ in node/ip-10-0-0-49 printed "client_address=10.0.0.75"',
      'not checked: sourceSeenByDestination',
    ]);
    const failed: ClaimResult = { ...r, verdict: 'fail', checks: [{ ...r.checks[0]!, verdict: 'fail' }, r.checks[2]!] };
    expect(evidenceLines(failed)).toEqual([`nat: ${r.checks[0]!.evidence}`]);
    const lines = renderClaimTable([r], { width: 100, maxEvidenceLines: 3 }).split('\n');
    expect(lines.slice(2, 5)).toEqual([
      'NodePort: cross-node SNAT    6  PASS          nat: trace a: DNAT 10.0.0.75:32385 →',
      '                                              packetlab/echoserver-a 10.0.3.193:8080 on',
      '                                              … (5 more lines; --json has all)',
    ]);
  });
});
