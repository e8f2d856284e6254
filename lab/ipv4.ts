/** Just enough IPv4 arithmetic for validating a topology and deriving routes. */
import { isIPv4 } from 'node:net';

export function isIpv4(v: unknown): boolean {
  return typeof v === 'string' && isIPv4(v);
}

export function ipToInt(ip: string): number {
  return ip.split('.').reduce((acc, o) => acc * 256 + Number(o), 0);
}

export function parseCidr(cidr: string): { base: number; bits: number } | undefined {
  const m = /^(\d+\.\d+\.\d+\.\d+)\/(\d{1,2})$/.exec(cidr);
  if (!m || !isIPv4(m[1]!) || Number(m[2]) > 32) return undefined;
  return { base: ipToInt(m[1]!), bits: Number(m[2]) };
}

export function cidrContains(cidr: string, ip: string): boolean {
  const c = parseCidr(cidr);
  if (!c || !isIPv4(ip)) return false;
  const size = 2 ** (32 - c.bits);
  const start = c.base - (c.base % size);
  const v = ipToInt(ip);
  return v >= start && v < start + size;
}

export function prefixLength(cidr: string): number {
  return parseCidr(cidr)?.bits ?? 32;
}

/** Whether two CIDRs share any address (one contains the other's network address). */
export function cidrOverlaps(a: string, b: string): boolean {
  const pa = parseCidr(a);
  const pb = parseCidr(b);
  if (!pa || !pb) return false;
  const net = (c: { base: number; bits: number }): number => c.base - (c.base % 2 ** (32 - c.bits));
  const ipOf = (v: number): string => [24, 16, 8, 0].map((s) => Math.floor(v / 2 ** s) % 256).join('.');
  return cidrContains(a, ipOf(net(pb))) || cidrContains(b, ipOf(net(pa)));
}
