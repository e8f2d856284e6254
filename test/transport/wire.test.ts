/**
 * Uplink ↔ IngestServer over real WebSockets on 127.0.0.1 ephemeral ports.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { ClientRequest, IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { BatchBuilder } from '../../agent/uplink-batch.js';
import { encodeAgentFrame, encodeCollectorFrame } from '../../proto/codec.js';
import { eventIndex, makeEvent } from '../../fixtures/events.js';
import { closeAll, events, rawAgent, sleep, startIngest, startUplink, waitFor, type TestIngest } from './harness.js';
import { makeSelfSignedCert } from '../support/self-signed.js';

/** Reads and forgets a refused upgrade's response; its socket's reset is expected. */
function ignoreReset(req: ClientRequest, res: IncomingMessage): void {
  req.on('error', () => undefined);
  res.on('error', () => undefined);
  res.resume();
}

afterEach(closeAll);

const url = (t: { port: number }, scheme = 'ws'): string => `${scheme}://127.0.0.1:${t.port}/v1/agents`;
const range = (from: number, count: number): number[] => Array.from({ length: count }, (_, k) => from + k);

async function metric(t: TestIngest, name: string, labels = ''): Promise<number> {
  const text = await t.ingest.metrics.metrics();
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels} `));
  return line ? Number(line.split(' ')[1]) : 0;
}

describe('batching and acks', () => {
  it('cuts batches at maxBatchEvents, seals the rest after flushIntervalMs, and every batch is acked', async () => {
    const t = await startIngest();
    const up = startUplink(url(t), { maxBatchEvents: 100, flushIntervalMs: 150 });
    await waitFor('connect', () => up.stats().connected);
    const pushedAt = Date.now();
    up.push(events(0, 1050));
    await waitFor('11 batches', () => t.batches.length === 11);
    expect(t.batches.map((b) => [b.seq, b.events.length])).toEqual([...range(1, 10).map((s) => [s, 100]), [11, 50]]);
    // the last 50 waited for the flush timer (nothing else seals a part-filled batch)
    expect((t.batches[10]?.atMs ?? 0) - pushedAt).toBeGreaterThanOrEqual(145);
    expect(t.indices()).toEqual(range(0, 1050));
    expect(t.batches[0]?.agent).toEqual({ agentId: 'ip-10-0-0-75/boot-1/4242', node: 'ip-10-0-0-75' });
    await waitFor('all acked', () => up.stats().ackedSeq === 11);
    expect(up.stats()).toMatchObject({ unackedBatches: 0, unackedBytes: 0, sentBatches: 11, resentBatches: 0 });
    const [agent] = t.ingest.listAgents();
    expect(agent).toMatchObject({ connected: true, lastSeq: 11, batches: 11, events: 1050, duplicateBatches: 0 });
    expect(agent?.loss.gapBatches).toBe(0);
  });

  it('cuts batches by bytes at maxBatchBytes', async () => {
    const probe = new BatchBuilder();
    probe.add(makeEvent(0));
    const eventBytes = probe.bytes;
    const t = await startIngest();
    const up = startUplink(url(t), { maxBatchBytes: eventBytes * 10, queueBudgetBytes: 1 << 20 });
    await waitFor('connect', () => up.stats().connected);
    up.push(events(0, 95));
    await waitFor('all 95 events', () => t.indices().length === 95);
    // every event encodes to the same size, so a batch closes as soon as it holds 10
    expect(t.batches.map((b) => b.events.length)).toEqual([10, 10, 10, 10, 10, 10, 10, 10, 10, 5]);
  });

  it('pushes sessions to agents, now and on a later connect, and reports their acks', async () => {
    const t = await startIngest();
    const a = startUplink(url(t));
    await waitFor('a connected', () => a.stats().connected);
    // The uplink counts itself connected when the socket opens; the ingest knows it after its Hello.
    await waitFor('a registered', () => t.ingest.listAgents().some((r) => r.connected));
    const gotA: string[] = [];
    a.on('start-session', (s) => {
      gotA.push(s.sessionId);
      a.sendSessionAck({ sessionId: s.sessionId, ok: true, active: true });
    });
    const acks: [string, string][] = [];
    t.ingest.on('session-ack', (agentId, ack) => acks.push([agentId, ack.sessionId]));
    const start = { sessionId: 'sess-1', maxPackets: 20, filter: { expr: { port: { port: 80 } } } };
    expect(t.ingest.startSession('all', start)).toEqual(['ip-10-0-0-75/boot-1/4242']);
    await waitFor('session ack', () => acks.length === 1);
    expect(gotA).toEqual(['sess-1']);
    expect(acks).toEqual([['ip-10-0-0-75/boot-1/4242', 'sess-1']]);
    expect(t.ingest.listAgents()[0]?.sessions['sess-1']).toMatchObject({ ok: true, active: true });

    const b = startUplink(url(t), { hello: { agentId: 'ip-10-0-2-10/boot-1/7', node: 'ip-10-0-2-10', agentVersion: 't' } });
    const gotB: { id: string; maxPackets: number }[] = [];
    b.on('start-session', (s) => gotB.push({ id: s.sessionId, maxPackets: Number(s.maxPackets) }));
    await waitFor('b got the session on connect', () => gotB.length === 1);
    expect(gotB).toEqual([{ id: 'sess-1', maxPackets: 20 }]);

    const stops: string[] = [];
    b.on('stop-session', (s) => stops.push(s.sessionId));
    expect(t.ingest.stopSession('sess-1').sort()).toEqual(['ip-10-0-0-75/boot-1/4242', 'ip-10-0-2-10/boot-1/7']);
    await waitFor('stop', () => stops.length === 1);
  });

  it('keeps the connection alive with heartbeats', async () => {
    const t = await startIngest({ heartbeatTimeoutMs: 500 });
    const up = startUplink(url(t), { heartbeatIntervalMs: 50 });
    await waitFor('connect', () => up.stats().connected);
    await sleep(1000); // twice the collector's timeout: only heartbeats keep it open
    expect(up.stats().connects).toBe(1);
    expect(t.ingest.listAgents()[0]?.lastHeartbeatAtMs).toBeGreaterThan(Date.now() - 400);
  });
});

describe('resend', () => {
  it('loses nothing across a collector restart on the same port; the one duplicate is the batch stored but not acked', async () => {
    // Collector A stores batches 1-10 and acks them; its sink then hangs on batch 11 (taken, never
    // acked) and 12+ wait behind it, unacked, when A dies. The agent keeps producing meanwhile.
    const a = await startIngest({
      onBatch: (agent, evs, seq) => {
        a.batches.push({ agent, seq, events: evs });
        if (seq > 10) return new Promise<void>(() => undefined);
      },
    });
    const port = a.port;
    const up = startUplink(url(a), { maxBatchEvents: 50 });
    await waitFor('connect', () => up.stats().connected);
    let ackedAtDisconnect = -1;
    up.once('disconnected', () => (ackedAtDisconnect = up.stats().ackedSeq));

    const total = 3000;
    let produced = 0;
    const producer = setInterval(() => {
      if (produced >= total) return clearInterval(producer);
      up.push(events(produced, 25));
      produced += 25;
    }, 2);
    await waitFor('batches sent past the hung one', () => up.stats().sentBatches >= 15);
    await a.ingest.close(); // the collector dies mid-stream
    await waitFor('agent noticed', () => ackedAtDisconnect >= 0);
    await sleep(150); // the agent keeps producing into its queue while no collector runs
    expect(up.stats().connected).toBe(false);
    expect(ackedAtDisconnect).toBe(10);
    const sentToA = up.stats().sentBatches;

    const b = await startIngest({ port });
    await waitFor(
      'every event produced and acked',
      () => produced >= total && up.stats().unackedBatches === 0 && up.stats().openBatchEvents === 0,
      10_000,
    );
    clearInterval(producer);

    const seqsA = a.batches.map((x) => x.seq);
    const seqsB = b.batches.map((x) => x.seq);
    expect(seqsA).toEqual(range(1, 11));
    // B starts at the oldest unacked batch (Hello.resume_from_seq) and gets everything after, in order
    expect(seqsB).toEqual(range(11, seqsB.length));
    expect(up.stats().resentBatches).toBe(sentToA - 10); // 11 .. the last one A got
    // every event arrives; the only duplicates are batch 11's, which A's sink took but never acked
    expect(new Set([...a.indices(), ...b.indices()]).size).toBe(total);
    expect(a.indices().length + b.indices().length).toBe(total + 50);
    expect(b.ingest.listAgents()[0]?.loss).toMatchObject({ gapBatches: 0, agent: { queueDroppedEvents: 0 } });
    expect(up.stats().loss.queueDroppedEvents).toBe(0);
    expect(up.stats().connects).toBe(2);
  });

  it('ignores a batch sent twice but acks it again, and counts a gap', async () => {
    const t = await startIngest();
    const raw = await rawAgent(url(t));
    raw.hello();
    raw.batch(1, events(0, 3));
    raw.batch(1, events(0, 3));
    raw.batch(2, events(3, 2), { bpfLost: 7 });
    raw.batch(2, events(3, 2), { bpfLost: 3 }); // a resend carries the older counters: ignored
    await waitFor('four acks', () => raw.received.filter((f) => f.type === 'ack').length === 4);
    expect(t.ingest.listAgents()[0]?.loss.agent.bpfLost).toBe(7);
    raw.batch(5, events(100, 1), { bpfLost: 9 });
    await waitFor('five acks', () => raw.received.filter((f) => f.type === 'ack').length === 5);
    const acks = raw.received.flatMap((f) => (f.type === 'ack' ? [Number(f.ack.seq)] : []));
    expect(acks).toEqual([1, 1, 2, 2, 5]);
    expect(t.batches.map((b) => b.seq)).toEqual([1, 2, 5]);
    expect(t.indices()).toEqual([0, 1, 2, 3, 4, 100]);
    expect(t.ingest.listAgents()[0]).toMatchObject({ duplicateBatches: 2, lastSeq: 5, loss: { gapBatches: 2, agent: { bpfLost: 9 } } });
    expect(await metric(t, 'packetlife_ingest_duplicate_batches_total')).toBe(2);
    expect(await metric(t, 'packetlife_ingest_gap_batches_total')).toBe(2);
  });
});

describe('byte budget', () => {
  it('drops the oldest batches past the budget, counts them exactly, and reports them to the collector', async () => {
    // a collector that is not there yet: reserve a port, then free it
    const placeholder = await startIngest();
    const port = placeholder.port;
    await placeholder.ingest.close();

    const probe = new BatchBuilder();
    for (let i = 0; i < 20; i++) probe.add(makeEvent(i));
    const batchBytes = probe.bytes + 64;
    const up = startUplink(`ws://127.0.0.1:${port}/v1/agents`, {
      maxBatchEvents: 20,
      maxBatchBytes: batchBytes * 2,
      queueBudgetBytes: batchBytes * 5, // room for about five batches
    });
    const total = 400; // twenty batches of twenty
    for (let i = 0; i < total; i += 20) up.push(events(i, 20));
    const s = up.stats();
    expect(s.unackedBytes).toBeLessThanOrEqual(batchBytes * 5);
    expect(s.loss.queueDroppedBatches).toBeGreaterThan(0);
    expect(s.loss.queueDroppedEvents).toBe(s.loss.queueDroppedBatches * 20);
    expect(s.unackedBatches + s.loss.queueDroppedBatches).toBe(20);

    const t = await startIngest({ port });
    await waitFor('queue drained', () => up.stats().unackedBatches === 0, 5000);
    // exactly the newest events arrive, once each; the dropped ones are the oldest
    const dropped = s.loss.queueDroppedEvents;
    expect(t.indices()).toEqual(range(dropped, total - dropped));
    expect(t.batches[0]?.seq).toBe(s.loss.queueDroppedBatches + 1);
    const agent = t.ingest.listAgents()[0];
    expect(agent?.loss.agent).toMatchObject({ queueDroppedEvents: dropped, queueDroppedBatches: s.loss.queueDroppedBatches });
    expect(agent?.loss.gapBatches).toBe(0); // a fresh collector resumes where the agent's queue starts
  });

  it('counts events it cannot encode instead of sending them', async () => {
    const t = await startIngest();
    const up = startUplink(url(t));
    up.push([makeEvent(1), { ...makeEvent(2), netns: 'x' }, makeEvent(3)]);
    up.flush();
    await waitFor('batch', () => t.batches.length === 1);
    expect(t.indices()).toEqual([1, 3]);
    expect(up.stats().loss.encodeErrors).toBe(1);
    expect(t.ingest.listAgents()[0]?.loss.agent.encodeErrors).toBe(1);
  });
});

