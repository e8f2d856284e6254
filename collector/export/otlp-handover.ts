/**
 * How finished traces cross from the collector's event loop to the OTLP export side (the niced
 * export process, otlp-process.ts → otlp-child.ts, or the worker thread, otlp-thread.ts →
 * otlp-worker.ts): our own internal record, not OTLP. The loop writes what the spans are made of
 * (an ExportTrace, see exportView) as 32-bit words into one Int32Array per batch; strings that
 * repeat — nodes, devices, pods, addresses that are not IPv4, table names, NAT reasons — are
 * interned: each is sent once, then named by its index.
 *
 * What the loop pays per trace is what bounds the collector's throughput with export on, so the
 * record says only what the export side cannot work out itself (measured: bench/README.md, "OTLP
 * export"): a hop says its device, its direction and its time as the change from the hop before
 * (one word), and its addresses, ports, protocol fields, mark and number only where they are not
 * what the reader already knows (the hop before's, the trace's first tuple for the first hop, 0,
 * its index). Most hops are one word and a time; the loop parses no address of such a hop, and
 * the reader shares one packet object between the hops that carry the same packet.
 *
 * Layout per trace (w = one word; s = a string: ≥ 0 an interned index, < 0 −(1 + index) into the
 * batch's `inline` strings, NONE absent; e = an enum: its index in the table below, or −1 and an
 * s; t = a decimal nanosecond time as two w, seconds (unsigned) and nanoseconds; n|NONE = a count,
 * NONE when the list is absent):
 *   s id (inline), s flowId (inline), e direction, e verdict, t startNs, t endNs, s from, s to,
 *   tuple first, tuple last (or the one word SAME: as first),
 *   w n, n × s node,  w n, n × s reason,  n|NONE, n × (s code, s node, s text) incompleteDetails,
 *   n|NONE, n × (w afterHop, s kind, s label, s clocks, s transitNs (inline)) gaps,
 *   w n, n × hop: w head (H_* bits, the device's index from PLACE_SHIFT), then
 *                 w time − the hop before's (the first: − startNs), or t when H_TIME_FULL,
 *                 [w seq], [a src, a dst], [w sport, w dport], [w protocol, w tcpFlags,
 *                 w icmpType, w icmpCode], [w mark], as the head says,
 *   w n, n × nat (s node, e kind, w afterHop, tuple before, tuple after, w|NONE conntrack status,
 *                 s reason, e cause, s service, s endpointPod, w inferred 0/1/NONE),
 *   w n, n × route (w flags R_*, s node, w atHop, w table, s tableName, a dst, s gateway, s dev,
 *                   s eni, [w error], [w n, n × (w table, s tableName, w error) consulted]),
 *   s drops (inline JSON of the drops, which are rare; NONE when there are none).
 * tuple = w protocol | T_SRC_STR | T_DST_STR, a src, a dst, w sport, w dport; a = an address:
 * IPv4 as its 32-bit value, or an s where the tuple's / hop's flags say so. Unsigned 32-bit values
 * (addresses, marks, table ids, seconds) are written as their bits and read back with >>> 0.
 * test/export/otlp.test.ts checks that every walk's trace reads back as exactly its exportView.
 */
import type { Tuple } from '../../common/event.js';
import { formatIpv4, parseIpv4 } from '../../common/ipv4.js';
import type { FlowDirection, Gap, IncompleteReason, NatRewrite, Place, RouteDecision, Trace, TraceVerdict } from '../trace-model.js';
import type { ExportHop, ExportNat, ExportTrace } from './otlp-spans.js';

/** One batch as sent. */
export interface HandoverBatch {
  count: number;
  data: Int32Array;
  /** The reader forgets its string table before reading `fresh` (the table reached its bound). */
  reset: boolean;
  /** Strings interned since the last batch, in index order. */
  fresh: string[];
  /** Devices (a hop's place) interned since the last batch, in index order. */
  freshPlaces: PlaceView[];
  inline: string[];
}

