/**
 * One packetlife trace as OpenTelemetry spans (the span model is written down in
 * collector/README.md, "OTLP export"): a root span for the packet's journey, a child span per
 * node segment (consecutive hops on one node) and per unobserved stretch between two segments
 * (the VPC fabric), a span event per hop, NAT rewrites, routing decisions and drops as span
 * events with structured attributes, drops as error status with the kernel's reason.
 *
 * The spans are plain objects of the SDK's ReadableSpan shape: what @opentelemetry/otlp-transformer
 * serializes. Ids are derived from the packetlife trace id, so exporting a trace twice sends the
 * same trace and span ids (a backend keeps one copy) and a reply can link to its request without
 * looking the request up.
 */
import { SpanKind, SpanStatusCode, TraceFlags, type Attributes, type HrTime, type Link, type SpanContext } from '@opentelemetry/api';
import { resourceFromAttributes, type Resource } from '@opentelemetry/resources';
import type { ReadableSpan, TimedEvent } from '@opentelemetry/sdk-trace';
import {
  ATTR_K8S_NAMESPACE_NAME,
  ATTR_K8S_NODE_NAME,
  ATTR_K8S_POD_NAME,
  ATTR_NETWORK_TRANSPORT,
  ATTR_NETWORK_TYPE,
  ATTR_SERVICE_NAME,
  ATTR_SERVICE_VERSION,
} from '@opentelemetry/semantic-conventions';
import type { PacketFields, Tuple } from '../../common/event.js';
import { hasPorts, protocolName } from '../../common/ip-protocol.js';
import { PACKETLIFE_VERSION } from '../../common/version.js';
import type { Hop, NatRewrite, Place, Trace } from '../trace-model.js';
import { otelSpanId, otelTraceId, rootSpanContext, spanIds } from './otlp-ids.js';

export { otelSpanId, otelTraceId, rootSpanContext };

// Semantic-convention names still marked incubating: the OpenTelemetry JS docs ask users to copy
// these rather than import them from the unstable entry point.
const ATTR_SOURCE_ADDRESS = 'source.address';
const ATTR_SOURCE_PORT = 'source.port';
const ATTR_DESTINATION_ADDRESS = 'destination.address';
const ATTR_DESTINATION_PORT = 'destination.port';
const ATTR_NETWORK_INTERFACE_NAME = 'network.interface.name'; // on drop events

export const INSTRUMENTATION_SCOPE = { name: 'packetlife', version: PACKETLIFE_VERSION };

export function packetlifeResource(extra: Attributes = {}): Resource {
  return resourceFromAttributes({ [ATTR_SERVICE_NAME]: 'packetlife', [ATTR_SERVICE_VERSION]: INSTRUMENTATION_SCOPE.version, ...extra });
}

/**
 * What of a trace its spans are made from: a Trace is one, and exportView() makes the smallest
 * one. This is what crosses to the exporter's worker thread (otlp-handover.ts writes exactly
 * this view: the hops' kernel details the spans do not carry — netns, ifindex, IP id, TTL,
 * lengths, TCP seq/ack, ICMP id/seq, conntrack tuples — stay behind).
 */
export type ExportHop = Pick<Hop, 'seq' | 'timeNs' | 'direction' | 'mark'> & {
  place: Pick<Place, 'kind' | 'node' | 'label' | 'pod'>;
  packet: Pick<PacketFields, 'src' | 'dst' | 'sport' | 'dport' | 'protocol' | 'tcpFlags' | 'icmpType' | 'icmpCode'>;
};
export type ExportNat = Omit<NatRewrite, 'conntrack'> & { conntrack?: { status: number } };
export type ExportTrace = Omit<Trace, 'hops' | 'nats' | 'meaning'> & { hops: ExportHop[]; nats: ExportNat[] };

