/**
 * Cross-node stitching: a segment that left a node through an ENI and one that arrived on an ENI
 * are the same packet when their wire fields match (tuple, IP id, length, TCP seq/ack) — never
 * the skb address. A group of stitched segments becomes a trace when both its ends are explained
 * (sent by a pod or node, arrived from outside; delivered, dropped, left the VPC) or when waiting
 * for the other end has lasted long enough on the node it is expected from.
 */
import type { Gap, IncompleteReason, NatRewrite } from '../trace-model.js';
import type { ExternalInfo, TopologyModel } from '../topology/model.js';
import type { PacketFields, Tuple } from '../../common/event.js';
import type { Segment } from './segment.js';
import { sameWire, tupleOf, wireHash } from './packet-keys.js';

export interface Pending {
  /** wireHash(packet): the other end is a packet sameWire calls the same */
  key: number;
  packet: PacketFields;
  awaitNode?: string; // the node whose agent should show the other end
  sinceWall: number;
}

/** An awaited end in its node's queue: stale once the group awaits no end like it on that side. */
interface Queued {
  group: Group;
  side: 'origin' | 'end';
  pending: Pending;
}

export interface Group {
  id: number;
  segments: Segment[];
  originPending?: Pending; // first segment arrived on an ENI: waiting for its departure
  endPending?: Pending; // last segment left through an ENI: waiting for its arrival
  startGap?: Omit<Gap, 'afterHop'>;
  endGap?: Omit<Gap, 'afterHop'>;
  inferredNat?: Omit<NatRewrite, 'afterHop'>;
  /** A rewrite before the first hop that the topology implies (a load balancer's), not observed. */
  inferredStartNat?: Omit<NatRewrite, 'afterHop'>;
  reasons: IncompleteReason[];
  done: boolean;
}

export interface StitchContext {
  topo: TopologyModel;
  hasAgent(node: string): boolean;
}

const NONE: readonly Group[] = Object.freeze([]);

export class Stitcher {
  /** Groups whose last segment left through an ENI, by the wire fields it left with. */
  readonly awaitingArrival = new MultiMap((g) => g.endPending);
  /** Groups whose first segment arrived on an ENI, by the wire fields it arrived with. */
  readonly awaitingDeparture = new MultiMap((g) => g.originPending);
  /** Pending ends per awaited node ('' = no particular node), in time order. */
  readonly queues = new Map<string, Queued[]>();
  private nextId = 1;
  pendingCount = 0;
  /**
   * No pending end awaiting a node has waited since before this (wall ns): a lower bound kept
   * on every enqueue and made exact again by each pass of expire(). Until some node's watermark
   * passes it by the window, nothing can expire by watermark and the pass is skipped.
   */
  private earliestAwaited = Infinity;

  constructor(
    private readonly ctx: StitchContext,
    /** How far apart (wall ns) a departure and its arrival may be; clocks may differ a little. */
    private readonly windowNs: number,
  ) {}

  /** Add a closed segment; returns the groups that are now complete. */
  add(seg: Segment): readonly Group[] {
    // A group of its own only when it joins none (an arrival whose departure waits joins that group).
    let group: Group | undefined;
    if (seg.start === 'arrival') {
      const key = wireHash(seg.firstPacket);
      const dep = this.awaitingArrival.take(key, seg.firstPacket, seg.firstWall, this.windowNs, undefined);
      if (dep) {
        this.clearEnd(dep);
        dep.segments.push(seg);
        group = dep;
      } else {
        group = this.newGroup(seg);
        this.explainOrigin(group, seg, key);
      }
    } else {
      group = this.newGroup(seg);
    }
    const last = group.segments[group.segments.length - 1]!;
    if (last === seg && seg.end === 'departed') {
      const key = wireHash(seg.lastPacket);
      // not its own group: a segment that arrived and left through ENIs waits for both ends
      const arr = this.awaitingDeparture.take(key, seg.lastPacket, seg.lastWall, this.windowNs, group);
      if (arr) {
        this.clearOrigin(arr);
        group.segments.push(...arr.segments);
        // The later group's open end, if any, now belongs to the merged group.
        if (arr.endPending) {
          group.endPending = arr.endPending;
          this.awaitingArrival.replace(arr.endPending.key, arr, group);
          this.enqueue(group, 'end', arr.endPending); // moved from the later group, still counted once
        }
        if (arr.endGap) group.endGap = arr.endGap;
        if (arr.inferredNat) group.inferredNat = arr.inferredNat;
        group.reasons.push(...arr.reasons);
        arr.done = true;
      } else {
        this.explainDestination(group, seg, key);
      }
    }
    return this.complete(group) ? [group] : NONE;
  }

