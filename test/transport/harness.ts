/**
 * Helpers for the transport tests: an IngestServer with a recording sink, Uplinks pointed at it,
 * and cleanup of everything either made (call `closeAll()` in afterEach).
 */
import { pino } from 'pino';
import WebSocket from 'ws';
import { Uplink, type UplinkOptions } from '../../agent/uplink.js';
import { IngestServer, type AgentIdentity, type BatchMeta, type IngestOptions } from '../../collector/ingest.js';
import type { PacketEvent } from '../../common/event.js';
import { decodeCollectorFrame, encodeAgentFrame, eventToProto, type DecodedCollectorFrame } from '../../proto/codec.js';
import type { packetlife } from '../../proto/generated/packetlife.js';
import { eventIndex, makeEvent } from '../../fixtures/events.js';

export const quiet = pino({ level: 'silent' });

export interface Received {
  agent: AgentIdentity;
  seq: number;
  events: PacketEvent[];
  atMs?: number;
  meta?: BatchMeta;
}

export interface TestIngest {
  ingest: IngestServer;
  port: number;
  batches: Received[];
  /** Indices (makeEvent's i) of every event the sink took, in arrival order. */
  indices(): number[];
}

const cleanups: (() => Promise<void>)[] = [];

export async function closeAll(): Promise<void> {
  while (cleanups.length > 0) await cleanups.pop()?.();
}

export async function startIngest(options: Partial<IngestOptions> = {}): Promise<TestIngest> {
  const batches: Received[] = [];
  const ingest = new IngestServer({
    host: '127.0.0.1',
    port: 0,
    logger: quiet,
    onBatch: (agent, events, seq, meta) => {
      batches.push({ agent, seq, events, atMs: Date.now(), meta });
    },
    ...options,
  });
  const { port } = await ingest.listen();
  cleanups.push(() => ingest.close());
  return { ingest, port, batches, indices: () => batches.flatMap((b) => b.events.map(eventIndex)) };
}

export function startUplink(url: string, options: Partial<UplinkOptions> = {}): Uplink {
  const up = new Uplink({
    url,
    hello: { agentId: 'ip-10-0-0-75/boot-1/4242', node: 'ip-10-0-0-75', agentVersion: '0.1.0-test' },
    flushIntervalMs: 10,
    backoffInitialMs: 20,
    backoffMaxMs: 100,
    logger: quiet,
    ...options,
  });
  up.start();
  cleanups.push(() => up.stop());
  return up;
}

export function events(from: number, count: number): PacketEvent[] {
  return Array.from({ length: count }, (_, k) => makeEvent(from + k));
}

export async function waitFor(what: string, cond: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A hand-driven agent connection, for sending exactly the frames a test wants. */
export interface RawAgent {
  ws: WebSocket;
  received: DecodedCollectorFrame[];
  closed: Promise<{ code: number; reason: string }>;
  hello(agentId?: string, resumeFromSeq?: number): void;
  batch(seq: number, evs: PacketEvent[], loss?: packetlife.v1.ILossCounters): void;
}

export async function rawAgent(url: string, headers: Record<string, string> = {}): Promise<RawAgent> {
  const ws = new WebSocket(url, { headers });
  const received: DecodedCollectorFrame[] = [];
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  ws.on('message', (d) => received.push(decodeCollectorFrame(d as Buffer)));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  cleanups.push(async () => {
    ws.terminate();
  });
  return {
    ws,
    received,
    closed,
    hello: (agentId = 'raw-agent', resumeFromSeq = 1) =>
      ws.send(encodeAgentFrame({ hello: { agentId, node: 'ip-10-0-2-10', protocolVersion: 1, resumeFromSeq } })),
    // an agent speaks only for its own node: the events carry the Hello's node
    batch: (seq, evs, loss = {}) => ws.send(encodeAgentFrame({ events: { seq, events: evs.map((e) => eventToProto({ ...e, node: 'ip-10-0-2-10' })), loss } })),
  };
}
