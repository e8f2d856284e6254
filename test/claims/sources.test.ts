import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseClaims } from '../../claims/schema.js';
import { SnapshotStateSource } from '../../claims/state-snapshot.js';
import { collectTraces, HttpTraceSource, InMemoryTraceSource, startTraceSessions, StoreTraceSource } from '../../claims/traces.js';
import { TraceStore } from '../../collector/store.js';
import { clusterIpReply, clusterIpTrace, HOST_VETH_MAC, NODE_IPTABLES, nodeHost, podNetns } from './fixtures.js';

const T0 = 1_795_680_000_000_000_000n;
const REQ = clusterIpTrace('rq', { startNs: T0 });
const REP = clusterIpReply('rp', REQ, T0 + 300_000n);

const CLAIMS = parseClaims(
  `claims:
  - id: a
    statement: s
    experiment: 5
    subject: { traffic: { from: pod/packetlab/toolbox-a, to: svc/packetlab/echo-clusterip } }
    expect: { nat: no-snat }
  - id: b
    statement: s
    experiment: 5
    subject: { traffic: { from: pod/packetlab/toolbox-a, to: 10.0.3.193 } }
    expect: { nat: none }
`,
  't',
);

describe('trace sources', () => {
  let server: Server;
  let url = '';
  const requests: string[] = [];
  let mode: 'ok' | 'wrapped' | 'error' | 'garbage' | 'nosessions' = 'ok';
  const posted: unknown[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      if (req.method === 'POST') {
        let body = '';
        req.on('data', (d: Buffer) => (body += d.toString()));
        req.on('end', () => {
          if (mode === 'nosessions') {
            res.writeHead(404).end('not found');
            return;
          }
          posted.push(JSON.parse(body));
          res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `s${posted.length}` }));
        });
        return;
      }
      if (mode === 'error') {
        res.writeHead(500).end('store unavailable');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      const traces = req.url?.includes('service=') ? [REP] : [REQ];
      res.end(JSON.stringify(mode === 'garbage' ? { nope: 1 } : mode === 'wrapped' ? { traces } : traces));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
  });

  it('asks the collector from both ends of every claim, once per endpoint, and merges by trace id', async () => {
    requests.length = 0;
    mode = 'ok';
    const traces = await collectTraces(new HttpTraceSource(url), CLAIMS, '1795680000000000000');
    expect(requests).toEqual([
      '/api/traces?pod=packetlab%2Ftoolbox-a&since=1795680000000000000&limit=5000',
      '/api/traces?service=packetlab%2Fecho-clusterip&since=1795680000000000000&limit=5000',
      '/api/traces?ip=10.0.3.193&since=1795680000000000000&limit=5000',
    ]);
    expect(traces.map((t) => t.id).sort()).toEqual(['rp', 'rq']);
    mode = 'wrapped';
    expect((await new HttpTraceSource(url).query({ endpoint: 'node/ip-10-0-0-75' })).map((t) => t.id)).toEqual(['rq']);
    expect(requests[requests.length - 1]).toBe('/api/traces?node=ip-10-0-0-75&limit=5000');
  });

  it('starts one trace session per distinct driven traffic subject', async () => {
    mode = 'ok';
    const driven = parseClaims(
      `claims:
  - id: a
    statement: s
    experiment: 5
    subject: { traffic: { from: pod/packetlab/toolbox-a, to: svc/packetlab/echo-clusterip, port: 80, protocol: tcp } }
    traffic: { runIn: pod/packetlab/toolbox-a, command: [curl, http://172.20.122.189/] }
    expect: { nat: no-snat }
  - id: b
    statement: same subject, driven again
    experiment: 5
    subject: { traffic: { from: pod/packetlab/toolbox-a, to: svc/packetlab/echo-clusterip, port: 80, protocol: tcp } }
    traffic: { runIn: pod/packetlab/toolbox-a, command: [curl, http://172.20.122.189/] }
    expect: { conntrack: bidirectional }
  - id: c
    statement: not driven
    experiment: 3
    subject: { traffic: { from: pod/packetlab/toolbox-a, to: 10.0.2.29 } }
    expect: { delivered: true }
`,
      't',
    );
    expect(await startTraceSessions(url, driven, 60_000)).toEqual({ started: ['s1'], unsupported: false });
    expect(posted).toEqual([{ from: 'pod/packetlab/toolbox-a', to: 'svc/packetlab/echo-clusterip', port: 80, protocol: 'tcp', durationS: 60 }]);
    mode = 'nosessions';
    expect(await startTraceSessions(url, driven, 60_000)).toEqual({ started: [], unsupported: true });
  });

  it('reports HTTP errors, bad bodies and an unreachable collector', async () => {
    mode = 'error';
    await expect(new HttpTraceSource(url).query({ endpoint: '10.0.1.51' })).rejects.toThrow(
      'GET /api/traces?ip=10.0.1.51&limit=5000: HTTP 500 store unavailable',
    );
    mode = 'garbage';
    await expect(new HttpTraceSource(url).query({ endpoint: '10.0.1.51' })).rejects.toThrow('expected a JSON array of traces or { traces: [...] }');
    await expect(new HttpTraceSource('http://127.0.0.1:1').query({ endpoint: '10.0.1.51' })).rejects.toThrow(/^collector at http:\/\/127\.0\.0\.1:1 unreachable/);
  });

  it('an in-process trace store: asked by the same filters', async () => {
    const store = new TraceStore(100, 100);
    store.addTrace(REQ);
    store.addTrace(REP);
    const src = new StoreTraceSource(store);
    expect((await src.query({ endpoint: 'pod/packetlab/toolbox-a' })).map((t) => t.id)).toEqual(['rp', 'rq']);
    expect((await src.query({ endpoint: 'pod/packetlab/toolbox-a', sinceNs: String(T0 + 1n) })).map((t) => t.id)).toEqual(['rp']);
    expect((await src.query({ endpoint: 'svc/packetlab/echo-clusterip' })).map((t) => t.id)).toEqual(['rq']);
    expect((await src.query({ endpoint: '10.0.3.193' })).map((t) => t.id)).toEqual(['rp', 'rq']);
  });

  it('in memory: filters by start time only', async () => {
    const src = new InMemoryTraceSource([REQ, REP]);
    expect((await src.query({ endpoint: 'x', sinceNs: String(T0 + 1n) })).map((t) => t.id)).toEqual(['rp']);
    expect(await collectTraces(src, CLAIMS)).toHaveLength(2);
  });
});

