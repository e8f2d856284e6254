/**
 * `packetlife demo` end to end, as a user runs it: a child process that builds a lab, runs the
 * collector and one agent process per lab node, drives the experiments and verifies the 18
 * claims from live traces. Checked: the JSON document (18 passes, the key walks hop by hop),
 * the exit code, the progress, that nothing is left (netns, agents, their bpftrace), that a
 * false claim fails with evidence from the traces and exit 1, and that Ctrl-C tears down.
 *
 * Each run has its own short lab name; afterAll removes whatever a failed run left.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';
import { canRunBpftrace, describeWithBpftrace } from '../support/gate.js';
import type { ClaimResult } from '../../claims/result.js';
import { loadClaims } from '../../claims/schema.js';
import type { Trace } from '../../collector/trace-model.js';
import { renderDemoText } from '../../demo/report.js';
import type { DemoReport } from '../../demo/run.js';
import { labDown, labExec } from '../../lab/lab.js';
import { labDir } from '../../lab/state.js';
import { isRunning, killAll, labAgentPids, labNetns, watchLabProcesses } from './processes.js';
import { expectClusterIpWalk, expectEgressWalk, expectNodePortCrossNodeWalk } from './walk-expect.js';

const canRun = canRunBpftrace();
const base = `e2d${process.pid.toString(36)}`;
const CLAIMS = loadClaims('examples/eks-claims.yaml');
const labs: string[] = [];
const seen: number[] = [];

/** Runs the demo as a child process while watching its agents and their children. */
async function runDemo(lab: string, args: string[], opts: { interruptAt?: RegExp } = {}) {
  labs.push(lab);
  const child = execa('node', ['dist/cli.js', 'demo', '--name', lab, ...args], { reject: false, timeout: 150_000 });
  const watch = watchLabProcesses(lab, child.pid!);
  if (opts.interruptAt) {
    const pattern = opts.interruptAt;
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (pattern.test(stderr)) {
        stderr = ''; // once
        child.kill('SIGINT');
      }
    });
  }
  const result = await child;
  const { agents, children } = watch.stop();
  seen.push(...agents, ...children.keys());
  return { result, agents, children };
}

/** Nothing of the run is left: no netns, no lab state, no agent, none of their children running. */
async function expectNothingLeft(lab: string, agents: number[], children: Map<number, string>): Promise<void> {
  expect(await labNetns(lab)).toEqual([]);
  expect(existsSync(labDir(lab))).toBe(false);
  expect(labAgentPids(lab)).toEqual([]);
  expect(agents.filter(isRunning)).toEqual([]);
  expect([...children].filter(([pid]) => isRunning(pid)).map(([pid, cmd]) => `${pid} ${cmd}`)).toEqual([]);
}

