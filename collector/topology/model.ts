/**
 * The collector's model of the cluster: who owns an address (pod, service VIP, node ENI, NAT
 * gateway, load balancer, the internet), what a service resolves to, which ENI a policy-routing
 * table belongs to, and what a (node, netns, device) is. The correlator names every hop, NAT
 * rewrite and routing decision through it.
 *
 * Several sources feed it at once (the Kubernetes API, agents' node snapshots, a static file or
 * the lab); each source replaces its own part with `setSource`, and the indexes are rebuilt from
 * the union, later sources refining earlier ones.
 */
import { createHash } from 'node:crypto';
import type { Place } from '../trace-model.js';
import { isLoopback, parseCidr, parseIpv4, prefixMask } from '../../common/ipv4.js';
import { protocolNumber as ipProtocolNumber } from '../../common/ip-protocol.js';
import { sameData } from './same-data.js';

export const TABLE_MAIN = 254;
export const TABLE_LOCAL = 255;
export const TABLE_DEFAULT = 253;

export interface EniInfo {
  node: string;
  ifname: string; // ens5, ens6, eth1 ...
  ip: string; // primary private address of the ENI
  table: number; // policy-routing table; 254 (main) for the primary ENI
  primary: boolean;
  subnet?: string;
}

export interface NodeInfo {
  name: string;
  ip: string; // the node's primary (InternalIP) address
  enis: EniInfo[];
  hostNetns?: string; // inode of the node's own netns, decimal
}

export interface PodInfo {
  namespace: string;
  name: string;
  ip: string;
  node?: string;
  labels: Record<string, string>;
  hostNetwork?: boolean;
  netns?: string; // inode, decimal, when known (lab state or agent snapshot)
  hostVeth?: string; // node-side veth; defaults to the VPC CNI name eni+sha1(ns.name)[0:11]
  eni?: string; // ENI device the pod's address belongs to
}

export interface ServicePortInfo {
  name: string;
  protocol: number; // 6 tcp, 17 udp
  port: number;
  targetPort: number | string; // a name resolves through the endpoint's ports
  nodePort?: number;
}

export interface EndpointInfo {
  ip: string;
  pod?: string; // "namespace/name"
  node?: string;
  ready: boolean;
  ports: Array<{ name: string; port: number; protocol: number }>;
}

export interface ServiceInfo {
  namespace: string;
  name: string;
  type: 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';
  clusterIP?: string;
  ports: ServicePortInfo[];
  endpoints: EndpointInfo[];
  loadBalancerIPs: string[];
  externalTrafficPolicy: 'Cluster' | 'Local';
}

export type ExternalKind = 'nat-gateway' | 'load-balancer' | 'internet' | 'vpc-router';

export interface ExternalInfo {
  ip: string;
  kind: ExternalKind;
  name: string; // "NAT gateway", "NLB echo-nlb", "internet host"
  publicIp?: string;
  service?: string; // load balancers: the service they front
  /** Load balancers: the port they listen on, and whether they forward to node NodePorts (instance) or to pods (ip, from their own address). */
  port?: number;
  targetType?: 'instance' | 'ip';
}

export interface NetnsInfo {
  node: string;
  inode: string;
  host: boolean;
  pod?: string; // "namespace/name"
  role?: string;
  ips?: string[]; // IPv4 addresses inside it (agent snapshot): places API pods without asking the agent
}

export interface TopologyData {
  nodes: NodeInfo[];
  pods: PodInfo[];
  services: ServiceInfo[];
  externals: ExternalInfo[];
  netns: NetnsInfo[];
  vpcCidrs: string[];
}

export function emptyTopology(): TopologyData {
  return { nodes: [], pods: [], services: [], externals: [], netns: [], vpcCidrs: [] };
}

export type IpOwner =
  | { kind: 'pod'; pod: PodInfo }
  | { kind: 'service'; service: ServiceInfo }
  | { kind: 'node'; node: NodeInfo; eni?: EniInfo }
  | { kind: 'external'; external: ExternalInfo }
  | { kind: 'loopback' }
  | { kind: 'unknown' };

/** The VPC CNI's host-side veth name for a pod (pkg/networkutils: "eni" + sha1(ns.name)[:11]). */
export function vpcCniVethName(namespace: string, name: string): string {
  return 'eni' + createHash('sha1').update(`${namespace}.${name}`).digest('hex').slice(0, 11);
}

/**
 * A source offered (offerSource) is merged no sooner than this many times the last rebuild's time
 * after it: a rebuild is the whole cluster's (≈ 0.4 s at 1,000 nodes × 30 pods), and agents'
 * snapshots and the Kubernetes watch offer changes all the time on a big cluster.
 */
