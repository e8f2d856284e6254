/**
 * What a collector keeps across a restart, in a directory on its volume (--state-dir):
 *
 *   sessions.json        every kept session (active and recently ended), rewritten atomically
 *                        (write to a temporary file, then rename) at most every 2 s, and at close
 *   traces-NNNNNN.ndjson traces and flows, appended as they are made: one line each,
 *                        "T <trace JSON>" or "F <flow JSON>" (a flow's later line replaces it);
 *                        a new segment every segmentBytes, the oldest segments deleted while the
 *                        total passes maxBytes
 *
 * Why append-only files and not SQLite or LMDB: the collector only ever appends traces and
 * reads them all back once at start; nothing is updated in place or queried from disk (the
 * in-memory store answers queries). Plain files do exactly that with no native module —
 * better-sqlite3 and lmdb need a compiler or prebuilt binaries fetched from outside the npm
 * registry at install, which a locked-down CI machine or a distroless image does not have.
 * A crash can tear the last line of a segment; a line that does not parse is skipped (counted).
 * Writes are batched (one appendFile per flushMs), so a crash loses at most that much.
 */
import { appendFileSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { childLog } from '../common/log.js';
import type { Session } from './sessions.js';
import type { Flow, Trace } from './trace-model.js';

const log = childLog('persist');

export interface StateStoreOptions {
  /** Bytes of trace segments kept on disk (default 256 MiB). */
  maxBytes?: number;
  /** One segment's size before a new one starts (default maxBytes / 8). */
  segmentBytes?: number;
  /** How often buffered writes reach the disk (default 250 ms). */
  flushMs?: number;
}

export interface LoadedState {
  sessions: Session[];
  traces: Trace[];
  flows: Flow[];
  /** Lines that did not parse (a torn write at a crash). */
  skippedLines: number;
}

const SEGMENT = /^traces-(\d{6})\.ndjson$/;

export class StateStore {
  private readonly maxBytes: number;
  private readonly segmentBytes: number;
  private pending: string[] = [];
  private pendingBytes = 0;
  private segment = 0;
  private segmentSize = 0;
  private sessionsDirty: (() => Session[]) | undefined;
  private sessionsWrittenAt = 0;
  private readonly timer: NodeJS.Timeout;
  readonly stats = { tracesWritten: 0, segmentsDeleted: 0, writeErrors: 0 };

  constructor(
    readonly dir: string,
    opts: StateStoreOptions = {},
  ) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    this.maxBytes = opts.maxBytes ?? 256 * 1024 * 1024;
    this.segmentBytes = opts.segmentBytes ?? Math.max(64 * 1024, Math.floor(this.maxBytes / 8));
    const segs = this.segments();
    this.segment = segs.length > 0 ? segs[segs.length - 1]! + 1 : 1; // a restart starts a new segment
    this.timer = setInterval(() => this.flush(), opts.flushMs ?? 250);
    this.timer.unref();
  }

  private segments(): number[] {
    return readdirSync(this.dir)
      .map((n) => SEGMENT.exec(n)?.[1])
      .filter((n): n is string => n !== undefined)
      .map(Number)
      .sort((a, b) => a - b);
  }

  private segPath(n: number): string {
    return join(this.dir, `traces-${String(n).padStart(6, '0')}.ndjson`);
  }

  /** Everything kept: sessions, and the newest `maxTraces` traces (oldest first) with their flows. */
  load(maxTraces: number): LoadedState {
    let sessions: Session[] = [];
    let skipped = 0;
    try {
      sessions = JSON.parse(readFileSync(join(this.dir, 'sessions.json'), 'utf8')) as Session[];
      if (!Array.isArray(sessions)) sessions = [];
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') log.warn({ err: String(err) }, 'sessions.json unreadable: starting without sessions');
    }
    const traces = new Map<string, Trace>();
    const flows = new Map<string, Flow>();
    for (const n of this.segments()) {
      let text: string;
      try {
        text = readFileSync(this.segPath(n), 'utf8');
      } catch {
        continue;
      }
      for (const line of text.split('\n')) {
        if (line === '') continue;
        try {
          if (line.startsWith('T ')) {
            const t = JSON.parse(line.slice(2)) as Trace;
            traces.delete(t.id);
            traces.set(t.id, t);
            if (traces.size > maxTraces) traces.delete(traces.keys().next().value as string);
          } else if (line.startsWith('F ')) {
            const f = JSON.parse(line.slice(2)) as Flow;
            flows.delete(f.id);
            flows.set(f.id, f);
            if (flows.size > maxTraces) flows.delete(flows.keys().next().value as string);
          } else skipped++;
        } catch {
          skipped++;
        }
      }
    }
    return { sessions, traces: [...traces.values()], flows: [...flows.values()], skippedLines: skipped };
  }

  addTrace(t: Trace): void {
    this.append(`T ${JSON.stringify(t)}\n`);
    this.stats.tracesWritten++;
  }

  upsertFlow(f: Flow): void {
    this.append(`F ${JSON.stringify(f)}\n`);
  }

  /** The sessions to write at the next flush (the latest call wins). */
  saveSessions(all: () => Session[]): void {
    this.sessionsDirty = all;
  }

  private append(line: string): void {
    this.pending.push(line);
    this.pendingBytes += line.length;
    // a burst is bounded: past 8 MiB waiting, write now
    if (this.pendingBytes > 8 * 1024 * 1024) this.flush();
  }

  /**
   * Pending traces reach the disk; sessions too, but at most every 2 s unless forced (a session
   * changes with every trace it matches, and the whole file is rewritten each time).
   */
  flush(force = false): void {
    if (this.sessionsDirty && (force || Date.now() - this.sessionsWrittenAt >= 2000)) {
      this.sessionsWrittenAt = Date.now();
      const all = this.sessionsDirty;
      this.sessionsDirty = undefined;
      try {
        const tmp = join(this.dir, 'sessions.json.tmp');
        writeFileSync(tmp, JSON.stringify(all()), { mode: 0o600 });
        renameSync(tmp, join(this.dir, 'sessions.json'));
      } catch (err) {
        this.stats.writeErrors++;
        log.error({ err: String(err) }, 'cannot write sessions.json');
      }
    }
    if (this.pending.length === 0) return;
    const text = this.pending.join('');
    this.pending = [];
    this.pendingBytes = 0;
    try {
      appendFileSync(this.segPath(this.segment), text, { mode: 0o600 });
      this.segmentSize += Buffer.byteLength(text);
      if (this.segmentSize >= this.segmentBytes) {
        this.segment++;
        this.segmentSize = 0;
        this.prune();
      }
    } catch (err) {
      this.stats.writeErrors++;
      log.error({ err: String(err) }, 'cannot append traces');
    }
  }

  /** Oldest segments out while the total passes maxBytes (the current one always stays). */
  private prune(): void {
    const segs = this.segments();
    let total = 0;
    const sizes = segs.map((n) => {
      try {
        return statSync(this.segPath(n)).size;
      } catch {
        return 0;
      }
    });
    for (const s of sizes) total += s;
    for (let i = 0; i < segs.length - 1 && total > this.maxBytes; i++) {
      try {
        unlinkSync(this.segPath(segs[i]!));
        this.stats.segmentsDeleted++;
      } catch {
        // gone already
      }
      total -= sizes[i]!;
    }
  }

  close(): void {
    clearInterval(this.timer);
    this.flush(true);
  }
}
