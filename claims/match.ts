/**
 * Which traces a traffic claim is about: request-direction traces whose first tuple (as the
 * sender wrote it) goes from the claim's `from` to its `to`, on its port and protocol. Names are
 * matched through the trace's own naming first (from/to, hop places, NAT annotations), then
 * through the name table's addresses.
 */
import type { Trace } from '../collector/trace-model.js';
import type { Tuple } from '../common/event.js';
import { IP_PROTOCOLS } from '../common/ip-protocol.js';
import type { TrafficSubject } from './schema.js';
import type { NameTable } from './names.js';


/**
 * The tuple as the sender wrote it. A locally generated packet is NATed in OUTPUT/POSTROUTING
 * before the first transmit hop can see it (curl http://127.0.0.1:NODEPORT on a node): the
 * rewrite then sits before hop 0 and its `before` is what the sender wrote.
 */
export function senderTuple(trace: Trace): Tuple {
  const early = trace.nats.find((n) => n.afterHop < 0 && n.kind !== 'UNDNAT' && n.kind !== 'UNSNAT');
  return early ? early.before : trace.first;
}

/** Trace names read "pod ns/name", "node N (ENI ens6)", "service ns/name → pod ns/name": match the leading name. */
function namedAs(text: string | undefined, name: string): boolean {
  return text !== undefined && (text === name || text.startsWith(`${name} `));
}

function matchesFrom(trace: Trace, ref: string, names: NameTable): boolean {
  const sent = senderTuple(trace);
  const first = trace.hops[0]?.place;
  if (ref.startsWith('pod/')) {
    const pod = ref.slice(4);
    if (namedAs(trace.from, `pod ${pod}`)) return true;
    if (first?.kind === 'pod-eth' && first.pod === pod) return true;
    const ip = names.pods[pod]?.ip;
    return ip !== undefined && sent.src === ip;
  }
  if (ref.startsWith('node/')) {
    const node = ref.slice(5);
    if (namedAs(trace.from, `node ${node}`)) return true;
    if (first && first.node === node && first.pod === undefined && first.kind !== 'pod-eth') return true;
    return names.nodes[node]?.ips.includes(sent.src) ?? false;
  }
  if (ref.startsWith('svc/')) return names.services[ref.slice(4)]?.clusterIP === sent.src;
  return sent.src === ref;
}

function matchesTo(trace: Trace, ref: string, names: NameTable): boolean {
  const sent = senderTuple(trace);
  if (ref.startsWith('pod/')) {
    const pod = ref.slice(4);
    if (namedAs(trace.to, `pod ${pod}`)) return true;
    const ip = names.pods[pod]?.ip;
    return ip !== undefined && sent.dst === ip;
  }
  if (ref.startsWith('svc/')) {
    const svc = ref.slice(4);
    if (namedAs(trace.to, `service ${svc}`)) return true;
    const known = names.services[svc];
    if (known?.clusterIP !== undefined && sent.dst === known.clusterIP) return true;
    // A NodePort or load-balancer path reaches the service without its VIP: its DNAT names it.
    return trace.nats.some((n) => n.service === svc && (n.kind === 'DNAT' || n.kind === 'DNAT+SNAT'));
  }
  if (ref.startsWith('node/')) {
    const node = ref.slice(5);
    if (namedAs(trace.to, `node ${node}`)) return true;
    return names.nodes[node]?.ips.includes(sent.dst) ?? false;
  }
  return sent.dst === ref;
}

export function traceMatches(trace: Trace, subject: TrafficSubject, names: NameTable): boolean {
  if (trace.direction !== 'request') return false;
  const sent = senderTuple(trace);
  if (subject.protocol !== undefined && sent.protocol !== IP_PROTOCOLS[subject.protocol]) return false;
  if (subject.port !== undefined && sent.dport !== subject.port) return false;
  return matchesFrom(trace, subject.from, names) && matchesTo(trace, subject.to, names);
}

/** The request traces a claim is about, oldest first. */
export function matchingTraces(traces: Trace[], subject: TrafficSubject, names: NameTable): Trace[] {
  return traces
    .filter((t) => traceMatches(t, subject, names))
    .sort((a, b) => (BigInt(a.startNs) < BigInt(b.startNs) ? -1 : BigInt(a.startNs) > BigInt(b.startNs) ? 1 : 0));
}
