/**
 * The OTLP exporter's worker thread (collector/export/otlp-thread.ts starts it where the niced
 * export process cannot run): turning traces into spans, serializing them and the HTTP requests
 * cost far more per trace than correlating the trace did, so they run here, beside the
 * collector's event loop, not on it. The work itself: otlp-export-side.ts.
 *
 * In: workerData = the exporter's options; messages of otlp-export-side.ts (ExportSideIn).
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { runExportSide } from './otlp-export-side.js';
import type { OtlpExportOptions } from './otlp.js';

const port = parentPort;
if (!port) throw new Error('otlp-worker.ts runs as a worker thread (collector/export/otlp-thread.ts)');
/**
 * Export is background work: correlation is what the collector is for (and what its latency
 * targets are about). This thread runs at nice +10, so when the CPU is short the event loop wins
 * and export falls behind — into its bounded queue, whose drops are counted — instead of slowing
 * the loop. Linux keeps a nice value per thread; /proc/thread-self names this one. Elsewhere, or
 * where it is not allowed, it keeps the loop's priority. (Its isolate's GC runs on V8's shared
 * helper threads at the loop's priority: why the export runs in its own process where it can.)
 */
const EXPORT_THREAD_NICE = 10;
try {
  const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
  if (Number.isInteger(tid) && tid > 0) setPriority(tid, EXPORT_THREAD_NICE);
} catch {
  // not Linux, or not permitted: same priority as the loop
}

const onMessage = runExportSide(
  workerData as OtlpExportOptions,
  (r) => port.postMessage(r),
  () => port.close(),
);
port.on('message', onMessage);
