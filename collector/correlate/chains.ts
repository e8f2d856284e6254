/**
 * Node-local chains: one node's events grouped by skb address, bounded by time, by the skb's
 * lifetime (a drop, leaving through an ENI, delivery into a pod end it) and by the packet's
 * identity (an skb address reused for another packet starts a new chain). Also the node's
 * buffer of route lookups, which carry no skb and are matched to chains when those close.
 */
import type { PacketEvent } from '../../common/event.js';
import type { RouteRecord, RouteSource } from './segment.js';
import type { PacketFields } from '../../common/event.js';
import { sameIdentity } from './packet-keys.js';

/**
 * Reasons with which a pod's kernel frees a packet it had received without the packet having
 * reached a socket: no socket on the port (UDP answers ICMP port unreachable, TCP a RST), the
 * pod's own netfilter rules, checksums, a full receive buffer, a socket filter. Anything else
 * freed after delivery (QUEUE_PURGE, SOCKET_CLOSE, NOT_SPECIFIED...) is the socket letting go.
 */
const DROPS_IN_POD = new Set([
  'NO_SOCKET',
  'NETFILTER_DROP',
  'SOCKET_FILTER',
  'SOCKET_RCVBUFF',
  'PROTO_MEM',
  'UDP_CSUM',
  'TCP_CSUM',
  'IP_CSUM',
  'IP_NOPROTO',
  'XFRM_POLICY',
  'IP_RPFILTER',
  'OTHERHOST',
  'IP_INADDRERRORS',
  'TCP_LISTEN_OVERFLOW',
  'TCP_FLAGS',
  'TCP_MD5NOTFOUND',
  'TCP_MD5UNEXPECTED',
  'TCP_MD5FAILURE',
  'ICMP_CSUM',
  'INVALID_PROTO',
]);

/** Whether a drop event after the packet reached its pod is still a drop (not the socket letting go). */
export function dropsAfterDelivery(e: PacketEvent): boolean {
  const reason = e.drop?.reason;
  return reason !== undefined && DROPS_IN_POD.has(reason);
}

/** Every field always present (undefined when unknown): one object shape for every chain. */
export interface Chain {
  node: string;
  skb: string;
  events: PacketEvent[];
  identity: PacketFields | undefined; // the first packet seen: its IP id, length, seq/ack identify the packet
  firstMono: number;
  lastMono: number;
  lastWall: number;
  firstWall: number; // the wall time of the event that opened it
  terminalMono: number | undefined;
  /** The packet reached its destination pod at this time: a later free of the skb is no drop. */
  deliveredMono: number | undefined;
  closed: boolean;
}

export interface ChainLimits {
  gapNs: number; // two events further apart than this on one skb are two packets
  maxLifetimeNs: number; // no chain spans more than this
}

export type AddResult = 'added' | 'duplicate' | 'new-chain' | 'after-delivery';

export class NodeChains {
  watermark = 0; // how far this node's event time has come (ns, as a number): see agentWatermarks
  /**
   * True once the node's agent sends event-time watermarks: then `watermark` is the agent's
   * (every earlier event has been delivered) instead of the highest event time seen, which
   * out-of-order delivery (per-CPU buffers, batching) would push ahead of events still coming.
   */
  agentWatermarks = false;
  /** Stalled: its agent's watermark trails its clock too far and stopped moving, or it left; nothing waits for it any more. */
  stalled = false;
  /** The agent's clock (ns) when its watermark last moved: a watermark that moves is behind, not stuck. */
  watermarkMovedAtNs: number | undefined = undefined;
  /** Open chains by skb address: the chain itself, or (an address reused while open) a list. */
  private readonly chains = new Map<string, Chain | Chain[]>();
  /** Chains in creation order; closed when idle. Approximate FIFO: a busy head delays the rest a little. */
  readonly queue: Chain[] = [];
  queueHead = 0;
  openChains = 0;
  readonly routes = new RouteBuffer();
  private readonly idleHeap = new ChainHeap();
  /** Loss reports: the time window they cover (a point when the report had no window), newest last. */
  readonly losses: Array<{ from: number; to: number; count: number; cause: string }> = [];
  /** Events pushed since the last tick, and since when (collector clock) none came: quietness
   *  that does not depend on the agent's clock agreeing with the collector's. */
  pushesSinceTick = 0;
  quietSince: number | undefined;

  constructor(readonly name: string) {}

