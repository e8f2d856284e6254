/**
 * collector/stream-outbox.ts — the traces waiting for one live-stream client (/api/stream).
 *
 * A trace is finished inside the correlator's work on an agent's batch; sending it there would
 * put its JSON and a socket write per trace into that slice (one writev system call per message:
 * measured as ~40% of the collector's CPU at 1,800 traces/s with one stream client, bench/README
 * "Where the collector's time went"). So a finished trace is only queued here; the queue is sent
 * in its own turns of the event loop, each at most SEND_SLICE_MS long, with the socket corked so
 * that a turn's messages leave in one write. Order is kept; the stream's protocol (one JSON trace
 * per message) is unchanged.
 *
 * Bounded: a client further behind than `maxBufferBytes` (the socket's send buffer) or with more
 * than `maxQueued` traces waiting is too slow: it is closed (1008) and counted by the caller.
 */
import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import type { SliceTimer } from './loop-health.js';
import type { Trace } from './trace-model.js';

/** How long one turn of sending may hold the event loop. */
export const SEND_SLICE_MS = 5;

export class StreamOutbox {
  private queue: Trace[] = [];
  private head = 0;
  private scheduled = false;
  private closed = false;

  constructor(
    private readonly ws: WebSocket,
    private readonly socket: Duplex,
    private readonly limits: { maxBufferBytes: number; maxQueued: number },
    private readonly time: SliceTimer,
    private readonly onTooSlow: () => void,
  ) {}

  offer(t: Trace): void {
    if (this.closed) return;
    if (this.ws.bufferedAmount > this.limits.maxBufferBytes || this.queue.length - this.head >= this.limits.maxQueued) {
      // a reader this far behind is dropped, not buffered for: its memory is ours
      this.close();
      this.onTooSlow();
      this.ws.close(1008, 'too slow: send buffer full');
      setTimeout(() => this.ws.terminate(), 1000).unref();
      return;
    }
    this.queue.push(t);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.send);
    }
  }

  close(): void {
    this.closed = true;
    this.queue = [];
    this.head = 0;
  }

  private readonly send = (): void => {
    this.scheduled = false;
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return this.close();
    this.time('stream', () => {
      const until = performance.now() + SEND_SLICE_MS;
      this.socket.cork();
      try {
        while (this.head < this.queue.length) {
          this.ws.send(JSON.stringify(this.queue[this.head++]));
          if ((this.head & 15) === 0 && performance.now() >= until) break;
        }
      } finally {
        this.socket.uncork();
      }
    });
    if (this.head < this.queue.length) {
      this.scheduled = true;
      setImmediate(this.send);
    } else {
      this.queue = [];
      this.head = 0;
    }
  };
}
