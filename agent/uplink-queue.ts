/**
 * agent/uplink-queue.ts — the uplink's bounded FIFO of sealed, not yet acknowledged batches.
 *
 * API
 *   new UnackedQueue(budgetBytes)
 *   push(batch: SealedBatch): DropCount   append; first drops the OLDEST batches until the new
 *                                         one fits in the byte budget, and says what it dropped
 *   dropOldestFor(bytes): DropCount       make room ahead of a push (so the dropped counts can be
 *                                         written into the batch being sealed)
 *   ackUpTo(seq): number                  free every batch with seq <= seq; returns bytes freed
 *   get(seq): SealedBatch | undefined     O(1): sequence numbers in the queue are contiguous
 *   oldestSeq / newestSeq                 undefined when empty
 *   length, bytes, budgetBytes
 *
 * Sequence numbers are contiguous because batches enter in seq order and leave only from the
 * head (acks and drops both free the oldest first), so `get` is an index computation.
 */
export interface SealedBatch {
  seq: number;
  frame: Uint8Array; // the complete AgentFrame, ready to send and resend as is
  events: number;
  /** Earliest and latest event time in the batch (wall ns; ±Infinity when it holds none). */
  fromWall?: number;
  toWall?: number;
}

export interface DropCount {
  batches: number;
  events: number;
  /** The time window the dropped events covered (wall ns), when any had a time. */
  fromWall?: number;
  toWall?: number;
}

export class UnackedQueue {
  private items: (SealedBatch | undefined)[] = [];
  private head = 0;
  private totalBytes = 0;

  constructor(readonly budgetBytes: number) {
    if (!(budgetBytes > 0)) throw new RangeError(`queue budget must be a positive byte count, got ${budgetBytes}`);
  }

  get length(): number {
    return this.items.length - this.head;
  }

  get bytes(): number {
    return this.totalBytes;
  }

  get oldestSeq(): number | undefined {
    return this.items[this.head]?.seq;
  }

  get newestSeq(): number | undefined {
    return this.length > 0 ? this.items[this.items.length - 1]?.seq : undefined;
  }

  get(seq: number): SealedBatch | undefined {
    const oldest = this.oldestSeq;
    if (oldest === undefined || seq < oldest) return undefined;
    return this.items[this.head + (seq - oldest)];
  }

  push(batch: SealedBatch): DropCount {
    const newest = this.newestSeq;
    if (newest !== undefined && batch.seq !== newest + 1) {
      throw new RangeError(`batch seq ${batch.seq} does not follow ${newest}`);
    }
    const dropped = this.dropOldestFor(batch.frame.length);
    this.items.push(batch);
    this.totalBytes += batch.frame.length;
    return dropped;
  }

  /** Drops the oldest batches until `bytes` more would fit in the budget. */
  dropOldestFor(bytes: number): DropCount {
    const dropped: DropCount = { batches: 0, events: 0 };
    while (this.length > 0 && this.totalBytes + bytes > this.budgetBytes) {
      const oldest = this.shift();
      dropped.batches++;
      dropped.events += oldest.events;
      if (oldest.events > 0 && oldest.fromWall !== undefined && oldest.toWall !== undefined) {
        dropped.fromWall = Math.min(dropped.fromWall ?? Infinity, oldest.fromWall);
        dropped.toWall = Math.max(dropped.toWall ?? -Infinity, oldest.toWall);
      }
    }
    return dropped;
  }

  ackUpTo(seq: number): number {
    let freed = 0;
    while (this.length > 0 && (this.oldestSeq ?? Infinity) <= seq) freed += this.shift().frame.length;
    return freed;
  }

  private shift(): SealedBatch {
    const b = this.items[this.head];
    if (!b) throw new Error('shift from an empty queue');
    this.items[this.head] = undefined; // let the frame be collected now, not at compaction
    this.head++;
    this.totalBytes -= b.frame.length;
    // compact once the dead prefix dominates: amortised O(1), array stays proportional to content
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return b;
  }
}