  /**
   * Put an event on its chain, or start one. `terminal` says the event ends the skb's life on
   * this node (drop, transmit on an ENI, receive in the destination pod).
   */
  add(e: PacketEvent, terminal: boolean, limits: ChainLimits, allowNew: boolean, delivery = false, wall = Number(e.wallUnixNs)): AddResult | 'late' {
    const mono = Number(e.monoNs);
    const ident = e.packet;
    const kind = e.kind;
    const entry = this.chains.get(e.skb);
    if (entry) {
      // Several chains of one skb address may be open (reuse): the one whose span holds this
      // event wins, else the nearest in time. Arrival order must not decide.
      let best: Chain | undefined;
      let bestDistance = Infinity;
      const many = Array.isArray(entry);
      for (let i = many ? entry.length - 1 : 0; i >= 0; i--) {
        const c = many ? entry[i]! : entry;
        if (ident !== undefined && c.identity !== undefined && !sameIdentity(c.identity, ident)) continue;
        // The socket freeing a delivered packet (QUEUE_PURGE, ...) is the packet's end, not a drop;
        // a drop in the pod's stack (no socket, its own iptables) is one.
        const inPod = kind === 'drop' && c.deliveredMono !== undefined && mono >= c.deliveredMono;
        if (inPod && !dropsAfterDelivery(e)) return 'after-delivery';
        if (c.terminalMono !== undefined && mono > c.terminalMono && !inPod) continue;
        if (mono < c.firstMono - limits.gapNs || mono > c.lastMono + limits.gapNs) continue;
        if (mono - c.firstMono > limits.maxLifetimeNs || c.lastMono - mono > limits.maxLifetimeNs) continue;
        const distance = mono < c.firstMono ? c.firstMono - mono : mono > c.lastMono ? mono - c.lastMono : 0;
        if (distance < bestDistance) {
          best = c;
          bestDistance = distance;
        }
      }
      if (best) {
        const c = best;
        const monoNs = e.monoNs;
        for (const o of c.events) {
          if (o.monoNs === monoNs && o.kind === kind && o.ifindex === e.ifindex && o.netns === e.netns) return 'duplicate';
        }
        c.events.push(e);
        if (c.identity === undefined && ident !== undefined) c.identity = ident;
        if (mono < c.firstMono) c.firstMono = mono;
        if (mono > c.lastMono) c.lastMono = mono;
        if (wall > c.lastWall) c.lastWall = wall;
        if (terminal && (c.terminalMono === undefined || mono < c.terminalMono)) c.terminalMono = mono;
        if (delivery && (c.deliveredMono === undefined || mono < c.deliveredMono)) c.deliveredMono = mono;
        return 'added';
      }
    }
    if (!allowNew) return 'late';
    const chain: Chain = {
      node: this.name,
      skb: e.skb,
      events: [e],
      identity: ident,
      firstMono: mono,
      lastMono: mono,
      lastWall: wall,
      firstWall: wall,
      terminalMono: terminal ? mono : undefined,
      deliveredMono: delivery ? mono : undefined,
      closed: false,
    };
    if (!entry) this.chains.set(e.skb, chain);
    else if (Array.isArray(entry)) entry.push(chain);
    else this.chains.set(e.skb, [entry, chain]);
    this.queue.push(chain);
    this.idleHeap.push(chain, wall);
    this.openChains++;
    return 'new-chain';
  }

  /** Take the chain out of the index (it is being turned into a segment). */
  remove(c: Chain): void {
    if (c.closed) return;
    c.closed = true;
    this.openChains--;
    const entry = this.chains.get(c.skb);
    if (!entry) return;
    if (!Array.isArray(entry)) {
      if (entry === c) this.chains.delete(c.skb);
      return;
    }
    const i = entry.indexOf(c);
    if (i >= 0) entry.splice(i, 1);
    if (entry.length === 1) this.chains.set(c.skb, entry[0]!);
    else if (entry.length === 0) this.chains.delete(c.skb);
  }

  /** Oldest chain still open at the head of the queue, compacting the queue as it goes. */
  peek(): Chain | undefined {
    while (this.queueHead < this.queue.length && this.queue[this.queueHead]!.closed) this.queueHead++;
    // Closed chains leave the queue soon (64, amortised O(1): at most as many open ones move): held
    // for seconds, they and the packets they name outlived two scavenges and were promoted (an agent
    // at 10k events/s: most of its old-space garbage, and its major GCs).
    if (this.queueHead > 64 && this.queueHead * 2 > this.queue.length) {
      this.queue.splice(0, this.queueHead);
      this.queueHead = 0;
    }
    return this.queue[this.queueHead];
  }

