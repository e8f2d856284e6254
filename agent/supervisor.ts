/**
 * Runs bpftrace and keeps it running.
 *
 * - One bpftrace process per program; its stdout read in batches through a FIFO
 *   (agent/paced-output.ts), its stderr from a pipe, both split into lines.
 * - A program is "attached" when its BEGIN line (`B <nsecs>`) arrives: bpftrace runs BEGIN
 *   after every probe is attached, on every version, whatever it prints about attaching.
 * - When the process dies unexpectedly it is restarted with exponential backoff; the backoff
 *   resets once a process has stayed up for `stableAfterMs`.
 * - "Lost N events" (stdout on bpftrace ≤ 0.23, stderr on 0.24+) is counted; every other
 *   stderr line is logged and counted.
 * - setProgram() swaps programs without a gap: the new process starts while the old one keeps
 *   tracing, and the old one is stopped only after the new one is attached. During that overlap
 *   both see the same packets; a line from one process is dropped when the other produced the
 *   same line (all fields but the time) within `dedupeWindowNs`.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { spawn, type ChildProcess } from 'node:child_process';
import { childLog } from '../common/log.js';
import { LineSplitter } from './line-splitter.js';
import { PacedOutput } from './paced-output.js';

const log = childLog('agent.supervisor');

export interface SupervisorOptions {
  /** argv prefix; the program file path is appended. Tests point this at a fake bpftrace. */
  command?: string[];
  env?: Record<string, string>;
  readyTimeoutMs?: number;
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  stableAfterMs?: number;
  dedupeWindowNs?: bigint;
  stopTimeoutMs?: number;
}

export interface SupervisorStats {
  starts: number;
  restarts: number;
  lost: number;
  stderrLines: number;
  dedupedLines: number;
  swaps: number;
  /** Partial last lines of a process that was stopped mid-write (not passed on). */
  truncatedLines: number;
}

/**
 * Perf buffer pages per CPU for bpftrace's output (BPFTRACE_PERF_RB_PAGES): as large as
 * bursts need (fewer "Lost N events"), but within a total budget, since the buffers are per CPU
 * and locked in memory: 64 MiB over all CPUs, a power of two between 64 and 1024 pages.
 */
export function perfBufferPages(cpus = availableParallelism(), budgetBytes = 64 * 2 ** 20): number {
  const pages = Math.floor(budgetBytes / 4096 / Math.max(1, cpus));
  const pow2 = 2 ** Math.floor(Math.log2(Math.max(1, pages)));
  return Math.min(1024, Math.max(64, pow2));
}

/**
 * bpftrace's own flags. PACKETLIFE_BPFTRACE_BUFFER=full adds `-B full`: stdout fully buffered
 * (8 KiB writes) instead of one write(2) per line — measured ≈ 15% less bpftrace CPU per event
 * into a pipe (the agent reads its output in batches either way: agent/paced-output.ts). Lines still
 * arrive promptly: print() ends with a flush, and the program prints an empty line every
 * FLUSH_MS (bpf/program.ts), so a line waits in the buffer at most that long. Not the default
 * yet: the lab test that SIGKILLs bpftrace mid-load (test/e2e/load.test.ts) failed once with it
 * on a machine at load average 16 (6 incomplete traces just before the gap not marked as lost);
 * whether that is this flag or the load is not settled (notes/s3-i11-agent.md).
 */
export const BPFTRACE_FLAGS: readonly string[] = process.env.PACKETLIFE_BPFTRACE_BUFFER === 'full' ? ['-B', 'full'] : [];

/** Entries kept per process for overlap dedupe; past this the oldest are forgotten (counted). */
const MAX_DEDUPE_ENTRIES = 200_000;

/** Calls onLine for every complete line of a stream (agent/line-splitter.ts). */
function splitLines(stream: Readable, onLine: (line: string) => void, onFragment: () => void): void {
  const lines = new LineSplitter(onLine, onFragment);
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => lines.push(chunk));
  stream.on('end', () => lines.end());
}

class BpftraceProcess extends EventEmitter {
  private child: ChildProcess | undefined;
  /** Resolves when the process has exited and its output has been read to the end. */
  private finished: Promise<void> | undefined;
  private killTimer: NodeJS.Timeout | undefined;
  private dir: string | undefined;
  ready = false;
  exited = false;
  stopping = false;
  startedAt = 0;
  /** Overlap dedupe: line minus its time field → time, while another process overlaps. */
  recent: Map<string, bigint> | undefined;
  /** The process this one overlaps with during a swap (old ↔ new). */
  partner: BpftraceProcess | undefined;

  constructor(
    readonly id: number,
    private readonly program: string,
    private readonly opts: Required<Omit<SupervisorOptions, 'env'>> & { env: Record<string, string> },
  ) {
    super();
  }