describeWithBpftrace('packetlife demo (real processes: lab, collector, an agent per node)', () => {
  afterAll(async () => {
    killAll(seen);
    for (const lab of labs) await labDown({ name: lab });
  });

  it('--json: 18 claims pass, exit 0, the key walks exact, nothing left behind', async () => {
    const lab = `${base}a`;
    const { result, agents, children } = await runDemo(lab, ['--json']);
    expect(result.stderr).toContain('[1/8] lab up');
    expect(result.exitCode, `${claimsNotPassed(result.stdout)}\n${result.stderr.slice(-3000)}`).toBe(0);
    const report = JSON.parse(result.stdout) as DemoReport;

    expect(report.claims.map((c: ClaimResult) => [c.id, c.verdict, c.verdict === 'pass' ? '' : c.evidence])).toEqual(CLAIMS.map((c) => [c.id, 'pass', '']));
    expect([report.passed, report.failed, report.inconclusive]).toEqual([18, 0, 0]);
    // Every traffic claim was judged on traces, not only on the commands' output.
    for (const c of CLAIMS.filter((x) => x.subject.traffic)) {
      const r = report.claims.find((x) => x.id === c.id)!;
      expect(r.traceIds.length, c.id).toBeGreaterThan(0);
      expect(r.checks.filter((k) => k.verdict === 'skipped'), c.id).toEqual([]);
    }

    // One agent process per lab node, each over WebSocket, nothing lost on the way.
    expect(report.agents.map((a) => a.node).sort()).toEqual(['ip-10-0-0-49', 'ip-10-0-0-75', 'ip-10-0-1-228']);
    for (const a of report.agents) {
      expect(a.events, a.node).toBeGreaterThan(0);
      expect(a.loss, a.node).toEqual({ bpfLost: 0, queueDropped: 0, rateLimited: 0, invalid: 0, gapBatches: 0 });
    }
    expect(agents.sort()).toEqual(report.agents.map((a) => a.pid).sort());
    // At least the tracing program of each agent (capability probes run bpftrace briefly too).
    expect([...children.values()].filter((cmd) => /^bpftrace \/tmp\/packetlife-bpf-\w+\/program\.bt$/.test(cmd)).length).toBeGreaterThanOrEqual(3);

    const trace = (id: string): Trace => report.traces.find((t) => t.id === id)!;
    const walk = (id: string): [Trace, Trace] => {
      const w = report.walks.find((x) => x.id === id)!;
      expect(w.traceIds, id).toHaveLength(2);
      return [trace(w.traceIds[0]!), trace(w.traceIds[1]!)];
    };
    expect(report.walks.map((w) => [w.id, w.claim])).toEqual([
      ['clusterip', 'clusterip-no-snat'],
      ['nodeport-cross-node', 'nodeport-cross-node-snat'],
      ['egress', 'pod-egress'],
    ]);
    const endpoint = expectClusterIpWalk(...walk('clusterip'));
    expectNodePortCrossNodeWalk(...walk('nodeport-cross-node'));
    expectEgressWalk(...walk('egress'));
    // The walks are SYN and SYN-ACK: the first packets of their connections.
    for (const t of report.traces) expect(t.hops[0]!.packet.tcpFlags & 0x12, t.id).toBe(t.direction === 'request' ? 0x02 : 0x12);

    // What people read: the table, then the walks as hop diagrams.
    const text = renderDemoText(report, 120);
    expect(text.split('\n').slice(2, 4)).toEqual([
      'CLAIM                                EXP  VERDICT       EVIDENCE',
      '-----------------------------------  ---  ------------  ----------------------------------------',
    ]);
    expect(text).toMatch(/^ClusterIP: no SNAT {21}5 {2}PASS {10}nat: trace [0-9a-f]+: DNAT 172\.20\.122\.189:80 →/m);
    expect(text).toContain('1. ClusterIP from a pod: DNAT to an endpoint, no SNAT; the reply un-DNATed on the way back  [claim clusterip-no-snat: PASS]');
    expect(text).toMatch(new RegExp(`╞══ DNAT 172\\.20\\.122\\.189:80 → 10\\.0\\.\\d+\\.\\d+:8080  \\(ClusterIP packetlab/echo-clusterip → endpoint ${endpoint}\\)`));
    expect(text).toContain('route: table 2 (ENI ens6 10.0.0.85) via 10.0.0.1 dev ens6');
    expect(text).toMatch(/╞══ SNAT 10\.0\.1\.51:\d+ → 10\.0\.0\.75:\d+ {2}\(VPC CNI egress SNAT to the node primary IP 10\.0\.0\.75\)/);
    expect(text).toMatch(/\n18 claims: 18 passed, 0 failed, 0 inconclusive \(verified in \d+\.\d s\)\n$/);

    expect(result.stderr).toMatch(/\[5\/8\] experiments: driving the traffic of 10 claims\n/);
    expect(result.stderr).toContain('[8/8] tear down: agents, collector, lab');
    expect(report.timings.total, 'well under 2 minutes').toBeLessThan(90_000);
    await expectNothingLeft(lab, agents, children);
  });

  it('a false claim fails with the evidence of the live traces, and the demo exits 1', async () => {
    const lab = `${base}f`;
    const dir = mkdtempSync(join(tmpdir(), 'plab-e2e-'));
    try {
      const file = join(dir, 'false.yaml');
      writeFileSync(
        file,
        `claims:
  - id: clusterip-masks-client
    statement: ClusterIP masks the client (false)
    experiment: 5
    subject:
      traffic: { from: pod/packetlab/toolbox-a, to: svc/packetlab/echo-clusterip, port: 80, protocol: tcp }
    traffic:
      runIn: pod/packetlab/toolbox-a
      command: [curl, -sS, --max-time, '5', http://172.20.122.189/]
    expect:
      sourceSeenByDestination: 10.0.0.75
`,
      );
      const { result, agents, children } = await runDemo(lab, ['--json', '--claims', file]);
      expect(result.exitCode, result.stderr.slice(-2000)).toBe(1);
      const report = JSON.parse(result.stdout) as DemoReport;
      expect([report.passed, report.failed, report.inconclusive]).toEqual([0, 1, 0]);
      expect(report.claims[0]!.evidence).toMatch(/^sourceSeenByDestination: trace [0-9a-f]+: packetlab\/echoserver-[ab] eth0 saw source 10\.0\.1\.51, expected 10\.0\.0\.75/);
      expect(report.walks.map((w) => w.note)).toEqual([
        'no claim clusterip-no-snat in the claims file',
        'no claim nodeport-cross-node-snat in the claims file',
        'no claim pod-egress in the claims file',
      ]);
      await expectNothingLeft(lab, agents, children);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--keep: the collector and agents keep serving after the table; Ctrl-C stops them and leaves the lab', async () => {
    const lab = `${base}k`;
    labs.push(lab);
    const child = execa('node', ['dist/cli.js', 'demo', '--name', lab, '--json', '--keep'], { reject: false, timeout: 150_000 });
    const watch = watchLabProcesses(lab, child.pid!);
    let stdout = '';
    child.stdout!.on('data', (c: Buffer) => void (stdout += c.toString()));
    await new Promise<void>((ok) => {
      let stderr = '';
      child.stderr!.on('data', (c: Buffer) => {
        stderr += c.toString();
        if (stderr.includes('Ctrl-C stops the agents and the collector')) ok();
      });
      void child.then(() => ok());
    });
    // stdout is a pipe: the report may still be on its way when the stderr line is read
    for (let i = 0; i < 100; i++) {
      try {
        JSON.parse(stdout);
        break;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const report = JSON.parse(stdout) as DemoReport;
    expect(report.claims.filter((c) => c.verdict !== 'pass').map((c) => `${c.id} ${c.verdict}: ${c.evidence}`)).toEqual([]);
    expect(report.passed).toBe(18);
    // Still serving: the agents are connected and the lab-wide session still traces.
    const headers = { authorization: `Bearer ${readFileSync(report.tokenFile, 'utf8').trim()}` };
    expect((await fetch(new URL('/api/agents', report.collector))).status).toBe(401); // no token, no answer
    const agentsNow = (await (await fetch(new URL('/api/agents', report.collector), { headers })).json()) as { node: string; connected: boolean }[];
    expect(agentsNow.filter((a) => a.connected).map((a) => a.node).sort()).toEqual(['ip-10-0-0-49', 'ip-10-0-0-75', 'ip-10-0-1-228']);
    const since = BigInt(Date.now()) * 1_000_000n;
    const ping = await labExec(lab, 'packetlab/toolbox-a', ['ping', '-c', '1', '-W', '1', '10.0.2.29']);
    expect(ping.exitCode).toBe(0);
    let traced: Trace[] = [];
    for (let i = 0; i < 50 && traced.length < 2; i++) {
      await new Promise((r) => setTimeout(r, 200));
      traced = (await (await fetch(new URL(`/api/traces?pod=packetlab/toolbox-b&since=${since}`, report.collector), { headers })).json()) as Trace[];
      traced = traced.filter((t) => t.first.protocol === 1);
    }
    expect(traced.map((t) => t.direction).sort()).toEqual(['reply', 'request']);

    child.kill('SIGINT');
    const result = await child;
    const { agents, children } = watch.stop();
    seen.push(...agents, ...children.keys());
    expect(result.exitCode).toBe(130);
    expect(agents.filter(isRunning)).toEqual([]);
    expect([...children.keys()].filter(isRunning)).toEqual([]);
    expect((await labNetns(lab)).length).toBe(14); // the lab stays, as promised
    await labDown({ name: lab });
    expect(await labNetns(lab)).toEqual([]);
  });

  it('Ctrl-C while the experiments run: everything torn down, exit 130', async () => {
    const lab = `${base}i`;
    const { result, agents, children } = await runDemo(lab, [], { interruptAt: /\[5\/8\] experiments/ });
    expect(result.exitCode, result.stderr.slice(-2000)).toBe(130);
    expect(result.stderr).toContain('SIGINT: stopping');
    expect(result.stdout).toBe('');
    expect(agents).toHaveLength(3);
    await expectNothingLeft(lab, agents, children);
  });
});

describe('packetlife demo: bad input is refused before anything is built', () => {
  it('claims that run where the topology has no pod or node, and a bad lab name', async () => {
    const lab = `${base}x`;
    const r = await execa('node', ['dist/cli.js', 'demo', '--name', lab, '--topology', 'lab/topologies/minimal.yaml'], { reject: false, timeout: 30_000 });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe(
      'packetlife: 10 claims run traffic where lab/topologies/minimal.yaml has no such pod or node (pod/packetlab/toolbox-a, node/ip-10-0-0-75, node/ip-10-0-0-49, e.g. claim same-node-sub-ms); give --claims written for this topology',
    );
    if (canRun) expect(await labNetns(lab)).toEqual([]);
    const bad = await execa('node', ['dist/cli.js', 'demo', '--name', 'Demo-1'], { reject: false, timeout: 30_000 });
    expect([bad.exitCode, bad.stderr]).toEqual([2, 'packetlife: invalid lab name "Demo-1": use 1-12 lowercase letters and digits (it becomes part of netns names)']);
  });
});

/** The claims of a --json report that did not pass, with their evidence (the report is on stdout; stderr says only that one failed). */
function claimsNotPassed(stdout: string): string {
  try {
    const report = JSON.parse(stdout) as DemoReport;
    return report.claims
      .filter((c) => c.verdict !== 'pass')
      .map((c) => `claim ${c.id}: ${c.verdict}: ${JSON.stringify(c.evidence).slice(0, 2000)}`)
      .join('\n');
  } catch {
    return `stdout (not a JSON report): ${stdout.slice(-2000)}`;
  }
}