describe('faults close only the faulty connection', () => {
  async function withHealthyAgent(options: Parameters<typeof startIngest>[0] = {}) {
    const t = await startIngest(options);
    const up = startUplink(url(t));
    await waitFor('healthy agent connected', () => up.stats().connected);
    const stillHealthy = async (): Promise<void> => {
      const before = t.indices().length;
      up.push(events(10_000, 5));
      up.flush();
      await waitFor('healthy agent still delivering', () => t.indices().length === before + 5);
      expect(up.stats().connects).toBe(1);
    };
    return { t, up, stillHealthy };
  }

  it('garbage bytes: 1007 with the decoder’s reason, a Goodbye first, a counter', async () => {
    const { t, stillHealthy } = await withHealthyAgent();
    const raw = await rawAgent(url(t));
    raw.hello('bad-agent');
    raw.ws.send(Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x01]));
    const closed = await raw.closed;
    expect(closed.code).toBe(1007);
    expect(closed.reason).toMatch(/^malformed AgentFrame: /);
    expect(raw.received.some((f) => f.type === 'goodbye' && /^malformed AgentFrame/.test(f.goodbye.reason))).toBe(true);
    expect(await metric(t, 'packetlife_ingest_malformed_frames_total', '{kind="decode"}')).toBe(1);
    await stillHealthy();
  });

  it('a CollectorFrame sent by an agent: refused by name', async () => {
    const { t, stillHealthy } = await withHealthyAgent();
    const raw = await rawAgent(url(t));
    raw.hello('confused-agent');
    raw.ws.send(encodeCollectorFrame({ ack: { seq: 7 } }));
    const closed = await raw.closed;
    expect(closed).toEqual({ code: 1007, reason: 'expected an AgentFrame, got a frame written by a collector' });
    expect(await metric(t, 'packetlife_ingest_malformed_frames_total', '{kind="wrong-origin"}')).toBe(1);
    expect(t.batches.every((b) => b.agent.agentId !== 'confused-agent')).toBe(true);
    await stillHealthy();
  });

  it('an oversize frame: 1009 from the maxPayload limit', async () => {
    const { t, stillHealthy } = await withHealthyAgent({ maxPayloadBytes: 64 * 1024 });
    const raw = await rawAgent(url(t));
    raw.hello('big-agent');
    raw.ws.send(Buffer.alloc(64 * 1024 + 1));
    const closed = await raw.closed;
    expect(closed.code).toBe(1009);
    await sleep(20); // the server counts it on its own 'error' event
    expect(await metric(t, 'packetlife_ingest_malformed_frames_total', '{kind="oversize"}')).toBe(1);
    await stillHealthy();
  });

  it('out of protocol: a batch before Hello, a text frame, an unknown protocol version', async () => {
    const { t, stillHealthy } = await withHealthyAgent();
    const noHello = await rawAgent(url(t));
    noHello.batch(1, events(0, 1));
    expect(await noHello.closed).toEqual({ code: 1008, reason: 'expected Hello first, got events' });

    const text = await rawAgent(url(t));
    text.ws.send('{"hello": {}}');
    expect(await text.closed).toEqual({ code: 1007, reason: 'text frame: agents send binary AgentFrames' });

    const future = await rawAgent(url(t));
    future.ws.send(encodeAgentFrame({ hello: { agentId: 'x', node: 'n', protocolVersion: 2 } }));
    expect(await future.closed).toEqual({
      code: 1002,
      reason: 'protocol_version 2 is not supported; this collector speaks 1',
    });
    expect(await metric(t, 'packetlife_ingest_malformed_frames_total', '{kind="protocol"}')).toBe(2);
    expect(t.ingest.listAgents().map((a) => a.agentId)).toEqual(['ip-10-0-0-75/boot-1/4242']);
    await stillHealthy();
  });
});