export const REBUILD_GAP_FACTOR = 10;

/** What offerSource did with a source. */
export type OfferResult = 'unchanged' | 'rebuilt' | 'deferred';

export function podKey(p: { namespace: string; name: string }): string {
  return `${p.namespace}/${p.name}`;
}

/**
 * A Kubernetes port's protocol ("TCP", "UDP", "SCTP"; absent means TCP, the API's default) as
 * an IP protocol number. A protocol this model does not know counts as TCP, like the default.
 */
export function k8sProtocolNumber(p: string | undefined): number {
  return ipProtocolNumber(p ?? 'TCP') ?? 6;
}

const ENI_NAME = /^(ens\d+|eth\d+|enp\S+)$/;

export class TopologyModel {
  private readonly sources = new Map<string, TopologyData>();
  private merged: TopologyData = emptyTopology();
  private byIp = new Map<string, IpOwner>();
  /** The VPC CIDRs parsed (the malformed left out: cidrContains calls them containing nothing). */
  private vpcBlocks: { network: number; mask: number }[] = [];
  private nodes = new Map<string, NodeInfo>();
  private pods = new Map<string, PodInfo>();
  private services = new Map<string, ServiceInfo>();
  private vipPort = new Map<string, { service: ServiceInfo; port: ServicePortInfo }>();
  /** By nodePortKey: looked up for every packet to or from a node (a string key was a string built per lookup). */
  private nodePorts = new Map<number, { service: ServiceInfo; port: ServicePortInfo }>();
  private lbPort = new Map<string, { service: ServiceInfo; port: ServicePortInfo }>();
  private netnsIdx = new Map<string, NetnsInfo>();
  private vethIdx = new Map<string, PodInfo>();
  private eniIdx = new Map<string, EniInfo>();
  private tableIdx = new Map<string, EniInfo>();
  private generation = 0;
  private readonly listeners: Array<() => void> = [];
  private pendingRebuild: NodeJS.Timeout | undefined;
  private lastRebuildAt = -Infinity;
  private lastRebuildMs = 0;

  constructor(initial?: TopologyData) {
    if (initial) this.setSource('initial', initial);
  }

  /** Replace everything one source said (e.g. 'kubernetes', 'snapshot:ip-10-0-0-75', 'lab'). */
  setSource(name: string, data: TopologyData): void {
    this.sources.set(name, data);
    this.rebuild();
  }

  /**
   * A source that reports on its own schedule (an agent's node snapshot every 30 s, the
   * Kubernetes watch): nothing happens when it says what it said before (no rebuild, no new
   * version, so nothing is pushed to the agents), and a change is merged at once only when the
   * last rebuild is long enough ago (REBUILD_GAP_FACTOR), else a little later, together with the
   * changes offered meanwhile. Until then lookups answer from the model as it was.
   *
   * Measured at 1,000 nodes × 3 ENIs × 30 pods (fixtures/big-cluster.ts): a rebuild took 380–460
   * ms; every agent's unchanged snapshot made one (33 a second at 1,000 agents), and each new
   * version went to every agent, which rebuilt its own copy of the cluster part.
   */
  offerSource(name: string, data: TopologyData): OfferResult {
    const prev = this.sources.get(name);
    // the same object again may have been changed in place: only a distinct equal one is "unchanged"
    if (prev !== undefined && prev !== data && sameData(prev, data)) return 'unchanged';
    this.sources.set(name, data);
    if (this.pendingRebuild) return 'deferred';
    const wait = this.lastRebuildAt + REBUILD_GAP_FACTOR * this.lastRebuildMs - performance.now();
    if (wait <= 0) {
      this.rebuild();
      return 'rebuilt';
    }
    this.pendingRebuild = setTimeout(() => {
      this.pendingRebuild = undefined;
      this.rebuild();
    }, wait);
    this.pendingRebuild.unref();
    return 'deferred';
  }

  /** A rebuild offered sources wait for (offerSource), done now: tests, and a caller about to stop. */
  settle(): void {
    if (this.pendingRebuild) this.rebuild();
  }

  removeSource(name: string): void {
    if (this.sources.delete(name)) this.rebuild();
  }

  onChange(fn: () => void): void {
    this.listeners.push(fn);
  }

  /** Bumped on every change, so caches keyed on the model can tell they are stale. */
  get version(): number {
    return this.generation;
  }

  data(): TopologyData {
    return this.merged;
  }

