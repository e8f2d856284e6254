/**
 * collector/ingest-auth.ts — bearer-token check for the agents' WebSocket upgrade.
 *
 * API
 *   bearerChecker(tokens: readonly string[]): (authorization: string | undefined) => boolean
 *       An empty list accepts everyone (auth disabled). Tokens are compared as SHA-256 digests
 *       with timingSafeEqual, so neither length nor content leaks through timing.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

export function bearerChecker(tokens: readonly string[]): (authorization: string | undefined) => boolean {
  const allowed = tokens.map((t) => {
    if (t.trim() === '') throw new RangeError('an empty bearer token would accept any agent');
    return digest(t);
  });
  if (allowed.length === 0) return () => true;
  return (authorization) => {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!m?.[1]) return false;
    const presented = digest(m[1]);
    let ok = false;
    for (const a of allowed) ok = timingSafeEqual(a, presented) || ok; // no early exit
    return ok;
  };
}
