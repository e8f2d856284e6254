/**
 * bpftrace output lines → PacketEvent. Lines follow bpf/line-format.ts: single spaces between
 * fields at fixed positions, read by a cursor (no split, no regular expression per field). A
 * line that does not parse is counted and returned as an error; nothing here throws to the caller.
 *
 * The returned events are not yet enriched: node, wall clock and pod are filled by enrich.ts
 * (wallUnixNs is 0n and node '' until then).
 */
import type { ConntrackInfo, PacketEvent, PacketFields, Tuple } from '../common/event.js';
import { LINE_LENGTH } from '../bpf/line-format.js';
import { rawToIpv4String, swap16, swap32 } from '../bpf/byteorder.js';

export type ParsedLine =
  | { type: 'event'; event: PacketEvent }
  | { type: 'ready'; monoNs: bigint } // the program's BEGIN line: every probe is attached
  | { type: 'heartbeat'; monoNs: bigint } // once a second from the program
  | { type: 'mark'; monoNs: bigint; cpu: number } // this CPU's output is complete up to monoNs
  | { type: 'attaching'; probes: number } // bpftrace's own "Attaching N probes..." / "Attached N probes"
  | { type: 'lost'; count: number } // bpftrace's "Lost N events"
  | { type: 'error'; reason: string; line: string };

class BadField extends Error {}

// The line being parsed and the cursor in it. Fields are read left to right with charCode loops
// straight from the line: no split() into ~30 substrings, no Number()/BigInt per field, no
// intermediate arrays (this runs for every event; see bench/README.md "Agent").
let L = '';
let P = 0;
/** Index of the field being read (for error messages: 0 is the tag). */
let F = 0;
/** Field count of the line kind being read (for error messages). */
let N = 0;

function fewer(): BadField {
  return new BadField(`expected ${N} fields for ${L[0]}, got ${F}`);
}

/** End of the current field (the next space); the line must go on after it. */
function fieldEnd(): number {
  const end = L.indexOf(' ', P);
  if (end < 0) throw fewer();
  return end;
}

function u32(): number {
  const start = P;
  const end = fieldEnd();
  const len = end - start;
  if (len === 0 || len > 10) throw new BadField(`field ${F} is not a u32: ${L.slice(start, end)}`);
  let n = 0;
  for (let k = start; k < end; k++) {
    const d = L.charCodeAt(k) - 48;
    if (d < 0 || d > 9) throw new BadField(`field ${F} is not a u32: ${L.slice(start, end)}`);
    n = n * 10 + d;
  }
  if (n > 0xffffffff) throw new BadField(`field ${F} is not a u32: ${L.slice(start, end)}`);
  P = end + 1;
  F++;
  return n;
}

function i32(): number {
  const neg = L.charCodeAt(P) === 45; // '-'
  if (neg) P++;
  const start = P;
  const end = fieldEnd();
  const len = end - start;
  let n = 0;
  let ok = len > 0 && len <= 10;
  for (let k = start; ok && k < end; k++) {
    const d = L.charCodeAt(k) - 48;
    if (d < 0 || d > 9) ok = false;
    n = n * 10 + d;
  }
  if (neg) n = -n;
  if (!ok || n < -0x80000000 || n > 0x7fffffff) throw new BadField(`field ${F} is not an i32: ${L.slice(neg ? start - 1 : start, end)}`);
  P = end + 1;
  F++;
  return n;
}

const U64_MAX_TEXT = '18446744073709551615';

/**
 * Decimal text of a u64 field, validated without building a BigInt (skb addresses and netns
 * inodes stay strings end to end).
 */
function u64Text(): string {
  const start = P;
  const end = fieldEnd();
  checkU64(start, end);
  const text = L.slice(start, end);
  P = end + 1;
  F++;
  return end - start > 1 && text.charCodeAt(0) === 48 ? String(BigInt(text)) : text;
}

/** Throws unless L[start, end) is the decimal text of a u64. */
function checkU64(start: number, end: number): void {
  const len = end - start;
  if (len === 0 || len > 20) throw new BadField(`field ${F} is not a u64: ${L.slice(start, end)}`);
  for (let k = start; k < end; k++) {
    const c = L.charCodeAt(k);
    if (c < 48 || c > 57) throw new BadField(`field ${F} is not a u64: ${L.slice(start, end)}`);
  }
  if (len === 20 && aboveU64Max(start)) throw new BadField(`field ${F} is not a u64: ${L.slice(start, end)}`);
}

