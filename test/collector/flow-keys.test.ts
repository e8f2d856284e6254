import { describe, expect, it } from 'vitest';
import type { Tuple } from '../../common/event.js';
import { conversationKey, ctKey, ipv4Number } from '../../collector/correlate/flow-keys.js';
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

  it('both directions of a conversation, one key', () => {
    const t: Tuple = { src: '10.0.1.51', sport: 40000, dst: '172.20.122.189', dport: 80, protocol: 6 };
    expect(conversationKey({ src: t.dst, sport: t.dport, dst: t.src, dport: t.sport, protocol: 6 })).toBe(conversationKey(t));
    expect(conversationKey({ ...t, protocol: 17 })).not.toBe(conversationKey(t));
  });
});
