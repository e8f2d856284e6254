/**
 * The Correlator: push PacketEvents in (any order within the windows, duplicates allowed), get
 * finished traces and flows out through callbacks.
 *
 *   events ──▶ per-node (node, skb) chains ──close when idle──▶ segments (hops, NAT, routes, drops)
 *          ──▶ cross-node stitching on wire fields ──▶ traces ──▶ flows (through NAT)
 *
 * Time: each node's chains close on that node's own event time (its watermark), so a slow agent
 * never makes another node's packets look late. An agent that sends event-time watermarks
 * (advanceWatermark) is trusted alone: its chains close and the ends awaited on its node are
 * given up only when its watermark passes them, never by arrival time or the collector's clock,
 * so neither event-loop lag, batching delay nor a backlog resent after a collector restart can
 * close a trace early; the collector clock only decides that an agent stalled (stallNs without
 * a watermark move) or left. For other nodes (older agents, recorded streams) the watermark is
 * the highest event time seen and `tick(now)` closes what quiet nodes left open.
 * Memory: in-flight chains, waiting traces, route lookups and flows are all bounded; whatever
 * is cut short is counted (and the trace says so).
 */
import type { ConntrackInfo, PacketEvent, PacketFields, Tuple } from '../../common/event.js';
import { childLog } from '../../common/log.js';
import type { Flow, Gap, IncompleteReason, NatRewrite, Place, Trace } from '../trace-model.js';
import { podKey, type TopologyModel } from '../topology/model.js';
import { NodeChains, type Chain } from './chains.js';
import { FlowTracker } from './flows.js';
import { fnvBegin, fnvHex, fnvNumber, fnvString } from './hash.js';
import { buildSegment, isDelivery, type Segment } from './segment.js';
import { Stitcher, type Group } from './stitch.js';
import { hashIdentity, invert, sameTuple, tupleOf } from './packet-keys.js';
import { classifyNat } from './nat.js';
import type { FinishCause, LatencyProbe } from '../latency-probe.js';

const log = childLog('correlator');

export interface CorrelatorOptions {
  topology: TopologyModel;
  /** A finished trace, and the flow it was put in (already updated with it). */
  onTrace?: (trace: Trace, flow: Flow) => void;
  onFlow?: (flow: Flow) => void;
  /** A chain with no event for this long (its node's event time) is closed. Default 20 ms. */
  chainIdleNs?: number;
  /** Events of one skb further apart than this are different packets. Default 20 ms. */
  chainGapNs?: number;
  /** The longest one chain may last (an skb's lifetime on one node). Default 1 s. */
  chainMaxNs?: number;
  /** How long (on the awaited node's event time) to wait for the other end of a cross-node hop. Default 250 ms. */
  stitchWindowNs?: number;
  /** Wall-clock bound for anything waiting, for nodes that went quiet (applied by tick). Default 5 s. */
  traceTimeoutNs?: number;
  /**
   * Wall-clock quiet time after which tick() closes a chain whose node sent nothing newer (covers
   * agent batching and clock skew between agents and the collector). Default 1 s.
   */
  quietNs?: number;
  /** Idle time after which a flow is finished. Default 30 s. */
  flowIdleNs?: number;
  maxInFlightChains?: number;
  maxPendingTraces?: number;
  maxRoutesPerNode?: number;
  maxActiveFlows?: number;
  /** Output route lookups may precede a locally sent packet's first transmit by this much. Default 5 ms. */
  originRouteWindowNs?: number;
  /**
   * An agent whose watermark trails its own clock (the batch's send time) by more than this, and
   * has not moved for as long, is stalled: its open chains close and nothing waits for its node. Its own clock, not the
   * collector's: a collector that is behind on a backlog must not call a live agent stalled.
   * Default 5 s.
   */
  stallNs?: number;
  /** Loss windows count for a trace when they come this close to its time span. Default 50 ms. */
  lossSlackNs?: number;
  /**
   * Whether two nodes' event clocks are one clock (their monotonic times comparable): true for
   * the lab, where every node is a netns of one kernel. Default: only a node with itself. Where
   * they are not known to agree, no time is shown across the gap between them.
   */
  sharedClock?: (a: string, b: string) => boolean;
  /** Nodes that run an agent. Nodes that sent events count as well. */
  agentNodes?: () => Iterable<string>;
  /**
   * Segment mode, the agent's side of node-local correlation (issue 11): each closed chain's
   * segment is handed here instead of being stitched. The collector stitches it (pushSegment).
   */
  onSegment?: (segment: Segment) => void;
  /**
   * A node's event time moved (a node without agent watermarks: the highest event time seen).
   * Lets a collector that stitches this correlator's segments follow the same time
   * (advanceEventTime): recorded streams give the very traces they give in one correlator.
   */
  onEventTime?: (node: string, wallNs: number) => void;
  /** Benchmarks: each trace says where its latency went (collector/latency-probe.ts). */
  probe?: LatencyProbe;
}

