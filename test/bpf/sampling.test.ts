/**
 * Consistent sampling in the generated program (issue 11 item 4): the hash's JavaScript
 * reference, the rate check, and where the generator puts the predicate. That the kernel computes
 * the same hash as the reference is checked on real packets by test/e2e/sampling.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { generateProgram } from '../../bpf/program.js';
import { isSampled, sampleHash, sampleRateProblem, sampledCondition, type SampleFields } from '../../bpf/sample-hash.js';
import { parseFilter } from '../../filter/parse.js';

/** Raw little-endian header words of a packet built from wire bytes. */
function fields(ip: Buffer): SampleFields {
  const ihl = (ip[0]! & 0xf) * 4;
  const word = (at: number): number => (ip.length >= at + 4 ? ip.readUInt32LE(at) : 0);
  return { w0: ip.readUInt32LE(0), w1: ip.readUInt32LE(4), protocol: ip[9]!, l1: word(ihl + 4), l2: word(ihl + 8), l3: word(ihl + 12) };
}

function ipv4(o: { proto: number; id: number; src: number[]; dst: number[]; l4: Buffer; ttl?: number; df?: boolean }): Buffer {
  const h = Buffer.alloc(20);
  h[0] = 0x45;
  h.writeUInt16BE(20 + o.l4.length, 2);
  h.writeUInt16BE(o.id, 4);
  h.writeUInt16BE(o.df ? 0x4000 : 0, 6);
  h[8] = o.ttl ?? 64;
  h[9] = o.proto;
  Buffer.from(o.src).copy(h, 12);
  Buffer.from(o.dst).copy(h, 16);
  return Buffer.concat([h, o.l4]);
}

function tcp(sport: number, dport: number, seq: number, ack: number, payload = 0): Buffer {
  const b = Buffer.alloc(20 + payload);
  b.writeUInt16BE(sport, 0);
  b.writeUInt16BE(dport, 2);
  b.writeUInt32BE(seq, 4);
  b.writeUInt32BE(ack, 8);
  b[12] = 0x50;
  b[13] = 0x10;
  return b;
}

function udp(sport: number, dport: number, payload: Buffer, checksum = 0x1234): Buffer {
  const b = Buffer.alloc(8);
  b.writeUInt16BE(sport, 0);
  b.writeUInt16BE(dport, 2);
  b.writeUInt16BE(8 + payload.length, 4);
  b.writeUInt16BE(checksum, 6);
  return Buffer.concat([b, payload]);
}

function echo(type: number, id: number, seq: number, payload: Buffer): Buffer {
  const b = Buffer.alloc(8);
  b[0] = type;
  b.writeUInt16BE(0xbeef, 2);
  b.writeUInt16BE(id, 4);
  b.writeUInt16BE(seq, 6);
  return Buffer.concat([b, payload]);
}

