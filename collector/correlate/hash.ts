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
