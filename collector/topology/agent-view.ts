/**
 * What an agent needs of the collector's topology to build its node's segments, in two parts
 * (issue 11: the whole topology of a 1,000-node cluster is ~20 MB of JSON, past the agents'
 * 4 MiB frame limit):
 *
 * - the cluster part, the same for every agent: who owns an address (every node and ENI, every
 *   pod by name and IP, every service with its ports, NodePorts, load-balancer addresses and
 *   endpoints' readiness and node, the externals, the VPC ranges). NAT reasons, drop meanings and
 *   "delivered" need them for any address a packet on this node may carry. Left out: labels,
 *   netns records, per-pod devices, endpoint names and ports, subnets — the agent's correlator
 *   never asks for them (collector/correlate: place, owner, describeIp, serviceBy*, eni,
 *   tableName, pod(...).ip, endpoints' ready and node).
 * - the node part, per agent: its node, its netns and its pods in full (devices, netns), which
 *   name its places.
 *
 * `joinParts(clusterPart(d), nodePart(d, node))` answers every question the agent's correlator
 * asks on `node` as `d` does (test/collector/agent-topology.test.ts runs the walks both ways).
 *
 * API
 *   clusterPart(data): TopologyData       the shared part
 *   nodeParts(data): (node) => TopologyData  the per-node parts, indexed once
 *   clusterPartSteps, nodePartsSteps      the same as generators, for a SlicedTask (agent-feed.ts)
 *   joinParts(cluster, node): TopologyData   what the agent models (agent side)
 */
import type { EndpointInfo, NetnsInfo, NodeInfo, PodInfo, ServiceInfo, TopologyData } from './model.js';
import { podKey } from './model.js';
import { mapSteps, RECORDS_PER_YIELD, runToEnd } from '../../common/sliced-task.js';

function slimNode(n: NodeInfo): NodeInfo {
  return { name: n.name, ip: n.ip, enis: n.enis.map((e) => ({ node: e.node, ifname: e.ifname, ip: e.ip, table: e.table, primary: e.primary })) };
}

function slimPod(p: PodInfo): PodInfo {
  // the model indexes a pod by IP unless it is on the host network (its node owns the address)
  return { namespace: p.namespace, name: p.name, ip: p.ip, labels: {}, ...(p.hostNetwork ? { hostNetwork: true } : {}) };
}

function slimEndpoint(e: EndpointInfo): EndpointInfo {
  // kube-proxy's verdicts on a drop: whether a service has ready endpoints, and on which node
  return { ip: '', ready: e.ready, ports: [], ...(e.node !== undefined ? { node: e.node } : {}) };
}

function slimService(s: ServiceInfo): ServiceInfo {
  return { ...s, endpoints: s.endpoints.map(slimEndpoint) };
}

export function clusterPart(d: TopologyData): TopologyData {
  return runToEnd(clusterPartSteps(d));
}

/** clusterPart in steps a SlicedTask can run (common/sliced-task.ts): the feed makes it on the collector's loop. */
export function* clusterPartSteps(d: TopologyData): Generator<void, TopologyData> {
  return {
    nodes: yield* mapSteps(d.nodes, slimNode),
    pods: yield* mapSteps(d.pods, slimPod),
    services: yield* mapSteps(d.services, slimService),
    externals: d.externals,
    netns: [],
    vpcCidrs: d.vpcCidrs,
  };
}

/** The per-node parts of one topology: indexed by node in one pass, each made when asked. */
export function nodeParts(d: TopologyData): (node: string) => TopologyData {
  return runToEnd(nodePartsSteps(d));
}

/** nodeParts in steps a SlicedTask can run. */
export function* nodePartsSteps(d: TopologyData): Generator<void, (node: string) => TopologyData> {
  const pods = new Map<string, PodInfo[]>();
  const netns = new Map<string, NetnsInfo[]>();
  let n = 0;
  for (const p of d.pods) {
    if (++n % RECORDS_PER_YIELD === 0) yield;
    if (p.node !== undefined) (pods.get(p.node) ?? pods.set(p.node, []).get(p.node)!).push(p);
  }
  for (const ns of d.netns) {
    if (++n % RECORDS_PER_YIELD === 0) yield;
    (netns.get(ns.node) ?? netns.set(ns.node, []).get(ns.node)!).push(ns);
  }
  const nodes = new Map(d.nodes.map((nd) => [nd.name, nd]));
  return (node) => {
    const n = nodes.get(node);
    return { nodes: n ? [n] : [], pods: pods.get(node) ?? [], services: [], externals: [], netns: netns.get(node) ?? [], vpcCidrs: [] };
  };
}

/** The agent's model of the topology: the cluster part, with its own node's records in full. */
export function joinParts(cluster: TopologyData, node: TopologyData): TopologyData {
  const ownNodes = new Map(node.nodes.map((n) => [n.name, n]));
  const ownPods = new Map(node.pods.map((p) => [podKey(p), p]));
  const pods = cluster.pods.map((p) => {
    const key = podKey(p);
    const own = ownPods.get(key);
    if (own) ownPods.delete(key);
    return own ?? p;
  });
  return {
    nodes: cluster.nodes.map((n) => ownNodes.get(n.name) ?? n),
    pods: [...pods, ...ownPods.values()],
    services: cluster.services,
    externals: cluster.externals,
    netns: node.netns,
    vpcCidrs: cluster.vpcCidrs,
  };
}
