/**
 * The OTLP exporter's worker thread (collector/export/otlp-thread.ts starts it): turning traces
 * into spans, serializing them and the HTTP requests cost far more per trace than correlating
 * the trace did, so they run here, beside the collector's event loop, not on it.
 *
 * In: workerData = the exporter's options; messages {type: 'traces', json, count} (a JSON array of
 * traces) and
 * {type: 'shutdown', deadlineMs}. Out: {type: 'stats', stats, received} every 250 ms and
 * {type: 'done', stats, received} once shut down.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ExportTrace } from './otlp-spans.js';
import { OtlpTraceExporter, type OtlpExportOptions } from './otlp.js';

type In = { type: 'traces'; json: string; count: number } | { type: 'shutdown'; deadlineMs: number };

const port = parentPort;
if (!port) throw new Error('otlp-worker.ts runs as a worker thread (collector/export/otlp-thread.ts)');
let received = 0;
const report = (type: 'stats' | 'done'): void => port.postMessage({ type, stats: exporter.stats, received });
// Stats go out after every request too, so /metrics (and the queue bound) lag one batch, not 250 ms.
const exporter = new OtlpTraceExporter({ ...(workerData as OtlpExportOptions), onBatchDone: () => report('stats') });
const timer = setInterval(() => report('stats'), 250);
port.on('message', (m: In) => {
  if (m.type === 'traces') {
    received += m.count;
    for (const t of JSON.parse(m.json) as ExportTrace[]) exporter.offer(t);
  } else if (m.type === 'shutdown') {
    clearInterval(timer);
    void exporter.shutdown(m.deadlineMs).then(() => {
      report('done');
      port.close();
    });
  }
});
