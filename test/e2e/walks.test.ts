/**
 * The reference's packet walks through real processes (issue 4, item 6): a lab, the collector
 * as its own process (`packetlife collector --lab NAME --listen 127.0.0.1:0`), one
 * `packetlife agent` process per lab node over WebSocket, and `packetlife trace` asking for each
 * walk by names while the walk's traffic runs in the lab. Each trace comes back hop by hop, with
 * exact addresses, NAT rewrites, routing tables and verdicts (walk-expect.ts); the text output
 * carries the same walk as a hop diagram.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { generatedUserTokenFile } from '../../common/client-token.js';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execa, type ResultPromise } from 'execa';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithBpftrace } from '../support/gate.js';
import type { Trace } from '../../collector/trace-model.js';
import type { AgentHealth } from '../../collector/ingest.js';
import { runningBpftrace, spawnAgents, stopAgents, type AgentProcess } from '../../demo/agents.js';
import { labDown, labExec, labUp } from '../../lab/lab.js';
import { isRunning, labAgentPids, labNetns } from './processes.js';
import { expectClusterIpWalk, expectEgressWalk, expectNodePortCrossNodeWalk, requestAndReply } from './walk-expect.js';

const lab = `e2w${process.pid.toString(36)}`;
const NODES = ['ip-10-0-0-75', 'ip-10-0-0-49', 'ip-10-0-1-228'];
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface SessionView {
  id: string;
  done: boolean;
  endReason: string | null;
  from: { ips: string[] };
  to: { ips: string[]; ports: number[] };
  traceIds: string[];
}

describeWithBpftrace('packet walks through real processes: collector, an agent per node, packetlife trace', () => {
  let collector: ResultPromise | undefined;
  let api = '';
  let agents: AgentProcess[] = [];
  let logDir = '';

  const get = async <T>(path: string): Promise<T> => (await (await fetch(new URL(path, api), { headers: { authorization: `Bearer ${readFileSync(generatedUserTokenFile(Number(new URL(api).port)), 'utf8').trim()}` } })).json()) as T;

  beforeAll(async () => {
    await labDown({ name: lab });
    await labUp({ name: lab });
    collector = execa('node', ['dist/cli.js', 'collector', '--lab', lab, '--listen', '127.0.0.1:0'], { reject: false, env: { PACKETLIFE_LOG_LEVEL: 'warn' } });
    api = await new Promise<string>((ok, fail) => {
      let out = '';
      collector!.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const m = /^collector listening on (http:\/\/127\.0\.0\.1:\d+) \(agents: ws:\/\/127\.0\.0\.1:\d+\/v1\/agents; web viewer: http:\/\/127\.0\.0\.1:\d+\/\); topology: lab$/m.exec(out);
        if (m) ok(m[1]!);
      });
      void collector!.then((r) => fail(new Error(`collector exited: ${String(r.stderr)}`)));
    });
    logDir = mkdtempSync(join(tmpdir(), 'plab-e2e-walks-'));
    agents = spawnAgents({ cliScript: resolve('dist/cli.js'), lab, nodes: NODES, collectorUrl: `${api.replace('http', 'ws')}/v1/agents`, logDir });
    for (let i = 0; ; i++) {
      const connected = (await get<AgentHealth[]>('/api/agents')).filter((a) => a.connected && a.snapshot !== null).map((a) => a.node);
      if (NODES.every((n) => connected.includes(n))) break;
      if (i > 300) throw new Error(`agents did not connect: ${connected.join(', ')}`);
      await sleep(100);
    }
  });

  afterAll(async () => {
    const pids = agents.map((a) => a.pid);
    await stopAgents(agents);
    collector?.kill('SIGTERM');
    await collector;
    await labDown({ name: lab });
    rmSync(logDir, { recursive: true, force: true });
    expect(await labNetns(lab)).toEqual([]);
    expect(labAgentPids(lab)).toEqual([]);
    expect(pids.filter(isRunning)).toEqual([]);
  });

  /**
   * Runs `packetlife trace ARGS --count 1` (one child per entry of `argvs`), waits until every
   * agent has attached each new session, runs `drive` in the lab, and returns the children's
   * results.
   */
  async function traceWhile(argvs: string[][], target: string, drive: string[]) {
    // The previous walk's sessions end at the collector; wait until every agent has swapped its
    // program out. A session added while an older program swap is still in flight can be
    // reported active before the program that carries its filter is attached.
    for (let i = 0; agents.some((a) => runningBpftrace(a).length > 0); i++) {
      if (i > 200) throw new Error(`agents still run bpftrace after their sessions ended: ${agents.map((a) => `${a.node}: ${runningBpftrace(a).join(', ')}`).join('; ')}`);
      await sleep(100);
    }
    const before = new Set((await get<SessionView[]>('/api/sessions')).map((s) => s.id));
    const children = argvs.map((argv) => execa('node', ['dist/cli.js', 'trace', ...argv, '--count', '1', '--timeout', '30', '--collector', api], { reject: false }));
    let ids: string[] = [];
    for (let i = 0; ; i++) {
      ids = (await get<SessionView[]>('/api/sessions')).filter((s) => !before.has(s.id)).map((s) => s.id);
      const agentsNow = await get<AgentHealth[]>('/api/agents');
      const attached = ids.length === argvs.length && ids.every((id) => NODES.every((n) => agentsNow.some((a) => a.connected && a.node === n && a.sessions[id]?.active)));
      if (attached) break;
      if (i > 400) throw new Error(`sessions ${ids.join(', ')} not attached on every agent: ${JSON.stringify(agentsNow.map((a) => [a.node, a.sessions]))}`);
      await sleep(100);
    }
    const run = await labExec(lab, target, drive, { timeout: 10_000 });
    expect(run.exitCode, String(run.stderr)).toBe(0);
    return Promise.all(children);
  }

  const parse = (stdout: string): { session: SessionView; traces: Trace[] } => JSON.parse(stdout) as { session: SessionView; traces: Trace[] };

  it('ClusterIP: toolbox-a → svc/packetlab/echo-clusterip, DNAT to the chosen echoserver, table 2 out of ens6, no SNAT, and the reply (--json and the hop diagram)', async () => {
    const from = ['--from', 'pod/packetlab/toolbox-a', '--to', 'svc/packetlab/echo-clusterip'];
    const [json, text] = await traceWhile([[...from, '--json'], from], 'packetlab/toolbox-a', ['curl', '-sS', '--max-time', '5', 'http://172.20.122.189/']);
    expect(json!.exitCode, String(json!.stderr)).toBe(0);
    const { session, traces } = parse(String(json!.stdout));
    expect(session).toMatchObject({ done: true, endReason: 'count reached' });
    expect(session.to.ips.sort()).toEqual(['10.0.2.127', '10.0.3.193', '172.20.122.189', '203.0.113.30']);
    expect(session.to.ports.sort()).toEqual([80, 8080]);
    const { request, reply } = requestAndReply(traces);
    const endpoint = expectClusterIpWalk(request, reply);

    // The same walk as people read it.
    expect(text!.exitCode, String(text!.stderr)).toBe(0);
    expect(String(text!.stderr)).toContain(
      'tracing pod packetlab/toolbox-a → service packetlab/echo-clusterip (addresses 172.20.122.189, 203.0.113.30, 10.0.2.127, 10.0.3.193; ports 80, 8080) on 3 agent(s)',
    );
    const out = String(text!.stdout);
    expect(out).toMatch(new RegExp(`^trace [0-9a-f]+ {2}request {2}pod packetlab/toolbox-a → service packetlab/echo-clusterip → pod ${endpoint}$`, 'm'));
    expect(out).toMatch(/^ {2}tcp 10\.0\.1\.51:\d+ → 172\.20\.122\.189:80 {3}verdict: DELIVERED {3}flow [0-9a-f]+ /m);
    expect(out).toContain('┌─ node ip-10-0-0-75 ─');
    expect(out).toMatch(/│ \+0\.0µs {5}tx {2}packetlab\/toolbox-a eth0 {20}10\.0\.1\.51:\d+ → 172\.20\.122\.189:80\n/);
    expect(out).toContain('route: table 2 (ENI ens6 10.0.0.85) via 10.0.0.1 dev ens6');
    expect(out).toMatch(new RegExp(`│ {4}╞══ DNAT 172\\.20\\.122\\.189:80 → 10\\.0\\.\\d+\\.\\d+:8080 {2}\\(ClusterIP packetlab/echo-clusterip → endpoint ${endpoint}\\)\n`));
    // A lab collector knows its nodes share one clock: the transit is measured, and said so.
    expect(out).toMatch(/\n {6}┊ VPC router \(not observed\), \d+\.\dµs in transit \(one clock at both ends\)\n/);
    expect(out).toMatch(new RegExp(`rx {2}${endpoint} eth0 `));
    expect(out).toMatch(new RegExp(`^trace [0-9a-f]+ {2}reply {2}pod ${endpoint} → pod packetlab/toolbox-a$`, 'm'));
    expect(out).toMatch(new RegExp(`╞══ un-DNAT 10\\.0\\.\\d+\\.\\d+:8080 → 172\\.20\\.122\\.189:80 {2}\\(reply un-DNAT: endpoint ${endpoint} `));
    expect(out).not.toMatch(/╞══ SNAT/);
  });

  it('NodePort from another node: ip-10-0-0-49 → 10.0.0.75:32385, DNAT and masquerade to 10.0.0.75, and the reply', async () => {
    const [json] = await traceWhile([['--from', 'node/ip-10-0-0-49', '--to', 'svc/packetlab/echo-nodeport', '--port', '32385', '--json']], 'ip-10-0-0-49', [
      'curl',
      '-sS',
      '--max-time',
      '5',
      'http://10.0.0.75:32385/',
    ]);
    expect(json!.exitCode, String(json!.stderr)).toBe(0);
    const { request, reply } = requestAndReply(parse(String(json!.stdout)).traces);
    expectNodePortCrossNodeWalk(request, reply);
  });

  it('egress: toolbox-a → 198.51.100.10:80, SNAT to 10.0.0.75 out of ens5, the NAT gateway, and the reply', async () => {
    const [json] = await traceWhile([['--from', 'pod/packetlab/toolbox-a', '--to', '198.51.100.10', '--port', '80', '--json']], 'packetlab/toolbox-a', [
      'curl',
      '-sS',
      '--max-time',
      '5',
      'http://198.51.100.10/',
    ]);
    expect(json!.exitCode, String(json!.stderr)).toBe(0);
    const { request, reply } = requestAndReply(parse(String(json!.stdout)).traces);
    expectEgressWalk(request, reply);
  });

  it('the agents shipped what the collector asked for (--agent-data, PACKETLIFE_AGENT_DATA): node-local segments or raw events', async () => {
    const agents = await get<AgentHealth[]>('/api/agents');
    const segments = (process.env.PACKETLIFE_AGENT_DATA ?? 'segments') === 'segments';
    expect(agents.map((a) => a.node).sort()).toEqual([...NODES].sort());
    // A node no walk crossed ships nothing at all (which endpoint a DNAT picks is random): judge
    // the agents that shipped, and require the walks' cross-node journeys to come from two or more.
    const shipped = agents.filter((a) => a.events > 0);
    expect(shipped.length).toBeGreaterThanOrEqual(2);
    for (const a of shipped) {
      if (segments) expect(a.segments, a.node).toBeGreaterThan(0);
      else expect(a.segments, a.node).toBe(0);
    }
    // this collector reads segments as columns and says so: the agents sent that form only
    const metrics = await (await fetch(new URL('/metrics', api), { headers: { authorization: `Bearer ${readFileSync(generatedUserTokenFile(Number(new URL(api).port)), 'utf8').trim()}` } })).text();
    const count = (form: string): number => Number(new RegExp(`^packetlife_ingest_segments_total\\{form="${form}"\\} (\\d+)$`, 'm').exec(metrics)?.[1] ?? 0);
    const total = shipped.reduce((n, a) => n + a.segments, 0);
    expect([count('columns'), count('message')]).toEqual(segments ? [total, 0] : [0, 0]);
  });
});
