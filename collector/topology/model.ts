/**
 * The collector's model of the cluster: who owns an address (pod, service VIP, node ENI, NAT
 * gateway, load balancer, the internet), what a service resolves to, which ENI a policy-routing
 * table belongs to, and what a (node, netns, device) is. The correlator names every hop, NAT
 * rewrite and routing decision through it.
 *
 * Several sources feed it at once (the Kubernetes API, agents' node snapshots, a static file or
 * the lab); each source replaces its own part, and the indexes are rebuilt from the union, later
 * sources refining earlier ones: at once and in one piece (`setSource`), or in slices of the event
 * loop while lookups answer from the model as it was (`offerSource` for sources that report on
 * their own schedule, `replaceSource` for an agent's copy), so a whole-cluster rebuild does not
 * hold the loop that long.
 */
import { createHash } from 'node:crypto';
import type { Place } from '../trace-model.js';
import { isLoopback, parseCidr, parseIpv4, prefixMask } from '../../common/ipv4.js';
import { protocolNumber as ipProtocolNumber } from '../../common/ip-protocol.js';
import { sameData } from './same-data.js';
import { SlicedTask, type SliceStats } from '../../common/sliced-task.js';

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

/**
 * What offerSource did with a source: nothing (the same as before), merged at once, merging in
 * slices over the next turns of the event loop, or to be merged after the gap with the changes
 * offered meanwhile.
 */
export type OfferResult = 'unchanged' | 'rebuilt' | 'rebuilding' | 'deferred';

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

/**
 * A rebuild started by offerSource or replaceSource runs in slices of at most this much of the
 * event loop, the model answering as it was until the new one is whole: at 1,000 nodes × 30 pods
 * a rebuild is ≈ 0.3–0.4 s, which in one piece would hold every socket, /healthz and the traces'
 * finishing that long (bench/topology-size.ts measures the longest slice).
 */
export const REBUILD_SLICE_MS = 8;
/** Records merged or indexed between two looks at the clock: a smaller model is rebuilt in one piece, always. */
const RECORDS_PER_CHECK = 256;

/** What a rebuild makes: the merged data and every index, put in place at once. */
interface Built {
  merged: TopologyData;
  /** The VPC CIDRs parsed (the malformed left out: cidrContains calls them containing nothing). */
  vpcBlocks: { network: number; mask: number }[];
  byIp: Map<string, IpOwner>;
  nodes: Map<string, NodeInfo>;
  pods: Map<string, PodInfo>;
  services: Map<string, ServiceInfo>;
  vipPort: Map<string, { service: ServiceInfo; port: ServicePortInfo }>;
  /** By nodePortKey: looked up for every packet to or from a node (a string key was a string built per lookup). */
  nodePorts: Map<number, { service: ServiceInfo; port: ServicePortInfo }>;
  lbPort: Map<string, { service: ServiceInfo; port: ServicePortInfo }>;
  netnsIdx: Map<string, NetnsInfo>;
  vethIdx: Map<string, PodInfo>;
  eniIdx: Map<string, EniInfo>;
  tableIdx: Map<string, EniInfo>;
}

/** What the last rebuild took of the event loop: in all, in how many slices, and the longest one (ms). */
export type RebuildStats = SliceStats;

export class TopologyModel {
  private readonly sources = new Map<string, TopologyData>();
  /** The merged data and its indexes, replaced whole by each rebuild (install). */
  private ix: Built = {
    merged: emptyTopology(),
    vpcBlocks: [],
    byIp: new Map(),
    nodes: new Map(),
    pods: new Map(),
    services: new Map(),
    vipPort: new Map(),
    nodePorts: new Map(),
    lbPort: new Map(),
    netnsIdx: new Map(),
    vethIdx: new Map(),
    eniIdx: new Map(),
    tableIdx: new Map(),
  };
  private generation = 0;
  private readonly listeners: Array<() => void> = [];
  private pendingRebuild: NodeJS.Timeout | undefined;
  private sliced: SlicedTask<Built> | undefined;
  /**
   * A source changed while a sliced rebuild was reading the sources: another one follows it, at
   * once (replaceSource) or after the gap (offerSource).
   */
  private changedDuringSlices: 'at-once' | 'after-gap' | undefined;
  private lastRebuildAt = -Infinity;
  private lastRebuildMs = 0;
  private lastStats: RebuildStats = { loopMs: 0, slices: 0, longestSliceMs: 0 };