export function exportView(t: Trace): ExportTrace {
  const hops: ExportHop[] = new Array(t.hops.length);
  for (let i = 0; i < t.hops.length; i++) {
    const h = t.hops[i]!;
    const p = h.place;
    const k = h.packet;
    hops[i] = {
      seq: h.seq,
      timeNs: h.timeNs,
      direction: h.direction,
      mark: h.mark,
      place: p.pod === undefined ? { kind: p.kind, node: p.node, label: p.label } : { kind: p.kind, node: p.node, label: p.label, pod: p.pod },
      packet: { src: k.src, dst: k.dst, sport: k.sport, dport: k.dport, protocol: k.protocol, tcpFlags: k.tcpFlags, icmpType: k.icmpType, icmpCode: k.icmpCode },
    };
  }
  const nats = t.nats.map((n): ExportNat => (n.conntrack ? { ...n, conntrack: { status: n.conntrack.status } } : n));
  const v: ExportTrace = {
    id: t.id,
    flowId: t.flowId,
    direction: t.direction,
    nodes: t.nodes,
    hops,
    nats,
    routes: t.routes,
    drops: t.drops,
    first: t.first,
    last: t.last,
    verdict: t.verdict,
    incompleteReasons: t.incompleteReasons,
    startNs: t.startNs,
    endNs: t.endNs,
  };
  if (t.from !== undefined) v.from = t.from;
  if (t.to !== undefined) v.to = t.to;
  if (t.incompleteDetails !== undefined) v.incompleteDetails = t.incompleteDetails;
  if (t.gaps !== undefined) v.gaps = t.gaps;
  return v;
}

export interface SpanLinkTarget {
  traceId: string; // packetlife trace id
  kind: 'request' | 'flow-first';
}

/** A decimal nanosecond string as [seconds, nanoseconds]: digit by digit (it runs for every event; no BigInt, no substrings). */
function hrOf(ns: string): HrTime {
  let sec = 0;
  let nanos = 0;
  const cut = ns.length - 9;
  for (let i = 0; i < ns.length; i++) {
    const d = ns.charCodeAt(i) - 48;
    if (i < cut) sec = sec * 10 + d;
    else nanos = nanos * 10 + d;
  }
  return [sec, nanos];
}
const hrCmp = (a: HrTime, b: HrTime): number => a[0] - b[0] || a[1] - b[1];
/** a − b, a ≥ b. */
const hrDiff = (a: HrTime, b: HrTime): HrTime => (a[1] >= b[1] ? [a[0] - b[0], a[1] - b[1]] : [a[0] - b[0] - 1, a[1] - b[1] + 1e9]);
/** a + b. */
const hrAdd = (a: HrTime, b: HrTime): HrTime => (a[1] + b[1] < 1e9 ? [a[0] + b[0], a[1] + b[1]] : [a[0] + b[0] + 1, a[1] + b[1] - 1e9]);
const ZERO: HrTime = [0, 0];
const transport = (p: number): string => protocolName(p);

/** Incomplete reasons are plain strings today; structured ones ({code, node, text}) read the same. */
type Reason = string | { code?: string; node?: string; text?: string };
const reasonText = (r: Reason): string => (typeof r === 'string' ? r : (r.text ?? r.code ?? JSON.stringify(r)));
const reasonCode = (r: Reason): string | undefined => (typeof r === 'string' ? undefined : r.code);

const sameTuple = (a: Tuple, b: Tuple): boolean => a.src === b.src && a.dst === b.dst && a.sport === b.sport && a.dport === b.dport;

/**
 * Per-trace strings that repeat across traces (a pod's namespace and name, a node span's name),
 * made once: every export otherwise allocates them again for every trace. Bounded.
 */