type PlaceView = Pick<Place, 'kind' | 'node' | 'label' | 'pod'>;
type Packet = ExportHop['packet'];

/** An absent string or number. */
const NONE = -0x8000_0000;
/** `last` is the same tuple as `first` (the usual case: no rewrite on the way). */
const SAME = -1;

const DIRECTIONS: readonly FlowDirection[] = ['request', 'reply'];
const VERDICTS: readonly TraceVerdict[] = ['delivered', 'dropped', 'incomplete'];
const NAT_KINDS: readonly NatRewrite['kind'][] = ['DNAT', 'SNAT', 'DNAT+SNAT', 'UNDNAT', 'UNSNAT'];
const NAT_CAUSES: readonly NatRewrite['cause'][] = ['clusterip', 'nodeport', 'nodeport-masquerade', 'hairpin-masquerade', 'vpc-cni-egress-snat', 'nat-gateway', 'load-balancer', 'reply', 'unknown'];

/** A tuple's first word: its protocol and which of its addresses are strings (not IPv4). */
const T_SRC_STR = 0x1_0000;
const T_DST_STR = 0x2_0000;
const T_PROTOCOL = 0xffff;

/** A hop's head word. Direction in the low two bits: 0 receive, 1 transmit, 2 another (an s follows the head). */
const H_TRANSMIT = 1;
const H_OTHER_DIRECTION = 2;
const H_ADDRESSES = 4;
const H_PORTS = 8;
const H_KIND = 16; // protocol, TCP flags, ICMP type and code
const H_MARK = 32;
const H_TIME_FULL = 64; // the time as t, not as the change from the hop before
const H_SRC_STR = 128;
const H_DST_STR = 256;
const H_SEQ = 512; // its number is not its index
const PLACE_SHIFT = 10;

/** A route's flags word. */
const R_DST_STR = 1;
const R_ERROR = 2;
const R_CONSULTED = 4;

/** A time change in ns that fits a word. */
const MAX_DELTA = 0x7fff_ffff;

/** Interned strings and devices kept at most; past it both sides start a new table (a batch says so). */
const MAX_STRINGS = 50_000;

export class HandoverWriter {
  private readonly ids = new Map<string, number>();
  private fresh: string[] = [];
  // The correlator makes one Place object per device and reuses it: interned by identity.
  private readonly places = new Map<object, number>();
  private freshPlaces: PlaceView[] = [];
  private inline: string[] = [];
  private reset = false;
  private f: Int32Array;
  private n = 0;
  private count = 0;
  /** The last time written, as seconds and nanoseconds: the next hop's time is written as the change from it. */
  private sec = 0;
  private ns = 0;

  constructor(
    initialWords = 16_384,
    private readonly maxStrings = MAX_STRINGS,
  ) {
    this.f = new Int32Array(initialWords);
  }

  get traces(): number {
    return this.count;
  }

  private room(k: number): void {
    if (this.n + k <= this.f.length) return;
    const g = new Int32Array(Math.max(this.f.length * 2, this.n + k));
    g.set(this.f.subarray(0, this.n));
    this.f = g;
  }

  private s(v: string | undefined): void {
    if (v === undefined) {
      this.f[this.n++] = NONE;
      return;
    }
    let i = this.ids.get(v);
    if (i === undefined) {
      i = this.ids.size;
      this.ids.set(v, i);
      this.fresh.push(v);
    }
    this.f[this.n++] = i;
  }

  /** A string seen once (ids): not interned. */
  private u(v: string): void {
    this.inline.push(v);
    this.f[this.n++] = -this.inline.length;
  }

  private e<T extends string>(table: readonly T[], v: T): void {
    const i = table.indexOf(v);
    this.f[this.n++] = i;
    if (i < 0) this.s(v);
  }

