/**
 * What `packetlife demo` prints: the verified table (claim, experiment, verdict, evidence), then
 * the key packet walks as hop diagrams; or, with --json, one document
 * {claims, traces, walks, agents, passed, failed, inconclusive, ...}.
 */
import { renderClaimTable } from '../claims/render.js';
import { renderTrace } from '../collector/render.js';
import type { DemoReport } from './run.js';

export function renderDemoText(report: DemoReport, width: number): string {
  const out: string[] = [];
  out.push(`packetlife demo — lab "${report.lab}", ${report.agents.length} agents, collector ${report.collector}`, '');
  out.push(renderClaimTable(report.claims, { width }).trimEnd(), '');
  const byId = new Map(report.traces.map((t) => [t.id, t]));
  out.push('Key packet walks, from the traces the claims rest on', '');
  report.walks.forEach((w, i) => {
    const verdict = report.claims.find((c) => c.id === w.claim)?.verdict.toUpperCase() ?? 'NOT IN THE CLAIMS FILE';
    out.push(`${i + 1}. ${w.title}  [claim ${w.claim}: ${verdict}]`);
    if (w.note) out.push(`   (${w.note})`);
    for (const id of w.traceIds) {
      const t = byId.get(id);
      if (t) out.push('', renderTrace(t));
    }
    out.push('');
  });
  const seconds = ((report.timings.total ?? 0) / 1000).toFixed(1);
  out.push(`${report.claims.length} claims: ${report.passed} passed, ${report.failed} failed, ${report.inconclusive} inconclusive (verified in ${seconds} s)`);
  return `${out.join('\n')}\n`;
}

export function demoJson(report: DemoReport): string {
  return `${JSON.stringify(report, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), 2)}\n`;
}
