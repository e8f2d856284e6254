/**
 * OTLP export from a worker thread (what `packetlife collector --otlp-endpoint` runs): the
 * collector's event loop only hands finished traces over, in batches, to
 * collector/export/otlp-worker.ts, which runs the exporter (spans, protobuf, HTTP, retries).
 *
 * Bounded like the exporter itself: traces handed over but not yet taken by the worker count
 * against the same queue capacity, so a worker that falls behind makes the collector drop (and
 * count) new traces instead of piling them up in the message port.
 */
import { Worker } from 'node:worker_threads';
import type { Registry } from 'prom-client';
import { childLog } from '../../common/log.js';
import type { Trace } from '../trace-model.js';
import { exportScript, HandOverPacer } from './otlp-loop-side.js';
import { registerOtlpMetrics, type OtlpExportStats } from './otlp-metrics.js';
import type { OtlpExportOptions } from './otlp.js';
import { tracesUrl } from './otlp-options.js';
import { HandoverWriter } from './otlp-handover.js';

const log = childLog('otlp');

export type OtlpThreadOptions = Omit<OtlpExportOptions, 'links' | 'registry'> & { registry?: Registry; handOverBatch?: number };

export class OtlpExportThread {
  readonly url: string;
  private readonly worker: Worker;
  private readonly pending = new HandoverWriter();
  private handedOver = 0;
  private workerReceived = 0;
  private workerStats: OtlpExportStats | undefined;
  private readonly local = { offered: 0, dropped: { 'queue-full': 0, rejected: 0, shutdown: 0 } };
  private closing = false;
  private done: Promise<void>;
  private readonly maxQueue: number;
  private readonly pacer: HandOverPacer;

  constructor(opts: OtlpThreadOptions) {
    this.url = tracesUrl(opts.endpoint);
    this.maxQueue = opts.maxQueue ?? 10_000;
    this.pacer = new HandOverPacer(opts.handOverBatch ?? 64, () => this.handOver());
    const { registry, handOverBatch: _h, ...workerOpts } = opts;
    this.worker = new Worker(exportScript('otlp-worker.js'), { workerData: workerOpts });
    this.worker.unref();
    this.done = new Promise<void>((resolve) => {
      this.worker.on('message', (m: { type: 'stats' | 'done'; stats: OtlpExportStats; received: number }) => {
        this.workerStats = m.stats;
        this.workerReceived = m.received;
        if (m.type === 'done') resolve();
      });
      this.worker.once('exit', () => resolve());
    });
    this.worker.on('error', (err) => log.error({ err }, 'OTLP export worker failed'));
    if (registry) registerOtlpMetrics(registry, () => this.stats, this.maxQueue);
  }

  /** What happened to every trace offered: the worker's last report plus this side's. */
  get stats(): OtlpExportStats {
    const w = this.workerStats;
    const inPort = this.handedOver - this.workerReceived;
    return {
      offered: this.local.offered,
      exported: w?.exported ?? 0,
      queued: (w?.queued ?? 0) + inPort + this.pending.traces,
      inFlight: w?.inFlight ?? 0,
      dropped: {
        'queue-full': this.local.dropped['queue-full'] + (w?.dropped['queue-full'] ?? 0),
        rejected: w?.dropped.rejected ?? 0,
        shutdown: this.local.dropped.shutdown + (w?.dropped.shutdown ?? 0),
        crashed: 0,
      },
      requests: w?.requests ?? 0,
      failedRequests: w?.failedRequests ?? 0,
      spans: w?.spans ?? 0,
    };
  }

  offer(t: Trace): void {
    this.local.offered++;
    if (this.closing) {
      this.local.dropped.shutdown++;
      return;
    }
    // Traces the worker has not taken yet, or holds in its queue, all count against the bound.
    const waiting = this.handedOver - this.workerReceived + this.pending.traces + (this.workerStats?.queued ?? 0);
    if (waiting >= this.maxQueue) {
      this.local.dropped['queue-full']++;
      return;
    }
    this.pending.add(t);
    this.pacer.added(this.pending.traces);
  }

  private handOver(): void {
    if (this.pending.traces === 0) return;
    // A compact binary record whose buffer is transferred, repeated strings sent once
    // (otlp-handover.ts): the loop pays a few µs a trace, not a JSON.stringify of ~3 KB (measured).
    const batch = this.pending.take();
    this.handedOver += batch.count;
    this.worker.postMessage({ type: 'traces', batch }, [batch.data.buffer as ArrayBuffer]); // take(): words of its own
  }

  /** Hands over what is pending, lets the worker send its queue (deadlineMs at most), stops it. */
  async shutdown(deadlineMs = 5000): Promise<void> {
    if (this.closing) return this.done;
    this.handOver();
    this.closing = true;
    this.worker.postMessage({ type: 'shutdown', deadlineMs });
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.done, new Promise<void>((r) => (timer = setTimeout(r, deadlineMs + 2000)))]);
    clearTimeout(timer);
    const left = this.handedOver - this.workerReceived;
    if (left > 0) this.local.dropped.shutdown += left;
    await this.worker.terminate();
  }
}
