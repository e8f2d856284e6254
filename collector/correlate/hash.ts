/**
 * A fast non-cryptographic 64-bit FNV-1a hash as 16 hex digits, for deterministic trace and flow
 * ids (the same packet gives the same id whatever order its events came in). Ids need to be
 * stable and well spread, not secret: a crypto hash per trace cost ~10% of correlator time.
 * The 64-bit state is kept in four 16-bit limbs so every step stays in exact integer math.
 */
export function fnv1a64Hex(s: string): string {
  // Offset basis 0xcbf29ce484222325.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < s.length; i++) {
    h0 ^= s.charCodeAt(i) & 0xffff;
    // h *= 0x100000001b3 (mod 2^64): h * 0x1b3 + (h << 40); << 40 is two limbs and 8 bits.
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (t1 >>> 16) + (h0 << 8);
    const t3 = h3 * 0x1b3 + (t2 >>> 16) + (h1 << 8);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  const hex = (n: number): string => n.toString(16).padStart(4, '0');
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}

/*
 * The same hash fed piece by piece, for ids made of several fields: the result equals
 * fnv1a64Hex of the pieces' concatenation, without building that string (one per trace).
 * One hash at a time (module state): begin, feed, then hex.
 */
let s0 = 0;
let s1 = 0;
let s2 = 0;
let s3 = 0;
const digits = new Uint8Array(24);

export function fnvBegin(): void {
  s0 = 0x2325;
  s1 = 0x8422;
  s2 = 0x9ce4;
  s3 = 0xcbf2;
}

function step(code: number): void {
  s0 ^= code & 0xffff;
  const t0 = s0 * 0x1b3;
  const t1 = s1 * 0x1b3 + (t0 >>> 16);
  const t2 = s2 * 0x1b3 + (t1 >>> 16) + (s0 << 8);
  const t3 = s3 * 0x1b3 + (t2 >>> 16) + (s1 << 8);
  s0 = t0 & 0xffff;
  s1 = t1 & 0xffff;
  s2 = t2 & 0xffff;
  s3 = t3 & 0xffff;
}

export function fnvString(s: string): void {
  for (let i = 0; i < s.length; i++) step(s.charCodeAt(i));
}

/** Feeds `${n}`: digits straight from the number for whole numbers, String(n) otherwise. */
export function fnvNumber(n: number): void {
  if (!(Number.isSafeInteger(n) && n >= 0)) {
    fnvString(String(n));
    return;
  }
  let i = 0;
  do {
    const r = n % 10;
    digits[i++] = 48 + r;
    n = (n - r) / 10; // exact: a multiple of ten below 2^53
  } while (n > 0);
  while (i > 0) step(digits[--i]!);
}

export function fnvHex(): string {
  const hex = (n: number): string => n.toString(16).padStart(4, '0');
  return hex(s3) + hex(s2) + hex(s1) + hex(s0);
}