  constructor(initial?: TopologyData) {
    if (initial) this.setSource('initial', initial);
  }

  /** Replace everything one source said (e.g. 'kubernetes', 'snapshot:ip-10-0-0-75', 'lab'), rebuilt at once. */
  setSource(name: string, data: TopologyData): void {
    this.sources.set(name, data);
    this.rebuildNow();
  }

  /**
   * Replace one source, rebuilt in slices (REBUILD_SLICE_MS) starting now: for a source whose
   * every change matters (an agent's copy of the cluster from its collector) on a loop that must
   * not stall. Lookups answer from the model as it was until the rebuild is whole; a small
   * cluster's rebuild fits in the first slice and is done when this returns.
   */
  replaceSource(name: string, data: TopologyData): void {
    this.sources.set(name, data);
    // one under way finishes first (restarting it on every change could starve it), then this
    if (this.sliced) this.changedDuringSlices = 'at-once';
    else this.startSliced();
  }

  /**
   * A source that reports on its own schedule (an agent's node snapshot every 30 s, the
   * Kubernetes watch): nothing happens when it says what it said before (no rebuild, no new
   * version, so nothing is pushed to the agents), and a change is merged at once only when the
   * last rebuild is long enough ago (REBUILD_GAP_FACTOR), else a little later, together with the
   * changes offered meanwhile. The rebuild runs in slices (REBUILD_SLICE_MS): 'rebuilt' when it
   * was done in the first, 'rebuilding' when it goes on in later turns. Until it is done lookups
   * answer from the model as it was.
   *
   * Measured at 1,000 nodes × 3 ENIs × 30 pods (fixtures/big-cluster.ts): a rebuild took 380–460
   * ms; every agent's unchanged snapshot made one (33 a second at 1,000 agents), and each new
   * version went to every agent, which rebuilt its own copy of the cluster part.
   */
  offerSource(name: string, data: TopologyData): OfferResult {
    const prev = this.sources.get(name);
    // the same object again may have been changed in place: only a distinct equal one is "unchanged"
    if (prev !== undefined && prev !== data && sameData(prev, data)) return 'unchanged';
    return this.offerChange(name, data);
  }

  /**
   * offerSource for a source its caller has compared already (the Kubernetes informers compare in
   * slices of their own): merged after the gap, in slices, without comparing it again.
   */
  offerChange(name: string, data: TopologyData): Exclude<OfferResult, 'unchanged'> {
    this.sources.set(name, data);
    if (this.sliced) {
      this.changedDuringSlices ??= 'after-gap';
      return 'deferred';
    }
    if (this.pendingRebuild) return 'deferred';
    const wait = this.lastRebuildAt + REBUILD_GAP_FACTOR * this.lastRebuildMs - performance.now();
    if (wait <= 0) return this.startSliced() ? 'rebuilt' : 'rebuilding';
    this.pendingRebuild = setTimeout(() => {
      this.pendingRebuild = undefined;
      this.startSliced();
    }, wait);
    this.pendingRebuild.unref();
    return 'deferred';
  }

  /** Rebuilds offered or replaced sources wait for, done now: tests, and a caller about to stop. */
  settle(): void {
    if (this.pendingRebuild || this.sliced) this.rebuildNow();
  }

  removeSource(name: string): void {
    if (this.sources.delete(name)) this.rebuildNow();
  }

  onChange(fn: () => void): void {
    this.listeners.push(fn);
  }

  /** Bumped on every change, so caches keyed on the model can tell they are stale. */
  get version(): number {
    return this.generation;
  }

  /** Whether a rebuild is under way in slices (lookups answer from the model before it). */
  get rebuilding(): boolean {
    return this.sliced !== undefined;
  }