  start(): Promise<bigint> {
    this.dir = mkdtempSync(join(tmpdir(), 'packetlife-bpf-'));
    const file = join(this.dir, 'program.bt');
    writeFileSync(file, this.program, { mode: 0o600 });
    const [cmd, ...args] = this.opts.command;
    this.startedAt = Date.now();
    let out: PacedOutput;
    try {
      out = PacedOutput.create(this.dir);
    } catch (err) {
      this.cleanup();
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
    const child = spawn(cmd!, [...args, file], {
      env: { ...process.env, BPFTRACE_PERF_RB_PAGES: String(perfBufferPages()), ...this.opts.env },
      stdio: ['ignore', out.writeFd, 'pipe'],
    });
    out.closeWriteEnd();
    this.child = child;
    const exit = new Promise<{ exitCode: number | undefined; signal: string | undefined; error?: Error }>((resolve) => {
      child.once('error', (error) => {
        out.close(); // not started (or not killable): nothing more comes through the FIFO
        resolve({ exitCode: undefined, signal: undefined, error });
      });
      child.once('close', (code, signal) => resolve({ exitCode: code ?? undefined, signal: signal ?? undefined }));
    });
    this.finished = Promise.all([exit, out.ended]).then(() => undefined);
    return new Promise<bigint>((resolve, reject) => {
      const timer = setTimeout(() => {
        if (!this.ready) {
          reject(new Error(`bpftrace did not attach within ${this.opts.readyTimeoutMs} ms`));
          void this.stop();
        }
      }, this.opts.readyTimeoutMs);
      const stderrTail: string[] = [];
      const fragment = (): void => void this.emit('fragment');
      out.start((line) => {
        if (line.startsWith('B ') && !this.ready) {
          this.ready = true;
          clearTimeout(timer);
          // bpftrace has parsed and loaded the program: its file is no longer needed, and
          // removing it now leaves nothing behind even if this process is killed later.
          this.cleanup();
          resolve(BigInt(/^\d+$/.test(line.slice(2)) ? line.slice(2) : '0'));
          return;
        }
        this.emit('line', line);
      }, fragment);
      splitLines(
        child.stderr!,
        (line) => {
          stderrTail.push(line);
          if (stderrTail.length > 20) stderrTail.shift();
          this.emit('stderr', line);
        },
        fragment,
      );
      void Promise.all([exit, out.ended]).then(([result]) => {
        this.exited = true;
        clearTimeout(timer);
        clearTimeout(this.killTimer);
        this.cleanup();
        if (!this.ready) {
          const why = result.error ? result.error.message : `exit ${String(result.exitCode ?? result.signal)}`;
          reject(new Error(`bpftrace exited before attaching (${why}): ${stderrTail.join(' | ')}`));
        }
        this.emit('exit', result.exitCode, result.signal);
      });
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (!this.child || this.exited) return;
    this.child.kill('SIGTERM');
    this.killTimer ??= setTimeout(() => this.child?.kill('SIGKILL'), this.opts.stopTimeoutMs);
    await this.finished;
  }

  private cleanup(): void {
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
  }
}

export class BpftraceSupervisor extends EventEmitter {
  readonly stats: SupervisorStats = { starts: 0, restarts: 0, lost: 0, stderrLines: 0, dedupedLines: 0, swaps: 0, truncatedLines: 0 };
  private readonly opts: Required<Omit<SupervisorOptions, 'env'>> & { env: Record<string, string> };
  private current: BpftraceProcess | undefined;
  private incoming: BpftraceProcess | undefined;
  private program: string | undefined;
  private nextId = 1;
  private failures = 0;
  private restartTimer: NodeJS.Timeout | undefined;
  private closed = false;
  private lostUnlogged = 0;
  private lostLoggedAt = 0;

  constructor(options: SupervisorOptions = {}) {
    super();
    this.opts = {
      command: options.command ?? ['bpftrace', ...BPFTRACE_FLAGS],
      env: options.env ?? {},
      readyTimeoutMs: options.readyTimeoutMs ?? 60_000,
      initialBackoffMs: options.initialBackoffMs ?? 500,
      maxBackoffMs: options.maxBackoffMs ?? 30_000,
      stableAfterMs: options.stableAfterMs ?? 60_000,
      dedupeWindowNs: options.dedupeWindowNs ?? 50_000n,
      stopTimeoutMs: options.stopTimeoutMs ?? 3_000,
    };
  }

  /** True when a program is attached and tracing. */
  get attached(): boolean {
    return this.current?.ready === true && !this.current.exited;
  }

  /**
   * Runs `program` instead of the current one, with no gap; resolves once it is attached.
   * undefined stops tracing. On failure the previous program keeps running and this rejects.
   */
  async setProgram(program: string | undefined): Promise<void> {
    this.closed = false;
    if (program === this.program && (this.attached || this.restartTimer)) return;
    if (program === undefined) {
      this.program = undefined;
      await this.stopAll();
      return;
    }
    if (this.incoming) await this.incoming.stop();
    const next = this.spawn(program);
    this.incoming = next;
    const old = this.current;
    if (old && !old.exited) {
      old.recent = new Map();
      next.recent = new Map();
      old.partner = next;
      next.partner = old;
    }
    try {
      const monoNs = await next.start();
      this.stats.starts++;
      if (this.incoming !== next) {
        await next.stop();
        return; // superseded by a later setProgram
      }
      this.incoming = undefined;
      this.current = next;
      this.program = program;
      this.emit('ready', monoNs);
      if (old) {
        this.stats.swaps++;
        await old.stop(); // resolves after the old process's output has been read to the end
      }
      next.recent = undefined;
      next.partner = undefined;
    } catch (err) {
      if (this.incoming === next) this.incoming = undefined;
      if (old) {
        old.recent = undefined;
        old.partner = undefined;
      }
      throw err;
    }
  }

  async stop(): Promise<void> {
    this.closed = true;
    this.program = undefined;
    await this.stopAll();
  }

  private async stopAll(): Promise<void> {
    clearTimeout(this.restartTimer);
    this.restartTimer = undefined;
    const procs = [this.current, this.incoming].filter((p): p is BpftraceProcess => p !== undefined);
    this.current = undefined;
    this.incoming = undefined;
    await Promise.all(procs.map((p) => p.stop()));
  }

  private spawn(program: string): BpftraceProcess {
    const p = new BpftraceProcess(this.nextId++, program, this.opts);
    p.on('line', (line: string) => this.onLine(p, line));
    p.on('stderr', (line: string) => this.onStderr(line));
    p.on('fragment', () => void this.stats.truncatedLines++);
    p.on('exit', (code: number | undefined, signal: string | undefined) => this.onExit(p, program, code, signal));
    return p;
  }

  private onLine(p: BpftraceProcess, line: string): void {
    if (line.startsWith('Lost ')) return this.onLost(line);
    if (line.startsWith('Attaching ') || line === '') return;
    if (p.recent) {
      // Overlap: drop the line when the other process already produced it (same fields, time
      // within the window), else remember it for the other one.
      const firstSpace = line.indexOf(' ');
      const secondSpace = line.indexOf(' ', firstSpace + 1);
      if (firstSpace > 0 && secondSpace > firstSpace) {
        const key = line.slice(0, firstSpace) + line.slice(secondSpace);
        let mono: bigint | undefined;
        try {
          mono = BigInt(line.slice(firstSpace + 1, secondSpace));
        } catch {
          mono = undefined;
        }
        const other = p.partner?.recent;
        if (mono !== undefined) {
          const seen = other?.get(key);
          if (seen !== undefined) {
            const delta = seen > mono ? seen - mono : mono - seen;
            if (delta <= this.opts.dedupeWindowNs) {
              other!.delete(key);
              this.stats.dedupedLines++;
              return;
            }
          }
          if (p.recent.size >= MAX_DEDUPE_ENTRIES) p.recent.delete(p.recent.keys().next().value!);
          p.recent.set(key, mono);
        }
      }
    }
    this.emit('line', line);
  }

  private onLost(line: string): void {
    const n = Number(line.split(' ')[1]);
    if (Number.isInteger(n) && n > 0) {
      this.stats.lost += n;
      this.emit('lost', n);
      // Under overload bpftrace prints thousands of these a second: log at most one a second,
      // with the sum (every one is counted in stats.lost and reported as a loss window).
      this.lostUnlogged += n;
      const now = Date.now();
      if (now - this.lostLoggedAt >= 1000) {
        log.warn({ lost: this.lostUnlogged, total: this.stats.lost }, 'bpftrace lost events');
        this.lostUnlogged = 0;
        this.lostLoggedAt = now;
      }
    }
  }

  private onStderr(line: string): void {
    if (line.startsWith('Lost ')) return this.onLost(line);
    if (line.startsWith('Attaching ') || line.startsWith('Attached ')) return;
    this.stats.stderrLines++;
    // The RLIMIT_MEMLOCK complaint is harmless on kernels with memcg-based BPF accounting.
    if (line.includes('RLIMIT_MEMLOCK')) {
      log.debug({ stderr: line }, 'bpftrace');
      return;
    }
    log.warn({ stderr: line }, 'bpftrace');
    this.emit('stderr', line);
  }

  private onExit(p: BpftraceProcess, program: string, code: number | undefined, signal: string | undefined): void {
    if (p.stopping || !p.ready || this.closed || p !== this.current) return;
    this.current = undefined;
    const upMs = Date.now() - p.startedAt;
    if (upMs >= this.opts.stableAfterMs) this.failures = 0;
    const delay = Math.min(this.opts.maxBackoffMs, this.opts.initialBackoffMs * 2 ** this.failures);
    this.failures++;
    this.stats.restarts++;
    log.warn({ code, signal, upMs, restartInMs: delay }, 'bpftrace exited; restarting');
    this.emit('restart', { code, signal, delayMs: delay });
    this.scheduleRestart(program, delay);
  }

  private scheduleRestart(program: string, delay: number): void {
    clearTimeout(this.restartTimer);
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      if (this.closed || this.program !== program) return;
      this.setProgram(program).catch((err: unknown) => {
        const next = Math.min(this.opts.maxBackoffMs, this.opts.initialBackoffMs * 2 ** this.failures);
        this.failures++;
        this.stats.restarts++;
        log.error({ err: String(err), restartInMs: next }, 'bpftrace restart failed');
        this.emit('restart', { error: String(err), delayMs: next });
        this.scheduleRestart(program, next);
      });
    }, delay);
  }
}