/** The counters of the per-node phase (chains → segments): on the agent when it ships segments. */
export const NODE_LOCAL_STATS = ['events', 'duplicates', 'lateDropped', 'unusable', 'freedAfterDelivery', 'routeEvents', 'routesEvicted', 'chainsOpen', 'chainsClosed', 'chainsEvicted'] as const;
export type NodeLocalStats = Pick<CorrelatorStats, (typeof NODE_LOCAL_STATS)[number]>;

/**
 * A stitching correlator's counters with the per-node counters of the agents that built its
 * segments added (its own count the raw events it correlated itself, if any).
 */
export function combineStats(stitching: CorrelatorStats, nodeLocal: Iterable<NodeLocalStats>): CorrelatorStats {
  const out = { ...stitching };
  for (const n of nodeLocal) for (const k of NODE_LOCAL_STATS) out[k] += n[k];
  return out;
}

export interface CorrelatorStats {
  events: number;
  stalls: number; // times an agent's watermark was seen stuck (see stallNs)
  duplicates: number;
  lateDropped: number;
  unusable: number; // events without what their kind needs (a packet, a route)
  freedAfterDelivery: number; // skb frees after the packet reached its pod (socket purges): no drop
  routeEvents: number;
  routesEvicted: number;
  chainsOpen: number;
  chainsClosed: number;
  chainsEvicted: number;
  tracesPending: number;
  tracesEvicted: number;
  traces: number;
  tracesIncomplete: number;
  tracesDropped: number;
  flowsActive: number;
  flowsEvicted: number;
}

/** A closed chain's events, once its segment is built. */
const NO_EVENTS = Object.freeze([]) as unknown as PacketEvent[]; // frozen: a push onto it would be a bug

const DEFAULTS = {
  chainIdleNs: 20e6,
  chainGapNs: 20e6,
  chainMaxNs: 1e9,
  stitchWindowNs: 250e6,
  traceTimeoutNs: 5e9,
  quietNs: 1e9,
  flowIdleNs: 30e9,
  maxInFlightChains: 100_000,
  maxPendingTraces: 50_000,
  maxRoutesPerNode: 50_000,
  maxActiveFlows: 100_000,
  originRouteWindowNs: 5e6,
  stallNs: 5e9,
  lossSlackNs: 50e6,
};

/** A cached place, the pod hint it was named with, and the answer before it on that ifindex. */
interface PlaceEntry {
  place: Place;
  hint: string | undefined;
  prev: { place: Place; hint: string | undefined } | undefined;
}

export class Correlator {
  private readonly topo: TopologyModel;
  private readonly opts: typeof DEFAULTS;
  private readonly nodes = new Map<string, NodeChains>();
  private readonly stitcher: Stitcher;
  private readonly flows: FlowTracker;
  // Made once, not per trace: how many events a node's agent reported lost in a time window.
  private readonly lossOn = (node: string, from: number, to: number): string | undefined => {
    const n = this.nodes.get(node);
    if (!n) return undefined;
    const slack = this.opts.lossSlackNs;
    const l = n.lossBetween(from - slack, to + slack);
    if (l.count === 0 && !l.unknown) return undefined;
    const what = l.count > 0 ? `its agent reported ${l.count}` : 'its agent reported a gap';
    return `events lost on ${node} (${what}${l.causes.length > 0 ? `: ${l.causes.join(', ')}` : ''})`;
  };
  // Reused for every trace: the flow tracker reads the entries and keeps none of this array.
  private readonly ctScratch: ConntrackInfo[] = [];
  /** node → netns → ifindex → the place last named there, and the pod hint it was named with. */
  private readonly placeCache = new Map<string, Map<string, Map<number, PlaceEntry>>>();
  private readonly placeOfBound = (e: PacketEvent): Place => this.placeOf(e);
  private readonly watermarkOf = (node: string): number => {
    const n = this.nodes.get(node);
    return n ? (n.stalled ? Infinity : n.watermark) : 0;
  };
  /** Whether the collector clock may give up waiting for this node (not for a watermark node, nor one expected to connect). */
  private readonly clockApplies = (node: string): boolean => {
    const n = this.nodes.get(node);
    if (n) return !n.agentWatermarks;
    const until = this.expected.get(node);
    return until === undefined || this.now >= until;
  };
  /** Nodes whose agents are expected to (re)connect, until when (collector clock ns). */
  private readonly expected = new Map<string, number>();
  private now = 0; // collector clock of the latest tick (ns)
  private placeCacheVersion = -1;
  private openChains = 0;
  private lastNode: NodeChains | undefined;
  private clock = 0; // highest wall time seen from any node
  private readonly declaredAgents = new Set<string>();
  private readonly goneAgents = new Set<string>();
  private readonly limits: { gapNs: number; maxLifetimeNs: number };
  readonly stats: CorrelatorStats = {
    events: 0, stalls: 0, duplicates: 0, lateDropped: 0, unusable: 0, freedAfterDelivery: 0, routeEvents: 0, routesEvicted: 0,
    chainsOpen: 0, chainsClosed: 0, chainsEvicted: 0, tracesPending: 0, tracesEvicted: 0,
    traces: 0, tracesIncomplete: 0, tracesDropped: 0, flowsActive: 0, flowsEvicted: 0,
  };

