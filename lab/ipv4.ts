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