describe('sampling hash', () => {
  it('is the same before and after every rewrite a hop makes (addresses, ports, TTL, checksums, the ICMP echo id)', () => {
    const client = [10, 0, 1, 51];
    const vip = [172, 20, 122, 189];
    const pod = [10, 0, 2, 127];
    const node = [10, 0, 0, 75];
    // TCP through DNAT (VIP:80 → pod:8080), TTL decremented
    const t1 = ipv4({ proto: 6, id: 4242, src: client, dst: vip, l4: tcp(40000, 80, 123456789, 987654321), df: true });
    const t2 = ipv4({ proto: 6, id: 4242, src: client, dst: pod, l4: tcp(40000, 8080, 123456789, 987654321), ttl: 62, df: true });
    expect(sampleHash(fields(t2))).toBe(sampleHash(fields(t1)));
    // the same TCP segment whole (TSO) on one node and its first segment on another: length is not hashed
    expect(sampleHash(fields(ipv4({ proto: 6, id: 4242, src: node, dst: pod, l4: tcp(1, 2, 123456789, 987654321, 1000) })))).toBe(sampleHash(fields(t1)));
    // UDP through SNAT --random-fully: source address and port, checksum rewritten
    const p = Buffer.from('query-0001-abcdefgh');
    const u1 = ipv4({ proto: 17, id: 0, src: client, dst: [198, 51, 100, 10], l4: udp(5353, 9999, p), df: true });
    const u2 = ipv4({ proto: 17, id: 0, src: node, dst: [198, 51, 100, 10], l4: udp(61234, 9999, p, 0x9999), ttl: 63, df: true });
    expect(sampleHash(fields(u2))).toBe(sampleHash(fields(u1)));
    // ICMP echo through SNAT: the echo id (conntrack's ICMP "port") and checksum rewritten
    const e = Buffer.from('0123456789abcdef0123');
    const i1 = ipv4({ proto: 1, id: 777, src: client, dst: [198, 51, 100, 10], l4: echo(8, 0x1111, 5, e) });
    const i2 = ipv4({ proto: 1, id: 777, src: node, dst: [198, 51, 100, 10], l4: echo(8, 0x2222, 5, e), ttl: 63 });
    expect(sampleHash(fields(i2))).toBe(sampleHash(fields(i1)));
  });

  it('changes with what tells packets apart: TCP seq and ack, the IP id, UDP payload, ICMP echo sequence', () => {
    const a = [10, 0, 1, 51];
    const b = [10, 0, 2, 127];
    const h = (buf: Buffer): number => sampleHash(fields(buf));
    const t = (seq: number, ack: number, id: number): number => h(ipv4({ proto: 6, id, src: a, dst: b, l4: tcp(1, 2, seq, ack) }));
    expect(new Set([t(1, 1, 1), t(2, 1, 1), t(1, 2, 1), t(1, 1, 2)]).size).toBe(4);
    const u = (payload: string, id: number): number => h(ipv4({ proto: 17, id, src: a, dst: b, l4: udp(1, 2, Buffer.from(payload)) }));
    expect(new Set([u('aaaaaaaa', 0), u('aaaaaaab', 0), u('baaaaaaa', 0), u('aaaaaaaa', 1), u('aaaaaaaaa', 0)]).size).toBe(5);
    const e = (seq: number): number => h(ipv4({ proto: 1, id: 0, src: a, dst: b, l4: echo(8, 1, seq, Buffer.alloc(8)) }));
    expect(e(1)).not.toBe(e(2));
  });

  it('reads payload words only when the packet holds them: bytes past the end do not count', () => {
    const a = [10, 0, 1, 51];
    const short = ipv4({ proto: 17, id: 9, src: a, dst: a, l4: udp(1, 2, Buffer.from('abc')) });
    const f = fields(short);
    expect(sampleHash({ ...f, l2: 0xdeadbeef, l3: 0x12345678 })).toBe(sampleHash({ ...f, l2: 0, l3: 0 }));
    const ping0 = ipv4({ proto: 1, id: 9, src: a, dst: a, l4: echo(8, 1, 1, Buffer.alloc(0)) });
    expect(sampleHash({ ...fields(ping0), l2: 1, l3: 2 })).toBe(sampleHash({ ...fields(ping0), l2: 0, l3: 0 }));
  });

  it('samples about 1 in N, and 1/2N is a subset of 1/N (nodes at different rates still agree)', () => {
    const hashes: number[] = [];
    for (let i = 0; i < 40_000; i++) hashes.push(sampleHash({ w0: 0x28000045, w1: i & 0xffff, protocol: 6, l1: (i * 1460 + 77) >>> 0, l2: 5, l3: 0 }));
    for (const n of [2, 4, 8, 64]) {
      const share = hashes.filter((x) => isSampled(x, n)).length / hashes.length;
      expect(Math.abs(share * n - 1), `1/${n}`).toBeLessThan(0.1);
    }
    for (const x of hashes) if (isSampled(x, 8)) expect(isSampled(x, 4) && isSampled(x, 2)).toBe(true);
  });

  it('accepts only powers of two from 1 to 2^20, saying why', () => {
    expect(sampleRateProblem(1)).toBeUndefined();
    expect(sampleRateProblem(4)).toBeUndefined();
    expect(sampleRateProblem(1 << 20)).toBeUndefined();
    expect(sampleRateProblem(6)).toMatch(/power of two .* got 6 \(try 4 or 8\)/);
    expect(sampleRateProblem(0)).toMatch(/from 1 to 1048576/);
    expect(sampleRateProblem(2.5)).toMatch(/whole number/);
    expect(sampleRateProblem('4')).toMatch(/got "4"/);
    expect(sampleRateProblem(1 << 21)).toMatch(/from 1 to/);
    expect(() => sampledCondition(3)).toThrow(/power of two/);
    expect(sampledCondition(1)).toBe('1');
    expect(sampledCondition(16)).toBe('($smph & 15) == 0');
  });
});

