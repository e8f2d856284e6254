/**
 * Maps bpftrace's `nsecs` (CLOCK_MONOTONIC, the same clock as process.hrtime.bigint() on
 * Linux) to wall-clock Unix nanoseconds. The offset is measured at a millisecond edge of the
 * wall clock and refreshed periodically because the wall clock may be stepped or slewed (NTP)
 * while the monotonic clock is not.
 */
export const CLOCK_REFRESH_MS = 30_000;

/**
 * wall − monotonic, in ns. Date.now() is the real wall clock (it follows NTP steps, unlike
 * performance.timeOrigin + performance.now(), which is monotonic time plus a wall reading
 * taken once at process start) but has only millisecond resolution: the moment it ticks over
 * lies between two monotonic readings, and the offset is known to within their distance. A
 * preemption between the readings (a loaded machine: measured here, hundreds of milliseconds
 * at a load average of 15) widens that distance, so of several edges the tightest one is kept,
 * never a median that a few preempted samples can still pull off by far more than the
 * correlator's windows. Spins for a few milliseconds at most.
 */
export function measureMonoToWallOffsetNs(samples = 7): bigint {
  return measureOffset(samples).offsetNs;
}

/** The offset and how uncertain it is (the distance between the readings around the edge). */
export function measureOffset(samples = 7): { offsetNs: bigint; uncertaintyNs: bigint } {
  let best: { offsetNs: bigint; uncertaintyNs: bigint } | undefined;
  for (let i = 0; i < samples; i++) {
    const s = offsetAtMillisecondEdge();
    if (!best || s.uncertaintyNs < best.uncertaintyNs) best = s;
  }
  return best!;
}

function offsetAtMillisecondEdge(): { offsetNs: bigint; uncertaintyNs: bigint } {
  const first = Date.now();
  let before = process.hrtime.bigint();
  const giveUp = before + 5_000_000n;
  for (;;) {
    const now = Date.now();
    const after = process.hrtime.bigint();
    if (now !== first || after > giveUp) {
      // The wall clock reached `now` ms somewhere between `before` and `after`: take the middle.
      return { offsetNs: BigInt(now) * 1_000_000n - (before + after) / 2n, uncertaintyNs: after - before };
    }
    before = after;
  }
}

/** A refreshed offset is taken only when known this well. */
const MAX_REFRESH_UNCERTAINTY_NS = 200_000n;

export class MonoClock {
  private offsetNs = measureMonoToWallOffsetNs();
  private measuredAt = Date.now();

  constructor(private readonly refreshMs = CLOCK_REFRESH_MS) {}

  toWallNs(monoNs: bigint): bigint {
    if (Date.now() - this.measuredAt > this.refreshMs) this.refresh();
    return monoNs + this.offsetNs;
  }

  refresh(): void {
    // A refresh that could not get a tight reading (the machine is busy) keeps the old offset:
    // a jump of the offset moves every event time and the agent's watermark with it.
    const m = measureOffset();
    if (m.uncertaintyNs <= MAX_REFRESH_UNCERTAINTY_NS) this.offsetNs = m.offsetNs;
    this.measuredAt = Date.now();
  }

  get offset(): bigint {
    return this.offsetNs;
  }
}
