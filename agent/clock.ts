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
  // The bracket must hold whatever happens between two reads: `before` is a monotonic reading
  // taken BEFORE a wall reading that still said `first` (the edge came after it), `after` one
  // taken AFTER the wall reading that showed the change (the edge came before it). A wall read
  // first and a monotonic read second (as this did before) let an edge fall between the two
  // reads unseen: off by as much as an interrupt there took (10.6 µs measured) while claiming 70 ns.
  let first = Date.now();
  let before: bigint | undefined;
  const start = process.hrtime.bigint();
  const giveUp = start + 5_000_000n;
  for (;;) {
    const mono = process.hrtime.bigint();
    const now = Date.now();
    if (now === first) {
      before = mono;
      if (mono <= giveUp) continue;
      // no edge in 5 ms (a wall clock stepped back?): a reading no one will take
      return { offsetNs: BigInt(now) * 1_000_000n - mono, uncertaintyNs: mono - start + 1_000_000n };
    } else if (before === undefined) {
      // an edge before any reading that brackets it: wait for the next one
      first = now;
      continue;
    }
    const after = process.hrtime.bigint();
    // The wall clock reached `now` ms somewhere between `before` and `after`: take the middle.
    return { offsetNs: BigInt(now) * 1_000_000n - (before + after) / 2n, uncertaintyNs: after - before };
  }
}

/**
 * A reading this tight is taken at once. Two agents on one kernel (the lab) then agree to well
 * under the few microseconds a packet takes between their nodes; a looser one (a preempted
 * reading on a busy machine: up to hundreds of µs) put arrivals before their sends.
 */
const TIGHT_NS = 20_000n;
/** Past its tight reading, a looser one is taken only this well known, and only when it is better than what is held or what is held is stale. */
const MAX_REFRESH_UNCERTAINTY_NS = 200_000n;
/** After a reading that was not tight, the next try comes this soon. */
const RETRY_MS = 1_000;
/** A held offset this old (ms, × the refresh period) gives way to a looser reading: the wall clock may be slewed meanwhile. */
const STALE_REFRESHES = 10;

export class MonoClock {
  private offsetNs: bigint;
  private uncertaintyNs: bigint;
  private measuredAt = Date.now();
  private nextAt: number;

  constructor(
    private readonly refreshMs = CLOCK_REFRESH_MS,
    private readonly measure: () => { offsetNs: bigint; uncertaintyNs: bigint } = measureOffset,
  ) {
    const m = measure();
    this.offsetNs = m.offsetNs;
    this.uncertaintyNs = m.uncertaintyNs;
    this.nextAt = this.measuredAt + (m.uncertaintyNs <= TIGHT_NS ? refreshMs : RETRY_MS);
  }

  toWallNs(monoNs: bigint): bigint {
    if (Date.now() >= this.nextAt) this.refresh();
    return monoNs + this.offsetNs;
  }

  /**
   * A new reading replaces the held offset when it is tight, when it is better than the held one
   * (a start on a busy machine), or when the held one is stale and the new one good enough. A
   * jump of the offset moves every event time and the agent's watermark with it: a loose
   * reading is not taken over a tight one that is still fresh; a tighter one is tried again soon.
   */
  refresh(): void {
    const m = this.measure();
    const now = Date.now();
    const stale = now - this.measuredAt > STALE_REFRESHES * this.refreshMs;
    if (m.uncertaintyNs <= TIGHT_NS || m.uncertaintyNs < this.uncertaintyNs || (stale && m.uncertaintyNs <= MAX_REFRESH_UNCERTAINTY_NS)) {
      this.offsetNs = m.offsetNs;
      this.uncertaintyNs = m.uncertaintyNs;
      this.measuredAt = now;
    }
    this.nextAt = now + (m.uncertaintyNs <= TIGHT_NS ? this.refreshMs : RETRY_MS);
  }

  get offset(): bigint {
    return this.offsetNs;
  }

  /** How well the held offset is known (ns): the distance between the readings around its edge. */
  get uncertainty(): bigint {
    return this.uncertaintyNs;
  }
}
