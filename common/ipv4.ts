/**
 * IPv4 addresses and CIDR blocks: the one parser, formatter and containment test the codec,
 * the filter language, the topology model, the lab and the claims schema all use.
 *
 * One behaviour for odd input, everywhere: an address is exactly four decimal octets 0..255
 * separated by dots, and an octet with a leading zero ("010") is refused — inet_aton reads it as
 * octal (8), most other tools as decimal (10), so accepting it would mean one address to one
 * reader and another to the next (node:net's isIPv4 refuses it too). A CIDR is an address, "/"
 * and a prefix length 0..32 without a leading zero; its address need not be the network's own
 * (10.0.1.7/16 is the block 10.0.0.0/16).
 *
 * Numbers are host-order unsigned 32-bit integers (10.0.1.51 → 0x0a000133).
 */

/**
 * "10.0.1.51" → 0x0a000133, or undefined for anything that is not a dotted IPv4 address.
 * Hand-rolled (no split, no regex) because the codec runs it for every address of every event.
 */
export function parseIpv4(text: string): number | undefined {
  let value = 0;
  let octet = 0;
  let digits = 0;
  let dots = 0;
  let leadingZero = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 /* . */) {
      if (digits === 0 || dots === 3) return undefined;
      value = value * 256 + octet;
      octet = 0;
      digits = 0;
      dots++;
    } else if (c >= 48 && c <= 57) {
      if (digits === 0) leadingZero = c === 48;
      else if (leadingZero) return undefined; // "01", "00"
      octet = octet * 10 + (c - 48);
      digits++;
      if (octet > 255) return undefined;
    } else {
      return undefined;
    }
  }
  if (dots !== 3 || digits === 0) return undefined;
  return value * 256 + octet;
}

/** 0x0a000133 → "10.0.1.51". */
export function formatIpv4(n: number): string {
  return `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

export function isIpv4(v: unknown): v is string {
  return typeof v === 'string' && parseIpv4(v) !== undefined;
}

/** The netmask of a prefix length (0..32) as a host-order unsigned integer. */
export function prefixMask(prefixLen: number): number {
  return prefixLen === 0 ? 0 : (0xffffffff << (32 - prefixLen)) >>> 0;
}

export interface Cidr {
  /** The address as written (not masked). */
  ip: number;
  prefixLen: number;
  /** The block's network address: ip & mask. */
  network: number;
}

/** "10.0.0.0/16" → its parts, or undefined for anything malformed (a bare address included). */
export function parseCidr(text: string): Cidr | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const ip = parseIpv4(text.slice(0, slash));
  const lenText = text.slice(slash + 1);
  if (ip === undefined || !/^(0|[1-9]\d?)$/.test(lenText)) return undefined;
  const prefixLen = Number(lenText);
  if (prefixLen > 32) return undefined;
  return { ip, prefixLen, network: (ip & prefixMask(prefixLen)) >>> 0 };
}

export function isCidr(v: unknown): v is string {
  return typeof v === 'string' && parseCidr(v) !== undefined;
}

/** True when `ip` is inside `cidr` ("10.0.0.0/16"); false when either is malformed. */
export function cidrContains(cidr: string, ip: string): boolean {
  const c = parseCidr(cidr);
  const a = parseIpv4(ip);
  if (c === undefined || a === undefined) return false;
  return (a & prefixMask(c.prefixLen)) >>> 0 === c.network;
}

/** Whether two CIDRs share any address (one contains the other's network address). */
export function cidrOverlaps(a: string, b: string): boolean {
  const pa = parseCidr(a);
  const pb = parseCidr(b);
  if (!pa || !pb) return false;
  const shorter = Math.min(pa.prefixLen, pb.prefixLen);
  const mask = prefixMask(shorter);
  return (pa.network & mask) >>> 0 === (pb.network & mask) >>> 0;
}

/** The prefix length of a CIDR; 32 (one address) when it is malformed. */
export function prefixLength(cidr: string): number {
  return parseCidr(cidr)?.prefixLen ?? 32;
}

/** 127.0.0.0/8. */
export function isLoopback(ip: string): boolean {
  const a = parseIpv4(ip);
  return a !== undefined && a >>> 24 === 127;
}
