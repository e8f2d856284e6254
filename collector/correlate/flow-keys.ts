/**
 * Compact map keys for flows: a conntrack tuple, or a conversation in either direction, as a
 * 7-character string of 16-bit units (kind and protocol, then each endpoint's IPv4 address in two
 * units and its port), made in one allocation and hashed in seven steps. Keys name the same
 * things the readable keys ("ct:6|10.0.1.51|40000|172.20.1.1|80", "bi:6|a:p|b:q") name: two
 * tuples get equal keys exactly when those would be equal. Anything that is not a canonical
 * dotted quad, or a port or protocol out of range, gets the readable key (always longer than 7
 * characters, so the two kinds never meet).
 */
import type { Tuple } from '../../common/event.js';
import { biKey, tupleKey } from './packet-keys.js';

const CT = 1;
const BI = 2;

/** The address as an unsigned 32-bit number, or -1 unless written as a canonical dotted quad. */
export function ipv4Number(s: string): number {
  let n = 0;
  let part = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) {
      if (digits === 0 || dots === 3) return -1;
      n = n * 256 + part;
      part = 0;
      digits = 0;
      dots++;
    } else if (c >= 48 && c <= 57) {
      if (digits > 0 && part === 0) return -1; // a leading zero: "010" is not "10" as text
      part = part * 10 + (c - 48);
      if (part > 255) return -1;
      digits++;
    } else {
      return -1;
    }
  }
  if (dots !== 3 || digits === 0) return -1;
  return n * 256 + part;
}

const isPort = (p: number): boolean => p === (p & 0xffff);

/**
 * The compact key as four 32-bit words, for a table of numbers (flow-key-table.ts) instead of a
 * Map of strings: [kind << 8 | protocol, address A, address B, port A << 16 | port B]. Two keys
 * have equal words exactly when their strings are equal (the same fields, packed losslessly).
 */
function put(out: Int32Array, at: number, kind: number, protocol: number, ipA: number, portA: number, ipB: number, portB: number): void {
  out[at] = (kind << 8) | protocol;
  out[at + 1] = ipA;
  out[at + 2] = ipB;
  out[at + 3] = (portA << 16) | portB;
}

function pack(w: Int32Array, at: number): string {
  const ipA = w[at + 1]! >>> 0;
  const ipB = w[at + 2]! >>> 0;
  const ports = w[at + 3]! >>> 0;
  return String.fromCharCode(w[at]!, ipA >>> 16, ipA & 0xffff, ports >>> 16, ipB >>> 16, ipB & 0xffff, ports & 0xffff);
}

/** A conntrack original tuple's key as words at out[at..at+3]; false when it has none (ctKey gives the readable key). */
export function ctKeyWords(t: Tuple, out: Int32Array, at: number): boolean {
  const src = ipv4Number(t.src);
  const dst = ipv4Number(t.dst);
  if (src < 0 || dst < 0 || t.protocol !== (t.protocol & 0xff) || !isPort(t.sport) || !isPort(t.dport)) return false;
  put(out, at, CT, t.protocol, src, t.sport, dst, t.dport);
  return true;
}

/** A conversation's direction-free key as words at out[at..at+3]; false when it has none (conversationKey gives the readable key). */
export function conversationKeyWords(t: Tuple, out: Int32Array, at: number): boolean {
  const src = ipv4Number(t.src);
  const dst = ipv4Number(t.dst);
  if (src < 0 || dst < 0 || t.protocol !== (t.protocol & 0xff) || !isPort(t.sport) || !isPort(t.dport)) return false;
  if (src < dst || (src === dst && t.sport <= t.dport)) put(out, at, BI, t.protocol, src, t.sport, dst, t.dport);
  else put(out, at, BI, t.protocol, dst, t.dport, src, t.sport);
  return true;
}

const words = new Int32Array(4);

/** Key of a conntrack original tuple. */
export function ctKey(t: Tuple): string {
  return ctKeyWords(t, words, 0) ? pack(words, 0) : `ct:${tupleKey(t)}`;
}

/** Direction-free key of a conversation: both directions give the same key. */
export function conversationKey(t: Tuple): string {
  return conversationKeyWords(t, words, 0) ? pack(words, 0) : `bi:${biKey(t)}`;
}
