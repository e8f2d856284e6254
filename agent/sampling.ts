/**
 * The agent's own sampling past its event budget (issue 11 item 4). Once a second the agent
 * counts the events its kernel program matched; a node over its budget for `overS` seconds in a
 * row doubles its sampling (1 in 2, 4, 8, …, never past MAX_AGENT_SAMPLE_ONE_IN), and one under a
 * quarter of it for `underS` seconds halves it again (a quarter: at half the sampling the rate
 * doubles, and must still leave room). The kernel decides which packets by a hash no hop changes
 * (bpf/sample-hash.ts), and powers of two nest — the packets a node samples at 1/2N are among
 * those another samples at 1/N — so a node that samples more than its neighbours still traces
 * whole packets, and the collector says "sampled 1/N" with the coarsest N in effect.
 */

/** The agent's own sampling never goes past 1 in this many. */
export const MAX_AGENT_SAMPLE_ONE_IN = 1024;

export interface BudgetWindows {
  /** Seconds in a row over the budget before the sampling doubles. */
  overS: number;
  /** Seconds in a row under a quarter of the budget before it halves. */
  underS: number;
}

export const DEFAULT_BUDGET_WINDOWS: BudgetWindows = { overS: 2, underS: 10 };

export interface BudgetState {
  oneIn: number;
  secondsOver: number;
  secondsUnder: number;
}

export function initialBudgetState(): BudgetState {
  return { oneIn: 1, secondsOver: 0, secondsUnder: 0 };
}

/**
 * The state after one more second with `events` matched events. A changed `oneIn` resets both
 * counts. `finest`: the finest rate any session is traced at now (its own or this floor) — a
 * doubling starts from there, since a floor under a session's own rate changes nothing.
 */
export function stepBudget(state: BudgetState, events: number, budgetPerS: number, windows: BudgetWindows = DEFAULT_BUDGET_WINDOWS, finest = state.oneIn): BudgetState {
  const secondsOver = events > budgetPerS ? state.secondsOver + 1 : 0;
  const secondsUnder = events < budgetPerS / 4 ? state.secondsUnder + 1 : 0;
  if (secondsOver >= windows.overS && state.oneIn < MAX_AGENT_SAMPLE_ONE_IN) {
    return { oneIn: Math.min(MAX_AGENT_SAMPLE_ONE_IN, Math.max(state.oneIn, finest) * 2), secondsOver: 0, secondsUnder: 0 };
  }
  if (secondsUnder >= windows.underS && state.oneIn > 1) return { oneIn: state.oneIn / 2, secondsOver: 0, secondsUnder: 0 };
  return { oneIn: state.oneIn, secondsOver, secondsUnder };
}
