/**
 * A collector restart (issue 9, item 4): sessions and traces kept in --state-dir are listed,
 * continued and stoppable by the next process; an agent that runs a session its collector does
 * not know is told to stop it; agents find a collector that is back within 2 s.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { Uplink } from '../../agent/uplink.js';
import type { AuthFile } from '../../collector/auth.js';
import { IngestServer } from '../../collector/ingest.js';
import { startCollector, type RunningCollector } from '../../collector/server.js';
import type { Trace } from '../../collector/trace-model.js';
import type { PacketEvent } from '../../common/event.js';
import { decodeCollectorFrame, encodeAgentFrame, eventToProto, type DecodedCollectorFrame } from '../../proto/codec.js';
import { N228, N75, clusterIpReply, clusterIpRequest } from '../../fixtures/walks.js';

const AUTH: AuthFile = {
  users: [{ name: 'admin', token: 'admin-token-0123456789abcdef', namespaces: ['*'] }],
  agents: [
    { node: N75, token: 'agent-75-token-0123456789abc' },
    { node: N228, token: 'agent-228-token-0123456789ab' },
  ],
};
const H = { authorization: 'Bearer admin-token-0123456789abcdef' };
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const until = async (cond: () => boolean | Promise<boolean>, what: string, ms = 8000): Promise<void> => {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
};

class Agent {
  ws!: WebSocket;
  frames: DecodedCollectorFrame[] = [];
  seq = 0;
  constructor(readonly node: string) {}
  async connect(url: string): Promise<void> {
    this.frames = [];
    this.ws = new WebSocket(url, { headers: { authorization: `Bearer ${AUTH.agents.find((a) => a.node === this.node)!.token}` } });
    this.ws.on('message', (d) => this.frames.push(decodeCollectorFrame(d as Buffer)));
    await new Promise((r) => this.ws.once('open', r));
    this.ws.send(encodeAgentFrame({ hello: { agentId: `${this.node}/boot/1`, node: this.node, agentVersion: 'test', protocolVersion: 1, resumeFromSeq: this.seq + 1 } }));
  }
  ack(sessionId: string, active: boolean): void {
    this.ws.send(encodeAgentFrame({ sessionAck: { sessionId, ok: true, active } }));
  }
  send(events: PacketEvent[]): void {
    this.seq++;
    this.ws.send(encodeAgentFrame({ events: { seq: this.seq, events: events.map(eventToProto) } }));
  }
  starts(): string[] {
    return this.frames.flatMap((f) => (f.type === 'startSession' ? [f.startSession.sessionId] : []));
  }
  stops(): string[] {
    return this.frames.flatMap((f) => (f.type === 'stopSession' ? [f.stopSession.sessionId] : []));
  }
  close(): void {
    this.ws.terminate();
  }
}

function walk(port: number): PacketEvent[] {
  const base = 7_000_000_000n;
  const now = BigInt(Date.now()) * 1_000_000n;
  return [...clusterIpRequest(base, undefined, port).events, ...clusterIpReply(base + 2_000_000n, undefined, port).events].map((e) => ({ ...e, wallUnixNs: now + (e.monoNs - base) }));
}

describe('a collector restart', () => {
  const dirs: string[] = [];
  const collectors: RunningCollector[] = [];
  afterAll(async () => {
    for (const c of collectors) await c.close().catch(() => undefined);
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('keeps sessions and traces in --state-dir: the next process lists them, continues the session, and can stop it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'packetlife-state-'));
    dirs.push(dir);
    const opts = { port: 0, topology: { kind: 'file' as const, path: 'lab/topologies/default.yaml' }, auth: { file: AUTH }, stateDir: dir, tickMs: 50, correlator: { traceTimeoutNs: 1e9 } };
    const first = await startCollector(opts);
    collectors.push(first);
    const a75 = new Agent(N75);
    const a228 = new Agent(N228);
    await a75.connect(first.ingestUrl);
    await a228.connect(first.ingestUrl);
    const res = await fetch(`${first.url}/api/sessions`, { method: 'POST', headers: { ...H, 'content-type': 'application/json' }, body: JSON.stringify({ from: 'pod/packetlab/toolbox-a', to: 'svc/packetlab/echo-clusterip', durationS: 120 }) });
    expect(res.status).toBe(201);
    const session = (await res.json()) as { id: string };
    await until(() => a75.starts().includes(session.id), 'the session pushed');
    const events = walk(42000);
    a75.send(events.filter((e) => e.node === N75));
    a228.send(events.filter((e) => e.node === N228));
    await until(() => first.store.stats.traces === 2, 'two traces');
    await until(() => (first.sessions.get(session.id)?.traceIds.length ?? 0) === 2, 'the session to match them');
    const traceIds = first.store.queryTraces().map((t) => t.id).sort();
    a75.close();
    a228.close();
    await first.close();

    const second = await startCollector(opts);
    collectors.push(second);
    // listed, still active, with its matched traces; the traces themselves came back
    const listed = (await (await fetch(`${second.url}/api/sessions`, { headers: H })).json()) as Array<{ id: string; done: boolean; traceIds: string[]; owner: string }>;
    expect(listed.map((s) => [s.id, s.done, s.traceIds.length, s.owner])).toEqual([[session.id, false, 2, 'admin']]);
    const traces = (await (await fetch(`${second.url}/api/traces`, { headers: H })).json()) as Trace[];
    expect(traces.map((t) => t.id).sort()).toEqual(traceIds);
    expect((await fetch(`${second.url}/api/traces/${traceIds[0]}`, { headers: H })).status).toBe(200);
    // continued: agents that connect to the new process get it (an agent that runs it just acks)
    await a75.connect(second.ingestUrl);
    await until(() => a75.starts().includes(session.id), 'the kept session pushed to a reconnecting agent');
    // and it can be stopped, reaching the agent
    const del = await fetch(`${second.url}/api/sessions/${session.id}`, { method: 'DELETE', headers: { ...H, 'content-type': 'application/json' } });
    expect(del.status).toBe(200);
    await until(() => a75.stops().includes(session.id), 'the stop reaching the agent');
    a75.close();
  });

  it('tells an agent to stop a session its collector does not know (a restart without state), counted', async () => {
    const c = await startCollector({ port: 0, topology: { kind: 'file', path: 'lab/topologies/default.yaml' }, auth: { file: AUTH } });
    collectors.push(c);
    const a = new Agent(N75);
    await a.connect(c.ingestUrl);
    await until(() => c.ingest.listAgents().some((x) => x.connected), 'the agent');
    // what agent/run-collector.ts sends on every connect: the sessions it runs
    a.ack('orphan-session-1', true);
    a.ack('ended-session-2', false); // not tracing: nothing to stop
    await until(() => a.stops().includes('orphan-session-1'), 'StopSession for the orphan');
    await sleep(100);
    expect(a.stops()).toEqual(['orphan-session-1']);
    const m = await (await fetch(`${c.url}/metrics`)).text();
    expect(m).toContain('packetlife_ingest_orphan_sessions_stopped_total 1');
    a.close();
  });

  it('an agent with default settings finds a collector that is back within 2 s, however long it was gone', async () => {
    const placeholder = new IngestServer({ onBatch: () => undefined, port: 0, auth: 'none' });
    const { port } = await placeholder.listen();
    await placeholder.close();
    const up = new Uplink({ url: `ws://127.0.0.1:${port}/v1/agents`, hello: { agentId: `${N75}/boot/9`, node: N75, agentVersion: 'test' } });
    up.start();
    try {
      await sleep(9000); // long enough for an uncapped backoff to have grown well past 2 s
      const back = new IngestServer({ onBatch: () => undefined, port, auth: 'none' });
      await back.listen();
      const backAt = Date.now();
      try {
        await until(() => up.stats().connected, 'the agent to reconnect', 5000);
        expect(Date.now() - backAt).toBeLessThan(2000 + 300); // the backoff's cap, plus a connect
      } finally {
        await up.stop();
        await back.close();
      }
    } finally {
      await up.stop();
    }
  }, 20_000);
});
