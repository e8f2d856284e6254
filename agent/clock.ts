/**
 * Maps bpftrace's `nsecs` (CLOCK_MONOTONIC, the same clock as process.hrtime.bigint() on
 * Linux) to wall-clock Unix nanoseconds. The offset is measured as the tightest of a few
 * samples of (wall, monotonic) and refreshed periodically because the wall clock may be
 * stepped or slewed (NTP) while the monotonic clock is not.
 */
import { performance } from 'node:perf_hooks';

export const CLOCK_REFRESH_MS = 30_000;

function wallNowNs(): bigint {
  // timeOrigin + now() has microsecond resolution; Date.now() only milliseconds.
  return BigInt(Math.round((performance.timeOrigin + performance.now()) * 1e3)) * 1000n;
}

export function measureMonoToWallOffsetNs(samples = 5): bigint {
  let best: { offset: bigint; spread: bigint } | undefined;
  for (let i = 0; i < samples; i++) {
    const m0 = process.hrtime.bigint();
    const wall = wallNowNs();
    const m1 = process.hrtime.bigint();
    const spread = m1 - m0;
    const offset = wall - (m0 + spread / 2n);
    if (!best || spread < best.spread) best = { offset, spread };
  }
  return best!.offset;
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
