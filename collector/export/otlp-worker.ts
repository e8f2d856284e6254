/**
 * The OTLP exporter's worker thread (collector/export/otlp-thread.ts starts it): turning traces
 * into spans, serializing them and the HTTP requests cost far more per trace than correlating
 * the trace did, so they run here, beside the collector's event loop, not on it.
 *
 * In: workerData = the exporter's options; messages {type: 'traces', batch} (a HandoverBatch of
 * otlp-handover.ts) and {type: 'shutdown', deadlineMs}. Out: {type: 'stats', stats, received} every 250 ms and
 * {type: 'done', stats, received} once shut down.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { HandoverReader, type HandoverBatch, type PendingBatch } from './otlp-handover.js';
import { OtlpTraceExporter, type OtlpExportOptions, type OtlpExportStats } from './otlp.js';

type In = { type: 'traces'; batch: HandoverBatch } | { type: 'shutdown'; deadlineMs: number };

const port = parentPort;
if (!port) throw new Error('otlp-worker.ts runs as a worker thread (collector/export/otlp-thread.ts)');
/**
 * Export is background work: correlation is what the collector is for (and what its latency
 * targets are about). This thread runs at nice +10, so when the CPU is short the event loop wins
 * and export falls behind — into its bounded queue, whose drops are counted — instead of slowing
 * the loop. Linux keeps a nice value per thread; /proc/thread-self names this one. Elsewhere, or
 * where it is not allowed, it keeps the loop's priority.
 */
const EXPORT_THREAD_NICE = 10;
try {
  const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
  if (Number.isInteger(tid) && tid > 0) setPriority(tid, EXPORT_THREAD_NICE);
} catch {
  // not Linux, or not permitted: same priority as the loop
}

let received = 0;
const reader = new HandoverReader();
const opts = workerData as OtlpExportOptions;
const maxQueue = opts.maxQueue ?? 10_000;
const batchSize = opts.batchSize ?? 256;
/**
 * Traces wait here as hand-over batches, read into objects only when the exporter is about to
 * send them (at most two requests' worth at a time): a backend slower than the collector then
 * leaves compact buffers behind, not object graphs the garbage collector copies and promotes
 * (otlp-handover.ts, PendingBatch).
 */
const backlog: PendingBatch[] = [];
let backlogTraces = 0;
let backlogDropped = 0;
let closing = false;
const stats = (): OtlpExportStats => {
  const s = exporter.stats;
  return {
    ...s,
    offered: s.offered + backlogTraces + backlogDropped,
    queued: s.queued + backlogTraces,
    dropped: { ...s.dropped, 'queue-full': s.dropped['queue-full'] + backlogDropped },
  };
};
const report = (type: 'stats' | 'done'): void => port.postMessage({ type, stats: stats(), received });
/** Tops the exporter's queue up to a full request (all of the backlog when shutting down). */
const feed = (): void => {
  const want = closing ? Infinity : batchSize;
  while (backlog.length > 0 && exporter.stats.queued < want) {
    const p = backlog[0]!;
    exporter.offer(reader.next(p));
    backlogTraces--;
    if (p.left === 0) backlog.shift();
  }
};
// Stats go out after every request too, so /metrics (and the queue bound) lag one batch, not 250 ms.
const exporter = new OtlpTraceExporter({
  ...opts,
  onBatchDone: () => {
    feed();
    report('stats');
  },
});
const timer = setInterval(() => report('stats'), 250);
port.on('message', (m: In) => {
  if (m.type === 'traces') {
    received += m.batch.count;
    // The strings of every batch are taken, in order, also of traces dropped for want of room.
    const room = closing ? m.batch.count : Math.max(0, maxQueue - backlogTraces - exporter.stats.queued);
    const p = reader.accept(m.batch, room);
    backlogDropped += m.batch.count - p.kept;
    if (p.kept === 0) return;
    backlog.push(p);
    backlogTraces += p.kept;
    feed();
  } else if (m.type === 'shutdown') {
    clearInterval(timer);
    closing = true;
    feed();
    void exporter.shutdown(m.deadlineMs).then(() => {
      report('done');
      port.close();
    });
  }
});
