import { describe, expect, it } from 'vitest';
import type { Tuple } from '../../common/event.js';
import { conversationKey, conversationKeyWords, ctKey, ctKeyWords, ipv4Number } from '../../collector/correlate/flow-keys.js';
import { FlowKeyTable } from '../../collector/correlate/flow-key-table.js';
import { biKey, tupleKey } from '../../collector/correlate/packet-keys.js';

const ips = ['10.0.1.51', '10.0.1.5', '10.0.15.1', '172.20.122.189', '0.0.0.0', '255.255.255.255', '010.0.1.51', '10.0.1', '10.0.1.51.1', '256.0.0.1', 'fd00::1', '', '1..2.3'];
const ports = [0, 80, 8080, 40000, 65535, 65536, -1, 1.5];
const protocols = [6, 17, 1, 300];

function tuples(): Tuple[] {
  const out: Tuple[] = [];
  let i = 0;
  for (const src of ips) for (const dst of ips) for (const protocol of protocols) {
    // Ports vary with the pair so the set stays small but covers every value on both sides.
    out.push({ src, dst, protocol, sport: ports[i % ports.length]!, dport: ports[(i * 3 + 1) % ports.length]! });
    out.push({ src, dst, protocol, sport: 80, dport: 80 });
    i++;
  }
  return out;
}

describe('compact flow keys name exactly what the readable keys name', () => {
  it('IPv4 numbers only for canonical dotted quads', () => {
    expect(ipv4Number('10.0.1.51')).toBe(0x0a000133);
    expect(ipv4Number('255.255.255.255')).toBe(0xffffffff);
    for (const bad of ['010.0.1.51', '10.0.1', '10.0.1.51.1', '256.0.0.1', 'fd00::1', '', '1..2.3', '1.2.3.4 ']) expect(ipv4Number(bad)).toBe(-1);
  });

  it('two tuples share a compact key exactly when they share the readable key', () => {
    const ts = tuples();
    const readableCt = ts.map((t) => `ct:${tupleKey(t)}`);
    const readableBi = ts.map((t) => `bi:${biKey(t)}`);
    const compactCt = ts.map(ctKey);
    const compactBi = ts.map(conversationKey);
    for (let a = 0; a < ts.length; a += 29) {
      for (let b = 0; b < ts.length; b++) {
        expect(compactCt[a] === compactCt[b], `ct ${tupleKey(ts[a]!)} vs ${tupleKey(ts[b]!)}`).toBe(readableCt[a] === readableCt[b]);
        expect(compactBi[a] === compactBi[b], `bi ${tupleKey(ts[a]!)} vs ${tupleKey(ts[b]!)}`).toBe(readableBi[a] === readableBi[b]);
        expect(compactCt[a] === compactBi[b]).toBe(false);
      }
    }
  });

  it('the compact keys as words: present exactly when the key is compact, equal exactly when the keys are', () => {
    const ts = tuples();
    const w = new Int32Array(4);
    const asWords = (t: Tuple, ct: boolean): string | undefined => ((ct ? ctKeyWords(t, w, 0) : conversationKeyWords(t, w, 0)) ? [...w].join(',') : undefined);
    const ct = ts.map((t) => asWords(t, true));
    const bi = ts.map((t) => asWords(t, false));
    for (let a = 0; a < ts.length; a++) {
      expect(ct[a] !== undefined, tupleKey(ts[a]!)).toBe(ctKey(ts[a]!).length === 7);
      expect(bi[a] !== undefined, tupleKey(ts[a]!)).toBe(conversationKey(ts[a]!).length === 7);
    }
    for (let a = 0; a < ts.length; a += 29) {
      for (let b = 0; b < ts.length; b++) {
        if (ct[a] !== undefined && ct[b] !== undefined) expect(ct[a] === ct[b]).toBe(ctKey(ts[a]!) === ctKey(ts[b]!));
        if (bi[a] !== undefined && bi[b] !== undefined) expect(bi[a] === bi[b]).toBe(conversationKey(ts[a]!) === conversationKey(ts[b]!));
        if (ct[a] !== undefined && bi[b] !== undefined) expect(ct[a] === bi[b]).toBe(false);
      }
    }
    expect(ct.filter((x) => x !== undefined).length).toBe(144); // the canonical quads with ports and protocol in range: both kinds of key are exercised
  });

  it('both directions of a conversation, one key', () => {
    const t: Tuple = { src: '10.0.1.51', sport: 40000, dst: '172.20.122.189', dport: 80, protocol: 6 };
    expect(conversationKey({ src: t.dst, sport: t.dport, dst: t.src, dport: t.sport, protocol: 6 })).toBe(conversationKey(t));
    expect(conversationKey({ ...t, protocol: 17 })).not.toBe(conversationKey(t));
  });
});

describe('FlowKeyTable', () => {
  it('answers as a Map does through inserts, overwrites and deletes that wrap around and grow it', () => {
    const table = new FlowKeyTable<number>(16);
    const ref = new Map<string, number>();
    const k = new Int32Array(4);
    // A small key space over a small table: long probe runs, runs across the end, deletions inside them.
    let seed = 12345;
    const rnd = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const setKey = (i: number): string => {
      k[0] = 0x106;
      k[1] = 0x0a000000 + (i % 7);
      k[2] = -(i % 5);
      k[3] = (i << 16) | (i % 3);
      return [...k].join(',');
    };
    for (let step = 0; step < 20_000; step++) {
      const i = rnd(300);
      const name = setKey(i);
      const op = rnd(3);
      if (op === 0) {
        table.set(k, 0, step);
        ref.set(name, step);
      } else if (op === 1) {
        // deleteIf removes only when the key maps to that value
        const v = ref.get(name);
        const asked = v !== undefined && rnd(2) === 0 ? v : -2;
        table.deleteIf(k, 0, asked);
        if (asked === v) ref.delete(name);
      }
      expect(table.get(k, 0)).toBe(ref.get(name));
      if (step % 1000 === 0) {
        let n = 0;
        for (let j = 0; j < 300; j++) {
          const nj = setKey(j);
          expect(table.get(k, 0), nj).toBe(ref.get(nj));
          if (ref.has(nj)) n++;
        }
        expect(table.size).toBe(n);
      }
    }
    expect(ref.size).toBeGreaterThan(50);
  });
});
