import { describe, expect, it } from 'vitest';
import { fnv1a64Hex, fnvBegin, fnvHex, fnvNumber, fnvString } from '../../collector/correlate/hash.js';
import { hashIdentity, identityKey } from '../../collector/correlate/packet-keys.js';
import { packet } from '../../fixtures/walks.js';

function streamed(feed: () => void): string {
  fnvBegin();
  feed();
  return fnvHex();
}

describe('FNV-1a fed piece by piece equals the hash of the whole string', () => {
  it('strings and numbers, including what String() writes for odd numbers', () => {
    for (const n of [0, 7, 10, 255, 65535, 2 ** 31 - 1, 2 ** 31, 3_000_000_009, 4294967295, 4294967296, 10_000_000_000, 2 ** 53 - 1, -1, 1.5, NaN, 1e21, Number.MAX_VALUE]) {
      expect(streamed(() => (fnvString('a|'), fnvNumber(n), fnvString('|z')))).toBe(fnv1a64Hex(`a|${n}|z`));
    }
    expect(streamed(() => fnvString(''))).toBe('cbf29ce484222325');
  });

  it('random text, any UTF-16 units (the streamed state is two 32-bit halves, the reference four limbs)', () => {
    let seed = 12345;
    const rnd = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    for (let k = 0; k < 300; k++) {
      let text = '';
      for (let i = rnd(40); i > 0; i--) text += String.fromCharCode(rnd(4) === 0 ? rnd(0x10000) : 32 + rnd(95));
      expect(streamed(() => fnvString(text))).toBe(fnv1a64Hex(text));
    }
  });

  it('packet identities of TCP, ICMP and UDP', () => {
    const tcp = packet({ src: '10.0.1.51', sport: 40000, dst: '10.0.2.127', dport: 80, ipId: 4660, tcpSeq: 4000000000, tcpAck: 12, tcpFlags: 0x18 });
    for (const p of [tcp, { ...tcp, protocol: 1, icmpType: 8, icmpSeq: 3 }, { ...tcp, protocol: 17 }]) {
      expect(streamed(() => hashIdentity(p))).toBe(fnv1a64Hex(identityKey(p)));
    }
  });
});