  constructor(private readonly options: CorrelatorOptions) {
    this.topo = options.topology;
    const o = { ...DEFAULTS };
    for (const k of Object.keys(DEFAULTS) as Array<keyof typeof DEFAULTS>) {
      const v = options[k];
      if (v !== undefined) {
        if (!(typeof v === 'number' && v > 0)) throw new Error(`Correlator option ${k} must be a positive number, got ${String(v)}`);
        o[k] = v;
      }
    }
    this.opts = o;
    this.limits = { gapNs: o.chainGapNs, maxLifetimeNs: o.chainMaxNs };
    this.stitcher = new Stitcher({ topo: this.topo, hasAgent: (n) => this.hasAgent(n) }, o.stitchWindowNs);
    this.flows = new FlowTracker(o.flowIdleNs, o.maxActiveFlows);
  }

  /** Say that a node runs (or no longer runs) an agent, e.g. from the ingest registry. */
  setAgent(node: string, present: boolean): void {
    if (present) {
      this.declaredAgents.add(node);
      this.goneAgents.delete(node);
    } else {
      this.declaredAgents.delete(node);
      this.goneAgents.add(node);
    }
  }

  hasAgent(node: string): boolean {
    if (this.goneAgents.has(node)) return false; // its agent disconnected: nothing more will come
    if (this.declaredAgents.has(node) || this.nodes.has(node)) return true;
    const until = this.expected.get(node);
    if (until !== undefined && this.now < until) return true;
    if (this.options.agentNodes) for (const n of this.options.agentNodes()) if (n === node) return true;
    return false;
  }

  /**
   * Agents of these nodes are expected to connect (or re-connect, after a collector restart, with
   * their queues) until `untilNs` on the collector clock: until then nothing gives up on them.
   */
  expectAgents(nodes: Iterable<string>, untilNs: number | bigint): void {
    for (const n of nodes) this.expected.set(n, Number(untilNs));
  }

  /** How far this node's agent has said its events are complete (wall ns; 0: no watermark yet). */
  nodeWatermarkNs(nodeName: string): number {
    return this.nodes.get(nodeName)?.watermark ?? 0;
  }

  /** This node's agent sends event-time watermarks: from now on they alone close its chains. */
  useWatermarks(nodeName: string): void {
    this.node(nodeName).agentWatermarks = true;
  }

  /**
   * The node's agent says every event stamped before `wallNs` has been pushed. Closes the chains
   * and gives up the awaited ends that it passed. `sentNs`: when the agent said so (its clock):
   * a watermark trailing that by more than stallNs, and not moving for as long, means its kernel
   * side is stuck.
   */
  advanceWatermark(nodeName: string, wallNs: number, sentNs?: number): void {
    this.cause('watermark');
    const node = this.node(nodeName);
    node.agentWatermarks = true;
    // Stuck, not behind: a watermark that trails the agent's clock but keeps moving belongs to an
    // agent starved of CPU that is reading its backlog (measured at load 11-15: 5-9 s behind);
    // giving up on it broke every trace waiting for its node (3,647 of 19,645 in a 20 s run), and
    // on the agent it closed every open chain early. So a node is stalled when its watermark
    // trails by more than stallNs and has not moved for stallNs of the agent's clock (or never
    // moved before: nothing else to judge by).
    const moved = wallNs > node.watermark;
    const lagging = sentNs !== undefined && sentNs - wallNs > this.opts.stallNs;
    const stuck = node.watermark === 0 || (!moved && sentNs !== undefined && sentNs - (node.watermarkMovedAtNs ?? -Infinity) > this.opts.stallNs);
    if (moved && sentNs !== undefined) node.watermarkMovedAtNs = sentNs;
    const stalled = lagging && stuck;
    if (stalled && !node.stalled) {
      this.stats.stalls++;
      for (const c of node.allOpen()) this.closeChain(node, c);
    }
    node.stalled = stalled || this.goneAgents.has(nodeName);
    if (wallNs <= node.watermark) {
      if (node.stalled) this.closeUpTo(node, node.watermark);
      return;
    }
    node.watermark = wallNs;
    this.closeUpTo(node, wallNs);
  }

  /** An agent reported `count` events lost (bpftrace "Lost N events", queue drops) around `wallNs`. */
  reportLoss(node: string, count: number, wallNs?: bigint | number): void {
    const n = this.node(node);
    const wall = wallNs === undefined ? n.watermark || this.clock : Number(wallNs);
    // A report without a window counts for traces within a second of it.
    const reach = 1e9 - this.opts.lossSlackNs;
    n.recordLoss(wall - reach, wall + reach, count);
  }

