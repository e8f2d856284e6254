/**
 * One line per trace, in the manner of `hubble observe`: time, from → to in Kubernetes names
 * with ports, protocol and TCP flags, the verdict, the NAT in brief and the nodes crossed (times
 * in UTC).
 *
 *   Nov 26 10:01:47.002941  packetlab/toolbox-a:34280 → svc packetlab/echo-clusterip:80 ⇒ packetlab/echoserver-a:8080  TCP SYN  DELIVERED  DNAT(clusterip)  ip-10-0-0-75 → ip-10-0-1-228
 */
import { hasPorts } from '../common/ip-protocol.js';
import type { NatRewrite, Trace } from './trace-model.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const FLAG_NAMES: Array<[number, string]> = [
  [0x02, 'SYN'],
  [0x01, 'FIN'],
  [0x04, 'RST'],
  [0x08, 'PSH'],
  [0x10, 'ACK'],
  [0x20, 'URG'],
];

export function tcpFlagsText(flags: number): string {
  return FLAG_NAMES.filter(([bit]) => (flags & bit) !== 0).map(([, n]) => n).join('-') || 'none';
}

/** "pod packetlab/toolbox-a" → "packetlab/toolbox-a", "service ns/x" → "svc ns/x", "node n" → "node n". */
function shortName(name: string): string {
  return name.replace(/^pod /, '').replace(/^service /, 'svc ');
}

const withPort = (name: string, port: number, protocol: number): string => (hasPorts(protocol) ? `${name}:${port}` : name);

/** What a trace's sender and receiver are called, first as addressed, then as delivered. */
function ends(t: Trace): { from: string; to: string } {
  const p = t.first.protocol;
  const from = withPort(shortName(t.from ?? t.first.src), t.first.sport, p);
  // `to` reads "service ns/svc → pod ns/endpoint" when the destination was rewritten.
  const names = (t.to ?? t.first.dst).split(' → ').map(shortName);
  let to = withPort(names[0]!, t.first.dport, p);
  const dstChanged = t.last.dst !== t.first.dst || t.last.dport !== t.first.dport;
  if (dstChanged) to += ` ⇒ ${withPort(names.length > 1 ? names[names.length - 1]! : t.last.dst, t.last.dport, p)}`;
  return { from, to };
}

function natBrief(nats: NatRewrite[]): string {
  if (nats.length === 0) return '-';
  return nats.map((n) => `${n.kind}(${n.cause}${n.inferred ? ', inferred' : ''})`).join(',');
}

function verdictText(t: Trace): string {
  if (t.verdict === 'dropped') return `DROPPED (${t.drops[0]?.reason ?? 'unknown reason'})`;
  if (t.verdict === 'incomplete') {
    const text = t.incompleteReasons[0] ?? '';
    return `INCOMPLETE${text ? ` (${text})` : ''}`;
  }
  return 'DELIVERED';
}

export function renderCompact(t: Trace): string {
  const ns = BigInt(t.startNs);
  const d = new Date(Number(ns / 1_000_000n));
  const time = `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, '0')} ${d.toISOString().slice(11, 19)}.${(ns % 1_000_000_000n).toString().padStart(9, '0').slice(0, 6)}`;
  const { from, to } = ends(t);
  const proto = t.first.protocol === 6 ? `TCP ${tcpFlagsText(t.hops[0]?.packet.tcpFlags ?? 0)}` : t.first.protocol === 17 ? 'UDP' : t.first.protocol === 1 ? `ICMP ${t.hops[0]?.packet.icmpType ?? ''}`.trim() : `proto ${t.first.protocol}`;
  const dir = t.direction === 'reply' ? ' (reply)' : '';
  return `${time}  ${from} → ${to}${dir}  ${proto}  ${verdictText(t)}  ${natBrief(t.nats)}  ${t.nodes.join(' → ') || '-'}${t.sampledOneIn ? `  sampled 1/${t.sampledOneIn}` : ''}`;
}
