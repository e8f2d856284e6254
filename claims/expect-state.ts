/**
 * Expectations over node and pod state (`ip -j` JSON, iptables-save). Each returns one Check
 * naming the fact that decided: the address with its prefix, the route, the rule, the neighbour
 * entry and its flags, the iptables rule as iptables-save prints it.
 */
import type { AddressExpect, EniExpect, IptablesExpect, NeighbourExpect, RouteMatch, RoutesExpect, RuleExpect } from './schema.js';
import { parseIptablesSave, resolveChain, ruleMatches } from './iptables.js';
import { fail, inconclusive, pass, type Check } from './result.js';
import { routeTable, ruleTable, type IpRoute, type IpRule, type NetnsState, type NodeState, type PodState } from './state.js';

const hostAddr = (cidr: string): string => (cidr.endsWith('/32') ? cidr.slice(0, -3) : cidr);
const tableText = (t: number | string): string => (t === 'main' ? 'main' : `table ${t}`);

export function checkAddresses(netns: NetnsState, wants: AddressExpect[]): Check {
  const found: string[] = [];
  for (const want of wants) {
    const links = netns.addrs.filter((l) => want.ifname === undefined || l.ifname === want.ifname);
    if (want.ifname !== undefined && links.length === 0) return fail('addresses', `no interface ${want.ifname}`);
    const hit = links.flatMap((l) => (l.addr_info ?? []).filter((a) => a.family === 'inet' && a.local === want.address).map((a) => ({ l, a })))[0];
    if (!hit) {
      const have = links.flatMap((l) => (l.addr_info ?? []).filter((a) => a.family === 'inet').map((a) => `${l.ifname} ${a.local}/${a.prefixlen}`));
      return fail('addresses', `no address ${want.address}${want.ifname ? ` on ${want.ifname}` : ''} (has: ${have.join(', ') || 'none'})`);
    }
    if (want.prefixlen !== undefined && hit.a.prefixlen !== want.prefixlen) {
      return fail('addresses', `${hit.l.ifname} has ${want.address}/${hit.a.prefixlen}, expected /${want.prefixlen}`);
    }
    found.push(`${hit.l.ifname} ${hit.a.local}/${hit.a.prefixlen}`);
  }
  return pass('addresses', found.join(', '));
}

/** A route as `ip route` prints it. */
export function routeText(r: IpRoute): string {
  return [r.type && r.type !== 'unicast' ? r.type : '', r.dst, r.gateway ? `via ${r.gateway}` : '', r.dev ? `dev ${r.dev}` : '', r.scope ? `scope ${r.scope}` : '', r.prefsrc ? `src ${r.prefsrc}` : '']
    .filter(Boolean)
    .join(' ');
}

function routeMatches(r: IpRoute, m: RouteMatch): boolean {
  if (hostAddr(r.dst) !== hostAddr(m.dst)) return false;
  if (m.gateway !== undefined && r.gateway !== m.gateway) return false;
  if (m.dev !== undefined && r.dev !== m.dev) return false;
  if (m.scope !== undefined && (r.scope ?? 'global') !== m.scope && !(m.scope === 'universe' && r.scope === undefined)) return false;
  if (m.src !== undefined && r.prefsrc !== m.src) return false;
  return true;
}

export function checkRoutes(netns: NetnsState, wants: RoutesExpect[]): Check {
  const parts: string[] = [];
  for (const want of wants) {
    // IPv4 only: claims speak IPv4, and fe80::/64 sits in main on every interface.
    const table = netns.routes.filter((r) => routeTable(r) === want.table && !r.dst.includes(':'));
    const unmatched = [...table];
    for (const m of want.routes) {
      const i = unmatched.findIndex((r) => routeMatches(r, m));
      if (i < 0) {
        return fail('routes', `${tableText(want.table)} has no route ${routeText({ dst: m.dst, gateway: m.gateway, dev: m.dev, scope: m.scope, prefsrc: m.src })}; it holds: ${table.map(routeText).join(' | ') || 'nothing'}`);
      }
      unmatched.splice(i, 1);
    }
    if (want.exact && unmatched.length > 0) {
      return fail('routes', `${tableText(want.table)} also holds: ${unmatched.map(routeText).join(' | ')}`);
    }
    parts.push(`${tableText(want.table)}${want.exact ? ' exactly' : ''}: ${table.filter((r) => !unmatched.includes(r)).map(routeText).join(' | ')}`);
  }
  return pass('routes', parts.join('; '));
}

