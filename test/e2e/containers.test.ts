/**
 * The pods run (issue 8, item 3): the image built with podman from the Containerfile, the chart
 * rendered by Helm, and the agent (one per lab node) and collector containers run with the
 * rendered pod specs' command, args, env, securityContext, host namespaces, volumes and limits
 * (test/support/pod-run.ts translates them; nothing is restated here). What stands in for the
 * cluster, and only that, is added:
 *   - agents: `--lab NAME` and the lab's state mount (/run/packetlife/labs, read-only);
 *     spec.nodeName is the lab node;
 *   - collector: `--lab NAME` in place of `--in-cluster` (no API server here: the in-cluster path
 *     has its own test), the lab's state mount; the pod network is the host's (podman's bridge
 *     would write NETAVARK chains and ip_forward into the root netns); an --auth-file in place of
 *     --kube-auth (TokenReview/SubjectAccessReview have their own test against the stand-in);
 *   - agents' projected ServiceAccount tokens: each node's token from that auth file;
 *   - cluster DNS: the collector Service's name resolves to 127.0.0.1 in the agent containers;
 *   - collector.port: a free port, set through the chart's values.
 * Then `packetlife trace` on the host against the collector container prints the same ClusterIP
 * walk as without containers (test/e2e/walk-expect.ts), each agent container's `--check` passes,
 * and the root network namespace is as it was (iptables-save, forwarding sysctls, links, routes).
 * Containers and the test image are removed at the end, also on failure; the debootstrapped base
 * stays cached (image/base.sh).
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { stringify as stringifyYaml } from 'yaml';
import { generateAuth } from '../../collector/auth.js';
import https from 'node:https';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa, execaSync } from 'execa';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithBpftrace } from '../support/gate.js';
import type { Trace } from '../../collector/trace-model.js';
import type { AgentHealth } from '../../collector/ingest.js';
import { buildImage, type BuiltImage } from '../../image/build.js';
import { podman } from '../../image/podman.js';
import { labDown, labExec, labUp } from '../../lab/lab.js';
import { renderChart, requireHelm, type K8sObject } from '../support/chart.js';
import { podmanRunArgs } from '../support/pod-run.js';
import { labNetns } from './processes.js';
import { expectClusterIpWalk, requestAndReply } from './walk-expect.js';
import { spansOfTrace, startReceiver, type Receiver } from '../export/receiver.js';

const has = (cmd: string): boolean => execaSync('sh', ['-c', `command -v ${cmd}`], { reject: false }).exitCode === 0;
const ID = process.pid.toString(36);
const lab = `ctr${ID}`;
const NODES = ['ip-10-0-0-75', 'ip-10-0-0-49', 'ip-10-0-1-228'];
const TAG = `localhost/packetlife-test:${ID}`;
const RELEASE = 'pl';
const NAMESPACE = 'packetlife';
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** What the root network namespace looks like, for before/after. */
function rootNetnsState(): Record<string, string> {
  const run = (cmd: string, args: string[]): string => String(execaSync(cmd, args, { reject: false }).stdout);
  const sysctls = ['net/ipv4/ip_forward', 'net/ipv6/conf/all/forwarding', 'net/ipv4/conf/all/forwarding', 'net/ipv4/conf/all/route_localnet', 'net/bridge/bridge-nf-call-iptables'];
  return {
    iptables: run('iptables-save', []).split('\n').filter((l) => !l.startsWith('#')).join('\n'),
    ip6tables: run('ip6tables-save', []).split('\n').filter((l) => !l.startsWith('#')).join('\n'),
    sysctls: sysctls.map((s) => `${s}=${(() => { try { return readFileSync(`/proc/sys/${s}`, 'utf8').trim(); } catch { return 'absent'; } })()}`).join('\n'),
    links: (JSON.parse(run('ip', ['-j', 'link'])) as Array<{ ifname: string }>).map((l) => l.ifname).sort().join(' '),
    routes: run('ip', ['route', 'show', 'table', 'all']),
    rules: run('ip', ['rule']),
  };
}

async function freePort(): Promise<number> {
  for (;;) {
    const port = 20000 + Math.floor(Math.random() * 10000);
    const ok = await new Promise<boolean>((res) => {
      const s = createServer();
      s.once('error', () => res(false));
      s.listen(port, '0.0.0.0', () => s.close(() => res(true)));
    });
    if (ok) return port;
  }
}

