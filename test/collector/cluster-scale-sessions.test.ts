/**
 * Filters that fit any cluster (issue 11, item 5): a session's size in the kernel must not grow
 * with the number of nodes or ENIs. NodePort and LoadBalancer sessions name every node's and
 * ENI's address (NodePort fronts, the masquerade's source); on a modelled cluster of 1,000
 * nodes × 3 ENIs they compile to as many terms as on 10 nodes, and the program carrying both
 * loads on this kernel (real bpftrace, verifier included). The collector still judges traces on
 * the full address lists.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { generateProgram, MAX_PROGRAM_TERMS } from '../../bpf/program.js';
import { compileSession, coveringPrefixes, MAX_ADDRESS_TERMS, traceMatches } from '../../collector/sessions.js';
import { Correlator } from '../../collector/correlate/correlator.js';
import type { Flow, Trace } from '../../collector/trace-model.js';
import { allWalks, labModel } from '../../fixtures/walks.js';
import { countTerms, formatFilter } from '../../filter/ast.js';
import { modelledCluster } from '../../fixtures/sessions.js';
import { ipv4ToU32 } from '../../proto/codec.js';
import { describeWithBpftrace } from '../support/gate.js';

const SESSIONS = [
  { from: 'pod/packetlab/toolbox-a', to: 'svc/packetlab/echo-nodeport' },
  { from: '198.51.100.10', to: 'svc/packetlab/echo-nlb' },
];

describe('sessions sized by the question, not the cluster', () => {
  const small = modelledCluster(7); // 10 nodes
  const big = modelledCluster(997); // 1,000 nodes × 3 ENIs

  it('NodePort and LoadBalancer sessions have no more kernel terms on 1,000 nodes × 3 ENIs than on 10', () => {
    expect(big.nodeNames()).toHaveLength(1000);
    for (const req of SESSIONS) {
      const s = compileSession(small, req);
      const b = compileSession(big, req);
      expect(countTerms(b.filter), `${req.to}: ${formatFilter(b.filter)}`).toBeLessThanOrEqual(countTerms(s.filter));
      expect(countTerms(b.filter)).toBeLessThanOrEqual(2 * MAX_ADDRESS_TERMS + 8);
      // The collector keeps the full lists: every node address is still the session's.
      expect(b.to.ips.length + b.from.ips.length).toBeGreaterThan(3000);
    }
  });

  it('judges every reference walk the same on 1,000 nodes as on 10 (the collector keeps exactly the session\'s packets)', () => {
    const traces: Array<{ t: Trace; flow: Flow }> = [];
    const c = new Correlator({ topology: labModel(), sharedClock: () => true, onTrace: (t, flow) => traces.push({ t, flow }) });
    for (const w of allWalks(5_000_000_000n)) for (const e of w.events) c.push(e);
    c.flush();
    const names = (req: { from: string; to: string }, topo: typeof big): string[] => {
      const compiled = compileSession(topo, req);
      return traces.filter(({ t, flow }) => traceMatches(t, compiled, flow)).map(({ t }) => `${t.direction} ${t.first.src}:${t.first.sport} > ${t.first.dst}:${t.first.dport}`);
    };
    const nodePort = { from: 'pod/packetlab/toolbox-b', to: 'svc/packetlab/echo-nodeport' };
    const clusterIp = { from: 'pod/packetlab/toolbox-a', to: 'svc/packetlab/echo-clusterip' };
    expect(names(nodePort, big)).toEqual(['request 10.0.2.29:20004 > 10.0.0.75:32385']);
    expect(names(nodePort, big)).toEqual(names(nodePort, small));
    expect(names(clusterIp, big)).toEqual(['request 10.0.1.51:20002 > 172.20.122.189:80', 'reply 10.0.3.193:8080 > 10.0.1.51:20002']);
    expect(names(clusterIp, big)).toEqual(names(clusterIp, small));
    // the same compiled session, asked again (its lookups are made once): the same answers
    const compiled = compileSession(big, nodePort);
    const first = traces.map(({ t, flow }) => traceMatches(t, compiled, flow));
    expect(traces.map(({ t, flow }) => traceMatches(t, compiled, flow))).toEqual(first);
  });

  it('covering prefixes cover every address, at most the limit of them', () => {
    const ips = Array.from({ length: 3000 }, (_, n) => ipv4ToU32(`10.0.${16 + (n >> 8)}.${n & 255}`)).concat([ipv4ToU32('172.20.152.84'), ipv4ToU32('127.0.0.1')]);
    const nets = coveringPrefixes(ips);
    expect(nets.length).toBeLessThanOrEqual(MAX_ADDRESS_TERMS);
    for (const ip of ips) {
      expect(nets.some((n) => n.prefixLen === 0 || ((ip >>> (32 - n.prefixLen)) << (32 - n.prefixLen)) >>> 0 === n.ipv4)).toBe(true);
    }
    // Few addresses stay exact.
    expect(coveringPrefixes([ipv4ToU32('10.0.0.1'), ipv4ToU32('10.0.0.2')])).toEqual([
      { ipv4: ipv4ToU32('10.0.0.1'), prefixLen: 32 },
      { ipv4: ipv4ToU32('10.0.0.2'), prefixLen: 32 },
    ]);
  });
});

describeWithBpftrace('a 1,000-node NodePort + LoadBalancer program loads on this kernel', () => {
  const dir = mkdtempSync(join(tmpdir(), 'packetlife-scale-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('bpftrace attaches it (verifier included) and prints its ready line', async () => {
    const big = modelledCluster(997);
    const sessions = SESSIONS.map((req, i) => ({ id: `s${i}`, filter: compileSession(big, req).filter }));
    expect(sessions.reduce((n, s) => n + countTerms(s.filter), 0)).toBeLessThanOrEqual(MAX_PROGRAM_TERMS);
    const file = join(dir, 'scale.bt');
    writeFileSync(file, generateProgram({ sessions, netnsInodes: [], tier: 'tracepoint' }));
    const child = execa('bpftrace', [file], { reject: false, buffer: false, stderr: 'pipe' });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    try {
      const ready = await Promise.race([
        new Promise<boolean>((resolve) => child.stdout!.on('data', (d: Buffer) => d.toString().includes('B ') && resolve(true))),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 60_000)),
        child.then(() => false),
      ]);
      expect(ready, stderr).toBe(true);
    } finally {
      child.kill('SIGTERM');
      await child;
    }
  }, 90_000);
});
