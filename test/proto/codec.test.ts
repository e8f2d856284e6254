import { describe, expect, it } from 'vitest';
import Long from 'long';
import {
  bytesToIpv6,
  CodecError,
  decimalToLong,
  decodeAgentFrame,
  decodeCollectorFrame,
  encodeAgentFrame,
  encodeCollectorFrame,
  eventFromProto,
  eventToProto,
  FrameDecodeError,
  ipv4ToU32,
  ipv6ToBytes,
  longToDecimal,
} from '../../proto/codec.js';
import { formatIpv4 } from '../../common/ipv4.js';
import { packetlife } from '../../proto/generated/packetlife.js';
import type { PacketEvent } from '../../common/event.js';
import { makeEvent } from '../../fixtures/events.js';

/** Through the real wire: encode into an EventBatch frame, decode, convert back. */
function viaWire(e: PacketEvent): PacketEvent {
  const bytes = encodeAgentFrame({ events: { seq: 1, events: [eventToProto(e)] } });
  const frame = decodeAgentFrame(bytes);
  if (frame.type !== 'events') throw new Error(`decoded a ${frame.type} frame`);
  const [only] = frame.events.events;
  if (!only) throw new Error('no event decoded');
  return eventFromProto(only);
}

describe('scalar conversions', () => {
  it('IPv4 strings ↔ fixed32 big-endian integers', () => {
    expect(ipv4ToU32('10.0.1.51')).toBe(0x0a000133);
    expect(ipv4ToU32('255.255.255.255')).toBe(0xffffffff);
    expect(ipv4ToU32('0.0.0.0')).toBe(0);
    expect(formatIpv4(0xcb007105)).toBe('203.0.113.5');
    expect(formatIpv4(0xffffffff)).toBe('255.255.255.255');
  });

  it('rejects malformed IPv4 with the field named', () => {
    for (const bad of ['10.0.1', '10.0.1.256', '10.0.1.51.7', '10..1.5', 'a.b.c.d', '', '1.2.3.4 ', '1234.1.1.1']) {
      expect(() => ipv4ToU32(bad, 'packet.src'), bad).toThrow(CodecError);
    }
    expect(() => ipv4ToU32('10.0.1.256', 'packet.src')).toThrow(/packet\.src: "10\.0\.1\.256" is not a dotted IPv4/);
  });

  it('IPv6 text ↔ 16 bytes, canonical on the way back', () => {
    expect(Buffer.from(ipv6ToBytes('2001:db8::1')).toString('hex')).toBe('20010db8000000000000000000000001');
    expect(bytesToIpv6(ipv6ToBytes('2001:DB8:0:0:0:0:0:1'))).toBe('2001:db8::1');
    expect(bytesToIpv6(ipv6ToBytes('::'))).toBe('::');
    expect(bytesToIpv6(ipv6ToBytes('fe80::1:0:0:2'))).toBe('fe80::1:0:0:2');
    expect(bytesToIpv6(ipv6ToBytes('2001:db8:0:1:1:1:1:1'))).toBe('2001:db8:0:1:1:1:1:1');
    expect(Buffer.from(ipv6ToBytes('::ffff:10.0.1.51')).toString('hex')).toBe('00000000000000000000ffff0a000133');
    expect(bytesToIpv6(ipv6ToBytes('::ffff:10.0.1.51'))).toBe('::ffff:10.0.1.51');
    expect(bytesToIpv6(ipv6ToBytes('::ffff:a00:133'))).toBe('::ffff:10.0.1.51');
    expect(() => ipv6ToBytes('2001:db8::1::2', 'packet.dst')).toThrow(/packet\.dst: .* is not an IPv6 address/);
    expect(() => bytesToIpv6(new Uint8Array(4), 'packet.dst_v6')).toThrow(/packet\.dst_v6: IPv6 address must be 16 bytes, got 4/);
  });

  it('decimal strings ↔ Long exactly, above 2^53 and at the uint64 edges', () => {
    const cases = ['0', '1', '9007199254740991', '9007199254740993', '18446616172347187456', '18446744073709551615'];
    for (const s of cases) {
      const l = decimalToLong(s);
      expect(l.toString(), s).toBe(s);
      expect(longToDecimal(l), s).toBe(s);
    }
    expect(longToDecimal(Long.fromString('18446744073709551615', true))).toBe('18446744073709551615');
    expect(() => decimalToLong('18446744073709551616', 'skb')).toThrow(/skb: .* is not an unsigned 64-bit decimal/);
    expect(() => decimalToLong('-1', 'skb')).toThrow(CodecError);
    expect(() => decimalToLong('0x10', 'skb')).toThrow(CodecError);
    expect(() => decimalToLong('', 'skb')).toThrow(CodecError);
  });
});

