/**
 * Beyond one collector, in simulation (issue 11, item 6): which partition key keeps the segments
 * that must be stitched together on one collector of a group. A segment (what agents publish,
 * collector/README.md) is one node's part of one packet's journey, with the wire tuple it arrived
 * with and the one it left with (they differ where the node NATs). For each candidate key and
 * collector group size this reports the fraction of stitches (consecutive segments of one packet
 * on two nodes) whose two segments land on different collectors, the packets and connections
 * that land whole on one collector, the balance (max/mean segments per collector) and the
 * segments published twice.
 *
 * Streams: the recorded lab event files (test/collector/fixtures/lab-*-events.json: packets
 * identified by skb + IP id + TCP seq on the lab's shared kernel, segments by node), and a
 * generated cluster of 1,000 nodes running the lab walks (fixtures/walks.ts) at scale: pod → pod
 * on a node and across nodes, pod → ClusterIP and its reply (DNAT on the client's node),
 * NodePort from another node (DNAT + masquerade on the middle node), egress SNAT and its reply,
 * a load balancer into a NodePort (the LB's rewrite is not on any node).
 *
 *   node dist/bench/partition-sim.js [--nodes 1000] [--connections 50000] [--partitions 256] [--groups 4,16,64] [--json]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { fileURLToPath } from 'node:url';

import type { Tuple } from '../common/event.js';

export interface SimSegment {
  node: string;
  /** The wire tuple it arrived with (from another node or the outside), when it arrived. */
  entry: Tuple;
  exit: Tuple;
  arrived: boolean;
  leaves: boolean;
  /** Conntrack's original tuple on this node, when the node's hops carried one. */
  ctOriginal?: Tuple;
  packet: number;
  connection: number;
}

const str = (t: Tuple): string => `${t.protocol} ${t.src}:${t.sport} ${t.dst}:${t.dport}`;
/** The same string for both directions of a connection. */
const norm = (t: Tuple): string => {
  const a = `${t.src}:${t.sport}`;
  const b = `${t.dst}:${t.dport}`;
  return a < b ? `${t.protocol} ${a} ${b}` : `${t.protocol} ${b} ${a}`;
};

/** Candidate keys: each gives the key(s) a segment is published under (two: published twice). */
export const KEYS: Record<string, (s: SimSegment) => string[]> = {
  node: (s) => [s.node],
  'tuple as seen at entry': (s) => [str(s.entry)],
  'normalised entry tuple': (s) => [norm(s.entry)],
  'pod IP pair (entry)': (s) => [[s.entry.src, s.entry.dst].sort().join(' ')],
  'conntrack original (normalised), else entry': (s) => [norm(s.ctOriginal ?? s.entry)],
  // The decision (collector/README.md): the normalised wire tuple on the node boundary the
  // segment crosses — its exit when it leaves the node, else its entry. Both ends of a stitch
  // see the same wire packet, so they agree without knowing each other's NAT.
  'boundary wire tuple': (s) => [norm(s.leaves ? s.exit : s.entry)],
  // ... and a segment that arrives and leaves with different tuples (a node in the middle
  // that NATs) is published under both.
  'boundary wire tuple, both when NATed in the middle': (s) =>
    s.arrived && s.leaves && norm(s.entry) !== norm(s.exit) ? [norm(s.exit), norm(s.entry)] : [norm(s.leaves ? s.exit : s.entry)],
};

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface SimRow {
  stream: string;
  key: string;
  collectors: number;
  segments: number;
  stitches: number;
  crossing: number;
  packetsWhole: number;
  connectionsWhole: number;
  balance: number;
  duplicated: number;
}

