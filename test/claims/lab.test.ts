/**
 * The example claims against real labs: the default lab satisfies all 18 (state read live,
 * traffic driven, judged by the servers' answers — traces come from the collector, tested with
 * it), and labs broken on purpose fail the right claim with the right evidence.
 *
 * Each lab has a short name unique to this process and is torn down in finally/afterAll.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeAsRoot } from '../support/gate.js';
import { driveClaimTraffic } from '../../claims/drive.js';
import { evaluateClaims, stateSubjects } from '../../claims/engine.js';
import { loadClaims, type Claim } from '../../claims/schema.js';
import { namesFromLabTopology } from '../../claims/names.js';
import type { ClaimResult } from '../../claims/result.js';
import { collectState } from '../../claims/state.js';
import { LabStateSource } from '../../claims/state-lab.js';
import { labDown, labUp } from '../../lab/lab.js';
import { listNetns } from '../../lab/run.js';
import { loadTopology, type LabTopology } from '../../lab/topology.js';

const CLAIMS = loadClaims('examples/eks-claims.yaml');
const base = `cl${process.pid.toString(36)}`;

async function evaluateInLab(lab: string, claims: Claim[], drive: boolean): Promise<ClaimResult[]> {
  const state = await collectState(new LabStateSource(lab), stateSubjects(claims));
  const outputs = drive ? await driveClaimTraffic(claims, lab) : undefined;
  const topology = loadTopology();
  return evaluateClaims(claims, { state, outputs, names: namesFromLabTopology(topology) });
}

async function withLab<T>(name: string, modify: (t: LabTopology) => void, fn: () => Promise<T>): Promise<T> {
  await labDown({ name });
  const topology = loadTopology();
  modify(topology);
  try {
    await labUp({ name, topology });
    return await fn();
  } finally {
    await labDown({ name });
  }
}

const pick = (ids: string[]): Claim[] => CLAIMS.filter((c) => ids.includes(c.id));
const result = (rs: ClaimResult[], id: string): ClaimResult => rs.find((r) => r.id === id)!;

describeAsRoot('example claims on real labs', () => {
  const lab = `${base}d`;
  beforeAll(async () => {
    await labDown({ name: lab });
    await labUp({ name: lab });
  });
  afterAll(async () => {
    await labDown({ name: lab });
    expect((await listNetns()).filter((n) => n.startsWith(`plab-${lab}-`))).toEqual([]);
  });

  it('the default lab satisfies every state claim, read live', async () => {
    const stateOnly = CLAIMS.filter((c) => c.subject.traffic === undefined);
    const results = await evaluateInLab(lab, stateOnly, false);
    expect(results.filter((r) => r.verdict !== 'pass').map((r) => `${r.id}: ${r.evidence}`)).toEqual([]);
    expect(results).toHaveLength(8);
    expect(result(results, 'policy-routing').evidence).toBe('rules: 512: from all to 10.0.1.51 lookup main; 1536: from 10.0.1.51 lookup 2');
    expect(result(results, 'secondary-table-default-only').evidence).toBe(
      'routes: table 2 exactly: default via 10.0.0.1 dev ens6 | 10.0.0.1 dev ens6 scope link',
    );
    expect(result(results, 'multiple-enis').evidence).toBe('enis: ip-10-0-0-75: ens5 10.0.0.75 main, ens6 10.0.0.85 table 2, ens7 10.0.0.84 table 3');
    expect(result(results, 'arp-mac-is-host-veth').evidence).toMatch(
      /^neighbours: 169\.254\.1\.1 lladdr ([0-9a-f:]{17}) PERMANENT on eth0 = MAC of host veth enid7e69f2b922 on ip-10-0-0-75$/,
    );
  });

  it('the default lab passes all 18 claims from driven traffic and live state (trace checks not run here)', async () => {
    const results = await evaluateInLab(lab, CLAIMS, true);
    expect(results.map((r) => [r.id, r.verdict, r.verdict === 'pass' ? '' : r.evidence])).toEqual(CLAIMS.map((c) => [c.id, 'pass', '']));
    const output = (id: string): string => result(results, id).checks.find((c) => c.expectation === 'output')!.evidence;
    expect(output('clusterip-no-snat')).toContain('printed "client_address=10.0.1.51"');
    expect(output('nodeport-snat-localhost')).toContain('printed "client_address=10.0.0.75"');
    expect(output('nodeport-cross-node-snat')).toContain('printed "client_address=10.0.0.75"');
    expect(output('pod-egress')).toContain('printed "203.0.113.10"');
    expect(output('clusterip-round-robin')).toMatch(/^40 runs of dig/);
  });

  it('packetlife verify --lab: JSON with 18 passes and exit 0; a false claim prints FAIL and exits 1', async () => {
    const ok = await execa('node', ['dist/cli.js', 'verify', 'examples/eks-claims.yaml', '--lab', lab, '--json'], { reject: false, timeout: 60_000 });
    expect(ok.exitCode).toBe(0);
    const json = JSON.parse(ok.stdout) as { summary: unknown; results: { id: string; verdict: string }[] };
    expect(json.summary).toEqual({ pass: 18, fail: 0, inconclusive: 0 });
    const dir = mkdtempSync(join(tmpdir(), 'plab-claims-'));
    try {
      const file = join(dir, 'wrong.yaml');
      writeFileSync(
        file,
        `claims:
  - id: wrong-prefix
    statement: /24 on pod eth0
    experiment: 1
    subject: { state: pod/packetlab/toolbox-a }
    expect: { addresses: [{ ifname: eth0, address: 10.0.1.51, prefixlen: 24 }] }
`,
      );
      const bad = await execa('node', ['dist/cli.js', 'verify', file, '--lab', lab], { reject: false, timeout: 60_000 });
      expect(bad.exitCode).toBe(1);
      expect(bad.stdout.split('\n').slice(0, 3)).toEqual([
        'CLAIM            EXP  VERDICT       EVIDENCE',
        '---------------  ---  ------------  ----------------------------------------',
        '/24 on pod eth0    1  FAIL          addresses: eth0 has 10.0.1.51/32, expected /24',
      ]);
      expect(bad.stdout).toContain('1 claims: 0 passed, 1 failed, 0 inconclusive');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('NodePort without masquerade and an endpoint never chosen fail the right claims', async () => {
    const lab2 = `${base}m`;
    const results = await withLab(
      lab2,
      (t) => {
        t.faults.nodePortMasquerade = false;
        t.faults.endpointNeverChosen = 'kube-system/coredns-a';
      },
      () => evaluateInLab(lab2, pick(['clusterip-round-robin', 'clusterip-no-snat', 'nodeport-snat-masks-client', 'nodeport-cross-node-snat']), true),
    );
    expect(results.map((r) => [r.id, r.verdict])).toEqual([
      ['clusterip-round-robin', 'fail'],
      ['clusterip-no-snat', 'pass'],
      ['nodeport-snat-masks-client', 'fail'],
      ['nodeport-cross-node-snat', 'fail'],
    ]);
    // The echo server names the real client: toolbox-a's own address.
    expect(result(results, 'nodeport-snat-masks-client').evidence).toBe(
      'output: run 1/1 printed "client_address=10.0.1.51", not matching /client_address=10\\.0\\.0\\.(75|84|85)\\b/',
    );
    // Without SNAT the endpoint on another node answers the remote client directly, past the
    // conntrack entry that would undo the DNAT: the connection never completes.
    expect(result(results, 'nodeport-cross-node-snat').evidence).toMatch(
      /^output: run 1\/1 of curl -sS --max-time 5 http:\/\/10\.0\.0\.75:32385\/ exited 28: curl: \(28\) Connection timed out/,
    );
    expect(result(results, 'clusterip-round-robin').evidence).toMatch(
      /^iptables: nat KUBE-SVC-TCOU7JCQXEZGVUNU \(jumped to from KUBE-SERVICES: .*\): 0 matching rules, expected exactly 1$/,
    );
  });

  it('a pod on the primary ENI and a missing permanent neighbour entry fail the right claims', async () => {
    const results = await withLab(
      `${base}p`,
      (t) => {
        const pod = t.pods.find((p) => p.name === 'toolbox-a')!;
        pod.eni = 'ens5';
        t.faults.omitGatewayNeighbour = ['packetlab/toolbox-a'];
      },
      () => evaluateInLab(`${base}p`, CLAIMS.filter((c) => c.subject.traffic === undefined), false),
    );
    expect(results.filter((r) => r.verdict !== 'pass').map((r) => [r.id, r.verdict, r.evidence])).toEqual([
      ['static-arp-entry', 'fail', 'neighbours: no neighbour entry for 169.254.1.1 on eth0 (entries: none)'],
      ['arp-mac-is-host-veth', 'fail', 'neighbours: no neighbour entry for 169.254.1.1 on eth0 (entries: none)'],
      ['policy-routing', 'fail', 'rules: no rule "1536: from 10.0.1.51 lookup 2"; related rules: 512: from all to 10.0.1.51 lookup main | 1536: from 10.0.1.181 lookup 3'],
    ]);
  });
});