  private newGroup(seg: Segment): Group {
    return { id: this.nextId++, segments: [seg], reasons: [], done: false };
  }

  private complete(g: Group): boolean {
    if (g.done || g.originPending || g.endPending) return false;
    g.done = true;
    return true;
  }

  /**
   * Resolve pending ends that waited long enough: `watermarkOf(node)` is how far that node's
   * events have come; `now` is wall time for nodes that went quiet. Returns finished groups.
   */
  expire(
    watermarkOf: (node: string) => number,
    windowNs: number,
    now: number | undefined,
    timeoutNs: number,
    /** Whether the wall clock may give up on an end awaited from this node (not on a watermark node's). */
    clockApplies: (node: string) => boolean = () => true,
  ): readonly Group[] {
    let out: Group[] | undefined; // made only when something finished: this runs on most pushes
    if (this.queues.size === 0) return NONE;
    let earliest = Infinity;
    for (const node of this.queues.keys()) {
      const q = this.queues.get(node)!;
      let i = 0;
      for (; i < q.length; i++) {
        const { group, side } = q[i]!;
        const p = live(q[i]!);
        if (!p) continue; // stale entry
        const byWatermark = node !== '' && watermarkOf(node) > p.sinceWall + windowNs;
        const byClock = now !== undefined && now > p.sinceWall + timeoutNs && clockApplies(node);
        if (!byWatermark && !byClock) {
          if (node !== '' && p.sinceWall < earliest) earliest = p.sinceWall;
          break;
        }
        this.giveUp(group, side, byWatermark ? 'window' : 'timeout');
        if (this.complete(group)) (out ??= []).push(group);
      }
      if (i > 0) q.splice(0, i);
      if (q.length === 0) this.queues.delete(node);
    }
    this.earliestAwaited = earliest;
    return out ?? NONE;
  }

  /** Give up on every pending end (end of input, or shutdown). */
  flush(): Group[] {
    const out: Group[] = [];
    for (const q of this.queues.values()) {
      for (const e of q) {
        const { group, side } = e;
        if (!live(e)) continue;
        this.giveUp(group, side, 'timeout');
        if (this.complete(group)) out.push(group);
      }
    }
    this.queues.clear();
    return out;
  }

  /** Force the oldest pending group out (memory bound). */
  evictOldest(): Group[] {
    let oldest: { group: Group; side: 'origin' | 'end'; wall: number } | undefined;
    for (const q of this.queues.values()) {
      for (const e of q) {
        const { group, side } = e;
        const p = live(e);
        if (!p) continue;
        if (!oldest || p.sinceWall < oldest.wall) oldest = { group, side, wall: p.sinceWall };
        break;
      }
    }
    if (!oldest) return [];
    this.giveUp(oldest.group, oldest.side, 'evicted');
    return this.complete(oldest.group) ? [oldest.group] : [];
  }

  private giveUp(g: Group, side: 'origin' | 'end', why: 'window' | 'timeout' | 'evicted'): void {
    const p = side === 'origin' ? g.originPending : g.endPending;
    if (!p) return;
    const where = p.awaitNode ? `node ${p.awaitNode}` : 'any node';
    const how = why === 'evicted' ? ' (evicted: too many traces waiting)' : why === 'timeout' ? ' (timeout)' : '';
    if (side === 'origin') {
      g.reasons.push({ code: 'departure-not-seen', ...(p.awaitNode ? { node: p.awaitNode } : {}), text: `departure toward this node not seen on ${where}${how}` });
      g.startGap = { kind: 'unobserved', label: `came through the VPC from ${this.ctx.topo.describeIp(g.segments[0]!.firstPacket.src)}; its departure was not seen` };
      this.clearOrigin(g);
    } else {
      const seg = g.segments[g.segments.length - 1]!;
      g.reasons.push({ code: 'arrival-not-seen', ...(p.awaitNode ? { node: p.awaitNode } : {}), text: `arrival not seen on ${where}${how}` });
      g.endGap = { kind: 'unobserved', label: `left toward ${this.ctx.topo.describeIp(seg.lastPacket.dst)}; its arrival was not seen` };
      this.clearEnd(g);
    }
  }