describe('event round trip', () => {
  it('keeps every field of a DNAT receive with conntrack, skb above 2^53', () => {
    const e = makeEvent(12345);
    const back = viaWire(e);
    expect(back).toEqual(e);
    expect(back.skb).toBe('18446616172347187456');
    expect(back.ct?.id).toBe('18446616172347190000');
    expect(back.monoNs).toBe(1_000_012_345n);
    expect(back.wallUnixNs).toBe(1_790_000_000_000_012_345n);
  });

  it('keeps a route lookup (no skb, table 2, a gateway) and a drop with its code address', () => {
    const route: PacketEvent = {
      kind: 'route',
      monoNs: (1n << 63n) + 7n,
      wallUnixNs: 1n,
      node: 'ip-10-0-0-75',
      cpu: 1,
      netns: '4026531840',
      ifindex: 0,
      ifname: '',
      skb: '0',
      mark: 0x80,
      route: {
        table: 2,
        error: 0,
        src: '10.0.1.51',
        dst: '10.0.3.193',
        gateway: '10.0.0.1',
        iif: 7,
        oif: 0,
        resultDev: 'ens6',
        protocol: 6,
        sport: 40001,
        dport: 8080,
        tos: 0,
        flowiMark: 0x80,
      },
    };
    expect(viaWire(route)).toEqual(route);
    const drop: PacketEvent = {
      ...makeEvent(1),
      kind: 'drop',
      drop: { reasonCode: 6, reason: 'NETFILTER_DROP', location: '18446744071580000000' },
    };
    delete drop.ct;
    delete drop.pod;
    expect(viaWire(drop)).toEqual(drop);
  });

  it('carries IPv6 addresses in the *_v6 fields and leaves the IPv4 fields zero', () => {
    const base = makeEvent(3);
    const e: PacketEvent = {
      ...base,
      packet: { ...base.packet!, ipVersion: 6, src: '2001:db8::10', dst: 'fd00:ec2::23' },
      ct: {
        ...base.ct!,
        original: { src: '2001:db8::10', dst: 'fd00:ec2::23', sport: 1, dport: 2, protocol: 17 },
        reply: { src: 'fd00:ec2::23', dst: '2001:db8::10', sport: 2, dport: 1, protocol: 17 },
      },
    };
    const wire = eventToProto(e);
    expect(wire.packet?.srcV4 ?? 0).toBe(0);
    expect(wire.packet?.srcV6?.length).toBe(16);
    expect(viaWire(e)).toEqual(e);
  });

  it('names the field of a bad in-process value', () => {
    expect(() => eventToProto({ ...makeEvent(1), skb: '0xffff8881' })).toThrow(/skb: "0xffff8881"/);
    expect(() => eventToProto({ ...makeEvent(1), netns: '' })).toThrow(/netns/);
    const e = makeEvent(1);
    e.packet!.dst = '172.20.122';
    expect(() => eventToProto(e)).toThrow(/packet\.dst: "172\.20\.122"/);
  });

  it('refuses an event kind it does not know (a newer agent) with a CodecError', () => {
    expect(() => eventFromProto({ kind: 99 as packetlife.v1.EventKind })).toThrow(/kind: 99 is not an event kind/);
    expect(() => eventFromProto({})).toThrow(CodecError);
  });
});

