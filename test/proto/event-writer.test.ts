import { describe, expect, it } from 'vitest';
import { EventWriter, eventBytesViaProtobufjs } from '../../proto/event-writer.js';
import { CodecError, eventFromProto } from '../../proto/codec.js';
import { packetlife } from '../../proto/generated/packetlife.js';
import { parseLine } from '../../agent/parse.js';
import { makeEvent } from '../../fixtures/events.js';
import { nodeWalkEvents } from '../../fixtures/walks.js';
import type { PacketEvent } from '../../common/event.js';

const pb = packetlife.v1;

/** The events of an EventBatch made only of `events` fields, decoded by the generated decoder. */
function decodeBatch(bytes: Uint8Array): PacketEvent[] {
  return pb.EventBatch.decode(bytes).events.map((e) => eventFromProto(e));
}

function viaWriter(events: PacketEvent[]): Uint8Array {
  const w = new EventWriter(16); // tiny: every growth path runs
  for (const e of events) w.event(2, e);
  return w.bytes().slice();
}

function viaProtobufjs(events: PacketEvent[]): PacketEvent[] {
  return events.map((e) => eventFromProto(pb.Event.decode(eventBytesViaProtobufjs(e))));
}

const LINES = [
  'T 1002798885344 1 4026532177 2 18446612686541307104 0 1006633029 4204745 3411805760 16802570 33579786 2418008262 3054157668 0 4042916512 18446612686461779970 424 0 16802570 1677746954 57542 20480 33579786 16802570 36895 57542 6 va',
  'R 1002798901589 1 4026532246 2 18446612686541307104 0 1006633029 4204745 3411805760 16802570 33579786 2418008262 3054157668 0 4042916512 0 0 0 0 0 0 0 0 0 0 0 0 vb',
  'F 1002798537836 1 4026532177 254 0 1 0 6 0 0 1677746954 0 0 80 0 va',
  'F 5 0 4026531840 2 -11 7 0 0 0 16802570 33579786 0 0 0 1 -',
  'D 77 0 4026532177 0 123456 5 1409286213 0 16191 16802570 33579786 8 117453330 0 0 12 18446744071580000000 ',
];

describe('EventWriter (the agent\'s event encoder)', () => {
  it('decodes to exactly what the generated encoder gives, for every kind of event', () => {
    const parsed = LINES.map((l) => {
      const r = parseLine(l);
      if (r.type !== 'event') throw new Error(`fixture line did not parse: ${l}`);
      return { ...r.event, node: 'ip-10-0-0-75', wallUnixNs: 1_790_000_000_000_000_000n + r.event.monoNs };
    });
    const walks = nodeWalkEvents('ip-10-0-0-75', 200, 0);
    const events: PacketEvent[] = [
      ...parsed,
      ...Array.from({ length: 50 }, (_, i) => makeEvent(i * 7919)),
      ...walks,
      { ...makeEvent(1), pod: 'ns/pöd-ünïcode', ifindex: -1, cpu: 0xffffffff, monoNs: 0n, wallUnixNs: (1n << 64n) - 1n, netns: '0' },
      { ...makeEvent(2), skb: '0', ct: { ...makeEvent(2).ct!, id: '0' } },
      // decimal 64-bit values at every length around the 15-digit split, up to the largest
      ...['18446744073709551615', '18446744073709551608', '9007199254740993', '4294967296', '999999999999999', '1000000000000000', '12345678901234567'].map(
        (v, i) => ({ ...makeEvent(10 + i), skb: v, netns: v, ct: { ...makeEvent(10 + i).ct!, id: v } }),
      ),
      // IPv6 goes through the generated encoder
      { ...makeEvent(3), packet: { ...makeEvent(3).packet!, ipVersion: 6, src: '2001:db8::1', dst: 'fd00::2' }, ct: undefined },
    ];
    expect(walks.length).toBeGreaterThan(50);
    const decoded = decodeBatch(viaWriter(events));
    expect(decoded).toEqual(viaProtobufjs(events));
    expect(decoded[0]!.ct!.id).toBe('18446612686461779968');
    expect(decoded[3]!.route!.error).toBe(-11);
  });

  it('moves a nested message whose length needs two bytes', () => {
    const long = { ...makeEvent(5), pod: 'p'.repeat(300), ifname: 'x'.repeat(200) };
    expect(decodeBatch(viaWriter([long, makeEvent(6)]))).toEqual(viaProtobufjs([long, makeEvent(6)]));
  });

  it('refuses an unencodable event with the codec\'s error and keeps what was written before', () => {
    const w = new EventWriter();
    w.event(2, makeEvent(1));
    const before = w.bytes().slice();
    expect(() => w.event(2, { ...makeEvent(2), skb: '99999999999999999999999' })).toThrow(CodecError);
    expect(() => w.event(2, { ...makeEvent(2), netns: '18446744073709551616' })).toThrow(/netns/);
    expect(() => w.event(2, { ...makeEvent(2), packet: { ...makeEvent(2).packet!, src: '10.0.0' } })).toThrow(/packet\.src/);
    expect(w.bytes()).toEqual(before);
    w.event(2, makeEvent(3));
    expect(decodeBatch(w.bytes()).map((e) => e.monoNs)).toEqual([1_000_000_001n, 1_000_000_003n]);
  });
});