const STRING_CACHE_MAX = 4096;
const podParts = new Map<string, readonly [string, string]>();
function podOf(pod: string): readonly [string, string] {
  let v = podParts.get(pod);
  if (!v) {
    const i = pod.indexOf('/');
    v = i < 0 ? [pod, ''] : [pod.slice(0, i), pod.slice(i + 1)];
    if (podParts.size >= STRING_CACHE_MAX) podParts.clear();
    podParts.set(pod, v);
  }
  return v;
}
const nodeSpanNames = new Map<string, string>();
function nodeSpanName(node: string): string {
  let v = nodeSpanNames.get(node);
  if (v === undefined) {
    v = `node ${node}`;
    if (nodeSpanNames.size >= STRING_CACHE_MAX) nodeSpanNames.clear();
    nodeSpanNames.set(node, v);
  }
  return v;
}

/** A device: the place attributes of drop events (hop events carry fewer: see hopEvent). */
function placeAttrs(p: Place): Attributes {
  const a: Attributes = {
    [ATTR_K8S_NODE_NAME]: p.node,
    [ATTR_NETWORK_INTERFACE_NAME]: p.ifname,
    'packetlife.place.kind': p.kind,
    'packetlife.place.label': p.label,
  };
  if (p.pod) {
    const [ns, name] = podOf(p.pod);
    a[ATTR_K8S_NAMESPACE_NAME] = ns;
    a[ATTR_K8S_POD_NAME] = name;
  }
  return a;
}

/**
 * One hop: its name is its direction, its time the kernel's, and it says the device. Nothing a
 * span or the event before it already says is repeated (every attribute key is sent in full with
 * every hop, and the serializer's cost is per attribute): the node is its span's, the hop's
 * number follows from the span's `packetlife.hop.first` and the event's place among the span's
 * hops, the addresses and ports are sent only where they differ from the hop before (the first
 * hop's are the root span's: a hop event with addresses is where a rewrite showed), TCP flags /
 * ICMP type and code are the root span's (sent on a hop only if they changed). The pod of a pod's
 * own eth0 is named with the semantic-convention attributes. netns, ifindex, IP id and length,
 * TTL and TCP seq/ack are in the API's trace and the pcapng.
 */
function hopEvent(h: ExportHop, prev: ExportHop['packet'], time: HrTime): TimedEvent {
  const k = h.packet;
  const attributes: Attributes = { 'packetlife.place.label': h.place.label };
  if (k.src !== prev.src || k.dst !== prev.dst || k.sport !== prev.sport || k.dport !== prev.dport) {
    attributes[ATTR_SOURCE_ADDRESS] = k.src;
    attributes[ATTR_DESTINATION_ADDRESS] = k.dst;
    if (hasPorts(k.protocol)) {
      attributes[ATTR_SOURCE_PORT] = k.sport;
      attributes[ATTR_DESTINATION_PORT] = k.dport;
    }
  }
  if (k.protocol === 6) {
    if (k.tcpFlags !== prev.tcpFlags) attributes['packetlife.tcp.flags'] = k.tcpFlags;
  } else if (k.protocol === 1 && (k.icmpType !== prev.icmpType || k.icmpCode !== prev.icmpCode)) {
    attributes['packetlife.icmp.type'] = k.icmpType;
    attributes['packetlife.icmp.code'] = k.icmpCode;
  }
  if (h.place.kind === 'pod-eth' && h.place.pod) {
    const [ns, name] = podOf(h.place.pod);
    attributes[ATTR_K8S_NAMESPACE_NAME] = ns;
    attributes[ATTR_K8S_POD_NAME] = name;
  }
  if (h.mark !== 0) attributes['packetlife.mark'] = h.mark;
  return { name: h.direction, time, attributes, droppedAttributesCount: 0 };
}

/**
 * Events in time order, stably, in place: hop events come in order and the few annotations were
 * appended, so an insertion sort moves only those (Array.prototype.sort copies the array first).
 */
