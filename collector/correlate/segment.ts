/**
 * One node's part of a packet's path: a closed (node, skb) chain turned into hops with places,
 * NAT rewrites, routing decisions and drops, and a judgement of how the part starts (sent here,
 * arrived from the VPC) and ends (delivered, dropped, left through an ENI, or unknown).
 */
import type { ConntrackInfo, PacketEvent, PacketFields, RouteLookupInfo } from '../../common/event.js';
import type { DropEvent, FlowDirection, Hop, IncompleteReason, NatRewrite, Place, RouteDecision } from '../trace-model.js';
import type { PodInfo, TopologyModel } from '../topology/model.js';
import { TABLE_MAIN } from '../topology/model.js';
import { classifyNat, directionFromCt } from './nat.js';
import { sameTuple, tupleOf } from './packet-keys.js';
import { dropsAfterDelivery } from './chains.js';
import { explainDrop } from './drops.js';

export type SegmentStart = 'local' | 'arrival' | 'partial';
export type SegmentEnd = 'delivered-pod' | 'delivered-host' | 'departed' | 'dropped' | 'partial';

export interface Segment {
  node: string;
  hops: Hop[]; // seq local to the segment, from 0
  nats: NatRewrite[];
  routes: RouteDecision[];
  drops: DropEvent[];
  start: SegmentStart;
  end: SegmentEnd;
  /** Why the start, the middle or the end is not explained (never changed in place: replace). */
  startReasons: readonly IncompleteReason[];
  innerReasons: readonly IncompleteReason[];
  endReasons: readonly IncompleteReason[];
  direction?: FlowDirection;
  cts: ConntrackInfo[];
  firstPacket: PacketFields;
  lastPacket: PacketFields;
  firstWall: number;
  lastWall: number;
  /** The node's monotonic clock at the first and last hop: comparable across nodes only on one kernel. */
  firstMono: number;
  lastMono: number;
  startNs: string;
  endNs: string;
}

/** A route lookup as the node's route buffer keeps it. */
export interface RouteRecord {
  mono: number;
  cpu: number;
  info: RouteLookupInfo;
  netns: string; // '0' or '' when the agent could not tell
  iif: string; // input device of an input lookup; '' for an output lookup
}

export interface RouteSource {
  /** Route lookups of `node` with mono time in [from, to], in time order. */
  between(from: number, to: number): RouteRecord[];
}

export interface SegmentOptions {
  /** How far before a locally sent packet's first transmit its output route lookup may be. */
  originRouteWindowNs: number;
}

/** A receive or transmit event: one with a packet. */
export type Ev = PacketEvent & { packet: PacketFields };

const NO_REASONS: readonly IncompleteReason[] = Object.freeze([]);

/**
 * classifyNat's answer made a NatRewrite in place — it is new on every call and nobody else
 * holds it — with the fields a copy `{ ...n, node, afterHop }` would have, in that order.
 */
function placed(n: ReturnType<typeof classifyNat>[number], node: string, afterHop: number): NatRewrite {
  const nat = n as NatRewrite;
  nat.node = node;
  nat.afterHop = afterHop;
  return nat;
}

/**
 * A closed chain → a Segment, in phases (each below, each testable on its own): order and split
 * the events, forget the drops after a delivery, make the hops, judge the direction and the
 * start, name the NAT rewrites, decide the routes, place the drops, judge the end and say what
 * was not observed.
 */