  /** An address word; true when it is an s (not IPv4), which the caller's flags must say. */
  private a(v: string): boolean {
    const x = parseIpv4(v);
    if (x !== undefined) {
      this.f[this.n++] = x;
      return false;
    }
    this.s(v);
    return true;
  }

  private place(p: Place): number {
    let i = this.places.get(p);
    if (i === undefined) {
      i = this.places.size;
      this.places.set(p, i);
      this.freshPlaces.push(p.pod === undefined ? { kind: p.kind, node: p.node, label: p.label } : { kind: p.kind, node: p.node, label: p.label, pod: p.pod });
    }
    return i;
  }

  /** Reads a decimal nanosecond time into this.sec / this.ns, digit by digit (no substrings: it runs for every hop). */
  private parse(v: string): void {
    let sec = 0;
    let ns = 0;
    const cut = v.length - 9;
    for (let i = 0; i < v.length; i++) {
      const d = v.charCodeAt(i) - 48;
      if (i < cut) sec = sec * 10 + d;
      else ns = ns * 10 + d;
    }
    this.sec = sec;
    this.ns = ns;
  }

  private t(v: string): void {
    this.parse(v);
    this.f[this.n++] = this.sec;
    this.f[this.n++] = this.ns;
  }

  private tuple(x: Tuple): void {
    const at = this.n++;
    let w = x.protocol;
    if (this.a(x.src)) w |= T_SRC_STR;
    if (this.a(x.dst)) w |= T_DST_STR;
    this.f[at] = w;
    this.f[this.n++] = x.sport;
    this.f[this.n++] = x.dport;
  }

  /** Writes what the spans of `t` are made of (its exportView). */
  add(t: Trace): void {
    const hops = t.hops;
    const gaps = t.gaps;
    const details = t.incompleteDetails;
    // an upper bound of the words this trace takes, so the writes below need no checks
    this.room(40 + t.nodes.length + t.incompleteReasons.length + (details ? details.length * 3 : 0) + (gaps ? gaps.length * 5 : 0) + hops.length * 16 + t.nats.length * 22 + t.routes.length * 12);
    this.u(t.id);
    this.u(t.flowId);
    this.e(DIRECTIONS, t.direction);
    this.e(VERDICTS, t.verdict);
    this.t(t.endNs);
    this.t(t.startNs); // last: the first hop's time is written as the change from it
    this.s(t.from);
    this.s(t.to);
    const first = t.first;
    const last = t.last;
    this.tuple(first);
    if (last.src === first.src && last.dst === first.dst && last.sport === first.sport && last.dport === first.dport && last.protocol === first.protocol) this.f[this.n++] = SAME;
    else this.tuple(last);
    this.f[this.n++] = t.nodes.length;
    for (const x of t.nodes) this.s(x);
    this.f[this.n++] = t.incompleteReasons.length;
    for (const x of t.incompleteReasons) this.s(x);
    if (!details) this.f[this.n++] = NONE;
    else {
      this.f[this.n++] = details.length;
      for (const d of details) {
        this.s(d.code);
        this.s(d.node);
        this.s(d.text);
      }
    }
    if (!gaps) this.f[this.n++] = NONE;
    else {
      this.f[this.n++] = gaps.length;
      for (const g of gaps) {
        this.f[this.n++] = g.afterHop;
        this.s(g.kind);
        this.s(g.label);
        this.s(g.clocks);
        if (g.transitNs === undefined) this.f[this.n++] = NONE;
        else this.u(g.transitNs);
      }
    }
    this.f[this.n++] = hops.length;
    // What the reader knows before the first hop: the first tuple (and no protocol fields: the first hop always says them).
    let src = first.src;
    let dst = first.dst;
    let sport = first.sport;
    let dport = first.dport;
    let prev: Trace['hops'][number]['packet'] | undefined;
    for (let i = 0; i < hops.length; i++) {
      const h = hops[i]!;
      const k = h.packet;
      const at = this.n++;
      let head = this.place(h.place) << PLACE_SHIFT;
      if (h.direction === 'transmit') head |= H_TRANSMIT;
      else if (h.direction !== 'receive') {
        head |= H_OTHER_DIRECTION;
        this.s(h.direction);
      }
      const sec = this.sec;
      const ns = this.ns;
      this.parse(h.timeNs);
      const ds = this.sec - sec;
      const delta = ds >= -2 && ds <= 2 ? ds * 1e9 + (this.ns - ns) : Infinity;
      if (delta >= -MAX_DELTA && delta <= MAX_DELTA) this.f[this.n++] = delta;
      else {
        head |= H_TIME_FULL;
        this.f[this.n++] = this.sec;
        this.f[this.n++] = this.ns;
      }
      if (h.seq !== i) {
        head |= H_SEQ;
        this.f[this.n++] = h.seq;
      }
      if (k.src !== src || k.dst !== dst) {
        head |= H_ADDRESSES;
        if (this.a(k.src)) head |= H_SRC_STR;
        if (this.a(k.dst)) head |= H_DST_STR;
        src = k.src;
        dst = k.dst;
      }
      if (k.sport !== sport || k.dport !== dport) {
        head |= H_PORTS;
        this.f[this.n++] = sport = k.sport;
        this.f[this.n++] = dport = k.dport;
      }
      if (!prev || k.protocol !== prev.protocol || k.tcpFlags !== prev.tcpFlags || k.icmpType !== prev.icmpType || k.icmpCode !== prev.icmpCode) {
        head |= H_KIND;
        this.f[this.n++] = k.protocol;
        this.f[this.n++] = k.tcpFlags;
        this.f[this.n++] = k.icmpType;
        this.f[this.n++] = k.icmpCode;
      }
      prev = k;
      if (h.mark !== 0) {
        head |= H_MARK;
        this.f[this.n++] = h.mark;
      }
      this.f[at] = head;
    }
    this.f[this.n++] = t.nats.length;
    for (const x of t.nats) this.nat(x);
    this.f[this.n++] = t.routes.length;
    for (const r of t.routes) {
      this.room(12 + (r.consulted ? r.consulted.length * 3 : 0));
      this.route(r);
    }
    this.room(1);
    if (t.drops.length === 0) this.f[this.n++] = NONE;
    else this.u(JSON.stringify(t.drops));
    this.count++;
  }