  private clearOrigin(g: Group): void {
    if (g.originPending) {
      this.awaitingDeparture.remove(g.originPending.key, g);
      delete g.originPending;
      this.pendingCount--;
    }
  }

  private clearEnd(g: Group): void {
    if (g.endPending) {
      this.awaitingArrival.remove(g.endPending.key, g);
      delete g.endPending;
      this.pendingCount--;
    }
  }

  /** Whether expire() without a wall clock could finish anything, given the highest watermark of any node. */
  mayExpire(highestWatermark: number, windowNs: number): boolean {
    return highestWatermark > this.earliestAwaited + windowNs;
  }

  private enqueue(g: Group, side: 'origin' | 'end', p: Pending): void {
    if (p.awaitNode !== undefined && p.awaitNode !== '' && p.sinceWall < this.earliestAwaited) this.earliestAwaited = p.sinceWall;
    const node = p.awaitNode ?? '';
    let q = this.queues.get(node);
    if (!q) this.queues.set(node, (q = []));
    q.push({ group: g, side, pending: p });
  }

  /** An arrival with no departure seen yet: from outside (explained), or wait for its node. */
  private explainOrigin(g: Group, seg: Segment, key: number): void {
    const { topo } = this.ctx;
    const src = seg.firstPacket.src;
    const srcNode = topo.nodeOfIp(src);
    if (srcNode) {
      if (!this.ctx.hasAgent(srcNode)) {
        g.startGap = { kind: 'no-agent', label: `sent from ${topo.describeIp(src)} on node ${srcNode}, which has no agent` };
        g.reasons.push({ code: 'no-agent', node: srcNode, text: `no agent on node ${srcNode}` });
        return;
      }
      this.wait(g, 'origin', { key, packet: seg.firstPacket, awaitNode: srcNode, sinceWall: seg.firstWall });
      return;
    }
    const o = topo.owner(src);
    if (o.kind === 'external' || (o.kind === 'unknown' && !topo.inVpc(src))) {
      const lb = topo.serviceByNodePort(seg.firstPacket.dport, seg.firstPacket.protocol);
      const via = lb && lb.service.type === 'LoadBalancer' ? ` (through the load balancer of service ${lb.service.namespace}/${lb.service.name})` : '';
      g.startGap = { kind: 'external', label: `from ${topo.describeIp(src)} through the VPC${via}` };
      const lbNat = loadBalancerArrival(topo, tupleOf(seg.firstPacket), lb ? `${lb.service.namespace}/${lb.service.name}` : undefined);
      if (lbNat) g.inferredStartNat = lbNat;
      return;
    }
    // In the VPC but placed on no node: wait for any node's departure, then say so.
    this.wait(g, 'origin', { key, packet: seg.firstPacket, sinceWall: seg.firstWall });
  }

