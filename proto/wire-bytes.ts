/**
 * proto/wire-bytes.ts — the protobuf wire encodings at the byte level, written in place into a
 * Uint8Array at a position, returning the position after: what the agent's two hand-made writers
 * (event-writer.ts, segment-columns-write.ts) share. The caller makes room first (at most 5
 * bytes for a varint, 10 for a 64-bit one, 4 for a fixed32).
 */

/** An unsigned 32-bit varint. */
export function putVarint(b: Uint8Array, p: number, v: number): number {
  while (v > 127) {
    b[p++] = (v & 127) | 128;
    v >>>= 7;
  }
  b[p++] = v;
  return p;
}

/** An unsigned 64-bit varint from its 32-bit halves (both given as non-negative numbers). */
export function putVarint64(b: Uint8Array, p: number, lo: number, hi: number): number {
  lo >>>= 0;
  hi >>>= 0;
  while (hi > 0 || lo > 127) {
    b[p++] = (lo & 127) | 128;
    lo = ((lo >>> 7) | (hi << 25)) >>> 0;
    hi >>>= 7;
  }
  b[p++] = lo;
  return p;
}

/** Four little-endian bytes (fixed32). */
export function putU32le(b: Uint8Array, p: number, v: number): number {
  b[p] = v & 255;
  b[p + 1] = (v >>> 8) & 255;
  b[p + 2] = (v >>> 16) & 255;
  b[p + 3] = v >>> 24;
  return p + 4;
}
