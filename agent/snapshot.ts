/**
 * The node topology snapshot: every network namespace the agent may see, and in each the JSON
 * of `ip -j` for links (with veth peers via -d), addresses, routes of every table, rules and
 * neighbours; iptables nat and mangle of the node's own netns; the node's pods. Shaped like
 * proto `TopologySnapshot` (snapshotToProto converts), with netns inodes as decimal strings.
 *
 * Scope:
 *  - whole node: every netns in /var/run/netns plus every /proc/PID/ns/net (unnamed ones are
 *    entered through /proc/PID/ns/net with nsenter); the root netns is the host.
 *  - lab (`{ lab, node }`): the lab node's netns is the host and the pods are the ones the lab
 *    state places on that node; nothing outside the lab is read.
 */
import { existsSync, readdirSync, readlinkSync, statSync } from 'node:fs';
import Long from 'long';
import { packetlife } from '../proto/generated/packetlife.js';
import { readLabState, type LabState } from '../lab/state.js';
import { UserError } from '../common/errors.js';
import { childLog } from '../common/log.js';
import { runCommand } from './run-command.js';

const log = childLog('agent.snapshot');

export interface NetnsSnapshot {
  inode: string;
  name: string; // /var/run/netns name, "host", or "pid:N" for an unnamed one
  host: boolean;
  linksJson: string;
  addrsJson: string;
  routesJson: string;
  rulesJson: string;
  neighboursJson: string;
}

export interface PodSnapshot {
  namespace: string;
  name: string;
  ip: string;
  netns: string; // inode, "0" when not found on this node
  labels: Record<string, string>;
}

export interface NodeSnapshot {
  node: string;
  takenUnixNs: bigint;
  netns: NetnsSnapshot[];
  iptablesNat: string;
  iptablesMangle: string;
  pods: PodSnapshot[];
  generation: number;
}

export type SnapshotScope =
  | { kind: 'node'; node: string }
  | { kind: 'lab'; lab: string; node: string }
  /** An explicit set of named netns (tests, ad-hoc setups); the first one is the host. */
  | { kind: 'netns'; node: string; names: string[] };

/** Where a netns can be entered from: a name under /var/run/netns, a /proc path, or the root. */
interface NetnsHandle {
  inode: string;
  name: string;
  host: boolean;
  enter: string[]; // argv prefix that runs a command inside it
}

const NETNS_DIR = '/var/run/netns';

function inodeOfPath(path: string): string | undefined {
  try {
    return String(statSync(path).ino);
  } catch {
    return undefined;
  }
}

/** Every netns on the node: named ones first (nicer names), then unnamed ones seen in /proc. */
export function listNodeNetns(): NetnsHandle[] {
  const byInode = new Map<string, NetnsHandle>();
  // The node's own netns is the agent's: it runs with hostNetwork (DaemonSet) or on the host.
  // (/proc/1/ns/net is not always readable, e.g. inside a sandbox.)
  const rootInode = inodeOfPath('/proc/self/ns/net');
  if (rootInode) byInode.set(rootInode, { inode: rootInode, name: 'host', host: true, enter: [] });
  let names: string[] = [];
  try {
    names = readdirSync(NETNS_DIR);
  } catch {
    /* no named netns */
  }
  for (const name of names.sort()) {
    const inode = inodeOfPath(`${NETNS_DIR}/${name}`);
    if (inode && !byInode.has(inode)) byInode.set(inode, { inode, name, host: false, enter: ['ip', 'netns', 'exec', name] });
  }
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    let link: string;
    try {
      link = readlinkSync(`/proc/${pid}/ns/net`);
    } catch {
      continue; // the process ended, or is a kernel thread we may not read
    }
    const inode = /^net:\[(\d+)\]$/.exec(link)?.[1];
    if (inode && !byInode.has(inode)) {
      byInode.set(inode, { inode, name: `pid:${pid}`, host: false, enter: ['nsenter', `--net=/proc/${pid}/ns/net`] });
    }
  }
  return [...byInode.values()];
}

async function run(enter: string[], argv: string[]): Promise<string> {
  const full = [...enter, ...argv];
  const result = await runCommand(full[0]!, full.slice(1), { timeoutMs: 10_000 });
  if (result.exitCode !== 0) {
    log.warn({ argv: full, exitCode: result.exitCode, stderr: result.stderr }, 'snapshot command failed');
    return '';
  }
  return result.stdout;
}

/**
 * Runs `ip -j` commands in one `ip -batch` process: one JSON document a command, a line each.
 * Undefined when the batch failed or its output does not split into one document a command (the
 * caller then runs them one by one, as before).
 */
async function runIpBatch(enter: string[], commands: string[]): Promise<string[] | undefined> {
  const full = [...enter, 'ip', '-j', '-batch', '-'];
  const result = await runCommand(full[0]!, full.slice(1), { timeoutMs: 10_000, input: `${commands.join('\n')}\n` });
  if (result.exitCode !== 0) return undefined;
  // `ip -j` prints each command's array on one line; the snapshot's readers parse them (once)
  const docs = result.stdout.split('\n').filter((l) => l.trim() !== '');
  if (docs.length !== commands.length || !docs.every((d) => d.startsWith('[') && d.trimEnd().endsWith(']'))) return undefined;
  return docs;
}

