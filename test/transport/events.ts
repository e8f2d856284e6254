/**
 * Realistic PacketEvents for transport tests and bench/transport-throughput.ts: a DNAT'd TCP
 * receive with conntrack, as the agent emits for a curl to a ClusterIP. `i` makes each event
 * distinguishable (ipId, tcpSeq, monoNs) so a test can tell which arrived and how often.
 */
import type { PacketEvent } from '../../common/event.js';

export function makeEvent(i: number, node = 'ip-10-0-0-75'): PacketEvent {
  return {
    kind: 'receive',
    monoNs: 1_000_000_000n + BigInt(i),
    wallUnixNs: 1_790_000_000_000_000_000n + BigInt(i),
    node,
    cpu: i % 2,
    netns: '4026532481',
    ifindex: 7,
    ifname: 'eni3a1b2c3d4e5',
    skb: '18446616172347187456', // 0xffff8881_04a3_e800: above 2^53, as kernel addresses are
    packet: {
      ipVersion: 4,
      src: '10.0.1.51',
      dst: '172.20.122.189',
      protocol: 6,
      sport: 40000 + (i % 20000),
      dport: 80,
      ipId: i & 0xffff,
      ttl: 64,
      length: 60,
      tcpFlags: 0x02,
      tcpSeq: i >>> 0,
      tcpAck: 0,
      icmpType: 0,
      icmpCode: 0,
      icmpId: 0,
      icmpSeq: 0,
    },
    mark: 0,
    ct: {
      status: 0x1a8,
      ctinfo: 2,
      original: { src: '10.0.1.51', dst: '172.20.122.189', sport: 40000 + (i % 20000), dport: 80, protocol: 6 },
      reply: { src: '10.0.3.193', dst: '10.0.1.51', sport: 8080, dport: 40000 + (i % 20000), protocol: 6 },
      mark: 0,
      id: '18446616172347190000',
    },
    pod: 'packetlab/toolbox-a',
  };
}

/** The sequence index encoded in an event made by makeEvent (monoNs - 1e9). */
export function eventIndex(e: PacketEvent): number {
  return Number(e.monoNs - 1_000_000_000n);
}
