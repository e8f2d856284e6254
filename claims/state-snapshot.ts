/**
 * StateSource over agents' TopologySnapshots (proto/packetlife.proto): what the collector holds
 * for every node. The snapshot carries `iptables-save -t nat` and `-t mangle` separately; they are
 * joined into one iptables-save text, which is what the iptables matcher reads.
 */
import { hostVethName } from '../lab/naming.js';
import type { packetlife } from '../proto/generated/packetlife.js';
import { findEnis, findHostVeth, parseNetnsState, podAddress, type NetnsState, type NodeState, type PodState, type StateSource } from './state.js';

type Snapshot = packetlife.v1.ITopologySnapshot;
type SnapshotNetns = packetlife.v1.INetnsState;

function netnsOf(ns: SnapshotNetns, where: string): NetnsState {
  return parseNetnsState(
    {
      links: ns.linksJson ?? '',
      addrs: ns.addrsJson ?? '',
      routes: ns.routesJson ?? '',
      rules: ns.rulesJson ?? '',
      neighbours: ns.neighboursJson ?? '',
    },
    where,
  );
}

export class SnapshotStateSource implements StateSource {
  private readonly byNode = new Map<string, Snapshot>();

  constructor(snapshots: Snapshot[]) {
    for (const s of snapshots) if (s.node) this.byNode.set(s.node, s);
  }

  private snapshot(node: string): Snapshot {
    const s = this.byNode.get(node);
    if (!s) throw new Error(`no topology snapshot from node ${node}`);
    return s;
  }

  private hostNetns(s: Snapshot): NetnsState {
    const host = (s.netns ?? []).find((n) => n.host);
    if (!host) throw new Error(`snapshot of node ${s.node} has no host netns`);
    return netnsOf(host, `node ${s.node} host netns`);
  }

  async node(name: string): Promise<NodeState> {
    const s = this.snapshot(name);
    const host = this.hostNetns(s);
    const iptables = [s.iptablesNat ?? '', s.iptablesMangle ?? ''].filter((t) => t.trim() !== '').join('\n');
    return { name, host, iptables, enis: findEnis(host) };
  }

  async pod(pod: string): Promise<PodState> {
    const [namespace, name] = pod.split('/') as [string, string];
    for (const s of this.byNode.values()) {
      const ref = (s.pods ?? []).find((p) => p.namespace === namespace && p.name === name);
      if (!ref) continue;
      const inode = String(ref.netns ?? '');
      const ns = (s.netns ?? []).find((n) => String(n.inode ?? '') === inode);
      if (!ns) throw new Error(`snapshot of node ${s.node} lists pod ${pod} but not its netns ${inode}`);
      const netns = netnsOf(ns, `pod ${pod}`);
      const host = this.hostNetns(s);
      return { pod, node: s.node ?? '', netns, hostVeth: findHostVeth(host, ref.ip || podAddress(netns), hostVethName(namespace, name)) };
    }
    throw new Error(`no topology snapshot lists pod ${pod}`);
  }
}
