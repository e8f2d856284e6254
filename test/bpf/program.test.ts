import { describe, expect, it } from 'vitest';
import { generateProgram, generateEmptyProgram } from '../../bpf/program.js';
import { compileFilter } from '../../bpf/compile-filter.js';
import { ipv4ToRaw, portToRaw, rawToIpv4String, swap16, swap32 } from '../../bpf/byteorder.js';
import { parseFilter } from '../../filter/parse.js';
import { parseIpv4 } from '../../common/ipv4.js';

describe('byte order helpers', () => {
  it('match what a little-endian CPU loads from wire bytes', () => {
    const wire = Buffer.from([10, 0, 1, 51]);
    expect(ipv4ToRaw(parseIpv4('10.0.1.51')!)).toBe(wire.readUInt32LE(0));
    expect(rawToIpv4String(wire.readUInt32LE(0))).toBe('10.0.1.51');
    expect(portToRaw(8080)).toBe(Buffer.from([0x1f, 0x90]).readUInt16LE(0));
    expect(swap16(portToRaw(8080))).toBe(8080);
    expect(swap32(Buffer.from([1, 2, 3, 4]).readUInt32LE(0))).toBe(0x01020304);
  });
});

describe('filter compiler', () => {
  it('compiles to numeric comparisons on raw header words', () => {
    const f = parseFilter('host 10.0.1.51 and (port 80 or port 8080) and tcp');
    expect(compileFilter(f, 'skb')).toBe(
      '(($sa == 855703562 || $da == 855703562) && ((($proto == 6 || $proto == 17) && ($sp == 20480 || $dp == 20480)) || (($proto == 6 || $proto == 17) && ($sp == 36895 || $dp == 36895))) && $proto == 6)',
    );
    expect(compileFilter(parseFilter('src net 10.0.0.0/16'), 'skb')).toBe('($sa & 65535) == 10');
    expect(compileFilter(parseFilter('not dst host 10.0.1.51'), 'skb')).toBe('!($da == 855703562)');
    expect(compileFilter(undefined, 'skb')).toBe('1');
  });

  it('lets a route lookup pass on its own tuple only when the tuple proves the match, also under not', () => {
    expect(compileFilter(parseFilter('dst port 8080'), 'fib')).toBe('($fdp == 8080 || ($fsp == 0 && $fdp == 0 && 0))');
    expect(compileFilter(parseFilter('not dst port 8080'), 'fib')).toBe('!(($fdp == 8080 || ($fsp == 0 && $fdp == 0 && 1)))');
    expect(compileFilter(parseFilter('udp'), 'fib')).toBe('($fproto == 17 || $fproto == 0 && 0)');
  });
});

