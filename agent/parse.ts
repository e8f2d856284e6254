/**
 * bpftrace output lines → PacketEvent. Lines follow bpf/line-format.ts: split on single spaces,
 * fixed positions, no regular expression per field. A line that does not parse is counted and
 * returned as an error; nothing here throws to the caller.
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

function u32(fields: string[], i: number): number {
  // A digit loop: faster than Number() on these short strings, and it validates as it goes.
  const text = fields[i];
  if (text === undefined) throw new BadField(`field ${i} missing`);
  const len = text.length;
  if (len === 0 || len > 10) throw new BadField(`field ${i} is not a u32: ${text}`);
  let n = 0;
  for (let k = 0; k < len; k++) {
    const d = text.charCodeAt(k) - 48;
    if (d < 0 || d > 9) throw new BadField(`field ${i} is not a u32: ${text}`);
    n = n * 10 + d;
  }
  if (n > 0xffffffff) throw new BadField(`field ${i} is not a u32: ${text}`);
  return n;
}

function i32(fields: string[], i: number): number {
  const text = fields[i];
  if (text === undefined || text === '') throw new BadField(`field ${i} missing`);
  const n = +text;
  if (!(n >= -0x80000000 && n <= 0x7fffffff && Number.isInteger(n))) throw new BadField(`field ${i} is not an i32: ${text}`);
  return n;
}

const U64_MAX = (1n << 64n) - 1n;

function u64(fields: string[], i: number): bigint {
  const text = fields[i];
  if (text === undefined || text === '' || text.charCodeAt(0) < 48 || text.charCodeAt(0) > 57) {
    throw new BadField(`field ${i} is not a u64: ${String(text)}`);
  }
  let n: bigint;
  try {
    n = BigInt(text);
  } catch {
    throw new BadField(`field ${i} is not a u64: ${text}`);
  }
  if (n > U64_MAX) throw new BadField(`field ${i} is not a u64: ${text}`);
  return n;
}

const U64_MAX_TEXT = '18446744073709551615';

/**
 * Decimal text of a u64 field, validated without building a BigInt (skb addresses and netns
 * inodes stay strings end to end; this runs several times per event).
 */
function u64Text(fields: string[], i: number): string {
  const text = fields[i];
  if (text === undefined || text.length === 0 || text.length > 20) throw new BadField(`field ${i} is not a u64: ${String(text)}`);
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) throw new BadField(`field ${i} is not a u64: ${text}`);
  }
  if (text.length === 20 && text > U64_MAX_TEXT) throw new BadField(`field ${i} is not a u64: ${text}`);
  return text.length > 1 && text.charCodeAt(0) === 48 ? String(BigInt(text)) : text;
}

/** A u64 field known to stay below 2^53 in practice (conntrack status bits) as a number. */
function u64Small(fields: string[], i: number): number {
  const n = +u64Text(fields, i);
  return Number.isSafeInteger(n) ? n : Number(BigInt(fields[i]!) & 0xffffffffn);
}