  private nat(x: NatRewrite): void {
    this.s(x.node);
    this.e(NAT_KINDS, x.kind);
    this.f[this.n++] = x.afterHop;
    this.tuple(x.before);
    this.tuple(x.after);
    this.f[this.n++] = x.conntrack ? x.conntrack.status : NONE;
    this.s(x.reason);
    this.e(NAT_CAUSES, x.cause);
    this.s(x.service);
    this.s(x.endpointPod);
    this.f[this.n++] = x.inferred === undefined ? NONE : x.inferred ? 1 : 0;
  }

  private route(r: RouteDecision): void {
    const at = this.n++;
    let flags = 0;
    this.s(r.node);
    this.f[this.n++] = r.atHop;
    this.f[this.n++] = r.table;
    this.s(r.tableName);
    if (this.a(r.dst)) flags |= R_DST_STR;
    this.s(r.gateway);
    this.s(r.dev);
    this.s(r.eni);
    if (r.error !== undefined) {
      flags |= R_ERROR;
      this.f[this.n++] = r.error;
    }
    const c = r.consulted;
    if (c) {
      flags |= R_CONSULTED;
      this.f[this.n++] = c.length;
      for (const x of c) {
        this.f[this.n++] = x.table;
        this.s(x.tableName);
        this.f[this.n++] = x.error;
      }
    }
    this.f[at] = flags;
  }

  /** The batch so far, with words of its own (a copy: to transfer, or to keep); the writer starts a new one. */
  take(): HandoverBatch {
    const b = this.takeView();
    b.data = b.data.slice();
    return b;
  }

