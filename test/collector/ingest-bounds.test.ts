/**
 * A maximal batch does not stall the collector (issue 9, item 3): the agents seal batches at
 * 256 KiB, the collector takes frames up to 288 KiB and hands their events to the correlator in
 * slices of 10 ms, yielding between them, so /healthz is answered while the batch is ingested
 * (bench/ingest-healthz.ts measures how fast);
 * a bigger frame closes that agent's connection (1009), counted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DEFAULT_MAX_BATCH_BYTES, startCollector, type RunningCollector } from '../../collector/server.js';
import { decodeCollectorFrame, encodeAgentFrame, eventToProto } from '../../proto/codec.js';
import { nodeWalkEvents } from '../../fixtures/walks.js';

const N75 = 'ip-10-0-0-75';
const TOKEN = 'agent-75-token-0123456789abc';


/** A frame of as many such events as fit in `bytes`. */
function frameOf(bytes: number, seq: number, round0: number): { frame: Uint8Array; events: number } {
  const one = encodeAgentFrame({ events: { seq, events: nodeWalkEvents(N75, 200, round0).map(eventToProto) } }).length / 200;
  let n = Math.floor(bytes / one);
  for (;;) {
    const frame = encodeAgentFrame({ events: { seq, events: nodeWalkEvents(N75, n, round0).map(eventToProto) } });
    if (frame.length <= bytes) return { frame, events: n };
    n = Math.floor(n * 0.98);
  }
}

describe('a maximal batch', () => {
  let c: RunningCollector;
  let ws: WebSocket;
  beforeAll(async () => {
    c = await startCollector({ port: 0, topology: { kind: 'file', path: 'lab/topologies/default.yaml' }, auth: { file: { users: [], agents: [{ node: N75, token: TOKEN }] } }, rateLimit: false });
    ws = new WebSocket(c.ingestUrl, { headers: { authorization: `Bearer ${TOKEN}` } });
    await new Promise((r) => ws.once('open', r));
    ws.send(encodeAgentFrame({ hello: { agentId: `${N75}/boot/1`, node: N75, agentVersion: 'test', protocolVersion: 1, resumeFromSeq: 1 } }));
  });
  afterAll(async () => {
    ws?.terminate();
    await c?.close();
  });

  it('is ingested in slices: /healthz is answered while the batch is being taken, before its ack', async () => {
    // The 100 ms bound itself is a timing figure: bench/ingest-healthz.ts measures it.
    const { frame, events } = frameOf(DEFAULT_MAX_BATCH_BYTES - 64, 1, 0);
    expect(events).toBeGreaterThan(2500);
    let ackedAt = Infinity;
    const acked = new Promise<void>((resolve) => {
      ws.on('message', (d) => {
        const f = decodeCollectorFrame(d as Buffer);
        if (f.type === 'ack' && Number(f.ack.seq) === 1) {
          ackedAt = performance.now();
          resolve();
        }
      });
    });
    const answeredAt: number[] = [];
    let done = false;
    const probe = (async () => {
      while (!done) {
        const res = await fetch(`${c.url}/healthz`);
        if ((await res.text()) === '{"ok":true}') answeredAt.push(performance.now());
      }
    })();
    await new Promise((r) => setTimeout(r, 50));
    const sentAt = performance.now();
    ws.send(frame);
    await acked;
    done = true;
    await probe;
    expect(c.correlator.stats.events).toBe(events);
    // taken in one piece, the batch would hold the event loop until its ack: no answer in between
    expect(answeredAt.filter((t) => t > sentAt && t < ackedAt).length).toBeGreaterThanOrEqual(2);
  });

  it('a frame above the bound closes that connection with 1009, counted', async () => {
    const before = await (await fetch(`${c.url}/metrics`)).text();
    const was = Number(/packetlife_ingest_malformed_frames_total\{kind="oversize"\} (\d+)/.exec(before)?.[1] ?? 0);
    const closed = new Promise<number>((r) => ws.once('close', (code) => r(code)));
    ws.send(frameOf(DEFAULT_MAX_BATCH_BYTES + 64 * 1024, 2, 10_000).frame);
    expect(await closed).toBe(1009);
    const after = await (await fetch(`${c.url}/metrics`)).text();
    expect(Number(/packetlife_ingest_malformed_frames_total\{kind="oversize"\} (\d+)/.exec(after)?.[1])).toBe(was + 1);
  });
});
