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

const hr = (ns: bigint): HrTime => [Number(ns / 1_000_000_000n), Number(ns % 1_000_000_000n)];
/** The same from a decimal nanosecond string, without BigInt arithmetic (it is per event). */
const hrOf = (ns: string): HrTime => (ns.length > 9 ? [Number(ns.slice(0, -9)), Number(ns.slice(-9))] : [0, Number(ns)]);
const transport = (p: number): string => protocolName(p);

/** Incomplete reasons are plain strings today; structured ones ({code, node, text}) read the same. */
type Reason = string | { code?: string; node?: string; text?: string };
const reasonText = (r: Reason): string => (typeof r === 'string' ? r : (r.text ?? r.code ?? JSON.stringify(r)));
const reasonCode = (r: Reason): string | undefined => (typeof r === 'string' ? undefined : r.code);

// Written out, not built from a prefix: objects with computed keys are slow to make and to read.
const lastAttrs = (t: Tuple): Attributes => ({ 'packetlife.last.src': t.src, 'packetlife.last.sport': t.sport, 'packetlife.last.dst': t.dst, 'packetlife.last.dport': t.dport });

/** A device: the place attributes of drop events (hop events carry fewer: see hopEvent). */
function placeAttrs(p: Place): Attributes {
  const a: Attributes = {
    [ATTR_K8S_NODE_NAME]: p.node,
    [ATTR_NETWORK_INTERFACE_NAME]: p.ifname,
    'packetlife.place.kind': p.kind,
    'packetlife.place.label': p.label,
  };
  if (p.pod) {
    const [ns, name] = p.pod.split('/');
    a[ATTR_K8S_NAMESPACE_NAME] = ns;
    a[ATTR_K8S_POD_NAME] = name;
  }
  return a;
}

/**
 * One hop. Kept lean on purpose: a trace has many hops and every attribute key is sent in full
 * with each, so only what a person reads in a trace view is here (the node is its span's; the
 * interface name is in the label; netns, ifindex, IP id and length, TTL, TCP seq/ack are in the
 * API's trace and the pcapng).
 */
function hopEvent(h: ExportHop): TimedEvent {
  const k = h.packet;
  const attributes: Attributes = {
    'packetlife.hop.seq': h.seq,
    'packetlife.place.label': h.place.label,
    [ATTR_SOURCE_ADDRESS]: k.src,
    [ATTR_DESTINATION_ADDRESS]: k.dst,
  };
  if (hasPorts(k.protocol)) {
    attributes[ATTR_SOURCE_PORT] = k.sport;
    attributes[ATTR_DESTINATION_PORT] = k.dport;
  }
  if (k.protocol === 6) attributes['packetlife.tcp.flags'] = k.tcpFlags;
  else if (k.protocol === 1) {
    attributes['packetlife.icmp.type'] = k.icmpType;
    attributes['packetlife.icmp.code'] = k.icmpCode;
  }
  if (h.place.kind === 'pod-eth' && h.place.pod) {
    const i = h.place.pod.indexOf('/');
    attributes[ATTR_K8S_NAMESPACE_NAME] = h.place.pod.slice(0, i);
    attributes[ATTR_K8S_POD_NAME] = h.place.pod.slice(i + 1);
  }
  if (h.mark !== 0) attributes['packetlife.mark'] = h.mark;
  return { name: h.direction, time: hrOf(h.timeNs), attributes, droppedAttributesCount: 0 };
}

interface Segment {
  node: string;
  hops: ExportHop[];
}

function segmentsOf(t: ExportTrace): Segment[] {
  const out: Segment[] = [];
  for (const h of t.hops) {
    const last = out[out.length - 1];
    if (last && last.node === h.place.node) last.hops.push(h);
    else out.push({ node: h.place.node, hops: [h] });
  }
  return out;
}

class SpanBuilder {
  readonly spans: ReadableSpan[] = [];
  private readonly traceId: string;
  private readonly spanId: (i: number) => string;
  constructor(
    trace: ExportTrace,
    private readonly resource: Resource,
  ) {
    this.traceId = otelTraceId(trace.id);
    this.spanId = spanIds(trace.id);
  }

