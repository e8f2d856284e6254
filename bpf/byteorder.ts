/**
 * The bpftrace programs read IP addresses, ports and TCP sequence numbers as raw integers
 * straight from packet memory (network byte order loaded by a little-endian CPU), and never
 * byte-swap in the kernel: that keeps the per-packet cost down. Filter constants are converted
 * to the same raw form here, and the line parser converts raw values back.
 */
import { endianness } from 'node:os';

export function assertLittleEndianHost(): void {
  if (endianness() !== 'LE') {
    throw new Error('packetlife: the bpftrace programs assume a little-endian CPU (x86_64, arm64)');
  }
}

/** Host-order IPv4 integer → the u32 a little-endian CPU loads from the 4 wire bytes. */
export function ipv4ToRaw(ip: number): number {
  return (((ip & 0xff) << 24) | (((ip >>> 8) & 0xff) << 16) | (((ip >>> 16) & 0xff) << 8) | (ip >>> 24)) >>> 0;
}

/** Host-order port → the u16 a little-endian CPU loads from the 2 wire bytes. */
export function portToRaw(port: number): number {
  return ((port & 0xff) << 8) | (port >>> 8);
}

/** The u32 loaded from 4 wire bytes → dotted quad. */
export function rawToIpv4String(raw: number): string {
  return `${raw & 255}.${(raw >>> 8) & 255}.${(raw >>> 16) & 255}.${raw >>> 24}`;
}

/** u32 loaded little-endian from wire bytes → the big-endian (network) value. */
export function swap32(raw: number): number {
  return (((raw & 0xff) << 24) | ((raw & 0xff00) << 8) | ((raw >>> 8) & 0xff00) | (raw >>> 24)) >>> 0;
}

export function swap16(raw: number): number {
  return ((raw & 0xff) << 8) | ((raw >>> 8) & 0xff);
}