describe('snapshot state source', () => {
  const host = nodeHost();
  const pod = podNetns();
  const j = (v: unknown): string => JSON.stringify(v);
  const source = new SnapshotStateSource([
    {
      node: 'ip-10-0-0-75',
      iptablesNat: NODE_IPTABLES.slice(NODE_IPTABLES.indexOf('*nat')),
      iptablesMangle: NODE_IPTABLES.slice(0, NODE_IPTABLES.indexOf('*nat')),
      netns: [
        { inode: 4026531840, name: 'host', host: true, linksJson: j(host.links), addrsJson: j(host.addrs), routesJson: j(host.routes), rulesJson: j(host.rules), neighboursJson: '[]' },
        { inode: 4026532999, name: 'cni-1', host: false, linksJson: j(pod.links), addrsJson: j(pod.addrs), routesJson: j(pod.routes), rulesJson: '[]', neighboursJson: j(pod.neighbours) },
      ],
      pods: [{ namespace: 'packetlab', name: 'toolbox-a', ip: '10.0.1.51', netns: 4026532999 }],
    },
  ]);

  it('gives the node its ENIs and both iptables tables', async () => {
    const node = await source.node('ip-10-0-0-75');
    expect(node.enis.map((e) => `${e.ifname} ${e.address} ${e.table}`)).toEqual(['ens5 10.0.0.75 main', 'ens6 10.0.0.85 2', 'ens7 10.0.0.84 3']);
    expect(node.iptables).toContain('*mangle');
    expect(node.iptables).toContain('-j MASQUERADE --random-fully');
    await expect(source.node('ip-10-0-0-49')).rejects.toThrow('no topology snapshot from node ip-10-0-0-49');
  });

  it('finds a pod by its netns inode, and its host veth by the /32 route to it', async () => {
    const p = await source.pod('packetlab/toolbox-a');
    expect(p.node).toBe('ip-10-0-0-75');
    expect(p.netns.neighbours).toEqual([{ dst: '169.254.1.1', dev: 'eth0', lladdr: HOST_VETH_MAC, state: ['PERMANENT'] }]);
    expect(p.hostVeth?.ifname).toBe('enid7e69f2b922');
    expect(p.hostVeth?.address).toBe(HOST_VETH_MAC);
    await expect(source.pod('packetlab/nope')).rejects.toThrow('no topology snapshot lists pod packetlab/nope');
  });
});