  /** An agent lost `count` events (0: an unknown number) stamped between `fromNs` and `toNs`. */
  reportLossWindow(node: string, fromNs: number, toNs: number, count: number, cause: string): void {
    this.node(node).recordLoss(fromNs, toNs, count, cause);
  }

  push(e: PacketEvent): void {
    this.cause('event');
    this.stats.events++;
    const node = this.node(e.node);
    node.pushesSinceTick++;
    const wall = Number(e.wallUnixNs);
    // Events of different kinds carry different fields (different object shapes): each field is
    // read once here, as reading them is a good part of the cost per event.
    const kind = e.kind;
    if (kind === 'route') {
      const route = e.route;
      if (!route) {
        this.stats.unusable++;
        return;
      }
      this.stats.routeEvents++;
      const before = node.routes.evicted;
      if (!node.routes.add({ mono: Number(e.monoNs), cpu: e.cpu, info: route, netns: e.netns, iif: e.ifname, wall }, this.opts.maxRoutesPerNode)) this.stats.duplicates++;
      this.stats.routesEvicted += node.routes.evicted - before;
      this.advance(node, wall);
      return;
    }
    if (kind === 'nat') {
      // kprobe tier: the rewrite is already visible as a tuple change between hops.
      this.advance(node, wall);
      return;
    }
    const packet = e.packet;
    if ((kind === 'receive' || kind === 'transmit') && !packet) {
      this.stats.unusable++;
      return;
    }
    // An event older than the node's window may only join a chain still open; it may not start one.
    const allowNew = wall >= node.watermark - this.opts.chainIdleNs;
    const end = this.skbEnd(e, kind, packet);
    const result = node.add(e, end !== undefined, this.limits, allowNew, end === 'delivered', wall);
    if (result === 'duplicate') this.stats.duplicates++;
    else if (result === 'after-delivery') this.stats.freedAfterDelivery++;
    else if (result === 'late') this.stats.lateDropped++;
    else if (result === 'new-chain') {
      this.openChains++;
      if (this.openChains > this.opts.maxInFlightChains) this.evictChain(node);
    }
    this.advance(node, wall);
    this.stats.chainsOpen = this.openChains;
  }

  /**
   * A segment an agent built on its node (its chains closed on the agent's own watermark): stitched
   * like one built here. The batch's watermark follows it (advanceWatermark).
   */
  pushSegment(seg: Segment): void {
    this.cause('segment');
    const node = this.node(seg.node);
    node.pushesSinceTick++;
    this.stitch(seg);
    this.advance(node, seg.lastWall);
  }

  /** A node's event time reached `wallNs` (segment mode, without agent watermarks: see onEventTime). */
  advanceEventTime(nodeName: string, wallNs: number): void {
    this.advance(this.node(nodeName), wallNs);
  }

  pushAll(events: Iterable<PacketEvent>): void {
    for (const e of events) this.push(e);
  }

  /**
   * Wall-clock tick (ns): closes chains and gives up waiting where nodes went quiet, finishes
   * idle flows. Call it about once a second in a live collector.
   */
  tick(nowNs: number | bigint): void {
    this.cause('tick');
    const now = Number(nowNs);
    if (now > this.now) this.now = now;
    const quiet = Math.max(this.opts.chainIdleNs, this.opts.quietNs);
    for (const node of this.nodes.values()) {
      if (node.agentWatermarks) {
        // Only the agent's watermark closes its chains, unless its agent left (or stalled:
        // see advanceWatermark).
        if (this.goneAgents.has(node.name)) node.stalled = true;
        if (node.stalled) for (const c of node.allOpen()) this.closeChain(node, c);
        continue;
      }
      if (node.pushesSinceTick > 0) {
        node.pushesSinceTick = 0;
        node.quietSince = undefined;
      } else {
        node.quietSince ??= now;
      }
      // A node that sent nothing for `quiet` (collector clock) has nothing more for its chains,
      // whatever its own clock says; else close by event time against the collector clock.
      if (node.quietSince !== undefined && now - node.quietSince >= quiet) {
        for (const c of node.allOpen()) this.closeChain(node, c);
        continue;
      }
      for (let c = node.peek(); c && now - c.lastWall > quiet; c = node.peek()) this.closeChain(node, c);
    }
    this.emitGroups(this.stitcher.expire(this.watermarkOf, this.opts.stitchWindowNs, now, this.opts.traceTimeoutNs, this.clockApplies));
    this.flows.expire(now);
    this.refreshStats();
  }

  /** Close everything now: end of a recorded stream, or shutdown. */
  flush(): void {
    this.cause('flush');
    for (const node of this.nodes.values()) for (const c of node.allOpen()) this.closeChain(node, c);
    this.emitGroups(this.stitcher.expire(this.watermarkOf, this.opts.stitchWindowNs, undefined, this.opts.traceTimeoutNs));
    this.emitGroups(this.stitcher.flush());
    this.refreshStats();
  }