describe('program generator with sampling', () => {
  const filter = parseFilter('host 10.0.1.51');

  it('leaves a program without sampling exactly as it was', () => {
    const plain = generateProgram({ sessions: [{ id: 'a', filter }], netnsInodes: [], tier: 'tracepoint' });
    expect(generateProgram({ sessions: [{ id: 'a', filter, sampleOneIn: 1 }], netnsInodes: [], tier: 'tracepoint' })).toBe(plain);
    expect(plain).not.toContain('$smph');
  });

  it('hashes after the filter and prints only sampled packets, in every packet probe; clears the tie of an unsampled receive', () => {
    const p = generateProgram({ sessions: [{ id: 'a', filter, sampleOneIn: 4 }], netnsInodes: [], tier: 'kprobe-nat' });
    for (const probe of ['tracepoint:net:netif_receive_skb', 'tracepoint:net:net_dev_queue', 'tracepoint:skb:kfree_skb', 'kprobe:nf_nat_ipv4_manip_pkt']) {
      const body = p.slice(p.indexOf(probe)).split('\n}\n')[0]!;
      const filterAt = body.indexOf('($sa == 855703562 || $da == 855703562)');
      const hashAt = body.indexOf('$smph = ($smpb ^ $smpc)');
      const rateAt = body.indexOf('if (($smph & 3) == 0) {');
      const printAt = body.indexOf('printf(');
      expect(filterAt, probe).toBeGreaterThan(0);
      expect(filterAt < hashAt && hashAt < rateAt && rateAt < printAt, probe).toBe(true);
    }
    const receive = p.slice(p.indexOf('tracepoint:net:netif_receive_skb')).split('\n}\n')[0]!;
    expect(receive).toMatch(/if \(\(\$smph & 3\) == 0\) \{\n\s+\$ns = [^\n]+\n\s+@cpu_ns\[cpu\] = \$ns;[\s\S]*\} else \{\n\s+@cpu_t\[cpu\] = 0;\n\s+\}/);
  });

  it('keeps route lookups only when tied to a sampled receive on its input path', () => {
    const p = generateProgram({ sessions: [{ id: 'a', filter, sampleOneIn: 8 }], netnsInodes: [], tier: 'tracepoint' });
    const fib = p.slice(p.indexOf('tracepoint:fib:fib_table_lookup')).split('\n}\n')[0]!;
    expect(fib).toContain('if ((args->iif > 1 && args->iif == @cpu_if[cpu] && $age < 2000000)) {');
    expect(fib).toContain('if ($tied || (args->iif <= 1 && 0)) {');
    // a session that traces every packet keeps its untied output-path lookups
    const mixed = generateProgram({ sessions: [{ id: 'a', filter, sampleOneIn: 8 }, { id: 'b', filter: parseFilter('udp') }], netnsInodes: [], tier: 'tracepoint' });
    expect(mixed).toContain('if ($tied || (args->iif <= 1 && (($fproto == 17 || $fproto == 0 && 0)))) {');
  });

  it('holds a process\'s own output lookup per CPU and prints it with its packet\'s transmit, only when that packet is sampled', () => {
    const p = generateProgram({ sessions: [{ id: 'a', filter, sampleOneIn: 8 }, { id: 'b', filter: parseFilter('udp') }], netnsInodes: [], tier: 'tracepoint' });
    const fib = p.slice(p.indexOf('tracepoint:fib:fib_table_lookup')).split('\n}\n')[0]!;
    // held for the sampled session only (the unsampled one prints its lookups directly)
    expect(fib).toContain('if (!$tied && args->iif <= 1 && (($fsa == 855703562 || $fda == 855703562))) {\n    @pf_t[cpu] = nsecs;');
    const transmit = p.slice(p.indexOf('tracepoint:net:net_dev_queue')).split('\n}\n')[0]!;
    const release = transmit.indexOf('if (@pf_t[cpu] != 0 && @pf_ns[cpu] == $ns && nsecs - @pf_t[cpu] < 2000000) {\n            printf("F %llu');
    const rate = transmit.indexOf('if (((($sa == 855703562 || $da == 855703562) && ($smph & 7) == 0) || ($proto == 17))) {');
    expect(rate).toBeGreaterThan(0);
    expect(release).toBeGreaterThan(rate);
    expect(release).toBeLessThan(transmit.indexOf('printf("T '));
    // a filter-matching transmit, sampled or not, ends the hold: a lookup goes only with its own packet
    expect(transmit.match(/@pf_t\[cpu\] = 0;/g)).toHaveLength(2);
    expect(p).toMatch(/^BEGIN\n\{\n {2}@pf_t\[cpu\] = \(uint64\)0;/m);
    expect(p).toContain('clear(@pf_name);');
    const receive = p.slice(p.indexOf('tracepoint:net:netif_receive_skb')).split('\n}\n')[0]!;
    expect(receive).not.toContain('@pf_');
  });

  it('checks each session\'s own rate with its filter when rates differ, and with its netns when narrowed', () => {
    const p = generateProgram({
      sessions: [
        { id: 'a', filter, sampleOneIn: 4, netnsInodes: ['4026532177'] },
        { id: 'b', filter: parseFilter('udp'), sampleOneIn: 16 },
        { id: 'c', filter: parseFilter('icmp') },
      ],
      netnsInodes: [],
      tier: 'tracepoint',
    });
    expect(p).toContain('if (((($sa == 855703562 || $da == 855703562) && ($smph & 3) == 0) || ($proto == 17 && ($smph & 15) == 0) || ($proto == 1))) {');
    expect(p).toContain('if (((($sa == 855703562 || $da == 855703562) && ($ns == 4026532177) && ($smph & 3) == 0) || ($proto == 17 && ($smph & 15) == 0) || ($proto == 1))) {');
  });

  it('refuses a rate that is not a power of two', () => {
    expect(() => generateProgram({ sessions: [{ id: 'a', filter, sampleOneIn: 5 }], netnsInodes: [], tier: 'tracepoint' })).toThrow(/power of two/);
  });
});
