/**
 * The product: one end-to-end trace per packet, and flows that group a request's packets with
 * their replies through NAT. Made by the correlator, kept by the store, served by the API,
 * drawn by the CLI and the viewer, and judged by the claims engine.
 *
 * Times are wall-clock nanoseconds since the epoch as decimal strings (exact, JSON-safe).
 */
import type { PacketFields, Tuple } from '../common/event.js';

/** What kind of place a hop is, so renderers and claims need not parse names. */
export type PlaceKind =
  | 'pod-eth' // the pod's own eth0, inside the pod netns
  | 'host-veth' // the node-side veth of a pod (eniXXXXXXXXXXX)
  | 'eni' // a node's ENI (ens5, ens6, ...)
  | 'loopback'
  | 'router' // the VPC router (lab) or another non-node netns
  | 'other';

export interface Place {
  kind: PlaceKind;
  node: string; // node name ("ip-10-0-0-75"); for non-node netns the netns role ("vpc-router")
  netns: string; // inode, decimal
  ifname: string;
  ifindex: number;
  pod?: string; // "namespace/name" of the pod this device belongs to
  eni?: { ip: string; table: number | 'main' }; // for kind 'eni'
  label: string; // human name: "toolbox-a eth0", "veth eniaee705c1f69 (packetlab/toolbox-a)", "ENI ens6 10.0.0.85"
}

export interface Hop {
  seq: number; // order in the trace, from 0
  timeNs: string;
  direction: 'receive' | 'transmit';
  place: Place;
  packet: PacketFields;
  mark: number;
}

export interface NatRewrite {
  node: string;
  kind: 'DNAT' | 'SNAT' | 'DNAT+SNAT' | 'UNDNAT' | 'UNSNAT'; // UN*: the reverse rewrite on a reply
  afterHop: number; // hop seq after which the rewrite is first visible
  before: Tuple;
  after: Tuple;
  conntrack?: { status: number; original: Tuple; reply: Tuple };
  reason: string; // "ClusterIP DNAT of service packetlab/echo-clusterip to endpoint packetlab/echoserver-a"
  cause:
    | 'clusterip'
    | 'nodeport'
    | 'nodeport-masquerade'
    | 'hairpin-masquerade'
    | 'vpc-cni-egress-snat'
    | 'nat-gateway'
    | 'load-balancer'
    | 'reply'
    | 'unknown';
  service?: string; // "namespace/name"
  endpointPod?: string;
  /** True when the rewrite was not observed but follows from the topology (e.g. the NAT gateway). */
  inferred?: boolean;
}

/**
 * A stretch of the path no agent observes: the VPC router between two nodes, a node without an
 * agent, or the world outside the cluster.
 */
export interface Gap {
  afterHop: number; // the last observed hop before the gap (-1: before the first hop)
  kind: 'vpc-fabric' | 'no-agent' | 'external' | 'unobserved';
  label: string; // "VPC router", "no agent on node ip-10-0-1-228", "internet via NAT gateway 10.0.100.10"
  /**
   * Between two nodes' observations (vpc-fabric): whether their clocks are known to agree.
   * 'shared': one kernel clock (the lab's nodes, or the same node), so `transitNs` (departure to
   * arrival) is exact; 'unknown': each node's times are its own agent's wall clock, which may
   * differ from the other's by more than the transit — no time across the gap is shown.
   */
  clocks?: 'shared' | 'unknown';
  transitNs?: string;
}

export interface RouteDecision {
  node: string;
  atHop: number; // the hop this lookup belongs to (the receive that was being forwarded)
  table: number; // 254 = main
  tableName: string; // "main", "table 2 (ENI ens6 10.0.0.85)"
  dst: string;
  gateway?: string;
  dev: string;
  eni?: string; // ENI device when the route leaves through one
  /** Every table the kernel consulted for this packet, in order (a miss has error ≠ 0). */
  consulted?: Array<{ table: number; tableName: string; error: number }>;
  /** Set when no table answered: the lookup failed with this error (e.g. -101 ENETUNREACH). */
  error?: number;
}