/** Peak memory of a running container (cgroup v1 or v2), in MiB. */
async function memoryPeakMiB(q: BuiltImage['quirks'], name: string): Promise<number | undefined> {
  const id = String((await podman(q, ['inspect', '--format', '{{.Id}}', name])).stdout).trim();
  const find = (dir: string, depth: number): string | undefined => {
    if (depth > 4) return undefined;
    let entries: string[] = [];
    try {
      entries = readdirSync(dir);
    } catch {
      return undefined;
    }
    for (const e of entries) {
      if (e.includes(id)) return join(dir, e);
    }
    for (const e of entries) {
      if (!e.includes('.') || e.startsWith('libpod') || e.startsWith('machine')) {
        const r = find(join(dir, e), depth + 1);
        if (r) return r;
      }
    }
    return undefined;
  };
  for (const [root, file] of [['/sys/fs/cgroup/memory', 'memory.max_usage_in_bytes'], ['/sys/fs/cgroup', 'memory.peak']] as const) {
    const dir = find(root, 0);
    if (!dir) continue;
    try {
      return Math.round(Number(readFileSync(join(dir, file), 'utf8')) / 2 ** 20);
    } catch {
      // next layout
    }
  }
  return undefined;
}

describeWithBpftrace('the chart\'s pods as containers against the lab (podman, real Helm, real bpftrace)', () => {
  let before: Record<string, string> = {};
  let imagesBefore = new Set<string>();
  let built: BuiltImage | undefined;
  let work = '';
  let api = '';
  let caFile = '';
  // users and agents, as the API server's TokenReview would know them
  const auth = generateAuth(NODES);
  const userToken = auth.users[0]!.token;
  const containers: string[] = [];
  // The OpenTelemetry backend the collector container exports to (chart values collector.otlp),
  // with a bearer token from a Secret a user would make (headersSecret).
  let otlp: Receiver | undefined;
  const OTLP_TOKEN = 'c0ntainer-t0ken';
  const timings: Record<string, number> = {};
  const t0 = performance.now();

  const get = <T>(path: string): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      https
        .get(new URL(path, api), { ca: readFileSync(caFile), headers: { authorization: `Bearer ${userToken}` } }, (res) => {
          let body = '';
          res.setEncoding('utf8').on('data', (d: string) => (body += d)).on('end', () => {
            try {
              resolve(JSON.parse(body) as T);
            } catch (err) {
              reject(new Error(`${path}: ${res.statusCode} ${body.slice(0, 200)} (${String(err)})`));
            }
          });
        })
        .on('error', reject);
    });
  const healthy = (): Promise<boolean> =>
    new Promise<boolean>((resolve) => {
      https.get(new URL('/healthz', api), { ca: readFileSync(caFile), timeout: 1000 }, (res) => resolve(res.statusCode === 200)).on('error', () => resolve(false));
    });

  beforeAll(async () => {
    before = rootNetnsState();
    requireHelm();
    for (const cmd of ['podman', 'debootstrap']) if (!has(cmd)) throw new Error(`${cmd} is not installed: scripts/setup.sh installs it`);
    // Every image this test's build makes (the build stage's too) is removed at the end; the
    // debootstrapped base stays cached.
    imagesBefore = new Set(String(execaSync('podman', ['images', '--all', '--quiet', '--no-trunc']).stdout).split('\n').filter(Boolean));
    const tb = performance.now();
    built = await buildImage(TAG);
    timings.imageBuildSeconds = (performance.now() - tb) / 1000;
    const q = built.quirks;

    const port = await freePort();
    otlp = await startReceiver();
    const objects: K8sObject[] = renderChart({
      release: RELEASE,
      namespace: NAMESPACE,
      values: { collector: { port, otlp: { endpoint: otlp.url, headersSecret: { name: 'otlp-auth', key: 'headers' } } } },
    });
    const otlpSecret = {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'otlp-auth', namespace: NAMESPACE },
      data: { headers: Buffer.from(`authorization=Bearer%20${OTLP_TOKEN}`).toString('base64') },
    } as K8sObject;
    const collector = objects.find((o) => o.kind === 'Deployment')!;
    const agent = objects.find((o) => o.kind === 'DaemonSet')!;
    work = mkdtempSync(join(tmpdir(), 'packetlife-containers-'));

    await labDown({ name: lab });
    await labUp({ name: lab });
    const labMount = '/run/packetlife/labs:/run/packetlife/labs:ro';

    const cname = `plc-${ID}-collector`;
    const authDir = join(work, 'auth');
    mkdirSync(authDir, { recursive: true });
    writeFileSync(join(authDir, 'auth.yaml'), stringifyYaml(auth), { mode: 0o644 }); // the collector runs as 65532
    const c = podmanRunArgs({
      image: TAG, name: cname, objects: [...objects, otlpSecret], workload: collector, node: NODES[0]!, workDir: work, podNetwork: 'host',
      dropArgs: ['--in-cluster', '--kube-auth', '--agent-service-account', '--agent-audience'],
      extraArgs: ['--lab', lab, '--auth-file', '/etc/packetlife-auth/auth.yaml'],
      extraMounts: [labMount, `${authDir}:/etc/packetlife-auth:ro`],
    });
    containers.push(cname);
    const cr = await podman(q, ['run', ...q.ulimits, ...c.args]);
    expect(cr.exitCode, String(cr.stderr)).toBe(0);
    caFile = join(work, `${cname}-tls`, 'ca.crt');
    api = `https://127.0.0.1:${port}`;
    // The readiness probe, as the kubelet would run it (HTTPS, the chart's CA).
    for (let i = 0; ; i++) {
      if (await healthy()) break;
      if (i > 150) throw new Error(`collector not ready: ${String((await podman(q, ['logs', cname])).stderr).slice(-2000)}`);
      await sleep(200);
    }

    const host = `${RELEASE}-packetlife-collector.${NAMESPACE}.svc`;
    for (const node of NODES) {
      const name = `plc-${ID}-agent-${node}`;
      const a = podmanRunArgs({
        image: TAG, name, objects, workload: agent, node, workDir: work, podNetwork: 'none',
        extraArgs: ['--lab', lab], extraMounts: [labMount], hosts: { [host]: '127.0.0.1' },
        serviceAccountToken: auth.agents.find((a) => a.node === node)!.token,
      });
      containers.push(name);
      const ar = await podman(q, ['run', ...q.ulimits, ...a.args]);
      expect(ar.exitCode, String(ar.stderr)).toBe(0);
    }
    for (let i = 0; ; i++) {
      const connected = (await get<AgentHealth[]>('/api/agents')).filter((a) => a.connected && a.snapshot !== null).map((a) => a.node);
      if (NODES.every((n) => connected.includes(n))) break;
      if (i > 300) {
        const logs = await Promise.all(containers.map(async (n) => `${n}: ${String((await podman(q, ['logs', '--tail', '5', n])).stderr)}`));
        throw new Error(`agents did not connect (${connected.join(', ')}):\n${logs.join('\n')}`);
      }
      await sleep(200);
    }
    timings.readySeconds = (performance.now() - t0) / 1000;
  }, 1_500_000);

  afterAll(async () => {
    const q = built?.quirks;
    if (q) {
      const peaks: Record<string, number | undefined> = {};
      for (const n of containers) peaks[n] = await memoryPeakMiB(q, n);
      for (const n of containers) await podman(q, ['rm', '--force', '--time', '5', n]);
      await podman(q, ['rmi', '--force', TAG]);
      const baseId = String((await podman(q, ['image', 'inspect', '--format', '{{.Id}}', built!.base])).stdout).trim();
      const made = String((await podman(q, ['images', '--all', '--quiet', '--no-trunc'])).stdout).split('\n').filter((id) => id && !imagesBefore.has(id) && !id.endsWith(baseId));
      if (made.length) await podman(q, ['rmi', '--force', ...made]);
      timings.totalSeconds = (performance.now() - t0) / 1000;
      const report = { image: TAG, sizeMiB: Math.round(built!.sizeBytes / 2 ** 20), baseSeconds: built!.baseSeconds, buildSeconds: built!.buildSeconds, podman: [...q.global, ...q.ulimits], timings, memoryPeakMiB: peaks };
      writeFileSync(join(tmpdir(), 'packetlife-containers-report.json'), JSON.stringify(report, null, 2));
      console.log(`container test: ${JSON.stringify(report)}`);
      const left = String((await podman(q, ['ps', '-a', '--format', '{{.Names}}'])).stdout).split('\n').filter((n) => n.startsWith(`plc-${ID}-`));
      expect(left).toEqual([]);
      expect((await podman(q, ['image', 'exists', TAG])).exitCode).toBe(1);
    }
    await labDown({ name: lab });
    await otlp?.close();
    if (work) rmSync(work, { recursive: true, force: true });
    expect(await labNetns(lab)).toEqual([]);
    // The root network namespace is as it was: no NETAVARK/CNI chains, no forwarding turned on.
    expect(rootNetnsState()).toEqual(before);
  }, 120_000);

  it('each agent container passes its capability check (`packetlife agent --check` inside it)', async () => {
    for (const node of NODES) {
      const r = await podman(built!.quirks, ['exec', `plc-${ID}-agent-${node}`, 'packetlife', 'agent', '--check']);
      expect(r.exitCode, `${node}: ${String(r.stdout)}${String(r.stderr)}`).toBe(0);
      expect(String(r.stdout)).toMatch(/^verdict: usable, tier tracepoint/m);
      expect(String(r.stdout)).toMatch(/^test attach +ok /m);
    }
  }, 120_000);

  it('packetlife trace on the host against the collector container: the ClusterIP walk, as without containers', async () => {
    const from = ['--from', 'pod/packetlab/toolbox-a', '--to', 'svc/packetlab/echo-clusterip', '--count', '1', '--timeout', '30', '--collector', api, '--token', userToken];
    const env = { NODE_EXTRA_CA_CERTS: caFile };
    const children = [execa('node', ['dist/cli.js', 'trace', ...from, '--json'], { reject: false, env }), execa('node', ['dist/cli.js', 'trace', ...from], { reject: false, env })];
    interface SessionView { id: string; done: boolean; endReason: string | null; to: { ips: string[]; ports: number[] } }
    for (let i = 0; ; i++) {
      const sessions = await get<SessionView[]>('/api/sessions');
      const agentsNow = await get<AgentHealth[]>('/api/agents');
      const ids = sessions.filter((s) => !s.done).map((s) => s.id);
      if (ids.length === 2 && ids.every((id) => NODES.every((n) => agentsNow.some((a) => a.connected && a.node === n && a.sessions[id]?.active)))) break;
      if (i > 300) throw new Error(`sessions not attached on every agent: ${JSON.stringify(agentsNow.map((a) => [a.node, a.sessions]))}`);
      await sleep(200);
    }
    const drive = await labExec(lab, 'packetlab/toolbox-a', ['curl', '-sS', '--max-time', '5', 'http://172.20.122.189/'], { timeout: 10_000 });
    expect(drive.exitCode, String(drive.stderr)).toBe(0);
    const [json, text] = await Promise.all(children);
    expect(json!.exitCode, String(json!.stderr)).toBe(0);
    const { session, traces } = JSON.parse(String(json!.stdout)) as { session: SessionView; traces: Trace[] };
    expect(session).toMatchObject({ done: true, endReason: 'count reached' });
    expect(session.to.ips.sort()).toEqual(['10.0.2.127', '10.0.3.193', '172.20.122.189', '203.0.113.30']);
    const { request, reply } = requestAndReply(traces);
    const endpoint = expectClusterIpWalk(request, reply);

    expect(text!.exitCode, String(text!.stderr)).toBe(0);
    const out = String(text!.stdout);
    expect(out).toMatch(new RegExp(`^trace [0-9a-f]+ {2}request {2}pod packetlab/toolbox-a → service packetlab/echo-clusterip → pod ${endpoint}$`, 'm'));
    expect(out).toContain('route: table 2 (ENI ens6 10.0.0.85) via 10.0.0.1 dev ens6');
    expect(out).toMatch(new RegExp(`╞══ DNAT 172\\.20\\.122\\.189:80 → 10\\.0\\.\\d+\\.\\d+:8080 {2}\\(ClusterIP packetlab/echo-clusterip → endpoint ${endpoint}\\)\n`));
    expect(out).not.toMatch(/╞══ SNAT/);

    // The collector container exports as the chart configured it: both traces reach the OTLP
    // backend with the token from the Secret, a span per node, the DNAT as an event.
    await expect.poll(() => spansOfTrace(otlp!.spans, reply.id).length, { timeout: 15_000 }).toBeGreaterThan(0);
    for (const q of otlp!.requests) expect(q.headers.authorization).toBe(`Bearer ${OTLP_TOKEN}`);
    const spans = spansOfTrace(otlp!.spans, request.id);
    const [root, ...below] = spans;
    expect(root).toMatchObject({ parentSpanId: '', name: 'packet request' });
    expect(root!.attributes).toMatchObject({ 'packetlife.verdict': 'delivered', 'k8s.pod.name': 'toolbox-a', 'destination.address': '172.20.122.189', 'destination.port': 80 });
    const nodeSpans = below.filter((s) => s.name.startsWith('node '));
    expect(nodeSpans.map((s) => s.name)).toEqual(request.nodes.map((n) => `node ${n}`));
    const dnat = nodeSpans[0]!.events.find((e) => e.name === 'nat');
    expect(dnat?.attributes).toMatchObject({ 'packetlife.nat.kind': 'DNAT', 'packetlife.nat.before.dst': '172.20.122.189', 'packetlife.nat.after.dst': request.last.dst });
    // and said where the header came from as it started, naming it, never its value
    const logs = await podman(built!.quirks, ['logs', `plc-${ID}-collector`]);
    const said = `exporting traces to ${otlp!.url}/v1/traces (OTLP/HTTP protobuf; headers authorization from OTEL_EXPORTER_OTLP_*HEADERS)`;
    expect(String(logs.stdout).split(/\r?\n/).map((l) => l.trim())).toContain(said);
    expect(`${String(logs.stdout)}${String(logs.stderr)}`).not.toContain(OTLP_TOKEN);
  }, 120_000);
});
