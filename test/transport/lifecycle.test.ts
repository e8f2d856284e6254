/**
 * Connection life cycle between Uplink and IngestServer: timeouts on both sides, a failing or
 * slow sink, topology snapshots, an agent that re-dials, sessions targeted by node.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import WebSocket, { WebSocketServer } from 'ws';
import { IngestServer } from '../../collector/ingest.js';
import type { AddressInfo } from 'node:net';
import type { AgentHealth } from '../../collector/ingest.js';
import { encodeAgentFrame } from '../../proto/codec.js';
import { closeAll, events, quiet, rawAgent, sleep, startIngest, startUplink, waitFor } from './harness.js';
import { eventIndex } from '../../fixtures/events.js';

afterEach(closeAll);

const url = (t: { port: number }): string => `ws://127.0.0.1:${t.port}/v1/agents`;
const range = (from: number, count: number): number[] => Array.from({ length: count }, (_, k) => from + k);

describe('timeouts', () => {
  it('the collector closes a connection that sends no Hello in time', async () => {
    const t = await startIngest({ helloTimeoutMs: 100 });
    const started = Date.now(); // before the connection, so before the server's timer starts
    const raw = await rawAgent(url(t));
    expect(await raw.closed).toEqual({ code: 1008, reason: 'no Hello within the hello timeout' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(98);
  });

  it('the agent drops and re-dials a collector that has gone silent', async () => {
    // a stand-in collector that accepts the WebSocket and then never answers anything
    const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((r) => wss.once('listening', r));
    let accepted = 0;
    wss.on('connection', () => accepted++);
    try {
      const port = (wss.address() as AddressInfo).port;
      const up = startUplink(`ws://127.0.0.1:${port}/v1/agents`, { heartbeatIntervalMs: 30, peerTimeoutMs: 100 });
      await waitFor('a second connection after the silence', () => up.stats().connects >= 2, 3000);
      expect(accepted).toBeGreaterThanOrEqual(2);
    } finally {
      for (const c of wss.clients) c.terminate();
      await new Promise<void>((r) => wss.close(() => r()));
    }
  });

  it('the collector closes an agent that stops sending heartbeats', async () => {
    const t = await startIngest({ heartbeatTimeoutMs: 150 });
    const raw = await rawAgent(url(t));
    raw.hello('quiet-agent');
    expect(await raw.closed).toEqual({ code: 4000, reason: 'heartbeat timeout' });
    await waitFor('registry shows it gone', () => t.ingest.listAgents()[0]?.connected === false);
    expect(t.ingest.listAgents()[0]?.agentId).toBe('quiet-agent');
    expect(await t.ingest.metrics.metrics()).toContain('packetlife_ingest_heartbeat_timeouts_total 1');
  });
});

describe('the sink', () => {
  it('a failing sink gets no ack: the connection closes and the agent resends the batch, which then arrives once', async () => {
    let failures = 1;
    const taken: number[] = [];
    const t = await startIngest({
      onBatch: (_agent, evs, seq) => {
        if (seq === 2 && failures-- > 0) throw new Error('store full');
        taken.push(seq);
        t.batches.push({ agent: _agent, seq, events: evs });
      },
    });
    const up = startUplink(url(t), { maxBatchEvents: 10 });
    up.push(events(0, 30));
    await waitFor('all three batches taken', () => taken.length === 3 && up.stats().unackedBatches === 0);
    expect(taken).toEqual([1, 2, 3]);
    expect(t.indices()).toEqual(range(0, 30));
    expect(up.stats().connects).toBe(2);
    // the sequence rewound to 1 on the failure, so the resent 2 and 3 are new, not duplicates
    expect(t.ingest.listAgents()[0]).toMatchObject({ lastSeq: 3, duplicateBatches: 0, loss: { gapBatches: 0 } });
    const text = await t.ingest.metrics.metrics();
    expect(text).toContain('packetlife_ingest_sink_errors_total 1');
  });

  it('an async sink is called in order, one batch at a time, and acks follow it', async () => {
    const calls: string[] = [];
    let inFlight = 0;
    const t = await startIngest({
      onBatch: async (agent, evs, seq) => {
        inFlight++;
        calls.push(`start ${seq} (${inFlight} in flight)`);
        await sleep(seq % 2 === 0 ? 1 : 15); // uneven delays would reorder a careless server
        t.batches.push({ agent, seq, events: evs });
        calls.push(`end ${seq}`);
        inFlight--;
      },
    });
    const up = startUplink(url(t), { maxBatchEvents: 5 });
    const acks: number[] = [];
    up.on('ack', (s) => acks.push(s));
    up.push(events(0, 30));
    await waitFor('six batches acked', () => acks.length === 6);
    expect(calls).toEqual(range(1, 6).flatMap((s) => [`start ${s} (1 in flight)`, `end ${s}`]));
    expect(acks).toEqual(range(1, 6));
    expect(t.batches.flatMap((b) => b.events.map(eventIndex))).toEqual(range(0, 30));
  });
});

describe('registry', () => {
  it('keeps the latest topology snapshot, sent at connect and again on change', async () => {
    const t = await startIngest();
    const seen: [string, number][] = [];
    t.ingest.on('snapshot', (agentId, s) => seen.push([agentId, Number(s.generation)]));
    const connected: AgentHealth[] = [];
    t.ingest.on('agent-connected', (h) => connected.push(h));
    const up = startUplink(url(t), {
      hello: {
        agentId: 'n1/boot/1',
        node: 'ip-10-0-0-75',
        agentVersion: '0.1.0',
        capabilities: { kernel: '6.1.0', btf: true, tracepoints: ['net:netif_receive_skb'], tier: 'tracepoint' },
        scope: { lab: 'default', netnsInodes: [4026532481] },
      },
    });
    up.setTopology({ node: 'ip-10-0-0-75', generation: 1, netns: [{ inode: 4026532481, name: 'host', host: true }] });
    await waitFor('first snapshot', () => seen.length === 1);
    up.setTopology({ node: 'ip-10-0-0-75', generation: 2, netns: [], pods: [{ namespace: 'packetlab', name: 'toolbox-a', ip: '10.0.1.51' }] });
    await waitFor('second snapshot', () => seen.length === 2);
    expect(seen).toEqual([
      ['n1/boot/1', 1],
      ['n1/boot/1', 2],
    ]);
    expect(t.ingest.latestSnapshot('n1/boot/1')?.pods[0]?.ip).toBe('10.0.1.51');
    const [h] = t.ingest.listAgents();
    expect(h).toMatchObject({
      agentId: 'n1/boot/1',
      node: 'ip-10-0-0-75',
      agentVersion: '0.1.0',
      protocolVersion: 1,
      connected: true,
      scope: { lab: 'default', netnsInodes: ['4026532481'] },
      snapshot: { generation: 2, netns: 0, pods: 1 },
    });
    expect(h?.capabilities).toMatchObject({ kernel: '6.1.0', btf: true, kprobes: false, tier: 'tracepoint' });
    expect(JSON.parse(JSON.stringify(h))).toEqual(h); // JSON-safe for the API
    expect(connected.map((c) => c.agentId)).toEqual(['n1/boot/1']);
  });

  it('a second connection for a live agent is refused (4009); once the live one is gone the re-dial takes over, record and sequence intact', async () => {
    const t = await startIngest();
    const disconnected: string[] = [];
    t.ingest.on('agent-disconnected', (h, why) => disconnected.push(`${h.agentId}: ${why.reason}`));
    const first = await rawAgent(url(t));
    first.hello('same-agent');
    first.batch(1, events(0, 2));
    await waitFor('batch 1', () => t.batches.length === 1);
    const intruder = await rawAgent(url(t));
    intruder.hello('same-agent', 1);
    expect(await intruder.closed).toEqual({ code: 4009, reason: 'this agent is already connected; retry later' });
    expect(await t.ingest.metrics.metrics()).toContain('packetlife_ingest_identity_refused_total{reason="duplicate-connection"} 1');
    // the live one answered the ping and kept its place
    await new Promise((r) => setTimeout(r, 300));
    expect(t.ingest.listAgents()[0]).toMatchObject({ connected: true, lastSeq: 1 });
    first.batch(2, events(2, 1));
    await waitFor('batch 2 on the live connection', () => t.batches.length === 2);
    first.ws.terminate();
    await waitFor('disconnect event', () => disconnected.length === 1);
    const second = await rawAgent(url(t));
    second.hello('same-agent', 2); // resends from 2: batch 2 is already stored
    second.batch(2, events(2, 1));
    second.batch(3, events(3, 1));
    await waitFor('batch 3', () => t.batches.length === 3);
    expect(t.indices()).toEqual([0, 1, 2, 3]);
    expect(t.ingest.listAgents()).toHaveLength(1);
    expect(t.ingest.listAgents()[0]).toMatchObject({ connected: true, lastSeq: 3, duplicateBatches: 1 });
    second.ws.close();
    await waitFor('second disconnect event', () => disconnected.length === 2);
    expect(t.ingest.listAgents()[0]?.connected).toBe(false);
  });

  it('targets sessions by node name as well as by agent id', async () => {
    const t = await startIngest();
    const a = await rawAgent(url(t));
    a.hello('agent-a'); // node ip-10-0-2-10 (harness)
    const b = startUplink(url(t)); // node ip-10-0-0-75
    await waitFor('both connected', () => t.ingest.listAgents().filter((x) => x.connected).length === 2);
    expect(t.ingest.startSession(['ip-10-0-0-75'], { sessionId: 's-node' })).toEqual(['ip-10-0-0-75/boot-1/4242']);
    expect(t.ingest.startSession(['agent-a'], { sessionId: 's-id' })).toEqual(['agent-a']);
    expect(t.ingest.startSession(['nobody'], { sessionId: 's-none' })).toEqual([]);
    await waitFor('a got its session', () => a.received.some((f) => f.type === 'startSession'));
    expect(a.received.flatMap((f) => (f.type === 'startSession' ? [f.startSession.sessionId] : []))).toEqual(['s-id']);
    expect(() => t.ingest.startSession('all', { sessionId: '' })).toThrow(/needs a session_id/);
    expect(b.stats().connected).toBe(true);
  });

  it('pushes a remembered session on connect only to agents that have not acknowledged it', async () => {
    const t = await startIngest();
    t.ingest.startSession('all', { sessionId: 's-1' });
    const sessionsOf = (raw: { received: { type: string }[] }): number =>
      raw.received.filter((f) => f.type === 'startSession').length;
    const first = await rawAgent(url(t));
    first.hello('agent-r');
    await waitFor('session pushed at connect', () => sessionsOf(first) === 1);
    first.ws.send(encodeAgentFrame({ sessionAck: { sessionId: 's-1', ok: true, active: false } })); // ended itself
    await waitFor('ack recorded', () => t.ingest.listAgents()[0]?.sessions['s-1']?.active === false);
    first.ws.close();
    await waitFor('gone', () => t.ingest.listAgents()[0]?.connected === false);

    const again = await rawAgent(url(t));
    again.hello('agent-r', 1); // the same agent process re-dials
    const other = await rawAgent(url(t));
    other.hello('agent-s'); // a process that never had it
    await waitFor('the new agent got it', () => sessionsOf(other) === 1);
    await sleep(30);
    expect(sessionsOf(again)).toBe(0);
  });

  it('an agent keeps the session acks it could not send and sends them right after the next Hello', async () => {
    const placeholder = await startIngest();
    const port = placeholder.port;
    await placeholder.ingest.close();
    const up = startUplink(`ws://127.0.0.1:${port}/v1/agents`);
    expect(up.sendSessionAck({ sessionId: 's-a', ok: true, active: true })).toBe(false);
    expect(up.sendSessionAck({ sessionId: 's-b', ok: false, error: 'bad filter' })).toBe(false);
    expect(up.sendSessionAck({ sessionId: 's-a', ok: true, active: false })).toBe(false); // the latest wins
    const t = await startIngest({ port });
    const acks: string[] = [];
    t.ingest.on('session-ack', (_id, a) => acks.push(`${a.sessionId} ok=${a.ok} active=${a.active}`));
    await waitFor('two acks', () => acks.length === 2);
    expect(acks).toEqual(['s-b ok=false active=false', 's-a ok=true active=false']);
    expect(up.sendSessionAck({ sessionId: 's-c', ok: true, active: true })).toBe(true);
  });

  it('shares an existing HTTP server: agents on its path, other upgrades and requests left to their owners', async () => {
    const server = createServer((_req, res) => res.end('api'));
    const other = new WebSocketServer({ noServer: true });
    server.on('upgrade', (req, socket, head) => {
      if (req.url === '/v1/live') other.handleUpgrade(req, socket, head, (ws) => ws.send('live'));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    const received: number[] = [];
    const ingest = new IngestServer({ server, logger: quiet, onBatch: (_a, evs) => void received.push(evs.length) });
    try {
      await expect(ingest.listen()).rejects.toThrow(/own server/);
      const up = startUplink(`ws://127.0.0.1:${port}/v1/agents`);
      up.push(events(0, 4));
      await waitFor('events through the shared server', () => received.length === 1);
      expect(received).toEqual([4]);
      const live = new WebSocket(`ws://127.0.0.1:${port}/v1/live`);
      const msg = await new Promise<string>((r) => live.once('message', (d) => r(String(d))));
      live.terminate();
      expect(msg).toBe('live');
      expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe('api');
      await up.stop();
    } finally {
      await ingest.close();
      other.close();
      await new Promise<void>((r) => server.close(() => r()));
    }
    expect(server.listening).toBe(false);
  });
});
