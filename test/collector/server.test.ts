import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import type { PacketEvent } from '../../common/event.js';
import { registerCollectorCommands } from '../../collector/cli.js';
import { startCollector, type RunningCollector } from '../../collector/server.js';
import type { Flow, Trace } from '../../collector/trace-model.js';
import { decodeCollectorFrame, encodeAgentFrame, eventToProto } from '../../proto/codec.js';
import type { packetlife } from '../../proto/generated/packetlife.js';
import { N228, N49, N75, clusterIpReply, clusterIpRequest } from '../../fixtures/walks.js';

/** A minimal agent speaking the real wire protocol: Hello, then event batches. */
class FakeAgent {
  ws!: WebSocket;
  seq = 0;
  readonly sessions: packetlife.v1.IStartSession[] = [];
  constructor(
    readonly node: string,
    readonly token: string,
    // a current agent says it samples; an older one's Hello has no such field
    readonly capabilities: packetlife.v1.ICapabilities = { tier: 'tracepoint', segments: false, sampling: true },
    readonly agentId = `${node}/fake`,
  ) {}
  async connect(url: string): Promise<void> {
    this.ws = new WebSocket(url, { headers: { authorization: `Bearer ${this.token}` } });
    this.ws.on('message', (data) => {
      const f = decodeCollectorFrame(new Uint8Array(data as Buffer));
      if (f.type === 'startSession') {
        this.sessions.push(f.startSession);
        // As a real agent does once its program carries the filter (the CLI waits for this).
        this.ws.send(encodeAgentFrame({ sessionAck: { sessionId: f.startSession.sessionId, ok: true, active: true } }));
      }
    });
    await new Promise<void>((resolve, reject) => {
      this.ws.once('open', () => resolve());
      this.ws.once('error', reject);
    });
    this.ws.send(encodeAgentFrame({ hello: { agentId: this.agentId, node: this.node, agentVersion: 'test', protocolVersion: 1, resumeFromSeq: 1, capabilities: this.capabilities } }));
  }
  send(events: PacketEvent[], batch: Omit<packetlife.v1.IEventBatch, 'seq' | 'events'> = {}): void {
    this.seq++;
    this.ws.send(encodeAgentFrame({ events: { seq: this.seq, events: events.map(eventToProto), ...batch } }));
  }
  close(): void {
    this.ws.close();
  }
}

/** Walk events re-timed to now, so the collector's wall-clock tick treats them as fresh. */
function fresh(events: PacketEvent[], base: bigint): PacketEvent[] {
  const now = BigInt(Date.now()) * 1_000_000n;
  return events.map((e) => ({ ...e, wallUnixNs: now + (e.monoNs - base) }));
}

const until = async (cond: () => boolean | Promise<boolean>, what: string, ms = 8000): Promise<void> => {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
};

