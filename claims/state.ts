/**
 * Node and pod network state as the claims engine reads it: the verbatim JSON of `ip -j` (addr,
 * route show table all, rule, neigh, -d link) per network namespace and `iptables-save` per node
 * — exactly what the agent's TopologySnapshot carries, so a claim is checked the same way live in
 * a lab and from a snapshot.
 */

/** `ip -j addr` / `ip -j -d link`: one interface (only the fields the claims read are typed). */
export interface IpLink {
  ifindex: number;
  ifname: string;
  address?: string; // MAC
  link?: string;
  flags?: string[];
  operstate?: string;
  linkinfo?: { info_kind?: string };
  addr_info?: { family: string; local: string; prefixlen: number; scope?: string }[];
}

/** `ip -j route show table all`: main-table routes carry no "table" field. */
export interface IpRoute {
  type?: string;
  dst: string;
  gateway?: string;
  dev?: string;
  table?: string;
  scope?: string;
  prefsrc?: string;
  protocol?: string;
  metric?: number;
}

/** `ip -j rule`. */
export interface IpRule {
  priority: number;
  src?: string;
  srclen?: number;
  dst?: string;
  dstlen?: number;
  table?: string;
  fwmark?: string;
  fwmask?: string;
}

/** `ip -j neigh`. */
export interface IpNeigh {
  dst: string;
  dev?: string;
  lladdr?: string;
  state?: string[];
}

export interface NetnsState {
  links: IpLink[]; // ip -j -d link
  addrs: IpLink[]; // ip -j addr
  routes: IpRoute[];
  rules: IpRule[];
  neighbours: IpNeigh[];
}

export interface Eni {
  ifname: string;
  address: string;
  /** "main" for the primary ENI, else the id of the table whose default route leaves through it. */
  table: number | 'main' | undefined;
}

export interface NodeState {
  name: string;
  host: NetnsState;
  /** Full `iptables-save` of the node's netns (all tables). */
  iptables: string;
  enis: Eni[];
}

export interface PodState {
  pod: string; // "namespace/name"
  node: string;
  netns: NetnsState;
  /** The node-side end of the pod's veth, when found. */
  hostVeth?: IpLink;
}

/** The state the engine judges: only the nodes and pods the claims name. */
export interface ClusterState {
  nodes: Record<string, NodeState>;
  pods: Record<string, PodState>;
  /** Why a node or pod could not be read ("pod/packetlab/x": "no such netns"), for evidence. */
  errors: Record<string, string>;
}

/** Where state comes from: a live lab, agents' snapshots, or a test's fixtures. */
export interface StateSource {
  node(name: string): Promise<NodeState>;
  /** `pod` is "namespace/name". */
  pod(pod: string): Promise<PodState>;
}

/** Parses the five `ip -j` outputs of one netns; names the one that is not JSON. */
export function parseNetnsState(json: { links: string; addrs: string; routes: string; rules: string; neighbours: string }, where: string): NetnsState {
  const parse = <T>(kind: string, text: string): T[] => {
    // `ip -j` prints nothing at all for an empty neighbour table on some iproute2 versions.
    if (text.trim() === '') return [];
    try {
      const v: unknown = JSON.parse(text);
      if (!Array.isArray(v)) throw new Error('not a JSON array');
      return v as T[];
    } catch (err) {
      throw new Error(`${where}: ip -j ${kind} output is not valid JSON: ${(err as Error).message}`);
    }
  };
  return {
    links: parse<IpLink>('link', json.links),
    addrs: parse<IpLink>('addr', json.addrs),
    routes: parse<IpRoute>('route', json.routes),
    rules: parse<IpRule>('rule', json.rules),
    neighbours: parse<IpNeigh>('neigh', json.neighbours),
  };
}

/** The table a route belongs to, as claims name tables: "main" or a number (or "local" etc.). */
export function routeTable(route: IpRoute): number | string {
  const t = route.table ?? 'main';
  return /^\d+$/.test(t) ? Number(t) : t;
}

export function ruleTable(rule: IpRule): number | string {
  const t = rule.table ?? '';
  return /^\d+$/.test(t) ? Number(t) : t;
}

/**
 * A node's ENIs: interfaces with a global IPv4 address that are neither loopback nor a pod's
 * host veth (those carry no address in the VPC CNI wiring). The table of each is the one whose
 * default route leaves through it; the ENI that main's default route uses is the primary.
 */
export function findEnis(host: NetnsState): Eni[] {
  const enis: Eni[] = [];
  for (const link of host.addrs) {
    if (link.ifname === 'lo') continue;
    const v4 = link.addr_info?.find((a) => a.family === 'inet' && (a.scope ?? 'global') === 'global');
    if (!v4) continue;
    const defaults = host.routes.filter((r) => r.dst === 'default' && r.dev === link.ifname && (r.type ?? 'unicast') === 'unicast');
    const tables = defaults.map(routeTable);
    const table = tables.includes('main') ? 'main' : (tables.find((t): t is number => typeof t === 'number') ?? undefined);
    enis.push({ ifname: link.ifname, address: v4.local, table });
  }
  return enis;
}

/** The pod's IPv4 address on its eth0 (or first global address). */
export function podAddress(pod: NetnsState): string | undefined {
  const links = [...pod.addrs].sort((a, b) => (a.ifname === 'eth0' ? -1 : b.ifname === 'eth0' ? 1 : 0));
  for (const link of links) {
    const v4 = link.addr_info?.find((a) => a.family === 'inet' && (a.scope ?? 'global') === 'global');
    if (v4) return v4.local;
  }
  return undefined;
}

/**
 * The node-side veth of a pod: the device of the node's main-table /32 route to the pod's IP (how
 * the VPC CNI wires it, so it holds on real nodes too), else the VPC CNI's name for it.
 */
export function findHostVeth(host: NetnsState, podIp: string | undefined, conventionalName: string | undefined): IpLink | undefined {
  const route = podIp === undefined ? undefined : host.routes.find((r) => routeTable(r) === 'main' && (r.dst === podIp || r.dst === `${podIp}/32`) && r.dev !== undefined);
  const name = route?.dev ?? conventionalName;
  return name === undefined ? undefined : (host.links.find((l) => l.ifname === name) ?? host.addrs.find((l) => l.ifname === name));
}

/** Reads every node and pod the claims name; unreadable ones are recorded, never thrown. */
export async function collectState(source: StateSource, subjects: { nodes: string[]; pods: string[] }): Promise<ClusterState> {
  const state: ClusterState = { nodes: {}, pods: {}, errors: {} };
  for (const node of new Set(subjects.nodes)) {
    try {
      state.nodes[node] = await source.node(node);
    } catch (err) {
      state.errors[`node/${node}`] = (err as Error).message;
    }
  }
  for (const pod of new Set(subjects.pods)) {
    try {
      state.pods[pod] = await source.pod(pod);
    } catch (err) {
      state.errors[`pod/${pod}`] = (err as Error).message;
    }
  }
  return state;
}
