/**
 * The verified table as people read it: claim, experiment, verdict, evidence (wrapped under its
 * column), then a tally line.
 */
import type { Check, ClaimResult } from './result.js';

const MARK = { pass: 'PASS', fail: 'FAIL', inconclusive: 'INCONCLUSIVE' } as const;

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = '';
    }
    // A single word longer than the column is cut, not left to break the layout.
    let w = word;
    while (w.length > width) {
      if (line !== '') lines.push(line);
      lines.push(w.slice(0, width));
      w = w.slice(width);
      line = '';
    }
    line = line === '' ? w : `${line} ${w}`;
  }
  if (line !== '') lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/**
 * The checks that decided a verdict, one per line: the failures of a failed claim, the undecided
 * ones of an inconclusive claim, every passed one (and what was not checked) of a passed claim.
 */
export function evidenceLines(r: ClaimResult): string[] {
  if (r.checks.length === 0) return [r.evidence];
  const show = (c: Check): string => `${c.expectation}: ${c.evidence}`;
  const of = (v: Check['verdict']): Check[] => r.checks.filter((c) => c.verdict === v);
  if (r.verdict === 'fail') return of('fail').map(show);
  if (r.verdict === 'inconclusive') {
    const unsure = of('inconclusive');
    return unsure.length > 0 ? unsure.map(show) : [r.evidence];
  }
  const skipped = of('skipped').map((c) => c.expectation);
  return [...of('pass').map(show), ...(skipped.length > 0 ? [`not checked: ${skipped.join(', ')}`] : [])];
}

export function renderClaimTable(
  results: ClaimResult[],
  opts: { width?: number; statements?: boolean; maxEvidenceLines?: number } = {},
): string {
  const width = Math.max(opts.width ?? 120, 80);
  const first = opts.statements === false ? results.map((r) => r.id) : results.map((r) => r.statement);
  const claimW = Math.min(Math.max(5, ...first.map((s) => s.length)), 40);
  const expW = 3;
  const verdictW = 12;
  const evidenceW = width - claimW - expW - verdictW - 6;
  const row = (a: string, b: string, c: string, d: string): string =>
    `${a.padEnd(claimW)}  ${b.padStart(expW)}  ${c.padEnd(verdictW)}  ${d}`.trimEnd();
  const out = [row('CLAIM', 'EXP', 'VERDICT', 'EVIDENCE'), row('-'.repeat(claimW), '---', '-'.repeat(verdictW), '-'.repeat(Math.min(evidenceW, 40)))];
  results.forEach((r, i) => {
    const claimLines = wrap(first[i]!, claimW);
    let evidence = evidenceLines(r).flatMap((e) => wrap(e, evidenceW));
    const max = opts.maxEvidenceLines;
    if (max !== undefined && evidence.length > max) evidence = [...evidence.slice(0, max - 1), `… (${evidence.length - max + 1} more lines; --json has all)`];
    const n = Math.max(claimLines.length, evidence.length);
    for (let j = 0; j < n; j++) {
      out.push(row(claimLines[j] ?? '', j === 0 ? String(r.experiment) : '', j === 0 ? MARK[r.verdict] : '', evidence[j] ?? ''));
    }
  });
  const count = (v: ClaimResult['verdict']): number => results.filter((r) => r.verdict === v).length;
  out.push('', `${results.length} claims: ${count('pass')} passed, ${count('fail')} failed, ${count('inconclusive')} inconclusive`);
  return `${out.join('\n')}\n`;
}