/** Whether the 20 digits at `start` are above 2^64 − 1 (compared in place, no substring). */
function aboveU64Max(start: number): boolean {
  for (let k = 0; k < 20; k++) {
    const d = L.charCodeAt(start + k) - U64_MAX_TEXT.charCodeAt(k);
    if (d !== 0) return d > 0;
  }
  return false;
}

/**
 * Texts of u64 fields whose values repeat from line to line (an skb passes several hooks, a
 * node has few netns), remembered in a direct-mapped table: a value seen recently is the string
 * made the first time, compared digit by digit with the line — no substring, no copy, and equal
 * values are one string (chain and name lookups by it compare fastest). Kept strings are
 * detached from their line.
 */
class RepeatedTexts {
  private readonly texts: (string | undefined)[];

  constructor(private readonly slots: number) {
    this.texts = new Array<string | undefined>(slots).fill(undefined);
  }

  /** The field at the cursor, as u64Text reads it. */
  read(): string {
    const start = P;
    const end = fieldEnd();
    checkU64(start, end);
    const len = end - start;
    P = end + 1;
    F++;
    if (len > 1 && L.charCodeAt(start) === 48) return String(BigInt(L.slice(start, end))); // leading zeros: not the usual form, not kept
    // the last digits vary most (skb addresses are 256-byte aligned slab objects): the slot is
    // theirs, and they are compared first
    let slot = len;
    for (let k = end - 1; k >= end - 4 && k >= start; k--) slot = slot * 10 + L.charCodeAt(k) - 48;
    slot &= this.slots - 1;
    const known = this.texts[slot];
    if (known !== undefined && known.length === len) {
      let k = len - 1;
      while (k >= 0 && known.charCodeAt(k) === L.charCodeAt(start + k)) k--;
      if (k < 0) return known;
    }
    const text = detach(L.slice(start, end));
    this.texts[slot] = text;
    return text;
  }
}

const netnsTexts = new RepeatedTexts(64);
const skbTexts = new RepeatedTexts(4096);

function u64(): bigint {
  return BigInt(u64Text());
}

/**
 * The same text, not a view of the line. V8 keeps a substring of 13 or more characters as a slice
 * of its parent, and a line is itself a slice of the whole chunk bpftrace wrote (agent/supervisor.ts
 * splitLines): an event kept for a while (on its chain, ~50 ms, when the agent builds segments)
 * kept its chunk with it through that many scavenges. Pieces under 13 characters are copies, and
 * their concatenation refers to those copies only.
 */
export function detach(s: string): string {
  if (s.length < 13) return s;
  let out = s.slice(0, 12);
  for (let i = 12; i < s.length; i += 12) out += s.slice(i, i + 12);
  return out;
}

/** A u64 field known to stay below 2^53 in practice (conntrack status bits), as a number. */
function u64Small(): number {
  const text = u64Text();
  const n = +text;
  return Number.isSafeInteger(n) ? n : Number(BigInt(text) & 0xffffffffn);
}

/** Skips `count` fields without reading them. */
function skip(count: number): void {
  for (let i = 0; i < count; i++) {
    P = fieldEnd() + 1;
    F++;
  }
}

/** The last field: the rest of the line (an interface name, possibly empty; never a space). */
function last(): string {
  if (L.indexOf(' ', P) >= 0) {
    let count = F + 1;
    for (let k = L.indexOf(' ', P); k >= 0; k = L.indexOf(' ', k + 1)) count++;
    throw new BadField(`expected ${N} fields for ${L[0]}, got ${count}`);
  }
  F++;
  return P === L.length ? '' : detach(L.slice(P));
}

/**
 * Dotted-quad strings of raw addresses, remembered in a small direct-mapped table: a node's
 * traffic repeats few addresses, so most events reuse a string instead of building one (and
 * equal addresses are then the same string, which compares fastest).
 */
const ADDR_SLOTS = 4096;
const addrKeys = new Uint32Array(ADDR_SLOTS);
const addrTexts: (string | undefined)[] = new Array<string | undefined>(ADDR_SLOTS).fill(undefined);

function address(raw: number): string {
  const slot = (raw ^ (raw >>> 12) ^ (raw >>> 24)) & (ADDR_SLOTS - 1);
  const known = addrTexts[slot];
  if (known !== undefined && addrKeys[slot] === raw) return known;
  const text = rawToIpv4String(raw);
  addrKeys[slot] = raw;
  addrTexts[slot] = text;
  return text;
}

