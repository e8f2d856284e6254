/**
 * The attacks of issue 9 ("Lock the doors"), each reproduced against a real collector (real HTTP,
 * real WebSockets, the real wire protocol) and shown refused: the status or close code, and the
 * /metrics counter that moved. Then the bounds, and the Kubernetes way (TokenReview and
 * SubjectAccessReview against the stand-in API server).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { AuthFile } from '../../collector/auth.js';
import { NODE_NAME_EXTRA } from '../../collector/auth.js';
import { DEFAULT_RATE_LIMIT, startCollector, type RunningCollector } from '../../collector/server.js';
import type { Trace } from '../../collector/trace-model.js';
import type { PacketEvent } from '../../common/event.js';
import { decodeCollectorFrame, encodeAgentFrame, eventToProto, type DecodedCollectorFrame } from '../../proto/codec.js';
import type { packetlife } from '../../proto/generated/packetlife.js';
import { StandinApiServer } from './standin-apiserver.js';
import { N228, N75, clusterIpReply, clusterIpRequest } from '../../fixtures/walks.js';

const TOPOLOGY = { kind: 'file' as const, path: 'lab/topologies/default.yaml' };
const T = {
  admin: 'admin-token-0123456789abcdef',
  alice: 'alice-token-0123456789abcdef', // packetlab only
  bob: 'bob-token-0123456789abcdefgh', // kube-system only
  a75: 'agent-75-token-0123456789abc',
  a228: 'agent-228-token-0123456789ab',
};
const AUTH: AuthFile = {
  users: [
    { name: 'admin', token: T.admin, namespaces: ['*'] },
    { name: 'alice', token: T.alice, namespaces: ['packetlab'] },
    { name: 'bob', token: T.bob, namespaces: ['kube-system'] },
  ],
  agents: [
    { node: N75, token: T.a75 },
    { node: N228, token: T.a228 },
  ],
};

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const until = async (cond: () => boolean | Promise<boolean>, what: string, ms = 8000): Promise<void> => {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
};

/** One counter's value from the collector's /metrics (0 when absent). */
async function metric(c: RunningCollector, name: string, labels = ''): Promise<number> {
  const text = await (await fetch(`${c.url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels} `));
  return line ? Number(line.split(' ')[1]) : 0;
}

/** An agent speaking the real wire protocol, with whatever token and Hello the test gives. */
class RawAgent {
  ws!: WebSocket;
  frames: DecodedCollectorFrame[] = [];
  closed!: Promise<{ code: number; reason: string }>;
  status = 0;
  async connect(url: string, token?: string): Promise<boolean> {
    this.ws = new WebSocket(url, token ? { headers: { authorization: `Bearer ${token}` } } : {});
    this.closed = new Promise((resolve) => this.ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
    this.ws.on('message', (d) => this.frames.push(decodeCollectorFrame(d as Buffer)));
    return new Promise((resolve) => {
      this.ws.once('open', () => resolve(true));
      this.ws.once('unexpected-response', (_req, res) => {
        this.status = res.statusCode ?? 0;
        res.on('error', () => undefined);
        res.resume();
        resolve(false);
      });
      this.ws.once('error', () => resolve(false));
    });
  }
  hello(agentId: string, node: string, extra: Partial<packetlife.v1.IHello> = {}): void {
    this.ws.send(encodeAgentFrame({ hello: { agentId, node, agentVersion: 'test', protocolVersion: 1, resumeFromSeq: 1, ...extra } }));
  }
  batch(seq: number, events: PacketEvent[]): void {
    this.ws.send(encodeAgentFrame({ events: { seq, events: events.map(eventToProto) } }));
  }
  acks(): number[] {
    return this.frames.flatMap((f) => (f.type === 'ack' ? [Number(f.ack.seq)] : []));
  }
  close(): void {
    this.ws.terminate();
  }
}

function walkEvents(port: number): PacketEvent[] {
  const base = 7_000_000_000n;
  const now = BigInt(Date.now()) * 1_000_000n;
  return [...clusterIpRequest(base, undefined, port).events, ...clusterIpReply(base + 2_000_000n, undefined, port).events].map((e) => ({ ...e, wallUnixNs: now + (e.monoNs - base) }));
}

const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });
const json = (token: string): Record<string, string> => ({ ...bearer(token), 'content-type': 'application/json' });

