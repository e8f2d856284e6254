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
 * One hash at a time (module state): begin, feed, then hex. The state is two 32-bit halves
 * here (fewer steps than four limbs: this runs over every trace's and flow's id text).
 */
// The state between calls: in a typed array, not two module variables (halves above 2^30 would be
// a heap number each, allocated on every step); each call works on locals.
const state = new Uint32Array(2);
const digits = new Uint8Array(24);

export function fnvBegin(): void {
  state[0] = 0x84222325;
  state[1] = 0xcbf29ce4;
}

/*
 * One step, h = (h ^ code) * 0x100000001b3 (mod 2^64) = x * 0x1b3 + (x << 40) with x = h ^ code,
 * as its two halves: the low half's product is exact in a double (< 2^41), its upper bits carry.
 */
const lowAfter = (lo: number, code: number): number => (((lo ^ code) >>> 0) * 0x1b3) >>> 0;

function highAfter(lo: number, hi: number, code: number): number {
  const x = (lo ^ code) >>> 0;
  return (Math.imul(hi, 0x1b3) + Math.floor((x * 0x1b3) / 4294967296) + (x << 8)) >>> 0;
}

export function fnvString(s: string): void {
  let lo = state[0]!;
  let hi = state[1]!;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    hi = highAfter(lo, hi, c);
    lo = lowAfter(lo, c);
  }
  state[0] = lo;
  state[1] = hi;
}

/** Feeds `${n}`: digits straight from the number for whole numbers, String(n) otherwise. */
export function fnvNumber(n: number): void {
  if (!(Number.isSafeInteger(n) && n >= 0)) {
    fnvString(String(n));
    return;
  }
  let i = 0;
  if (n <= 0xffffffff) {
    // Up to 32 bits (ports, IP ids, TCP sequence numbers: every number of a trace id): in uint32
    // arithmetic. The general loop's `%` on a number above 2^31 is a floating-point remainder, a
    // call per digit; once a TCP sequence number had passed through, V8 compiled every call so
    // (measured: 160-220 ns a number against 26-32).
    let u = n >>> 0;
    do {
      const q = (u / 10) >>> 0;
      digits[i++] = 48 + (u - q * 10);
      u = q;
    } while (u > 0);
  } else {
    do {
      const r = n % 10;
      digits[i++] = 48 + r;
      n = (n - r) / 10; // exact: a multiple of ten below 2^53
    } while (n > 0);
  }
  let lo = state[0]!;
  let hi = state[1]!;
  while (i > 0) {
    const c = digits[--i]!;
    hi = highAfter(lo, hi, c);
    lo = lowAfter(lo, c);
  }
  state[0] = lo;
  state[1] = hi;
}

const HEX = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102]; // 0-9a-f

/** The 64-bit state as 16 hex digits, in one string (toString(16) of a half above 2^31 takes the slow path for doubles). */
export function fnvHex(): string {
  const hi = state[1]!;
  const lo = state[0]!;
  return String.fromCharCode(
    HEX[hi >>> 28]!, HEX[(hi >>> 24) & 15]!, HEX[(hi >>> 20) & 15]!, HEX[(hi >>> 16) & 15]!, HEX[(hi >>> 12) & 15]!, HEX[(hi >>> 8) & 15]!, HEX[(hi >>> 4) & 15]!, HEX[hi & 15]!,
    HEX[lo >>> 28]!, HEX[(lo >>> 24) & 15]!, HEX[(lo >>> 20) & 15]!, HEX[(lo >>> 16) & 15]!, HEX[(lo >>> 12) & 15]!, HEX[(lo >>> 8) & 15]!, HEX[(lo >>> 4) & 15]!, HEX[lo & 15]!,
  );
}