  /**
   * Takes out the open chains whose last event is older than `limit` (wall ns), oldest first.
   * Ordered by last event time, not by creation: a node's events arrive out of time order
   * across CPUs, and a chain still getting events must not hold back the idle ones behind it
   * (measured under load: chains held past the stitch window lost their cross-node stitch).
   * Each chain is in the heap once, under the last event time it had when put there; a chain
   * found busier than its key goes back under its current one.
   */
  takeIdle(limit: number): Chain[] {
    const out: Chain[] = [];
    const h = this.idleHeap;
    while (h.size > 0 && h.topKey() < limit) {
      const c = h.pop();
      if (c.closed) continue;
      if (c.lastWall >= limit) h.push(c, c.lastWall);
      else out.push(c);
    }
    // A node closed by watermarks alone (an agent's) is never peeked by the collector's tick: without
    // this the creation-order queue would keep every chain it ever had, and their events (on an
    // agent shipping segments at 10k events/s: ~40 MiB more RSS within a minute, and growing).
    if (out.length > 0) this.peek();
    return out;
  }

  allOpen(): Chain[] {
    return this.queue.slice(this.queueHead).filter((c) => !c.closed);
  }

  recordLoss(from: number, to: number, count: number, cause = ''): void {
    this.losses.push({ from, to, count, cause });
    if (this.losses.length > 1000) this.losses.splice(0, this.losses.length - 1000);
  }

  /** Loss reports whose window overlaps [from, to]: events counted, and whether some count is unknown. */
  lossBetween(from: number, to: number): { count: number; unknown: boolean; causes: string[] } {
    let count = 0;
    let unknown = false;
    const causes: string[] = [];
    for (const l of this.losses) {
      if (l.to < from || l.from > to) continue;
      count += l.count;
      if (l.count === 0) unknown = true;
      if (l.cause && !causes.includes(l.cause)) causes.push(l.cause);
    }
    return { count, unknown, causes };
  }
}

/** Route lookups of one node kept in mono-time order, bounded by count and age. */
export class RouteBuffer implements RouteSource {
  private items: Array<RouteRecord & { wall: number }> = [];
  private head = 0;
  evicted = 0;

  get size(): number {
    return this.items.length - this.head;
  }

  add(r: RouteRecord & { wall: number }, max: number): boolean {
    const items = this.items;
    const last = items[items.length - 1];
    if (!last || last.mono <= r.mono) {
      if (last && last.mono === r.mono && last.cpu === r.cpu && last.info.table === r.info.table) return false;
      items.push(r);
    } else {
      const at = this.lowerBound(r.mono);
      for (let i = at; i < items.length && items[i]!.mono === r.mono; i++) {
        if (items[i]!.cpu === r.cpu && items[i]!.info.table === r.info.table) return false;
      }
      items.splice(at, 0, r);
    }
    if (this.size > max) {
      this.head++;
      this.evicted++;
    }
    this.compact();
    return true;
  }

  /** Forget lookups older than `wall` (no open chain can still need them). */
  pruneBefore(wall: number): void {
    while (this.head < this.items.length && this.items[this.head]!.wall < wall) this.head++;
    this.compact();
  }

  between(from: number, to: number): RouteRecord[] {
    const out: RouteRecord[] = [];
    for (let i = this.lowerBound(from); i < this.items.length; i++) {
      const r = this.items[i]!;
      if (r.mono > to) break;
      out.push(r);
    }
    return out;
  }

  private lowerBound(mono: number): number {
    let lo = this.head;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.items[mid]!.mono < mono) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private compact(): void {
    // soon, as the chain queue (peek): lookups held past two scavenges are promoted
    if (this.head > 256 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
  }
}

/** A binary min-heap of chains by a number (their last event time when pushed). */
class ChainHeap {
  private readonly items: Chain[] = [];
  private readonly keys: number[] = [];

  get size(): number {
    return this.items.length;
  }

  topKey(): number {
    return this.keys[0]!;
  }

  push(c: Chain, key: number): void {
    const items = this.items;
    const keys = this.keys;
    let i = items.length;
    items.push(c);
    keys.push(key);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (keys[p]! <= key) break;
      items[i] = items[p]!;
      keys[i] = keys[p]!;
      i = p;
    }
    items[i] = c;
    keys[i] = key;
  }

  pop(): Chain {
    const items = this.items;
    const keys = this.keys;
    const top = items[0]!;
    const lastItem = items.pop()!;
    const lastKey = keys.pop()!;
    const n = items.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const m = r < n && keys[r]! < keys[l]! ? r : l;
        if (keys[m]! >= lastKey) break;
        items[i] = items[m]!;
        keys[i] = keys[m]!;
        i = m;
      }
      items[i] = lastItem;
      keys[i] = lastKey;
    }
    return top;
  }
}