describe('collector server: ingest → correlator → store → API, sessions, CLI', () => {
  let c: RunningCollector;
  let a75: FakeAgent;
  let a228: FakeAgent;
  let userToken = '';
  let agentToken: (node: string) => string = () => '';
  const auth = (): Record<string, string> => ({ authorization: `Bearer ${userToken}` });
  const json = (): Record<string, string> => ({ ...auth(), 'content-type': 'application/json' });
  const get = async <T>(path: string): Promise<{ status: number; body: T }> => {
    const res = await fetch(`${c.url}${path}`, { headers: auth() });
    const text = await res.text();
    return { status: res.status, body: (res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text) as T };
  };
  const sendWalks = (port: number, batch75: { sampleOneIn?: number } = {}): void => {
    const T = 7_000_000_000n;
    const all = fresh([...clusterIpRequest(T, undefined, port).events, ...clusterIpReply(T + 2_000_000n, undefined, port).events], T);
    a75.send(all.filter((e) => e.node === N75), batch75);
    a228.send(all.filter((e) => e.node === N228));
  };

  beforeAll(async () => {
    c = await startCollector({ port: 0, topology: { kind: 'file', path: 'lab/topologies/default.yaml' }, tickMs: 50, correlator: { traceTimeoutNs: 1e9 } });
    // no auth given: the collector generated one user token and one token per topology node
    const generated = c.generatedAuth!;
    userToken = generated.users[0]!.token;
    agentToken = (node: string): string => generated.agents.find((a) => a.node === node)!.token;
    a75 = new FakeAgent(N75, agentToken(N75));
    a228 = new FakeAgent(N228, agentToken(N228));
    await a75.connect(c.ingestUrl);
    await a228.connect(c.ingestUrl);
    await until(() => c.ingest.listAgents().filter((a) => a.connected).length === 2, 'both agents');
  });
  afterAll(async () => {
    a75?.close();
    a228?.close();
    await c?.close();
  });

  it('a session by names resolves every address, pushes one typed filter, and collects request + reply', async () => {
    const res = await fetch(`${c.url}/api/sessions`, { method: 'POST', headers: json(), body: JSON.stringify({ from: 'pod/packetlab/toolbox-a', to: 'svc/packetlab/echo-clusterip', count: 1, durationS: 20 }) });
    expect(res.status).toBe(201);
    const s = (await res.json()) as { id: string; to: { ips: string[]; ports: number[] }; from: { ips: string[] }; agents: string[] };
    // The VIP, both endpoints, and the ALB the lab puts in front of this service.
    expect(s.to.ips.sort()).toEqual(['10.0.2.127', '10.0.3.193', '172.20.122.189', '203.0.113.30']);
    expect(s.to.ports.sort()).toEqual([80, 8080]);
    // The ALB in front of the service proxies from its private address; reaching the ALB's public
    // address leaves the VPC, so egress SNAT writes toolbox-a's node IPs.
    expect(s.from.ips).toEqual(['10.0.1.51', '10.0.100.30', '10.0.0.75', '10.0.0.85', '10.0.0.84']);
    expect(s.agents.sort()).toEqual([`${N75}/fake`, `${N228}/fake`]);
    await until(() => a75.sessions.length === 1, 'the StartSession frame');
    expect(a75.sessions[0]!.sessionId).toBe(s.id);
    // The sender's addresses, and either the target's (addresses, ports) or ICMP (the kernel's errors about them).
    const [sender, either] = a75.sessions[0]!.filter!.expr!.and!.terms!;
    expect(sender!.or!.terms!.every((x) => x.host)).toBe(true);
    expect(either!.or!.terms!.map((x) => x.and?.terms?.length ?? x.proto?.ipProto)).toEqual([2, 1]);

    sendWalks(40100);
    await until(async () => (await get<{ done: boolean }>(`/api/sessions/${s.id}`)).body.done, 'the session to reach its count');
    const done = (await get<{ traceIds: string[]; endReason: string; requests: number; replies: number }>(`/api/sessions/${s.id}`)).body;
    expect(done.endReason).toBe('count reached');
    expect([done.requests, done.replies]).toEqual([1, 1]);
    expect(done.traceIds).toHaveLength(2);
  });

  it('serves traces, one trace as text, flows, agents, stats and metrics', async () => {
    const traces = (await get<Trace[]>('/api/traces?service=packetlab/echo-clusterip')).body;
    expect(traces.map((t) => t.direction).sort()).toEqual(['reply', 'request']);
    const req = traces.find((t) => t.direction === 'request')!;
    expect(req.nats[0]!.reason).toBe('ClusterIP DNAT of service packetlab/echo-clusterip to endpoint packetlab/echoserver-a');
    expect(req.nodes).toEqual([N75, N228]);
    expect(req.verdict).toBe('delivered');
    const text = (await get<string>(`/api/traces/${req.id}?format=text`)).body;
    expect(text).toContain('╞══ DNAT 172.20.122.189:80 → 10.0.3.193:8080  (ClusterIP packetlab/echo-clusterip → endpoint packetlab/echoserver-a)');
    expect(text).toContain('route: table 2 (ENI ens6 10.0.0.85) via 10.0.0.1 dev ens6');
    const flows = (await get<Flow[]>('/api/flows?pod=packetlab/toolbox-a')).body;
    expect(flows).toHaveLength(1);
    expect(flows[0]!.traceIds).toHaveLength(2);
    const agents = (await get<Array<{ node: string; events: number }>>('/api/agents')).body;
    expect(agents.map((a) => a.node).sort()).toEqual([N75, N228].sort());
    const stats = (await get<{ correlator: { traces: number } }>('/api/stats')).body;
    expect(stats.correlator.traces).toBe(2);
    const metrics = (await get<string>('/metrics')).body;
    expect(metrics).toMatch(/packetlife_correlator\{stat="traces"\} 2/);
    expect(metrics).toContain('packetlife_store_traces 2');
    expect(metrics).toContain('packetlife_ingest_');
  });

  it('answers bad input with 400 naming what is wrong, unknown ids with 404', async () => {
    expect(await get('/api/traces?verdict=maybe')).toEqual({ status: 400, body: { error: 'verdict must be one of delivered, dropped, incomplete, got "maybe"' } });
    expect((await get<{ error: string }>('/api/traces?color=red')).body.error).toMatch(/^unknown query parameter "color"/);
    expect((await get<{ error: string }>('/api/traces?limit=0')).status).toBe(400);
    expect((await get('/api/traces/nope')).status).toBe(404);
    const bad = await fetch(`${c.url}/api/sessions`, { method: 'POST', headers: json(), body: JSON.stringify({ from: 'pod/packetlab/ghost', to: '10.0.0.1' }) });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toBe('no pod packetlab/ghost in the topology');
    const garbled = await fetch(`${c.url}/api/sessions`, { method: 'POST', headers: json(), body: 'nope' });
    expect(((await garbled.json()) as { error: string }).error).toMatch(/^request body is not JSON/);
  });

  it('streams live traces over WebSocket, filtered', async () => {
    const ws = new WebSocket(`${c.url.replace('http', 'ws')}/api/stream?pod=packetlab/toolbox-a`, ['packetlife'], { headers: auth() });
    await new Promise((r) => ws.once('open', r));
    const got: Trace[] = [];
    ws.on('message', (d) => got.push(JSON.parse(String(d)) as Trace));
    sendWalks(40200);
    await until(() => got.length === 2, 'two streamed traces');
    expect(got.map((t) => t.first.sport === 40200 || t.first.dport === 40200)).toEqual([true, true]);
    ws.close();
  });

  it('`packetlife trace --json` prints the session and its traces', async () => {
    const program = new Command().exitOverride();
    registerCollectorCommands(program);
    const out: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out.push(String(chunk));
      return true;
    });
    try {
      const running = program.parseAsync(['node', 'packetlife', 'trace', '--from', 'pod/packetlab/toolbox-a', '--to', 'svc/packetlab/echo-clusterip', '--count', '1', '--timeout', '20', '--collector', c.url, '--token', userToken, '--json']);
      await until(async () => (await get<Array<{ done: boolean }>>('/api/sessions')).body.some((s) => !s.done), 'the CLI session');
      sendWalks(40300);
      await running;
    } finally {
      spy.mockRestore();
    }
    const doc = JSON.parse(out.join('')) as { session: { done: boolean }; traces: Trace[] };
    expect(doc.session.done).toBe(true);
    expect(doc.traces.map((t) => t.direction).sort()).toEqual(['reply', 'request']);
    expect(doc.traces.find((t) => t.direction === 'request')!.first).toEqual({ src: '10.0.1.51', sport: 40300, dst: '172.20.122.189', dport: 80, protocol: 6 });
  });

  it('`packetlife traces` lists as a table, and `--follow --json` streams new traces until interrupted', async () => {
    const capture = (): { out: string[]; restore: () => void } => {
      const out: string[] = [];
      const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
        out.push(String(chunk));
        return true;
      });
      return { out, restore: () => spy.mockRestore() };
    };
    const program = new Command().exitOverride();
    registerCollectorCommands(program);
    const table = capture();
    try {
      await program.parseAsync(['node', 'packetlife', 'traces', '--pod', 'packetlab/toolbox-a', '--limit', '2', '--collector', c.url, '--token', userToken]);
    } finally {
      table.restore();
    }
    const lines = table.out.join('').trim().split('\n');
    expect(lines[0]).toBe('time  id  verdict  dir  from → to  nodes  hops  nat');
    expect(lines).toHaveLength(3);

    const follow = capture();
    const program2 = new Command().exitOverride();
    registerCollectorCommands(program2);
    try {
      const running = program2.parseAsync(['node', 'packetlife', 'traces', '--follow', '--json', '--service', 'packetlab/echo-clusterip', '--collector', c.url, '--token', userToken]);
      await until(async () => (await get<string>('/metrics')).body.includes('packetlife_api_stream_clients 1'), 'the follower to connect');
      sendWalks(40400);
      await until(() => follow.out.join('').trim().split('\n').filter(Boolean).length >= 2, 'two followed traces');
      process.emit('SIGINT');
      await running;
    } finally {
      follow.restore();
    }
    const followed = follow.out.join('').trim().split('\n').map((l) => JSON.parse(l) as Trace);
    expect(followed.map((t) => t.direction).sort()).toEqual(['reply', 'request']);
  });

  it('sampling: the session rate goes to the agents; an agent sampling on its own makes every agent and the output say the coarser rate', async () => {
    const res = await fetch(`${c.url}/api/sessions`, { method: 'POST', headers: json(), body: JSON.stringify({ from: 'pod/packetlab/toolbox-a', to: 'svc/packetlab/echo-clusterip', durationS: 60, sample: 4 }) });
    expect(res.status).toBe(201);
    const s = (await res.json()) as { id: string; sampledOneIn: number };
    expect(s.sampledOneIn).toBe(4);
    const pushed = (a: FakeAgent): Array<number | null | undefined> => a.sessions.filter((x) => x.sessionId === s.id).map((x) => x.sampleOneIn);
    await until(() => pushed(a75).length === 1 && pushed(a228).length === 1, 'the StartSession frames');
    expect([pushed(a75), pushed(a228)]).toEqual([[4], [4]]);
    // a75 is past its event budget: it samples 1 in 8 on its own, and says so in its batches
    a75.send([], { sampleOneIn: 8 });
    await until(() => pushed(a228).length === 2, 'the session pushed again');
    expect([pushed(a75), pushed(a228)]).toEqual([[4, 8], [4, 8]]);
    expect((await get<Array<{ node: string; sampleOneIn: number }>>('/api/agents')).body.map((a) => [a.node, a.sampleOneIn]).sort()).toEqual([[N228, 1], [N75, 8]].sort());
    expect((await get<{ sampledOneIn: number }>(`/api/sessions/${s.id}`)).body.sampledOneIn).toBe(8);
    sendWalks(40500, { sampleOneIn: 8 }); // every batch says the agent's rate
    await until(async () => (await get<{ traceIds: string[] }>(`/api/sessions/${s.id}`)).body.traceIds.length === 2, 'the traces');
    const ids = (await get<{ traceIds: string[] }>(`/api/sessions/${s.id}`)).body.traceIds;
    for (const id of ids) {
      expect((await get<Trace>(`/api/traces/${id}`)).body.sampledOneIn).toBe(8);
      expect((await get<string>(`/api/traces/${id}?format=text`)).body.split('\n')[1]).toMatch(/verdict: DELIVERED .* {3}sampled 1\/8$/);
    }
    // under its budget again: back to the session's own rate everywhere
    a75.send([], { sampleOneIn: 0 });
    await until(() => pushed(a228).length === 3, 'the session pushed again');
    expect([pushed(a75), pushed(a228)]).toEqual([[4, 8, 4], [4, 8, 4]]);
    await fetch(`${c.url}/api/sessions/${s.id}`, { method: 'DELETE', headers: json() });
  });
  it('an older agent (its Hello has no capabilities.sampling): a sampled session is refused naming it; one joining later is named as unsampled', async () => {
    const old = new FakeAgent(N49, agentToken(N49), { tier: 'tracepoint', segments: false }, `${N49}/old`);
    await old.connect(c.ingestUrl);
    await until(() => c.ingest.listAgents().some((a) => a.agentId === `${N49}/old` && a.connected), 'the older agent');
    const post = async (body: object): Promise<Response> => fetch(`${c.url}/api/sessions`, { method: 'POST', headers: json(), body: JSON.stringify(body) });
    const asked = { from: 'pod/packetlab/toolbox-a', to: 'svc/packetlab/echo-clusterip', durationS: 60, sample: 4 };
    const before = (await get<unknown[]>('/api/sessions')).body.length;
    const refused = await post(asked);
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: string }).error).toBe(`cannot sample 1/4: the agent on node ${N49} (agent ${N49}/old) is older and cannot sample (it would trace every packet); upgrade it, or trace without --sample`);
    expect((await get<unknown[]>('/api/sessions')).body.length).toBe(before);
    // the agents' view says which one it is
    expect((await get<Array<{ agentId: string; capabilities: { sampling: boolean } }>>('/api/agents')).body.filter((a) => !a.capabilities.sampling).map((a) => a.agentId)).toEqual([`${N49}/old`]);
    old.close();
    await until(() => c.ingest.listAgents().every((a) => a.agentId !== `${N49}/old` || !a.connected), 'the older agent to leave');
    const res = await post(asked);
    expect(res.status).toBe(201);
    const s = (await res.json()) as { id: string; sampledOneIn: number; unsampledNodes: string[] };
    expect([s.sampledOneIn, s.unsampledNodes]).toEqual([4, []]);
    // it comes back while the session runs: it gets the session (and ignores the rate), so its node traces every packet, and the session says so
    const back = new FakeAgent(N49, agentToken(N49), { tier: 'tracepoint', segments: false }, `${N49}/old`);
    await back.connect(c.ingestUrl);
    await until(() => back.sessions.some((x) => x.sessionId === s.id), 'the session pushed to it');
    expect(back.sessions.filter((x) => x.sessionId === s.id).map((x) => x.sampleOneIn)).toEqual([4]);
    const view = (await get<{ sampledOneIn: number; unsampledNodes: string[] }>(`/api/sessions/${s.id}`)).body;
    expect([view.sampledOneIn, view.unsampledNodes]).toEqual([4, [N49]]);
    back.close();
    await until(async () => (await get<{ unsampledNodes: string[] }>(`/api/sessions/${s.id}`)).body.unsampledNodes.length === 0, 'its node no longer listed');
    await fetch(`${c.url}/api/sessions/${s.id}`, { method: 'DELETE', headers: json() });
  });
});
