// Text forms of trace parts that the terminal diagram (collector/render.ts) and the web viewer
// (collector/viewer/static/) both print: written once here, in plain JavaScript with JSDoc types
// (checked by tsc), and served to the browser as this very file (collector/viewer/serve.ts).
import { hasPorts } from './ip-protocol.js';

/**
 * @typedef {{ src: string, dst: string, sport: number, dport: number, protocol: number }} TupleText
 * @typedef {{ kind: string, before: TupleText, after: TupleText }} NatText
 * @typedef {{ tableName: string, error: number }} ConsultedText
 * @typedef {{ tableName: string, gateway?: string, dev: string, error?: number, consulted?: ConsultedText[] }} RouteText
 */

/**
 * "10.0.1.51:40020" for protocols with ports, the bare address otherwise (ICMP).
 * @param {string} ip
 * @param {number} port
 * @param {number} protocol
 * @returns {string}
 */
export function endpoint(ip, port, protocol) {
  return hasPorts(protocol) ? `${ip}:${port}` : ip;
}

/**
 * "10.0.1.51:40020 → 10.0.3.193:8080".
 * @param {TupleText} t
 * @returns {string}
 */
export function formatTuple(t) {
  return `${endpoint(t.src, t.sport, t.protocol)} → ${endpoint(t.dst, t.dport, t.protocol)}`;
}

/**
 * The rewrite as "DNAT 172.20.122.189:80 → 10.0.3.193:8080", each changed side named; on a reply
 * the reverse rewrites read un-DNAT / un-SNAT. A rewrite that changed no address says so.
 * @param {NatText} n
 * @returns {string}
 */
export function natRewriteText(n) {
  /** @type {(t: TupleText, side: 'src' | 'dst') => string} */
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

/**
 * "route: table 2 via 10.0.0.1 dev ens6", or the tables consulted when none answered.
 * @param {RouteText} r
 * @returns {string}
 */
export function routeText(r) {
  if (r.error !== undefined) {
    return `route: no table answered (error ${r.error}; consulted ${(r.consulted ?? []).map((c) => c.tableName).join(', ')})`;
  }
  return `route: ${r.tableName}${r.gateway ? ` via ${r.gateway}` : ''} dev ${r.dev}`;
}
