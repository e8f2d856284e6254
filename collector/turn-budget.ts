/**
 * collector/turn-budget.ts — how long the collector's ingest work may hold the event loop in one
 * turn, across agents.
 *
 * Each agent's frame is cut into slices already (decode, conversion, correlation), but frames of
 * several agents, or a backlog of one agent's frames, arriving in the same poll phase would run
 * back to back, and a request (/healthz, the API) that arrived meanwhile waits for all of them.
 * All ingest work of a turn therefore shares one budget: the first piece of work in a turn starts
 * it; once it is spent, further work is deferred to a later turn (setImmediate), after the poll
 * phase has served whatever I/O is ready.
 *
 *   const budget = new TurnBudget(10)
 *   if (budget.spent()) defer(); else work until budget.deadline()
 */
export class TurnBudget {
  private start = -1;

  constructor(readonly ms: number) {}

  /** Whether this turn's budget is used up (the first call in a turn starts the budget). */
  spent(): boolean {
    return performance.now() >= this.deadline();
  }

  /** performance.now() by which this turn's work should yield (starts the budget if needed). */
  deadline(): number {
    if (this.start < 0) {
      this.start = performance.now();
      // runs in the check phase after this turn's work; work deferred with setImmediate after it gets a new budget
      setImmediate(this.reset);
    }
    return this.start + this.ms;
  }

  private readonly reset = (): void => {
    this.start = -1;
  };
}
