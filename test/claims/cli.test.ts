import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyCommand } from '../../claims/cli.js';
import { Correlator } from '../../collector/correlate/correlator.js';
import type { Trace } from '../../collector/trace-model.js';
import { clusterIpReply, clusterIpRequest, labModel } from '../../fixtures/walks.js';

const T0 = 5_000_000_000n;

describe('packetlife verify against a collector', () => {
  let server: Server;
  let url = '';
  const asked: string[] = [];

  beforeAll(async () => {
    const traces: Trace[] = [];
    const c = new Correlator({ topology: labModel(), onTrace: (t) => traces.push(t) });
    c.pushAll([...clusterIpRequest(T0).events, ...clusterIpReply(T0 + 400_000n).events]);
    c.flush();
    server = createServer((req, res) => {
      asked.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ traces }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
  });

  it('judges the example claims by the collector\'s traces: ClusterIP claims pass, others have no traffic, state claims no source', async () => {
    const results = await verifyCommand('examples/eks-claims.yaml', { collector: url, drive: true, sessions: true, settle: '0' });
    expect(results).toHaveLength(18);
    const verdicts = Object.fromEntries(results.map((r) => [r.id, r.verdict]));
    expect(verdicts['clusterip-no-snat']).toBe('pass');
    expect(verdicts['conntrack-tracks-nat']).toBe('pass');
    expect(results.filter((r) => r.verdict === 'pass').map((r) => r.id)).toEqual(['clusterip-no-snat', 'conntrack-tracks-nat']);
    expect(results.filter((r) => r.verdict === 'fail')).toEqual([]);
    expect(results.find((r) => r.id === 'multiple-enis')?.evidence).toBe('enis: no state source');
    expect(results.find((r) => r.id === 'pod-egress')?.evidence).toMatch(/^delivered: no traffic pod\/packetlab\/toolbox-a → 198\.51\.100\.10:80\/tcp among \d+ traces/);
    // Without --lab nothing is driven, so no time bound: every trace the collector holds.
    expect(asked[0]).toBe('/api/traces?pod=packetlab%2Ftoolbox-a&limit=5000');
  });

  it('refuses a bad collector URL and a bad lab name, naming them', async () => {
    await expect(verifyCommand('examples/eks-claims.yaml', { collector: 'localhost:7070', drive: true, sessions: true, settle: '2' })).rejects.toThrow(
      '--collector: expected an http(s) URL such as http://127.0.0.1:7070, got "localhost:7070"',
    );
    await expect(verifyCommand('examples/eks-claims.yaml', { lab: '../etc', drive: true, sessions: true, settle: '2' })).rejects.toThrow(/invalid lab name "\.\.\/etc"/);
  });

  it('refuses to run with nothing to verify against', async () => {
    await expect(verifyCommand('examples/eks-claims.yaml', { drive: true, sessions: true, settle: '2' })).rejects.toThrow(
      'nothing to verify against: give --collector URL (traces), --lab NAME (state, driven traffic) or both',
    );
  });
});
