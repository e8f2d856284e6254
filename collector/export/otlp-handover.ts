/**
 * How finished traces cross from the collector's event loop to the OTLP export worker
 * (otlp-thread.ts → otlp-worker.ts): our own internal record, not OTLP. The loop writes what the
 * spans are made of (an ExportTrace, see exportView) as numbers into one Float64Array per batch,
 * whose buffer is transferred (not copied) to the worker; strings that repeat — nodes, devices,
 * pods, addresses, table names, NAT reasons — are interned: each is sent once, then named by its
 * index. Per trace the loop pays a few hundred array writes and a few dozen Map lookups instead of
 * a JSON.stringify of ~3 KB (measured: bench/README.md, "OTLP export").
 *
 * Layout per trace (f = one float64; s = string: ≥ 0 an interned index, < 0 −(1 + index) into the
 * batch's `inline` strings; NaN = absent; t = a decimal nanosecond time as two f: seconds, nanos):
 *   s id, s flowId, s direction, s verdict, t startNs, t endNs, s from, s to,
 *   tuple first, tuple last (tuple = a src, a dst, f sport, f dport, f protocol; a = an address:
 *   IPv4 as its 32-bit value, else 2^32 + an interned index),
 *   f n, n × s node,  f n, n × s reason,  f n|NaN, n × (s code, s node, s text) incompleteDetails,
 *   f n|NaN, n × (f afterHop, s kind, s label, s clocks, s transitNs) gaps,
 *   f n, n × hop (f seq, t time, s direction, f mark, f place (an interned device: the correlator
 *                 makes one Place object per device, so it is interned by identity), a src, a dst,
 *                 f sport, f dport, f protocol, f tcpFlags, f icmpType, f icmpCode),
 *   f n, n × nat (s node, s kind, f afterHop, tuple before, tuple after, f conntrack status,
 *                 s reason, s cause, s service, s endpointPod, f inferred 0/1/NaN),
 *   f n, n × route (s node, f atHop, f table, s tableName, a dst, s gateway, s dev, s eni,
 *                   f error, f n|NaN, n × (f table, s tableName, f error) consulted),
 *   s drops (JSON of the drops, which are rare; NaN when there are none).
 * test/export/otlp.test.ts checks that every walk's trace reads back as exactly its exportView.
 */
import type { Tuple } from '../../common/event.js';
import { formatIpv4, parseIpv4 } from '../../common/ipv4.js';
import type { Gap, IncompleteReason, NatRewrite, Place, RouteDecision, Trace } from '../trace-model.js';
import type { ExportHop, ExportNat, ExportTrace } from './otlp-spans.js';

/** One batch as posted: `buffer` is transferred. */
export interface HandoverBatch {
  count: number;
  buffer: ArrayBuffer;
  length: number; // float64s used
  /** The worker forgets its string table before reading `fresh` (the table reached its bound). */
  reset: boolean;
  /** Strings interned since the last batch, in index order. */
  fresh: string[];
  /** Devices (a hop's place) interned since the last batch, in index order. */
  freshPlaces: PlaceView[];
  inline: string[];
}

type PlaceView = Pick<Place, 'kind' | 'node' | 'label' | 'pod'>;

/** An address field: an IPv4 address as its 32-bit value, anything else interned at IP_OTHER + index. */
const IP_OTHER = 2 ** 32;

/** Interned strings kept at most; past it both sides start a new table (a batch says so). */
const MAX_STRINGS = 50_000;

export class HandoverWriter {
  private readonly ids = new Map<string, number>();
  private fresh: string[] = [];
  // The correlator makes one Place object per device and reuses it: interned by identity.
  private readonly places = new Map<object, number>();
  private freshPlaces: PlaceView[] = [];
  private inline: string[] = [];
  private reset = false;
  private f: Float64Array;
  private n = 0;
  private count = 0;

