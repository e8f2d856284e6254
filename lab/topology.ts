/**
 * The lab's declarative topology: a YAML file parsed with `yaml` and validated with zod, so a
 * mistake is reported with the path of the field that is wrong
 * (`nodes[1].enis[0].ip: invalid IPv4 address "10.0.0.300"`), never as a half-built lab.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { UserError } from '../common/errors.js';
import { cidrContains, cidrOverlaps, isIpv4, parseCidr } from '../common/ipv4.js';
import { ROUTER_EDGE_IP } from './naming.js';

const ipv4 = z.string().refine(isIpv4, (v) => ({ message: `invalid IPv4 address "${String(v)}"` }));
const cidr = z.string().refine((v) => parseCidr(v) !== undefined, (v) => ({
  message: `invalid IPv4 CIDR "${String(v)}" (expected A.B.C.D/N)`,
}));
/** Kubernetes object names (DNS-1123 labels): they end up in netns names and DNS answers. */
const k8sName = z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'must be a DNS-1123 label (lowercase letters, digits, "-")').max(63);
const port = z.number().int().min(1).max(65535);
/** kube-proxy's default --service-node-port-range; a message names both bounds, whichever is crossed. */
const NODE_PORT_MIN = 30000;
const NODE_PORT_MAX = 32767;
const nodePortNumber = z.number().int().refine((v) => v >= NODE_PORT_MIN && v <= NODE_PORT_MAX, (v) => ({
  message: `${String(v)} is outside the NodePort range ${NODE_PORT_MIN}-${NODE_PORT_MAX}`,
}));
const labels = z.record(z.string(), z.string()).default({});

const eniSchema = z.object({
  ip: ipv4,
  subnet: cidr,
  /** Policy-routing table of this ENI: `main` for the primary ENI, a number for secondaries. */
  table: z.union([z.literal('main'), z.number().int().min(1).max(252)]),
}).strict();

const nodeSchema = z.object({
  /** EC2-style node name, e.g. ip-10-0-0-75; the node netns is plab-LAB-NAME. */
  name: k8sName,
  /** ENIs in attachment order: the first is the primary (device ens5), then ens6, ens7, ... */
  enis: z.array(eniSchema).min(1).max(8),
}).strict();

const podSchema = z.object({
  namespace: k8sName,
  name: k8sName,
  node: k8sName,
  /** The node device of the ENI this pod's IP belongs to (ens5 = primary). */
  eni: z.string().regex(/^ens([5-9]|1[0-2])$/, 'must be an ENI device name like ens5'),
  ip: ipv4,
  labels,
  /** The real server running in the pod: an HTTP echo server on :8080, a DNS server on :53, or nothing. */
  server: z.enum(['none', 'echo', 'dns']).default('none'),
}).strict();

const servicePortSchema = z.object({
  name: z.string().regex(/^([a-z0-9]([-a-z0-9]*[a-z0-9])?)?$/, 'must be empty or a DNS-1123 label').default(''),
  protocol: z.enum(['TCP', 'UDP']).default('TCP'),
  port,
  targetPort: port,
  nodePort: nodePortNumber.optional(),
}).strict();

const serviceSchema = z.object({
  namespace: k8sName,
  name: k8sName,
  type: z.enum(['ClusterIP', 'NodePort', 'LoadBalancer']).default('ClusterIP'),
  clusterIP: ipv4,
  /** Pods whose labels contain all of these are the endpoints; no selector = no endpoints (DNS only). */
  selector: z.record(z.string(), z.string()).optional(),
  ports: z.array(servicePortSchema).min(1),
  externalTrafficPolicy: z.enum(['Cluster', 'Local']).default('Cluster'),
  /** LoadBalancer + Local only: every node answers GET / on it, 200 with local endpoints, 503 without (kube-proxy's healthz). */
  healthCheckNodePort: nodePortNumber.optional(),
}).strict();

const nlbSchema = z.object({
  privateIp: ipv4,
  publicIp: ipv4,
  port,
  /** instance: DNAT to every node's NodePort, client IP preserved; ip: DNAT to pod IPs, SNAT to the NLB's private IP. */
  targetType: z.enum(['instance', 'ip']),
  /** namespace/name of the LoadBalancer service it fronts. */
  service: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must be NAMESPACE/NAME'),
}).strict();

const albSchema = z.object({
  privateIp: ipv4,
  publicIp: ipv4,
  port,
  /** IP targets: the pods selected by this service's selector, on its target port. */
  service: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must be NAMESPACE/NAME'),
}).strict();

/**
 * Deliberate breakage, for tests of claims that must FAIL on a broken cluster. Never set in a
 * topology meant to model a healthy cluster.
 */