/** Decodes the nine raw header words at the cursor (see bpf/line-format.ts). */
function decodePacket(): PacketFields {
  const w0 = u32();
  const w1 = u32();
  const w2 = u32();
  const sa = u32();
  const da = u32();
  const l0 = u32();
  const l1 = u32();
  const l2 = u32();
  const l3 = u32();
  const protocol = (w2 >>> 8) & 0xff;
  const tcp = protocol === 6;
  const ports = tcp || protocol === 17;
  const icmp = protocol === 1;
  return {
    ipVersion: 4,
    src: address(sa),
    dst: address(da),
    protocol,
    sport: ports ? swap16(l0 & 0xffff) : 0,
    dport: ports ? swap16(l0 >>> 16) : 0,
    ipId: swap16(w1 & 0xffff),
    ttl: w2 & 0xff,
    length: swap16(w0 >>> 16),
    tcpFlags: tcp ? (l3 >>> 8) & 0xff : 0,
    tcpSeq: tcp ? swap32(l1) : 0,
    tcpAck: tcp ? swap32(l2) : 0,
    icmpType: icmp ? l0 & 0xff : 0,
    icmpCode: icmp ? (l0 >>> 8) & 0xff : 0,
    icmpId: icmp ? swap16(l1 & 0xffff) : 0,
    icmpSeq: icmp ? swap16(l1 >>> 16) : 0,
  };
}

function decodeTuple(protocol: number): Tuple {
  return {
    src: address(u32()),
    dst: address(u32()),
    sport: swap16(u32()),
    dport: swap16(u32()),
    protocol,
  };
}

/** Conntrack block: nfct status ctmark osa oda osp odp rsa rda rsp rdp ctproto. */
function decodeConntrack(): ConntrackInfo | undefined {
  if (L.charCodeAt(P) === 48 && L.charCodeAt(P + 1) === 32) {
    skip(12); // no conntrack entry ("0"): the common case on receive
    return undefined;
  }
  const nfct = detach(u64Text());
  // _nfct = nf_conn address | ctinfo (low 3 bits). 1000 is a multiple of 8, so the low 3 bits
  // are the last three decimal digits mod 8, and subtracting them only touches those digits:
  // no BigInt on this path (it runs for every event that has conntrack).
  const head = nfct.slice(0, -3);
  const low = Number(nfct.slice(-3));
  const ctinfo = low % 8;
  const status = u64Small() % 2 ** 32;
  const mark = u32();
  // the protocol is the block's last field: read the tuples' fields first, then it
  const tuplesAt = P;
  const tuplesF = F;
  skip(8);
  const protocol = u32();
  const afterP = P;
  const afterF = F;
  P = tuplesAt;
  F = tuplesF;
  const original = decodeTuple(protocol);
  const reply = decodeTuple(protocol);
  P = afterP;
  F = afterF;
  return {
    status,
    ctinfo,
    mark,
    original,
    reply,
    id: head === '' ? String(low - ctinfo) : head + String(low - ctinfo).padStart(3, '0'),
  };
}

const KIND_OF_TAG = { R: 'receive', T: 'transmit', D: 'drop', N: 'nat' } as const;

/** The SKB_FIELDS after the tag; the caller reads its own fields and the name. */
function skbEvent(tag: 'R' | 'T' | 'D' | 'N'): PacketEvent {
  const monoNs = u64();
  const cpu = u32();
  const netns = netnsTexts.read();
  const ifindex = i32();
  const skb = skbTexts.read();
  const mark = u32();
  return {
    kind: KIND_OF_TAG[tag],
    monoNs,
    wallUnixNs: 0n,
    node: '',
    cpu,
    netns,
    ifindex,
    ifname: '',
    skb,
    mark,
    // Every PacketEvent has one shape (common/event.ts): all keys, this order, undefined when absent.
    packet: decodePacket(),
    ct: undefined,
    route: undefined,
    drop: undefined,
    pod: undefined,
  };
}

