/**
 * collector/topology/same-data.ts — whether two topology records say the same.
 *
 * For the JSON data they are (plain objects, arrays, strings, numbers, booleans): 3–4× faster
 * here than node:util's isDeepStrictEqual, which also weighs prototypes, symbols and property
 * descriptors these records never have. A property set to undefined counts as present (such a
 * record is then "changed": harmless, it is only sent or rebuilt once more).
 */
import { RECORDS_PER_YIELD } from '../../common/sliced-task.js';

export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (!sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}

/**
 * sameData for two records whose long values are lists (topology sources), in steps a SlicedTask
 * can run: the lists compared record by record, yielding every RECORDS_PER_YIELD records.
 */
export function* sameDataSteps(a: object, b: object): Generator<void, boolean> {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  let n = 0;
  for (const k of ka) {
    const va = (a as Record<string, unknown>)[k];
    const vb = (b as Record<string, unknown>)[k];
    if (!Array.isArray(va) || !Array.isArray(vb)) {
      if (!sameData(va, vb)) return false;
      continue;
    }
    if (va.length !== vb.length) return false;
    for (let i = 0; i < va.length; i++) {
      if (++n % RECORDS_PER_YIELD === 0) yield;
      if (!sameData(va[i], vb[i])) return false;
    }
  }
  return true;
}