/** Decodes the nine raw header words that start at `at` (see bpf/line-format.ts). */
function decodePacket(fields: string[], at: number): PacketFields {
  const w0 = u32(fields, at);
  const w1 = u32(fields, at + 1);
  const w2 = u32(fields, at + 2);
  const sa = u32(fields, at + 3);
  const da = u32(fields, at + 4);
  const l0 = u32(fields, at + 5);
  const l1 = u32(fields, at + 6);
  const l2 = u32(fields, at + 7);
  const l3 = u32(fields, at + 8);
  const protocol = (w2 >>> 8) & 0xff;
  const tcp = protocol === 6;
  const ports = tcp || protocol === 17;
  const icmp = protocol === 1;
  return {
    ipVersion: 4,
    src: rawToIpv4String(sa),
    dst: rawToIpv4String(da),
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

function decodeTuple(fields: string[], at: number, protocol: number): Tuple {
  return {
    src: rawToIpv4String(u32(fields, at)),
    dst: rawToIpv4String(u32(fields, at + 1)),
    sport: swap16(u32(fields, at + 2)),
    dport: swap16(u32(fields, at + 3)),
    protocol,
  };
}

/** Conntrack block at `at`: nfct status ctmark osa oda osp odp rsa rda rsp rdp ctproto. */
function decodeConntrack(fields: string[], at: number): ConntrackInfo | undefined {
  if (fields[at] === '0') return undefined; // no conntrack entry: the common case on receive
  const nfct = u64Text(fields, at);
  // _nfct = nf_conn address | ctinfo (low 3 bits). 1000 is a multiple of 8, so the low 3 bits
  // are the last three decimal digits mod 8, and subtracting them only touches those digits:
  // no BigInt on this path (it runs for every event that has conntrack).
  const head = nfct.slice(0, -3);
  const low = Number(nfct.slice(-3));
  const ctinfo = low % 8;
  const protocol = u32(fields, at + 11);
  return {
    status: u64Small(fields, at + 1) % 2 ** 32,
    ctinfo,
    mark: u32(fields, at + 2),
    original: decodeTuple(fields, at + 3, protocol),
    reply: decodeTuple(fields, at + 7, protocol),
    id: head === '' ? String(low - ctinfo) : head + String(low - ctinfo).padStart(3, '0'),
  };
}

const KIND_OF_TAG = { R: 'receive', T: 'transmit', D: 'drop', N: 'nat' } as const;

function skbEvent(tag: 'R' | 'T' | 'D' | 'N', fields: string[]): PacketEvent {
  return {
    kind: KIND_OF_TAG[tag],
    monoNs: u64(fields, 1),
    wallUnixNs: 0n,
    node: '',
    cpu: u32(fields, 2),
    netns: u64Text(fields, 3),
    ifindex: i32(fields, 4),
    ifname: fields[fields.length - 1]!,
    skb: u64Text(fields, 5),
    mark: u32(fields, 6),
    // Every PacketEvent has one shape (common/event.ts): all keys, this order, undefined when absent.
    packet: decodePacket(fields, 7),
    ct: undefined,
    route: undefined,
    drop: undefined,
    pod: undefined,
  };
}

function parseFields(fields: string[]): PacketEvent {
  const tag = fields[0];
  switch (tag) {
    case 'R':
    case 'T': {
      const event = skbEvent(tag, fields);
      const ct = decodeConntrack(fields, 16);
      if (ct) event.ct = ct;
      return event;
    }
    case 'D': {
      const event = skbEvent(tag, fields);
      const reasonCode = u32(fields, 16);
      event.drop = { reasonCode, reason: '', location: u64Text(fields, 17) }; // decimal, like every 64-bit value
      return event;
    }
    case 'N': {
      const event = skbEvent(tag, fields);
      // The target tuple of the rewrite travels as a conntrack-shaped record: the kprobe tier
      // has the target only, so original and reply both hold it; ctinfo carries the manip type
      // (0 = SRC, 1 = DST).
      const target = decodeTuple(fields, 17, event.packet!.protocol);
      event.ct = { status: 0, ctinfo: u32(fields, 16), mark: 0, original: target, reply: target, id: '0' };
      return event;
    }
    case 'F':
      return {
        kind: 'route',
        monoNs: u64(fields, 1),
        wallUnixNs: 0n,
        node: '',
        cpu: u32(fields, 2),
        netns: u64Text(fields, 3),
        // The device the lookup is about: the input device on the input path; on the output path
        // iif is loopback (1) and the requested oif (often 0) is the better answer.
        ifindex: i32(fields, 6) > 1 ? i32(fields, 6) : Math.max(0, i32(fields, 7)),
        ifname: '',
        skb: '0',
        mark: 0,
        packet: undefined,
        ct: undefined,
        route: {
          table: u32(fields, 4),
          error: i32(fields, 5),
          iif: i32(fields, 6),
          oif: i32(fields, 7),
          protocol: u32(fields, 8),
          tos: u32(fields, 9),
          src: rawToIpv4String(u32(fields, 10)),
          dst: rawToIpv4String(u32(fields, 11)),
          gateway: rawToIpv4String(u32(fields, 12)),
          sport: u32(fields, 13),
          dport: u32(fields, 14),
          resultDev: fields[16]!,
          flowiMark: 0, // not in the fib_table_lookup tracepoint record
        },
        drop: undefined,
        pod: undefined,
      };
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
  const fields = line.split(' ');
  const tag = fields[0];
  if (tag !== undefined && tag.length === 1) {
    if (tag === 'B' || tag === 'H') {
      if (fields.length === 2) {
        try {
          return { type: tag === 'B' ? 'ready' : 'heartbeat', monoNs: u64(fields, 1) };
        } catch {
          /* fall through to the error below */
        }
      }
      return { type: 'error', reason: `bad ${tag === 'B' ? 'ready' : 'heartbeat'} line`, line };
    }
    if (tag === 'W') {
      if (fields.length === 3) {
        try {
          return { type: 'mark', monoNs: u64(fields, 1), cpu: u32(fields, 2) };
        } catch {
          /* fall through to the error below */
        }
      }
      return { type: 'error', reason: 'bad watermark line', line };
    }
    const expected = (LINE_LENGTH as Record<string, number>)[tag];
    if (expected === undefined) return { type: 'error', reason: `unknown tag ${JSON.stringify(tag)}`, line };
    if (fields.length !== expected) {
      return { type: 'error', reason: `expected ${expected} fields for ${tag}, got ${fields.length}`, line };
    }
    try {
      return { type: 'event', event: parseFields(fields) };
    } catch (err) {
      return { type: 'error', reason: err instanceof BadField ? err.message : String(err), line };
    }
  }
  return parseStatusLine(line) ?? { type: 'error', reason: 'not an event line', line };
}