/** The node's state commands other than links (which need `-d`, a global option in batch mode). */
const STATE_COMMANDS = ['addr show', 'route show table all', 'rule show', 'neigh show'];

/**
 * One command at a time: a snapshot is 5 commands per netns (each an `ip netns exec`, which
 * sets up a mount namespace), and started all at once on a node with a few CPUs they took the
 * CPUs from bpftrace and the agent for a second every snapshot (measured in the lab at load ≈ 9:
 * the agents' event loops 0.8–1.25 s late, packet → trace 1.3 s for the traces of that second).
 * One after another they take the same CPU time, spread out, and the agent's loop turns between them.
 * And two processes per netns, not five: the four commands without `-d` go in one `ip -batch`
 * (each process start, `ip netns exec` with its mount namespace, costs more than the command).
 */
async function netnsState(h: NetnsHandle): Promise<NetnsSnapshot> {
  const links = await run(h.enter, ['ip', '-j', '-d', 'link']);
  const batch = await runIpBatch(h.enter, STATE_COMMANDS);
  const [addrs, routes, rules, neigh] = batch ?? [
    await run(h.enter, ['ip', '-j', 'addr']),
    await run(h.enter, ['ip', '-j', 'route', 'show', 'table', 'all']),
    await run(h.enter, ['ip', '-j', 'rule']),
    await run(h.enter, ['ip', '-j', 'neigh']),
  ];
  return {
    inode: h.inode,
    name: h.name,
    host: h.host,
    linksJson: links || '[]',
    addrsJson: addrs || '[]',
    routesJson: routes || '[]',
    rulesJson: rules || '[]',
    neighboursJson: neigh || '[]',
  };
}

function labScope(state: LabState, node: string): { handles: NetnsHandle[]; pods: PodSnapshot[] } {
  const nodeNs = state.netns.find((n) => n.role === 'node' && n.node === node);
  if (!nodeNs) {
    const nodes = state.netns.filter((n) => n.role === 'node').map((n) => n.node);
    throw new UserError(`lab "${state.name}" has no node "${node}" (nodes: ${nodes.join(', ')})`);
  }
  const podNs = state.netns.filter((n) => n.role === 'pod' && n.node === node);
  const handles: NetnsHandle[] = [
    { inode: nodeNs.inode, name: nodeNs.name, host: true, enter: ['ip', 'netns', 'exec', nodeNs.name] },
    ...podNs.map((n) => ({ inode: n.inode, name: n.name, host: false, enter: ['ip', 'netns', 'exec', n.name] })),
  ];
  const pods: PodSnapshot[] = state.topology.pods
    .filter((p) => p.node === node)
    .map((p) => ({
      namespace: p.namespace,
      name: p.name,
      ip: p.ip,
      netns: podNs.find((n) => n.pod === `${p.namespace}/${p.name}`)?.inode ?? '0',
      labels: { ...((p as { labels?: Record<string, string> }).labels ?? {}) },
    }));
  return { handles, pods };
}

/** The netns inodes an agent with this scope may report (empty: the whole node). */
function namedScope(names: string[]): NetnsHandle[] {
  return names.map((name, i) => {
    const inode = inodeOfPath(`${NETNS_DIR}/${name}`);
    if (!inode) throw new UserError(`no network namespace named "${name}" in ${NETNS_DIR}`);
    return { inode, name, host: i === 0, enter: ['ip', 'netns', 'exec', name] };
  });
}

export function scopeNetnsInodes(scope: SnapshotScope): string[] {
  if (scope.kind === 'node') return [];
  if (scope.kind === 'netns') return namedScope(scope.names).map((h) => h.inode);
  const state = readLabState(scope.lab);
  if (!state) throw new UserError(`lab "${scope.lab}" is not up (no state file); run "packetlife lab up --name ${scope.lab}"`);
  return labScope(state, scope.node).handles.map((h) => h.inode);
}

const SERVICE_ACCOUNT_TOKEN = '/var/run/secrets/kubernetes.io/serviceaccount/token';

/** Pods of this node from the Kubernetes API (in-cluster or kubeconfig); [] when unreachable. */
let kubeWarned = false;

export async function kubernetesPods(node: string): Promise<PodSnapshot[]> {
  // Only with a service account token or an explicit kubeconfig: a bare host has no pods, and the
  // chart mounts no token into agents (the collector places API pods by the netns addresses).
  if (!process.env.KUBECONFIG && !(process.env.KUBERNETES_SERVICE_HOST && existsSync(SERVICE_ACCOUNT_TOKEN))) return [];
  try {
    const k8s = await import('@kubernetes/client-node');
    const kc = new k8s.KubeConfig();
    kc.loadFromDefault();
    const api = kc.makeApiClient(k8s.CoreV1Api);
    const list = await api.listPodForAllNamespaces({ fieldSelector: `spec.nodeName=${node}` });
    return list.items
      .filter((p) => p.status?.podIP && !p.spec?.hostNetwork)
      .map((p) => ({
        namespace: p.metadata?.namespace ?? '',
        name: p.metadata?.name ?? '',
        ip: p.status!.podIP!,
        netns: '0',
        labels: p.metadata?.labels ?? {},
      }));
  } catch (err) {
    if (!kubeWarned) log.warn({ err: String(err) }, 'cannot list pods from the Kubernetes API; snapshot has no pods');
    kubeWarned = true;
    return [];
  }
}