  /** A departure with no arrival seen yet: to outside (explained), or wait for its node. */
  private explainDestination(g: Group, seg: Segment, key: number): void {
    const { topo } = this.ctx;
    const dst = seg.lastPacket.dst;
    const dstNode = topo.nodeOfIp(dst);
    if (dstNode) {
      if (!this.ctx.hasAgent(dstNode)) {
        g.endGap = { kind: 'no-agent', label: `to ${topo.describeIp(dst)} on node ${dstNode}, which has no agent` };
        g.reasons.push({ code: 'no-agent', node: dstNode, text: `no agent on node ${dstNode}` });
        return;
      }
      this.wait(g, 'end', { key, packet: seg.lastPacket, awaitNode: dstNode, sinceWall: seg.lastWall });
      return;
    }
    const o = topo.owner(dst);
    if (o.kind === 'service') {
      g.endGap = { kind: 'unobserved', label: `left ${seg.node} still addressed to service VIP ${dst}` };
      g.reasons.push({ code: 'vip-not-translated', node: seg.node, text: `left ${seg.node} still addressed to the service VIP ${dst}: no DNAT was observed` });
      return;
    }
    if (o.kind === 'external' || (o.kind === 'unknown' && !topo.inVpc(dst))) {
      const nat = topo.natGateway();
      const src = seg.lastPacket.src;
      if (seg.direction === 'reply') {
        // A reply goes back the way the request came: through a load balancer when it came by
        // one, never through a NAT gateway's SNAT (that is for connections opened from inside).
        const lb = topo.serviceByNodePort(seg.lastPacket.sport, seg.lastPacket.protocol);
        const via = lb && lb.service.type === 'LoadBalancer' ? ` (back through the load balancer of service ${lb.service.namespace}/${lb.service.name})` : '';
        g.endGap = { kind: 'external', label: `back to ${topo.describeIp(dst)} through the VPC${via}; not observed` };
        const lbNat = loadBalancerDeparture(topo, tupleOf(seg.lastPacket), lb ? `${lb.service.namespace}/${lb.service.name}` : undefined);
        if (lbNat) g.inferredNat = lbNat;
      } else if (nat && !topo.inVpc(dst) && topo.inVpc(src)) {
        g.endGap = { kind: 'external', label: `to ${topo.describeIp(dst)} through the VPC and NAT gateway ${nat.ip}${nat.publicIp ? ` (SNAT to ${nat.publicIp})` : ''}; not observed` };
        const before = tupleOf(seg.lastPacket);
        if (nat.publicIp) {
          g.inferredNat = {
            node: 'vpc',
            kind: 'SNAT',
            before,
            after: { ...before, src: nat.publicIp },
            cause: 'nat-gateway',
            reason: `NAT gateway ${nat.ip} SNAT of ${before.src} to ${nat.publicIp} (source port may change; inferred from the topology, not observed)`,
            inferred: true,
          };
        }
      } else {
        g.endGap = { kind: 'external', label: `to ${topo.describeIp(dst)} through the VPC; not observed` };
      }
      return;
    }
    this.wait(g, 'end', { key, packet: seg.lastPacket, sinceWall: seg.lastWall });
  }

  private wait(g: Group, side: 'origin' | 'end', p: Pending): void {
    if (side === 'origin') {
      g.originPending = p;
      this.awaitingDeparture.add(p.key, g);
    } else {
      g.endPending = p;
      this.awaitingArrival.add(p.key, g);
    }
    this.pendingCount++;
    this.enqueue(g, side, p);
  }
}

/**
 * Departure and arrival no further apart than the window, either way: the two nodes' clocks may
 * disagree by more than the transit time. Identical wire fields (IP id, length, TCP seq and ack)
 * twice within the window do not happen for distinct packets in practice.
 */
function near(departWall: number, arriveWall: number, windowNs: number): boolean {
  const d = arriveWall - departWall;
  return d >= -windowNs && d <= windowNs;
}

/**
 * The pending end a queue entry stands for, unless the entry is stale: its group finished, or no
 * longer awaits that end (an end with the same wire fields, moved to it by a merge, still counts).
 */
function live(e: Queued): Pending | undefined {
  const g = e.group;
  const p = e.side === 'origin' ? g.originPending : g.endPending;
  if (g.done || !p) return undefined;
  return p === e.pending || (p.key === e.pending.key && sameWire(p.packet, e.pending.packet)) ? p : undefined;
}

/**
 * Wire hash → groups waiting with it (each group's pending end on one side holds its packet).
 * Identical wire fields do recur (IP id wraps): keep them all; distinct ones may share a hash.
 */
class MultiMap {
  private readonly m = new Map<number, Group[]>();

  constructor(private readonly pendingOf: (g: Group) => Pending | undefined) {}

  add(key: number, g: Group): void {
    const list = this.m.get(key);
    if (list) list.push(g);
    else this.m.set(key, [g]);
  }