describe('the API: every route and the stream need a token; users see their namespaces only', () => {
  let c: RunningCollector;
  let a75: RawAgent;
  let a228: RawAgent;
  let seq = 0;
  const sendWalk = (port: number): void => {
    seq++;
    const all = walkEvents(port);
    a75.batch(seq, all.filter((e) => e.node === N75));
    a228.batch(seq, all.filter((e) => e.node === N228));
  };

  beforeAll(async () => {
    c = await startCollector({ port: 0, topology: TOPOLOGY, auth: { file: AUTH }, tickMs: 50, correlator: { traceTimeoutNs: 1e9 }, maxStreamClients: 3, maxStreamBufferBytes: 64 * 1024, sessionLimits: { perUser: 2, activeTerms: 12 } });
    a75 = new RawAgent();
    a228 = new RawAgent();
    expect(await a75.connect(c.ingestUrl, T.a75)).toBe(true);
    expect(await a228.connect(c.ingestUrl, T.a228)).toBe(true);
    a75.hello(`${N75}/boot/1`, N75);
    a228.hello(`${N228}/boot/1`, N228);
    await until(() => c.ingest.listAgents().filter((a) => a.connected).length === 2, 'both agents');
    sendWalk(41000);
    await until(() => c.store.stats.traces === 2, 'the walk\'s two traces');
  });
  afterAll(async () => {
    a75?.close();
    a228?.close();
    await c?.close();
  });

  it('refuses every /api route without a valid bearer token (401), counted', async () => {
    const before = await metric(c, 'packetlife_api_refused_total', '{reason="unauthenticated"}');
    for (const path of ['/api/traces', '/api/flows', '/api/topology', '/api/agents', '/api/stats', '/api/sessions']) {
      const res = await fetch(`${c.url}${path}`);
      expect(res.status, path).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="packetlife"');
    }
    expect((await fetch(`${c.url}/api/traces`, { headers: bearer('not-a-token-at-all-000000') })).status).toBe(401);
    // an agent's token is no user's
    expect((await fetch(`${c.url}/api/traces`, { headers: bearer(T.a75) })).status).toBe(401);
    expect((await fetch(`${c.url}/api/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(401);
    expect(await metric(c, 'packetlife_api_refused_total', '{reason="unauthenticated"}')).toBe(before + 9);
    // /healthz and /metrics stay open (their own switch: metricsNeedToken)
    expect((await fetch(`${c.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${c.url}/metrics`)).status).toBe(200);
  });

  it('shows each user only the traces that touch namespaces they may read; ids of others are unknown', async () => {
    const all = (await (await fetch(`${c.url}/api/traces`, { headers: bearer(T.admin) })).json()) as Trace[];
    expect(all).toHaveLength(2);
    const alice = (await (await fetch(`${c.url}/api/traces`, { headers: bearer(T.alice) })).json()) as Trace[];
    expect(alice.map((t) => t.id).sort()).toEqual(all.map((t) => t.id).sort());
    const bob = (await (await fetch(`${c.url}/api/traces`, { headers: bearer(T.bob) })).json()) as Trace[];
    expect(bob).toEqual([]);
    expect((await fetch(`${c.url}/api/traces/${all[0]!.id}`, { headers: bearer(T.bob) })).status).toBe(404);
    expect((await fetch(`${c.url}/api/traces/${all[0]!.id}`, { headers: bearer(T.alice) })).status).toBe(200);
    expect((await (await fetch(`${c.url}/api/flows`, { headers: bearer(T.bob) })).json()) as unknown[]).toEqual([]);
    // the topology: only pods and services of readable namespaces; nodes are cluster-wide
    const topo = (await (await fetch(`${c.url}/api/topology`, { headers: bearer(T.bob) })).json()) as { nodes: unknown[]; pods: Array<{ namespace: string }> };
    expect(topo.nodes).toEqual([]);
    expect([...new Set(topo.pods.map((p) => p.namespace))]).toEqual(['kube-system']);
    // the agents (ids, addresses) and stats need cluster-wide access
    const before = await metric(c, 'packetlife_api_refused_total', '{reason="forbidden"}');
    expect((await fetch(`${c.url}/api/agents`, { headers: bearer(T.alice) })).status).toBe(403);
    expect((await fetch(`${c.url}/api/stats`, { headers: bearer(T.alice) })).status).toBe(403);
    expect((await fetch(`${c.url}/api/agents`, { headers: bearer(T.admin) })).status).toBe(200);
    expect(await metric(c, 'packetlife_api_refused_total', '{reason="forbidden"}')).toBe(before + 2);
  });

  it('lets a user trace only between endpoints of their namespaces, and shows sessions to their owner', async () => {
    const post = (token: string, body: unknown): Promise<Response> => fetch(`${c.url}/api/sessions`, { method: 'POST', headers: json(token), body: JSON.stringify(body) });
    const before = await metric(c, 'packetlife_api_refused_total', '{reason="forbidden"}');
    expect((await post(T.bob, { from: 'pod/packetlab/toolbox-a', to: 'svc/packetlab/echo-clusterip', durationS: 5 })).status).toBe(403);
    expect((await post(T.alice, { from: 'pod/packetlab/toolbox-a', to: 'svc/kube-system/kube-dns', durationS: 5 })).status).toBe(403);
    expect((await post(T.alice, { from: 'node/ip-10-0-0-75', to: 'pod/packetlab/toolbox-b', durationS: 5 })).status).toBe(403); // a node is cluster-wide
    expect(await metric(c, 'packetlife_api_refused_total', '{reason="forbidden"}')).toBe(before + 3);
    const ok = await post(T.alice, { from: 'pod/packetlab/toolbox-a', to: 'svc/packetlab/echo-clusterip', durationS: 5 });
    expect(ok.status).toBe(201);
    const s = (await ok.json()) as { id: string; owner: string };
    expect(s.owner).toBe('alice');
    expect((await fetch(`${c.url}/api/sessions/${s.id}`, { headers: bearer(T.bob) })).status).toBe(404);
    expect((await (await fetch(`${c.url}/api/sessions`, { headers: bearer(T.bob) })).json()) as unknown[]).toEqual([]);
    expect((await fetch(`${c.url}/api/sessions/${s.id}`, { method: 'DELETE', headers: json(T.bob) })).status).toBe(404);
    expect((await fetch(`${c.url}/api/sessions/${s.id}`, { method: 'DELETE', headers: json(T.alice) })).status).toBe(200);
  });

  it('spam cannot evict or starve real sessions: per-user cap and the agents\' term budget answer 429, active sessions stay', async () => {
    const post = (token: string, body: unknown): Promise<Response> => fetch(`${c.url}/api/sessions`, { method: 'POST', headers: json(token), body: JSON.stringify(body) });
    const real = (await (await post(T.admin, { from: 'pod/packetlab/toolbox-a', to: 'pod/packetlab/toolbox-b', durationS: 60 })).json()) as { id: string };
    const before = await metric(c, 'packetlife_api_refused_total', '{reason="too-many-sessions"}');
    const statuses: number[] = [];
    for (let i = 0; i < 100; i++) statuses.push((await post(T.alice, { from: 'pod/packetlab/toolbox-a', to: 'pod/packetlab/echoserver-a', durationS: 60 })).status);
    expect(statuses.slice(0, 2)).toEqual([201, 201]); // alice's cap is 2 (sessionLimits.perUser)
    expect(new Set(statuses.slice(2))).toEqual(new Set([429]));
    expect(await metric(c, 'packetlife_api_refused_total', '{reason="too-many-sessions"}')).toBe(before + 98);
    const kept = (await (await fetch(`${c.url}/api/sessions/${real.id}`, { headers: bearer(T.admin) })).json()) as { done: boolean };
    expect(kept.done).toBe(false);
    // the agents' kernel program holds so many filter terms (here 12; a pod-to-pod session takes
    // 3: the two hosts and ICMP about them): a wide session does not
    // fit next to the ones running, and nothing running is pushed out for it
    const wide = await post(T.admin, { from: 'pod/packetlab/toolbox-a', to: 'svc/packetlab/echo-nodeport', durationS: 60 });
    expect(wide.status).toBe(429);
    expect(((await wide.json()) as { error: string }).error).toMatch(/^the agents' filter budget is full: active sessions use 9 of 12 terms and this one needs \d+/);
    // no "forever" without the collector's explicit flag; no duration past the bound
    expect(((await (await post(T.admin, { from: 'pod/packetlab/toolbox-a', to: 'pod/packetlab/toolbox-b', durationS: 0 })).json()) as { error: string }).error).toMatch(/--allow-unbounded-sessions/);
    expect((await post(T.admin, { from: 'pod/packetlab/toolbox-a', to: 'pod/packetlab/toolbox-b', durationS: 86_400 })).status).toBe(400);
    for (const s of c.sessions.list()) c.sessions.end(s.id, 'test cleanup');
  });

  it('refuses a state-changing request without a JSON content type (415), a foreign Origin (403) and a foreign Host (421)', async () => {
    const ct = await metric(c, 'packetlife_api_refused_total', '{reason="content-type"}');
    // what a web page can send without a CORS preflight: a text/plain POST
    const plain = await fetch(`${c.url}/api/sessions`, { method: 'POST', headers: { ...bearer(T.admin), 'content-type': 'text/plain' }, body: '{"from":"pod/packetlab/toolbox-a","to":"pod/packetlab/toolbox-b"}' });
    expect(plain.status).toBe(415);
    expect((await fetch(`${c.url}/api/sessions/x`, { method: 'DELETE', headers: bearer(T.admin) })).status).toBe(415);
    expect(await metric(c, 'packetlife_api_refused_total', '{reason="content-type"}')).toBe(ct + 2);
    const og = await metric(c, 'packetlife_api_refused_total', '{reason="bad-origin"}');
    expect((await fetch(`${c.url}/api/traces`, { headers: { ...bearer(T.admin), origin: 'http://evil.example' } })).status).toBe(403);
    expect((await fetch(`${c.url}/api/traces`, { headers: { ...bearer(T.admin), origin: c.url } })).status).toBe(200); // our own page
    expect(await metric(c, 'packetlife_api_refused_total', '{reason="bad-origin"}')).toBe(og + 1);
    // DNS rebinding: the page's own name arrives as Host
    const hb = await metric(c, 'packetlife_api_refused_total', '{reason="bad-host"}');
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${c.url}/api/traces`, { headers: { ...bearer(T.admin), host: 'evil.example:7420' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(421);
    expect(await metric(c, 'packetlife_api_refused_total', '{reason="bad-host"}')).toBe(hb + 1);
  });

  it('the stream: no token 401, a foreign Origin 403; a browser passes its token as a subprotocol and gets only its namespaces', async () => {
    const open = (headers: Record<string, string>, protocols: string[] = ['packetlife']): Promise<number | WebSocket> =>
      new Promise((resolve) => {
        const ws = new WebSocket(`${c.url.replace('http', 'ws')}/api/stream`, protocols, { headers });
        ws.once('open', () => resolve(ws));
        ws.once('unexpected-response', (_q, res) => {
          res.on('error', () => undefined);
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        ws.once('error', () => resolve(-1));
      });
    expect(await open({})).toBe(401);
    expect(await open({ ...bearer(T.admin), origin: 'http://evil.example' })).toBe(403);
    const bobWs = (await open({}, ['packetlife', `bearer.${Buffer.from(T.bob).toString('base64url')}`])) as WebSocket;
    const aliceWs = (await open(bearer(T.alice))) as WebSocket;
    const got = { bob: 0, alice: 0 };
    bobWs.on('message', () => got.bob++);
    aliceWs.on('message', () => got.alice++);
    sendWalk(41100);
    await until(() => got.alice === 2, 'alice\'s two streamed traces');
    await sleep(200);
    expect(got.bob).toBe(0);
    bobWs.close();
    aliceWs.close();
    await until(async () => (await metric(c, 'packetlife_api_stream_clients')) === 0, 'the clients to go');
  });

  it('bounds stream clients (503 past the cap) and drops a reader that stops reading instead of buffering for it', async () => {
    const clients: WebSocket[] = [];
    for (let i = 0; i < 3; i++) {
      const ws = new WebSocket(`${c.url.replace('http', 'ws')}/api/stream`, ['packetlife'], { headers: bearer(T.admin) });
      await new Promise((r) => ws.once('open', r));
      clients.push(ws);
    }
    const before = await metric(c, 'packetlife_api_refused_total', '{reason="too-many-streams"}');
    const fourth = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`${c.url.replace('http', 'ws')}/api/stream`, ['packetlife'], { headers: bearer(T.admin) });
      ws.once('open', () => resolve(101));
      ws.once('unexpected-response', (_q, res) => {
        res.on('error', () => undefined);
        res.resume();
        resolve(res.statusCode ?? 0);
      });
    });
    expect(fourth).toBe(503);
    expect(await metric(c, 'packetlife_api_refused_total', '{reason="too-many-streams"}')).toBe(before + 1);
    // one client stops reading: its socket is paused, the kernel buffers fill, then ours would
    const slow = clients[0]!;
    const closedSlow = new Promise<number>((resolve) => slow.once('close', (code) => resolve(code)));
    (slow as unknown as { _socket: { pause(): void } })._socket.pause();
    const template = (await (await fetch(`${c.url}/api/traces?limit=1`, { headers: bearer(T.admin) })).json() as Trace[])[0]!;
    const slowBefore = await metric(c, 'packetlife_api_stream_slow_closed_total');
    for (let i = 0; i < 400 && slow.readyState === WebSocket.OPEN; i++) {
      c.store.addTrace({ ...template, id: `big-${i}`, incompleteReasons: ['x'.repeat(64 * 1024)] });
      if (i % 20 === 19) await sleep(5);
    }
    (slow as unknown as { _socket: { resume(): void } })._socket.resume();
    expect([1006, 1008]).toContain(await closedSlow); // 1008 sent; a peer too far behind may see the cut first
    expect(await metric(c, 'packetlife_api_stream_slow_closed_total')).toBeGreaterThan(slowBefore);
    for (const ws of clients) ws.close();
  });
});

describe('agents prove who they are: one node per credential', () => {
  let c: RunningCollector;
  beforeAll(async () => {
    c = await startCollector({ port: 0, topology: TOPOLOGY, auth: { file: AUTH }, tickMs: 50 });
  });
  afterAll(async () => c?.close());
  const refused = (reason: string): Promise<number> => metric(c, 'packetlife_ingest_identity_refused_total', `{reason="${reason}"}`);

  it('refuses an agent without a token, with a wrong one, and with a user\'s (401 before any WebSocket)', async () => {
    const before = await metric(c, 'packetlife_ingest_rejected_upgrades_total', '{reason="unauthorized"}');
    for (const token of [undefined, 'wrong-token-000000000000000', T.admin]) {
      const a = new RawAgent();
      expect(await a.connect(c.ingestUrl, token)).toBe(false);
      expect(a.status).toBe(401);
    }
    expect(await metric(c, 'packetlife_ingest_rejected_upgrades_total', '{reason="unauthorized"}')).toBe(before + 3);
  });

  it('refuses a Hello for another node, another node\'s agent id, and oversize Hello fields (1008)', async () => {
    const cases: Array<[string, (a: RawAgent) => void]> = [
      ['node-mismatch', (a) => a.hello(`${N228}/boot/1`, N228)],
      ['agent-id', (a) => a.hello(`${N228}/boot/1`, N75)],
      ['hello-field', (a) => a.hello(`${N75}/${'x'.repeat(1000)}`, N75)],
    ];
    for (const [reason, send] of cases) {
      const before = await refused(reason);
      const a = new RawAgent();
      expect(await a.connect(c.ingestUrl, T.a75)).toBe(true);
      send(a);
      expect((await a.closed).code, reason).toBe(1008);
      expect(await refused(reason), reason).toBe(before + 1);
    }
    // a 4 MiB agent id does not even reach the decoder: the frame is above the bound (1009)
    const oversizeBefore = await metric(c, 'packetlife_ingest_malformed_frames_total', '{kind="oversize"}');
    const big = new RawAgent();
    expect(await big.connect(c.ingestUrl, T.a75)).toBe(true);
    big.hello(`${N75}/${'x'.repeat(4 * 1024 * 1024)}`, N75);
    expect((await big.closed).code).toBe(1009);
    expect(await metric(c, 'packetlife_ingest_malformed_frames_total', '{kind="oversize"}')).toBe(oversizeBefore + 1);
    expect(c.ingest.listAgents()).toEqual([]); // nothing was registered: no fake node in the topology either
    expect(c.topology.data().nodes.map((n) => n.name)).not.toContain('fake-node');
  });

  it('accepts events, snapshots and loss only for the agent\'s own node', async () => {
    const a = new RawAgent();
    expect(await a.connect(c.ingestUrl, T.a75)).toBe(true);
    a.hello(`${N75}/boot/2`, N75);
    a.batch(1, walkEvents(41200).filter((e) => e.node === N75));
    await until(() => a.acks().includes(1), 'the own-node batch acked');
    const before = await refused('foreign-node-event');
    a.batch(2, walkEvents(41201).filter((e) => e.node === N228));
    expect((await a.closed).code).toBe(1008);
    expect(a.acks()).toEqual([1]); // never acked
    expect(await refused('foreign-node-event')).toBe(before + 1);

    const b = new RawAgent();
    expect(await b.connect(c.ingestUrl, T.a75)).toBe(true);
    b.hello(`${N75}/boot/3`, N75);
    const snapBefore = await refused('foreign-node-snapshot');
    b.ws.send(encodeAgentFrame({ topology: { node: 'fake-node', generation: 1, netns: [], pods: [] } }));
    expect((await b.closed).code).toBe(1008);
    expect(await refused('foreign-node-snapshot')).toBe(snapBefore + 1);
    expect(c.topology.data().nodes.map((n) => n.name)).not.toContain('fake-node');
    // loss counters ride on batches, so they are the node's own: the gauge names only N75
    const m = await (await fetch(`${c.url}/metrics`)).text();
    expect(m.split('\n').filter((l) => l.startsWith('packetlife_ingest_agent_lost_events{')).every((l) => l.includes(`node="${N75}"`))).toBe(true);
  });

  it('a second connection does not replace the live one (4009, counted); a batch seq far ahead is refused, not acked', async () => {
    const live = new RawAgent();
    expect(await live.connect(c.ingestUrl, T.a228)).toBe(true);
    live.hello(`${N228}/boot/1`, N228);
    live.batch(1, walkEvents(41300).filter((e) => e.node === N228));
    await until(() => live.acks().includes(1), 'batch 1 acked');
    const dupBefore = await refused('duplicate-connection');
    const intruder = new RawAgent();
    expect(await intruder.connect(c.ingestUrl, T.a228)).toBe(true);
    intruder.hello(`${N228}/boot/1`, N228);
    expect(await intruder.closed).toEqual({ code: 4009, reason: 'this agent is already connected; retry later' });
    expect(await refused('duplicate-connection')).toBe(dupBefore + 1);
    await sleep(300);
    expect(c.ingest.listAgents().find((x) => x.agentId === `${N228}/boot/1`)?.connected).toBe(true);

    const winBefore = await refused('seq-window');
    live.batch(2 ** 52, walkEvents(41301).filter((e) => e.node === N228));
    expect((await live.closed).code).toBe(1008);
    expect(live.acks()).toEqual([1]);
    expect(await refused('seq-window')).toBe(winBefore + 1);
    // the agent's real next batch is taken after it re-dials: nothing was discarded as a "duplicate"
    const again = new RawAgent();
    expect(await again.connect(c.ingestUrl, T.a228)).toBe(true);
    again.hello(`${N228}/boot/1`, N228, { resumeFromSeq: 2 });
    again.batch(2, walkEvents(41302).filter((e) => e.node === N228));
    await until(() => again.acks().includes(2), 'batch 2 acked after the refusal');
    expect(c.ingest.listAgents().find((x) => x.agentId === `${N228}/boot/1`)).toMatchObject({ connected: true, lastSeq: 2, duplicateBatches: 0 });
    again.close();
  });

  it('turns the ingest rate limit on by default, with the benchmark-derived values', () => {
    expect(DEFAULT_RATE_LIMIT).toEqual({ eventsPerSecond: 50_000, burstEvents: 100_000 });
    expect((c.ingest as unknown as { opts: { rateLimit?: unknown } }).opts.rateLimit).toEqual(DEFAULT_RATE_LIMIT);
  });
});

describe('in a cluster: TokenReview for who, SubjectAccessReview on packettraces.packetlife.dev for what', () => {
  let k8s: StandinApiServer;
  let c: RunningCollector;
  let dir = '';
  const SA = 'system:serviceaccount:packetlife:pl-agent';
  beforeAll(async () => {
    k8s = new StandinApiServer();
    const server = await k8s.listen();
    dir = mkdtempSync(join(tmpdir(), 'packetlife-kube-auth-'));
    writeFileSync(
      join(dir, 'kubeconfig'),
      `apiVersion: v1\nkind: Config\nclusters: [{name: s, cluster: {server: "${server}", insecure-skip-tls-verify: true}}]\nusers: [{name: u, user: {token: collector-sa-token}}]\ncontexts: [{name: c, context: {cluster: s, user: u}}]\ncurrent-context: c\n`,
    );
    k8s.tokens.set('carol-kube-token', { username: 'carol', groups: ['system:authenticated', 'packetlab-devs'] });
    k8s.tokens.set('dave-kube-token', { username: 'dave', groups: ['system:authenticated'] });
    k8s.tokens.set('sre-kube-token', { username: 'sre', groups: ['system:authenticated', 'sre'] });
    // a projected agent token: the agents' ServiceAccount, bound to a pod on N75, for our audience
    k8s.tokens.set('agent-75-projected', { username: SA, audiences: ['packetlife'], extra: { [NODE_NAME_EXTRA]: [N75], 'authentication.kubernetes.io/pod-name': ['pl-agent-x'] } });
    // the same ServiceAccount's API token (default audience) is not an agent credential
    k8s.tokens.set('agent-api-token', { username: SA, extra: { [NODE_NAME_EXTRA]: [N75] } });
    k8s.tokens.set('expired-projected', { username: SA, audiences: ['packetlife'], extra: { [NODE_NAME_EXTRA]: [N228] }, expired: true });
    k8s.rules.push({ group: 'packetlab-devs', apiGroup: 'packetlife.dev', resource: 'packettraces', verbs: ['get', 'list', 'create', 'delete'], namespaces: ['packetlab'] });
    k8s.rules.push({ group: 'sre', apiGroup: 'packetlife.dev', resource: 'packettraces', verbs: ['*'], namespaces: '*' });
    c = await startCollector({
      port: 0,
      topology: TOPOLOGY,
      auth: { kubernetes: { kubeconfig: join(dir, 'kubeconfig'), agentAudience: 'packetlife', agentServiceAccount: 'packetlife/pl-agent' } },
      tickMs: 50,
      correlator: { traceTimeoutNs: 1e9 },
    });
  });
  afterAll(async () => {
    await c?.close();
    await k8s?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('takes an agent only with its projected token, and its node from the bound pod, not from what it says', async () => {
    for (const token of ['agent-api-token', 'expired-projected', 'carol-kube-token']) {
      const a = new RawAgent();
      expect(await a.connect(c.ingestUrl, token), token).toBe(false);
      expect(a.status, token).toBe(401);
    }
    const liar = new RawAgent();
    expect(await liar.connect(c.ingestUrl, 'agent-75-projected')).toBe(true);
    liar.hello(`${N228}/boot/1`, N228);
    expect((await liar.closed).code).toBe(1008);
    const a = new RawAgent();
    expect(await a.connect(c.ingestUrl, 'agent-75-projected')).toBe(true);
    a.hello(`${N75}/boot/1`, N75);
    await until(() => c.ingest.listAgents().some((x) => x.connected && x.node === N75), 'the agent of N75');
    a.batch(1, walkEvents(41400).filter((e) => e.node === N75));
    await until(() => a.acks().includes(1), 'its batch acked');
    a.close();
  });

  it('asks RBAC per namespace: carol (packetlab) traces and reads packetlab, dave nothing, sre everything', async () => {
    const post = (token: string, body: unknown): Promise<Response> => fetch(`${c.url}/api/sessions`, { method: 'POST', headers: json(token), body: JSON.stringify(body) });
    expect((await fetch(`${c.url}/api/traces`, { headers: bearer('unknown-kube-token') })).status).toBe(401);
    expect((await fetch(`${c.url}/api/traces`, { headers: bearer('dave-kube-token') })).status).toBe(200);
    expect((await post('dave-kube-token', { from: 'pod/packetlab/toolbox-a', to: 'pod/packetlab/toolbox-b', durationS: 5 })).status).toBe(403);
    expect((await post('carol-kube-token', { from: 'pod/packetlab/toolbox-a', to: 'pod/kube-system/coredns-a', durationS: 5 })).status).toBe(403);
    expect((await post('carol-kube-token', { from: 'pod/packetlab/toolbox-a', to: 'pod/packetlab/toolbox-b', durationS: 5 })).status).toBe(201);
    expect((await fetch(`${c.url}/api/agents`, { headers: bearer('carol-kube-token') })).status).toBe(403);
    expect((await fetch(`${c.url}/api/agents`, { headers: bearer('sre-kube-token') })).status).toBe(200);
    expect((await post('sre-kube-token', { from: 'node/ip-10-0-0-75', to: 'pod/packetlab/toolbox-b', durationS: 5 })).status).toBe(201);
    expect(k8s.reviews.tokens).toBeGreaterThan(0);
    expect(k8s.reviews.access).toBeGreaterThan(0);
    // answers are cached: asking again costs no review
    const reviews = k8s.reviews.tokens + k8s.reviews.access;
    expect((await fetch(`${c.url}/api/agents`, { headers: bearer('sre-kube-token') })).status).toBe(200);
    expect(k8s.reviews.tokens + k8s.reviews.access).toBe(reviews);
    for (const s of c.sessions.list()) c.sessions.end(s.id, 'test cleanup');
  });
});