function parseFields(tag: string): PacketEvent {
  switch (tag) {
    case 'R':
    case 'T': {
      const event = skbEvent(tag);
      event.ct = decodeConntrack();
      event.ifname = last();
      return event;
    }
    case 'D': {
      const event = skbEvent(tag);
      const reasonCode = u32();
      event.drop = { reasonCode, reason: '', location: u64Text() }; // decimal, like every 64-bit value
      event.ifname = last();
      return event;
    }
    case 'N': {
      const event = skbEvent(tag);
      // The target tuple of the rewrite travels as a conntrack-shaped record: the kprobe tier
      // has the target only, so original and reply both hold it; ctinfo carries the manip type
      // (0 = SRC, 1 = DST).
      const ctinfo = u32();
      const target = decodeTuple(event.packet!.protocol);
      event.ct = { status: 0, ctinfo, mark: 0, original: target, reply: target, id: '0' };
      event.ifname = last();
      return event;
    }
    case 'F': {
      const monoNs = u64();
      const cpu = u32();
      const netns = netnsTexts.read();
      const table = u32();
      const error = i32();
      const iif = i32();
      const oif = i32();
      const protocol = u32();
      const tos = u32();
      const src = address(u32());
      const dst = address(u32());
      const gateway = address(u32());
      const sport = u32();
      const dport = u32();
      skip(1); // tied: see routeLineTied
      const resultDev = last();
      return {
        kind: 'route',
        monoNs,
        wallUnixNs: 0n,
        node: '',
        cpu,
        netns,
        // The device the lookup is about: the input device on the input path; on the output path
        // iif is loopback (1) and the requested oif (often 0) is the better answer.
        ifindex: iif > 1 ? iif : Math.max(0, oif),
        ifname: '',
        skb: '0',
        mark: 0,
        packet: undefined,
        ct: undefined,
        route: { table, error, iif, oif, protocol, tos, src, dst, gateway, sport, dport, resultDev, flowiMark: 0 }, // flowiMark: not in the fib_table_lookup tracepoint record
        drop: undefined,
        pod: undefined,
      };
    }
    default:
      throw new BadField(`unknown tag ${JSON.stringify(tag)}`);
  }
}

/** True when the route lookup was attributed by the CPU tie (see bpf/program.ts). */
export function routeLineTied(line: string): boolean {
  const fields = line.split(' ');
  return fields[0] === 'F' && fields[15] === '1';
}

function parseStatusLine(line: string): ParsedLine | undefined {
  // bpftrace's own messages: 0.17 prints "Attaching N probes..." (stdout), 0.24+ "Attached N
  // probes" (stderr); "Lost N events" on either stream depending on the version.
  if (line.startsWith('Attaching ') || line.startsWith('Attached ')) {
    const probes = Number(line.split(' ')[1]);
    return { type: 'attaching', probes: Number.isInteger(probes) ? probes : 0 };
  }
  if (line.startsWith('Lost ')) {
    const count = Number(line.split(' ')[1]);
    if (Number.isInteger(count)) return { type: 'lost', count };
  }
  return undefined;
}

export function parseLine(line: string): ParsedLine {
  const tag = line.length >= 2 && line.charCodeAt(1) === 32 ? line[0]! : undefined;
  if (tag !== undefined) {
    if (tag === 'B' || tag === 'H' || tag === 'W') return parseControl(tag, line);
    const expected = (LINE_LENGTH as Record<string, number>)[tag];
    if (expected === undefined) return { type: 'error', reason: `unknown tag ${JSON.stringify(tag)}`, line };
    L = line;
    P = 2;
    F = 1;
    N = expected;
    try {
      return { type: 'event', event: parseFields(tag) };
    } catch (err) {
      return { type: 'error', reason: err instanceof BadField ? err.message : String(err), line };
    } finally {
      L = ''; // do not keep the line alive
    }
  }
  if (line.length === 1 && (LINE_LENGTH as Record<string, number>)[line] !== undefined) {
    return { type: 'error', reason: `expected ${(LINE_LENGTH as Record<string, number>)[line]} fields for ${line}, got 1`, line };
  }
  return parseStatusLine(line) ?? { type: 'error', reason: 'not an event line', line };
}

/** B (ready), H (heartbeat): `TAG mono`; W (watermark mark): `W mono cpu`. */
function parseControl(tag: 'B' | 'H' | 'W', line: string): ParsedLine {
  const fields = line.split(' ');
  const what = tag === 'B' ? 'ready' : tag === 'H' ? 'heartbeat' : 'watermark';
  if (fields.length === (tag === 'W' ? 3 : 2)) {
    const mono = fields[1]!;
    const cpu = fields[2];
    if (/^\d{1,20}$/.test(mono) && BigInt(mono) <= 0xffff_ffff_ffff_ffffn && (cpu === undefined || /^\d{1,10}$/.test(cpu))) {
      const monoNs = BigInt(mono);
      if (tag === 'W') return { type: 'mark', monoNs, cpu: Number(cpu) };
      return { type: tag === 'B' ? 'ready' : 'heartbeat', monoNs };
    }
  }
  return { type: 'error', reason: `bad ${what} line`, line };
}