  add(s: { name: string; parent?: SpanContext; start: bigint; end: bigint; attributes: Attributes; events?: TimedEvent[]; links?: Link[]; status?: { code: SpanStatusCode; message?: string } }): ReadableSpan & { events: TimedEvent[] } {
    const index = this.spans.length;
    const ctx: SpanContext = { traceId: this.traceId, spanId: this.spanId(index), traceFlags: TraceFlags.SAMPLED };
    const end = s.end < s.start ? s.start : s.end;
    const d = end - s.start;
    const span = {
      name: s.name,
      kind: SpanKind.INTERNAL,
      spanContext: () => ctx,
      ...(s.parent ? { parentSpanContext: s.parent } : {}),
      startTime: hr(s.start),
      endTime: hr(end),
      duration: hr(d),
      status: s.status ?? { code: SpanStatusCode.UNSET },
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

const minMax = (t: ExportTrace): { start: bigint; end: bigint } => {
  let start = BigInt(t.startNs);
  let end = BigInt(t.endNs);
  for (const h of t.hops) {
    const n = BigInt(h.timeNs);
    if (n < start) start = n;
    if (n > end) end = n;
  }
  return { start, end };
};

/**
 * The spans of one trace, root first. `links` names other packetlife traces to link to (the
 * request a reply answers, the first packet of the flow); their root span ids are derived, so
 * the targets need not be at hand.
 */
export function traceToSpans(t: ExportTrace, resource: Resource, links: SpanLinkTarget[] = []): ReadableSpan[] {
  const b = new SpanBuilder(t, resource);
  const { start, end } = minMax(t);
  const hopTime = (seq: number): bigint => {
    const h = t.hops[Math.max(0, Math.min(seq, t.hops.length - 1))];
    return h ? BigInt(h.timeNs) : start;
  };
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
    'packetlife.hops': t.hops.length,
    ...lastAttrs(t.last),
  };
  if (hasPorts(first.protocol)) {
    rootAttrs[ATTR_SOURCE_PORT] = first.sport;
    rootAttrs[ATTR_DESTINATION_PORT] = first.dport;
  }
  if (t.from) rootAttrs['packetlife.from'] = t.from;
  if (t.to) rootAttrs['packetlife.to'] = t.to;
  const sender = t.hops[0]?.place;
  if (sender?.pod) {
    const [ns, name] = sender.pod.split('/');
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
        ? { code: SpanStatusCode.OK }
        : { code: SpanStatusCode.UNSET };
  if (t.verdict === 'dropped') rootAttrs['error.type'] = drop?.reason ?? 'dropped';
  const rootLinks: Link[] = links
    .filter((l) => l.traceId !== t.id)
    .map((l) => ({ context: rootSpanContext(l.traceId), attributes: { 'packetlife.link': l.kind, 'packetlife.trace.id': l.traceId } }));
  const root = b.add({ name: `packet ${t.direction}`, start, end, attributes: rootAttrs, links: rootLinks, status: rootStatus });
  const rootCtx = root.spanContext();

  // Node segments and the stretches between them, in path order.
  const segs = segmentsOf(t);
  const segSpan = new Map<string, Array<{ span: ReturnType<SpanBuilder['add']>; first: number; last: number }>>();
  const gaps = t.gaps ?? [];
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    const firstHop = s.hops[0]!;
    const lastHop = s.hops[s.hops.length - 1]!;
    if (i > 0) {
      // The unobserved stretch between the previous node's last hop and this node's first.
      const prev = segs[i - 1]!.hops[segs[i - 1]!.hops.length - 1]!;
      const gap = gaps.find((g) => g.afterHop === prev.seq);
      const from = BigInt(prev.timeNs);
      const to = BigInt(firstHop.timeNs);
      const attributes: Attributes = {
        'packetlife.gap.kind': gap?.kind ?? 'unobserved',
        'packetlife.gap.label': gap?.label ?? 'not observed',
        'packetlife.gap.from_node': segs[i - 1]!.node,
        'packetlife.gap.to_node': s.node,
      };
      // Agents' clocks differ: a receive stamped before the send it follows is shown as a
      // zero-length stretch, and the skew is said, never hidden.
      if (to < from) attributes['packetlife.clock_skew_ns'] = Number(from - to);
      b.add({ name: gap?.kind ?? 'unobserved', parent: rootCtx, start: from, end: to, attributes });
    }
    const span = b.add({
      name: `node ${s.node}`,
      parent: rootCtx,
      start: BigInt(firstHop.timeNs),
      end: BigInt(lastHop.timeNs),
      attributes: { [ATTR_K8S_NODE_NAME]: s.node, 'packetlife.hop.first': firstHop.seq, 'packetlife.hop.last': lastHop.seq },
      events: s.hops.map(hopEvent),
    });
    const list = segSpan.get(s.node) ?? [];
    list.push({ span, first: firstHop.seq, last: lastHop.seq });
    segSpan.set(s.node, list);
  }

  // Annotations go to the segment span of their node that holds their hop (else the root).
  const holder = (node: string, seq: number): { events: TimedEvent[] } => {
    const list = segSpan.get(node);
    if (!list) return root;
    return (list.find((x) => seq >= x.first && seq <= x.last) ?? list.find((x) => seq < x.first) ?? list[list.length - 1]!).span;
  };
  for (const n of t.nats) {
    const attributes: Attributes = {
      'packetlife.nat.kind': n.kind,
      'packetlife.nat.cause': n.cause,
      'packetlife.nat.reason': n.reason,
      'packetlife.nat.node': n.node,
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
    if (n.service) attributes['packetlife.nat.service'] = n.service;
    if (n.endpointPod) attributes['packetlife.nat.endpoint_pod'] = n.endpointPod;
    if (n.inferred) attributes['packetlife.nat.inferred'] = true;
    if (n.conntrack) attributes['packetlife.nat.conntrack.status'] = n.conntrack.status;
    const time = n.afterHop < 0 ? start : hopTime(n.afterHop);
    holder(n.node, Math.max(n.afterHop, 0)).events.push({ name: 'nat', time: hr(time), attributes, droppedAttributesCount: 0 });
  }
  for (const r of t.routes) {
    const attributes: Attributes = {
      'packetlife.route.table': r.table,
      'packetlife.route.table_name': r.tableName,
      'packetlife.route.dst': r.dst,
      'packetlife.route.dev': r.dev,
      'packetlife.route.node': r.node,
      'packetlife.route.at_hop': r.atHop,
    };
    if (r.gateway) attributes['packetlife.route.gateway'] = r.gateway;
    if (r.eni) attributes['packetlife.route.eni'] = r.eni;
    if (r.error !== undefined) attributes['packetlife.route.error'] = r.error;
    if (r.consulted) attributes['packetlife.route.consulted'] = r.consulted.map((c) => `${c.tableName}${c.error !== 0 ? ` (error ${c.error})` : ''}`);
    holder(r.node, r.atHop).events.push({ name: 'route', time: hr(hopTime(r.atHop)), attributes, droppedAttributesCount: 0 });
  }
  for (const d of t.drops) {
    const h = holder(d.node, d.atHop) as ReturnType<SpanBuilder['add']>;
    const attributes: Attributes = { 'packetlife.drop.reason': d.reason, 'packetlife.drop.node': d.node, 'packetlife.drop.at_hop': d.atHop, 'error.type': d.reason };
    if (d.place) Object.assign(attributes, placeAttrs(d.place));
    h.events.push({ name: 'drop', time: hr(BigInt(d.timeNs)), attributes, droppedAttributesCount: 0 });
    if (h !== root) (h as { status: unknown }).status = { code: SpanStatusCode.ERROR, message: d.reason };
  }
  // Stretches before the first hop or after the last (outside the cluster, a node without an agent).
  for (const g of gaps) {
    const inner = g.afterHop >= 0 && g.afterHop < t.hops.length - 1;
    if (inner) continue;
    const time = g.afterHop < 0 ? start : end;
    root.events.push({ name: 'gap', time: hr(time), attributes: { 'packetlife.gap.kind': g.kind, 'packetlife.gap.label': g.label, 'packetlife.gap.after_hop': g.afterHop }, droppedAttributesCount: 0 });
  }
  // Hop events are in time order already; NAT/route/drop events were appended: sort only those spans.
  for (const s of b.spans) if (s.events.some((e) => e.name !== 'transmit' && e.name !== 'receive')) (s.events as TimedEvent[]).sort((x, y) => x.time[0] - y.time[0] || x.time[1] - y.time[1]);
  return b.spans;
}
