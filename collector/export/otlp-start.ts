/**
 * Starts the collector's OTLP export where it costs the event loop least: a niced process of its
 * own (otlp-process.ts, the default), or a worker thread (otlp-thread.ts: `runIn: 'thread'`).
 * Both take traces with offer(), count everything in stats and on /metrics under the same names,
 * and flush within a bounded wait on shutdown().
 */
import type { Trace } from '../trace-model.js';
import type { OtlpExportStats } from './otlp-metrics.js';
import type { OtlpProcessOptions } from './otlp-process.js';

export interface OtlpExport {
  readonly url: string;
  readonly stats: OtlpExportStats;
  /** The export process's pid, when export runs in one. */
  readonly pid?: number | undefined;
  offer(t: Trace): void;
  shutdown(deadlineMs?: number): Promise<void>;
}

export async function startOtlpExport(opts: OtlpProcessOptions & { runIn?: 'process' | 'thread' }): Promise<OtlpExport> {
  const { runIn, ...rest } = opts;
  if (runIn === 'thread') return new (await import('./otlp-thread.js')).OtlpExportThread(rest);
  return new (await import('./otlp-process.js')).OtlpExportProcess(rest);
}