  private rebuild(): void {
    const t0 = performance.now();
    if (this.pendingRebuild) {
      clearTimeout(this.pendingRebuild);
      this.pendingRebuild = undefined;
    }
    const nodes = new Map<string, NodeInfo>();
    const pods = new Map<string, PodInfo>();
    const services = new Map<string, ServiceInfo>();
    const externals = new Map<string, ExternalInfo>();
    const netns = new Map<string, NetnsInfo>();
    const cidrs = new Set<string>();
    for (const src of this.sources.values()) {
      for (const n of src.nodes) {
        const prev = nodes.get(n.name);
        if (!prev) {
          nodes.set(n.name, { ...n, enis: [...n.enis] });
          continue;
        }
        // ENIs merge by device: a snapshot knows devices and tables, the API knows the node IP.
        const enis = new Map(prev.enis.map((e) => [e.ifname, e]));
        for (const e of n.enis) enis.set(e.ifname, { ...enis.get(e.ifname), ...e });
        nodes.set(n.name, {
          name: n.name,
          ip: n.ip || prev.ip,
          enis: [...enis.values()],
          hostNetns: n.hostNetns ?? prev.hostNetns,
        });
      }
      for (const p of src.pods) {
        const key = podKey(p);
        const prev = pods.get(key);
        pods.set(key, prev ? { ...prev, ...definedOnly(p), labels: { ...prev.labels, ...p.labels } } : { ...p });
      }
      for (const s of src.services) {
        const key = podKey(s);
        const prev = services.get(key);
        // A source that knows no endpoints (a service list without endpointslices) keeps the old.
        services.set(key, prev && s.endpoints.length === 0 ? { ...s, endpoints: prev.endpoints } : s);
      }
      for (const e of src.externals) externals.set(e.ip, e);
      for (const n of src.netns) netns.set(`${n.node}|${n.inode}`, { ...netns.get(`${n.node}|${n.inode}`), ...n });
      for (const c of src.vpcCidrs) cidrs.add(c);
    }
    // Pods learn their netns from netns records and vice versa.
    for (const n of netns.values()) {
      if (n.pod) {
        const p = pods.get(n.pod);
        if (p && !p.netns) p.netns = n.inode;
      }
      if (n.host) {
        const node = nodes.get(n.node);
        if (node && !node.hostNetns) node.hostNetns = n.inode;
      }
    }
    // A pod the API knows (IP, node) but no agent named: its netns is the one on its node holding
    // its IP. Agents need no Kubernetes API access for this (the chart gives them none).
    const netnsByIp = new Map<string, NetnsInfo>();
    for (const n of netns.values()) if (!n.host) for (const ip of n.ips ?? []) netnsByIp.set(`${n.node}|${ip}`, n);
    for (const p of pods.values()) {
      if (p.netns || !p.node || !p.ip || p.hostNetwork) continue;
      const n = netnsByIp.get(`${p.node}|${p.ip}`);
      if (!n) continue;
      p.netns = n.inode;
      n.pod ??= podKey(p);
    }
    for (const p of pods.values()) {
      if (p.netns && p.node && !netns.has(`${p.node}|${p.netns}`)) {
        netns.set(`${p.node}|${p.netns}`, { node: p.node, inode: p.netns, host: false, pod: podKey(p) });
      }
    }
    this.merged = {
      nodes: [...nodes.values()],
      pods: [...pods.values()],
      services: [...services.values()],
      externals: [...externals.values()],
      netns: [...netns.values()],
      vpcCidrs: [...cidrs],
    };
    this.index();
    this.tableNames.clear();
    this.described.clear();
    this.generation++;
    this.lastRebuildAt = performance.now();
    this.lastRebuildMs = this.lastRebuildAt - t0;
    for (const fn of this.listeners) fn();
  }

