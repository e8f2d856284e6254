/**
 * The kubectl plugin (issue 8, item 5) through a real kubectl: `kubectl packetlife --help`
 * resolves to kubectl-packetlife on PATH, and `kubectl packetlife trace --collector URL ...`
 * and `kubectl packetlife agents --collector URL` work against the lab (a collector process and
 * an agent per lab node). Without a cluster, discovery fails with kubectl's reason and exit 2.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execa, execaSync, type ResultPromise } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Trace } from '../../collector/trace-model.js';
import type { AgentHealth } from '../../collector/ingest.js';
import { spawnAgents, stopAgents, type AgentProcess } from '../../demo/agents.js';
import { labDown, labExec, labUp } from '../../lab/lab.js';
import { kubectlPath } from '../support/chart.js';
import { describeWithBpftrace } from '../support/gate.js';
import { generatedUserTokenFile } from '../../common/client-token.js';
import { expectClusterIpWalk, requestAndReply } from './walk-expect.js';
import { startLabCollector, waitForAgents } from './processes.js';

const lab = `kp${process.pid.toString(36)}`;
const NODES = ['ip-10-0-0-75', 'ip-10-0-0-49', 'ip-10-0-1-228'];
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('kubectl packetlife (a real kubectl finds the plugin on PATH)', () => {
  let bin = '';
  let env: Record<string, string> = {};
  const kubectl = (args: string[], opts: { timeout?: number } = {}) => execa(kubectlPath(), args, { reject: false, env, timeout: opts.timeout ?? 60_000 });

  let prefix = '';
  beforeAll(() => {
    // The setup script's step, into a scratch prefix instead of /usr/local.
    prefix = mkdtempSync(join(tmpdir(), 'kubectl-plugin-prefix-'));
    execaSync('bash', ['scripts/link-bin.sh', prefix]);
    bin = join(prefix, 'bin');
    env = { PATH: `${bin}:${process.env.PATH ?? ''}`, HOME: prefix };
  });
  afterAll(() => {
    if (prefix) rmSync(prefix, { recursive: true, force: true });
  });

  it('runs `packetlife` from any directory once linked onto PATH', async () => {
    const r = await execa('packetlife', ['--version'], { cwd: '/', env, reject: false });
    expect(r.exitCode, String(r.stderr)).toBe(0);
    expect(String(r.stdout).trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    const lab = await execa('packetlife', ['lab', 'status', '--help'], { cwd: '/', env, reject: false });
    expect(String(lab.stdout)).toContain('Usage: packetlife lab status');
  });

  it('resolves `kubectl packetlife --help` and lists the plugin', async () => {
    const help = await kubectl(['packetlife', '--help']);
    expect(help.exitCode, String(help.stderr)).toBe(0);
    expect(String(help.stdout)).toContain('kubectl packetlife trace --from X --to Y [--port P] [--count N] [--json]');
    expect(String(help.stdout)).toContain('--install-namespace NS');
    const list = await kubectl(['plugin', 'list']);
    expect(String(list.stdout)).toContain(join(bin, 'kubectl-packetlife'));
    const traceHelp = await kubectl(['packetlife', 'trace', '--help']);
    expect(String(traceHelp.stdout)).toContain('--from <x>');
  });

  it('says why it cannot find a collector without a cluster, exit 2', async () => {
    const r = await kubectl(['packetlife', 'traces', '--kubeconfig', join(bin, 'no-such-kubeconfig')]);
    expect(r.exitCode).toBe(2);
    expect(String(r.stderr)).toMatch(/^kubectl packetlife: kubectl --kubeconfig \S+no-such-kubeconfig get services --all-namespaces -l app\.kubernetes\.io\/name=packetlife,app\.kubernetes\.io\/component=collector -o json: /);
    const bad = await kubectl(['packetlife', 'frobnicate']);
    expect(bad.exitCode).toBe(2);
    expect(String(bad.stderr)).toContain('unknown command "frobnicate": one of trace, traces, verify, agents');
  });

  describeWithBpftrace('against the lab', () => {
    let collector: ResultPromise | undefined;
    let api = '';
    let agents: AgentProcess[] = [];
    let logDir = '';
    // the collector's own generated user token, as packetlife's commands find it for a local collector
    const get = async <T>(path: string): Promise<T> =>
      (await (await fetch(new URL(path, api), { headers: { authorization: `Bearer ${readFileSync(generatedUserTokenFile(Number(new URL(api).port)), 'utf8').trim()}` } })).json()) as T;

    beforeAll(async () => {
      await labDown({ name: lab });
      await labUp({ name: lab });
      ({ proc: collector, api } = await startLabCollector(lab));
      logDir = mkdtempSync(join(tmpdir(), 'plab-kubectl-plugin-'));
      agents = spawnAgents({ cliScript: resolve('dist/cli.js'), lab, nodes: NODES, collectorUrl: `${api.replace('http', 'ws')}/v1/agents`, logDir });
      await waitForAgents(() => get<AgentHealth[]>('/api/agents'), NODES);
    });

    afterAll(async () => {
      await stopAgents(agents);
      collector?.kill('SIGTERM');
      await collector;
      await labDown({ name: lab });
      if (logDir) rmSync(logDir, { recursive: true, force: true });
    });

    it('kubectl packetlife agents --collector URL: every lab node, connected', async () => {
      const r = await kubectl(['packetlife', 'agents', '--collector', api]);
      expect(r.exitCode, String(r.stderr)).toBe(0);
      const lines = String(r.stdout).trim().split('\n');
      expect(lines[0]).toMatch(/^NODE +CONNECTED +VERSION +EVENTS +SESSIONS +SNAPSHOT$/);
      expect(lines.slice(1).map((l) => l.split(/ +/).slice(0, 2).join(' ')).sort()).toEqual(NODES.map((n) => `${n} yes`).sort());
    });

    it('kubectl packetlife trace --collector URL: the ClusterIP walk', async () => {
      const child = kubectl(['packetlife', 'trace', '--collector', api, '--from', 'pod/packetlab/toolbox-a', '--to', 'svc/packetlab/echo-clusterip', '--count', '1', '--timeout', '30', '--json'], { timeout: 90_000 });
      for (let i = 0; ; i++) {
        const sessions = await get<Array<{ id: string; done: boolean }>>('/api/sessions');
        const live = sessions.filter((s) => !s.done).map((s) => s.id);
        const agentsNow = await get<AgentHealth[]>('/api/agents');
        if (live.length === 1 && NODES.every((n) => agentsNow.some((a) => a.connected && a.node === n && a.sessions[live[0]!]?.active))) break;
        if (i > 400) throw new Error('the session was not attached on every agent');
        await sleep(100);
      }
      const drive = await labExec(lab, 'packetlab/toolbox-a', ['curl', '-sS', '--max-time', '5', 'http://172.20.122.189/'], { timeout: 10_000 });
      expect(drive.exitCode, String(drive.stderr)).toBe(0);
      const r = await child;
      expect(r.exitCode, String(r.stderr)).toBe(0);
      const { session, traces } = JSON.parse(String(r.stdout)) as { session: { done: boolean; endReason: string }; traces: Trace[] };
      expect(session).toMatchObject({ done: true, endReason: 'count reached' });
      const { request, reply } = requestAndReply(traces);
      expectClusterIpWalk(request, reply);
    });
  });
});
