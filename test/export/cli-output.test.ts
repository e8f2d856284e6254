/**
 * One-line output and filters: `packetlife traces --output compact|jsonl|json|diagram|table` and
 * its filters (namespace, pod, label selector, service, node, verdict, protocol, port), which
 * are the API's query parameters; `--follow` on a terminal defaults to compact. Traces come from
 * the recorded real lab walks through the production correlator.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CollectorApi } from '../../collector/api.js';
import { registerCollectorCommands } from '../../collector/cli.js';
import { parseLabelSelector, selectorMatches } from '../../collector/label-selector.js';
import { renderCompact } from '../../collector/render-compact.js';
import { TraceStore } from '../../collector/store.js';
import { fromLabTopology, type LabStateLike, type LabTopologyLike } from '../../collector/topology/lab.js';
import { TopologyModel } from '../../collector/topology/model.js';
import type { Trace } from '../../collector/trace-model.js';
import { replayWalk, synAndSynAck, type WalkName } from './replay.js';

const WALKS: WalkName[] = ['clusterip', 'nodeport-remote', 'egress', 'dns', 'same-node'];
const byWalk = new Map<WalkName, Trace[]>();
const store = new TraceStore();
for (const w of WALKS) {
  const { traces, store: s } = replayWalk(w);
  byWalk.set(w, traces);
  for (const t of traces) store.addTrace(t);
  for (const t of traces) {
    const f = s.getFlow(t.flowId);
    if (f) store.upsertFlow(f);
  }
}
const all = [...byWalk.values()].flat();
const state = JSON.parse(readFileSync('test/collector/fixtures/lab-walks-state.json', 'utf8')) as { topology: LabTopologyLike } & LabStateLike;
let api: CollectorApi;
let url = '';
const dir = mkdtempSync(join(tmpdir(), 'packetlife-cli-output-'));

beforeAll(async () => {
  // authentication is tested in test/collector/security.test.ts; here the output formats
  api = new CollectorApi({ store, topology: new TopologyModel(fromLabTopology(state.topology, state)), auth: 'none' });
  url = (await api.listen()).url;
});
afterAll(async () => {
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

async function run(args: string[]): Promise<string> {
  const out: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const program = new Command().exitOverride();
    registerCollectorCommands(program);
    await program.parseAsync(['node', 'packetlife', ...args, '--collector', url]);
  } finally {
    spy.mockRestore();
    err.mockRestore();
  }
  return out.join('');
}
const ids = (ts: Trace[]): string[] => ts.map((t) => t.id).sort();
const jsonIds = async (args: string[]): Promise<string[]> => ids(JSON.parse(await run(['traces', '--output', 'json', '--limit', '1000', ...args])) as Trace[]);

describe('compact: one line per trace, like hubble observe', () => {
  it('the ClusterIP SYN and SYN-ACK', () => {
    const { request, reply } = synAndSynAck(byWalk.get('clusterip')!);
    const ep = request.nats[0]!.endpointPod!;
    const port = request.first.sport;
    expect(renderCompact(request)).toBe(`Nov 26 10:01:47.002941  packetlab/toolbox-a:${port} → svc packetlab/echo-clusterip:80 ⇒ ${ep}:8080  TCP SYN  DELIVERED  DNAT(clusterip)  ip-10-0-0-75 → ${request.nodes[1]}`);
    expect(renderCompact(reply)).toMatch(new RegExp(`^Nov 26 10:01:47\\.\\d{6}  ${ep}:8080 → packetlab/toolbox-a:${port} \\(reply\\)  TCP SYN-ACK  DELIVERED  UNDNAT\\(reply\\)  ${request.nodes[1]} → ip-10-0-0-75$`));
  });

  it('egress with the inferred NAT gateway, DNS over UDP, a drop', () => {
    const { request } = synAndSynAck(byWalk.get('egress')!);
    expect(renderCompact(request)).toMatch(/ packetlab\/toolbox-b:\d+ → internet host 198\.51\.100\.10:80 {2}TCP SYN {2}DELIVERED {2}SNAT\(vpc-cni-egress-snat\),SNAT\(nat-gateway, inferred\) {2}ip-10-0-0-49$/);
    const q = byWalk.get('dns')!.find((t) => t.first.dport === 53)!;
    expect(renderCompact(q)).toMatch(/ packetlab\/toolbox-a:\d+ → svc kube-system\/kube-dns:53 ⇒ kube-system\/coredns-[ab]:53 {2}UDP {2}DELIVERED {2}DNAT\(clusterip\) /);
    const dropped: Trace = { ...q, verdict: 'dropped', drops: [{ node: q.nodes[0]!, atHop: 1, reason: 'NETFILTER_DROP', timeNs: q.startNs }] };
    expect(renderCompact(dropped)).toContain('  UDP  DROPPED (NETFILTER_DROP)  ');
  });
});

describe('packetlife traces --output and filters (the API query parameters)', () => {
  it('--output compact, jsonl, table, diagram', async () => {
    const compact = (await run(['traces', '--output', 'compact', '--limit', '1000'])).trim().split('\n');
    expect(compact).toHaveLength(all.length);
    expect(compact.every((l) => /^Nov 26 \d\d:\d\d:\d\d\.\d{6} {2}.+ → .+ {2}(TCP|UDP|ICMP) /.test(l))).toBe(true);
    const jsonl = (await run(['traces', '--output', 'jsonl', '--limit', '3'])).trim().split('\n');
    expect(jsonl.map((l) => (JSON.parse(l) as Trace).id)).toEqual(store.queryTraces({ limit: 3 }).map((t) => t.id));
    expect((await run(['traces', '--limit', '2'])).split('\n')[0]).toBe('time  id  verdict  dir  from → to  nodes  hops  nat');
    expect(await run(['traces', '--output', 'diagram', '--limit', '1'])).toMatch(/^trace [0-9a-f]+ {2}(request|reply) /);
  });

  it('--namespace, --pod, -l, --service, --node, --verdict, --protocol, --port select exactly the matching traces', async () => {
    const dns = byWalk.get('dns')!;
    expect(await jsonIds(['--namespace', 'kube-system'])).toEqual(ids(dns));
    expect(await jsonIds(['--protocol', 'udp'])).toEqual(ids(dns));
    expect(await jsonIds(['--port', '53'])).toEqual(ids(dns));
    expect(await jsonIds(['-l', 'k8s-app=kube-dns'])).toEqual(ids(dns));
    expect(await jsonIds(['--service', 'kube-system/kube-dns'])).toEqual(ids(dns.filter((t) => t.nats.some((n) => n.service === 'kube-system/kube-dns'))));
    expect(await jsonIds(['--port', '32385'])).toEqual(ids(byWalk.get('nodeport-remote')!));
    expect(await jsonIds(['--node', 'ip-10-0-1-228'])).toEqual(ids(all.filter((t) => t.nodes.includes('ip-10-0-1-228'))));
    // toolbox-b sends the NodePort, egress and same-node walks; label app=toolbox also picks toolbox-a's.
    const toolboxB = all.filter((t) => t.hops.some((h) => h.place.pod === 'packetlab/toolbox-b'));
    expect(await jsonIds(['--pod', 'packetlab/toolbox-b'])).toEqual(ids(toolboxB));
    expect(await jsonIds(['-l', 'app=toolbox', '--protocol', 'tcp', '--port', '32385'])).toEqual(ids(byWalk.get('nodeport-remote')!));
    expect(await jsonIds(['-l', 'app in (toolbox),app!=echoserver'])).toEqual(ids(all.filter((t) => t.hops.some((h) => /toolbox-[ab]/.test(h.place.pod ?? '')))));
    expect(await jsonIds(['--verdict', 'dropped'])).toEqual([]);
    expect((await jsonIds(['--verdict', 'delivered'])).length).toBe(all.length);
  });

  it('--pcapng writes the listed traces', async () => {
    const file = join(dir, 'list.pcapng');
    await run(['traces', '--port', '53', '--pcapng', file]);
    expect(readFileSync(file).readUInt32LE(0)).toBe(0x0a0d0d0a);
  });

  it('bad filters answer 400 naming the parameter', async () => {
    const get = async (q: string): Promise<[number, string]> => {
      const r = await fetch(`${url}/api/traces?${q}`);
      return [r.status, ((await r.json()) as { error: string }).error];
    };
    expect(await get('protocol=sctp')).toEqual([400, 'protocol must be one of tcp, udp, icmp, got "sctp"']);
    expect(await get('port=0')).toEqual([400, 'port must be 1-65535, got "0"']);
    expect(await get('namespace=Kube_System')).toEqual([400, 'namespace must be a Kubernetes namespace name, got "Kube_System"']);
    expect(await get('label=app%3D%3D%3Dx')).toEqual([400, 'label selector: cannot read "app===x" (expected key=value, key!=value, key in (a,b), key notin (a,b), key or !key)']);
    await expect(run(['traces', '--output', 'xml'])).rejects.toThrow(/Allowed choices are diagram, compact, jsonl, json, table/);
  });

  it('--follow defaults to compact on a terminal and to JSON lines into a pipe', async () => {
    const follow = async (tty: boolean): Promise<string> => {
      const was = process.stdout.isTTY;
      Object.defineProperty(process.stdout, 'isTTY', { value: tty, configurable: true });
      try {
        const running = run(['traces', '--follow', '--port', '53']);
        for (let i = 0; i < 100 && !(await (await fetch(`${url}/metrics`)).text()).includes('packetlife_api_stream_clients 1'); i++) await new Promise((r) => setTimeout(r, 20));
        store.addTrace(byWalk.get('dns')![0]!);
        await new Promise((r) => setTimeout(r, 100));
        process.emit('SIGINT');
        return await running;
      } finally {
        Object.defineProperty(process.stdout, 'isTTY', { value: was, configurable: true });
      }
    };
    expect(await follow(true)).toBe(`${renderCompact(byWalk.get('dns')![0]!)}\n`);
    expect(JSON.parse(await follow(false))).toMatchObject({ id: byWalk.get('dns')![0]!.id });
  });
});

describe('label selectors', () => {
  it('equality, inequality, set-based, existence', () => {
    const l = { app: 'echoserver', tier: 'web' };
    const m = (s: string): boolean => selectorMatches(parseLabelSelector(s), l);
    expect([m('app=echoserver'), m('app==echoserver'), m('app!=echoserver'), m('app in (x, echoserver)'), m('app notin (echoserver)'), m('tier'), m('!tier'), m('!canary'), m('app=echoserver,tier=db')]).toEqual([true, true, false, true, false, true, false, true, false]);
    expect(() => parseLabelSelector('')).toThrow('label selector is empty');
    expect(() => parseLabelSelector('a=b c')).toThrow(/cannot read "a=b c"/);
  });
});
