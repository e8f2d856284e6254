import { describe, expect, it } from 'vitest';
import { cidrContains, cidrOverlaps, formatIpv4, isCidr, isIpv4, isLoopback, parseCidr, parseIpv4, prefixLength, prefixMask } from '../../common/ipv4.js';
import { hasPorts, IP_PROTOCOLS, protocolName, protocolNumber, TRACED_PROTOCOLS } from '../../common/ip-protocol.js';
import { parseFilter } from '../../filter/parse.js';
import { ipv4ToU32 } from '../../proto/codec.js';
import { isIPv4 } from 'node:net';

describe('common/ipv4: one behaviour for every reader', () => {
  it('parses and formats dotted addresses as host-order integers', () => {
    expect(parseIpv4('10.0.1.51')).toBe(0x0a000133);
    expect(parseIpv4('0.0.0.0')).toBe(0);
    expect(parseIpv4('255.255.255.255')).toBe(0xffffffff);
    expect(formatIpv4(0xcb007105)).toBe('203.0.113.5');
    expect(formatIpv4(0xffffffff)).toBe('255.255.255.255');
    for (const ip of ['10.0.1.51', '0.0.0.0', '255.255.255.255', '198.51.100.7']) expect(formatIpv4(parseIpv4(ip)!)).toBe(ip);
  });

  it('refuses leading zeros, out-of-range octets and anything that is not four decimal octets — as node:net does', () => {
    const odd = ['010.0.0.1', '10.0.0.01', '10.00.0.1', '00.0.0.0', '256.0.0.1', '10.0.1.256', '1234.1.1.1', '10.0.1', '10.0.1.51.7', '10..1.5', '.1.2.3', '1.2.3.', 'a.b.c.d', '', ' 1.2.3.4', '1.2.3.4 ', '+1.2.3.4', '1.2.3.4/32', '0x0a.0.0.1'];
    for (const text of odd) {
      expect(parseIpv4(text), text).toBeUndefined();
      expect(isIpv4(text), text).toBe(false);
      expect(isIPv4(text), `node:net agrees on ${text}`).toBe(false);
    }
    expect(isIpv4(undefined)).toBe(false);
    expect(isIpv4(167772161)).toBe(false);
  });

  it('every reader refuses a leading zero the same way: codec, filter language, claims schema, CIDR test', async () => {
    expect(() => ipv4ToU32('010.0.0.1', 'packet.src')).toThrow(/packet\.src: "010\.0\.0\.1" is not a dotted IPv4 address/);
    expect(() => parseFilter('host 010.0.0.1')).toThrow(/expected an IPv4 address at column 6/);
    expect(() => parseFilter('net 010.0.0.0/8')).toThrow(/expected a network like 10\.0\.0\.0\/16/);
    expect(cidrContains('10.0.0.0/8', '010.0.0.1')).toBe(false);
    const { parseClaims } = await import('../../claims/schema.js');
    expect(() => parseClaims('claims:\n- id: x\n  text: t\n  experiment: e\n  node: node/a\n  expect:\n    addresses: [{ address: 010.0.0.1 }]\n')).toThrow(/not an IPv4 address/);
  });

  it('CIDR: parse, contain, overlap, prefix length; the address need not be the network own', () => {
    expect(parseCidr('10.0.1.7/16')).toEqual({ ip: 0x0a000107, prefixLen: 16, network: 0x0a000000 });
    expect(parseCidr('0.0.0.0/0')).toEqual({ ip: 0, prefixLen: 0, network: 0 });
    for (const bad of ['10.0.0.0', '10.0.0.0/', '10.0.0.0/33', '10.0.0.0/08', '10.0.0.0/-1', '10.0.0.0/1/2', '010.0.0.0/8', '10.0.0.0/ 8']) {
      expect(parseCidr(bad), bad).toBeUndefined();
      expect(isCidr(bad), bad).toBe(false);
    }
    expect(cidrContains('10.0.0.0/16', '10.0.255.255')).toBe(true);
    expect(cidrContains('10.0.0.0/16', '10.1.0.0')).toBe(false);
    expect(cidrContains('10.0.1.7/16', '10.0.200.1')).toBe(true);
    expect(cidrContains('0.0.0.0/0', '203.0.113.9')).toBe(true);
    expect(cidrContains('10.0.0.5/32', '10.0.0.5')).toBe(true);
    expect(cidrContains('10.0.0.5/32', '10.0.0.6')).toBe(false);
    expect(cidrContains('10.0.0.0/16', 'nonsense')).toBe(false);
    expect(cidrContains('nonsense', '10.0.0.1')).toBe(false);
    expect(cidrOverlaps('10.0.0.0/16', '10.0.3.0/24')).toBe(true);
    expect(cidrOverlaps('10.0.3.0/24', '10.0.0.0/16')).toBe(true);
    expect(cidrOverlaps('10.0.0.0/24', '10.0.1.0/24')).toBe(false);
    expect(cidrOverlaps('10.0.0.0/24', 'bad')).toBe(false);
    expect(prefixLength('10.0.1.0/24')).toBe(24);
    expect(prefixLength('bad')).toBe(32);
    expect(prefixMask(0)).toBe(0);
    expect(prefixMask(16)).toBe(0xffff0000);
    expect(prefixMask(32)).toBe(0xffffffff);
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('127.255.0.9')).toBe(true);
    expect(isLoopback('128.0.0.1')).toBe(false);
    expect(isLoopback('127.')).toBe(false);
  });
});

describe('common/ip-protocol', () => {
  it('names and numbers both ways, any case; unknown numbers as "proto N", unknown names undefined', () => {
    expect(IP_PROTOCOLS).toEqual({ icmp: 1, tcp: 6, udp: 17, sctp: 132 });
    expect([1, 6, 17, 132, 47].map(protocolName)).toEqual(['icmp', 'tcp', 'udp', 'sctp', 'proto 47']);
    expect(['tcp', 'UDP', 'Icmp', 'sctp', 'gre', 'toString', ''].map(protocolNumber)).toEqual([6, 17, 1, 132, undefined, undefined, undefined]);
    expect([...TRACED_PROTOCOLS]).toEqual(['tcp', 'udp', 'icmp']);
    expect([1, 6, 17, 132].map(hasPorts)).toEqual([false, true, true, true]);
  });
});