export function buildSegment(
  topo: TopologyModel,
  placeOf: (e: PacketEvent) => Place,
  node: string,
  events: PacketEvent[],
  routes: RouteSource,
  opts: SegmentOptions,
): Segment | undefined {
  const drops: PacketEvent[] = [];
  const packetEvents = splitEvents(events, drops);
  if (packetEvents.length === 0) return undefined;
  forgetDropsAfterDelivery(topo, node, placeOf, packetEvents, drops);
  const cts: ConntrackInfo[] = [];
  const hops = hopsOf(packetEvents, placeOf, cts);
  const direction = segmentDirection(packetEvents);
  const first = packetEvents[0]!;
  const last = packetEvents[packetEvents.length - 1]!;
  const firstHop = hops[0]!;
  const lastHop = hops[hops.length - 1]!;
  const start = segmentStart(topo, first, firstHop, direction);
  const nats = natsOf(topo, node, packetEvents, start, direction, firstHop);
  const routeDecisions = routeDecisionsOf(topo, node, packetEvents, start, routes, opts);
  const dropEvents = dropEventsOf(topo, node, drops, packetEvents, hops);
  const innerReasons = unobservedHops(node, packetEvents, hops);
  const end = segmentEnd(topo, node, last, lastHop, dropEvents.length > 0);
  // Most segments explain themselves: they share one empty (frozen) list until a reason comes.
  const endReasons: readonly IncompleteReason[] = end === 'partial' ? [{ code: 'open-end', node, text: describeOpenEnd(topo, last, lastHop.place) }] : NO_REASONS;
  const startReasons: readonly IncompleteReason[] = start === 'partial' ? [{ code: 'open-start', node, text: describeOpenStart(topo, first, firstHop.place, direction) }] : NO_REASONS;

  return {
    node,
    hops,
    nats,
    routes: routeDecisions,
    drops: dropEvents,
    start,
    end,
    startReasons,
    innerReasons,
    endReasons,
    direction,
    cts,
    firstPacket: first.packet,
    lastPacket: last.packet,
    firstWall: Number(first.wallUnixNs),
    lastWall: Number(last.wallUnixNs),
    firstMono: Number(first.monoNs),
    lastMono: Number(last.monoNs),
    startNs: firstHop.timeNs, // the same decimal text, made once
    endNs: drops.length > 0 && drops[drops.length - 1]!.wallUnixNs > last.wallUnixNs ? drops[drops.length - 1]!.wallUnixNs.toString() : lastHop.timeNs,
  };
}

/**
 * The chain's packet events (receive, transmit) in the node's clock order; its drops go into
 * `drops`. Stable on the node's monotonic clock: arrival order breaks ties (transmit on one end
 * of a veth and receive on the other can carry the same nanosecond).
 */
export function splitEvents(events: PacketEvent[], drops: PacketEvent[]): Ev[] {
  let inOrder = true;
  for (let i = 1; i < events.length && inOrder; i++) if (events[i]!.monoNs < events[i - 1]!.monoNs) inOrder = false;
  const sorted = inOrder ? events : events.map((e, i) => ({ e, i })).sort((a, b) => (a.e.monoNs < b.e.monoNs ? -1 : a.e.monoNs > b.e.monoNs ? 1 : a.i - b.i)).map((x) => x.e);
  const packetEvents: Ev[] = [];
  for (const e of sorted) {
    if (e.kind === 'drop') drops.push(e);
    else if ((e.kind === 'receive' || e.kind === 'transmit') && e.packet) packetEvents.push(e as Ev);
  }
  return packetEvents;
}

/**
 * A free after the packet reached its pod is the socket letting go (QUEUE_PURGE...), not a drop:
 * such drops are taken out of `drops`. (Places are asked for in this order on purpose: a pod hint
 * on a later event can rename a device in the place cache, and the hops must name their devices
 * as they always have.)
 */
export function forgetDropsAfterDelivery(topo: TopologyModel, node: string, placeOf: (e: PacketEvent) => Place, packetEvents: Ev[], drops: PacketEvent[]): void {
  const lastEvent = packetEvents[packetEvents.length - 1]!;
  let deliveredAt: bigint | undefined;
  for (const e of packetEvents) {
    if (e.kind !== 'receive') continue;
    const place = placeOf(e);
    if (place.kind === 'pod-eth' && isDelivery(topo, node, placeOf(e), e.packet)) {
      deliveredAt = e.monoNs;
      break;
    }
  }
  if (deliveredAt === undefined && lastEvent.kind === 'receive' && isDelivery(topo, node, placeOf(lastEvent), lastEvent.packet)) deliveredAt = lastEvent.monoNs;
  if (deliveredAt !== undefined) {
    for (let i = drops.length - 1; i >= 0; i--) if (drops[i]!.monoNs >= deliveredAt && !dropsAfterDelivery(drops[i]!)) drops.splice(i, 1);
  }
}

