/**
 * The export side of the OTLP hand-over, wherever it runs: the worker thread
 * (collector/export/otlp-worker.ts) or the niced export process (collector/export/otlp-child.ts).
 * It takes hand-over batches (otlp-handover.ts) from the collector's event loop, keeps them as a
 * bounded backlog and feeds the exporter (collector/export/otlp.ts: spans, protobuf, HTTP,
 * retries) from it; it reports its stats through `post`.
 *
 * Out: {type: 'stats', stats, received, receivedBytes} every 250 ms and after each request, and
 * {type: 'done', …} once shut down.
 */
import { HandoverReader, type HandoverBatch, type PendingBatch } from './otlp-handover.js';
import { OtlpTraceExporter, type OtlpExportOptions, type OtlpExportStats } from './otlp.js';

export type ExportSideIn = { type: 'traces'; batch: HandoverBatch; bytes?: number } | { type: 'shutdown'; deadlineMs: number };

export interface ExportSideReport {
  type: 'stats' | 'done';
  stats: OtlpExportStats;
  /** Traces and hand-over bytes taken from the collector so far. */
  received: number;
  receivedBytes: number;
}

/** Runs the export side; `post` carries its reports back; `onDone` runs once shut down. */
export function runExportSide(opts: OtlpExportOptions, post: (r: ExportSideReport) => void, onDone: () => void): (m: ExportSideIn) => void {
  let received = 0;
  let receivedBytes = 0;
  const reader = new HandoverReader();
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
  const report = (type: 'stats' | 'done'): void => post({ type, stats: stats(), received, receivedBytes });
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
  return (m) => {
    if (m.type === 'traces') {
      received += m.batch.count;
      receivedBytes += m.bytes ?? 0;
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
        onDone();
      });
    }
  };
}
