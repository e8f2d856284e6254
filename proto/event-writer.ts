/**
 * proto/event-writer.ts — PacketEvent → protobuf bytes of packetlife.v1.Event, written straight
 * into one growing byte buffer: the agent's hot path (agent/uplink-batch.ts).
 *
 * API
 *   const w = new EventWriter();
 *   w.event(fieldNumber, e)   appends `e` as a length-delimited field (e.g. EventBatch.events = 2);
 *                             throws CodecError (nothing appended) for a value that cannot go
 *                             on the wire, like eventToProto does
 *   w.length, w.bytes()       bytes so far (a view, valid until the next write), w.reset()
 *
 * Why not eventToProto + protobufjs: that builds a plain object per message (six per event), a
 * Long per 64-bit field and a linked list of write operations that finish() replays; measured
 * in the agent under load it was the largest part of its CPU per event (bench/README.md).
 * Here every field is written once, in place, 64-bit values split into two 32-bit halves
 * without BigInt objects where the value allows.
 *
 * Same bytes as the generated encoder for the same event except that absent = zero fields are
 * left out everywhere (proto3 readers cannot tell the difference); test/proto/event-writer.test.ts
 * decodes both and compares. IPv6 addresses (which the agent does not produce today) go through
 * eventToProto + the generated encoder, so every PacketEvent the codec accepts is accepted here.
 */
import protobuf from 'protobufjs/minimal.js';
import type { ConntrackInfo, PacketEvent, PacketFields, RouteLookupInfo, Tuple } from '../common/event.js';
import { parseIpv4 } from '../common/ipv4.js';
import { CodecError, eventToProto } from './codec.js';
import { packetlife } from './generated/packetlife.js';
import { putU32le, putVarint, putVarint64 } from './wire-bytes.js';

const KIND: Record<string, number> = { receive: 1, transmit: 2, route: 3, drop: 4, nat: 5 };
const TWO32 = 0x1_0000_0000;

// Wire types: 0 varint, 1 fixed64, 2 length-delimited, 5 fixed32.
const tag = (field: number, wire: number): number => (field << 3) | wire;

export class EventWriter {
  private buf: Uint8Array;
  private pos = 0;

  constructor(initialBytes = 64 * 1024) {
    this.buf = new Uint8Array(initialBytes);
  }

  get length(): number {
    return this.pos;
  }

  /** The bytes written so far: a view into the buffer, valid until the next write or reset. */
  bytes(): Uint8Array {
    return this.buf.subarray(0, this.pos);
  }

  reset(): void {
    this.pos = 0;
  }

  event(field: number, e: PacketEvent): void {
    const start = this.pos;
    try {
      if (hasV6(e)) {
        // eventToProto validates and converts IPv6; the generated encoder writes it.
        const bytes = packetlife.v1.Event.encode(eventToProto(e)).finish();
        this.varint(tag(field, 2));
        this.varint(bytes.length);
        this.ensure(bytes.length);
        this.buf.set(bytes, this.pos);
        this.pos += bytes.length;
        return;
      }
      this.varint(tag(field, 2));
      const body = this.open();
      this.writeEvent(e);
      this.close(body);
    } catch (err) {
      this.pos = start; // nothing of a refused event stays
      throw err;
    }
  }

  // ---------- messages ----------

  private writeEvent(e: PacketEvent): void {
    const kind = KIND[e.kind];
    if (kind === undefined) throw new CodecError(`kind: ${JSON.stringify(e.kind)} is not an event kind`);
    this.uint32Field(1, kind);
    this.bigintField(2, e.monoNs, 'mono_ns');
    this.bigintField(3, e.wallUnixNs, 'wall_unix_ns');
    this.stringField(4, e.node);
    this.uint32Field(5, e.cpu);
    this.decimalField(6, 0, e.netns, 'netns');
    this.uint32Field(7, e.ifindex);
    this.stringField(8, e.ifname);
    if (e.skb !== '0') this.decimalField(9, 1, e.skb, 'skb');
    if (e.packet) {
      this.varint(tag(10, 2));
      const at = this.open();
      this.writePacket(e.packet);
      this.close(at);
    }
    this.uint32Field(11, e.mark);
    if (e.ct) {
      this.varint(tag(12, 2));
      const at = this.open();
      this.writeConntrack(e.ct);
      this.close(at);
    }
    if (e.route) {
      this.varint(tag(13, 2));
      const at = this.open();
      this.writeRoute(e.route);
      this.close(at);
    }
    if (e.drop) {
      this.varint(tag(14, 2));
      const at = this.open();
      this.uint32Field(1, e.drop.reasonCode);
      this.stringField(2, e.drop.reason);
      this.decimalField(3, 0, e.drop.location, 'drop.location');
      this.close(at);
    }
    if (e.pod) this.stringField(15, e.pod);
  }