  /**
   * The batch so far without a copy: its `data` is a view of the writer's own words, good only
   * until the next add(). For a sender that serializes it at once (process.send does).
   */
  takeView(): HandoverBatch {
    const batch: HandoverBatch = { count: this.count, data: this.f.subarray(0, this.n), reset: this.reset, fresh: this.fresh, freshPlaces: this.freshPlaces, inline: this.inline };
    this.n = 0;
    this.count = 0;
    this.fresh = [];
    this.freshPlaces = [];
    this.inline = [];
    this.reset = false;
    if (this.ids.size + this.places.size > this.maxStrings) {
      this.ids.clear();
      this.places.clear();
      this.reset = true;
    }
    return batch;
  }

  /**
   * Forgets the batch so far and every string interned: for a new reader (the export process was
   * restarted), which knows none of them. Returns how many traces were forgotten.
   */
  discard(): number {
    const lost = this.count;
    this.takeView();
    this.ids.clear();
    this.places.clear();
    this.reset = false;
    return lost;
  }
}

/**
 * A batch taken in but not read yet, with the string table it was written against: the export
 * side keeps what waits for export in this compact form (an Int32Array off the heap, not
 * thousands of small objects that outlive the young generation and load the garbage collector)
 * and reads traces only as it sends them.
 */
export interface PendingBatch {
  readonly count: number;
  /** Traces that will be read (the first ones of the batch). */
  readonly kept: number;
  /** Traces not read yet. */
  left: number;
  readonly f: Int32Array;
  at: number;
  readonly inline: string[];
  readonly table: string[];
  readonly places: PlaceView[];
}

/** The export side: batches back into ExportTraces, keeping the string table between them. */
export class HandoverReader {
  private table: string[] = [];
  private places: PlaceView[] = [];
  private readonly dotted = new Map<number, string>();
  private f: Int32Array = new Int32Array(0);
  private i = 0;
  private inline: string[] = [];
  /** The last time read (seconds, nanoseconds): a hop's time is the change from it. */
  private sec = 0;
  private ns = 0;

  /**
   * Takes a batch's strings into the table (every batch, in the order written, read or not) and
   * returns it to be read later with next(). A reset starts a new table; batches taken before it
   * keep the one they were written against. `keep`: how many of its traces will be read (the
   * first ones; the rest are dropped unread).
   */
  accept(b: HandoverBatch, keep = b.count): PendingBatch {
    if (b.reset) {
      this.table = [];
      this.places = [];
    }
    for (const s of b.fresh) this.table.push(s);
    for (const p of b.freshPlaces) this.places.push(p);
    const kept = Math.max(0, Math.min(keep, b.count));
    return { count: b.count, kept, left: kept, f: b.data, at: 0, inline: b.inline, table: this.table, places: this.places };
  }

  /** The next trace of a pending batch (p.left > 0). */
  next(p: PendingBatch): ExportTrace {
    if (p.left <= 0) throw new Error('OTLP hand-over: no trace left in this batch');
    if (this.dotted.size > 65_536) this.dotted.clear();
    const table = this.table;
    const places = this.places;
    this.table = p.table;
    this.places = p.places;
    this.f = p.f;
    this.i = p.at;
    this.inline = p.inline;
    try {
      const t = this.trace();
      p.at = this.i;
      p.left--;
      if (p.left === 0 && p.kept === p.count && p.at !== p.f.length) throw new Error(`OTLP hand-over: read ${p.at} of ${p.f.length} words (writer and reader disagree)`);
      return t;
    } finally {
      this.table = table;
      this.places = places;
    }
  }

  /** Every trace of a batch at once. */
  read(b: HandoverBatch): ExportTrace[] {
    const p = this.accept(b);
    const out: ExportTrace[] = new Array(b.count);
    for (let k = 0; k < b.count; k++) out[k] = this.next(p);
    return out;
  }

  private num(): number {
    return this.f[this.i++]!;
  }

