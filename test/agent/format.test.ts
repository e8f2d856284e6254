import { describe, expect, it } from 'vitest';
import { formatEvent } from '../../agent/format.js';
import { parseLine } from '../../agent/parse.js';
import type { PacketEvent } from '../../common/event.js';

const TRANSMIT_SYN =
  'T 1002798885344 1 4026532177 2 18446612686541307104 0 1006633029 4204745 3411805760 16802570 33579786 2418008262 3054157668 0 4042916512 18446612686461779970 424 0 16802570 1677746954 57542 20480 33579786 16802570 36895 57542 6 va';

function event(line: string, wall: bigint): PacketEvent {
  const r = parseLine(line);
  if (r.type !== 'event') throw new Error(r.type);
  r.event.wallUnixNs = wall;
  return r.event;
}

describe('pretty event lines', () => {
  const wall = BigInt(Date.UTC(2026, 10, 26, 10, 17, 35, 191)) * 1_000_000n + 234_000n;

  it('shows a transmit with its conntrack NAT', () => {
    expect(formatEvent(event(TRANSMIT_SYN, wall))).toBe(
      '10:17:35.191234 cpu1 tx    va              10.99.0.1:50912 → 10.99.0.2:8080 tcp S id=51496 ttl=64 len=60  ct NEW DNAT 10.99.0.1:50912→10.99.0.100:80 / 10.99.0.2:8080→10.99.0.1:50912',
    );
  });

  it('shows a route lookup with its table and result, and the pod', () => {
    const raw = (ip: string): number => Buffer.from(ip.split('.').map(Number)).readUInt32LE(0);
    const e = event(`F 1 0 4026532177 2 0 5 0 0 0 ${raw('10.0.1.51')} ${raw('10.0.2.127')} ${raw('10.0.0.1')} 0 0 1 ens6`, wall);
    expect(formatEvent(e)).toBe('10:17:35.191234 cpu0 route table 2      10.0.1.51 → 10.0.2.127 via 10.0.0.1 dev ens6');
    e.route!.table = 255;
    e.route!.error = -11;
    e.pod = 'packetlab/toolbox-a';
    expect(formatEvent(e)).toBe('10:17:35.191234 cpu0 route table local  10.0.1.51 → 10.0.2.127 error -11  (packetlab/toolbox-a)');
  });
});