/** Finds each pod's netns by its IP among the netns addresses (the API does not say). */
function placePods(pods: PodSnapshot[], netns: NetnsSnapshot[]): void {
  const netnsOfIp = new Map<string, string>();
  for (const ns of netns) {
    if (ns.host) continue;
    try {
      for (const link of JSON.parse(ns.addrsJson) as Array<{ addr_info?: Array<{ family?: string; local?: string }> }>) {
        for (const a of link.addr_info ?? []) if (a.family === 'inet' && a.local) netnsOfIp.set(a.local, ns.inode);
      }
    } catch {
      /* unparsable ip output was already logged as empty */
    }
  }
  for (const pod of pods) if (pod.netns === '0') pod.netns = netnsOfIp.get(pod.ip) ?? '0';
}

let generation = 0;

export async function takeSnapshot(scope: SnapshotScope): Promise<NodeSnapshot> {
  let handles: NetnsHandle[];
  let pods: PodSnapshot[];
  if (scope.kind === 'lab') {
    const state = readLabState(scope.lab);
    if (!state) throw new UserError(`lab "${scope.lab}" is not up (no state file)`);
    ({ handles, pods } = labScope(state, scope.node));
  } else if (scope.kind === 'netns') {
    handles = namedScope(scope.names);
    pods = [];
  } else {
    handles = listNodeNetns();
    pods = await kubernetesPods(scope.node);
  }
  const netns: NetnsSnapshot[] = [];
  for (const h of handles) netns.push(await netnsState(h)); // one at a time: see netnsState
  const host = handles.find((h) => h.host);
  const iptablesNat = host ? await run(host.enter, ['iptables-save', '-t', 'nat']) : '';
  const iptablesMangle = host ? await run(host.enter, ['iptables-save', '-t', 'mangle']) : '';
  placePods(pods, netns);
  return {
    node: scope.node,
    takenUnixNs: BigInt(Date.now()) * 1_000_000n,
    netns,
    iptablesNat,
    iptablesMangle,
    pods,
    generation: ++generation,
  };
}

export function snapshotToProto(s: NodeSnapshot): packetlife.v1.ITopologySnapshot {
  return {
    node: s.node,
    takenUnixNs: Long.fromString(s.takenUnixNs.toString(), true),
    netns: s.netns.map((n) => ({
      inode: Long.fromString(n.inode, true),
      name: n.name,
      host: n.host,
      linksJson: n.linksJson,
      addrsJson: n.addrsJson,
      routesJson: n.routesJson,
      rulesJson: n.rulesJson,
      neighboursJson: n.neighboursJson,
    })),
    iptablesNat: s.iptablesNat,
    iptablesMangle: s.iptablesMangle,
    pods: s.pods.map((p) => ({ namespace: p.namespace, name: p.name, ip: p.ip, netns: Long.fromString(p.netns, true), labels: p.labels })),
    generation: Long.fromNumber(s.generation, true),
  };
}

/** Names for the enricher: (netns, ifindex) → device name and netns → pod. */
export interface NameBook {
  ifnames: Map<string, string>; // `${netns}:${ifindex}`
  pods: Map<string, string>; // netns → "namespace/name"
  /** netns → every gateway its routes (all tables) name: validates route-lookup gateways. */
  gateways: Map<string, Set<string>>;
  /** netns → its device names. */
  devices: Map<string, Set<string>>;
}

export function nameBookFromSnapshot(s: NodeSnapshot): NameBook {
  const ifnames = new Map<string, string>();
  const devices = new Map<string, Set<string>>();
  for (const ns of s.netns) {
    const names = new Set<string>();
    try {
      for (const link of JSON.parse(ns.linksJson) as Array<{ ifindex?: number; ifname?: string }>) {
        if (link.ifindex !== undefined && link.ifname) ifnames.set(`${ns.inode}:${link.ifindex}`, link.ifname);
        if (link.ifname) names.add(link.ifname);
      }
    } catch {
      /* empty */
    }
    devices.set(ns.inode, names);
  }
  const gateways = new Map<string, Set<string>>();
  for (const ns of s.netns) {
    const set = new Set<string>();
    try {
      for (const route of JSON.parse(ns.routesJson) as Array<{ gateway?: string; nexthops?: Array<{ gateway?: string }> }>) {
        if (route.gateway) set.add(route.gateway);
        for (const hop of route.nexthops ?? []) if (hop.gateway) set.add(hop.gateway);
      }
    } catch {
      /* empty */
    }
    gateways.set(ns.inode, set);
  }
  const pods = new Map<string, string>();
  for (const p of s.pods) if (p.netns !== '0') pods.set(p.netns, `${p.namespace}/${p.name}`);
  return { ifnames, pods, gateways, devices };
}