  private ref(v: number): string {
    return v >= 0 ? this.table[v]! : this.inline[-v - 1]!;
  }

  private str(): string {
    return this.ref(this.f[this.i++]!);
  }

  private opt(): string | undefined {
    const v = this.f[this.i++]!;
    return v === NONE ? undefined : this.ref(v);
  }

  private optNum(): number | undefined {
    const v = this.f[this.i++]!;
    return v === NONE ? undefined : v;
  }

  private e<T extends string>(table: readonly T[]): T {
    const i = this.f[this.i++]!;
    return i >= 0 ? table[i]! : (this.str() as T);
  }

  /** An address: a string where `isString`, else IPv4. */
  private a(isString: boolean): string {
    const v = this.f[this.i++]!;
    if (isString) return this.ref(v);
    const u = v >>> 0;
    let d = this.dotted.get(u);
    if (d === undefined) this.dotted.set(u, (d = formatIpv4(u)));
    return d;
  }

  /** this.sec / this.ns as the decimal nanosecond string. */
  private decimal(): string {
    return this.sec === 0 ? String(this.ns) : `${this.sec}${String(this.ns).padStart(9, '0')}`;
  }

  private time(): string {
    this.sec = this.f[this.i++]! >>> 0;
    this.ns = this.f[this.i++]!;
    return this.decimal();
  }

  /** A hop's time: the change from the time before. */
  private after(delta: number): string {
    let ns = this.ns + delta;
    let sec = this.sec;
    while (ns < 0) {
      ns += 1e9;
      sec--;
    }
    while (ns >= 1e9) {
      ns -= 1e9;
      sec++;
    }
    this.sec = sec;
    this.ns = ns;
    return this.decimal();
  }

  private tuple(): Tuple {
    const w = this.num();
    return { src: this.a((w & T_SRC_STR) !== 0), dst: this.a((w & T_DST_STR) !== 0), sport: this.num(), dport: this.num(), protocol: w & T_PROTOCOL };
  }