const faultsSchema = z.object({
  /** Pods (ns/name) whose PERMANENT neighbour entry for 169.254.1.1 is left out: they cannot send. */
  omitGatewayNeighbour: z.array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must be NAMESPACE/NAME')).default([]),
  /** false: NodePort traffic is not marked for masquerade (the echo server sees the real client). */
  nodePortMasquerade: z.boolean().default(true),
  /** A pod (ns/name) whose KUBE-SEP jump has probability 0: kube-proxy never chooses it. */
  endpointNeverChosen: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must be NAMESPACE/NAME').optional(),
}).strict().default({});

export const topologySchema = z.object({
  vpc: z.object({
    cidr,
    subnets: z.array(z.object({ cidr, gateway: ipv4 }).strict()).min(1),
  }).strict(),
  serviceCidr: cidr,
  clusterDomain: z.string().default('cluster.local'),
  vpcCni: z.object({ externalSnat: z.boolean().default(false) }).strict().default({}),
  nodes: z.array(nodeSchema).min(1).max(16),
  pods: z.array(podSchema).default([]),
  services: z.array(serviceSchema).default([]),
  natGateway: z.object({ privateIp: ipv4, publicIp: ipv4 }).strict(),
  internet: z.object({ ip: ipv4, checkipPort: port.default(80) }).strict(),
  loadBalancers: z.object({ nlb: nlbSchema.optional(), alb: albSchema.optional() }).strict().default({}),
  faults: faultsSchema,
}).strict();

export type LabTopology = z.infer<typeof topologySchema>;
export type NodeSpec = LabTopology['nodes'][number];
export type EniSpec = NodeSpec['enis'][number];
export type PodSpec = LabTopology['pods'][number];
export type ServiceSpec = LabTopology['services'][number];
export type ServicePortSpec = ServiceSpec['ports'][number];

/** The device name of the Nth ENI of a node, as EC2 Nitro instances name them. */
export function eniDevice(index: number): string {
  return `ens${5 + index}`;
}

/** The default topology lives next to the source, not in dist/: find it from either place. */
function defaultTopologyPath(): string {
  // dist/lab/topology.js -> ../../lab/topologies/default.yaml
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'topologies', 'default.yaml'), join(here, '..', '..', 'lab', 'topologies', 'default.yaml')];
  for (const c of candidates) {
    try {
      readFileSync(c);
      return c;
    } catch {
      // try the next place
    }
  }
  return candidates[0]!;
}

/** The file `lab up` uses when no --topology is given. */
export function defaultTopologyFile(): string {
  return defaultTopologyPath();
}

export function loadTopology(path?: string): LabTopology {
  const file = path ?? defaultTopologyPath();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UserError(`cannot read topology file ${file}: ${(err as Error).message}`);
  }
  return parseTopology(text, file);
}

function formatPath(path: (string | number)[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? p : `.${p}`;
  return out || '(top level)';
}

export function parseTopology(text: string, source: string): LabTopology {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (err) {
    const msg = err instanceof YAMLParseError ? err.message : String(err);
    throw new UserError(`${source}: invalid YAML: ${msg}`);
  }
  const result = topologySchema.safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
    throw new UserError(`${source}: invalid topology:\n  ${lines.join('\n  ')}`);
  }
  const problems = crossCheck(result.data);
  if (problems.length > 0) throw new UserError(`${source}: invalid topology:\n  ${problems.join('\n  ')}`);
  return result.data;
}

/** What the cross-checks share: the topology, the problems found so far, the addresses claimed. */
export interface CrossCheckContext {
  t: LabTopology;
  vpc: string;
  problems: string[];
  /** Records that `where` uses `ip`; a second user of one address is a problem. */
  claimIp(ip: string, where: string): void;
  /** Pod keys (namespace/name), filled by checkPods. */
  podKeys: Set<string>;
}

export function crossCheckContext(t: LabTopology): CrossCheckContext {
  const problems: string[] = [];
  const seenIps = new Map<string, string>();
  // The router's own addresses are taken before anything else can claim them.
  seenIps.set(ROUTER_EDGE_IP, "the VPC router's link to the NAT gateway and load balancers");
  return {
    t,
    vpc: t.vpc.cidr,
    problems,
    claimIp(ip, where) {
      const prev = seenIps.get(ip);
      if (prev) problems.push(`${where}: address ${ip} already used by ${prev}`);
      else seenIps.set(ip, where);
    },
    podKeys: new Set<string>(),
  };
}

