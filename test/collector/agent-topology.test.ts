/**
 * The topology agents get at cluster scale (issue 11): a generated 1,000-node cluster (3 ENIs
 * each, 30,000 pods, 5,000 services) does not fit the agents' 4 MiB frame as one JSON; in parts
 * (collector/topology/agent-view.ts, agent-feed.ts) it does, and the agent's model of the joined
 * parts answers what its correlator asks exactly as the whole topology does — the walks give the
 * same segments, and every address, NodePort, place, table and drop is named alike.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeAll, startIngest, startUplink, waitFor } from '../transport/harness.js';
import { AgentSegments } from '../../agent/segments.js';
import { TopologyAssembler } from '../../agent/topology-update.js';
import { explainDrop } from '../../collector/correlate/drops.js';
import { classifyNat } from '../../collector/correlate/nat.js';
import { AgentTopologyFeed } from '../../collector/topology/agent-feed.js';
import { emptyTopology, TopologyModel, type TopologyData } from '../../collector/topology/model.js';
import type { PacketFields } from '../../common/event.js';
import { bigCluster } from '../../fixtures/big-cluster.js';
import { N228, N49, N75, allWalks } from '../../fixtures/walks.js';
import { decodeCollectorFrame, encodeCollectorFrame } from '../../proto/codec.js';
import type { packetlife } from '../../proto/generated/packetlife.js';
import { AGENT_MAX_COLLECTOR_FRAME_BYTES } from '../../proto/version.js';

/** A feed on a model, built (the large cluster part is compressed off the loop). */
async function builtFeed(data: TopologyData): Promise<{ model: TopologyModel; feed: AgentTopologyFeed }> {
  const model = new TopologyModel(data);
  let ready!: () => void;
  const done = new Promise<void>((r) => (ready = r));
  const feed = new AgentTopologyFeed(model, { onReady: () => ready() });
  feed.refresh();
  await done;
  return { model, feed };
}

/** What the agent receives: the frames, read through the real codec as the agent reads them. */
function received(feed: AgentTopologyFeed, node: string, parts = true): { bytes: number[]; data: TopologyData } {
  const t = feed.forAgent(node, parts);
  if (!t || !('frames' in t)) throw new Error(`no topology for ${node}: ${JSON.stringify(t)}`);
  const assembler = new TopologyAssembler();
  const data = t.frames.map((f) => {
    const decoded = decodeCollectorFrame(f);
    if (decoded.type !== 'topology') throw new Error(`decoded a ${decoded.type}`);
    return assembler.take(decoded.topology);
  });
  // the whole topology, or the cluster part (nothing yet) then the node's part (the join)
  expect(data.map((d) => d !== undefined)).toEqual(parts ? [false, true] : [true]);
  return { bytes: t.frames.map((f) => f.length), data: data[data.length - 1]! };
}

const pkt = (src: string, dst: string, sport: number, dport: number, protocol = 6): PacketFields => ({
  ipVersion: 4, src, dst, protocol, sport, dport, ipId: 1, ttl: 64, length: 60, tcpFlags: 2, tcpSeq: 1, tcpAck: 0, icmpType: 0, icmpCode: 0, icmpId: 0, icmpSeq: 0,
});