describe('watermarks and loss windows', () => {
  it('a batch with no events carries the watermark and the loss windows, in order after the events before them', async () => {
    const t = await startIngest();
    const up = startUplink(url(t), { watermarkIntervalMs: 20 });
    await waitFor('connect', () => up.stats().connected);
    const ev = events(0, 3);
    up.push(ev);
    const wm = ev[2]!.wallUnixNs + 1_000_000n;
    up.setWatermark(wm);
    up.addLossWindow({ fromUnixNs: Number(wm - 500_000n), toUnixNs: Number(wm), events: 7, cause: 'bpftrace lost events' });
    await waitFor('watermark delivered', () => t.batches.some((b) => (b.meta?.watermarkNs ?? 0) > 0));
    const first = t.batches.find((b) => (b.meta?.watermarkNs ?? 0) > 0)!;
    // the events pushed before the watermark are in this batch or an earlier one
    expect(t.indices().length).toBe(3);
    expect(t.batches.indexOf(first)).toBeGreaterThanOrEqual(t.batches.findIndex((b) => b.events.length > 0));
    expect(first.meta!.watermarkNs).toBe(Number(wm));
    expect(first.meta!.lost).toEqual([{ fromNs: Number(wm - 500_000n), toNs: Number(wm), events: 7, cause: 'bpftrace lost events' }]);
    // nothing new to say: no more batches
    const n = t.batches.length;
    await sleep(150);
    expect(t.batches.length).toBe(n);
  });
});