export function checkNeighbours(pod: PodState, wants: NeighbourExpect[]): Check {
  const parts: string[] = [];
  for (const want of wants) {
    const entries = pod.netns.neighbours.filter((n) => n.dst === want.dst && (want.dev === undefined || n.dev === want.dev));
    const entry = entries[0];
    if (!entry) {
      const have = pod.netns.neighbours.map((n) => `${n.dst} ${n.lladdr ?? ''} ${(n.state ?? []).join(',')}`.trim());
      return fail('neighbours', `no neighbour entry for ${want.dst}${want.dev ? ` on ${want.dev}` : ''} (entries: ${have.join(' | ') || 'none'})`);
    }
    const shown = `${entry.dst} lladdr ${entry.lladdr ?? '-'} ${(entry.state ?? []).join(',')} on ${entry.dev ?? '?'}`;
    const missing = (want.state ?? []).filter((s) => !(entry.state ?? []).includes(s));
    if (missing.length > 0) return fail('neighbours', `${shown}: not ${missing.join(', ')}`);
    if (want.lladdr === 'host-veth') {
      if (!pod.hostVeth?.address) return inconclusive('neighbours', `${shown}; the host veth of ${pod.pod} on ${pod.node} was not found`);
      if (entry.lladdr?.toLowerCase() !== pod.hostVeth.address.toLowerCase()) {
        return fail('neighbours', `${shown}, but host veth ${pod.hostVeth.ifname} has MAC ${pod.hostVeth.address}`);
      }
      parts.push(`${shown} = MAC of host veth ${pod.hostVeth.ifname} on ${pod.node}`);
    } else if (want.lladdr !== undefined) {
      if (entry.lladdr?.toLowerCase() !== want.lladdr) return fail('neighbours', `${shown}, expected lladdr ${want.lladdr}`);
      parts.push(shown);
    } else parts.push(shown);
  }
  return pass('neighbours', parts.join('; '));
}

/** A rule as `ip rule` prints it. */
export function ruleText(r: IpRule): string {
  const src = r.src === undefined || r.src === 'all' ? 'from all' : `from ${r.src}${r.srclen !== undefined && r.srclen !== 32 ? `/${r.srclen}` : ''}`;
  const dst = r.dst === undefined ? '' : ` to ${r.dst}${r.dstlen !== undefined && r.dstlen !== 32 ? `/${r.dstlen}` : ''}`;
  const mark = r.fwmark === undefined ? '' : ` fwmark ${r.fwmark}${r.fwmask ? `/${r.fwmask}` : ''}`;
  return `${r.priority}: ${src}${dst}${mark} lookup ${r.table ?? '?'}`;
}

function prefixOf(addr: string | undefined, len: number | undefined): string | undefined {
  if (addr === undefined || addr === 'all') return addr;
  return `${addr}/${len ?? 32}`;
}
const normCidr = (c: string): string => (c === 'all' ? 'all' : c.includes('/') ? c : `${c}/32`);