  private cause(c: FinishCause): void {
    if (this.options.probe) this.options.probe.cause = c;
  }

  private refreshStats(): void {
    this.stats.chainsOpen = this.openChains;
    this.stats.tracesPending = this.stitcher.pendingCount;
    this.stats.flowsActive = this.flows.stats.active;
    this.stats.flowsEvicted = this.flows.stats.evicted;
  }

  private node(name: string): NodeChains {
    // Events come in batches from one agent: the node of the previous event, most of the time.
    if (name === this.lastNode?.name) return this.lastNode;
    let n = this.nodes.get(name);
    if (!n) {
      n = new NodeChains(name);
      this.nodes.set(name, n);
    }
    this.lastNode = n;
    return n;
  }

  private advance(node: NodeChains, wall: number): void {
    if (node.agentWatermarks) {
      // The agent's watermark, not event times, moves this node (advanceWatermark).
      if (wall > this.clock) this.clock = wall;
      return;
    }
    if (wall <= node.watermark) return;
    node.watermark = wall;
    this.closeUpTo(node, wall);
    this.options.onEventTime?.(node.name, wall);
  }

  /** The node's event time reached `wall`: close its idle chains, prune its route lookups, give up what waited long enough. */
  private closeUpTo(node: NodeChains, wall: number): void {
    if (wall > this.clock) this.clock = wall;
    const idle = this.opts.chainIdleNs;
    for (const c of node.takeIdle(wall - idle)) this.closeChain(node, c);
    if (node.routes.size > 0) node.routes.pruneBefore(wall - (idle * 4 + this.opts.originRouteWindowNs + this.opts.chainMaxNs / 10));
    if (this.stitcher.pendingCount > 0 && this.stitcher.mayExpire(this.clock, this.opts.stitchWindowNs)) {
      this.emitGroups(this.stitcher.expire(this.watermarkOf, this.opts.stitchWindowNs, undefined, this.opts.traceTimeoutNs));
    }
  }

  private evictChain(preferred: NodeChains): void {
    let victim = preferred.peek() ? preferred : undefined;
    if (!victim) for (const n of this.nodes.values()) if (!victim || n.openChains > victim.openChains) victim = n;
    const c = victim?.peek();
    if (!victim || !c) return;
    this.stats.chainsEvicted++;
    this.closeChain(victim, c, true);
  }

  private closeChain(node: NodeChains, c: Chain, evicted = false): void {
    node.remove(c);
    this.openChains--;
    this.stats.chainsClosed++;
    const events = c.events;
    // The closed chain may sit in its node's creation-order queue a while (compacted in batches):
    // its events must not (on an agent at 10k events/s they were most of the promoted garbage).
    c.events = NO_EVENTS;
    const seg = buildSegment(this.topo, this.placeOfBound, node.name, events, node.routes, { originRouteWindowNs: this.opts.originRouteWindowNs });
    if (!seg) {
      this.stats.unusable += events.length;
      return;
    }
    if (evicted) seg.innerReasons = [...seg.innerReasons, { code: 'closed-early', node: node.name, text: `closed early on ${node.name}: too many packets in flight (limit ${this.opts.maxInFlightChains})` }];
    if (this.options.onSegment) this.options.onSegment(seg);
    else this.stitch(seg);
  }

  private stitch(seg: Segment): void {
    this.emitGroups(this.stitcher.add(seg));
    if (this.stitcher.pendingCount > this.opts.maxPendingTraces) {
      this.stats.tracesEvicted++;
      this.emitGroups(this.stitcher.evictOldest());
    }
  }

  /** Whether (and how) an event ends its skb's life on this node, so the address may be reused after it. */
  private skbEnd(e: PacketEvent, kind: PacketEvent['kind'], packet: PacketEvent['packet']): 'drop' | 'left' | 'delivered' | undefined {
    if (kind === 'drop') return 'drop';
    const place = this.placeOf(e);
    if (kind === 'transmit') return place.kind === 'eni' ? 'left' : undefined;
    // Only a pod's eth0 ends the skb for sure: a receive addressed to the node may still be
    // un-SNATed and forwarded (an egress reply), which shows only after PREROUTING.
    if (kind === 'receive' && packet && place.kind === 'pod-eth' && isDelivery(this.topo, e.node, place, packet)) return 'delivered';
    return undefined;
  }