  /** What the last rebuild put in place took of the event loop (bench/topology-size.ts). */
  get lastRebuild(): RebuildStats {
    return this.lastStats;
  }

  data(): TopologyData {
    return this.ix.merged;
  }

  /** Every source merged and indexed now, in one piece; a sliced rebuild under way is dropped for it. */
  private rebuildNow(): void {
    this.cancelPending();
    new SlicedTask(this.build([...this.sources.values()]), Infinity, (b, stats) => this.install(b, stats)).start();
  }

  /** Starts a sliced rebuild and runs its first slice: true when that was all of it. */
  private startSliced(): boolean {
    this.cancelPending();
    this.sliced = new SlicedTask(this.build([...this.sources.values()]), REBUILD_SLICE_MS, (b, stats) => this.slicedDone(b, stats));
    return this.sliced.start();
  }

  private slicedDone(b: Built, stats: RebuildStats): void {
    this.sliced = undefined;
    const again = this.changedDuringSlices;
    this.changedDuringSlices = undefined;
    this.install(b, stats);
    // (a listener may have started the next one already)
    if (again === undefined || this.pendingRebuild || this.sliced) return;
    // at once: in the next turn, so whoever is waiting for this version sees it first; after the
    // gap: as offerSource merges
    this.pendingRebuild = setTimeout(
      () => {
        this.pendingRebuild = undefined;
        this.startSliced();
      },
      again === 'at-once' ? 0 : REBUILD_GAP_FACTOR * stats.loopMs,
    );
    this.pendingRebuild.unref();
  }

  private cancelPending(): void {
    if (this.pendingRebuild) {
      clearTimeout(this.pendingRebuild);
      this.pendingRebuild = undefined;
    }
    this.sliced?.cancel();
    this.sliced = undefined;
    this.changedDuringSlices = undefined;
  }

  /** The new model put in place at once, then the listeners told. */
  private install(b: Built, stats: RebuildStats): void {
    this.ix = b;
    this.tableNames.clear();
    this.described.clear();
    this.generation++;
    this.lastRebuildAt = performance.now();
    this.lastRebuildMs = stats.loopMs;
    this.lastStats = stats;
    for (const fn of this.listeners) fn();
  }