/** A ClusterIP inside the VPC would be routed to a pod or node that owns it, not DNATed. */
export function checkServiceCidr(ctx: CrossCheckContext): void {
  if (cidrOverlaps(ctx.vpc, ctx.t.serviceCidr)) ctx.problems.push(`serviceCidr: ${ctx.t.serviceCidr} overlaps the VPC ${ctx.vpc}`);
}

/** Subnets inside the VPC, each gateway inside its subnet. */
export function checkSubnets(ctx: CrossCheckContext): void {
  const { t, vpc, problems, claimIp } = ctx;
  t.vpc.subnets.forEach((s, i) => {
    if (!cidrContains(vpc, s.cidr.split('/')[0]!)) problems.push(`vpc.subnets[${i}].cidr: ${s.cidr} is outside the VPC ${vpc}`);
    if (!cidrContains(s.cidr, s.gateway)) problems.push(`vpc.subnets[${i}].gateway: ${s.gateway} is outside ${s.cidr}`);
    claimIp(s.gateway, `vpc.subnets[${i}].gateway`);
  });
}

/** Unique node names; per node, the primary ENI on main, secondaries on their own tables, in their subnets. */
export function checkNodes(ctx: CrossCheckContext): void {
  const { t, problems, claimIp } = ctx;
  const nodeNames = new Set<string>();
  t.nodes.forEach((n, ni) => {
    if (nodeNames.has(n.name)) problems.push(`nodes[${ni}].name: duplicate node "${n.name}"`);
    nodeNames.add(n.name);
    const tables = new Set<number>();
    n.enis.forEach((e, ei) => {
      const at = `nodes[${ni}].enis[${ei}]`;
      if (ei === 0 && e.table !== 'main') problems.push(`${at}.table: the primary ENI uses the main table`);
      if (ei > 0 && e.table === 'main') problems.push(`${at}.table: a secondary ENI needs its own table number`);
      if (typeof e.table === 'number') {
        if (tables.has(e.table)) problems.push(`${at}.table: table ${e.table} used twice on node ${n.name}`);
        tables.add(e.table);
      }
      if (!t.vpc.subnets.some((s) => s.cidr === e.subnet)) problems.push(`${at}.subnet: ${e.subnet} is not one of vpc.subnets`);
      if (!cidrContains(e.subnet, e.ip)) problems.push(`${at}.ip: ${e.ip} is outside its subnet ${e.subnet}`);
      claimIp(e.ip, `${at}.ip`);
    });
  });
}

/** Unique pods on existing nodes and ENIs, addressed inside the VPC. */
export function checkPods(ctx: CrossCheckContext): void {
  const { t, vpc, problems, claimIp } = ctx;
  const podKeys = ctx.podKeys;
  t.pods.forEach((p, pi) => {
    const at = `pods[${pi}]`;
    const key = `${p.namespace}/${p.name}`;
    if (podKeys.has(key)) problems.push(`${at}: duplicate pod ${key}`);
    podKeys.add(key);
    const node = t.nodes.find((n) => n.name === p.node);
    if (!node) problems.push(`${at}.node: no node named "${p.node}"`);
    else if (!node.enis.some((_, i) => eniDevice(i) === p.eni)) {
      problems.push(`${at}.eni: node ${p.node} has no ENI ${p.eni} (it has ${node.enis.map((_, i) => eniDevice(i)).join(', ')})`);
    }
    if (!cidrContains(vpc, p.ip)) problems.push(`${at}.ip: ${p.ip} is outside the VPC ${vpc}`);
    claimIp(p.ip, `${at}.ip`);
  });
}

/** Unique services with ClusterIPs in serviceCidr, node ports where the type needs them, no port twice. */
export function checkServices(ctx: CrossCheckContext): void {
  const { t, problems, claimIp } = ctx;
  const svcKeys = new Set<string>();
  const nodePorts = new Map<number, string>();
  t.services.forEach((s, si) => {
    const at = `services[${si}]`;
    const key = `${s.namespace}/${s.name}`;
    if (svcKeys.has(key)) problems.push(`${at}: duplicate service ${key}`);
    svcKeys.add(key);
    if (!cidrContains(t.serviceCidr, s.clusterIP)) problems.push(`${at}.clusterIP: ${s.clusterIP} is outside serviceCidr ${t.serviceCidr}`);
    claimIp(s.clusterIP, `${at}.clusterIP`);
    if (s.healthCheckNodePort !== undefined) {
      if (s.type !== 'LoadBalancer' || s.externalTrafficPolicy !== 'Local') {
        problems.push(`${at}.healthCheckNodePort: only a LoadBalancer service with externalTrafficPolicy Local has one`);
      }
      const owner = nodePorts.get(s.healthCheckNodePort);
      if (owner) problems.push(`${at}.healthCheckNodePort: ${s.healthCheckNodePort} already used by ${owner}`);
      nodePorts.set(s.healthCheckNodePort, key);
    }
    s.ports.forEach((p, pi) => {
      if (s.type !== 'ClusterIP' && p.nodePort === undefined) problems.push(`${at}.ports[${pi}].nodePort: required for a ${s.type} service`);
      if (s.type === 'ClusterIP' && p.nodePort !== undefined) problems.push(`${at}.ports[${pi}].nodePort: a ClusterIP service has no node port`);
      if (p.nodePort !== undefined) {
        const owner = nodePorts.get(p.nodePort);
        if (owner) problems.push(`${at}.ports[${pi}].nodePort: ${p.nodePort} already used by ${owner}`);
        nodePorts.set(p.nodePort, key);
      }
      if (s.ports.length > 1 && p.name === '') problems.push(`${at}.ports[${pi}].name: required when a service has several ports`);
    });
  });
}