function sortByTime(events: TimedEvent[]): void {
  for (let i = 1; i < events.length; i++) {
    const e = events[i]!;
    const t = e.time as HrTime;
    let j = i - 1;
    if (hrCmp(events[j]!.time as HrTime, t) <= 0) continue;
    while (j >= 0 && hrCmp(events[j]!.time as HrTime, t) > 0) {
      events[j + 1] = events[j]!;
      j--;
    }
    events[j + 1] = e;
  }
}

interface Segment {
  node: string;
  from: number; // index of its first hop in the trace
  to: number; // index of its last hop
}

function segmentsOf(t: ExportTrace): Segment[] {
  const out: Segment[] = [];
  const hops = t.hops;
  for (let i = 0; i < hops.length; i++) {
    const last = out[out.length - 1];
    if (last && last.node === hops[i]!.place.node) last.to = i;
    else out.push({ node: hops[i]!.place.node, from: i, to: i });
  }
  return out;
}

// Shared, never written to: a span's status is replaced, not changed.
const UNSET: { code: SpanStatusCode } = Object.freeze({ code: SpanStatusCode.UNSET });
const OK: { code: SpanStatusCode } = Object.freeze({ code: SpanStatusCode.OK });

type BuiltSpan = ReadableSpan & { events: TimedEvent[]; status: { code: SpanStatusCode; message?: string } };

class SpanBuilder {
  readonly spans: BuiltSpan[] = [];
  private readonly traceId: string;
  private readonly spanId: (i: number) => string;
  constructor(
    trace: ExportTrace,
    private readonly resource: Resource,
  ) {
    this.traceId = otelTraceId(trace.id);
    this.spanId = spanIds(trace.id);
  }

  add(s: { name: string; parent?: SpanContext; start: HrTime; end: HrTime; attributes: Attributes; events?: TimedEvent[]; links?: Link[]; status?: { code: SpanStatusCode; message?: string } }): BuiltSpan {
    const index = this.spans.length;
    const ctx: SpanContext = { traceId: this.traceId, spanId: this.spanId(index), traceFlags: TraceFlags.SAMPLED };
    const end = hrCmp(s.end, s.start) < 0 ? s.start : s.end;
    const span: BuiltSpan = {
      name: s.name,
      kind: SpanKind.INTERNAL,
      spanContext: () => ctx,
      parentSpanContext: s.parent,
      startTime: s.start,
      endTime: end,
      duration: hrDiff(end, s.start),
      status: s.status ?? UNSET,
      attributes: s.attributes,
      links: s.links ?? [],
      events: s.events ?? [],
      ended: true,
      resource: this.resource,
      instrumentationScope: INSTRUMENTATION_SCOPE,
      droppedAttributesCount: 0,
      droppedEventsCount: 0,
      droppedLinksCount: 0,
    };
    this.spans.push(span);
    return span;
  }
}

/**
 * The spans of one trace, root first. `links` names other packetlife traces to link to (the
 * request a reply answers, the first packet of the flow); their root span ids are derived, so
 * the targets need not be at hand.
 */