  private placeOf(e: PacketEvent): Place {
    if (this.placeCacheVersion !== this.topo.version) {
      this.placeCache.clear();
      this.placeCacheVersion = this.topo.version;
    }
    // Per node, a device is its (netns, ifindex); numeric keys, no strings on the hot path.
    let perNode = this.placeCache.get(e.node);
    if (!perNode) {
      perNode = new Map();
      this.placeCache.set(e.node, perNode);
    }
    let perNs = perNode.get(e.netns);
    if (!perNs) {
      perNs = new Map();
      if (perNode.size > 10_000) perNode.clear();
      perNode.set(e.netns, perNs);
    }
    const cached = perNs.get(e.ifindex);
    // A renamed device, or a pod hint the cached place lacks: name it again — unless it was just
    // named with this very hint (place() answers the same for the same question and topology).
    if (cached && cached.place.ifname === e.ifname && (e.pod === undefined || cached.place.pod !== undefined || cached.hint === e.pod)) return cached.place;
    // The answer given before this one, if it was to the same question (two devices seen under
    // one ifindex, e.g. a device replaced, alternate): place() is pure for one topology version.
    const prev = cached?.prev;
    const place = prev && prev.place.ifname === e.ifname && prev.hint === e.pod ? prev.place : this.topo.place(e.node, e.netns, e.ifname, e.ifindex, e.pod);
    perNs.set(e.ifindex, { place, hint: e.pod, prev: cached && { place: cached.place, hint: cached.hint } });
    return place;
  }

  private emitGroups(groups: readonly Group[]): void {
    for (const g of groups) {
      try {
        this.emit(g);
      } catch (err) {
        log.error({ err }, 'could not assemble a trace');
      }
    }
  }

  private emit(g: Group): void {
    const trace = assembleTrace(g, this.topo, this.lossOn, this.options.sharedClock);
    if (this.options.probe) trace.timing = this.options.probe.timing(g.segments);
    // The group's conntrack entries in path order. One segment (most groups): its own list, read
    // only. Several: copied into the scratch list, by index — emptying it with `length = 0` let
    // V8 drop its storage, so every push grew it again.
    const segments = g.segments;
    let cts: ConntrackInfo[];
    let direction: 'request' | 'reply' | undefined;
    if (segments.length === 1) {
      cts = segments[0]!.cts;
      direction = segments[0]!.direction;
    } else {
      cts = this.ctScratch;
      let n = 0;
      for (const s of segments) {
        const own = s.cts;
        for (let i = 0; i < own.length; i++) cts[n++] = own[i]!;
        direction ??= s.direction;
      }
      // shrinking by a few keeps the storage (V8 trims only when under half is used)
      if (cts.length !== n) cts.length = n;
    }
    const lastSeg = g.segments[g.segments.length - 1]!;
    const flow = this.flows.assign(trace, cts, direction, endWall(lastSeg));
    if (trace.direction === 'reply' && lastSeg.end === 'delivered-host') unNatOnInput(this.topo, trace, flow, lastSeg.node);
    this.stats.traces++;
    if (trace.verdict === 'incomplete') this.stats.tracesIncomplete++;
    if (trace.verdict === 'dropped') this.stats.tracesDropped++;
    this.options.onTrace?.(trace, flow);
    this.options.onFlow?.(flow);
  }
}

/** Number(seg.endNs), without parsing it where it is the last hop's time (most segments: lastWall is that time). */
function endWall(seg: Segment): number {
  return seg.endNs === seg.hops[seg.hops.length - 1]!.timeNs ? seg.lastWall : Number(seg.endNs);
}

/**
 * A reply to a node's own socket (its NodePort request to itself, masqueraded) is un-SNATed in
 * PREROUTING and un-DNATed on input, after the receive tracepoint fired: no hop shows it. The
 * connection's conntrack entry (seen on the request) says exactly what it becomes; show those
 * rewrites after the last hop, saying where they come from.
 */
function unNatOnInput(topo: TopologyModel, trace: Trace, flow: Flow, node: string): void {
  const back = invert(flow.original);
  if (!flow.reply || !sameTuple(trace.last, flow.reply) || sameTuple(trace.last, back)) return;
  const afterHop = trace.hops.length - 1;
  for (const n of classifyNat(topo, trace.last, back, 'reply')) {
    trace.nats.push({ ...n, node, afterHop, reason: `${n.reason} (on input to the node's own socket, after the last hop: no tracepoint sees it; from the connection's conntrack entry)` });
  }
}

/** Join a group's segments into one trace: hop numbers continue across nodes, gaps say what was not seen. */
/**
 * A finished group of segments → a Trace, in phases (each below, testable on its own): join the
 * segments (hops renumbered, NAT/route/drop lists appended, the VPC between them as gaps), find
 * what the sender wrote, add where events were lost, the verdict, the id, and name both ends.
 */
