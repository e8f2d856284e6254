import { describe, expect, it } from 'vitest';
import { detach, parseLine, routeLineTied } from '../../agent/parse.js';
import { parseDropReasons, dropReasonName } from '../../agent/drop-reasons.js';

// Lines captured from the generated program on a real kernel: curl 10.99.0.1 → 10.99.0.100:80,
// DNAT'ed in OUTPUT to 10.99.0.2:8080 (the SYN leaving veth "va").
const TRANSMIT_SYN =
  'T 1002798885344 1 4026532177 2 18446612686541307104 0 1006633029 4204745 3411805760 16802570 33579786 2418008262 3054157668 0 4042916512 18446612686461779970 424 0 16802570 1677746954 57542 20480 33579786 16802570 36895 57542 6 va';
const RECEIVE_NO_CT =
  'R 1002798901589 1 4026532246 2 18446612686541307104 0 1006633029 4204745 3411805760 16802570 33579786 2418008262 3054157668 0 4042916512 0 0 0 0 0 0 0 0 0 0 0 0 vb';
const ROUTE = 'F 1002798537836 1 4026532177 254 0 1 0 6 0 0 1677746954 0 0 80 0 va';

describe('bpftrace line parser', () => {
  it('decodes a transmit with conntrack exactly', () => {
    const r = parseLine(TRANSMIT_SYN);
    expect(r.type).toBe('event');
    if (r.type !== 'event') return;
    expect(r.event).toEqual({
      kind: 'transmit',
      monoNs: 1002798885344n,
      wallUnixNs: 0n,
      node: '',
      cpu: 1,
      netns: '4026532177',
      ifindex: 2,
      ifname: 'va',
      skb: '18446612686541307104',
      mark: 0,
      packet: {
        ipVersion: 4, src: '10.99.0.1', dst: '10.99.0.2', protocol: 6, sport: 50912, dport: 8080, ipId: 0xc928, ttl: 64,
        length: 60, tcpFlags: 2, tcpSeq: 0x64bf0ab6, tcpAck: 0, icmpType: 0, icmpCode: 0, icmpId: 0, icmpSeq: 0,
      },
      ct: {
        status: 424,
        ctinfo: 2,
        mark: 0,
        original: { src: '10.99.0.1', dst: '10.99.0.100', sport: 50912, dport: 80, protocol: 6 },
        reply: { src: '10.99.0.2', dst: '10.99.0.1', sport: 8080, dport: 50912, protocol: 6 },
        id: '18446612686461779968',
      },
    });
  });

  it('splits _nfct into ctinfo and the nf_conn address exactly, without BigInt', () => {
    for (const nfct of [18446612686461779970n, 18446612686461779968n, 18446612686461780003n, 7n, 1001n, 9n]) {
      const line = TRANSMIT_SYN.replace(' 18446612686461779970 ', ` ${nfct} `);
      const r = parseLine(line);
      expect(r.type === 'event' && r.event.ct).toMatchObject({ ctinfo: Number(nfct & 7n), id: (nfct & ~7n).toString() });
    }
  });

  it('leaves ct out when the skb has none', () => {
    const r = parseLine(RECEIVE_NO_CT);
    expect(r.type === 'event' && r.event.kind).toBe('receive');
    expect(r.type === 'event' && r.event.ct).toBeUndefined();
    expect(r.type === 'event' && r.event.packet?.dst).toBe('10.99.0.2');
  });

  it('decodes a route lookup', () => {
    const r = parseLine(ROUTE);
    expect(r.type === 'event' && r.event.route).toEqual({
      table: 254, error: 0, iif: 1, oif: 0, protocol: 6, tos: 0, src: '0.0.0.0', dst: '10.99.0.100', gateway: '0.0.0.0',
      sport: 0, dport: 80, resultDev: 'va', flowiMark: 0,
    });
    expect(r.type === 'event' && r.event.skb).toBe('0');
    expect(routeLineTied(ROUTE)).toBe(false);
    expect(parseLine('F 5 0 4026531840 2 -11 7 0 0 0 16802570 33579786 0 0 0 1 -')).toMatchObject({
      type: 'event',
      event: { kind: 'route', ifindex: 7, route: { table: 2, error: -11, resultDev: '-' } },
    });
  });

  it('decodes ICMP and a drop with no device', () => {
    // ICMP echo request 10.99.0.1 → 10.99.0.2, id 0x1234 seq 7: l0 = type 8 code 0, l1 = id/seq.
    const l1 = Buffer.from([0x12, 0x34, 0x00, 0x07]).readUInt32LE(0);
    const w2 = Buffer.from([63, 1, 0, 0]).readUInt32LE(0);
    const line = `D 77 0 4026532177 0 123456 5 1409286213 0 ${w2} 16802570 33579786 8 ${l1} 0 0 12 18446744071580000000 `;
    const r = parseLine(line);
    expect(r.type).toBe('event');
    if (r.type !== 'event') return;
    expect(r.event.kind).toBe('drop');
    expect(r.event.ifname).toBe('');
    expect(r.event.mark).toBe(5);
    expect(r.event.packet).toMatchObject({ protocol: 1, ttl: 63, icmpType: 8, icmpCode: 0, icmpId: 0x1234, icmpSeq: 7, sport: 0, dport: 0 });
    expect(r.event.drop).toEqual({ reasonCode: 12, reason: '', location: '18446744071580000000' });
  });

  it('recognises bpftrace status lines of old and new versions', () => {
    expect(parseLine('Attaching 5 probes...')).toEqual({ type: 'attaching', probes: 5 });
    expect(parseLine('Attached 5 probes')).toEqual({ type: 'attaching', probes: 5 });
    expect(parseLine('Lost 12 events')).toEqual({ type: 'lost', count: 12 });
    expect(parseLine('B 123')).toEqual({ type: 'ready', monoNs: 123n });
    expect(parseLine('H 456')).toEqual({ type: 'heartbeat', monoNs: 456n });
  });

  it('turns bad lines into counted errors, never exceptions', () => {
    const bad = [
      '',
      'garbage',
      'T 1 2 3',
      TRANSMIT_SYN.replace(' 424 ', ' x ') ,
      TRANSMIT_SYN.replace(' 1002798885344 ', ' -5 '),
      TRANSMIT_SYN.replace(' 4204745 ', ' 99999999999 '),
      TRANSMIT_SYN.replace(' 18446612686541307104 ', ' 99999999999999999999999 '),
      TRANSMIT_SYN + ' extra',
      'Q 1 2',
      'B x',
      'H',
      '@cpu_ns[0]: 4026531840',
    ];
    for (const line of bad) {
      const r = parseLine(line);
      expect(r.type, line).toBe('error');
    }
  });
});

describe('drop reasons from the tracepoint format', () => {
  it('parses the __print_symbolic table', () => {
    const reasons = parseDropReasons(
      'print fmt: "skbaddr=%p reason: %s", REC->skbaddr, __print_symbolic(REC->reason, { 2, "NOT_SPECIFIED" }, { 3, "NO_SOCKET" }, { 12, "NETFILTER_DROP" })',
    );
    expect(dropReasonName(reasons, 12)).toBe('NETFILTER_DROP');
    expect(dropReasonName(reasons, 3)).toBe('NO_SOCKET');
    expect(dropReasonName(reasons, 999)).toBe('REASON_999');
  });
});

describe('detach', () => {
  it('gives the same text at every length (pieces of 12, the last one shorter)', () => {
    const line = 'R 123 0 4026531840 7 18446612690325475328 0 abcdefghijklmnopqrstuvwxyz0123456789';
    for (let start = 0; start < 10; start++) {
      for (let end = start; end <= line.length; end++) {
        const s = line.slice(start, end);
        expect(detach(s)).toBe(s);
      }
    }
    expect(detach('18446612690325475328')).toBe('18446612690325475328');
    expect(detach('')).toBe('');
  });
});