export interface DropEvent {
  node: string;
  atHop: number;
  reason: string;
  place?: Place;
  timeNs: string;
  /** What the drop means where it happened, from the topology: "no socket on UDP 10.0.3.193:9000 in pod …". */
  meaning?: string;
}

/** Whether a packet went the way conntrack first saw its connection (request) or back (reply). */
export type FlowDirection = 'request' | 'reply';

export type TraceVerdict = 'delivered' | 'dropped' | 'incomplete';

export interface Trace {
  id: string;
  flowId: string;
  direction: FlowDirection; // relative to the flow's conntrack original direction
  nodes: string[]; // in order of traversal
  hops: Hop[];
  nats: NatRewrite[];
  routes: RouteDecision[];
  drops: DropEvent[];
  first: Tuple; // as the sender wrote it
  last: Tuple; // as the last observed hop carried it
  from?: string; // named endpoint: "pod packetlab/toolbox-a", "node ip-10-0-0-75", "198.51.100.10"
  to?: string;
  verdict: TraceVerdict;
  incompleteReasons: string[];
  /**
   * Present when the packet was traced under sampling: 1 packet in this many (a power of two) was
   * traced, chosen in the kernel by a hash no hop changes (bpf/sample-hash.ts), so the packets
   * that are traced are traced whole. Absent: every packet.
   */
  sampledOneIn?: number; // IncompleteReason texts: "events lost on ip-10-0-0-49", "no agent on node ip-10-0-1-228", "timeout"
  /** The same reasons as data ({code, node, text}), for machines: present when there is one. */
  incompleteDetails?: IncompleteReason[];
  gaps?: Gap[]; // unobserved stretches between or around the hops, in path order
  startNs: string;
  endNs: string;
  /** What the packet says, when it is the kernel answering rather than data: a TCP RST, an ICMP error. */
  meaning?: string;
  /** Where its latency went (collector/latency-probe.ts): only with PACKETLIFE_TRACE_TIMING=1, for benchmarks. */
  timing?: TraceTiming;
}

/** A trace's stages in wall ns (collector/latency-probe.ts). */
export interface TraceTiming {
  finishedNs: number;
  /** What finished it: its last segment came, a watermark passed its window, the collector's tick, a flush or eviction. */
  finishedBy: 'segment' | 'watermark' | 'tick' | 'flush' | 'event';
  segments: Array<{ node: string; lastEventNs: number; sentNs: number; receivedNs: number; pushedNs: number }>;
}

/** What kind of observation a trace lacks (IncompleteReason.code). */
export type IncompleteCode =
  | 'hop-not-observed' // two transmits or two receives in a row on one node
  | 'open-start' // first seen part-way: where the packet came from was not observed
  | 'open-end' // last seen part-way: what followed was not observed
  | 'closed-early' // the correlator closed the packet's chain under memory pressure
  | 'departure-not-seen' // arrived through the VPC; the sending node's departure never came
  | 'arrival-not-seen' // left through the VPC; the receiving node's arrival never came
  | 'no-agent' // the other end is on a node with no agent
  | 'vip-not-translated' // left a node still addressed to a service VIP: no DNAT was observed
  | 'events-lost'; // an agent on the way reported lost events while the packet passed

/**
 * Why a trace is incomplete, as data: a code to act on, the node it concerns (when there is one)
 * and the sentence people read. The correlator works with these; a Trace carries the sentences
 * (incompleteReasons) and the data (incompleteDetails), in the same order.
 */
export interface IncompleteReason {
  code: IncompleteCode;
  node?: string;
  text: string;
}

export interface Flow {
  id: string;
  original: Tuple; // conntrack original tuple (what the client sent)
  reply?: Tuple; // conntrack reply tuple (what the server answers with)
  traceIds: string[];
  service?: string;
  endpointPod?: string;
  firstNs: string;
  lastNs: string;
}