  /**
   * The union of the sources, later ones refining earlier ones, and its indexes: a generator that
   * yields every RECORDS_PER_CHECK records so a sliced rebuild can look at the clock. It reads the
   * sources it is given and builds new objects only; the model in place is untouched until install.
   */
  private *build(sources: TopologyData[]): Generator<void, Built> {
    let n = 0;
    const nodes = new Map<string, NodeInfo>();
    const pods = new Map<string, PodInfo>();
    const services = new Map<string, ServiceInfo>();
    const externals = new Map<string, ExternalInfo>();
    const netns = new Map<string, NetnsInfo>();
    const cidrs = new Set<string>();
    for (const src of sources) {
      for (const nd of src.nodes) {
        if (++n % RECORDS_PER_CHECK === 0) yield;
        const prev = nodes.get(nd.name);
        if (!prev) {
          nodes.set(nd.name, { ...nd, enis: [...nd.enis] });
          continue;
        }
        // ENIs merge by device: a snapshot knows devices and tables, the API knows the node IP.
        const enis = new Map(prev.enis.map((e) => [e.ifname, e]));
        for (const e of nd.enis) enis.set(e.ifname, { ...enis.get(e.ifname), ...e });
        nodes.set(nd.name, {
          name: nd.name,
          ip: nd.ip || prev.ip,
          enis: [...enis.values()],
          hostNetns: nd.hostNetns ?? prev.hostNetns,
        });
      }
      for (const p of src.pods) {
        if (++n % RECORDS_PER_CHECK === 0) yield;
        const key = podKey(p);
        const prev = pods.get(key);
        pods.set(key, prev ? { ...prev, ...definedOnly(p), labels: { ...prev.labels, ...p.labels } } : { ...p });
      }
      for (const s of src.services) {
        if (++n % RECORDS_PER_CHECK === 0) yield;
        const key = podKey(s);
        const prev = services.get(key);
        // A source that knows no endpoints (a service list without endpointslices) keeps the old.
        services.set(key, prev && s.endpoints.length === 0 ? { ...s, endpoints: prev.endpoints } : s);
      }
      for (const e of src.externals) externals.set(e.ip, e);
      for (const ns of src.netns) {
        if (++n % RECORDS_PER_CHECK === 0) yield;
        netns.set(`${ns.node}|${ns.inode}`, { ...netns.get(`${ns.node}|${ns.inode}`), ...ns });
      }
      for (const c of src.vpcCidrs) cidrs.add(c);
    }
    // Pods learn their netns from netns records and vice versa.
    for (const ns of netns.values()) {
      if (++n % RECORDS_PER_CHECK === 0) yield;
      if (ns.pod) {
        const p = pods.get(ns.pod);
        if (p && !p.netns) p.netns = ns.inode;
      }
      if (ns.host) {
        const node = nodes.get(ns.node);
        if (node && !node.hostNetns) node.hostNetns = ns.inode;
      }
    }
    // A pod the API knows (IP, node) but no agent named: its netns is the one on its node holding
    // its IP. Agents need no Kubernetes API access for this (the chart gives them none).
    const netnsByIp = new Map<string, NetnsInfo>();
    for (const ns of netns.values()) {
      if (++n % RECORDS_PER_CHECK === 0) yield;
      if (!ns.host) for (const ip of ns.ips ?? []) netnsByIp.set(`${ns.node}|${ip}`, ns);
    }
    for (const p of pods.values()) {
      if (++n % RECORDS_PER_CHECK === 0) yield;
      if (p.netns || !p.node || !p.ip || p.hostNetwork) continue;
      const ns = netnsByIp.get(`${p.node}|${p.ip}`);
      if (!ns) continue;
      p.netns = ns.inode;
      ns.pod ??= podKey(p);
    }
    for (const p of pods.values()) {
      if (++n % RECORDS_PER_CHECK === 0) yield;
      if (p.netns && p.node && !netns.has(`${p.node}|${p.netns}`)) {
        netns.set(`${p.node}|${p.netns}`, { node: p.node, inode: p.netns, host: false, pod: podKey(p) });
      }
    }
    const m: TopologyData = {
      nodes: [...nodes.values()],
      pods: [...pods.values()],
      services: [...services.values()],
      externals: [...externals.values()],
      netns: [...netns.values()],
      vpcCidrs: [...cidrs],
    };
    const vpcBlocks: Built['vpcBlocks'] = [];
    for (const c of m.vpcCidrs) {
      const block = parseCidr(c);
      if (block) vpcBlocks.push({ network: block.network, mask: prefixMask(block.prefixLen) });
    }
    const b: Built = {
      merged: m,
      vpcBlocks,
      byIp: new Map(),
      nodes,
      pods,
      services,
      vipPort: new Map(),
      nodePorts: new Map(),
      lbPort: new Map(),
      netnsIdx: netns,
      vethIdx: new Map(),
      eniIdx: new Map(),
      tableIdx: new Map(),
    };
    for (const e of m.externals) {
      b.byIp.set(e.ip, { kind: 'external', external: e });
      if (e.publicIp) b.byIp.set(e.publicIp, { kind: 'external', external: e });
    }
    for (const nd of m.nodes) {
      if (++n % RECORDS_PER_CHECK === 0) yield;
      if (nd.ip) b.byIp.set(nd.ip, { kind: 'node', node: nd, eni: nd.enis.find((e) => e.ip === nd.ip) });
      for (const e of nd.enis) {
        b.byIp.set(e.ip, { kind: 'node', node: nd, eni: e });
        b.eniIdx.set(`${nd.name}|${e.ifname}`, e);
        b.tableIdx.set(`${nd.name}|${e.table}`, e);
      }
    }
    for (const s of m.services) {
      if (++n % RECORDS_PER_CHECK === 0) yield;
      if (s.clusterIP && s.clusterIP !== 'None') b.byIp.set(s.clusterIP, { kind: 'service', service: s });
      for (const p of s.ports) {
        if (s.clusterIP) b.vipPort.set(`${s.clusterIP}|${p.port}|${p.protocol}`, { service: s, port: p });
        const key = p.nodePort ? nodePortKey(p.nodePort, p.protocol) : undefined;
        if (key !== undefined) b.nodePorts.set(key, { service: s, port: p });
        for (const ip of s.loadBalancerIPs) b.lbPort.set(`${ip}|${p.port}|${p.protocol}`, { service: s, port: p });
      }
    }
    for (const p of m.pods) {
      if (++n % RECORDS_PER_CHECK === 0) yield;
      // Host-network pods share their node's address; the node owns it.
      if (!p.hostNetwork && p.ip) b.byIp.set(p.ip, { kind: 'pod', pod: p });
      if (p.node && !p.hostNetwork) b.vethIdx.set(`${p.node}|${p.hostVeth ?? vpcCniVethName(p.namespace, p.name)}`, p);
    }
    return b;
  }

