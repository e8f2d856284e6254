/**
 * OTLP export from a process of its own, started under `nice -n 19` (what `packetlife collector
 * --otlp-endpoint` runs on Linux): the collector's event loop only hands finished traces over
 * (otlp-handover.ts batches, over the IPC channel) to collector/export/otlp-child.ts, which runs
 * the exporter (spans, protobuf, HTTP, retries).
 *
 * Why a process and not a worker thread: Linux keeps a nice value per thread, inherited when a
 * thread is made. A worker thread can nice itself, but its isolate's garbage collection runs on
 * V8's process-wide helper threads, at the event loop's priority: measured, ~50–85 µs of every
 * exported trace's CPU competed with the loop at full priority (bench/README.md, "OTLP export").
 * A process started niced has every thread niced, its GC helpers included. Without a `nice`
 * command the process nices its own threads as it starts (otlp-child.ts).
 *
 * Bounded like the exporter itself: traces handed over but not yet taken by the process count
 * against the queue capacity, and so do the bytes on their way to it (at most
 * `maxHandOverBytes`): a process that falls behind or hangs makes the collector drop (and
 * count) new traces instead of piling them up in the channel. A process that dies is logged,
 * what it held is counted (dropped, crashed) and it is started again, at most `maxRestarts`
 * times in 10 minutes, with a growing wait; past that export stops (every trace counted as
 * dropped, crashed), and the collector goes on.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { childLog } from '../../common/log.js';
import type { Trace } from '../trace-model.js';
import type { ExportSideReport } from './otlp-export-side.js';
import { HandoverWriter, type HandoverBatch } from './otlp-handover.js';
import { exportScript, HandOverPacer } from './otlp-loop-side.js';
import { registerOtlpMetrics, type DropReason, type OtlpExportStats } from './otlp-metrics.js';
import { tracesUrl } from './otlp-options.js';
import type { OtlpThreadOptions } from './otlp-thread.js';

const log = childLog('otlp');

export type OtlpProcessOptions = OtlpThreadOptions & {
  /** Hand-over bytes sent but not yet taken by the export process, at most. */
  maxHandOverBytes?: number;
  /** Restarts of a dead export process within 10 minutes, at most. */
  maxRestarts?: number;
  /** First wait before a restart, doubled each time up to 30 s. */
  restartBackoffMs?: number;
  /** The export process's nice value. */
  nice?: number;
  /** SCHED_IDLE as well (default, where `chrt` is): see exportCommand. */
  idle?: boolean;
};

const RESTART_WINDOW_MS = 10 * 60_000;

/** A command on PATH, if it is there. */
export function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const p = join(dir, name);
    if (dir && existsSync(p)) return p;
  }
  return undefined;
}

/**
 * How the export process is started: under coreutils' `nice` and util-linux's `chrt --idle`
 * where they are. SCHED_IDLE as well as nice 19 because of where Linux puts a thread that wakes:
 * a CPU running only SCHED_IDLE work counts as idle, so the collector's own threads (its GC
 * helpers, its libuv pool) go there and take it at once, instead of queueing beside the event
 * loop because the other CPU is busy with a nice-19 export. Both are inherited by every thread.
 */
