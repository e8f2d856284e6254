/**
 * common/sliced-task.ts — a long computation run in slices of the event loop.
 *
 * Some work is the cluster's size (a topology rebuild, a topology version for the agents: a few
 * hundred ms at 1,000 nodes) and would hold every socket, /healthz and the traces' finishing that
 * long in one piece. Written as a generator that yields every few hundred records, it is run here
 * in slices of at most `sliceMs` (looking at the clock at each yield), each slice in its own turn
 * (setImmediate), so I/O is served between them. The caller keeps its state as it was until the
 * result is whole, then puts the result in place at once.
 *
 *   const task = new SlicedTask(steps(), 8, (value, stats) => install(value))
 *   task.start()     first slice now; true when that was all of it (onDone has run)
 *   task.finish()    the rest now, in one piece (tests, a caller about to stop)
 *   task.cancel()    dropped: onDone never runs
 */

/** What a task took of the event loop: in all, in how many slices, and the longest one (ms). */
export interface SliceStats {
  loopMs: number;
  slices: number;
  longestSliceMs: number;
}

export class SlicedTask<T> {
  private readonly stats: SliceStats = { loopMs: 0, slices: 0, longestSliceMs: 0 };
  private next: NodeJS.Immediate | undefined;
  private state: 'new' | 'running' | 'done' | 'cancelled' = 'new';

  constructor(
    private readonly steps: Generator<void, T>,
    private readonly sliceMs: number,
    private readonly onDone: (value: T, stats: SliceStats) => void,
  ) {}

  /** Whether it is still under way (started, not done, not cancelled). */
  get running(): boolean {
    return this.state === 'running';
  }

  start(): boolean {
    if (this.state !== 'new') throw new Error(`SlicedTask started twice (${this.state})`);
    this.state = 'running';
    return this.slice(this.sliceMs);
  }

  finish(): void {
    if (this.state !== 'running') return;
    if (this.next) clearImmediate(this.next);
    this.slice(Infinity);
  }

  cancel(): void {
    if (this.state !== 'running') return;
    if (this.next) clearImmediate(this.next);
    this.next = undefined;
    this.state = 'cancelled';
  }

  private slice(budgetMs: number): boolean {
    this.next = undefined;
    const t0 = performance.now();
    let r = this.steps.next();
    while (!r.done && performance.now() - t0 < budgetMs) r = this.steps.next();
    const ms = performance.now() - t0;
    this.stats.loopMs += ms;
    this.stats.slices++;
    if (ms > this.stats.longestSliceMs) this.stats.longestSliceMs = ms;
    if (!r.done) {
      this.next = setImmediate(() => this.slice(this.sliceMs));
      return false;
    }
    this.state = 'done';
    this.onDone(r.value, { ...this.stats });
    return true;
  }
}

/** A sliceable computation run to its end at once (its plain-function form). */
export function runToEnd<T>(steps: Generator<void, T>): T {
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

/** Records handled between two looks at the clock in the sliceable computations here. */
export const RECORDS_PER_YIELD = 256;

/** `items.map(f)`, yielding every RECORDS_PER_YIELD items. */
export function* mapSteps<A, B>(items: readonly A[], f: (a: A) => B): Generator<void, B[]> {
  const out: B[] = new Array<B>(items.length);
  for (let i = 0; i < items.length; i++) {
    if (i % RECORDS_PER_YIELD === RECORDS_PER_YIELD - 1) yield;
    out[i] = f(items[i]!);
  }
  return out;
}

/**
 * JSON.stringify(o) for a plain object whose long values are arrays (a topology's lists), in
 * steps: the same text, the arrays' items stringified one by one.
 */
export function* jsonSteps(o: object): Generator<void, string> {
  // the text in pieces of RECORDS_PER_YIELD items, joined once at the end: one join of a whole
  // list (30,000 pods, ~3 MB) would be a long step of its own
  const out: string[] = ['{'];
  let first = true;
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue; // as JSON.stringify leaves them out
    out.push(`${first ? '' : ','}${JSON.stringify(k)}:`);
    first = false;
    if (!Array.isArray(v)) {
      out.push(JSON.stringify(v));
      continue;
    }
    out.push('[');
    for (let i = 0; i < v.length; i += RECORDS_PER_YIELD) {
      const items = v.slice(i, i + RECORDS_PER_YIELD).map((x: unknown) => (JSON.stringify(x) as string | undefined) ?? 'null');
      out.push(i === 0 ? items.join(',') : `,${items.join(',')}`);
      yield;
    }
    out.push(']');
  }
  out.push('}');
  return out.join('');
}