  private trace(): ExportTrace {
    const id = this.str();
    const flowId = this.str();
    const direction = this.e(DIRECTIONS);
    const verdict = this.e(VERDICTS);
    const endNs = this.time();
    const startNs = this.time();
    const from = this.opt();
    const to = this.opt();
    const first = this.tuple();
    let last: Tuple;
    if (this.f[this.i] === SAME) {
      this.i++;
      last = { ...first };
    } else last = this.tuple();
    const nodes: string[] = new Array(this.num());
    for (let k = 0; k < nodes.length; k++) nodes[k] = this.str();
    const incompleteReasons: string[] = new Array(this.num());
    for (let k = 0; k < incompleteReasons.length; k++) incompleteReasons[k] = this.str();
    const nd = this.num();
    let incompleteDetails: IncompleteReason[] | undefined;
    if (nd !== NONE) {
      incompleteDetails = new Array(nd);
      for (let k = 0; k < nd; k++) {
        const code = this.str() as IncompleteReason['code'];
        const node = this.opt();
        const text = this.str();
        incompleteDetails[k] = node === undefined ? { code, text } : { code, node, text };
      }
    }
    const ng = this.num();
    let gaps: Gap[] | undefined;
    if (ng !== NONE) {
      gaps = new Array(ng);
      for (let k = 0; k < ng; k++) {
        const g: Gap = { afterHop: this.num(), kind: this.str() as Gap['kind'], label: this.str() };
        const clocks = this.opt();
        if (clocks !== undefined) g.clocks = clocks as Gap['clocks'];
        const transit = this.opt();
        if (transit !== undefined) g.transitNs = transit;
        gaps[k] = g;
      }
    }
    const hops: ExportHop[] = new Array(this.num());
    // What the writer took as known before the first hop (see add)
    let packet: Packet = { src: first.src, dst: first.dst, sport: first.sport, dport: first.dport, protocol: 0, tcpFlags: 0, icmpType: 0, icmpCode: 0 };
    for (let k = 0; k < hops.length; k++) {
      const head = this.num();
      const dir = (head & 3) === H_TRANSMIT ? 'transmit' : (head & 3) === H_OTHER_DIRECTION ? (this.str() as ExportHop['direction']) : 'receive';
      const timeNs = (head & H_TIME_FULL) !== 0 ? this.time() : this.after(this.num());
      const seq = (head & H_SEQ) !== 0 ? this.num() : k;
      // A hop that carries what the hop before carried shares its packet object (nothing downstream writes to it).
      if ((head & (H_ADDRESSES | H_PORTS | H_KIND)) !== 0) {
        const q = { ...packet };
        if ((head & H_ADDRESSES) !== 0) {
          q.src = this.a((head & H_SRC_STR) !== 0);
          q.dst = this.a((head & H_DST_STR) !== 0);
        }
        if ((head & H_PORTS) !== 0) {
          q.sport = this.num();
          q.dport = this.num();
        }
        if ((head & H_KIND) !== 0) {
          q.protocol = this.num();
          q.tcpFlags = this.num();
          q.icmpType = this.num();
          q.icmpCode = this.num();
        }
        packet = q;
      }
      const mark = (head & H_MARK) !== 0 ? this.num() >>> 0 : 0;
      hops[k] = {
        seq,
        timeNs,
        direction: dir,
        mark,
        place: this.places[head >>> PLACE_SHIFT]!, // one object per device, shared by its hops (nothing downstream writes to it)
        packet,
      };
    }
    const nats: ExportNat[] = new Array(this.num());
    for (let k = 0; k < nats.length; k++) nats[k] = this.nat();
    const routes: RouteDecision[] = new Array(this.num());
    for (let k = 0; k < routes.length; k++) routes[k] = this.route();
    const drops = this.opt();
    const v: ExportTrace = { id, flowId, direction, nodes, hops, nats, routes, drops: drops === undefined ? [] : (JSON.parse(drops) as Trace['drops']), first, last, verdict, incompleteReasons, startNs, endNs };
    if (from !== undefined) v.from = from;
    if (to !== undefined) v.to = to;
    if (incompleteDetails) v.incompleteDetails = incompleteDetails;
    if (gaps) v.gaps = gaps;
    return v;
  }

  private nat(): ExportNat {
    const node = this.str();
    const kind = this.e(NAT_KINDS);
    const afterHop = this.num();
    const before = this.tuple();
    const after = this.tuple();
    const status = this.optNum();
    const x: ExportNat = { node, kind, afterHop, before, after, reason: this.str(), cause: this.e(NAT_CAUSES) };
    if (status !== undefined) x.conntrack = { status };
    const service = this.opt();
    if (service !== undefined) x.service = service;
    const endpointPod = this.opt();
    if (endpointPod !== undefined) x.endpointPod = endpointPod;
    const inferred = this.optNum();
    if (inferred !== undefined) x.inferred = inferred === 1;
    return x;
  }

  private route(): RouteDecision {
    const flags = this.num();
    const node = this.str();
    const atHop = this.num();
    const table = this.num() >>> 0;
    const tableName = this.str();
    const dst = this.a((flags & R_DST_STR) !== 0);
    const gateway = this.opt();
    const dev = this.str();
    const eni = this.opt();
    const r: RouteDecision = { node, atHop, table, tableName, dst, dev };
    if (gateway !== undefined) r.gateway = gateway;
    if (eni !== undefined) r.eni = eni;
    const error = (flags & R_ERROR) !== 0 ? this.num() : undefined;
    if ((flags & R_CONSULTED) !== 0) {
      const c: NonNullable<RouteDecision['consulted']> = new Array(this.num());
      for (let k = 0; k < c.length; k++) c[k] = { table: this.num() >>> 0, tableName: this.str(), error: this.num() };
      r.consulted = c;
    }
    if (error !== undefined) r.error = error;
    return r;
  }
}
