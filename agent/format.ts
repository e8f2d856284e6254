/**
 * One readable line per event for `packetlife agent --stdout --pretty` (people watching a
 * node); NDJSON (eventToJson) stays the default for machines.
 *
 *   10:17:35.191234 cpu1 tx   ens6            10.0.1.51:53868 → 10.0.3.193:8080 tcp S id=51496 ttl=63 len=60  ct NEW DNAT 10.0.1.51:53868→172.20.122.189:80 / 10.0.3.193:8080→10.0.1.51:53868
 *   10:17:35.191201 cpu1 route table 2  10.0.1.51 → 10.0.3.193 via 10.0.0.1 dev ens6
 */
import { IPS, type PacketEvent, type Tuple } from '../common/event.js';
import { protocolName } from '../common/ip-protocol.js';

const CTINFO: Record<number, string> = { 0: 'EST', 1: 'REL', 2: 'NEW', 3: 'EST-REPLY', 4: 'REL-REPLY' };
const KIND: Record<PacketEvent['kind'], string> = { receive: 'rx', transmit: 'tx', route: 'route', drop: 'drop', nat: 'nat' };

function clock(wallUnixNs: bigint): string {
  const ms = Number(wallUnixNs / 1_000_000n);
  const micros = String(Number((wallUnixNs / 1000n) % 1000n)).padStart(3, '0');
  return `${new Date(ms).toISOString().slice(11, 23)}${micros}`;
}

function tcpFlags(flags: number): string {
  const names: Array<[number, string]> = [[0x02, 'S'], [0x10, '.'], [0x01, 'F'], [0x04, 'R'], [0x08, 'P'], [0x20, 'U']];
  return names.filter(([bit]) => flags & bit).map(([, n]) => n).join('') || '-';
}

function tuple(t: Tuple): string {
  return `${t.src}:${t.sport}→${t.dst}:${t.dport}`;
}

function table(id: number): string {
  return id === 254 ? 'main' : id === 255 ? 'local' : id === 253 ? 'default' : String(id);
}

export function formatEvent(e: PacketEvent): string {
  const head = `${clock(e.wallUnixNs)} cpu${e.cpu} ${KIND[e.kind].padEnd(5)}`;
  const where = e.pod ? `${e.ifname} (${e.pod})` : e.ifname;
  if (e.kind === 'route' && e.route) {
    const r = e.route;
    const result = r.error !== 0 ? `error ${r.error}` : `${r.gateway !== '0.0.0.0' ? `via ${r.gateway} ` : ''}dev ${r.resultDev}`;
    return `${head} table ${table(r.table).padEnd(6)} ${r.src} → ${r.dst} ${result}${e.pod ? `  (${e.pod})` : ''}`;
  }
  const p = e.packet;
  let text = `${head} ${where.padEnd(15)}`;
  if (p) {
    const proto = protocolName(p.protocol);
    text += p.protocol === 6 || p.protocol === 17 ? ` ${p.src}:${p.sport} → ${p.dst}:${p.dport} ${proto}` : ` ${p.src} → ${p.dst} ${proto}`;
    if (p.protocol === 6) text += ` ${tcpFlags(p.tcpFlags)}`;
    if (p.protocol === 1) text += ` type=${p.icmpType} code=${p.icmpCode} id=${p.icmpId} seq=${p.icmpSeq}`;
    text += ` id=${p.ipId} ttl=${p.ttl} len=${p.length}`;
  }
  if (e.mark !== 0) text += ` mark=0x${e.mark.toString(16)}`;
  if (e.ct) {
    const nat = [e.ct.status & IPS.DST_NAT ? 'DNAT' : '', e.ct.status & IPS.SRC_NAT ? 'SNAT' : ''].filter(Boolean).join('+');
    text += `  ct ${CTINFO[e.ct.ctinfo] ?? e.ct.ctinfo}${nat ? ` ${nat}` : ''} ${tuple(e.ct.original)} / ${tuple(e.ct.reply)}`;
  }
  if (e.drop) text += `  reason ${e.drop.reason}`;
  return text;
}