  private writePacket(p: PacketFields): void {
    this.uint32Field(1, p.ipVersion);
    this.fixed32Field(2, ipv4(p.src, 'packet.src'));
    this.fixed32Field(3, ipv4(p.dst, 'packet.dst'));
    this.uint32Field(4, p.protocol);
    this.uint32Field(5, p.sport);
    this.uint32Field(6, p.dport);
    this.uint32Field(7, p.ipId);
    this.uint32Field(8, p.ttl);
    this.uint32Field(9, p.length);
    this.uint32Field(10, p.tcpFlags);
    this.uint32Field(11, p.tcpSeq);
    this.uint32Field(12, p.tcpAck);
    this.uint32Field(13, p.icmpType);
    this.uint32Field(14, p.icmpCode);
    this.uint32Field(15, p.icmpId);
    this.uint32Field(16, p.icmpSeq);
  }

  private writeTuple(field: number, t: Tuple, name: string): void {
    this.varint(tag(field, 2));
    const at = this.open();
    this.fixed32Field(1, ipv4(t.src, `${name}.src`));
    this.fixed32Field(2, ipv4(t.dst, `${name}.dst`));
    this.uint32Field(3, t.sport);
    this.uint32Field(4, t.dport);
    this.uint32Field(5, t.protocol);
    this.close(at);
  }

  private writeConntrack(c: ConntrackInfo): void {
    this.uint32Field(1, c.status);
    this.uint32Field(2, c.ctinfo);
    this.writeTuple(3, c.original, 'ct.original');
    this.writeTuple(4, c.reply, 'ct.reply');
    this.uint32Field(5, c.mark);
    this.decimalField(6, 1, c.id, 'ct.id', true);
  }

  private writeRoute(r: RouteLookupInfo): void {
    this.uint32Field(1, r.table);
    if (r.error) {
      // int32: a negative value is sign-extended to ten bytes, as protobufjs writes it
      this.varint(tag(2, 0));
      if (r.error < 0) this.varint64(r.error >>> 0, 0xffffffff);
      else this.varint(r.error);
    }
    this.fixed32Field(3, ipv4(r.src, 'route.src'));
    this.fixed32Field(4, ipv4(r.dst, 'route.dst'));
    this.fixed32Field(5, ipv4(r.gateway, 'route.gateway'));
    this.uint32Field(6, r.iif);
    this.uint32Field(7, r.oif);
    this.stringField(8, r.resultDev);
    this.uint32Field(9, r.protocol);
    this.uint32Field(10, r.sport);
    this.uint32Field(11, r.dport);
    this.uint32Field(12, r.tos);
    this.uint32Field(13, r.flowiMark);
  }

  // ---------- fields (zero / empty: left out) ----------

  private uint32Field(field: number, v: number): void {
    if (!v) return;
    this.varint(field << 3);
    this.varint(v >>> 0);
  }

  private fixed32Field(field: number, v: number): void {
    if (!v) return;
    this.varint(tag(field, 5));
    this.ensure(4);
    this.u32le(v);
  }

  /** Four little-endian bytes (room ensured by the caller). */
  private u32le(v: number): void {
    this.pos = putU32le(this.buf, this.pos, v);
  }

  private stringField(field: number, s: string): void {
    if (!s) return;
    this.varint(tag(field, 2));
    const n = s.length;
    let ascii = true;
    for (let i = 0; i < n; i++) {
      if (s.charCodeAt(i) > 127) {
        ascii = false;
        break;
      }
    }
    if (!ascii) {
      const bytes = Buffer.from(s, 'utf8');
      this.varint(bytes.length);
      this.ensure(bytes.length);
      this.buf.set(bytes, this.pos);
      this.pos += bytes.length;
      return;
    }
    this.varint(n);
    this.ensure(n);
    const b = this.buf;
    let p = this.pos;
    for (let i = 0; i < n; i++) b[p++] = s.charCodeAt(i);
    this.pos = p;
  }

