/**
 * bench/topology-churn.ts — how long the collector's event loop is held while a big cluster's
 * topology keeps changing: /healthz polled back to back while agents' node snapshots bring a real
 * change every few hundred ms, each merged into the model (TopologyModel.offerSource), made into
 * a new version for the agents (AgentTopologyFeed) and pushed to them.
 *
 * The collector (bench/topology-churn-child.ts: the production `startCollector`) runs in a process
 * of its own with a generated cluster (fixtures/big-cluster.ts, `--nodes`) as its Kubernetes
 * source. `--agents` stand-in agents connect over a real WebSocket speaking the wire protocol
 * (Hello with segments, topology parts and deltas: they get every version), heartbeat, and each
 * sends its node's snapshot with one pod whose address changes every `--every-ms` (staggered).
 * /healthz is asked every 20 ms whether or not the last answer came (so each moment weighs alike
 * in the percentiles), and the collector's own stall log (collector/loop-health.ts) is counted.
 * With `--base OTHER_DIST` the same runs against another build's collector, interleaved, round by
 * round (an A/B in one run). Printed per build: /healthz p50 / p99 / max over the rounds
 * (min / median / max of each), topology versions made, the calibration and the load average.
 *
 *   npm run build && node dist/bench/topology-churn.js [--nodes 1000] [--agents 10] [--every-ms 500] [--seconds 20] [--rounds 3] [--base /other/dist] [--json]
 */
import { fork } from 'node:child_process';
import { loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { bigCluster } from '../fixtures/big-cluster.js';
import { encodeAgentFrame } from '../proto/codec.js';
import { calibrate, spread, type Spread } from './calibration.js';
import { numberArg } from './stats.js';

const nodes = numberArg('nodes', 1000);
const agents = numberArg('agents', 10);
const everyMs = numberArg('every-ms', 500);
const seconds = numberArg('seconds', 20);
const rounds = numberArg('rounds', 3);
const PROBE_MS = 20;
const baseAt = process.argv.indexOf('--base');
const HERE_DIST = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const builds: Array<{ name: string; dist: string }> = [{ name: 'this build', dist: HERE_DIST }];
if (baseAt >= 0) builds.push({ name: `base (${process.argv[baseAt + 1]})`, dist: resolve(process.argv[baseAt + 1]!) });

interface Round {
  healthz: { n: number; p50: number; p99: number; max: number };
  versions: number;
  /** The collector's loop stalls it logged itself (collector/loop-health.ts): how many, the longest. */
  stalls: { count: number; maxMs: number };
  load: number;
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

async function round(dist: string): Promise<Round> {
  const child = fork(fileURLToPath(new URL('./topology-churn-child.js', import.meta.url)), [dist, String(nodes)], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  // the collector's own account of its loop (collector/loop-health.ts logs every stall)
  const stalls: number[] = [];
  let errText = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    errText = (errText + chunk).slice(-100_000);
    for (const m of chunk.matchAll(/"stallMs":(\d+)[^\n]*"msg":"event loop stalled"/g)) stalls.push(Number(m[1]));
  });
  const { url, ingestUrl } = await new Promise<{ url: string; ingestUrl: string }>((res, rej) => {
    child.once('message', (m) => res(m as { url: string; ingestUrl: string }));
    child.once('exit', (code) => rej(new Error(`collector exited with ${code}: ${errText.slice(-2000)}`)));
  });
  const names = bigCluster(nodes).nodes.slice(0, agents).map((n) => n.name);
  const sockets: WebSocket[] = [];
  const timers: NodeJS.Timeout[] = [];
  for (const [i, node] of names.entries()) {
    const ws = new WebSocket(ingestUrl, { maxPayload: 64 * 1024 * 1024 });
    await new Promise((r, j) => ws.once('open', r).once('error', j));
    ws.on('message', () => undefined);
    ws.send(encodeAgentFrame({ hello: { agentId: `${node}/bench/${i}`, node, agentVersion: 'bench', protocolVersion: 1, resumeFromSeq: 1, capabilities: { segments: true, topologyParts: true, topologyDeltas: true } } }));
    sockets.push(ws);
    let generation = 0;
    const snapshot = (): void => {
      generation++;
      // one pod on this node whose address moves: a real change for the model every time
      const ip = `10.250.${i}.${generation % 250}`;
      ws.send(encodeAgentFrame({ topology: { node, generation, pods: [{ namespace: 'bench', name: `churn-${i}`, ip }] } }));
    };
    setTimeout(() => timers.push(setInterval(snapshot, everyMs)), (everyMs * i) / agents);
    timers.push(setInterval(() => ws.send(encodeAgentFrame({ heartbeat: {} })), 2000));
  }
  // one request every PROBE_MS whether or not the last has answered: the answers' times then
  // weigh each moment alike, so a stall shows in the percentiles by how long it lasted
  const latencies: number[] = [];
  const stallsBefore = stalls.length; // the start's (the cluster set in one piece) are not the churn's
  const pending: Array<Promise<void>> = [];
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    const t = performance.now();
    pending.push(fetch(`${url}/healthz`).then(async (res) => {
      await res.text();
      latencies.push(performance.now() - t);
    }));
    await new Promise((r) => setTimeout(r, PROBE_MS));
  }
  await Promise.all(pending);
  const metrics = await (await fetch(`${url}/metrics`)).text();
  const versions = Number(/^packetlife_topology_version (\d+)/m.exec(metrics)?.[1] ?? NaN);
  for (const t of timers) clearInterval(t);
  for (const ws of sockets) ws.close();
  child.send({ type: 'exit' });
  await new Promise((r) => child.once('exit', r));
  latencies.sort((a, b) => a - b);
  const r1 = (x: number): number => Math.round(x * 10) / 10;
  return { healthz: { n: latencies.length, p50: r1(pct(latencies, 50)), p99: r1(pct(latencies, 99)), max: r1(latencies[latencies.length - 1]!) }, versions, stalls: { count: stalls.length - stallsBefore, maxMs: Math.max(0, ...stalls.slice(stallsBefore)) }, load: loadavg()[0]! };
}