/** The NAT gateway, the internet and the load balancers: private sides in the VPC, public sides from documentation ranges. */
export function checkExternals(ctx: CrossCheckContext): void {
  const { t, vpc, problems, claimIp } = ctx;
  const outside = (ip: string, where: string): void => {
    if (cidrContains(vpc, ip)) problems.push(`${where}: ${ip} must be outside the VPC ${vpc}`);
  };
  const documentation = (ip: string, where: string): void => {
    if (!cidrContains('198.51.100.0/24', ip) && !cidrContains('203.0.113.0/24', ip)) {
      problems.push(`${where}: ${ip} must come from a documentation range (198.51.100.0/24 or 203.0.113.0/24)`);
    }
  };
  const privateBox = (ip: string, where: string): void => {
    if (!cidrContains(vpc, ip)) problems.push(`${where}: ${ip} must be inside the VPC ${vpc}`);
    claimIp(ip, where);
  };
  privateBox(t.natGateway.privateIp, 'natGateway.privateIp');
  documentation(t.natGateway.publicIp, 'natGateway.publicIp');
  documentation(t.internet.ip, 'internet.ip');
  claimIp(t.natGateway.publicIp, 'natGateway.publicIp');
  claimIp(t.internet.ip, 'internet.ip');
  const lbService = (ref: string, where: string, type?: string): void => {
    const svc = t.services.find((s) => `${s.namespace}/${s.name}` === ref);
    if (!svc) problems.push(`${where}: no service ${ref}`);
    else if (type && svc.type !== type) problems.push(`${where}: service ${ref} is ${svc.type}, not ${type}`);
    else if (!svc.selector) problems.push(`${where}: service ${ref} has no selector, so no targets`);
  };
  const { nlb, alb } = t.loadBalancers;
  if (nlb) {
    privateBox(nlb.privateIp, 'loadBalancers.nlb.privateIp');
    documentation(nlb.publicIp, 'loadBalancers.nlb.publicIp');
    claimIp(nlb.publicIp, 'loadBalancers.nlb.publicIp');
    lbService(nlb.service, 'loadBalancers.nlb.service', 'LoadBalancer');
  }
  if (alb) {
    privateBox(alb.privateIp, 'loadBalancers.alb.privateIp');
    documentation(alb.publicIp, 'loadBalancers.alb.publicIp');
    claimIp(alb.publicIp, 'loadBalancers.alb.publicIp');
    lbService(alb.service, 'loadBalancers.alb.service');
  }
  outside(t.internet.ip, 'internet.ip');
}

/** Faults name pods that exist. */
export function checkFaults(ctx: CrossCheckContext): void {
  const { t, problems } = ctx;
  t.faults.omitGatewayNeighbour.forEach((ref, i) => {
    if (!ctx.podKeys.has(ref)) problems.push(`faults.omitGatewayNeighbour[${i}]: no pod ${ref}`);
  });
  if (t.faults.endpointNeverChosen && !ctx.podKeys.has(t.faults.endpointNeverChosen)) {
    problems.push(`faults.endpointNeverChosen: no pod ${t.faults.endpointNeverChosen}`);
  }
}

/** Rules zod cannot see field by field: references between sections, uniqueness, containment. */
export function crossCheck(t: LabTopology): string[] {
  const ctx = crossCheckContext(t);
  // In this order: the problems read in the order of the file's sections.
  checkServiceCidr(ctx);
  checkSubnets(ctx);
  checkNodes(ctx);
  checkPods(ctx);
  checkServices(ctx);
  checkExternals(ctx);
  checkFaults(ctx);
  return ctx.problems;
}