export function assembleTrace(g: Group, topo: TopologyModel, lossOn: (node: string, fromWall: number, toWall: number) => string | undefined, sharedClock?: (a: string, b: string) => boolean): Trace {
  const { hops, nats, routes, drops, gaps, nodes, reasons } = joinSegments(g, sharedClock);
  const firstSeg = g.segments[0]!;
  const lastSeg = g.segments[g.segments.length - 1]!;
  const first = sentTuple(firstSeg);
  const last = tupleOf(lastSeg.lastPacket);
  if (reasons.length > 0) addLossReasons(reasons, nodes, lossOn, firstSeg.firstWall, lastSeg.lastWall);
  const verdict: Trace['verdict'] = drops.length > 0 ? 'dropped' : reasons.length > 0 ? 'incomplete' : 'delivered';
  const firstHop = hops[0]!;
  const id = traceId(firstSeg, firstHop);
  const { from, to } = traceEnds(topo, nats, firstSeg, firstHop, first, last);
  const meaning = packetMeaning(firstSeg.firstPacket, from);
  // The optional field set after the literal, not spread into it (a spread copies through a
  // generic builtin per trace): the same fields in the same order.
  const trace: Trace = {
    id,
    flowId: '',
    direction: firstSeg.direction ?? 'request',
    nodes,
    hops,
    nats,
    routes,
    drops,
    first,
    last,
    from,
    to,
    verdict,
    incompleteReasons: reasons.length === 0 ? [] : reasons.map((r) => r.text),
    incompleteDetails: reasons.length === 0 ? undefined : reasons,
    gaps,
    startNs: firstSeg.startNs,
    endNs: lastSeg.endNs,
  };
  if (meaning) trace.meaning = meaning;
  return trace;
}

/** What joining a group's segments gives: the trace's lists, in path order. */
export interface JoinedSegments {
  hops: Trace['hops'];
  nats: NatRewrite[];
  routes: Trace['routes'];
  drops: Trace['drops'];
  gaps: Gap[];
  nodes: string[];
  reasons: IncompleteReason[];
}

/**
 * The segments end to end: hops renumbered in place, NAT rewrites, routes and drops appended to
 * the first segment's lists, the VPC between two segments a gap (with its transit time where
 * one clock measured both ends), the stitch's and the outer segments' reasons.
 */
export function joinSegments(g: Group, sharedClock?: (a: string, b: string) => boolean): JoinedSegments {
  let hopCount = 0;
  for (const s of g.segments) hopCount += s.hops.length;
  const hops: Trace['hops'] = new Array(hopCount);
  // The first segment's lists are fresh arrays that belong to this trace alone: they become the
  // trace's lists (later segments' parts appended) instead of being copied into new ones.
  const firstSegment = g.segments[0]!;
  const nats: NatRewrite[] = firstSegment.nats;
  const routes: Trace['routes'] = firstSegment.routes;
  const drops: Trace['drops'] = firstSegment.drops;
  const gaps: Gap[] = [];
  // the first node in the literal: a list of exactly one for a one-node trace (a push onto [] made room for 17)
  const nodes: string[] = [firstSegment.node];
  const reasons = g.reasons.slice();
  if (g.startGap) gaps.push({ afterHop: -1, ...g.startGap });
  let offset = 0;
  const segments = g.segments;
  for (let i = 0; i < segments.length; i++) {
    const s: Segment = segments[i]!;
    if (i > 0) {
      const prev = g.segments[i - 1]!;
      const label = prev.node === s.node ? `VPC router, back into ${s.node} (not observed)` : 'VPC router (not observed)';
      // Hops stay in causal order (departure, then arrival); a time across the gap only where one clock measured both ends.
      const transit = s.firstMono - prev.lastMono;
      // Each gap whole in one literal (fields added after a literal cost a second allocation each), in the same field order.
      gaps.push(
        (prev.node === s.node || sharedClock?.(prev.node, s.node) === true) && transit >= 0
          ? { afterHop: offset - 1, kind: 'vpc-fabric', label, clocks: 'shared', transitNs: String(transit) }
          : { afterHop: offset - 1, kind: 'vpc-fabric', label, clocks: 'unknown' },
      );
    }
    // Segments belong to this trace alone: renumber their parts in place (no copies on the hot path).
    for (let k = 0; k < s.hops.length; k++) {
      const h = s.hops[k]!;
      h.seq += offset;
      hops[offset + k] = h;
    }
    // Indexed loops here: the reason lists are often the decoders' one frozen empty list, and
    // for-of over lists of both kinds fell back to an iterator object per loop (sampling heap profile).
    // The first segment's parts are in place already (offset 0: their numbers stay).
    if (i > 0) {
      for (let k = 0; k < s.nats.length; k++) {
        const n = s.nats[k]!;
        n.afterHop = n.afterHop < 0 ? offset - 1 : n.afterHop + offset;
        nats.push(n);
      }
      for (let k = 0; k < s.routes.length; k++) {
        const r = s.routes[k]!;
        r.atHop += offset;
        routes.push(r);
      }
      for (let k = 0; k < s.drops.length; k++) {
        const d = s.drops[k]!;
        d.atHop += offset;
        drops.push(d);
      }
    }
    if (i > 0 && nodes[nodes.length - 1] !== s.node) nodes.push(s.node);
    // Inner segments' ends were explained by the stitch; only the outer start and end can be open.
    if (i === 0) pushAll(reasons, s.startReasons);
    pushAll(reasons, s.innerReasons);
    if (i === segments.length - 1) pushAll(reasons, s.endReasons);
    offset += s.hops.length;
  }
  if (g.inferredNat) nats.push({ ...g.inferredNat, afterHop: offset - 1 });
  if (g.inferredStartNat) nats.unshift({ ...g.inferredStartNat, afterHop: -1 });
  if (g.endGap) gaps.push({ afterHop: offset - 1, ...g.endGap });
  return { hops, nats, routes, drops, gaps, nodes, reasons };
}

