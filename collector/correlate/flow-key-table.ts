/**
 * A hash table from compact flow keys (four 32-bit words, flow-keys.ts) to values: open
 * addressing with linear probing over one Int32Array of keys, the values beside it. Each trace
 * looks up a handful of keys among the tens of thousands its live flows hold; a Map of
 * 7-character strings cost a new string and a string hash per key and a chain of entries per
 * lookup — here a key is compared word by word in the slot it hashes to (most lookups touch one).
 */
export class FlowKeyTable<V> {
  private keys: Int32Array;
  private vals: (V | undefined)[];
  private mask: number;
  size = 0;

  constructor(capacity = 1024) {
    let cap = 16;
    while (cap < capacity) cap *= 2;
    this.keys = new Int32Array(cap * 4);
    this.vals = new Array<V | undefined>(cap).fill(undefined);
    this.mask = cap - 1;
  }

  /** The value under the key at k[at..at+3], if any. */
  get(k: Int32Array, at: number): V | undefined {
    const keys = this.keys;
    const w0 = k[at]!;
    const w1 = k[at + 1]!;
    const w2 = k[at + 2]!;
    const w3 = k[at + 3]!;
    for (let i = hash(w0, w1, w2, w3) & this.mask; ; i = (i + 1) & this.mask) {
      const v = this.vals[i];
      if (v === undefined) return undefined;
      const j = i * 4;
      if (keys[j] === w0 && keys[j + 1] === w1 && keys[j + 2] === w2 && keys[j + 3] === w3) return v;
    }
  }

  /** Map the key at k[at..at+3] to `v` (a value, never undefined). */
  set(k: Int32Array, at: number, v: V): void {
    const keys = this.keys;
    const w0 = k[at]!;
    const w1 = k[at + 1]!;
    const w2 = k[at + 2]!;
    const w3 = k[at + 3]!;
    for (let i = hash(w0, w1, w2, w3) & this.mask; ; i = (i + 1) & this.mask) {
      const j = i * 4;
      if (this.vals[i] === undefined) {
        keys[j] = w0;
        keys[j + 1] = w1;
        keys[j + 2] = w2;
        keys[j + 3] = w3;
        this.vals[i] = v;
        if (++this.size * 2 > this.vals.length) this.grow();
        return;
      }
      if (keys[j] === w0 && keys[j + 1] === w1 && keys[j + 2] === w2 && keys[j + 3] === w3) {
        this.vals[i] = v;
        return;
      }
    }
  }

  /** Remove the key at k[at..at+3] if it maps to `v`. */
  deleteIf(k: Int32Array | readonly number[], at: number, v: V): void {
    const keys = this.keys;
    const w0 = k[at]!;
    const w1 = k[at + 1]!;
    const w2 = k[at + 2]!;
    const w3 = k[at + 3]!;
    const mask = this.mask;
    let i = hash(w0, w1, w2, w3) & mask;
    for (; ; i = (i + 1) & mask) {
      const x = this.vals[i];
      if (x === undefined) return;
      const j = i * 4;
      if (keys[j] === w0 && keys[j + 1] === w1 && keys[j + 2] === w2 && keys[j + 3] === w3) {
        if (x !== v) return;
        break;
      }
    }
    // Backward-shift deletion: later entries of the probe run move into the hole when their
    // home slot does not lie (cyclically) after it, so no lookup ever stops short of its key.
    this.size--;
    let hole = i;
    for (let n = (i + 1) & mask; this.vals[n] !== undefined; n = (n + 1) & mask) {
      const j = n * 4;
      const home = hash(keys[j]!, keys[j + 1]!, keys[j + 2]!, keys[j + 3]!) & mask;
      const stays = hole <= n ? hole < home && home <= n : hole < home || home <= n;
      if (stays) continue;
      const h = hole * 4;
      keys[h] = keys[j]!;
      keys[h + 1] = keys[j + 1]!;
      keys[h + 2] = keys[j + 2]!;
      keys[h + 3] = keys[j + 3]!;
      this.vals[hole] = this.vals[n];
      hole = n;
    }
    this.vals[hole] = undefined;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldVals = this.vals;
    const cap = oldVals.length * 2;
    this.keys = new Int32Array(cap * 4);
    this.vals = new Array<V | undefined>(cap).fill(undefined);
    this.mask = cap - 1;
    this.size = 0;
    for (let i = 0; i < oldVals.length; i++) {
      const v = oldVals[i];
      if (v !== undefined) this.set(oldKeys, i * 4, v);
    }
  }
}

function hash(w0: number, w1: number, w2: number, w3: number): number {
  let h = Math.imul(w0 ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ w1, 0xc2b2ae35);
  h = Math.imul(h ^ w2, 0x27d4eb2f);
  h = Math.imul(h ^ w3, 0x165667b1);
  return h ^ (h >>> 15);
}
