import { describe, expect, it } from 'vitest';
import { renderClaimTable } from '../../claims/render.js';
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
});