describe('rate limit', () => {
  it('drops and counts whole batches past the events/s budget, acks them, keeps the connection', async () => {
    const t = await startIngest({ rateLimit: { eventsPerSecond: 1000, burstEvents: 1000 } });
    const up = startUplink(url(t), { maxBatchEvents: 500 });
    await waitFor('connect', () => up.stats().connected);
    const startedAt = Date.now();
    up.push(events(0, 10_000));
    await waitFor('all acked', () => up.stats().unackedBatches === 0);
    const elapsedS = (Date.now() - startedAt) / 1000;
    const agent = t.ingest.listAgents()[0];
    const taken = t.indices().length;
    expect(taken + (agent?.loss.rateLimitedEvents ?? 0)).toBe(10_000);
    // A dropped batch still reaches the sink, without events, with the time its events covered
    // as a loss window (so that exactly the traces of that time say where events were lost).
    const dropped = t.batches.filter((b) => b.events.length === 0);
    expect(agent?.loss.rateLimitedBatches).toBe(dropped.length);
    expect(dropped.length).toBe(20 - t.batches.filter((b) => b.events.length > 0).length);
    for (const b of dropped) {
      expect(b.meta?.lost).toHaveLength(1);
      const w = b.meta!.lost[0]!;
      expect(w).toMatchObject({ events: 500, cause: 'rate limited at the collector' });
      expect(w.toNs).toBeGreaterThanOrEqual(w.fromNs);
    }
    // at most the burst + what the rate refilled + one batch of debt
    expect(taken).toBeLessThanOrEqual(1000 + 1000 * elapsedS + 500);
    expect(agent?.loss.rateLimitedEvents).toBeGreaterThan(0);
    expect(await metric(t, 'packetlife_ingest_rate_limited_events_total')).toBe(agent?.loss.rateLimitedEvents);
    expect(await metric(t, 'packetlife_ingest_agent_lost_events', '{node="ip-10-0-0-75",cause="rate_limited"}')).toBe(
      agent?.loss.rateLimitedEvents,
    );
    expect(await metric(t, 'packetlife_ingest_agent_lost_events', '{node="ip-10-0-0-75",cause="queue_dropped"}')).toBe(0);
    expect(up.stats().connects).toBe(1);
  });
});