const loadBefore = loadavg();
const results = new Map<string, Round[]>(builds.map((b) => [b.name, []]));
for (let r = 0; r < rounds; r++) {
  // alternate which build goes first
  const order = r % 2 === 0 ? builds : [...builds].reverse();
  for (const b of order) {
    const got = await round(b.dist);
    results.get(b.name)!.push(got);
    process.stderr.write(`round ${r + 1} ${b.name}: /healthz p50 ${got.healthz.p50} p99 ${got.healthz.p99} max ${got.healthz.max} ms (${got.healthz.n} answers), topology versions ${got.versions}, loop stalls logged ${got.stalls.count} (longest ${got.stalls.maxMs} ms), load ${got.load.toFixed(2)}\n`);
  }
}
const calibration = calibrate();
const summary = [...results].map(([name, rs]) => ({
  name,
  p50: spread(rs.map((x) => x.healthz.p50)),
  p99: spread(rs.map((x) => x.healthz.p99)),
  max: spread(rs.map((x) => x.healthz.max)),
  versions: spread(rs.map((x) => x.versions)),
  stalls: spread(rs.map((x) => x.stalls.count)),
  longestStall: spread(rs.map((x) => x.stalls.maxMs)),
}));
if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify({ nodes, agents, everyMs, seconds, rounds, results: Object.fromEntries(results), summary, calibration, loadBefore, loadAfter: loadavg() })}\n`);
} else {
  const s = (x: Spread): string => `${x.min} / ${x.median} / ${x.max}`;
  const out = [`${nodes} nodes, ${agents} agents each changing its snapshot every ${everyMs} ms, ${seconds} s × ${rounds} rounds (min / median / max over rounds)`, '| build | /healthz p50 ms | p99 ms | max ms | topology versions | loop stalls logged | longest stall ms |', '|---|---|---|---|---|---|---|'];
  for (const x of summary) out.push(`| ${x.name} | ${s(x.p50)} | ${s(x.p99)} | ${s(x.max)} | ${s(x.versions)} | ${s(x.stalls)} | ${s(x.longestStall)} |`);
  out.push('', calibration.text, `load average before ${loadBefore.map((l) => l.toFixed(2)).join(' ')}, after ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  process.stdout.write(`${out.join('\n')}\n`);
}