  private index(): void {
    const m = this.merged;
    this.vpcBlocks = [];
    for (const c of m.vpcCidrs) {
      const b = parseCidr(c);
      if (b) this.vpcBlocks.push({ network: b.network, mask: prefixMask(b.prefixLen) });
    }
    this.byIp = new Map();
    this.nodes = new Map(m.nodes.map((n) => [n.name, n]));
    this.pods = new Map(m.pods.map((p) => [podKey(p), p]));
    this.services = new Map(m.services.map((s) => [podKey(s), s]));
    this.vipPort = new Map();
    this.nodePorts = new Map();
    this.lbPort = new Map();
    this.netnsIdx = new Map(m.netns.map((n) => [`${n.node}|${n.inode}`, n]));
    this.vethIdx = new Map();
    this.eniIdx = new Map();
    this.tableIdx = new Map();
    for (const e of m.externals) {
      this.byIp.set(e.ip, { kind: 'external', external: e });
      if (e.publicIp) this.byIp.set(e.publicIp, { kind: 'external', external: e });
    }
    for (const n of m.nodes) {
      if (n.ip) this.byIp.set(n.ip, { kind: 'node', node: n, eni: n.enis.find((e) => e.ip === n.ip) });
      for (const e of n.enis) {
        this.byIp.set(e.ip, { kind: 'node', node: n, eni: e });
        this.eniIdx.set(`${n.name}|${e.ifname}`, e);
        this.tableIdx.set(`${n.name}|${e.table}`, e);
      }
    }
    for (const s of m.services) {
      if (s.clusterIP && s.clusterIP !== 'None') this.byIp.set(s.clusterIP, { kind: 'service', service: s });
      for (const p of s.ports) {
        if (s.clusterIP) this.vipPort.set(`${s.clusterIP}|${p.port}|${p.protocol}`, { service: s, port: p });
        const key = p.nodePort ? nodePortKey(p.nodePort, p.protocol) : undefined;
        if (key !== undefined) this.nodePorts.set(key, { service: s, port: p });
        for (const ip of s.loadBalancerIPs) this.lbPort.set(`${ip}|${p.port}|${p.protocol}`, { service: s, port: p });
      }
    }
    for (const p of m.pods) {
      // Host-network pods share their node's address; the node owns it.
      if (!p.hostNetwork && p.ip) this.byIp.set(p.ip, { kind: 'pod', pod: p });
      if (p.node && !p.hostNetwork) this.vethIdx.set(`${p.node}|${p.hostVeth ?? vpcCniVethName(p.namespace, p.name)}`, p);
    }
  }

  // ---------- lookups ----------

  owner(ip: string): IpOwner {
    const o = this.byIp.get(ip);
    if (o) return o;
    if (isLoopback(ip)) return { kind: 'loopback' };
    return { kind: 'unknown' };
  }

  node(name: string): NodeInfo | undefined {
    return this.nodes.get(name);
  }

  pod(key: string): PodInfo | undefined {
    return this.pods.get(key);
  }

  service(key: string): ServiceInfo | undefined {
    return this.services.get(key);
  }

  nodeNames(): string[] {
    return [...this.nodes.keys()];
  }

  /** The node an address lives on: a pod's node, a node or ENI address. */
  nodeOfIp(ip: string): string | undefined {
    const o = this.owner(ip);
    if (o.kind === 'pod') return o.pod.node;
    if (o.kind === 'node') return o.node.name;
    return undefined;
  }

  serviceByVip(ip: string, port: number, protocol: number): { service: ServiceInfo; port: ServicePortInfo } | undefined {
    return this.vipPort.get(`${ip}|${port}|${protocol}`);
  }

  serviceByNodePort(port: number, protocol: number): { service: ServiceInfo; port: ServicePortInfo } | undefined {
    const key = nodePortKey(port, protocol);
    return key === undefined ? undefined : this.nodePorts.get(key);
  }

  serviceByLoadBalancer(ip: string, port: number, protocol: number): { service: ServiceInfo; port: ServicePortInfo } | undefined {
    return this.lbPort.get(`${ip}|${port}|${protocol}`);
  }

  /** The endpoint a service port resolves to at `ip`, with its target port. */
  endpointFor(service: ServiceInfo, ip: string): EndpointInfo | undefined {
    return service.endpoints.find((e) => e.ip === ip);
  }

  /** Target port of a service port on one endpoint (named target ports resolve per endpoint). */
  targetPort(port: ServicePortInfo, endpoint?: EndpointInfo): number | undefined {
    if (typeof port.targetPort === 'number') return port.targetPort;
    const named = endpoint?.ports.find((p) => p.name === port.targetPort || p.name === port.name);
    return named?.port;
  }

  inVpc(ip: string): boolean {
    // cidrContains over vpcCidrs, with each block parsed once (index()): the stitcher asks this
    // for every packet from or to outside, and parsing the CIDR texts was most of its cost.
    const blocks = this.vpcBlocks;
    if (blocks.length === 0) return false;
    const a = parseIpv4(ip);
    if (a === undefined) return false;
    for (let i = 0; i < blocks.length; i++) if ((a & blocks[i]!.mask) >>> 0 === blocks[i]!.network) return true;
    return false;
  }

  natGateway(): ExternalInfo | undefined {
    return this.merged.externals.find((e) => e.kind === 'nat-gateway');
  }

  eni(node: string, ifname: string): EniInfo | undefined {
    return this.eniIdx.get(`${node}|${ifname}`);
  }

  eniForTable(node: string, table: number): EniInfo | undefined {
    return this.tableIdx.get(`${node}|${table}`);
  }

