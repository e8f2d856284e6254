/**
 * How long /healthz waits while the collector takes a maximal agent batch (issue 9, item 3:
 * "/healthz answers within 100 ms while a maximal batch is ingested").
 *
 * A collector (auth file, the lab topology) in this process, one agent connection speaking the
 * wire protocol, and batches of node ip-10-0-0-75's events of the reference walks filling a frame
 * of the collector's largest size (DEFAULT_MAX_BATCH_BYTES). A client polls /healthz back to
 * back; each round records the slowest answer between the batch's send and its ack, beside the
 * slowest answer of an idle moment (the baseline). Rounds alternate with idle rounds.
 *
 *   npm run build && node dist/bench/ingest-healthz.js [--rounds N] [--json]
 */
import WebSocket from 'ws';
import { DEFAULT_MAX_BATCH_BYTES, startCollector } from '../collector/server.js';
import { decodeCollectorFrame, encodeAgentFrame, eventToProto } from '../proto/codec.js';
import { nodeWalkEvents } from '../fixtures/walks.js';
import { median, numberArg } from './stats.js';
import { calibrate } from './calibration.js';
import { loadavg } from 'node:os';

const N75 = 'ip-10-0-0-75';
const TOKEN = 'bench-agent-token-0123456789';
const rounds = numberArg('rounds', 10);


function frameOf(bytes: number, seq: number, round0: number): { frame: Uint8Array; events: number } {
  let n = Math.floor(bytes / 90);
  for (;;) {
    const frame = encodeAgentFrame({ events: { seq, events: nodeWalkEvents(N75, n, round0).map(eventToProto) } });
    if (frame.length <= bytes) return { frame, events: n };
    n = Math.floor(n * 0.97);
  }
}

const c = await startCollector({ port: 0, topology: { kind: 'file', path: 'lab/topologies/default.yaml' }, auth: { file: { users: [], agents: [{ node: N75, token: TOKEN }] } }, rateLimit: false });
const ws = new WebSocket(c.ingestUrl, { headers: { authorization: `Bearer ${TOKEN}` } });
await new Promise((r) => ws.once('open', r));
ws.send(encodeAgentFrame({ hello: { agentId: `${N75}/bench/1`, node: N75, agentVersion: 'bench', protocolVersion: 1, resumeFromSeq: 1 } }));
const acks = new Map<number, () => void>();
ws.on('message', (d) => {
  const f = decodeCollectorFrame(d as Buffer);
  if (f.type === 'ack') acks.get(Number(f.ack.seq))?.();
});

/** The slowest /healthz answer while `during` runs. */
async function slowestHealthz(during: () => Promise<void>): Promise<{ maxMs: number; answers: number }> {
  let done = false;
  let maxMs = 0;
  let answers = 0;
  const probe = (async () => {
    while (!done) {
      const t = performance.now();
      await (await fetch(`${c.url}/healthz`)).text();
      maxMs = Math.max(maxMs, performance.now() - t);
      answers++;
    }
  })();
  await during();
  done = true;
  await probe;
  return { maxMs, answers };
}

const busy: number[] = [];
const idle: number[] = [];
let events = 0;
for (let r = 1; r <= rounds; r++) {
  const { frame, events: n } = frameOf(DEFAULT_MAX_BATCH_BYTES - 64, r, r * 1000);
  events = n;
  idle.push((await slowestHealthz(() => new Promise((res) => setTimeout(res, 300)))).maxMs);
  busy.push(
    (
      await slowestHealthz(async () => {
        const acked = new Promise<void>((res) => acks.set(r, res));
        ws.send(frame);
        await acked;
      })
    ).maxMs,
  );
}
ws.terminate();
await c.close();
const fmt = (xs: number[]): string => `min ${Math.min(...xs).toFixed(1)} / median ${median(xs).toFixed(1)} / max ${Math.max(...xs).toFixed(1)} ms`;
const calibration = calibrate();
const result = { frameBytes: DEFAULT_MAX_BATCH_BYTES, eventsPerBatch: events, rounds, healthzWhileIngestingMs: busy, healthzIdleMs: idle, loadavg: loadavg().map((l) => Math.round(l * 100) / 100), calibration: calibration.text };
if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
else process.stdout.write(`maximal batch: ${DEFAULT_MAX_BATCH_BYTES} bytes, ${events} events; slowest /healthz per round (${rounds} rounds, interleaved with idle ones)\n  while ingesting: ${fmt(busy)}\n  idle:            ${fmt(idle)}\n${calibration.text}\n`);
