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
 * taken once at process start) but has only millisecond resolution; sampling it until it
 * ticks over and reading the monotonic clock right at that edge gives the offset to within
 * about a microsecond. Spins for a few milliseconds at most.
 */
export function measureMonoToWallOffsetNs(samples = 5): bigint {
  // The median of a few edges: a preemption between the two clock reads (a busy VM) skews
  // one sample by up to milliseconds.
  const offsets: bigint[] = [];
  for (let i = 0; i < samples; i++) offsets.push(offsetAtMillisecondEdge());
  offsets.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return offsets[Math.floor(offsets.length / 2)]!;
}

function offsetAtMillisecondEdge(): bigint {
  const first = Date.now();
  const giveUp = process.hrtime.bigint() + 5_000_000n;
  for (;;) {
    const mono = process.hrtime.bigint();
    const now = Date.now();
    if (now !== first || mono > giveUp) return BigInt(now) * 1_000_000n - mono;
  }
}

export class MonoClock {
  private offsetNs = measureMonoToWallOffsetNs();
  private measuredAt = Date.now();

  constructor(private readonly refreshMs = CLOCK_REFRESH_MS) {}

  toWallNs(monoNs: bigint): bigint {
    if (Date.now() - this.measuredAt > this.refreshMs) this.refresh();
    return monoNs + this.offsetNs;
  }

  refresh(): void {
    this.offsetNs = measureMonoToWallOffsetNs();
    this.measuredAt = Date.now();
  }

  get offset(): bigint {
    return this.offsetNs;
  }
}