  private readonly tableNames = new Map<string, string>();

  /** "main", "local", "table 2 (ENI ens6 10.0.0.85)" (cached: asked for every route decision). */
  tableName(node: string, table: number): string {
    if (this.tableNames.size > 10_000) this.tableNames.clear();
    const key = `${node}|${table}`;
    let name = this.tableNames.get(key);
    if (name === undefined) {
      name = this.describeTable(node, table);
      this.tableNames.set(key, name);
    }
    return name;
  }

  private describeTable(node: string, table: number): string {
    if (table === TABLE_LOCAL) return 'local';
    if (table === TABLE_DEFAULT) return 'default';
    const eni = this.eniForTable(node, table);
    if (table === TABLE_MAIN) return 'main';
    return eni ? `table ${table} (ENI ${eni.ifname} ${eni.ip})` : `table ${table}`;
  }

  netns(node: string, inode: string): NetnsInfo | undefined {
    return this.netnsIdx.get(`${node}|${inode}`);
  }

  podByVeth(node: string, ifname: string): PodInfo | undefined {
    return this.vethIdx.get(`${node}|${ifname}`);
  }

  /** describeIp's answers for addresses the topology names (as many as it has): two or three made for every trace. */
  private readonly described = new Map<string, string>();

  /** Short human name of an address: "pod packetlab/toolbox-a", "service packetlab/echo-clusterip". */
  describeIp(ip: string): string {
    let name = this.described.get(ip);
    if (name === undefined) {
      name = this.describeOwner(ip);
      if (this.byIp.has(ip)) this.described.set(ip, name);
    }
    return name;
  }

  private describeOwner(ip: string): string {
    const o = this.owner(ip);
    switch (o.kind) {
      case 'pod':
        return `pod ${podKey(o.pod)}`;
      case 'service':
        return `service ${podKey(o.service)}`;
      case 'node':
        return o.eni && !o.eni.primary ? `node ${o.node.name} (ENI ${o.eni.ifname})` : `node ${o.node.name}`;
      case 'external':
        return `${o.external.name} ${ip}`;
      case 'loopback':
        return `localhost ${ip}`;
      default:
        return this.inVpc(ip) ? `${ip} (VPC)` : ip;
    }
  }

  /**
   * What a device is. The netns decides first (a pod's netns holds its eth0), then the device
   * name (eni* veths belong to pods, ENIs are listed per node), so an event is named even when
   * the agent could not tell which pod a netns belongs to.
   */
  place(node: string, netnsInode: string, ifname: string, ifindex: number, podHint?: string): Place {
    const ns = this.netns(node, netnsInode);
    const podName = ns?.pod ?? podHint;
    const base = { node, netns: netnsInode, ifname, ifindex };
    if (ifname === 'lo') return { ...base, kind: 'loopback', ...(podName ? { pod: podName } : {}), label: podName ? `${podName} lo` : `${node} lo` };
    if (podName && !ns?.host) return { ...base, kind: 'pod-eth', pod: podName, label: `${podName} ${ifname}` };
    if (ns?.role && !ns.host && !ns.pod) return { ...base, kind: 'router', label: `${ns.role} ${ifname}` };
    const vethPod = this.podByVeth(node, ifname);
    if (vethPod) return { ...base, kind: 'host-veth', pod: podKey(vethPod), label: `veth ${ifname} (${podKey(vethPod)})` };
    if (ifname.startsWith('eni')) return { ...base, kind: 'host-veth', label: `veth ${ifname}` };
    const eni = this.eni(node, ifname);
    if (eni) return { ...base, kind: 'eni', eni: { ip: eni.ip, table: eni.table === TABLE_MAIN ? 'main' : eni.table }, label: `ENI ${ifname} ${eni.ip}` };
    if (ENI_NAME.test(ifname) && (ns?.host || this.node(node)?.hostNetns === netnsInode)) return { ...base, kind: 'eni', label: `ENI ${ifname}` };
    return { ...base, kind: 'other', label: `${node} ${ifname}` };
  }

  toJSON(): TopologyData {
    return this.merged;
  }
}

function definedOnly<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

/**
 * (port, protocol) as one number, or undefined for what no packet carries (a port outside
 * 0–65535, a protocol outside 0–255, a fraction): no packet's lookup could have found those.
 */
function nodePortKey(port: number, protocol: number): number | undefined {
  return Number.isInteger(port) && Number.isInteger(protocol) && port >= 0 && port <= 0xffff && protocol >= 0 && protocol <= 0xff ? port * 256 + protocol : undefined;
}
