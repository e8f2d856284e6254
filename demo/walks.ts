/**
 * The key packet walks the demo draws after the claims table, as the reference article walks
 * them: a ClusterIP request and its reply, a NodePort reached from another node, and pod egress.
 * Each walk is taken from the traces a verified claim rests on: the first packet of a connection
 * (a TCP SYN when there is one) and the first reply of the same flow.
 */
import type { Trace } from '../collector/trace-model.js';
import type { ClaimResult } from '../claims/result.js';

export interface WalkSpec {
  id: string;
  /** The claim whose evidence holds the walk's traces. */
  claim: string;
  title: string;
}

export const KEY_WALKS: readonly WalkSpec[] = [
  { id: 'clusterip', claim: 'clusterip-no-snat', title: 'ClusterIP from a pod: DNAT to an endpoint, no SNAT; the reply un-DNATed on the way back' },
  { id: 'nodeport-cross-node', claim: 'nodeport-cross-node-snat', title: 'NodePort from another node: DNAT and masquerade to the receiving node IP' },
  { id: 'egress', claim: 'pod-egress', title: 'Pod egress: VPC CNI SNAT to the node primary IP, then the NAT gateway' },
];

export interface Walk {
  id: string;
  claim: string;
  title: string;
  /** The request, then its reply; empty when the claim has no traces to show. */
  traceIds: string[];
  /** Why a walk is missing or has no reply. */
  note?: string;
}

export interface TraceLookup {
  get(id: string): Trace | undefined;
  ofFlow(flowId: string): Trace[];
}

const TCP_SYN = 0x02;
const TCP_ACK = 0x10;

/** 0 for the packet that opens a connection (SYN, or SYN-ACK for a reply), 1 otherwise: sorts openers first. */
function openerRank(t: Trace): number {
  const p = t.hops[0]?.packet;
  if (!p || p.protocol !== 6) return 1;
  const wanted = t.direction === 'request' ? TCP_SYN : TCP_SYN | TCP_ACK;
  return (p.tcpFlags & (TCP_SYN | TCP_ACK)) === wanted ? 0 : 1;
}

const byStart = (a: Trace, b: Trace): number => (BigInt(a.startNs) < BigInt(b.startNs) ? -1 : BigInt(a.startNs) > BigInt(b.startNs) ? 1 : 0);
const openersFirst = (a: Trace, b: Trace): number => openerRank(a) - openerRank(b) || byStart(a, b);

export function pickWalk(spec: WalkSpec, result: ClaimResult | undefined, traces: TraceLookup): Walk {
  const walk: Walk = { id: spec.id, claim: spec.claim, title: spec.title, traceIds: [] };
  if (!result) return { ...walk, note: `no claim ${spec.claim} in the claims file` };
  const requests = result.traceIds
    .map((id) => traces.get(id))
    .filter((t): t is Trace => t !== undefined && t.direction === 'request')
    .sort(openersFirst);
  const request = requests.find((t) => t.verdict === 'delivered') ?? requests[0];
  if (!request) return { ...walk, note: `claim ${spec.claim} rests on no request trace (${result.verdict})` };
  const replies = traces
    .ofFlow(request.flowId)
    .filter((t) => t.direction === 'reply' && BigInt(t.startNs) >= BigInt(request.startNs))
    .sort(openersFirst);
  const reply = replies[0];
  return reply ? { ...walk, traceIds: [request.id, reply.id] } : { ...walk, traceIds: [request.id], note: 'no reply traced in this flow' };
}

export function pickWalks(results: ClaimResult[], traces: TraceLookup, specs: readonly WalkSpec[] = KEY_WALKS): Walk[] {
  return specs.map((s) => pickWalk(s, results.find((r) => r.id === s.claim), traces));
}
