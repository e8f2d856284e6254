/**
 * Topology deltas (collector/topology/cluster-delta.ts): at 1,000 nodes a pod that comes or goes
 * sends agents the change, not the whole cluster part, and what the agent makes of it is exactly
 * the new part — the same records in the same order — or the whole part goes instead.
 */
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { closeAll, startIngest, startUplink, waitFor } from '../transport/harness.js';
import { TopologyAssembler } from '../../agent/topology-update.js';
import { AgentTopologyFeed } from '../../collector/topology/agent-feed.js';
import { clusterPart, joinParts, nodeParts } from '../../collector/topology/agent-view.js';
import { applyClusterDelta, clusterDelta, clusterPieces } from '../../collector/topology/cluster-delta.js';
import { TopologyModel, type TopologyData } from '../../collector/topology/model.js';
import { bigCluster, churned } from '../../fixtures/big-cluster.js';
import { N49, N75 } from '../../fixtures/walks.js';
import { decodeCollectorFrame } from '../../proto/codec.js';
import type { packetlife } from '../../proto/generated/packetlife.js';

afterEach(closeAll);

const big = bigCluster(1000);

describe('topology deltas', () => {
  it('a pod gone, two new and an endpoint not ready: a delta of a few hundred bytes that gives exactly the new part', () => {
    const before = clusterPart(big);
    const after = clusterPart(churned(big));
    const delta = clusterDelta(clusterPieces(before), clusterPieces(after));
    expect(delta).toBeDefined();
    expect(delta!.length).toBeLessThan(3000);
    expect(JSON.stringify(before).length).toBeGreaterThan(5_000_000);
    const removedPod = `${big.pods[500]!.namespace}/${big.pods[500]!.name}`;
    expect(JSON.parse(delta!)).toMatchObject({ remove: { pods: [removedPod] }, upsert: { pods: [{ name: 'payments-new-7d9f', ip: '10.200.0.7' }, { name: 'ads-new-4c1a', ip: '10.200.0.8' }], services: [{ name: after.services[40]!.name }] } });
    expect(applyClusterDelta(before, delta!)).toEqual(after);
    // unchanged: an empty change
    expect(clusterDelta(clusterPieces(after), clusterPieces(structuredClone(after)))).toBe('{"remove":{},"upsert":{}}');
  });

  it('no delta where the replay would not give the new order, where a key repeats, or where most of the part changed', () => {
    const before = clusterPart(big);
    const moved = { ...before, nodes: [before.nodes[5]!, ...before.nodes.filter((_, i) => i !== 5)] };
    expect(clusterDelta(clusterPieces(before), clusterPieces(moved))).toBeUndefined();
    const twice = { ...before, pods: [...before.pods, { ...before.pods[0]!, ip: '10.200.0.9' }] };
    expect(clusterDelta(clusterPieces(before), clusterPieces(twice))).toBeUndefined();
    const relabelled = { ...before, pods: before.pods.map((p) => ({ ...p, ip: p.ip.replace(/^10\./, '11.') })) };
    expect(clusterDelta(clusterPieces(before), clusterPieces(relabelled))).toBeUndefined();
  });

  it('a malformed delta is named, and the part held is left as it was', () => {
    const part = clusterPart(bigCluster(3));
    const copy = structuredClone(part);
    expect(() => applyClusterDelta(part, 'nope')).toThrow('topology cluster delta from the collector is not JSON');
    expect(() => applyClusterDelta(part, '{"remove":{}}')).toThrow('topology cluster delta from the collector has no "remove" and "upsert" objects');
    expect(() => applyClusterDelta(part, '{"remove":{"pods":"x"},"upsert":{}}')).toThrow('topology cluster delta from the collector: "pods" is not a list');
    expect(() => applyClusterDelta(part, '{"remove":{},"upsert":{"pods":[3]}}')).toThrow('topology cluster delta from the collector: a record of "pods" is not an object');
    expect(part).toEqual(copy);
  });

  it('the feed offers the change to an agent that holds the version before, the whole part to any other; the agent joins it as the whole', async () => {
    const model = new TopologyModel(big);
    let ready = 0;
    const feed = new AgentTopologyFeed(model, { onReady: () => ready++ });
    feed.refresh();
    await waitFor('the first build', () => ready === 1, 20_000);
    const v1 = feed.sizes()!.version;
    const agent = new TopologyAssembler();
    const take = (frames: Uint8Array[]): TopologyData | undefined => {
      let out: TopologyData | undefined;
      for (const f of frames) {
        const d = decodeCollectorFrame(f);
        if (d.type !== 'topology') throw new Error(`decoded a ${d.type}`);
        out = agent.take(d.topology);
      }
      return out;
    };
    const first = feed.forAgent(N75, true);
    if (!first || !('frames' in first)) throw new Error('no frames');
    expect(first.version).toBe(v1);
    take(first.frames);
    model.setSource('initial', churned(big));
    feed.refresh();
    await waitFor('the second build', () => ready === 2, 20_000);
    const v2 = feed.sizes()!.version;
    expect(v2).toBeGreaterThan(v1);
    const change = feed.forAgent(N75, true, v1);
    const whole = feed.forAgent(N75, true, v1 - 1);
    if (!change || !('frames' in change) || !whole || !('frames' in whole)) throw new Error('no frames');
    const delta = decodeCollectorFrame(change.frames[0]!);
    if (delta.type !== 'topology') throw new Error('not a topology frame');
    expect([Number(delta.topology.version), Number(delta.topology.baseVersion), delta.topology.clusterGzip?.length ?? 0]).toEqual([v2, v1, 0]);
    expect(change.frames[0]!.length).toBe(feed.sizes()!.deltaFrameBytes);
    expect(change.frames[0]!.length).toBeLessThan(2000);
    expect(whole.frames[0]!.length).toBe(feed.sizes()!.clusterFrameBytes);
    expect(whole.frames[0]!.length).toBeGreaterThan(300_000);
    // what the agent models from the change is what the whole topology of v2 gives
    const now = model.data();
    expect(take(change.frames)).toEqual(joinParts(clusterPart(now), nodeParts(now)(N75)));
    expect(JSON.parse(gunzipSync(delta.topology.clusterDeltaGzip!).toString()).remove.pods).toHaveLength(1);
    // a change from a version this agent does not hold is refused by name
    expect(() => new TopologyAssembler().take(delta.topology)).toThrow(`topology cluster delta from version ${v1} to ${v2}, but this agent holds none`);
  }, 60_000);

  it('over the wire: after the first whole part, an agent that reads deltas gets the change; one that does not gets the whole part again', async () => {
    const small = bigCluster(200);
    const model = new TopologyModel(small);
    let ready = 0;
    const feed = new AgentTopologyFeed(model, { onReady: () => ready++ });
    feed.refresh();
    await waitFor('the first build', () => ready === 1, 20_000);
    const t = await startIngest({ segmentTopology: (a) => feed.forAgent(a.node, a.parts, a.holds) });
    const url = `ws://127.0.0.1:${t.port}/v1/agents`;
    const deltas = startUplink(url, { hello: { agentId: `${N75}/boot-1/1`, node: N75, agentVersion: '0.1.0-test', capabilities: { segments: true, topologyParts: true, topologyDeltas: true } } });
    const older = startUplink(url, { hello: { agentId: `${N49}/boot-1/2`, node: N49, agentVersion: '0.1.0-test', capabilities: { segments: true, topologyParts: true } } });
    const got: Record<string, packetlife.v1.ITopologyUpdate[]> = { deltas: [], older: [] };
    deltas.on('topology', (u) => got.deltas!.push(u));
    older.on('topology', (u) => got.older!.push(u));
    await waitFor('the first topology', () => got.deltas!.length === 2 && got.older!.length === 2);
    model.setSource('initial', churned(small));
    feed.refresh();
    await waitFor('the second build', () => ready === 2, 20_000);
    t.ingest.pushTopology();
    await waitFor('the second topology', () => got.deltas!.length === 4 && got.older!.length === 4);
    const kind = (u: packetlife.v1.ITopologyUpdate): string => ((u.clusterDeltaGzip?.length ?? 0) > 0 ? 'delta' : (u.clusterGzip?.length ?? 0) > 0 ? 'whole' : u.nodeJson ? 'node' : 'json');
    expect(got.deltas!.map(kind)).toEqual(['whole', 'node', 'delta', 'node']);
    expect(got.older!.map(kind)).toEqual(['whole', 'node', 'whole', 'node']);
    const agent = new TopologyAssembler();
    let data: TopologyData | undefined;
    for (const u of got.deltas!) data = agent.take(u) ?? data;
    const now = model.data();
    expect(data).toEqual(joinParts(clusterPart(now), nodeParts(now)(N75)));
  }, 60_000);
});
