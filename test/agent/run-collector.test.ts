import { describe, expect, it } from 'vitest';
import Long from 'long';
import { sessionFromStart } from '../../agent/run-collector.js';
import { filterToProto } from '../../filter/proto.js';
import { parseFilter } from '../../filter/parse.js';
import { packetlife } from '../../proto/generated/packetlife.js';

describe('StartSession → PacketSource session', () => {
  it('converts the typed filter, netns set and limits from the wire', () => {
    const filter = parseFilter('host 10.0.1.51 and (port 80 or port 8080) and tcp')!;
    const wire = packetlife.v1.StartSession.decode(
      packetlife.v1.StartSession.encode({
        sessionId: 's-1',
        filter: { expr: filterToProto(filter), netnsInodes: [Long.fromString('4026532177', true)] },
        maxPackets: Long.fromNumber(20, true),
        maxDurationMs: Long.fromNumber(30_000, true),
      }).finish(),
    );
    expect(sessionFromStart(wire)).toEqual({ id: 's-1', filter, netnsInodes: ['4026532177'], maxPackets: 20, maxDurationMs: 30_000 });
  });

  it('an absent filter means everything; a malformed one is refused by name', () => {
    expect(sessionFromStart({ sessionId: 'all' })).toEqual({ id: 'all', filter: undefined, netnsInodes: [], maxPackets: 0, maxDurationMs: 0 });
    expect(() => sessionFromStart({ sessionId: 'bad', filter: { expr: { port: { port: 123456 } } } })).toThrow(
      'filter: port must be an integer 0..65535, got 123456',
    );
  });
});
