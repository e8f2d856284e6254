/**
 * StateSource that reads a running lab live: `ip -n NETNS -j ...` and `ip netns exec NETNS
 * iptables-save` in the lab's node and pod namespaces. Read-only: it changes nothing anywhere.
 */
import { execa } from 'execa';
import { UserError } from '../common/errors.js';
import { hostVethName, netnsName } from '../lab/naming.js';
import { readLabState, type LabState } from '../lab/state.js';
import { findEnis, findHostVeth, parseNetnsState, podAddress, type NetnsState, type NodeState, type PodState, type StateSource } from './state.js';

async function run(argv: string[]): Promise<string> {
  const result = await execa(argv[0]!, argv.slice(1), { reject: false, timeout: 10_000 });
  if (result.exitCode !== 0) {
    throw new Error(`${argv.join(' ')} failed (exit ${result.exitCode}): ${String(result.stderr).trim()}`);
  }
  return String(result.stdout);
}

/** The five `ip -j` views of one netns, read concurrently. */
export async function readNetns(netns: string): Promise<NetnsState> {
  const ip = (...args: string[]): Promise<string> => run(['ip', '-n', netns, '-j', ...args]);
  const [links, addrs, routes, rules, neighbours] = await Promise.all([
    ip('-d', 'link', 'show'),
    ip('addr', 'show'),
    ip('route', 'show', 'table', 'all'),
    ip('rule', 'show'),
    ip('neigh', 'show'),
  ]);
  return parseNetnsState({ links, addrs, routes, rules, neighbours }, `netns ${netns}`);
}

export class LabStateSource implements StateSource {
  private readonly lab: LabState;

  constructor(readonly labName: string) {
    const lab = readLabState(labName);
    if (!lab) throw new UserError(`lab "${labName}" is not up (no state in /run/packetlife/labs/${labName})`);
    this.lab = lab;
  }

  async node(name: string): Promise<NodeState> {
    if (!this.lab.netns.some((n) => n.role === 'node' && n.node === name)) {
      throw new Error(`lab ${this.labName} has no node ${name}`);
    }
    const netns = netnsName.node(this.labName, name);
    const [host, iptables] = await Promise.all([readNetns(netns), run(['ip', 'netns', 'exec', netns, 'iptables-save'])]);
    return { name, host, iptables, enis: findEnis(host) };
  }

  async pod(pod: string): Promise<PodState> {
    const entry = this.lab.netns.find((n) => n.role === 'pod' && n.pod === pod);
    if (!entry?.node) throw new Error(`lab ${this.labName} has no pod ${pod}`);
    const [namespace, name] = pod.split('/') as [string, string];
    const netns = await readNetns(netnsName.pod(this.labName, namespace, name));
    const host = await readNetns(netnsName.node(this.labName, entry.node));
    return { pod, node: entry.node, netns, hostVeth: findHostVeth(host, podAddress(netns), hostVethName(namespace, name)) };
  }
}
