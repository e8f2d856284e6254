// Text forms of trace parts, the same words the terminal diagram (collector/render.ts) uses so
// that the page and `packetlife traces show` read alike.

// Protocol names, tuples, NAT rewrites and routes come from the collector's own modules, served
// under /viewer/common/ (collector/viewer/serve.ts): the very files collector/render.ts uses.
import { natRewriteText } from './common/trace-text.js';

export { protocolName } from './common/ip-protocol.js';
export { endpoint, formatTuple, natRewriteText, routeText } from './common/trace-text.js';

/** Nanosecond decimal strings are exact; only the difference is made a number. */
export function micros(fromNs, toNs) {
  const d = Number(BigInt(toNs) - BigInt(fromNs)) / 1000;
  return `${d < 0 ? '−' : '+'}${Math.abs(d).toFixed(1)}µs`;
}

export function durationText(fromNs, toNs) {
  const us = Number(BigInt(toNs) - BigInt(fromNs)) / 1000;
  return us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(1)} µs`;
}

export function isoTime(ns) {
  return new Date(Number(BigInt(ns) / 1_000_000n)).toISOString();
}

/** "16:00:05.004" (UTC), for list rows. */
export function clockTime(ns) {
  return isoTime(ns).slice(11, 23);
}

/** Short NAT summary for a list row: "DNAT 172.20.122.189:80 → 10.0.3.193:8080". */
export function natSummary(t) {
  if (!Array.isArray(t.nats) || t.nats.length === 0) return '—';
  return t.nats.map((n) => `${natRewriteText(n)}${n.inferred ? ' (inferred)' : ''}`).join('; ');
}

/** "table 255 (local) miss -11, main hit": every table the kernel asked, for a tooltip. */
export function consultedText(r) {
  if (!Array.isArray(r.consulted) || r.consulted.length === 0) return '';
  return `tables consulted: ${r.consulted.map((c) => `${c.tableName}${c.error === 0 ? '' : ` (miss ${c.error})`}`).join(', ')}`;
}

export function fromTo(t) {
  return `${t.from ?? t.first.src} → ${t.to ?? t.first.dst}`;
}

/** "3 s ago", "2 min ago" from epoch milliseconds. */
export function ago(ms, nowMs = Date.now()) {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms <= 0) return 'never';
  const s = Math.max(0, Math.round((nowMs - ms) / 1000));
  if (s < 60) return `${s} s ago`;
  if (s < 3600) return `${Math.round(s / 60)} min ago`;
  return `${Math.round(s / 3600)} h ago`;
}
