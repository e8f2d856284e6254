/**
 * collector/ingest-ratelimit.ts — per-agent events/s token bucket.
 *
 * API
 *   new TokenBucket(eventsPerSecond, burstEvents = eventsPerSecond)
 *   admit(events, nowMs): boolean   true: take the events (the balance may go negative, so a
 *                                   batch larger than the burst still passes once the balance is
 *                                   positive and is paid back before the next); false: the
 *                                   bucket is empty and the caller drops and counts the batch
 *
 * Whole batches are admitted or refused: a partly kept batch would look complete to the
 * correlator while missing packets, whereas a refused batch is counted as a unit of loss.
 */
export class TokenBucket {
  private tokens: number;
  private lastMs: number | undefined;

  constructor(
    readonly eventsPerSecond: number,
    readonly burstEvents: number = eventsPerSecond,
  ) {
    if (!(eventsPerSecond > 0)) throw new RangeError(`eventsPerSecond must be > 0, got ${eventsPerSecond}`);
    if (!(burstEvents > 0)) throw new RangeError(`burstEvents must be > 0, got ${burstEvents}`);
    this.tokens = burstEvents;
  }

  admit(events: number, nowMs: number): boolean {
    if (this.lastMs !== undefined && nowMs > this.lastMs) {
      this.tokens = Math.min(this.burstEvents, this.tokens + ((nowMs - this.lastMs) * this.eventsPerSecond) / 1000);
    }
    this.lastMs = nowMs;
    if (this.tokens <= 0) return false;
    this.tokens -= events;
    return true;
  }
}
