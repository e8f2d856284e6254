/**
 * bpftrace's stdout, read in batches: through a FIFO the agent reads on a timer, not a pipe
 * read as data arrives. bpftrace writes every line with its own write(2) (line buffered), and a
 * pipe read by Node wakes the event loop for each of them that finds it idle: on a quiet
 * machine that is a wake-up, a read(2) and a trip through Node's stream machinery per event
 * — most of what the agent spent per event beside parsing (bench/README.md, agent process).
 * Read every READ_EVERY_MS instead, a read takes everything written meanwhile (the FIFO holds
 * 64 KiB, ≈ 450 lines; bpftrace waits when it is full and its perf buffers hold the rest), and a
 * read that found much reads again at once, so the pace never caps the rate.
 *
 *   const out = PacedOutput.create(dir)         a FIFO in dir (removed once both ends are open)
 *   spawn(..., { stdio: ['ignore', out.writeFd, 'pipe'] }); out.closeWriteEnd()
 *   out.start(onLine, onFragment)                every complete line; a cut-off last one counted
 *   await out.ended                              the writer closed and everything was read
 */
import { execFileSync } from 'node:child_process';
import { closeSync, constants, openSync, readSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { LineSplitter } from './line-splitter.js';

/** The pace of reads while bpftrace writes little (at most this much added to event → read). */
export const READ_EVERY_MS = 5;
/** A read at least this large found a backlog: read again at once. */
const BACKLOG_BYTES = 16 * 1024;

export class PacedOutput {
  private readFd: number;
  private writeEnd: number | undefined;
  private readonly buf = Buffer.allocUnsafe(256 * 1024);
  private readonly decoder = new StringDecoder('utf8');
  private lines: LineSplitter | undefined;
  private timer: NodeJS.Timeout | undefined;
  private done: () => void = () => undefined;
  /** Resolves once the writer closed and every byte was read (or the reader was closed). */
  readonly ended: Promise<void>;

  private constructor(dir: string) {
    const path = join(dir, 'stdout.fifo');
    execFileSync('mkfifo', ['-m', '600', path]);
    try {
      // the read end first and non-blocking (opening it waits for no writer); the write end is
      // blocking, as a pipe's: bpftrace waits when the FIFO is full instead of failing a write
      this.readFd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
      this.writeEnd = openSync(path, constants.O_WRONLY);
    } finally {
      rmSync(path, { force: true });
    }
    this.ended = new Promise<void>((resolve) => (this.done = resolve));
  }

  static create(dir: string): PacedOutput {
    return new PacedOutput(dir);
  }

  /** The write end, for the child's stdout. */
  get writeFd(): number {
    return this.writeEnd!;
  }

  /** After the spawn: the child holds its own copy; ours would keep the FIFO from ever ending. */
  closeWriteEnd(): void {
    if (this.writeEnd !== undefined) closeSync(this.writeEnd);
    this.writeEnd = undefined;
  }

  start(onLine: (line: string) => void, onFragment: () => void): void {
    this.lines = new LineSplitter(onLine, onFragment);
    this.timer = setTimeout(() => this.poll(), READ_EVERY_MS);
  }

  /** Stops reading (what is not read yet is dropped) and resolves `ended`. */
  close(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.closeWriteEnd();
    if (this.readFd >= 0) closeSync(this.readFd);
    this.readFd = -1;
    this.done();
  }

  private poll(): void {
    this.timer = undefined;
    let n: number;
    try {
      n = readSync(this.readFd, this.buf, 0, this.buf.length, null);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') return this.end();
      n = -1; // nothing written since the last read
    }
    if (n === 0) return this.end(); // every writer closed and all was read
    if (n > 0) this.lines?.push(this.decoder.write(this.buf.subarray(0, n)));
    if (this.readFd >= 0) this.timer = setTimeout(() => this.poll(), n >= BACKLOG_BYTES ? 0 : READ_EVERY_MS);
  }

  private end(): void {
    this.lines?.push(this.decoder.end());
    this.lines?.end();
    this.close();
  }
}