export function exportCommand(script: string, nice: number, idle = true): { file: string; args: string[]; niced: boolean; idle: boolean } {
  const niceAt = onPath('nice');
  const chrtAt = idle && process.platform === 'linux' ? onPath('chrt') : undefined;
  // e.g. PACKETLIFE_OTLP_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the export process
  const nodeArgs = (process.env.PACKETLIFE_OTLP_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const node = chrtAt ? [chrtAt, '--idle', '0', process.execPath, ...nodeArgs, script] : [process.execPath, ...nodeArgs, script];
  if (niceAt) return { file: niceAt, args: ['-n', String(nice), ...node], niced: true, idle: !!chrtAt };
  return { file: node[0]!, args: node.slice(1), niced: false, idle: !!chrtAt };
}

/** What one export process said last, and what was sent to it. */
interface Child {
  proc: ChildProcess;
  report: ExportSideReport | undefined;
  handedOver: number;
  sentBytes: number;
  done: boolean;
  /** Resolves once the process says it runs, or is gone. */
  ready: Promise<void>;
  onReady: () => void;
}

const zeroDrops = (): Record<DropReason, number> => ({ 'queue-full': 0, rejected: 0, shutdown: 0, crashed: 0 });

export class OtlpExportProcess {
  readonly url: string;
  /** Export processes started again after one died. */
  restarts = 0;
  private child: Child | undefined;
  private readonly pending = new HandoverWriter();
  /** Counted on this side, and what earlier export processes had done when they died. */
  private readonly local = { offered: 0, exported: 0, requests: 0, failedRequests: 0, spans: 0, dropped: zeroDrops() };
  private closing = false;
  private gaveUp = false;
  private restartTimer: NodeJS.Timeout | undefined;
  private readonly restartTimes: number[] = [];
  private onGone: (() => void) | undefined;
  private readonly maxQueue: number;
  private readonly pacer: HandOverPacer;
  private readonly maxBytes: number;
  private readonly childOpts: Omit<OtlpProcessOptions, 'registry' | 'handOverBatch' | 'maxHandOverBytes' | 'maxRestarts' | 'restartBackoffMs' | 'nice' | 'idle' | 'onBatchDone'>;
  private readonly command: { file: string; args: string[] };

  constructor(private readonly opts: OtlpProcessOptions) {
    this.url = tracesUrl(opts.endpoint);
    this.maxQueue = opts.maxQueue ?? 10_000;
    this.pacer = new HandOverPacer(opts.handOverBatch ?? 64, () => this.handOver());
    this.maxBytes = opts.maxHandOverBytes ?? 64 * 1024 * 1024;
    const { registry, handOverBatch: _h, maxHandOverBytes: _b, maxRestarts: _r, restartBackoffMs: _w, nice: _n, idle: _i, onBatchDone: _d, ...childOpts } = opts;
    this.childOpts = childOpts;
    // The parent's own flags (--cpu-prof, --inspect) are not the export process's (PACKETLIFE_OTLP_NODE_ARGS are).
    const cmd = exportCommand(exportScript('otlp-child.js'), opts.nice ?? 19, opts.idle ?? true);
    this.command = cmd;
    if (!cmd.niced) log.warn('OTLP export: no `nice` command on PATH; the export process nices its own threads as it starts');
    if (!cmd.idle && (opts.idle ?? true) && process.platform === 'linux') log.warn('OTLP export: no `chrt` command on PATH; the export process runs niced but not SCHED_IDLE');
    if (registry) registerOtlpMetrics(registry, () => this.stats, this.maxQueue);
    this.start();
  }

  /** The export process's pid, once it has started and while it runs. */
  get pid(): number | undefined {
    return this.child?.report ? this.child.proc.pid : undefined;
  }

  /** What happened to every trace offered: the export process's last report plus this side's. */
  get stats(): OtlpExportStats {
    const c = this.child;
    const s = c?.report?.stats;
    const d = s?.dropped;
    const l = this.local;
    return {
      offered: l.offered,
      exported: l.exported + (s?.exported ?? 0),
      queued: (s?.queued ?? 0) + (c ? c.handedOver - (c.report?.received ?? 0) : 0) + this.pending.traces,
      inFlight: s?.inFlight ?? 0,
      dropped: {
        'queue-full': l.dropped['queue-full'] + (d?.['queue-full'] ?? 0),
        rejected: l.dropped.rejected + (d?.rejected ?? 0),
        shutdown: l.dropped.shutdown + (d?.shutdown ?? 0),
        crashed: l.dropped.crashed,
      },
      requests: l.requests + (s?.requests ?? 0),
      failedRequests: l.failedRequests + (s?.failedRequests ?? 0),
      spans: l.spans + (s?.spans ?? 0),
    };
  }

  offer(t: Trace): void {
    this.local.offered++;
    if (this.closing) return void this.local.dropped.shutdown++;
    if (this.gaveUp) return void this.local.dropped.crashed++;
    const c = this.child;
    // Traces the process has not taken yet, or holds in its queue, all count against the bound;
    // and so do the bytes on their way.
    const waiting = (c ? c.handedOver - (c.report?.received ?? 0) + (c.report?.stats.queued ?? 0) : 0) + this.pending.traces;
    const bytes = c ? c.sentBytes - (c.report?.receivedBytes ?? 0) : 0;
    if (waiting >= this.maxQueue || bytes >= this.maxBytes) return void this.local.dropped['queue-full']++;
    this.pending.add(t);
    this.pacer.added(this.pending.traces);
  }

  private handOver(): void {
    const c = this.child;
    // While a dead process's successor starts, traces wait in the writer (bounded by maxQueue).
    if (this.pending.traces === 0 || !c?.report) return;
    // A compact binary record, repeated strings sent once (otlp-handover.ts): the loop pays a few
    // µs a trace, not a JSON.stringify of ~3 KB (measured). send() serializes it at once, so the
    // writer's own words go (a view), not a copy of them.
    const batch = this.pending.takeView();
    const bytes = handOverBytes(batch);
    c.handedOver += batch.count;
    c.sentBytes += bytes;
    c.proc.send({ type: 'traces', batch, bytes });
  }

  private start(): void {
    const proc = spawn(this.command.file, this.command.args, {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      serialization: 'advanced', // typed arrays cross as bytes, not as JSON
      env: process.env,
    });
    let onReady = (): void => undefined;
    const ready = new Promise<void>((r) => (onReady = r));
    const c: Child = { proc, report: undefined, handedOver: 0, sentBytes: 0, done: false, ready, onReady };
    this.child = c;
    proc.unref();
    proc.channel?.unref();
    proc.on('message', (m: ExportSideReport | { type: 'ready' }) => {
      if (m.type === 'ready') {
        c.report = { type: 'stats', stats: { ...emptyStats(), dropped: zeroDrops() }, received: 0, receivedBytes: 0 };
        c.onReady();
        return this.handOver();
      }
      c.report = m;
      if (m.type === 'done') c.done = true;
    });
    // A failed spawn emits 'error' and maybe no 'exit'; a failed send to a dying process emits 'error' too.
    proc.on('error', (err) => {
      log.error({ err: String(err) }, 'OTLP export process: error');
      if (proc.exitCode === null && proc.signalCode === null && proc.pid === undefined) this.gone(c, null, null);
    });
    proc.once('exit', (code, signal) => this.gone(c, code, signal));
    proc.send({ type: 'init', opts: this.childOpts, nice: this.opts.nice ?? 19 });
  }

  /** The export process `c` ended: expected when closing; otherwise count what it held and start another. */
  private gone(c: Child, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.child !== c) return;
    this.child = undefined;
    c.onReady();
    const s = c.report?.stats;
    if (s) {
      this.local.exported += s.exported;
      this.local.requests += s.requests;
      this.local.failedRequests += s.failedRequests;
      this.local.spans += s.spans;
      for (const r of ['queue-full', 'rejected', 'shutdown'] as const) this.local.dropped[r] += s.dropped[r];
    }
    // Everything handed to it and not accounted for by its last report went with it.
    const accounted = s ? s.exported + s.dropped['queue-full'] + s.dropped.rejected + s.dropped.shutdown : 0;
    const held = c.handedOver - accounted;
    if (this.closing) {
      this.local.dropped.shutdown += held + this.pending.discard();
      return this.onGone?.();
    }
    // The next process knows none of the strings interned so far: what waits to go is lost too.
    const lost = held + this.pending.discard();
    this.local.dropped.crashed += lost;
    const now = Date.now();
    while (this.restartTimes.length > 0 && this.restartTimes[0]! < now - RESTART_WINDOW_MS) this.restartTimes.shift();
    if (this.restartTimes.length >= (this.opts.maxRestarts ?? 5)) {
      this.gaveUp = true;
      log.error({ code, signal, lost, restarts: this.restarts }, 'OTLP export process died too often; export stopped (traces counted as dropped, reason crashed)');
      return;
    }
    const wait = Math.min((this.opts.restartBackoffMs ?? 1000) * 2 ** this.restartTimes.length, 30_000);
    this.restartTimes.push(now);
    log.error({ code, signal, lost, restartInMs: wait }, 'OTLP export process died; starting another');
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      this.restarts++;
      this.start();
    }, wait);
    this.restartTimer.unref();
  }

  /** Hands over what is pending, lets the process send its queue (deadlineMs at most), stops it. */
  async shutdown(deadlineMs = 5000): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    // A process still starting gets what waits for it, within the deadline too.
    const started = Date.now();
    if (this.child && !this.child.report) await Promise.race([this.child.ready, new Promise((r) => setTimeout(r, deadlineMs).unref())]);
    deadlineMs = Math.max(0, deadlineMs - (Date.now() - started));
    this.handOver();
    const c = this.child;
    if (!c) {
      this.local.dropped.shutdown += this.pending.discard();
      return;
    }
    const gone = new Promise<void>((r) => (this.onGone = r));
    if (c.proc.connected) c.proc.send({ type: 'shutdown', deadlineMs });
    // It exits once its queue is sent (or its deadline passed): bounded here too.
    const timer = setTimeout(() => c.proc.kill('SIGKILL'), deadlineMs + 2000);
    await gone;
    clearTimeout(timer);
  }
}

/** What a hand-over batch weighs on its way: its numbers and its strings. */
function handOverBytes(b: HandoverBatch): number {
  let n = b.data.byteLength;
  for (const s of b.fresh) n += s.length;
  for (const s of b.inline) n += s.length;
  return n + b.freshPlaces.length * 64;
}

function emptyStats(): Omit<OtlpExportStats, 'dropped'> {
  return { offered: 0, exported: 0, queued: 0, inFlight: 0, requests: 0, failedRequests: 0, spans: 0 };
}
