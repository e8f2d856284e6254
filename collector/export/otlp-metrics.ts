/**
 * The OTLP export's counters and their names on /metrics, wherever the exporter runs (this
 * process, a worker thread, the export process): apart from otlp.ts so that the collector's own
 * process, which only hands traces over, does not load the OpenTelemetry exporter packages to
 * report them (≈ 2.4 MB of its heap, measured after collector/server.ts is loaded).
 */
import { Counter, Gauge, type Registry } from 'prom-client';

/** crashed: held by the export process when it died (collector/export/otlp-process.ts). */
export type DropReason = 'queue-full' | 'rejected' | 'shutdown' | 'crashed';

/**
 * The export's metrics on /metrics, read from its counters when scraped (the exporter may run in
 * a worker thread: the counters are then the last the worker reported plus the main side's).
 */
export function registerOtlpMetrics(registry: Registry, stats: () => OtlpExportStats, capacity: number): void {
  const registers = [registry];
  const seen = { exported: 0, dropped: { 'queue-full': 0, rejected: 0, shutdown: 0, crashed: 0 } as Record<DropReason, number>, ok: 0, failed: 0 };
  new Counter({
    name: 'packetlife_otlp_traces_exported_total',
    help: 'Traces the OTLP backend accepted',
    registers,
    collect() {
      const s = stats();
      this.inc(s.exported - seen.exported);
      seen.exported = s.exported;
    },
  });
  new Counter({
    name: 'packetlife_otlp_traces_dropped_total',
    help: 'Traces not exported over OTLP, by reason: queue-full (backend slow or down), rejected (4xx), shutdown (not sent before exit), crashed (held by the export process when it died)',
    labelNames: ['reason'],
    registers,
    collect() {
      const s = stats();
      for (const r of ['queue-full', 'rejected', 'shutdown', 'crashed'] as const) {
        this.inc({ reason: r }, s.dropped[r] - seen.dropped[r]);
        seen.dropped[r] = s.dropped[r];
      }
    },
  });
  new Counter({
    name: 'packetlife_otlp_requests_total',
    help: "OTLP export requests (each with the exporter's own retries), by outcome",
    labelNames: ['outcome'],
    registers,
    collect() {
      const s = stats();
      const ok = s.requests - s.failedRequests;
      this.inc({ outcome: 'success' }, ok - seen.ok);
      this.inc({ outcome: 'failed' }, s.failedRequests - seen.failed);
      seen.ok = ok;
      seen.failed = s.failedRequests;
    },
  });
  new Gauge({ name: 'packetlife_otlp_queue_traces', help: 'Traces waiting for OTLP export', registers, collect() { this.set(stats().queued); } });
  new Gauge({ name: 'packetlife_otlp_queue_capacity', help: 'Traces the OTLP export queue holds at most', registers, collect() { this.set(capacity); } });
}

export interface OtlpExportStats {
  offered: number;
  exported: number;
  queued: number;
  inFlight: number;
  dropped: Record<DropReason, number>;
  requests: number;
  failedRequests: number;
  spans: number;
}
