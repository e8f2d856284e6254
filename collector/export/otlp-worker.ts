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
import { HandoverReader, type HandoverBatch } from './otlp-handover.js';
import { OtlpTraceExporter, type OtlpExportOptions } from './otlp.js';

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
const report = (type: 'stats' | 'done'): void => port.postMessage({ type, stats: exporter.stats, received });
// Stats go out after every request too, so /metrics (and the queue bound) lag one batch, not 250 ms.
const exporter = new OtlpTraceExporter({ ...(workerData as OtlpExportOptions), onBatchDone: () => report('stats') });
const timer = setInterval(() => report('stats'), 250);
port.on('message', (m: In) => {
  if (m.type === 'traces') {
    received += m.batch.count;
    for (const t of reader.read(m.batch)) exporter.offer(t);
  } else if (m.type === 'shutdown') {
    clearInterval(timer);
    void exporter.shutdown(m.deadlineMs).then(() => {
      report('done');
      port.close();
    });
  }
});
