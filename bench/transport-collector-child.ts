/**
 * bench/transport-collector-child.ts — the collector half of bench/transport-throughput.ts
 * --split, in its own process so that the parent's CPU time is the agent side's alone.
 * Protocol with the parent (IPC): sends { port } once listening, then { received } whenever the
 * count of events taken by the sink reaches a multiple of `report` or on { type: 'count' }.
 */
import { pino } from 'pino';
import { IngestServer } from '../collector/ingest.js';

let received = 0;
const ingest = new IngestServer({ logger: pino({ level: 'silent' }), onBatch: (_a, evs) => void (received += evs.length) });
const { port } = await ingest.listen();
const send = (m: unknown): void => void process.send?.(m);
send({ port });
process.on('message', (m: { type: string }) => {
  if (m.type === 'count') {
    const a = ingest.listAgents()[0];
    send({ received, lost: (a?.loss.gapBatches ?? 0) + (a?.loss.invalidEvents ?? 0), cpu: process.cpuUsage() });
  }
  if (m.type === 'exit') void ingest.close().then(() => process.exit(0));
});
