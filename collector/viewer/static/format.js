// Text forms of trace parts, the same words the terminal diagram (collector/render.ts) uses so
// that the page and `packetlife traces show` read alike.

export function protocolName(n) {
  return n === 6 ? 'tcp' : n === 17 ? 'udp' : n === 1 ? 'icmp' : n === 132 ? 'sctp' : `proto ${n}`;
}

/** "10.0.1.51:40020" for port protocols, the bare address otherwise (ICMP). */
export function endpoint(ip, port, protocol) {
  return protocol === 6 || protocol === 17 || protocol === 132 ? `${ip}:${port}` : String(ip);
}

export function formatTuple(t) {
  return `${endpoint(t.src, t.sport, t.protocol)} → ${endpoint(t.dst, t.dport, t.protocol)}`;
}

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

/**
 * The rewrite as "DNAT 172.20.122.189:80 → 10.0.3.193:8080", each changed side named; on a reply
 * the reverse rewrites read un-DNAT / un-SNAT.
 */
export function natRewriteText(n) {
  const ep = (t, side) => (side === 'src' ? endpoint(t.src, t.sport, t.protocol) : endpoint(t.dst, t.dport, t.protocol));
  const parts = [];
  const dstChanged = n.before.dst !== n.after.dst || n.before.dport !== n.after.dport;
  const srcChanged = n.before.src !== n.after.src || n.before.sport !== n.after.sport;
  const dLabel = n.kind === 'UNSNAT' ? 'un-SNAT' : 'DNAT';
  const sLabel = n.kind === 'UNDNAT' ? 'un-DNAT' : 'SNAT';
  if (dstChanged) parts.push(`${dLabel} ${ep(n.before, 'dst')} → ${ep(n.after, 'dst')}`);
  if (srcChanged) parts.push(`${sLabel} ${ep(n.before, 'src')} → ${ep(n.after, 'src')}`);
  return parts.length > 0 ? parts.join(', ') : `${n.kind} (no address change)`;
}

/** Short NAT summary for a list row: "DNAT 172.20.122.189:80 → 10.0.3.193:8080". */
export function natSummary(t) {
  if (!Array.isArray(t.nats) || t.nats.length === 0) return '—';
  return t.nats.map((n) => `${natRewriteText(n)}${n.inferred ? ' (inferred)' : ''}`).join('; ');
}

export function routeText(r) {
  if (r.error !== undefined) {
    return `route: no table answered (error ${r.error}; consulted ${(r.consulted ?? []).map((c) => c.tableName).join(', ')})`;
  }
  return `route: ${r.tableName}${r.gateway ? ` via ${r.gateway}` : ''} dev ${r.dev}`;
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