describe('program generator', () => {
  const base = { sessions: [{ id: 's1', filter: parseFilter('tcp and port 80') }], netnsInodes: ['4026532177', 4026532246], tier: 'tracepoint' as const };

  it('emits the tracepoint tier with the scope and filter as predicates', () => {
    const text = generateProgram(base);
    for (const probe of ['BEGIN', 'tracepoint:net:netif_receive_skb', 'tracepoint:net:net_dev_queue', 'tracepoint:fib:fib_table_lookup', 'tracepoint:skb:kfree_skb', 'interval:s:1', 'END']) {
      expect(text).toContain(`\n${probe}\n{`);
    }
    expect(text).not.toContain('kprobe:');
    expect(text).toContain('($ns == 4026532177 || $ns == 4026532246)');
    expect(text).toContain('if ((($proto == 6 && (($proto == 6 || $proto == 17) && ($sp == 20480 || $dp == 20480))))) {');
    expect(text).toContain('$ip = $s->data;'); // receive reads the IP header at skb->data
    expect(text).toContain('$ip = $s->head + $s->network_header;');
    expect(text).toContain('printf("B %llu\\n", nsecs);');
    // every printf line is one line with the fixed field count of bpf/line-format.ts
    const rFormat = /printf\("R ([^"]*)\\n"/.exec(text)![1]!;
    expect(rFormat.split(' ').length).toBe(28);
    const fFormat = /printf\("F ([^"]*)\\n"/.exec(text)![1]!;
    expect(fFormat.split(' ').length).toBe(16);
  });

  it('ties route lookups to the last matching receive on the CPU, input-path ones only to its device', () => {
    const text = generateProgram(base);
    expect(text).toContain('@cpu_ns[cpu] = $ns;\n      @cpu_if[cpu] = $s->dev->ifindex;\n      @cpu_t[cpu] = nsecs;');
    expect(text).toContain('$age = nsecs - @cpu_t[cpu];');
    expect(text).toContain('if ((args->iif <= 1 && $age < 100000) || (args->iif > 1 && args->iif == @cpu_if[cpu] && $age < 2000000)) {');
    // untied: only output-path lookups, on their own tuple
    expect(text).toContain('if ($tied || (args->iif <= 1 && ((($fproto == 6 || $fproto == 0 && 0) && (($fsp == 80 || $fdp == 80) || ($fsp == 0 && $fdp == 0 && 0)))))) {');
    // the transmit probe does not move the tie
    const tx = text.slice(text.indexOf('tracepoint:net:net_dev_queue'), text.indexOf('tracepoint:fib:fib_table_lookup'));
    expect(tx).not.toContain('@cpu_');
  });

  it('ORs sessions and adds per-session netns narrowing', () => {
    const text = generateProgram({
      ...base,
      sessions: [
        { id: 'a', filter: parseFilter('udp') },
        { id: 'b', filter: parseFilter('icmp'), netnsInodes: ['4026532246'] },
      ],
    });
    expect(text).toContain('if ((($proto == 17) || ($proto == 1))) {');
    expect(text).toContain('(($proto == 17) || ($proto == 1 && ($ns == 4026532246)))');
  });

  it('with an empty scope traces every netns', () => {
    const text = generateProgram({ ...base, netnsInodes: [] });
    expect(text).not.toMatch(/\$ns == \d{6,}/);
    expect(text).toContain('      if (1) {\n        $nfct = $s->_nfct;');
  });

  it('adds the kprobe NAT tier only when asked', () => {
    const text = generateProgram({ ...base, tier: 'kprobe-nat' });
    expect(text).toContain('kprobe:nf_nat_ipv4_manip_pkt\n{');
    expect(text).toContain('$t = (struct nf_conntrack_tuple *)arg2;');
    expect(text).toMatch(/printf\("N [^"]*\\n", .*\(uint32\)arg3, \$t->src\.u3\.ip, \$t->dst\.u3\.ip, \$t->src\.u\.all, \$t->dst\.u\.all, \$s->dev->name\);/);
  });

  it('refuses anything but integers where numbers go', () => {
    expect(() => generateProgram({ ...base, netnsInodes: ['1 || 1'] })).toThrow('netns inode must be an unsigned 32-bit integer');
    expect(() => generateProgram({ ...base, netnsInodes: ['4026532177); system("id'] })).toThrow();
    expect(() => generateProgram({ ...base, netnsInodes: [99999999999] })).toThrow();
    expect(() => generateProgram({ ...base, sessions: [] })).toThrow('at least one session');
    // a forged AST (not from the parser) still cannot carry text
    const forged = { kind: 'port', dir: 'any', port: '80) || system("id"' } as never;
    expect(() => generateProgram({ ...base, sessions: [{ id: 'x', filter: forged }] })).toThrow('is not a u16');
    const forgedHost = { kind: 'host', dir: 'any', ipv4: 1.5 } as never;
    expect(() => generateProgram({ ...base, sessions: [{ id: 'x', filter: forgedHost }] })).toThrow('is not a u32');
  });

  it('refuses more sessions or inline filter terms than one kernel program holds; positive filters go into maps', () => {
    const f = parseFilter(`not (${Array.from({ length: 40 }, (_, i) => `port ${i + 1}`).join(' or ')})`);
    expect(() => generateProgram({ ...base, sessions: [{ id: 'a', filter: f }, { id: 'b', filter: f }] })).toThrow(
      `bpf: the sessions' filters that cannot go into maps (with "not", or more than 4 clauses) have 80 terms together; at most 64 fit in one kernel program`,
    );
    const positive = parseFilter(Array.from({ length: 40 }, (_, i) => `port ${i + 1}`).join(' or '));
    const text = generateProgram({ ...base, sessions: [{ id: 'a', filter: positive }, { id: 'b', filter: positive }] });
    expect(text).toContain('@pl_p[0, 0, 40] = 3;');
    const many = Array.from({ length: 63 }, (_, i) => ({ id: `s${i}` }));
    expect(() => generateProgram({ ...base, sessions: many })).toThrow('bpf: 63 sessions at once; at most 62 fit in one kernel program');
  });

  it('an empty program attaches the same tracepoints', () => {
    const text = generateEmptyProgram();
    expect(text.match(/^tracepoint:/gm)).toHaveLength(4);
  });
});