  // ---------- lookups ----------

  owner(ip: string): IpOwner {
    const o = this.ix.byIp.get(ip);
    if (o) return o;
    if (isLoopback(ip)) return { kind: 'loopback' };
    return { kind: 'unknown' };
  }

  node(name: string): NodeInfo | undefined {
    return this.ix.nodes.get(name);
  }

  pod(key: string): PodInfo | undefined {
    return this.ix.pods.get(key);
  }

  service(key: string): ServiceInfo | undefined {
    return this.ix.services.get(key);
  }

  nodeNames(): string[] {
    return [...this.ix.nodes.keys()];
  }

  /** The node an address lives on: a pod's node, a node or ENI address. */
  nodeOfIp(ip: string): string | undefined {
    const o = this.owner(ip);
    if (o.kind === 'pod') return o.pod.node;
    if (o.kind === 'node') return o.node.name;
    return undefined;
  }

  serviceByVip(ip: string, port: number, protocol: number): { service: ServiceInfo; port: ServicePortInfo } | undefined {
    return this.ix.vipPort.get(`${ip}|${port}|${protocol}`);
  }

  serviceByNodePort(port: number, protocol: number): { service: ServiceInfo; port: ServicePortInfo } | undefined {
    const key = nodePortKey(port, protocol);
    return key === undefined ? undefined : this.ix.nodePorts.get(key);
  }

  serviceByLoadBalancer(ip: string, port: number, protocol: number): { service: ServiceInfo; port: ServicePortInfo } | undefined {
    return this.ix.lbPort.get(`${ip}|${port}|${protocol}`);
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
    // cidrContains over vpcCidrs, with each block parsed once per rebuild (build()): the stitcher asks this
    // for every packet from or to outside, and parsing the CIDR texts was most of its cost.
    const blocks = this.ix.vpcBlocks;
    if (blocks.length === 0) return false;
    const a = parseIpv4(ip);
    if (a === undefined) return false;
    for (let i = 0; i < blocks.length; i++) if ((a & blocks[i]!.mask) >>> 0 === blocks[i]!.network) return true;
    return false;
  }

  natGateway(): ExternalInfo | undefined {
    return this.ix.merged.externals.find((e) => e.kind === 'nat-gateway');
  }

  eni(node: string, ifname: string): EniInfo | undefined {
    return this.ix.eniIdx.get(`${node}|${ifname}`);
  }

  eniForTable(node: string, table: number): EniInfo | undefined {
    return this.ix.tableIdx.get(`${node}|${table}`);
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
    return this.ix.netnsIdx.get(`${node}|${inode}`);
  }

  podByVeth(node: string, ifname: string): PodInfo | undefined {
    return this.ix.vethIdx.get(`${node}|${ifname}`);
  }

  /** describeIp's answers for addresses the topology names (as many as it has): two or three made for every trace. */
  private readonly described = new Map<string, string>();

  /** Short human name of an address: "pod packetlab/toolbox-a", "service packetlab/echo-clusterip". */
  describeIp(ip: string): string {
    let name = this.described.get(ip);
    if (name === undefined) {
      name = this.describeOwner(ip);
      if (this.ix.byIp.has(ip)) this.described.set(ip, name);
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
    return this.ix.merged;
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
