/**
 * The OTLP exporter's worker thread (collector/export/otlp-thread.ts starts it): turning traces
 * into spans, serializing them and the HTTP requests cost far more per trace than correlating
 * the trace did, so they run here, beside the collector's event loop, not on it.
 *
 * In: workerData = the exporter's options; messages {type: 'traces', batch} (a HandoverBatch of
 * otlp-handover.ts) and {type: 'shutdown', deadlineMs}. Out: {type: 'stats', stats, received} every 250 ms and
 * {type: 'done', stats, received} once shut down.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { HandoverReader, type HandoverBatch } from './otlp-handover.js';
import { OtlpTraceExporter, type OtlpExportOptions } from './otlp.js';

type In = { type: 'traces'; batch: HandoverBatch } | { type: 'shutdown'; deadlineMs: number };

const port = parentPort;
if (!port) throw new Error('otlp-worker.ts runs as a worker thread (collector/export/otlp-thread.ts)');
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