function pushAll<T>(into: T[], from: readonly T[]): void {
  for (let k = 0; k < from.length; k++) into.push(from[k]!);
}

/**
 * What the sender wrote: a packet sent from a node's own stack may be rewritten (OUTPUT DNAT of
 * a NodePort) before any device shows it; conntrack's original tuple is then the first tuple.
 */
export function sentTuple(firstSeg: Segment): Tuple {
  let sent: NatRewrite | undefined;
  for (const n of firstSeg.nats) if (n.afterHop < 0 && !n.inferred && n.kind !== 'UNDNAT' && n.kind !== 'UNSNAT') sent ??= n;
  return sent ? sent.before : tupleOf(firstSeg.firstPacket);
}

/** Every node the trace passed or its reasons name, whose agent lost events while it passed: one reason each. */
export function addLossReasons(reasons: IncompleteReason[], nodes: string[], lossOn: (node: string, fromWall: number, toWall: number) => string | undefined, startWall: number, endWall: number): void {
  const involved = new Set<string>(nodes);
  for (const r of reasons) if (r.node !== undefined) involved.add(r.node);
  for (const n of involved) {
    const lost = lossOn(n, startWall, endWall);
    if (lost) reasons.push({ code: 'events-lost', node: n, text: lost });
  }
}

/** fnv1a64Hex(`${node}|${timeNs}|${ifindex}|${netns}|${identityKey(first packet)}`), fed piece by piece. */
export function traceId(firstSeg: Segment, firstHop: Trace['hops'][number]): string {
  fnvBegin();
  fnvString(firstSeg.node);
  fnvString('|');
  fnvString(firstHop.timeNs);
  fnvString('|');
  fnvNumber(firstHop.place.ifindex);
  fnvString('|');
  fnvString(firstHop.place.netns);
  fnvString('|');
  hashIdentity(firstSeg.firstPacket);
  return fnvHex();
}

/** Both ends in words: the sender (its pod, or what its address is), the destination (and the service a NodePort or load balancer stood for). */
export function traceEnds(topo: TopologyModel, nats: NatRewrite[], firstSeg: Segment, firstHop: Trace['hops'][number], first: Tuple, last: Tuple): { from: string; to: string } {
  // Name the service a NodePort or load-balancer address stood for: "node X NodePort 32385 (service S)".
  let dnat: NatRewrite | undefined;
  for (const n of nats) {
    if ((n.cause === 'nodeport' || n.cause === 'nodeport-masquerade' || n.cause === 'load-balancer') && n.service && !n.inferred) {
      dnat = n;
      break;
    }
  }
  // No DNAT seen (dropped before it, e.g. externalTrafficPolicy Local): a node address and a NodePort still name the service.
  const nodePortService = !dnat && (firstSeg.direction ?? 'request') === 'request' && topo.owner(first.dst).kind === 'node' ? topo.serviceByNodePort(first.dport, first.protocol) : undefined;
  const dnatService = dnat ? dnat.service : nodePortService ? podKey(nodePortService.service) : undefined;
  const firstDst = dnatService ? `${topo.describeIp(first.dst)} port ${first.dport} (service ${dnatService})` : topo.describeIp(first.dst);
  const to = first.dst !== last.dst ? `${firstDst} → ${topo.describeIp(last.dst)}` : firstDst;
  const from = firstHop.place.kind === 'pod-eth' && firstHop.place.pod ? `pod ${firstHop.place.pod}` : topo.describeIp(first.src);
  return { from, to };
}

const UNREACHABLE: Record<number, string> = {
  0: 'network unreachable',
  1: 'host unreachable',
  2: 'protocol unreachable',
  3: 'port unreachable',
  4: 'fragmentation needed',
  9: 'network administratively prohibited',
  10: 'host administratively prohibited',
  13: 'communication administratively prohibited',
};

/** Packets that answer for the kernel rather than carry data: a refusal must read as one. */
function packetMeaning(p: PacketFields, from: string): string | undefined {
  if (p.protocol === 6 && (p.tcpFlags & 0x04) !== 0) return `TCP RST from ${from}: the connection is refused (no socket listening) or reset`;
  if (p.protocol === 1 && p.icmpType === 3) return `ICMP destination unreachable (${UNREACHABLE[p.icmpCode] ?? `code ${p.icmpCode}`}) from ${from}`;
  if (p.protocol === 1 && p.icmpType === 11) return `ICMP time exceeded from ${from}`;
  return undefined;
}
