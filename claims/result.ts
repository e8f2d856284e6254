/** What evaluating a claim produces. */

export type ClaimVerdict = 'pass' | 'fail' | 'inconclusive';

/** One expectation's outcome. `skipped`: its data source was not given (no traces, not driven). */
export interface Check {
  expectation: string; // "nat", "sourceSeenByDestination", "iptables[1]", "output"
  verdict: ClaimVerdict | 'skipped';
  evidence: string;
  traceIds?: string[];
}

export interface ClaimResult {
  id: string;
  statement: string;
  experiment: number;
  verdict: ClaimVerdict;
  /** The deciding facts in one line: what failed, or what passed. */
  evidence: string;
  checks: Check[];
  /** Traces the verdict rests on. */
  traceIds: string[];
}

export const pass = (expectation: string, evidence: string, traceIds?: string[]): Check => ({ expectation, verdict: 'pass', evidence, traceIds });
export const fail = (expectation: string, evidence: string, traceIds?: string[]): Check => ({ expectation, verdict: 'fail', evidence, traceIds });
export const inconclusive = (expectation: string, evidence: string, traceIds?: string[]): Check => ({ expectation, verdict: 'inconclusive', evidence, traceIds });
export const skipped = (expectation: string, evidence: string): Check => ({ expectation, verdict: 'skipped', evidence });

/**
 * A claim fails when any expectation fails; it is inconclusive when any could not be judged, or
 * when nothing at all was judged; it passes only when every judged expectation passed.
 */
export function combine(checks: Check[]): { verdict: ClaimVerdict; evidence: string } {
  const failed = checks.filter((c) => c.verdict === 'fail');
  if (failed.length > 0) return { verdict: 'fail', evidence: failed.map(line).join('; ') };
  const unsure = checks.filter((c) => c.verdict === 'inconclusive');
  if (unsure.length > 0) return { verdict: 'inconclusive', evidence: unsure.map(line).join('; ') };
  const passed = checks.filter((c) => c.verdict === 'pass');
  if (passed.length === 0) {
    return { verdict: 'inconclusive', evidence: `nothing judged: ${checks.map(line).join('; ') || 'no expectations'}` };
  }
  const skippedNote = checks.filter((c) => c.verdict === 'skipped').map((c) => c.expectation);
  return {
    verdict: 'pass',
    evidence: passed.map(line).join('; ') + (skippedNote.length > 0 ? ` (not checked: ${skippedNote.join(', ')})` : ''),
  };
}

function line(c: Check): string {
  return `${c.expectation}: ${c.evidence}`;
}