/** Journeys: segments of one packet in order. */
export function simulate(stream: string, journeys: SimSegment[][], partitions: number, groups: number[]): SimRow[] {
  const rows: SimRow[] = [];
  for (const [key, keyOf] of Object.entries(KEYS)) {
    // Partitions per segment (computed once per key).
    const parts = new Map<SimSegment, number[]>();
    for (const j of journeys) for (const s of j) parts.set(s, keyOf(s).map((k) => fnv1a(k) % partitions));
    for (const g of groups) {
      const load = new Array<number>(g).fill(0);
      let stitches = 0;
      let crossing = 0;
      let whole = 0;
      let segments = 0;
      let duplicated = 0;
      const connCollectors = new Map<number, Set<number> | null>();
      for (const j of journeys) {
        // A packet is whole when one collector holds a copy of every one of its segments.
        let common: Set<number> | undefined;
        for (const s of j) {
          const cs = new Set(parts.get(s)!.map((p) => p % g));
          segments++;
          if (cs.size > 1 || parts.get(s)!.length > 1) duplicated++;
          for (const c of cs) load[c]!++;
          common = common ? new Set([...common].filter((c) => cs.has(c))) : cs;
          const conn = connCollectors.get(s.connection);
          if (conn === undefined) connCollectors.set(s.connection, new Set(cs));
          else if (conn !== null) {
            const inter = new Set([...conn].filter((c) => cs.has(c)));
            connCollectors.set(s.connection, inter.size ? inter : null);
          }
        }
        if (common && common.size > 0) whole++;
        for (let i = 1; i < j.length; i++) {
          if (j[i]!.node === j[i - 1]!.node) continue;
          stitches++;
          const a = new Set(parts.get(j[i - 1]!)!.map((p) => p % g));
          if (!parts.get(j[i]!)!.some((p) => a.has(p % g))) crossing++;
        }
      }
      const mean = load.reduce((a, b) => a + b, 0) / g;
      const conns = [...connCollectors.values()];
      rows.push({
        stream,
        key,
        collectors: g,
        segments,
        stitches,
        crossing: stitches ? crossing / stitches : 0,
        packetsWhole: whole / journeys.length,
        connectionsWhole: conns.filter((c) => c !== null).length / conns.length,
        balance: Math.max(...load) / mean,
        duplicated: duplicated / segments,
      });
    }
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Recorded lab streams

interface RecordedEvent {
  kind: string;
  monoNs: string;
  node: string;
  skb: string;
  packet?: { src: string; dst: string; sport: number; dport: number; protocol: number; ipId: number; tcpSeq: number };
  ct?: { original: Tuple };
}

export function recordedJourneys(dir: string): { files: string[]; journeys: SimSegment[][] } {
  const files = readdirSync(dir).filter((f) => /^lab-.*-events\.json$/.test(f)).sort();
  const journeys: SimSegment[][] = [];
  let packetNo = 0;
  for (const f of files) {
    const events = (JSON.parse(readFileSync(join(dir, f), 'utf8')) as RecordedEvent[]).filter((e) => e.packet && e.skb !== '0' && e.kind !== 'route');
    // One packet on the lab's shared kernel: its skb and what no hop rewrites.
    const byPacket = new Map<string, RecordedEvent[]>();
    for (const e of events) {
      const k = `${f} ${e.skb} ${e.packet!.protocol} ${e.packet!.ipId} ${e.packet!.tcpSeq}`;
      let l = byPacket.get(k);
      if (!l) byPacket.set(k, (l = []));
      l.push(e);
    }
    for (const evs of byPacket.values()) {
      evs.sort((a, b) => (BigInt(a.monoNs.replace('n', '')) < BigInt(b.monoNs.replace('n', '')) ? -1 : 1));
      const segs: SimSegment[] = [];
      let cur: RecordedEvent[] = [];
      const close = (): void => {
        if (cur.length === 0) return;
        const t = (e: RecordedEvent): Tuple => ({ src: e.packet!.src, dst: e.packet!.dst, sport: e.packet!.sport, dport: e.packet!.dport, protocol: e.packet!.protocol });
        const ct = cur.find((e) => e.ct)?.ct?.original;
        segs.push({ node: cur[0]!.node, entry: t(cur[0]!), exit: t(cur[cur.length - 1]!), arrived: segs.length > 0, leaves: false, ...(ct ? { ctOriginal: ct } : {}), packet: packetNo, connection: -1 });
        cur = [];
      };
      for (const e of evs) {
        if (cur.length && cur[0]!.node !== e.node) close();
        cur.push(e);
      }
      close();
      for (let i = 0; i < segs.length - 1; i++) segs[i]!.leaves = true;
      // Connection: the conntrack original where known, else the packet (recorded streams are short).
      const conn = segs.find((s) => s.ctOriginal)?.ctOriginal;
      for (const s of segs) s.connection = conn ? fnv1a(norm(conn)) : -1 - packetNo;
      packetNo++;
      journeys.push(segs);
    }
  }
  return { files, journeys };
}

// ---------------------------------------------------------------------------------------------
// Generated: the lab walks on a cluster of many nodes

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function generatedJourneys(nodes: number, connections: number, seed = 1): SimSegment[][] {
  const r = rng(seed);
  const pick = (n: number): number => Math.floor(r() * n);
  const nodeIp = (n: number): string => `10.${16 + (n >> 8)}.${n & 255}.10`;
  const podIp = (n: number, k: number): string => `10.${64 + (n >> 6)}.${((n & 63) << 2) | (k >> 8)}.${k & 255}`;
  const vip = (svc: number): string => `172.20.${svc >> 8}.${svc & 255}`;
  const services = 4 * nodes;
  const endpoint = (svc: number, k: number): { node: number; ip: string } => {
    const node = fnv1a(`ep ${svc} ${k}`) % nodes;
    return { node, ip: podIp(node, fnv1a(`pod ${svc} ${k}`) % 30) };
  };
  const journeys: SimSegment[][] = [];
  let packet = 0;
  const T = (src: string, sport: number, dst: string, dport: number, protocol = 6): Tuple => ({ src, sport, dst, dport, protocol });
  const inv = (t: Tuple): Tuple => ({ src: t.dst, sport: t.dport, dst: t.src, dport: t.sport, protocol: t.protocol });
  /** One packet: hops as [node, entry, exit, ct original]. */
  const add = (conn: number, hops: Array<[number, Tuple, Tuple, Tuple | undefined]>, firstArrived = false, lastLeaves = false): void => {
    journeys.push(
      hops.map(([node, entry, exit, ct], i) => ({
        node: `n${node}`,
        entry,
        exit,
        arrived: i > 0 || firstArrived,
        leaves: i < hops.length - 1 || lastLeaves,
        ...(ct ? { ctOriginal: ct } : {}),
        packet: packet++,
        connection: conn,
      })),
    );
  };
  for (let c = 0; c < connections; c++) {
    const a = pick(nodes);
    const client = podIp(a, pick(30));
    const sport = 10000 + pick(50000);
    const packets = 1 + pick(10); // each way
    const kind = r();
    // The connection's choices, fixed for all its packets.
    const other = (a + 1 + pick(nodes - 1)) % nodes;
    const some = pick(nodes);
    const localPod = podIp(a, pick(30));
    const ext = `198.51.100.${1 + pick(200)}`;
    const lbSrc = T(`10.0.100.${20 + pick(4)}`, 1024 + pick(60000), '', 0);
    for (let p = 0; p < packets; p++) {
      if (kind < 0.1) {
        // pod → pod on one node (5c): one segment each way, no stitch
        const t = T(client, sport, localPod, 8080);
        add(c, [[a, t, t, t]]);
        add(c, [[a, inv(t), inv(t), t]]);
      } else if (kind < 0.3) {
        // pod → pod across nodes (5b)
        const b = other;
        const t = T(client, sport, podIp(b, c % 30), 8080);
        add(c, [[a, t, t, t], [b, t, t, t]]);
        add(c, [[b, inv(t), inv(t), t], [a, inv(t), inv(t), t]]);
      } else if (kind < 0.6) {
        // pod → ClusterIP (kube-proxy DNAT on the client's node) and its reply (un-DNAT there)
        const svc = c % services;
        const ep = endpoint(svc, c % 3);
        const orig = T(client, sport, vip(svc), 80);
        const wire = T(client, sport, ep.ip, 8080);
        if (ep.node === a) {
          add(c, [[a, orig, wire, orig]]);
          add(c, [[a, inv(wire), inv(orig), orig]]);
        } else {
          add(c, [[a, orig, wire, orig], [ep.node, wire, wire, wire]]);
          add(c, [[ep.node, inv(wire), inv(wire), wire], [a, inv(wire), inv(orig), orig]]);
        }
      } else if (kind < 0.7) {
        // NodePort from a pod on another node (masquerade + DNAT on the node it is sent to)
        const svc = c % services;
        const n = other;
        const ep = endpoint(svc, c % 3);
        const orig = T(client, sport, nodeIp(n), 30000 + (svc % 2000));
        const wire = T(nodeIp(n), 40000 + (sport % 20000), ep.ip, 8080);
        const hops: Array<[number, Tuple, Tuple, Tuple | undefined]> = [[a, orig, orig, orig], [n, orig, wire, orig]];
        if (ep.node !== n) hops.push([ep.node, wire, wire, wire]);
        add(c, hops);
        add(c, hops.slice().reverse().map(([node, e, x, ct]) => [node, inv(x), inv(e), ct] as [number, Tuple, Tuple, Tuple | undefined]));
      } else if (kind < 0.9) {
        // egress: SNAT to the node's address, out to the NAT gateway (not a node); the reply back
        const out = T(client, sport, ext, 443);
        const wire = T(nodeIp(a), 1024 + (sport % 60000), ext, 443);
        add(c, [[a, out, wire, out]], false, true);
        add(c, [[a, inv(wire), inv(out), out]], true, false);
      } else {
        // internet → load balancer → NodePort on a node → endpoint (the LB's rewrite is on no node)
        const svc = c % services;
        const n = some;
        const ep = endpoint(svc, c % 3);
        const fromLb = T(lbSrc.src, lbSrc.sport, nodeIp(n), 30000 + (svc % 2000));
        const wire = T(nodeIp(n), 40000 + (sport % 20000), ep.ip, 8080);
        const hops: Array<[number, Tuple, Tuple, Tuple | undefined]> = [[n, fromLb, wire, fromLb]];
        if (ep.node !== n) hops.push([ep.node, wire, wire, wire]);
        add(c, hops, true, false);
        add(c, hops.slice().reverse().map(([node, e, x, ct]) => [node, inv(x), inv(e), ct] as [number, Tuple, Tuple, Tuple | undefined]), false, true);
      }
    }
  }
  return journeys;
}

function pct(x: number): string {
  return `${(100 * x).toFixed(x < 0.001 && x > 0 ? 3 : 1)}%`;
}

async function main(): Promise<void> {
  const o = new Command()
    .option('--nodes <n>', 'nodes of the generated cluster', '1000')
    .option('--connections <n>', 'generated connections', '50000')
    .option('--partitions <n>', 'log partitions', '256')
    .option('--groups <list>', 'collector group sizes', '4,16,64')
    .option('--json', 'print JSON')
    .parse()
    .opts<{ nodes: string; connections: string; partitions: string; groups: string; json?: boolean }>();
  const groups = o.groups.split(',').map(Number);
  const partitions = Number(o.partitions);
  const here = fileURLToPath(new URL('.', import.meta.url));
  const fixtures = [join(here, '../test/collector/fixtures'), join(here, '../../test/collector/fixtures')].find((d) => {
    try {
      return readdirSync(d).length > 0;
    } catch {
      return false;
    }
  })!;
  const recorded = recordedJourneys(fixtures);
  const generated = generatedJourneys(Number(o.nodes), Number(o.connections));
  const rows = [...simulate(`recorded lab (${recorded.files.length} files)`, recorded.journeys, partitions, groups), ...simulate(`generated ${o.nodes} nodes`, generated, partitions, groups)];
  if (o.json) {
    console.log(JSON.stringify(rows, null, 2));
    return;
  }
  console.log(`partitions ${partitions}; recorded: ${recorded.journeys.length} packets; generated: ${generated.length} packets, ${o.connections} connections on ${o.nodes} nodes\n`);
  console.log('| stream | key | collectors | stitches crossing | packets whole | connections whole | balance max/mean | published twice |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.stream} | ${r.key} | ${r.collectors} | ${pct(r.crossing)} of ${r.stitches} | ${pct(r.packetsWhole)} | ${pct(r.connectionsWhole)} | ${r.balance.toFixed(2)} | ${pct(r.duplicated)} |`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