/** One hop per packet event, numbered from 0; the conntrack entries they carry go into `cts`. */
export function hopsOf(packetEvents: Ev[], placeOf: (e: PacketEvent) => Place, cts: ConntrackInfo[]): Hop[] {
  const hops: Hop[] = new Array<Hop>(packetEvents.length);
  for (let seq = 0; seq < packetEvents.length; seq++) {
    const e = packetEvents[seq]!;
    hops[seq] = { seq, timeNs: e.wallUnixNs.toString(), direction: e.kind as 'receive' | 'transmit', place: placeOf(e), packet: e.packet, mark: e.mark };
    if (e.ct) cts.push(e.ct);
  }
  return hops;
}

/** Request or reply, from the first conntrack entry that tells. */
export function segmentDirection(packetEvents: Ev[]): FlowDirection | undefined {
  for (const e of packetEvents) {
    if (!e.ct) continue;
    const direction = directionFromCt(e.packet, e.ct);
    if (direction) return direction;
  }
  return undefined;
}

/**
 * Sent on this node, arrived from the VPC through an ENI, or first seen part-way. A pod sends at
 * its eth0: a packet of a pod's (its sender before any NAT, which conntrack keeps) first seen
 * leaving through an ENI or into another pod's veth was sent unobserved, so its start is partial,
 * not a send by the node (under load an skb's events can split into two chains: the half that
 * starts at the ENI must not pass for the whole).
 */
export function segmentStart(topo: TopologyModel, first: Ev, firstHop: Hop, direction: FlowDirection | undefined): SegmentStart {
  const kind = firstHop.place.kind;
  if (first.kind === 'receive') return kind === 'eni' ? 'arrival' : 'partial';
  if (kind === 'pod-eth' || kind === 'loopback' || kind === 'other') return 'local';
  if (kind === 'eni' || kind === 'host-veth') return podSent(topo, first, direction) ? 'partial' : 'local';
  return 'partial';
}

/** The pod (not host-network) that sent this packet, by its address before any NAT. */
export function podSent(topo: TopologyModel, first: Ev, direction: FlowDirection | undefined): PodInfo | undefined {
  const own = topo.owner(first.packet.src);
  if (own.kind === 'pod') return own.pod;
  const ct = first.ct;
  if (!ct || direction === undefined) return undefined;
  const before = topo.owner(direction === 'reply' ? ct.reply.src : ct.original.src);
  return before.kind === 'pod' ? before.pod : undefined;
}

/** The NAT rewrites between consecutive hops, and one before the first hop when the host netns sent it already rewritten. */
export function natsOf(topo: TopologyModel, node: string, packetEvents: Ev[], start: SegmentStart, direction: FlowDirection | undefined, firstHop: Hop): NatRewrite[] {
  const nats: NatRewrite[] = [];
  const first = packetEvents[0]!;
  // A packet sent from the host netns may already be rewritten (OUTPUT DNAT of a NodePort on
  // localhost) before the first device sees it: conntrack's original tuple shows what was sent.
  // So may one first seen leaving the node (a pod's send not observed: partial) — the same
  // evidence names the rewrite its unobserved part made.
  if (start !== 'arrival' && first.kind === 'transmit' && first.ct && (direction ?? 'request') === 'request' && firstHop.place.kind !== 'pod-eth') {
    const sent = first.ct.original;
    const seen = tupleOf(first.packet);
    if (!sameTuple(sent, seen)) {
      for (const n of classifyNat(topo, sent, seen, 'request', first.ct)) nats.push(placed(n, node, -1));
    }
  }
  for (let i = 1; i < packetEvents.length; i++) {
    // PacketFields carry the tuple's fields: compare them in place, build tuples only on a change.
    if (sameTuple(packetEvents[i - 1]!.packet, packetEvents[i]!.packet)) continue;
    const before = tupleOf(packetEvents[i - 1]!.packet);
    const after = tupleOf(packetEvents[i]!.packet);
    const ct = packetEvents[i]!.ct ?? packetEvents[i - 1]!.ct;
    for (const n of classifyNat(topo, before, after, direction ?? 'request', ct)) {
      const nat = placed(n, node, i - 1);
      if (!ct && !n.conntrack) nat.reason = `${n.reason} (no conntrack entry seen)`;
      nats.push(nat);
    }
  }
  return nats;
}