/** Everything the agent's correlator asks its model on `node`, over every address and port of the cluster `d`. */
function answers(topo: TopologyModel, node: string, d: TopologyData): unknown[] {
  const ips = [...new Set([
    ...d.nodes.flatMap((n) => [n.ip, ...n.enis.map((e) => e.ip)]),
    ...d.pods.map((p) => p.ip),
    ...d.services.flatMap((s) => [s.clusterIP ?? '', ...s.loadBalancerIPs]),
    ...d.externals.flatMap((e) => [e.ip, e.publicIp ?? '']),
    '127.0.0.1', '10.0.9.9', '8.8.8.8',
  ])].filter((ip) => ip !== '');
  const out: unknown[] = [];
  for (const ip of ips) {
    const o = topo.owner(ip);
    out.push([ip, o.kind, topo.describeIp(ip), topo.inVpc(ip)]);
  }
  const me = d.nodes.find((n) => n.name === node)!;
  for (const s of d.services) {
    for (const p of s.ports) {
      for (const ip of [s.clusterIP ?? '', ...s.loadBalancerIPs]) out.push([ip, p.port, topo.serviceByVip(ip, p.port, p.protocol)?.service.name, topo.serviceByLoadBalancer(ip, p.port, p.protocol)?.service.name]);
      if (p.nodePort) {
        out.push([p.nodePort, topo.serviceByNodePort(p.nodePort, p.protocol)?.service.name]);
        // kube-proxy's verdict on a NodePort drop on this node (endpoints' readiness and node)
        out.push(explainDrop(topo, node, 'NETFILTER_DROP', topo.place(node, me.hostNetns ?? '', 'ens5', 2), pkt('198.51.100.10', me.ip, 40000, p.nodePort, p.protocol)));
      }
      if (s.clusterIP) {
        out.push(explainDrop(topo, node, 'NETFILTER_DROP', topo.place(node, me.hostNetns ?? '', 'ens5', 2), pkt('10.0.1.51', s.clusterIP, 40000, p.port, p.protocol)));
        // a ClusterIP DNAT to each endpoint, and its reply
        for (const ep of s.endpoints.slice(0, 2)) {
          const before = { src: '10.0.1.51', dst: s.clusterIP, sport: 40000, dport: p.port, protocol: p.protocol };
          const after = { ...before, dst: ep.ip, dport: 8080 };
          out.push(classifyNat(topo, before, after, 'request'), classifyNat(topo, { ...after, src: after.dst, dst: after.src, sport: after.dport, dport: after.sport }, { ...before, src: before.dst, dst: before.src, sport: before.dport, dport: before.sport }, 'reply'));
        }
      }
    }
  }
  // egress SNAT of each of this node's pods to its address
  for (const p of d.pods.filter((x) => x.node === node)) out.push(classifyNat(topo, { src: p.ip, dst: '198.51.100.10', sport: 1, dport: 80, protocol: 6 }, { src: me.ip, dst: '198.51.100.10', sport: 1, dport: 80, protocol: 6 }, 'request'));
  // every device this node's netns may show, named
  const netns = d.netns.filter((n) => n.node === node);
  const ifnames = ['lo', 'eth0', 'ens5', 'ens6', 'ens7', 'eth1', 'cni0', ...d.pods.filter((p) => p.node === node).map((p) => p.hostVeth ?? ''), 'eni0123456789a'];
  for (const n of [...netns, { inode: '1' }]) for (const ifname of ifnames) if (ifname) out.push(topo.place(node, n.inode, ifname, 7));
  for (const p of d.pods.filter((x) => x.node === node)) out.push(topo.place(node, '1', 'eth0', 3, `${p.namespace}/${p.name}`), topo.pod(`${p.namespace}/${p.name}`)?.ip);
  for (const e of me.enis) out.push(topo.eni(node, e.ifname), topo.tableName(node, e.table), topo.eniForTable(node, e.table)?.ifname);
  out.push(topo.natGateway(), topo.tableName(node, 254), topo.tableName(node, 255), topo.tableName(node, 77));
  return out;
}

