/**
 * OTLP/HTTP export of finished traces (`packetlife collector --otlp-endpoint URL`).
 *
 * The protocol is the OpenTelemetry JS exporter's: @opentelemetry/exporter-trace-otlp-proto
 * (or -http for `--otlp-json`) serializes the spans (collector/export/otlp-spans.ts), POSTs them to
 * /v1/traces and retries what the OTLP spec calls retryable (429, 502, 503, 504, connection errors,
 * timeouts) with exponential backoff, honouring Retry-After, within one request's time budget.
 *
 * What packetlife adds around it: a bounded queue of traces (a slow or dead backend never grows the
 * collector's memory: past `maxQueue` new traces are dropped and counted), batches of up to
 * `batchSize` traces sent one request at a time, a batch whose retries ran out put back at the
 * head of the queue after a backoff of our own (so a backend that is down for minutes loses
 * nothing the queue can hold), a batch the backend refuses for good (4xx) dropped and counted, and
 * a flush on shutdown. Every trace offered ends up exported, queued, in flight or counted as
 * dropped with its reason on /metrics.
 */
import type { Attributes } from '@opentelemetry/api';
import { ExportResultCode, type ExportResult } from '@opentelemetry/core';
import { OTLPTraceExporter as ProtoExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { OTLPTraceExporter as JsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import type { Resource } from '@opentelemetry/resources';
import type { ReadableSpan } from '@opentelemetry/sdk-trace';
import type { Registry } from 'prom-client';
import { childLog } from '../../common/log.js';
import { registerOtlpMetrics, type DropReason, type OtlpExportStats } from './otlp-metrics.js';
import { tracesUrl } from './otlp-options.js';
import { packetlifeResource, traceToSpans, type ExportTrace, type SpanLinkTarget } from './otlp-spans.js';

export type { DropReason, OtlpExportStats };

const log = childLog('otlp');

export interface OtlpExportOptions {
  /** Base URL (…/v1/traces is appended) or the full traces URL ending in /v1/traces. */
  endpoint: string;
  headers?: Record<string, string>;
  /** Accept an https endpoint's certificate without verifying it (self-signed test backends). */
  insecure?: boolean;
  /** OTLP/HTTP JSON instead of protobuf. */
  json?: boolean;
  /** Traces waiting to be sent; past this, new traces are dropped (counted). */
  maxQueue?: number;
  /** Traces per request. */
  batchSize?: number;
  /** A partial batch is sent after this long. */
  flushIntervalMs?: number;
  /** One request's whole budget, its retries included. */
  timeoutMs?: number;
  /** Our own backoff after a batch's retries ran out: first wait, doubled up to maxBackoffMs. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /**
   * Which other traces a trace links to (the request a reply answers, the flow's first packet).
   * By default the exporter keeps that itself from the traces it is given (FlowLinker).
   */
  links?: (t: ExportTrace) => SpanLinkTarget[];
  registry?: Registry;
  resourceAttributes?: Attributes;
  /** Called when a batch's request ended (accepted, refused or to be retried): the worker reports its stats then. */
  onBatchDone?: () => void;
}

interface Exporter {
  export(spans: ReadableSpan[], cb: (r: ExportResult) => void): void;
  shutdown(): Promise<void>;
}

export class OtlpTraceExporter {
  readonly url: string;
  readonly stats: OtlpExportStats = { offered: 0, exported: 0, queued: 0, inFlight: 0, dropped: { 'queue-full': 0, rejected: 0, shutdown: 0, crashed: 0 }, requests: 0, failedRequests: 0, spans: 0 };
  private queue: ExportTrace[] = [];
  private head = 0; // queue[head..] waits; shifted lazily so a long queue is not copied per batch
  private inFlight: ExportTrace[] | undefined;
  private timer: NodeJS.Timeout | undefined;
  private backoffUntil = 0;
  private backoff: number;
  private closing = false;
  private idle: Array<() => void> = [];
  private readonly exporter: Exporter;
  private readonly links: (t: ExportTrace) => SpanLinkTarget[];
  private readonly resource: Resource;
  private readonly maxQueue: number;
  private readonly batchSize: number;
  private readonly flushIntervalMs: number;

  constructor(private readonly opts: OtlpExportOptions) {
    this.url = tracesUrl(opts.endpoint);
    this.maxQueue = opts.maxQueue ?? 10_000;
    this.batchSize = opts.batchSize ?? 256;
    this.flushIntervalMs = opts.flushIntervalMs ?? 1000;
    this.backoff = opts.backoffMs ?? 1000;
    if (!(this.maxQueue >= 1) || !(this.batchSize >= 1)) throw new Error(`OTLP export: maxQueue and batchSize must be >= 1 (got ${this.maxQueue}, ${this.batchSize})`);
    const config = {
      url: this.url,
      headers: opts.headers ?? {},
      timeoutMillis: opts.timeoutMs ?? 10_000,
      concurrencyLimit: 2,
      ...(opts.insecure && this.url.startsWith('https:') ? { httpAgentOptions: { keepAlive: true, rejectUnauthorized: false } } : {}),
    };
    this.exporter = opts.json ? new JsonExporter(config) : new ProtoExporter(config);
    this.resource = packetlifeResource(opts.resourceAttributes);
    if (opts.links) this.links = opts.links;
    else {
      const linker = new FlowLinker();
      this.links = (t) => linker.links(t);
    }
    if (opts.registry) registerOtlpMetrics(opts.registry, () => this.stats, this.maxQueue);
  }

  /** Hand over one finished trace. Never blocks; a full queue drops it (counted). */
  offer(t: ExportTrace): void {
    this.stats.offered++;
    if (this.closing) return this.drop('shutdown', 1);
    if (this.stats.queued >= this.maxQueue) return this.drop('queue-full', 1);
    this.queue.push(t);
    this.stats.queued++;
    if (this.stats.queued >= this.batchSize) this.pump();
    else if (!this.timer) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.pump();
      }, this.flushIntervalMs);
      this.timer.unref();
    }
  }

  private drop(reason: DropReason, n: number): void {
    this.stats.dropped[reason] += n;
  }

  private take(n: number): ExportTrace[] {
    const batch = this.queue.slice(this.head, this.head + n);
    this.head += batch.length;
    if (this.head > 4096 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
    this.stats.queued -= batch.length;
    return batch;
  }

  /** Puts a batch back at the head of the queue, dropping what no longer fits (counted). */
  private putBack(batch: ExportTrace[]): void {
    const room = Math.max(0, this.maxQueue - this.stats.queued);
    const keep = batch.slice(0, room);
    if (keep.length < batch.length) this.drop('queue-full', batch.length - keep.length);
    this.queue = [...keep, ...this.queue.slice(this.head)];
    this.head = 0;
    this.stats.queued += keep.length;
  }

  private pump(): void {
    if (this.inFlight || this.stats.queued === 0) return this.settle();
    const wait = this.backoffUntil - Date.now();
    if (wait > 0 && !this.closing) {
      if (!this.timer) {
        this.timer = setTimeout(() => {
          this.timer = undefined;
          this.pump();
        }, wait);
        this.timer.unref();
      }
      return;
    }
    const batch = this.take(this.batchSize);
    this.inFlight = batch;
    this.stats.inFlight = batch.length;
    let spans: ReadableSpan[];
    try {
      spans = batch.flatMap((t) => traceToSpans(t, this.resource, this.links(t)));
    } catch (err) {
      log.error({ err }, 'OTLP export: could not turn traces into spans; batch dropped');
      this.inFlight = undefined;
      this.stats.inFlight = 0;
      this.drop('rejected', batch.length);
      return this.pump();
    }
    this.stats.requests++;
    const spanCount = spans.length; // the spans themselves need not outlive their serialization
    this.exporter.export(spans, (r) => {
      this.inFlight = undefined;
      this.stats.inFlight = 0;
      if (r.code === ExportResultCode.SUCCESS) {
        this.stats.exported += batch.length;
        this.stats.spans += spanCount;
        this.backoff = this.opts.backoffMs ?? 1000;
        this.backoffUntil = 0;
      } else {
        this.stats.failedRequests++;
        const code = (r.error as { code?: number } | undefined)?.code;
        const refused = typeof code === 'number' && code >= 400 && code < 500 && code !== 429;
        if (refused || this.closing) {
          log.warn({ err: r.error?.message, traces: batch.length, url: this.url }, refused ? 'OTLP backend refused a batch; dropped' : 'OTLP export failed while shutting down');
          this.drop(refused ? 'rejected' : 'shutdown', batch.length);
        } else {
          // The exporter's retries ran out (backend down, slow or overloaded): keep the batch and
          // wait before the next try, longer each time.
          log.warn({ err: r.error?.message, traces: batch.length, url: this.url, retryInMs: this.backoff }, 'OTLP export failed; will retry');
          this.putBack(batch);
          this.backoffUntil = Date.now() + this.backoff;
          this.backoff = Math.min(this.backoff * 2, this.opts.maxBackoffMs ?? 30_000);
        }
      }
      this.opts.onBatchDone?.();
      this.pump();
    });
  }

  private settle(): void {
    if (this.inFlight || (this.stats.queued > 0 && this.closing)) return;
    if (this.stats.queued === 0 && !this.inFlight) for (const fn of this.idle.splice(0)) fn();
  }

  /**
   * Sends everything queued (no more waiting for a full batch or a backoff), stops taking traces
   * and waits at most `deadlineMs`; what is still unsent then is counted as dropped (shutdown).
   */
  async shutdown(deadlineMs = 5000): Promise<void> {
    this.closing = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const done = new Promise<void>((resolve) => this.idle.push(resolve));
    this.pump();
    let timedOut = false;
    await Promise.race([done, new Promise<void>((r) => setTimeout(() => ((timedOut = true), r()), deadlineMs).unref())]);
    if (timedOut) {
      const left = this.stats.queued + (this.inFlight?.length ?? 0);
      if (left > 0) log.warn({ traces: left }, 'OTLP export: traces not sent before shutdown');
      this.drop('shutdown', this.stats.queued);
      this.take(this.stats.queued);
    }
    await this.exporter.shutdown().catch(() => undefined);
  }
}

/**
 * The links of each trace from the traces seen before it, without the store: per flow its first
 * trace and its latest request. Bounded: the oldest flows are forgotten first.
 */
export class FlowLinker {
  private readonly flows = new Map<string, { first: string; request?: { id: string; startNs: bigint } }>();
  constructor(private readonly maxFlows = 100_000) {}

  links(t: ExportTrace): SpanLinkTarget[] {
    const out: SpanLinkTarget[] = [];
    let f = this.flows.get(t.flowId);
    if (f && f.first !== t.id) out.push({ traceId: f.first, kind: 'flow-first' });
    const start = BigInt(t.startNs);
    if (t.direction === 'reply' && f?.request && f.request.startNs <= start) {
      const req = f.request.id;
      const i = out.findIndex((l) => l.traceId === req);
      if (i >= 0) out.splice(i, 1);
      out.push({ traceId: req, kind: 'request' });
    }
    if (!f) {
      f = { first: t.id };
      this.flows.set(t.flowId, f);
      if (this.flows.size > this.maxFlows) this.flows.delete(this.flows.keys().next().value as string);
    }
    if (t.direction === 'request' && (!f.request || f.request.startNs <= start)) f.request = { id: t.id, startNs: start };
    return out;
  }
}