export function traceToSpans(t: ExportTrace, resource: Resource, links: SpanLinkTarget[] = []): ReadableSpan[] {
  const b = new SpanBuilder(t, resource);
  const hops = t.hops;
  // every hop's time read once
  const times: HrTime[] = new Array(hops.length);
  let start = hrOf(t.startNs);
  let end = hrOf(t.endNs);
  for (let i = 0; i < hops.length; i++) {
    const x = (times[i] = hrOf(hops[i]!.timeNs));
    if (hrCmp(x, start) < 0) start = x;
    if (hrCmp(x, end) > 0) end = x;
  }
  const hopTime = (seq: number): HrTime => times[Math.max(0, Math.min(seq, hops.length - 1))] ?? start;
  const first = t.first;
  const rootAttrs: Attributes = {
    [ATTR_NETWORK_TRANSPORT]: transport(first.protocol),
    [ATTR_NETWORK_TYPE]: 'ipv4',
    [ATTR_SOURCE_ADDRESS]: first.src,
    [ATTR_DESTINATION_ADDRESS]: first.dst,
    'packetlife.trace.id': t.id,
    'packetlife.flow.id': t.flowId,
    'packetlife.direction': t.direction,
    'packetlife.verdict': t.verdict,
    'packetlife.nodes': t.nodes,
    'packetlife.hops': hops.length,
  };
  if (hasPorts(first.protocol)) {
    rootAttrs[ATTR_SOURCE_PORT] = first.sport;
    rootAttrs[ATTR_DESTINATION_PORT] = first.dport;
  }
  // As delivered, when a rewrite changed it on the way.
  const last = t.last;
  if (!sameTuple(last, first)) {
    rootAttrs['packetlife.last.src'] = last.src;
    rootAttrs['packetlife.last.sport'] = last.sport;
    rootAttrs['packetlife.last.dst'] = last.dst;
    rootAttrs['packetlife.last.dport'] = last.dport;
  }
  // The packet's kind, once for the whole journey (hop events say it only where it changed).
  const p0 = hops[0]?.packet;
  if (p0 && p0.protocol === 6) rootAttrs['packetlife.tcp.flags'] = p0.tcpFlags;
  else if (p0 && p0.protocol === 1) {
    rootAttrs['packetlife.icmp.type'] = p0.icmpType;
    rootAttrs['packetlife.icmp.code'] = p0.icmpCode;
  }
  if (t.from) rootAttrs['packetlife.from'] = t.from;
  if (t.to) rootAttrs['packetlife.to'] = t.to;
  const sender = hops[0]?.place;
  if (sender?.pod) {
    const [ns, name] = podOf(sender.pod);
    rootAttrs[ATTR_K8S_NAMESPACE_NAME] = ns;
    rootAttrs[ATTR_K8S_POD_NAME] = name;
  }
  const reasons: Reason[] = t.incompleteDetails ?? t.incompleteReasons;
  if (reasons.length > 0) {
    rootAttrs['packetlife.incomplete.reasons'] = reasons.map(reasonText);
    const codes = reasons.map(reasonCode).filter((c): c is string => c !== undefined);
    if (codes.length > 0) rootAttrs['packetlife.incomplete.codes'] = codes;
  }
  const drop = t.drops[0];
  const rootStatus =
    t.verdict === 'dropped'
      ? { code: SpanStatusCode.ERROR, message: drop ? `dropped on ${drop.node}: ${drop.reason}` : 'dropped' }
      : t.verdict === 'delivered'
        ? OK
        : UNSET;
  if (t.verdict === 'dropped') rootAttrs['error.type'] = drop?.reason ?? 'dropped';
  const rootLinks: Link[] = links
    .filter((l) => l.traceId !== t.id)
    .map((l) => ({ context: rootSpanContext(l.traceId), attributes: { 'packetlife.link': l.kind, 'packetlife.trace.id': l.traceId } }));
  const segs = segmentsOf(t);
  // Agents' clocks differ: a node whose first hop its own clock puts before the previous node's
  // last hop (the send it follows) is shifted later as a whole, as the viewer draws it, so the
  // spans follow the path; the shift is said on its span (its times are its clock's + the shift).
  // (undefined while no node is shifted: the common case allocates nothing for it)
  let shifts: HrTime[] | undefined;
  for (let i = 1; i < segs.length; i++) {
    const floor = times[segs[i - 1]!.to]!;
    const s = segs[i]!;
    if (hrCmp(times[s.from]!, floor) >= 0) continue;
    shifts ??= new Array<HrTime>(segs.length).fill(ZERO);
    const shift = (shifts[i] = hrDiff(floor, times[s.from]!));
    for (let k = s.from; k <= s.to; k++) times[k] = hrAdd(times[k]!, shift);
    if (hrCmp(times[s.to]!, end) > 0) end = times[s.to]!;
  }
  // Which node stay holds an annotation of NODE at hop SEQ: the stay holding the hop, else the
  // node's next stay after it, else its last (-1: none; the root holds it).
  const stayOf = (node: string, seq: number): number => {
    let after = -1;
    let lastOf = -1;
    for (let i = 0; i < segs.length; i++) {
      const x = segs[i]!;
      if (x.node !== node) continue;
      if (seq >= hops[x.from]!.seq && seq <= hops[x.to]!.seq) return i;
      if (after < 0 && seq < hops[x.from]!.seq) after = i;
      lastOf = i;
    }
    return after >= 0 ? after : lastOf;
  };
  // A drop is on its node's clock: shifted with its stay's hops (the trace's end, which covers
  // its drops, then moves with it).
  const dropTime = (d: ExportTrace['drops'][number], stay: number): HrTime => {
    const time = hrOf(d.timeNs);
    return shifts && stay >= 0 && shifts[stay] !== ZERO ? hrAdd(time, shifts[stay]!) : time;
  };
  if (shifts) {
    for (const d of t.drops) {
      const x = dropTime(d, stayOf(d.node, d.atHop));
      if (hrCmp(x, end) > 0) end = x;
    }
  }
  const root = b.add({ name: `packet ${t.direction}`, start, end, attributes: rootAttrs, links: rootLinks, status: rootStatus });
  const rootCtx = root.spanContext();

  // Node segments and the stretches between them, in path order.
  const segSpans: BuiltSpan[] = [];
  const gaps = t.gaps ?? [];
  // what the hop before carried (the first hop's: the root's tuple and flags)
  let prev: ExportHop['packet'] | undefined = p0 ? { ...p0, src: first.src, dst: first.dst, sport: first.sport, dport: first.dport } : undefined;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    const firstHop = hops[s.from]!;
    const lastHop = hops[s.to]!;
    if (i > 0) {
      // The unobserved stretch between the previous node's last hop and this node's first; its
      // kind (vpc-fabric, no-agent, unobserved) is the span's name.
      const before = hops[s.from - 1]!;
      const gap = gaps.find((g) => g.afterHop === before.seq);
      const from = times[s.from - 1]!;
      const to = times[s.from]!;
      const attributes: Attributes = {
        'packetlife.gap.label': gap?.label ?? 'not observed',
        'packetlife.gap.from_node': segs[i - 1]!.node,
        'packetlife.gap.to_node': s.node,
      };
      // A receive its clock stamped before the send it follows: a zero-length stretch (the node
      // after it shifted to its end), and the skew said, never hidden.
      const shift = shifts?.[i];
      if (shift && shift !== ZERO) attributes['packetlife.clock_skew_ns'] = shift[0] * 1e9 + shift[1];
      b.add({ name: gap?.kind ?? 'unobserved', parent: rootCtx, start: from, end: to, attributes });
    }
    const events: TimedEvent[] = new Array(s.to - s.from + 1);
    for (let k = s.from; k <= s.to; k++) {
      const h = hops[k]!;
      events[k - s.from] = hopEvent(h, prev ?? h.packet, times[k]!);
      prev = h.packet;
    }
    const nodeAttrs: Attributes = { [ATTR_K8S_NODE_NAME]: s.node, 'packetlife.hop.first': firstHop.seq, 'packetlife.hop.last': lastHop.seq };
    const shift = shifts?.[i];
    if (shift && shift !== ZERO) nodeAttrs['packetlife.clock_shift_ns'] = shift[0] * 1e9 + shift[1];
    const span = b.add({ name: nodeSpanName(s.node), parent: rootCtx, start: times[s.from]!, end: times[s.to]!, attributes: nodeAttrs, events });
    segSpans.push(span);
  }

  // Annotations go to the segment span of their node that holds their hop (else the root, and
  // then they name their node: on a node's span the span says it).
  const holder = (node: string, seq: number): BuiltSpan => {
    const i = stayOf(node, seq);
    return i >= 0 ? segSpans[i]! : root;
  };
  for (const n of t.nats) {
    const h = holder(n.node, Math.max(n.afterHop, 0));
    const attributes: Attributes = {
      'packetlife.nat.kind': n.kind,
      'packetlife.nat.cause': n.cause,
      'packetlife.nat.reason': n.reason,
      'packetlife.nat.after_hop': n.afterHop,
      'packetlife.nat.before.src': n.before.src,
      'packetlife.nat.before.sport': n.before.sport,
      'packetlife.nat.before.dst': n.before.dst,
      'packetlife.nat.before.dport': n.before.dport,
      'packetlife.nat.after.src': n.after.src,
      'packetlife.nat.after.sport': n.after.sport,
      'packetlife.nat.after.dst': n.after.dst,
      'packetlife.nat.after.dport': n.after.dport,
    };
    if (h === root) attributes['packetlife.nat.node'] = n.node;
    if (n.service) attributes['packetlife.nat.service'] = n.service;
    if (n.endpointPod) attributes['packetlife.nat.endpoint_pod'] = n.endpointPod;
    if (n.inferred) attributes['packetlife.nat.inferred'] = true;
    if (n.conntrack) attributes['packetlife.nat.conntrack.status'] = n.conntrack.status;
    h.events.push({ name: 'nat', time: n.afterHop < 0 ? start : hopTime(n.afterHop), attributes, droppedAttributesCount: 0 });
  }
  for (const r of t.routes) {
    const h = holder(r.node, r.atHop);
    const attributes: Attributes = {
      'packetlife.route.table': r.table,
      'packetlife.route.table_name': r.tableName,
      'packetlife.route.dst': r.dst,
      'packetlife.route.dev': r.dev,
      'packetlife.route.at_hop': r.atHop,
    };
    if (h === root) attributes['packetlife.route.node'] = r.node;
    if (r.gateway) attributes['packetlife.route.gateway'] = r.gateway;
    if (r.eni) attributes['packetlife.route.eni'] = r.eni;
    if (r.error !== undefined) attributes['packetlife.route.error'] = r.error;
    if (r.consulted) attributes['packetlife.route.consulted'] = r.consulted.map((c) => `${c.tableName}${c.error !== 0 ? ` (error ${c.error})` : ''}`);
    h.events.push({ name: 'route', time: hopTime(r.atHop), attributes, droppedAttributesCount: 0 });
  }
  for (const d of t.drops) {
    const stay = stayOf(d.node, d.atHop);
    const h = stay >= 0 ? segSpans[stay]! : root;
    const attributes: Attributes = { 'packetlife.drop.reason': d.reason, 'packetlife.drop.at_hop': d.atHop, 'error.type': d.reason };
    if (h === root) attributes['packetlife.drop.node'] = d.node;
    if (d.place) Object.assign(attributes, placeAttrs(d.place));
    h.events.push({ name: 'drop', time: dropTime(d, stay), attributes, droppedAttributesCount: 0 });
    if (h !== root) h.status = { code: SpanStatusCode.ERROR, message: d.reason };
  }
  // Stretches before the first hop or after the last (outside the cluster, a node without an agent).
  for (const g of gaps) {
    const inner = g.afterHop >= 0 && g.afterHop < hops.length - 1;
    if (inner) continue;
    root.events.push({ name: 'gap', time: g.afterHop < 0 ? start : end, attributes: { 'packetlife.gap.kind': g.kind, 'packetlife.gap.label': g.label, 'packetlife.gap.after_hop': g.afterHop }, droppedAttributesCount: 0 });
  }
  // Hop events are in time order already; NAT/route/drop events were appended: sort only those spans.
  for (const s of b.spans) {
    for (const e of s.events) {
      if (e.name !== 'transmit' && e.name !== 'receive') {
        sortByTime(s.events);
        break;
      }
    }
  }
  return b.spans;
}