describe('the topology agents get, at cluster scale', () => {
  const data = bigCluster(1000);
  let model: TopologyModel;
  let feed: AgentTopologyFeed;
  beforeAll(async () => ({ model, feed } = await builtFeed(data)));
  afterEach(closeAll);

  it('1,000 nodes × 3 ENIs, 30,000 pods, 5,000 services: the whole JSON is refused by size; the parts fit, and answer alike', () => {
    expect([data.nodes.length, data.nodes.reduce((n, x) => n + x.enis.length, 0), data.pods.length, data.services.length]).toEqual([1000, 2998, 29_916, 4988]);
    // an older agent (whole topology as JSON): past its frame limit, not sent
    const whole = Buffer.byteLength(JSON.stringify(model.data()));
    expect(whole).toBeGreaterThan(AGENT_MAX_COLLECTOR_FRAME_BYTES);
    const wholeFrame = encodeCollectorFrame({ topology: { version: model.version, json: JSON.stringify(model.data()), segmentColumns: true } }).length;
    expect(feed.forAgent(N75, false)).toEqual({ tooLarge: { bytes: wholeFrame, limit: AGENT_MAX_COLLECTOR_FRAME_BYTES } });
    // a generated node and a lab node: the frame fits, and the joined model answers as the whole one
    for (const node of [data.nodes[500]!.name, N75]) {
      const got = received(feed, node);
      // the shared cluster part (the same frame for every agent), then the node's
      expect(got.bytes[0]).toBe(feed.sizes()!.clusterFrameBytes);
      expect(got.bytes[0]).toBeLessThan(AGENT_MAX_COLLECTOR_FRAME_BYTES / 4);
      expect(got.bytes[1]).toBeLessThan(64 * 1024);
      expect(answers(new TopologyModel(got.data), node, model.data())).toEqual(answers(model, node, model.data()));
    }
    const sizes = feed.sizes()!;
    expect(sizes.clusterGzipBytes).toBeLessThan(sizes.clusterJsonBytes / 5);
  });

  it('the walks give the same segments on every lab node with the parts of a 1,000-node topology as with the whole', () => {
    const events = allWalks(5_000_000_000n).flatMap((w) => w.events);
    const wholeJson = JSON.stringify(data);
    const counts: Record<string, number> = {};
    for (const node of [N75, N49, N228]) {
      const mine = events.filter((e) => e.node === node);
      const wm = Number(mine[mine.length - 1]!.wallUnixNs) + 1e9;
      const run = (set: (a: AgentSegments) => void): unknown[] => {
        const a = new AgentSegments(node);
        set(a);
        return [...a.push(mine), ...a.watermark(wm, wm), ...a.flush()];
      };
      const whole = run((a) => a.setTopology(wholeJson));
      const parts = run((a) => a.setTopologyData(received(feed, node).data));
      expect(parts).toEqual(whole);
      counts[node] = whole.length;
    }
    // node passes of the seven walks: 4 on ip-10-0-0-75, 5 on ip-10-0-0-49, 3 on ip-10-0-1-228
    expect(counts).toEqual({ [N75]: 4, [N49]: 5, [N228]: 3 });
  });

  it('over the wire: an agent that reads parts gets them through its 4 MiB limit; an older one gets nothing, counted', async () => {
    const t = await startIngest({ segmentTopology: (a) => feed.forAgent(a.node, a.parts) });
    const url = `ws://127.0.0.1:${t.port}/v1/agents`;
    const parts = startUplink(url, { hello: { agentId: `${N75}/boot-1/1`, node: N75, agentVersion: '0.1.0-test', capabilities: { segments: true, topologyParts: true } } });
    const older = startUplink(url, { hello: { agentId: `${N49}/boot-1/2`, node: N49, agentVersion: '0.1.0-test', capabilities: { segments: true } } });
    const got: packetlife.v1.ITopologyUpdate[] = [];
    parts.on('topology', (u) => got.push(u));
    older.on('topology', (u) => got.push(u));
    const tooLarge = async (): Promise<string | undefined> => (await t.ingest.metrics.metrics()).split('\n').find((l) => l.startsWith('packetlife_ingest_topology_too_large_total'));
    await waitFor('the topology', () => got.length === 2);
    for (let i = 0; i < 100 && (await tooLarge()) !== 'packetlife_ingest_topology_too_large_total 1'; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await tooLarge()).toBe('packetlife_ingest_topology_too_large_total 1');
    await new Promise((r) => setTimeout(r, 100));
    expect(got).toHaveLength(2); // nothing for the older agent
    expect(got.map((u) => [u.json, u.clusterGzip!.length, u.nodeJson!.length > 0])).toEqual([['', feed.sizes()!.clusterGzipBytes, false], ['', 0, true]]);
    const assembler = new TopologyAssembler();
    const a = new AgentSegments(N75);
    expect(assembler.take(got[0]!)).toBeUndefined();
    a.setTopologyData(assembler.take(got[1]!)!);
    expect(a.active).toBe(true);
    // both connections stay up (a frame past the limit would have closed the agent's with 1009)
    expect([parts.stats().connected, older.stats().connected]).toEqual([true, true]);
  });

  it('a topology whose parts exceed the limit is refused with the largest frame; a small one goes whole to an older agent', async () => {
    const { feed } = await builtFeed(bigCluster(100));
    const clusterFrame = feed.sizes()!.clusterFrameBytes;
    let tightReady = false;
    const tight = new AgentTopologyFeed(new TopologyModel(bigCluster(100)), { onReady: () => (tightReady = true), maxFrameBytes: clusterFrame - 1 });
    tight.refresh(); // made in slices of the loop (100 nodes: more than one)
    await waitFor('the tight feed', () => tightReady);
    expect(tight.forAgent(N75, true)).toEqual({ tooLarge: { bytes: clusterFrame, limit: clusterFrame - 1 } });
    const small = await builtFeed(bigCluster(10));
    expect(received(small.feed, N75, false).data).toEqual(small.model.data());
    // a node part without its cluster part is named, not guessed
    expect(() => new TopologyAssembler().take({ version: 3, nodeJson: '{}' })).toThrow('topology node part of version 3 came without its cluster part (have none)');
  });

  it('a topology that changes again right after a build is built later, not at once (a bounded share of the loop), and then sent', async () => {
    const m = new TopologyModel(bigCluster(100));
    let ready = 0;
    const f = new AgentTopologyFeed(m, { onReady: () => ready++ });
    f.refresh(); // made in slices of the loop
    await waitFor('the first build', () => ready === 1);
    const first = f.sizes()!.version;
    expect([ready, first]).toEqual([1, m.version]);
    m.setSource('more', { ...emptyTopology(), pods: [{ namespace: 'late', name: 'pod', ip: '10.200.0.1', labels: {} }] });
    f.refresh();
    f.refresh();
    expect([ready, f.sizes()!.version]).toEqual([1, first]);
    await waitFor('the deferred build', () => ready === 2);
    expect(f.sizes()!.version).toBe(m.version);
    expect(new TopologyModel(received(f, N75).data).describeIp('10.200.0.1')).toBe('pod late/pod');
  });
});