/** The sender's routing decision (a local start) and each receive's, which lies between it and the next transmit. */
export function routeDecisionsOf(topo: TopologyModel, node: string, packetEvents: Ev[], start: SegmentStart, routes: RouteSource, opts: SegmentOptions): RouteDecision[] {
  const routeDecisions: RouteDecision[] = [];
  const first = packetEvents[0]!;
  if (start === 'local') {
    const t0 = Number(first.monoNs);
    const at = lookupAt(first.cpu, first.netns, '', first.packet.dst, first.packet.dst, first.packet.src, first.ifname);
    const d = decideRoute(topo, node, routes.between(t0 - opts.originRouteWindowNs, t0), at, 0);
    if (d) routeDecisions.push(d);
  }
  let nextTransmit = -1;
  for (let i = 0; i < packetEvents.length - 1; i++) {
    const r = packetEvents[i]!;
    if (r.kind !== 'receive') continue;
    if (nextTransmit <= i) {
      nextTransmit = i + 1;
      while (nextTransmit < packetEvents.length && packetEvents[nextTransmit]!.kind !== 'transmit') nextTransmit++;
    }
    if (nextTransmit >= packetEvents.length) break;
    const t = packetEvents[nextTransmit]!;
    const at = lookupAt(r.cpu, r.netns, r.ifname, r.packet.dst, t.packet.dst, r.packet.src, t.ifname);
    const d = decideRoute(topo, node, routes.between(Number(r.monoNs), Number(t.monoNs)), at, i);
    if (d) routeDecisions.push(d);
  }
  return routeDecisions;
}

/** Each drop at the last hop before it (-1: before the first), with its reason and what it means there. */
export function dropEventsOf(topo: TopologyModel, node: string, drops: PacketEvent[], packetEvents: Ev[], hops: Hop[]): DropEvent[] {
  return drops.map((d): DropEvent => {
    const dm = d.monoNs;
    let at = -1;
    for (let i = 0; i < packetEvents.length; i++) if (packetEvents[i]!.monoNs <= dm) at = i;
    const place = at >= 0 ? hops[at]!.place : undefined;
    const reason = d.drop?.reason || (d.drop ? `reason ${d.drop.reasonCode}` : 'unknown');
    const meaning = at >= 0 ? explainDrop(topo, node, reason, place, packetEvents[at]!.packet) : undefined;
    return {
      node,
      atHop: at,
      reason,
      ...(place ? { place } : {}),
      timeNs: d.wallUnixNs.toString(),
      ...(meaning ? { meaning } : {}),
    };
  });
}

/**
 * Devices alternate: a transmit on one end of a veth or wire is followed by a receive on the
 * other. Two transmits or two receives in a row mean an observation between them is missing.
 */
export function unobservedHops(node: string, packetEvents: Ev[], hops: Hop[]): readonly IncompleteReason[] {
  let innerReasons = NO_REASONS;
  for (let i = 1; i < packetEvents.length; i++) {
    const a = packetEvents[i - 1]!;
    const b = packetEvents[i]!;
    if (a.kind === b.kind) {
      innerReasons = [...innerReasons, { code: 'hop-not-observed', node, text: `a hop between ${hops[i - 1]!.place.label} and ${hops[i]!.place.label} on ${node} was not observed` }];
    }
  }
  return innerReasons;
}