describe('authentication and TLS', () => {
  let dir = '';
  let cert = '';
  let key = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'packetlife-transport-'));
    ({ cert, key } = makeSelfSignedCert(dir));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a missing or wrong token with HTTP 401 before the upgrade; the token file works', async () => {
    const t = await startIngest({ tokens: ['s3cret-token'] });
    const status = (headers: Record<string, string>): Promise<number> =>
      new Promise((resolve, reject) => {
        const ws = new WebSocket(url(t), { headers });
        ws.on('unexpected-response', (req, res) => {
          // Handling this event makes the request ours: the server closes the socket after its
          // refusal, so its reset must not surface as an uncaught error.
          ignoreReset(req, res);
          resolve(res.statusCode ?? 0);
          ws.terminate();
        });
        ws.on('open', () => {
          resolve(101);
          ws.terminate();
        });
        ws.on('error', (e) => (e.message.includes('closed before') ? undefined : reject(e)));
      });
    expect(await status({})).toBe(401);
    expect(await status({ Authorization: 'Bearer wrong' })).toBe(401);
    expect(await metric(t, 'packetlife_ingest_rejected_upgrades_total', '{reason="unauthorized"}')).toBe(2);

    const wrong = startUplink(url(t), { token: 'wrong' });
    await sleep(200);
    expect(wrong.stats().connects).toBe(0);
    await wrong.stop();

    const tokenFile = join(dir, 'token');
    writeFileSync(tokenFile, 's3cret-token\n');
    const up = startUplink(url(t), { tokenFile });
    up.push(events(0, 3));
    await waitFor('events with the token', () => t.indices().length === 3);
    expect(t.ingest.listAgents().map((a) => a.agentId)).toEqual(['ip-10-0-0-75/boot-1/4242']);
  });

  it('refuses upgrades past maxConnections with 503 and a wrong path with 404', async () => {
    const t = await startIngest({ maxConnections: 1 });
    const first = await rawAgent(url(t));
    first.hello('first');
    await waitFor('first registered', () => t.ingest.listAgents().length === 1);
    const status = (u: string): Promise<number> =>
      new Promise((resolve) => {
        const ws = new WebSocket(u);
        ws.on('unexpected-response', (req, res) => {
          ignoreReset(req, res);
          resolve(res.statusCode ?? 0);
          ws.terminate();
        });
        ws.on('open', () => resolve(101));
        ws.on('error', () => undefined);
      });
    expect(await status(url(t))).toBe(503);
    expect(await status(`ws://127.0.0.1:${t.port}/elsewhere`)).toBe(404);
    first.ws.close();
    await waitFor('slot freed', () => t.ingest.listAgents()[0]?.connected === false);
    const again = await rawAgent(url(t));
    again.hello('second');
    await waitFor('second registered', () => t.ingest.listAgents().length === 2);
    expect(await metric(t, 'packetlife_ingest_rejected_upgrades_total', '{reason="too-many"}')).toBe(1);
  });

  it('speaks wss with the CA given, and refuses the self-signed certificate without it', async () => {
    const t = await startIngest({ tls: { cert, key }, tokens: ['tls-token'] });
    const untrusting = startUplink(url(t, 'wss'), { token: 'tls-token' });
    await sleep(200);
    expect(untrusting.stats().connects).toBe(0);
    await untrusting.stop();

    const up = startUplink(url(t, 'wss'), { token: 'tls-token', ca: cert });
    up.push(events(0, 42));
    await waitFor('events over TLS', () => t.indices().length === 42);
    expect(t.indices()).toEqual(range(0, 42));
    expect(eventIndex(t.batches[0]!.events[41]!)).toBe(41);
  });
});