  /**
   * Take out the first group under `key` (other than `not`) awaiting a packet like `packet` whose
   * wait began within `windowNs` of `wall`, either way (arguments, not a closure: this runs for
   * every segment that arrived or left through an ENI).
   */
  take(key: number, packet: PacketFields, wall: number, windowNs: number, not: Group | undefined): Group | undefined {
    const list = this.m.get(key);
    if (!list) return undefined;
    for (let i = 0; i < list.length; i++) {
      const g = list[i]!;
      const p = this.pendingOf(g)!;
      if (!sameWire(p.packet, packet) || g === not || !near(p.sinceWall, wall, windowNs)) continue;
      list.splice(i, 1);
      if (list.length === 0) this.m.delete(key);
      return g;
    }
    return undefined;
  }

  remove(key: number, g: Group): void {
    const list = this.m.get(key);
    if (!list) return;
    const i = list.indexOf(g);
    if (i >= 0) list.splice(i, 1);
    if (list.length === 0) this.m.delete(key);
  }

  replace(key: number, from: Group, to: Group): void {
    const list = this.m.get(key);
    const i = list ? list.indexOf(from) : -1;
    if (list && i >= 0) list[i] = to;
    else this.add(key, to);
  }

  get size(): number {
    return this.m.size;
  }
}

/** The load balancer a packet came from: by its own (private) address, or by the NodePort of the service it fronts. */
function loadBalancerOf(topo: TopologyModel, peer: string, service: string | undefined): ExternalInfo | undefined {
  const o = topo.owner(peer);
  if (o.kind === 'external' && o.external.kind === 'load-balancer') return o.external;
  if (!service) return undefined;
  return topo.data().externals.find((e) => e.kind === 'load-balancer' && e.service === service && e.targetType === 'instance');
}

const INFERRED = 'inferred from the topology, not observed';

/**
 * What a load balancer did to a packet before it reached the node, as its configuration implies
 * (like the NAT gateway's SNAT): an instance-target NLB DNATs its address to a node's NodePort and
 * keeps the client's; an IP-target NLB or an ALB sends to the pod from its own address.
 */
function loadBalancerArrival(topo: TopologyModel, first: Tuple, nodePortService: string | undefined): Omit<NatRewrite, 'afterHop'> | undefined {
  const lb = loadBalancerOf(topo, first.src, nodePortService);
  if (!lb?.publicIp || lb.port === undefined) return undefined;
  const front = `${lb.publicIp}:${lb.port}`;
  const before: Tuple = { ...first, dst: lb.publicIp, dport: lb.port };
  const base = { node: lb.name, kind: 'DNAT' as const, before, after: first, cause: 'load-balancer' as const, inferred: true, ...(lb.service ? { service: lb.service } : {}) };
  if (lb.ip === first.src) {
    const how = lb.name.startsWith('ALB') ? 'proxies it to IP target' : 'forwards it to IP target';
    return { ...base, reason: `${lb.name} ${front} ${how} ${first.dst}:${first.dport} from its own address ${lb.ip}: the client's address and port are not visible past it (${INFERRED})` };
  }
  return { ...base, reason: `${lb.name} ${front} DNAT to node ${first.dst} NodePort ${first.dport}, the client's address kept (instance target; ${INFERRED})` };
}

/** And what it does to the reply on its way back to the client: the source becomes its own address again. */
function loadBalancerDeparture(topo: TopologyModel, last: Tuple, nodePortService: string | undefined): Omit<NatRewrite, 'afterHop'> | undefined {
  const lb = loadBalancerOf(topo, last.dst, nodePortService);
  if (!lb?.publicIp || lb.port === undefined) return undefined;
  const after: Tuple = { ...last, src: lb.publicIp, sport: lb.port };
  const client = lb.ip === last.dst ? '; the destination becomes the client again, which it alone knows' : '';
  return {
    node: lb.name,
    kind: 'UNDNAT',
    before: last,
    after,
    cause: 'load-balancer',
    inferred: true,
    ...(lb.service ? { service: lb.service } : {}),
    reason: `${lb.name} answers the client from ${lb.publicIp}:${lb.port}${client} (${INFERRED})`,
  };
}