/** Dropped, left through an ENI, delivered to a pod or to the host, or last seen part-way. */
export function segmentEnd(topo: TopologyModel, node: string, last: Ev, lastHop: Hop, dropped: boolean): SegmentEnd {
  const lastPod = lastHop.place.pod ? topo.pod(lastHop.place.pod) : undefined;
  if (dropped) return 'dropped';
  if (last.kind === 'transmit' && lastHop.place.kind === 'eni') return 'departed';
  if (last.kind === 'receive' && lastHop.place.kind === 'pod-eth' && (!lastPod || lastPod.ip === last.packet.dst)) return 'delivered-pod';
  if (last.kind === 'receive' && lastHop.place.kind !== 'pod-eth' && isLocalAddress(topo, node, last.packet.dst) && !expectsForwarding(topo, last.packet)) return 'delivered-host';
  return 'partial';
}

function isLocalAddress(topo: TopologyModel, node: string, ip: string): boolean {
  if (ip.startsWith('127.')) return true;
  const o = topo.owner(ip);
  return o.kind === 'node' && o.node.name === node;
}

/** A packet to a node address on a NodePort is meant to be DNATed and forwarded, not kept. */
function expectsForwarding(topo: TopologyModel, p: PacketFields): boolean {
  return topo.serviceByNodePort(p.dport, p.protocol) !== undefined;
}

function describeOpenEnd(topo: TopologyModel, last: Ev, place: Place): string {
  if (last.kind === 'transmit' && place.kind === 'host-veth') {
    return `last seen entering ${place.pod ? `pod ${place.pod}` : 'a pod'} through ${place.ifname} on ${place.node}; the pod's netns was not observed`;
  }
  if (last.kind === 'transmit' && place.kind === 'pod-eth') return `sent by ${place.pod} on ${place.node} but never seen on its host veth`;
  if (last.kind === 'receive' && expectsForwarding(topo, last.packet)) {
    return `received on ${place.label} (${place.node}) for a NodePort but never seen forwarded`;
  }
  return `last seen at ${place.label} on ${place.node} (${last.kind}); what followed was not observed`;
}

function describeOpenStart(topo: TopologyModel, first: Ev, place: Place, direction: FlowDirection | undefined): string {
  if (first.kind === 'receive' && place.kind === 'host-veth') {
    return `first seen on ${place.label} on ${place.node}; the send inside ${place.pod ? `pod ${place.pod}` : 'the pod'} was not observed`;
  }
  const pod = first.kind === 'transmit' ? podSent(topo, first, direction) : undefined;
  if (pod) return `first seen leaving through ${place.label} on ${place.node}; the send by pod ${pod.namespace}/${pod.name} was not observed`;
  return `first seen at ${place.label} on ${place.node} (${first.kind}); where it came from was not observed`;
}

/** Where and for what a route lookup is expected: the CPU, netns and input device of the hop. */
export interface LookupContext {
  cpu: number;
  netns: string;
  iif: string; // '' for a locally sent packet's output lookup
  dst: string; // the packet's destination before NAT
  natDst: string; // and after (the same when not rewritten)
  src: string;
  /** The device the packet was then seen leaving by: ground truth for the decision's device. */
  outDev?: string;
}

// One context reused for every lookup (one thread; decideRoute reads it and keeps none of it).
const scratchAt: LookupContext = { cpu: 0, netns: '', iif: '', dst: '', natDst: '', src: '', outDev: '' };

function lookupAt(cpu: number, netns: string, iif: string, dst: string, natDst: string, src: string, outDev: string): LookupContext {
  const at = scratchAt;
  at.cpu = cpu;
  at.netns = netns;
  at.iif = iif;
  at.dst = dst;
  at.natDst = natDst;
  at.src = src;
  at.outDev = outDev;
  return at;
}

const known = (netns: string): boolean => netns !== '' && netns !== '0';

