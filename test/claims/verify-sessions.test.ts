/**
 * `packetlife verify` as documented (issue 12, 8): with --lab and --collector it starts trace
 * sessions, waits until every agent has attached them (not a fixed warm-up: under load attaching
 * took 3-13 s), fails naming the agents that never attach, always ends its sessions, and exits
 * non-zero when a claim is not PASS. The collector here is a stand-in speaking the sessions API
 * (POST/GET/DELETE /api/sessions, GET /api/traces) whose agents attach late; the lab is real.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeAsRoot } from '../support/gate.js';
import { verifyCommand } from '../../claims/cli.js';
import { Correlator } from '../../collector/correlate/correlator.js';
import type { Trace } from '../../collector/trace-model.js';
import { labDown, labUp } from '../../lab/lab.js';
import { clusterIpReply, clusterIpRequest, labModel } from '../../fixtures/walks.js';

const AGENTS = ['ip-10-0-0-75', 'ip-10-0-0-49', 'ip-10-0-1-228'];

interface Stub {
  url: string;
  server: Server;
  log: Array<{ at: number; method: string; path: string; attached?: number }>;
  sessions: Map<string, { createdAt: number }>;
  /** Agents that attach, and after how long (ms after the session was created). */
  attach: Record<string, number>;
  traces: Trace[];
}

async function stubCollector(attach: Record<string, number>, traces: Trace[] = []): Promise<Stub> {
  const stub: Stub = { url: '', server: undefined as unknown as Server, log: [], sessions: new Map(), attach, traces };
  let next = 1;
  stub.server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0]!;
    const method = req.method ?? 'GET';
    const now = Date.now();
    const json = (code: number, body: unknown): void => void res.writeHead(code, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (path === '/api/traces') {
      stub.log.push({ at: now, method, path });
      return json(200, { traces: stub.traces });
    }
    if (path === '/api/sessions' && method === 'POST') {
      req.resume();
      const id = `s${next++}`;
      stub.sessions.set(id, { createdAt: now });
      stub.log.push({ at: now, method, path });
      return json(201, { id, agents: AGENTS, activeAgents: [], refusals: [] });
    }
    const m = /^\/api\/sessions\/(s\d+)$/.exec(path);
    const s = m ? stub.sessions.get(m[1]!) : undefined;
    if (!m || !s) return json(404, { error: 'no such session' });
    if (method === 'DELETE') {
      stub.log.push({ at: now, method, path });
      stub.sessions.delete(m[1]!);
      return json(200, {});
    }
    const activeAgents = AGENTS.filter((a) => stub.attach[a] !== undefined && now - s.createdAt >= stub.attach[a]!);
    stub.log.push({ at: now, method, path, attached: activeAgents.length });
    return json(200, { id: m[1], agents: AGENTS, activeAgents, refusals: [], done: false });
  });
  await new Promise<void>((r) => stub.server.listen(0, '127.0.0.1', r));
  stub.url = `http://127.0.0.1:${(stub.server.address() as AddressInfo).port}`;
  return stub;
}

const close = (s: Stub): Promise<void> => new Promise((r) => s.server.close(() => r()));

describe('verify exits non-zero when a claim is not PASS', () => {
  let stub: Stub;
  beforeAll(async () => {
    const traces: Trace[] = [];
    const c = new Correlator({ topology: labModel(), onTrace: (t) => traces.push(t) });
    c.pushAll([...clusterIpRequest(5_000_000_000n).events, ...clusterIpReply(5_000_400_000n).events]);
    c.flush();
    stub = await stubCollector({}, traces);
  });
  afterAll(() => close(stub));

  it('2 claims pass and 16 are inconclusive (no traffic, no state source): exit 1, like demo', async () => {
    const r = await execa('node', ['dist/cli.js', 'verify', 'examples/eks-claims.yaml', '--collector', stub.url, '--settle', '0', '--json'], { reject: false });
    const out = JSON.parse(r.stdout) as { summary: { pass: number; fail: number; inconclusive: number } };
    expect(out.summary).toEqual({ pass: 2, fail: 0, inconclusive: 16 });
    expect(r.exitCode).toBe(1);
  });
});

const LAB = `vs${process.pid % 1_000_000}`;

describeAsRoot('verify --lab --collector: sessions waited for, named when missing, always ended', () => {
  beforeAll(async () => {
    await labDown({ name: LAB });
    await labUp({ name: LAB });
  }, 60_000);
  afterAll(async () => {
    await labDown({ name: LAB });
  });

  it('waits until every agent attached every session (3.5 s here, past the old fixed 2 s), then drives; ends each session', async () => {
    const stub = await stubCollector({ 'ip-10-0-0-75': 500, 'ip-10-0-0-49': 1500, 'ip-10-0-1-228': 3500 });
    try {
      const results = await verifyCommand('examples/eks-claims.yaml', { collector: stub.url, lab: LAB, drive: true, sessions: true, settle: '0', json: true });
      expect(results).toHaveLength(18);
      const posts = stub.log.filter((l) => l.method === 'POST');
      expect(posts.length).toBeGreaterThanOrEqual(5);
      const polls = stub.log.filter((l) => l.method === 'GET' && l.path.startsWith('/api/sessions/'));
      // Polled while agents were missing, and not driven (traces asked) before all had attached.
      expect(polls.some((p) => p.attached! < AGENTS.length)).toBe(true);
      const lastPoll = polls[polls.length - 1]!;
      expect(lastPoll.attached).toBe(AGENTS.length);
      expect(lastPoll.at - posts[0]!.at).toBeGreaterThanOrEqual(3500);
      const firstTraces = stub.log.find((l) => l.path === '/api/traces')!;
      expect(firstTraces.at).toBeGreaterThanOrEqual(lastPoll.at);
      // Every session it started was ended (DELETE), none left for the agents to trace on.
      expect(stub.log.filter((l) => l.method === 'DELETE').map((l) => l.path).sort()).toEqual(posts.map((_, i) => `/api/sessions/s${i + 1}`).sort());
      expect(stub.sessions.size).toBe(0);
    } finally {
      await close(stub);
    }
  }, 120_000);

  it('an agent that never attaches: fails naming it, drives nothing, ends the sessions', async () => {
    const stub = await stubCollector({ 'ip-10-0-0-75': 0, 'ip-10-0-0-49': 0 });
    try {
      await expect(verifyCommand('examples/eks-claims.yaml', { collector: stub.url, lab: LAB, drive: true, sessions: true, settle: '0', attachTimeout: '1', json: true })).rejects.toThrow(
        'agent(s) ip-10-0-1-228 did not attach the trace sessions within 1 s',
      );
      expect(stub.log.filter((l) => l.path === '/api/traces')).toEqual([]);
      expect(stub.sessions.size).toBe(0);
      expect(stub.log.filter((l) => l.method === 'DELETE').length).toBe(stub.log.filter((l) => l.method === 'POST').length);
    } finally {
      await close(stub);
    }
  }, 60_000);
});