describe('frames', () => {
  it('round-trips every agent frame body and tags it with its origin', () => {
    const hello = decodeAgentFrame(
      encodeAgentFrame({ hello: { agentId: 'a1', node: 'n1', protocolVersion: 1, resumeFromSeq: 42 } }),
    );
    expect(hello.type).toBe('hello');
    if (hello.type === 'hello') {
      expect(hello.hello.agentId).toBe('a1');
      expect(longToDecimal(hello.hello.resumeFromSeq)).toBe('42');
    }
    expect(decodeAgentFrame(encodeAgentFrame({ heartbeat: { unixNs: 5, lastSeq: 4 } })).type).toBe('heartbeat');
    expect(decodeAgentFrame(encodeAgentFrame({ sessionAck: { sessionId: 's', ok: true } })).type).toBe('sessionAck');
    expect(decodeAgentFrame(encodeAgentFrame({ topology: { node: 'n1', generation: 3 } })).type).toBe('topology');
    const ack = decodeCollectorFrame(encodeCollectorFrame({ ack: { seq: 7 } }));
    expect(ack.type === 'ack' && longToDecimal(ack.ack.seq)).toBe('7');
    expect(decodeCollectorFrame(encodeCollectorFrame({ goodbye: { reason: 'bye' } })).type).toBe('goodbye');
  });

  it('refuses a frame written by the other side, although its bytes decode', () => {
    const collectorAck = encodeCollectorFrame({ ack: { seq: 7 } });
    // Without the origin tag this would read as an EventBatch with seq 7 and no events.
    expect(packetlife.v1.AgentFrame.decode(collectorAck).body).toBe('events');
    expect(() => decodeAgentFrame(collectorAck)).toThrow('expected an AgentFrame, got a frame written by a collector');
    expect(() => decodeCollectorFrame(encodeAgentFrame({ heartbeat: {} }))).toThrow(
      'expected a CollectorFrame, got a frame written by an agent',
    );
  });

  it('says by type, not by message, whether a frame came from the wrong side or is malformed', () => {
    const kindOf = (f: () => unknown): string | undefined => {
      try {
        f();
      } catch (err) {
        return err instanceof FrameDecodeError ? err.kind : `not a FrameDecodeError: ${String(err)}`;
      }
      return undefined;
    };
    expect(kindOf(() => decodeAgentFrame(encodeCollectorFrame({ ack: { seq: 7 } })))).toBe('wrong-origin');
    expect(kindOf(() => decodeCollectorFrame(encodeAgentFrame({ heartbeat: {} })))).toBe('wrong-origin');
    expect(kindOf(() => decodeAgentFrame(Buffer.from('not protobuf \xff\xff')))).toBe('malformed');
    expect(kindOf(() => decodeAgentFrame(new Uint8Array(0)))).toBe('malformed');
    expect(kindOf(() => decodeAgentFrame(packetlife.v1.AgentFrame.encode({ origin: 1 }).finish()))).toBe('malformed');
  });

  it('refuses garbage and empty frames with FrameDecodeError', () => {
    const garbage = Buffer.from('this is not protobuf, it is text \xff\xff\xff');
    expect(() => decodeAgentFrame(garbage)).toThrow(FrameDecodeError);
    expect(() => decodeAgentFrame(garbage)).toThrow(/^malformed AgentFrame: /);
    expect(() => decodeAgentFrame(new Uint8Array(0))).toThrow(/malformed AgentFrame: origin 0/);
    expect(() => decodeAgentFrame(packetlife.v1.AgentFrame.encode({ origin: 1 }).finish())).toThrow(
      'malformed AgentFrame: no body',
    );
    // a truncated valid frame
    const full = encodeAgentFrame({ events: { seq: 1, events: [eventToProto(makeEvent(1))] } });
    expect(() => decodeAgentFrame(full.subarray(0, full.length - 9))).toThrow(/malformed AgentFrame: index out of range/);
  });
});

describe('hostile bytes', () => {
  it('mutated and random frames either decode or fail with FrameDecodeError / CodecError, nothing else', () => {
    // deterministic PRNG (mulberry32) so that a failure is reproducible
    let state = 0x5eed;
    const rand = (): number => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const valid = encodeAgentFrame({ events: { seq: 3, events: [1, 2, 3].map((i) => eventToProto(makeEvent(i))), loss: {} } });
    let decoded = 0;
    let refused = 0;
    const unexpected: string[] = [];
    for (let round = 0; round < 3000; round++) {
      let bytes: Uint8Array;
      if (round % 5 === 0) {
        bytes = new Uint8Array(Math.floor(rand() * 300)).map(() => Math.floor(rand() * 256));
      } else {
        bytes = Uint8Array.from(valid);
        for (let k = 0; k < 1 + Math.floor(rand() * 4); k++) bytes[Math.floor(rand() * bytes.length)] = Math.floor(rand() * 256);
      }
      try {
        const f = decodeAgentFrame(bytes);
        if (f.type === 'events') {
          for (const e of f.events.events) {
            try {
              eventFromProto(e);
            } catch (err) {
              if (!(err instanceof CodecError)) unexpected.push(`round ${round}: ${String(err)}`);
            }
          }
        }
        decoded++;
      } catch (err) {
        if (!(err instanceof FrameDecodeError)) unexpected.push(`round ${round}: ${String(err)}`);
        refused++;
      }
    }
    expect(unexpected).toEqual([]);
    // both paths were exercised
    expect(decoded).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(100);
  });
});