/** A lookup for this packet's destination (before or after NAT), not a reverse-path check, in its netns. */
function fitsLoosely(r: RouteRecord, at: LookupContext): boolean {
  const dst = r.info.dst;
  if (dst !== at.dst && dst !== at.natDst) return false;
  if (dst === at.src && at.src !== at.dst && at.src !== at.natDst) return false;
  return !(known(r.netns) && known(at.netns) && r.netns !== at.netns);
}

/**
 * The routing decision among the lookups made while one packet was processed. The lookup runs
 * on the CPU that received the packet, in the netns of the receiving device and with it as input
 * device, between its receive and its next transmit, after DNAT (so its destination is the
 * packet's before or after NAT). Reverse-path checks look up the source: not the decision. A
 * locally sent packet's lookup is an output lookup (no input device) just before its transmit.
 * The table that decided is the last one that answered.
 */
export function decideRoute(topo: TopologyModel, node: string, candidates: RouteRecord[], at: LookupContext, atHop: number): RouteDecision | undefined {
  if (candidates.length === 0) return undefined;
  // Reused between calls (one thread, never kept): the lookups that fit this hop.
  const lookups = scratchLookups;
  lookups.length = 0;
  let namesIif = false;
  for (const r of candidates) {
    if (r.iif !== '') namesIif = true;
    // Agents that name the input device: it must be this hop's (or none, for output lookups).
    if (fitsLoosely(r, at) && r.cpu === at.cpu && r.iif === at.iif) lookups.push(r);
  }
  // Agents that do not name input devices, or a lookup on another CPU: fall back, same netns.
  if (lookups.length === 0 && !namesIif) for (const r of candidates) if (fitsLoosely(r, at) && r.cpu === at.cpu) lookups.push(r);
  if (lookups.length === 0 && !namesIif) for (const r of candidates) if (fitsLoosely(r, at)) lookups.push(r);
  if (lookups.length === 0) return undefined;
  let decider: RouteRecord | undefined;
  for (const r of lookups) if (r.info.error === 0) decider = r;
  const chosen = decider ?? lookups[lookups.length - 1]!;
  const table = chosen.info.table;
  // The tracepoint's result device can hold stale bytes; the device the packet then left by is
  // what the decision sent it to.
  const dev = at.outDev || chosen.info.resultDev;
  const eni = topo.eni(node, dev);
  const gateway = chosen.info.gateway && chosen.info.gateway !== '0.0.0.0' ? chosen.info.gateway : undefined;
  const tableName = topo.tableName(node, table);
  const consulted: NonNullable<RouteDecision['consulted']> = new Array(lookups.length);
  for (let i = 0; i < lookups.length; i++) {
    const r = lookups[i]!;
    consulted[i] = { table: r.info.table, tableName: r.info.table === table ? tableName : topo.tableName(node, r.info.table), error: r.info.error };
  }
  lookups.length = 0;
  // Fields set in the order they have always been written (JSON readers see the same text).
  const d: RouteDecision = { node, atHop, table, tableName, dst: chosen.info.dst } as RouteDecision;
  if (gateway) d.gateway = gateway;
  d.dev = dev;
  const eniName = eni ? eni.ifname : table !== TABLE_MAIN ? topo.eniForTable(node, table)?.ifname : undefined;
  if (eniName !== undefined) d.eni = eniName;
  d.consulted = consulted;
  if (!decider) d.error = chosen.info.error;
  return d;
}

const scratchLookups: RouteRecord[] = [];

/**
 * A receive that hands the packet to its final owner: the destination pod's eth0, or the node's
 * own stack for a node address (a reply to a node socket) that is no NodePort (those are DNATed
 * and forwarded after the receive).
 */
export function isDelivery(topo: TopologyModel, node: string, place: Place, p: PacketFields): boolean {
  if (place.kind === 'pod-eth') {
    const pod = place.pod ? topo.pod(place.pod) : undefined;
    return !pod || pod.ip === p.dst;
  }
  if (place.kind === 'eni' || place.kind === 'loopback' || place.kind === 'host-veth') {
    return isLocalAddress(topo, node, p.dst) && !expectsForwarding(topo, p);
  }
  return false;
}
