/**
 * An agent's node snapshot (proto TopologySnapshot: `ip -j` JSON per netns, iptables-save text)
 * as a topology source for that node: its ENIs (host-netns devices with an address, not veths),
 * the policy-routing table each ENI's default route lives in, which netns is the host and which
 * belongs to which pod. Malformed JSON in one field is reported and that field skipped.
 */
import type { packetlife } from '../../proto/generated/packetlife.js';
import type { EniInfo, NetnsInfo, PodInfo, TopologyData } from './model.js';
import { TABLE_MAIN } from './model.js';

interface IpLink {
  ifname?: string;
  ifindex?: number;
  link_type?: string;
  linkinfo?: { info_kind?: string };
}
interface IpAddr {
  ifname?: string;
  addr_info?: Array<{ family?: string; local?: string; prefixlen?: number }>;
}
interface IpRoute {
  dst?: string;
  gateway?: string;
  dev?: string;
  table?: string | number;
}

function parseJson<T>(text: string | null | undefined, what: string, problems: string[]): T[] {
  if (!text) return [];
  try {
    const v: unknown = JSON.parse(text);
    if (!Array.isArray(v)) {
      problems.push(`${what}: expected a JSON array`);
      return [];
    }
    return v as T[];
  } catch (err) {
    problems.push(`${what}: invalid JSON (${(err as Error).message})`);
    return [];
  }
}

function tableNumber(t: string | number | undefined): number {
  if (t === undefined || t === 'main') return TABLE_MAIN;
  if (t === 'local') return 255;
  if (t === 'default') return 253;
  const n = Number(t);
  return Number.isInteger(n) ? n : TABLE_MAIN;
}

export function fromSnapshot(snap: packetlife.v1.ITopologySnapshot): { data: TopologyData; problems: string[] } {
  const node = snap.node ?? '';
  const problems: string[] = [];
  if (!node) problems.push('snapshot without a node name');
  const netns: NetnsInfo[] = [];
  const enis: EniInfo[] = [];
  let hostNetns: string | undefined;
  const podByNetns = new Map<string, string>();
  const pods: PodInfo[] = [];
  for (const p of snap.pods ?? []) {
    if (!p.namespace || !p.name) continue;
    const inode = p.netns ? String(p.netns) : undefined;
    const key = `${p.namespace}/${p.name}`;
    if (inode) podByNetns.set(inode, key);
    pods.push({ namespace: p.namespace, name: p.name, ip: p.ip ?? '', node, labels: p.labels ?? {}, ...(inode ? { netns: inode } : {}) });
  }
  for (const ns of snap.netns ?? []) {
    const inode = String(ns.inode ?? '0');
    const pod = podByNetns.get(inode);
    if (!ns.host) {
      const ips = parseJson<IpAddr>(ns.addrsJson, `netns ${ns.name ?? inode} on ${node} addresses`, problems)
        .flatMap((a) => a.addr_info ?? [])
        .filter((x) => x.family === 'inet' && x.local && !x.local.startsWith('127.'))
        .map((x) => x.local!);
      netns.push({ node, inode, host: false, ...(pod ? { pod } : {}), ...(ns.name ? { role: ns.name } : {}), ...(ips.length ? { ips } : {}) });
      continue;
    }
    netns.push({ node, inode, host: true, ...(ns.name ? { role: ns.name } : {}) });
    hostNetns = inode;
    const at = `netns ${ns.name ?? inode} on ${node}`;
    const links = parseJson<IpLink>(ns.linksJson, `${at} links`, problems);
    const addrs = parseJson<IpAddr>(ns.addrsJson, `${at} addresses`, problems);
    const routes = parseJson<IpRoute>(ns.routesJson, `${at} routes`, problems);
    const kindOf = new Map(links.map((l) => [l.ifname ?? '', l.linkinfo?.info_kind ?? l.link_type ?? '']));
    const candidates: Array<{ ifname: string; ip: string; prefix: number }> = [];
    for (const a of addrs) {
      const ifname = a.ifname ?? '';
      if (!ifname || ifname === 'lo' || kindOf.get(ifname) === 'veth' || ifname.startsWith('eni') || ifname.startsWith('vlan')) continue;
      const v4 = a.addr_info?.find((x) => x.family === 'inet' && x.local);
      if (v4?.local) candidates.push({ ifname, ip: v4.local, prefix: v4.prefixlen ?? 32 });
    }
    // An ENI's table: the table holding a default route out of it (main for the primary ENI).
    for (const c of candidates) {
      const defaults = routes.filter((r) => r.dst === 'default' && r.dev === c.ifname && tableNumber(r.table) !== 255);
      const table = defaults.find((r) => tableNumber(r.table) !== TABLE_MAIN) ? tableNumber(defaults.find((r) => tableNumber(r.table) !== TABLE_MAIN)!.table) : TABLE_MAIN;
      enis.push({ node, ifname: c.ifname, ip: c.ip, table, primary: table === TABLE_MAIN });
    }
  }
  const primary = enis.find((e) => e.primary);
  const data: TopologyData = {
    nodes: node ? [{ name: node, ip: primary?.ip ?? '', enis, ...(hostNetns ? { hostNetns } : {}) }] : [],
    pods,
    services: [],
    externals: [],
    netns,
    vpcCidrs: [],
  };
  return { data, problems };
}