  private bigintField(field: number, v: bigint, name: string): void {
    if (v < 0n || v > 0xffff_ffff_ffff_ffffn) throw new CodecError(`${name}: ${v} is not an unsigned 64-bit value`);
    if (v === 0n) return;
    this.varint(field << 3);
    if (v < 0x20_0000_0000_0000n) {
      const n = Number(v);
      this.varint64(n % TWO32, Math.floor(n / TWO32));
    } else {
      this.varint64(Number(v & 0xffff_ffffn), Number(v >> 32n));
    }
  }

  /** An unsigned decimal (netns, skb, nf_conn, code address) as uint64 (wire 0) or fixed64 (wire 1). */
  private decimalField(field: number, wire: 0 | 1, s: string, name: string, keepZero = false): void {
    const n = s.length;
    if (n === 0 || n > 20) throw badDecimal(s, name);
    // Up to 15 digits are exact in a double; a longer value is head × 10^k + tail (k ≤ 5), with
    // head split into 32-bit halves so every product stays below 2^53: two divisions, no BigInt.
    const split = n > 15 ? n - 15 : 0;
    let head = 0;
    for (let i = 0; i < n - split; i++) {
      const d = s.charCodeAt(i) - 48;
      if (d < 0 || d > 9) throw badDecimal(s, name);
      head = head * 10 + d;
    }
    let hi = Math.floor(head / TWO32);
    let lo = head - hi * TWO32;
    if (split > 0) {
      let tail = 0;
      let scale = 1;
      for (let i = n - split; i < n; i++) {
        const d = s.charCodeAt(i) - 48;
        if (d < 0 || d > 9) throw badDecimal(s, name);
        tail = tail * 10 + d;
        scale *= 10;
      }
      const l = lo * scale + tail; // < 2^32 × 10^5 + 10^5: exact
      const carry = Math.floor(l / TWO32);
      lo = l - carry * TWO32;
      hi = hi * scale + carry; // < 2^21 × 10^5 + 2^17: exact
      if (hi >= TWO32) throw badDecimal(s, name);
    }
    if (lo === 0 && hi === 0 && !keepZero && wire === 0) return;
    if (wire === 0) {
      this.varint(field << 3);
      this.varint64(lo, hi);
      return;
    }
    this.varint(tag(field, 1));
    this.ensure(8);
    this.u32le(lo);
    this.u32le(hi);
  }

  // ---------- bytes ----------

  private ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.pos + n));
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
  }

  private varint(v: number): void {
    this.ensure(5);
    this.pos = putVarint(this.buf, this.pos, v);
  }

  /** An unsigned 64-bit varint from its 32-bit halves (both given as non-negative numbers). */
  private varint64(lo: number, hi: number): void {
    if (hi === 0) return this.varint(lo);
    this.ensure(10);
    this.pos = putVarint64(this.buf, this.pos, lo, hi);
  }

  /** Reserves one length byte for a nested message; close() writes it (moving the body if longer). */
  private open(): number {
    this.ensure(1);
    return this.pos++;
  }

  private close(at: number): void {
    const len = this.pos - at - 1;
    if (len < 128) {
      this.buf[at] = len;
      return;
    }
    let extra = 1;
    while (len >>> (7 * (extra + 1)) > 0) extra++;
    this.ensure(extra);
    this.buf.copyWithin(at + 1 + extra, at + 1, this.pos);
    this.pos = at;
    this.varint(len);
    this.pos += len;
  }
}

function badDecimal(s: string, field: string): CodecError {
  return new CodecError(`${field}: ${JSON.stringify(s)} is not an unsigned 64-bit decimal`);
}

function ipv4(ip: string, field: string): number {
  const n = parseIpv4(ip);
  if (n === undefined) throw new CodecError(`${field}: ${JSON.stringify(ip)} is not a dotted IPv4 address`);
  return n;
}

function hasV6(e: PacketEvent): boolean {
  const p = e.packet;
  const c = e.ct;
  const r = e.route;
  return (
    (p !== undefined && (p.src.includes(':') || p.dst.includes(':') || p.ipVersion === 6)) ||
    (c !== undefined && (c.original.src.includes(':') || c.original.dst.includes(':') || c.reply.src.includes(':') || c.reply.dst.includes(':'))) ||
    (r !== undefined && (r.src.includes(':') || r.dst.includes(':') || r.gateway.includes(':')))
  );
}

/** For tests: the generated encoder's bytes of the same event (eventToProto + protobufjs). */
export function eventBytesViaProtobufjs(e: PacketEvent): Uint8Array {
  return packetlife.v1.Event.encode(eventToProto(e), protobuf.Writer.create()).finish();
}
