/** Tuple and wire-field helpers shared by the correlator's stages. */
import type { PacketFields, Tuple } from '../../common/event.js';
import { fnvNumber, fnvString } from './hash.js';

export function tupleOf(p: PacketFields): Tuple {
  return { src: p.src, dst: p.dst, sport: p.sport, dport: p.dport, protocol: p.protocol };
}

export function sameTuple(a: Tuple, b: Tuple): boolean {
  return a.src === b.src && a.dst === b.dst && a.sport === b.sport && a.dport === b.dport && a.protocol === b.protocol;
}

export function invert(t: Tuple): Tuple {
  return { src: t.dst, dst: t.src, sport: t.dport, dport: t.sport, protocol: t.protocol };
}

export function tupleKey(t: Tuple): string {
  return `${t.protocol}|${t.src}|${t.sport}|${t.dst}|${t.dport}`;
}

/** Direction-free key of a conversation: both directions of one connection give the same key. */
export function biKey(t: Tuple): string {
  const a = `${t.src}:${t.sport}`;
  const b = `${t.dst}:${t.dport}`;
  return a < b ? `${t.protocol}|${a}|${b}` : `${t.protocol}|${b}|${a}`;
}

/**
 * What stays the same for one packet across NAT and forwarding on one node: the IP id, the
 * length and (TCP) sequence numbers. Two events of one skb address that disagree here are two
 * packets: the address was freed and reused.
 */
export function identityKey(p: PacketFields): string {
  if (p.protocol === 6) return `6|${p.ipId}|${p.length}|${p.tcpSeq}|${p.tcpAck}|${p.tcpFlags}`;
  if (p.protocol === 1) return `1|${p.ipId}|${p.length}|${p.icmpType}|${p.icmpSeq}`;
  return `${p.protocol}|${p.ipId}|${p.length}`;
}

/** Feeds identityKey(p) to the running FNV hash (hash.ts) without building it. */
export function hashIdentity(p: PacketFields): void {
  fnvNumber(p.protocol);
  fnvString('|');
  fnvNumber(p.ipId);
  fnvString('|');
  fnvNumber(p.length);
  if (p.protocol === 6) {
    fnvString('|');
    fnvNumber(p.tcpSeq);
    fnvString('|');
    fnvNumber(p.tcpAck);
    fnvString('|');
    fnvNumber(p.tcpFlags);
  } else if (p.protocol === 1) {
    fnvString('|');
    fnvNumber(p.icmpType);
    fnvString('|');
    fnvNumber(p.icmpSeq);
  }
}

/** identityKey(a) === identityKey(b), without building strings (the per-event hot path). */
export function sameIdentity(a: PacketFields, b: PacketFields): boolean {
  if (a.protocol !== b.protocol || a.ipId !== b.ipId || a.length !== b.length) return false;
  if (a.protocol === 6) return a.tcpSeq === b.tcpSeq && a.tcpAck === b.tcpAck && a.tcpFlags === b.tcpFlags;
  if (a.protocol === 1) return a.icmpType === b.icmpType && a.icmpSeq === b.icmpSeq;
  return true;
}

/**
 * The fields a packet carries on the wire between nodes, which no VPC router changes (TTL
 * excluded: routers decrement it): the tuple and the identity (identityKey's fields). Stitching
 * across nodes joins on this, never on skb.
 */
export function sameWire(a: PacketFields, b: PacketFields): boolean {
  return a.src === b.src && a.dst === b.dst && a.sport === b.sport && a.dport === b.dport && sameIdentity(a, b);
}

/**
 * A small-integer hash of sameWire's fields, for a map key: equal for packets sameWire calls the
 * same, spread by the ports, IP id, length and sequence numbers (the addresses are left out: they
 * repeat, and hashing their text would cost more than building a key string did). Who looks up
 * by it compares with sameWire.
 */
export function wireHash(p: PacketFields): number {
  let h = Math.imul(p.protocol ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ p.sport ^ (p.dport << 16), 0xc2b2ae35);
  h = Math.imul(h ^ p.ipId ^ (p.length << 16), 0x27d4eb2f);
  if (p.protocol === 6) {
    h = Math.imul(h ^ p.tcpSeq, 0x165667b1);
    h = Math.imul(h ^ p.tcpAck ^ (p.tcpFlags << 24), 0x9e3779b1);
  } else if (p.protocol === 1) {
    h = Math.imul(h ^ p.icmpType ^ (p.icmpSeq << 8), 0x165667b1);
  }
  h ^= h >>> 15;
  return h & 0x3fffffff; // a Smi: no heap number per key
}
