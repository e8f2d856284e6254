import { describe, expect, it } from 'vitest';
import { parseFilter, FilterSyntaxError, MAX_FILTER_DEPTH } from '../../filter/parse.js';
import { parseIpv4 } from '../../common/ipv4.js';
import { formatFilter, type FilterExpr } from '../../filter/ast.js';
import { filterFromProto, filterToProto } from '../../filter/proto.js';
import { matchesFilter } from '../../filter/match.js';
import { packetlife } from '../../proto/generated/packetlife.js';
import type { PacketFields } from '../../common/event.js';

const ip = (s: string): number => parseIpv4(s)!;

function syntaxError(input: string): FilterSyntaxError {
  try {
    parseFilter(input);
  } catch (err) {
    expect(err).toBeInstanceOf(FilterSyntaxError);
    return err as FilterSyntaxError;
  }
  throw new Error(`expected ${JSON.stringify(input)} to be refused`);
}

describe('filter parser', () => {
  it('parses leaves with directions', () => {
    expect(parseFilter('host 10.0.1.51')).toEqual({ kind: 'host', dir: 'any', ipv4: ip('10.0.1.51') });
    expect(parseFilter('src host 10.0.1.51')).toEqual({ kind: 'host', dir: 'src', ipv4: ip('10.0.1.51') });
    expect(parseFilter('dst net 10.0.0.0/16')).toEqual({ kind: 'net', dir: 'dst', ipv4: ip('10.0.0.0'), prefixLen: 16 });
    expect(parseFilter('dst port 8080')).toEqual({ kind: 'port', dir: 'dst', port: 8080 });
    expect(parseFilter('icmp')).toEqual({ kind: 'proto', ipProto: 1 });
    expect(parseFilter('UDP')).toEqual({ kind: 'proto', ipProto: 17 });
  });

  it('empty filter means everything', () => {
    expect(parseFilter('')).toBeUndefined();
    expect(parseFilter('   ')).toBeUndefined();
  });

  it('has pcap precedence: not > and > or', () => {
    const f = parseFilter('tcp and port 80 or port 8080');
    expect(f).toEqual({
      kind: 'or',
      terms: [
        { kind: 'and', terms: [{ kind: 'proto', ipProto: 6 }, { kind: 'port', dir: 'any', port: 80 }] },
        { kind: 'port', dir: 'any', port: 8080 },
      ],
    });
    expect(parseFilter('not tcp and udp')).toEqual({
      kind: 'and',
      terms: [{ kind: 'not', term: { kind: 'proto', ipProto: 6 } }, { kind: 'proto', ipProto: 17 }],
    });
    expect(parseFilter('! (tcp || udp) && icmp')).toEqual({
      kind: 'and',
      terms: [
        { kind: 'not', term: { kind: 'or', terms: [{ kind: 'proto', ipProto: 6 }, { kind: 'proto', ipProto: 17 }] } },
        { kind: 'proto', ipProto: 1 },
      ],
    });
  });

  it('formats back to the same meaning', () => {
    const text = 'host 10.0.1.51 and (port 80 or port 8080) and tcp';
    const f = parseFilter(text)!;
    expect(formatFilter(f)).toBe(text);
    expect(parseFilter(formatFilter(f))).toEqual(f);
  });

  it('names the column and what it found', () => {
    expect(syntaxError('tcp and port abc').message).toBe('filter: expected a port number at column 14, found "abc"');
    expect(syntaxError('host 10.0.1').message).toBe('filter: expected an IPv4 address at column 6, found "10.0.1"');
    expect(syntaxError('host 10.0.1.256').message).toBe('filter: expected an IPv4 address at column 6, found "10.0.1.256"');
    expect(syntaxError('port 65536').message).toBe('filter: expected a port number at column 6, found "65536"');
    expect(syntaxError('net 10.0.0.1/16').message).toBe(
      'filter: expected a network address with no bits set past /16 at column 5, found "10.0.0.1/16"',
    );
    expect(syntaxError('net 10.0.0.0/33').column).toBe(5);
    expect(syntaxError('(tcp').message).toBe('filter: expected ")" at column 5, found the end');
    expect(syntaxError('tcp udp').message).toBe('filter: expected "and", "or" or the end at column 5, found "udp"');
    expect(syntaxError('src tcp').message).toBe('filter: expected "host", "net" or "port" after "src" at column 5, found "tcp"');
    expect(syntaxError('tcp and').message).toContain('found the end');
    expect(syntaxError('banana').message).toBe(
      'filter: expected a filter term (host, net, port, tcp, udp, icmp, not or "(") at column 1, found "banana"',
    );
  });

  it('refuses hostile input without echoing program text anywhere', () => {
    for (const hostile of [
      'host 1.2.3.4"); system("id',
      'port 80; exit()',
      'tcp }\nkprobe:do_sys_open { printf("x") }',
      "host '1.2.3.4'",
      'port 80 `id`',
      'host 1.2.3.4 $x',
      'tcp & udp',
      'port 1e3',
      'port -1',
      'port 0x50',
      'port 99999999999999999999',
      'host 1.2.3.4.5',
      'net 10.0.0.0/8/8',
    ]) {
      syntaxError(hostile);
    }
  });

  it('bounds nesting depth and term count', () => {
    const deep = '('.repeat(MAX_FILTER_DEPTH + 1) + 'tcp' + ')'.repeat(MAX_FILTER_DEPTH + 1);
    expect(syntaxError(deep).message).toMatch(/^filter: nested deeper than 32 levels at column \d+$/);
    const ok = '('.repeat(MAX_FILTER_DEPTH) + 'tcp' + ')'.repeat(MAX_FILTER_DEPTH);
    expect(parseFilter(ok)).toEqual({ kind: 'proto', ipProto: 6 });
    expect(syntaxError('not '.repeat(40) + 'tcp').message).toContain('nested deeper');
    const many = Array.from({ length: 65 }, (_, i) => `port ${i + 1}`).join(' or ');
    expect(syntaxError(many).message).toMatch(/more than 64 terms/);
    expect(syntaxError('tcp or '.repeat(400) + 'tcp').message).toMatch(/longer than 2048 characters/);
  });
});

