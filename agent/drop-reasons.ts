/**
 * Drop reason codes → names, read from the kfree_skb tracepoint's own format file: the enum
 * changes between kernels, and the kernel prints its current table there
 * (`__print_symbolic(REC->reason, { 2, "NOT_SPECIFIED" }, ...)`).
 */
import { readFileSync } from 'node:fs';

export const KFREE_SKB_FORMAT = '/sys/kernel/tracing/events/skb/kfree_skb/format';

export function parseDropReasons(formatText: string): Map<number, string> {
  const reasons = new Map<number, string>();
  const at = formatText.indexOf('__print_symbolic(REC->reason');
  if (at < 0) return reasons;
  const pair = /\{\s*(\d+)\s*,\s*"([A-Z0-9_]+)"\s*\}/g;
  pair.lastIndex = at;
  for (let m = pair.exec(formatText); m; m = pair.exec(formatText)) reasons.set(Number(m[1]), m[2]!);
  return reasons;
}

export function loadDropReasons(path = KFREE_SKB_FORMAT): Map<number, string> {
  try {
    return parseDropReasons(readFileSync(path, 'utf8'));
  } catch {
    return new Map();
  }
}

export function dropReasonName(reasons: Map<number, string>, code: number): string {
  return reasons.get(code) ?? `REASON_${code}`;
}