  constructor(
    private readonly initialFloats = 16_384,
    private readonly maxStrings = MAX_STRINGS,
  ) {
    this.f = new Float64Array(initialFloats);
  }

  get traces(): number {
    return this.count;
  }

  private room(k: number): void {
    if (this.n + k <= this.f.length) return;
    const g = new Float64Array(Math.max(this.f.length * 2, this.n + k));
    g.set(this.f.subarray(0, this.n));
    this.f = g;
  }

  private s(v: string | undefined): void {
    if (v === undefined) {
      this.f[this.n++] = NaN;
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

  private ip(v: string): void {
    const a = parseIpv4(v);
    if (a !== undefined) this.f[this.n++] = a;
    else {
      this.s(v);
      this.f[this.n - 1] = IP_OTHER + this.f[this.n - 1]!;
    }
  }

  private place(p: Place): void {
    let i = this.places.get(p);
    if (i === undefined) {
      i = this.places.size;
      this.places.set(p, i);
      this.freshPlaces.push(p.pod === undefined ? { kind: p.kind, node: p.node, label: p.label } : { kind: p.kind, node: p.node, label: p.label, pod: p.pod });
    }
    this.f[this.n++] = i;
  }

  /** A string seen once (ids): not interned. */
  private u(v: string): void {
    this.inline.push(v);
    this.f[this.n++] = -this.inline.length;
  }

  private t(ns: string): void {
    // decimal nanoseconds as seconds and nanoseconds, both exact in a float64; read digit by
    // digit (no substrings: this runs for every hop)
    let sec = 0;
    let nanos = 0;
    const cut = ns.length - 9;
    for (let i = 0; i < ns.length; i++) {
      const d = ns.charCodeAt(i) - 48;
      if (i < cut) sec = sec * 10 + d;
      else nanos = nanos * 10 + d;
    }
    this.f[this.n++] = sec;
    this.f[this.n++] = nanos;
  }

  private tuple(x: Tuple): void {
    this.ip(x.src);
    this.ip(x.dst);
    this.f[this.n++] = x.sport;
    this.f[this.n++] = x.dport;
    this.f[this.n++] = x.protocol;
  }

  /** Writes what the spans of `t` are made of (its exportView). */
  add(t: Trace): void {
    const hops = t.hops;
    const gaps = t.gaps;
    const details = t.incompleteDetails;
    // an upper bound of the floats this trace takes, so the writes below need no checks
    this.room(40 + t.nodes.length + t.incompleteReasons.length + (details ? details.length * 3 : 0) + (gaps ? gaps.length * 6 : 0) + hops.length * 17 + t.nats.length * 20);
    this.u(t.id);
    this.u(t.flowId);
    this.s(t.direction);
    this.s(t.verdict);
    this.t(t.startNs);
    this.t(t.endNs);
    this.s(t.from);
    this.s(t.to);
    this.tuple(t.first);
    this.tuple(t.last);
    this.f[this.n++] = t.nodes.length;
    for (const x of t.nodes) this.s(x);
    this.f[this.n++] = t.incompleteReasons.length;
    for (const x of t.incompleteReasons) this.s(x);
    if (!details) this.f[this.n++] = NaN;
    else {
      this.f[this.n++] = details.length;
      for (const d of details) {
        this.s(d.code);
        this.s(d.node);
        this.s(d.text);
      }
    }
    if (!gaps) this.f[this.n++] = NaN;
    else {
      this.f[this.n++] = gaps.length;
      for (const g of gaps) {
        this.f[this.n++] = g.afterHop;
        this.s(g.kind);
        this.s(g.label);
        this.s(g.clocks);
        if (g.transitNs === undefined) this.f[this.n++] = NaN;
        else this.u(g.transitNs);
      }
    }
    this.f[this.n++] = hops.length;
    for (let i = 0; i < hops.length; i++) {
      const h = hops[i]!;
      const p = h.place;
      const k = h.packet;
      this.f[this.n++] = h.seq;
      this.t(h.timeNs);
      this.s(h.direction);
      this.f[this.n++] = h.mark;
      this.place(p);
      this.ip(k.src);
      this.ip(k.dst);
      this.f[this.n++] = k.sport;
      this.f[this.n++] = k.dport;
      this.f[this.n++] = k.protocol;
      this.f[this.n++] = k.tcpFlags;
      this.f[this.n++] = k.icmpType;
      this.f[this.n++] = k.icmpCode;
    }
    this.f[this.n++] = t.nats.length;
    for (const x of t.nats) this.nat(x);
    this.f[this.n++] = t.routes.length;
    for (const r of t.routes) {
      this.room(11 + (r.consulted ? r.consulted.length * 3 : 0));
      this.route(r);
    }
    this.room(1);
    if (t.drops.length === 0) this.f[this.n++] = NaN;
    else this.u(JSON.stringify(t.drops));
    this.count++;
  }

  private nat(x: NatRewrite): void {
    this.s(x.node);
    this.s(x.kind);
    this.f[this.n++] = x.afterHop;
    this.tuple(x.before);
    this.tuple(x.after);
    this.f[this.n++] = x.conntrack ? x.conntrack.status : NaN;
    this.s(x.reason);
    this.s(x.cause);
    this.s(x.service);
    this.s(x.endpointPod);
    this.f[this.n++] = x.inferred === undefined ? NaN : x.inferred ? 1 : 0;
  }

  private route(r: RouteDecision): void {
    this.s(r.node);
    this.f[this.n++] = r.atHop;
    this.f[this.n++] = r.table;
    this.s(r.tableName);
    this.ip(r.dst);
    this.s(r.gateway);
    this.s(r.dev);
    this.s(r.eni);
    this.f[this.n++] = r.error ?? NaN;
    const c = r.consulted;
    if (!c) this.f[this.n++] = NaN;
    else {
      this.f[this.n++] = c.length;
      for (const x of c) {
        this.f[this.n++] = x.table;
        this.s(x.tableName);
        this.f[this.n++] = x.error;
      }
    }
  }

  /** The batch so far, ready to post with [batch.buffer] as the transfer list; the writer starts a new one. */
  take(): HandoverBatch {
    // A copy of exactly what was written goes (a memcpy); the working buffer stays for the next batch.
    const batch: HandoverBatch = { count: this.count, buffer: this.f.slice(0, this.n).buffer, length: this.n, reset: this.reset, fresh: this.fresh, freshPlaces: this.freshPlaces, inline: this.inline };
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
    this.take();
    this.ids.clear();
    this.places.clear();
    this.reset = false;
    return lost;
  }
}

/**
 * A batch taken in but not read yet, with the string table it was written against: the worker
 * keeps what waits for export in this compact form (a Float64Array off the heap, not thousands of
 * small objects that outlive the young generation and load the garbage collector — whose helper
 * threads run at the event loop's priority, not the worker's) and reads traces only as it sends them.
 */
export interface PendingBatch {
  readonly count: number;
  /** Traces that will be read (the first ones of the batch). */
  readonly kept: number;
  /** Traces not read yet. */
  left: number;
  readonly f: Float64Array;
  at: number;
  readonly inline: string[];
  readonly table: string[];
  readonly places: PlaceView[];
}

/** The worker's side: batches back into ExportTraces, keeping the string table between them. */
export class HandoverReader {
  private table: string[] = [];
  private places: PlaceView[] = [];
  private readonly dotted = new Map<number, string>();
  private f: Float64Array = new Float64Array(0);
  private i = 0;
  private inline: string[] = [];

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
    return { count: b.count, kept, left: kept, f: new Float64Array(b.buffer, 0, b.length), at: 0, inline: b.inline, table: this.table, places: this.places };
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
      if (p.left === 0 && p.kept === p.count && p.at !== p.f.length) throw new Error(`OTLP hand-over: read ${p.at} of ${p.f.length} values (writer and reader disagree)`);
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

  private str(): string {
    const v = this.f[this.i++]!;
    return v >= 0 ? this.table[v]! : this.inline[-v - 1]!;
  }

  private opt(): string | undefined {
    const v = this.f[this.i++]!;
    return Number.isNaN(v) ? undefined : v >= 0 ? this.table[v]! : this.inline[-v - 1]!;
  }

  private ip(): string {
    const v = this.f[this.i++]!;
    if (v >= IP_OTHER) return this.table[v - IP_OTHER]!;
    let d = this.dotted.get(v);
    if (d === undefined) this.dotted.set(v, (d = formatIpv4(v)));
    return d;
  }

  private time(): string {
    const sec = this.f[this.i++]!;
    const ns = this.f[this.i++]!;
    return sec === 0 ? String(ns) : `${sec}${String(ns).padStart(9, '0')}`;
  }

  private tuple(): Tuple {
    return { src: this.ip(), dst: this.ip(), sport: this.num(), dport: this.num(), protocol: this.num() };
  }

  private trace(): ExportTrace {
    const id = this.str();
    const flowId = this.str();
    const direction = this.str() as Trace['direction'];
    const verdict = this.str() as Trace['verdict'];
    const startNs = this.time();
    const endNs = this.time();
    const from = this.opt();
    const to = this.opt();
    const first = this.tuple();
    const last = this.tuple();
    const nodes: string[] = new Array(this.num());
    for (let k = 0; k < nodes.length; k++) nodes[k] = this.str();
    const incompleteReasons: string[] = new Array(this.num());
    for (let k = 0; k < incompleteReasons.length; k++) incompleteReasons[k] = this.str();
    const nd = this.num();
    let incompleteDetails: IncompleteReason[] | undefined;
    if (!Number.isNaN(nd)) {
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
    if (!Number.isNaN(ng)) {
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
    for (let k = 0; k < hops.length; k++) {
      const seq = this.num();
      const timeNs = this.time();
      const dir = this.str() as ExportHop['direction'];
      const mark = this.num();
      const p = this.places[this.num()]!;
      hops[k] = {
        seq,
        timeNs,
        direction: dir,
        mark,
        place: p, // one object per device, shared by its hops (nothing downstream writes to it)
        packet: { src: this.ip(), dst: this.ip(), sport: this.num(), dport: this.num(), protocol: this.num(), tcpFlags: this.num(), icmpType: this.num(), icmpCode: this.num() },
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
    const kind = this.str() as NatRewrite['kind'];
    const afterHop = this.num();
    const before = this.tuple();
    const after = this.tuple();
    const status = this.num();
    const x: ExportNat = { node, kind, afterHop, before, after, reason: this.str(), cause: this.str() as NatRewrite['cause'] };
    if (!Number.isNaN(status)) x.conntrack = { status };
    const service = this.opt();
    if (service !== undefined) x.service = service;
    const endpointPod = this.opt();
    if (endpointPod !== undefined) x.endpointPod = endpointPod;
    const inferred = this.num();
    if (!Number.isNaN(inferred)) x.inferred = inferred === 1;
    return x;
  }

  private route(): RouteDecision {
    const node = this.str();
    const atHop = this.num();
    const table = this.num();
    const tableName = this.str();
    const dst = this.ip();
    const gateway = this.opt();
    const dev = this.str();
    const eni = this.opt();
    const error = this.num();
    const r: RouteDecision = { node, atHop, table, tableName, dst, dev };
    if (gateway !== undefined) r.gateway = gateway;
    if (eni !== undefined) r.eni = eni;
    const nc = this.num();
    if (!Number.isNaN(nc)) {
      const c: NonNullable<RouteDecision['consulted']> = new Array(nc);
      for (let k = 0; k < nc; k++) c[k] = { table: this.num(), tableName: this.str(), error: this.num() };
      r.consulted = c;
    }
    if (!Number.isNaN(error)) r.error = error;
    return r;
  }
}