describe('filter <-> proto FilterExpr', () => {
  it('round-trips through the wire encoding', () => {
    const f = parseFilter('src net 10.0.0.0/16 and not (dst port 80 or icmp) or host 172.20.122.189')!;
    const bytes = packetlife.v1.FilterExpr.encode(filterToProto(f)).finish();
    const back = filterFromProto(packetlife.v1.FilterExpr.decode(bytes));
    expect(back).toEqual(f);
  });

  it('refuses malformed proto filters by name', () => {
    expect(() => filterFromProto({ port: { port: 70000 } })).toThrow('filter: port must be an integer 0..65535, got 70000');
    expect(() => filterFromProto({ net: { ipv4: 1, prefixLen: 40 } })).toThrow('prefix length must be an integer 0..32');
    expect(() => filterFromProto({})).toThrow('filter: empty expression node');
    expect(() => filterFromProto({ and: { terms: [] } })).toThrow('"and" with no terms');
    let deep: packetlife.v1.IFilterExpr = { proto: { ipProto: 6 } };
    for (let i = 0; i < 40; i++) deep = { not: deep };
    expect(() => filterFromProto(deep)).toThrow('nested deeper than 32');
    // net host bits are masked off rather than trusted
    expect(filterFromProto({ net: { ipv4: ip('10.1.2.3'), prefixLen: 16 } })).toEqual({ kind: 'net', dir: 'any', ipv4: ip('10.1.0.0'), prefixLen: 16 });
  });
});

describe('user-space filter evaluation', () => {
  const pkt = (over: Partial<PacketFields>): PacketFields => ({
    ipVersion: 4, src: '10.0.1.51', dst: '172.20.122.189', protocol: 6, sport: 40000, dport: 80, ipId: 1, ttl: 64,
    length: 60, tcpFlags: 2, tcpSeq: 1, tcpAck: 0, icmpType: 0, icmpCode: 0, icmpId: 0, icmpSeq: 0, ...over,
  });
  const f = (s: string): FilterExpr | undefined => parseFilter(s);

  it('matches like pcap', () => {
    expect(matchesFilter(f('tcp and port 80 or port 8080'), pkt({}))).toBe(true);
    expect(matchesFilter(f('tcp and port 80 or port 8080'), pkt({ dport: 8080, protocol: 17 }))).toBe(true);
    expect(matchesFilter(f('tcp and port 80 or port 8080'), pkt({ dport: 443 }))).toBe(false);
    expect(matchesFilter(f('src host 172.20.122.189'), pkt({}))).toBe(false);
    expect(matchesFilter(f('dst net 172.20.0.0/16'), pkt({}))).toBe(true);
    expect(matchesFilter(f('port 80'), pkt({ protocol: 1, sport: 0, dport: 80 }))).toBe(false);
    expect(matchesFilter(f('not icmp'), pkt({}))).toBe(true);
    expect(matchesFilter(undefined, pkt({}))).toBe(true);
  });
});