function ruleMatchesExpect(r: IpRule, want: RuleExpect): boolean {
  if (r.priority !== want.priority) return false;
  if (ruleTable(r) !== want.table) return false;
  if (want.from !== undefined && normCidr(prefixOf(r.src, r.srclen) ?? 'all') !== normCidr(want.from)) return false;
  if (want.to !== undefined && (r.dst === undefined || normCidr(prefixOf(r.dst, r.dstlen)!) !== normCidr(want.to))) return false;
  if (want.fwmark !== undefined) {
    const [mark, mask] = want.fwmark.split('/');
    if (r.fwmark === undefined || Number(r.fwmark) !== Number(mark)) return false;
    if (mask !== undefined && Number(r.fwmask ?? '0xffffffff') !== Number(mask)) return false;
  }
  return true;
}

export function checkRules(host: NetnsState, wants: RuleExpect[]): Check {
  const parts: string[] = [];
  for (const want of wants) {
    const hit = host.rules.find((r) => ruleMatchesExpect(r, want));
    if (!hit) {
      const addr = (want.from !== 'all' ? want.from : undefined) ?? want.to;
      const related = host.rules.filter((r) => r.priority === want.priority || (addr !== undefined && (r.src === hostAddr(addr) || r.dst === hostAddr(addr))));
      const wanted = `${want.priority}: ${want.from ? `from ${want.from}` : 'from all'}${want.to ? ` to ${want.to}` : ''}${want.fwmark ? ` fwmark ${want.fwmark}` : ''} lookup ${want.table}`;
      return fail('rules', `no rule "${wanted}"; related rules: ${related.map(ruleText).join(' | ') || 'none'}`);
    }
    parts.push(ruleText(hit));
  }
  return pass('rules', parts.join('; '));
}

export function checkIptables(node: NodeState, wants: IptablesExpect[]): Check[] {
  const rules = parseIptablesSave(node.iptables);
  return wants.map((want, i) => {
    const name = wants.length > 1 ? `iptables[${i}]` : 'iptables';
    const { chain, why } = resolveChain(rules, want.table, want.chain);
    if (!chain) return fail(name, why);
    const all = rules.get(want.table)?.get(chain) ?? [];
    const hits = all.filter((r) => ruleMatches(r, want.rule));
    const where = `${want.table} ${why}`;
    if (want.exactly !== undefined && hits.length !== want.exactly) {
      return fail(name, `${where}: ${hits.length} matching rules, expected exactly ${want.exactly}${hits[0] ? ` (first: ${hits[0].text})` : ''}`);
    }
    const min = want.exactly ?? want.min ?? 1;
    if (hits.length < min) {
      return fail(name, `${where}: ${hits.length} rules match, need ${min}; chain holds: ${all.map((r) => r.text).join(' | ') || 'nothing'}`);
    }
    return pass(name, hits.length === 0 ? `${where}: no matching rule` : `${where}: ${hits.map((r) => r.text).join(' | ')}`);
  });
}

export function checkEnis(node: NodeState, wants: EniExpect[]): Check {
  const have = node.enis;
  const fmt = (e: { ifname: string; address?: string; table?: number | 'main' }): string =>
    `${e.ifname}${e.address ? ` ${e.address}` : ''}${e.table !== undefined ? ` ${e.table === 'main' ? 'main' : `table ${e.table}`}` : ''}`;
  const names = (l: { ifname: string }[]): string => l.map((e) => e.ifname).sort().join(',');
  if (names(have) !== names(wants)) {
    return fail('enis', `${node.name} has ENIs ${have.map(fmt).join(', ') || 'none'}, expected ${wants.map(fmt).join(', ')}`);
  }
  for (const want of wants) {
    const eni = have.find((e) => e.ifname === want.ifname)!;
    if (want.address !== undefined && eni.address !== want.address) return fail('enis', `${want.ifname} has ${eni.address}, expected ${want.address}`);
    if (want.table !== undefined && eni.table !== want.table) {
      return fail('enis', `${want.ifname} routes by ${eni.table === undefined ? 'no table' : fmt({ ifname: '', table: eni.table }).trim()}, expected ${fmt({ ifname: '', table: want.table }).trim()}`);
    }
  }
  return pass('enis', `${node.name}: ${have.map(fmt).join(', ')}`);
}
