/**
 * bench/topology-size.ts — how big the topology frame is that an agent building segments gets,
 * for generated clusters (fixtures/big-cluster.ts: 3 ENIs, 30 pods and 5 services per node):
 * the whole topology as JSON (what an older agent gets, when it fits) against the parts
 * (collector/topology/agent-view.ts: the shared cluster part's frame, gzip, + the node's), and
 * the change agents that hold the version before get instead of the cluster part, for everyday
 * churn (collector/topology/cluster-delta.ts), and what building a version costs the collector
 * (5 rounds: min/median/max ms), with the calibration. And what a change costs where the model
 * lives: the collector's rebuild of its model, an agent's rebuild of its copy from the parts, and an
 * agent's node snapshot that says what it said before (TopologyModel.offerSource: no rebuild).
 * Since session 11 the collector's rebuild, the feed's build, an agent's later versions and the
 * Kubernetes informers' read run in slices of the loop (common/sliced-task.ts): each is printed
 * in one piece (the work) and as its longest slice (what the loop is held, at most).
 *
 *   node dist/bench/topology-size.js [--json]      (~30 s)
 */
import { gzipSync } from 'node:zlib';
import { AgentTopologyFeed } from '../collector/topology/agent-feed.js';
import { clusterPart, nodeParts } from '../collector/topology/agent-view.js';
import { clusterDelta, clusterPieces } from '../collector/topology/cluster-delta.js';
import { REBUILD_SLICE_MS, TopologyModel, type TopologyData } from '../collector/topology/model.js';
import { fromKubernetesObjects, fromKubernetesObjectsSteps } from '../collector/topology/k8s.js';
import { sameDataSteps } from '../collector/topology/same-data.js';
import { runToEnd, SlicedTask } from '../common/sliced-task.js';
import { AgentSegments } from '../agent/segments.js';
import { bigCluster, bigClusterObjects, churned, nodeSnapshotOf } from '../fixtures/big-cluster.js';
import { AGENT_MAX_COLLECTOR_FRAME_BYTES } from '../proto/version.js';
import { calibrate, spread, type Spread } from './calibration.js';

interface Row {
  nodes: number;
  pods: number;
  services: number;
  wholeJsonBytes: number;
  wholeJsonFits: boolean;
  clusterJsonBytes: number;
  clusterGzipBytes: number;
  clusterFrameBytes: number;
  nodeFrameBytes: number;
  /** The churn's delta, gzip (undefined: the whole part goes). */
  deltaGzipBytes: number | undefined;
  buildMs: Spread;
  /** The feed making a version in slices (the first, whole part): its longest slice (ms), and the slices. */
  feedSliceMs: Spread;
  feedSlices: Spread;
  /** The collector's model rebuilt for a changed source in one piece (setSource; ms). */
  rebuildMs: Spread;
  /** The same change offered (offerSource): rebuilt in slices, the longest slice (ms) — what the loop is held at most. */
  rebuildSliceMs: Spread;
  /** ...and the slices it took. */
  rebuildSlices: Spread;
  /** An agent's copy rebuilt from the parts it holds (ms of its loop, all slices): every new version, on every agent. */
  agentApplyMs: Spread;
  /** ...its longest slice (ms). */
  agentApplySliceMs: Spread;
  /** The Kubernetes lists read into the model's form and compared with the last read, in one piece (ms). */
  k8sReadMs: Spread;
  /** ...in slices, as the informers do it: the longest slice (ms). */
  k8sReadSliceMs: Spread;
  /** An agent's node snapshot equal to the one before, offered to the model (µs; nothing rebuilt). */
  unchangedSnapshotUs: Spread;
}

async function row(n: number): Promise<Row> {
  const data = bigCluster(n);
  const model = new TopologyModel(data);
  let ready!: () => void;
  const built = new Promise<void>((r) => (ready = r));
  const feed = new AgentTopologyFeed(model, { onReady: () => ready(), maxFrameBytes: Number.MAX_SAFE_INTEGER });
  feed.refresh();
  await built;
  const node = data.nodes[data.nodes.length - 1]!.name;
  const t = feed.forAgent(node, true);
  if (!t || !('frames' in t)) throw new Error('no frames');
  const whole = Buffer.byteLength(JSON.stringify(model.data()));
  // what a new topology version costs the collector's loop: the parts made, the shared one
  // compressed, its change from the version before
  const ms: number[] = [];
  const feedSliceMs: number[] = [];
  const feedSlices: number[] = [];
  const before = clusterPieces(clusterPart(model.data()));
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const part = clusterPart(model.data());
    gzipSync(JSON.stringify(part));
    const pieces = clusterPieces(part);
    clusterDelta(before, pieces);
    JSON.stringify(nodeParts(model.data())(node));
    ms.push(performance.now() - t0);
    // the same made by the feed on a loop, in slices (the gzip of a large part off it)
    let sliced!: () => void;
    const fresh = new Promise<void>((r) => (sliced = r));
    const f = new AgentTopologyFeed(model, { onReady: () => sliced(), maxFrameBytes: Number.MAX_SAFE_INTEGER });
    f.refresh();
    await fresh;
    feedSliceMs.push(f.lastPrepareStats!.longestSliceMs);
    feedSlices.push(f.lastPrepareStats!.slices);
  }
  // where a change costs: the collector's model, every agent's copy; and an unchanged snapshot
  const rebuildMs: number[] = [];
  const rebuildSliceMs: number[] = [];
  const rebuildSlices: number[] = [];
  const agentApplyMs: number[] = [];
  const agentApplySliceMs: number[] = [];
  const turn = (): Promise<void> => new Promise((r) => setImmediate(r));
  const unchangedUs: number[] = [];
  const agent = new AgentSegments(node);
  const part = clusterPart(model.data());
  const mine = nodeParts(model.data())(node);
  const held: TopologyData = { ...part, netns: [...part.netns, ...mine.netns], pods: [...part.pods] };
  model.setSource(`snapshot:${node}`, nodeSnapshotOf(data, node));
  agent.setTopologyData(churned(held)); // the first version: in one piece, before any packet
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    model.setSource('bench', { nodes: [], pods: [], services: [], externals: [], netns: [], vpcCidrs: [`10.${200 + i}.0.0/16`] });
    rebuildMs.push(performance.now() - t0);
    // the same change as a source reporting on its own schedule does it (the Kubernetes watch, a snapshot)
    model.replaceSource('bench', { nodes: [], pods: [], services: [], externals: [], netns: [], vpcCidrs: [`10.${210 + i}.0.0/16`] });
    while (model.rebuilding) await turn();
    rebuildSliceMs.push(model.lastRebuild.longestSliceMs);
    rebuildSlices.push(model.lastRebuild.slices);
    agent.setTopologyData(i % 2 === 0 ? held : churned(held));
    while (agent.topologyRebuild.rebuilding) await turn();
    agentApplyMs.push(agent.topologyRebuild.last.loopMs);
    agentApplySliceMs.push(agent.topologyRebuild.last.longestSliceMs);
    const again = nodeSnapshotOf(data, node);
    const v = model.version;
    const t1 = performance.now();
    if (model.offerSource(`snapshot:${node}`, again) !== 'unchanged' || model.version !== v) throw new Error('an unchanged snapshot changed the model');
    unchangedUs.push(Math.round((performance.now() - t1) * 1000));
  }
  // the Kubernetes informers' read after a burst of watch events: the lists converted and compared
  const objects = bigClusterObjects(n);
  const k8sReadMs: number[] = [];
  const k8sReadSliceMs: number[] = [];
  const last = fromKubernetesObjects(objects);
  function* read(): Generator<void, boolean> {
    const d = yield* fromKubernetesObjectsSteps(objects);
    return yield* sameDataSteps(last, d);
  }
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    if (!runToEnd(read())) throw new Error('the same lists read differently');
    k8sReadMs.push(performance.now() - t0);
    let slice!: (ms: number) => void;
    const done = new Promise<number>((r) => (slice = r));
    new SlicedTask(read(), REBUILD_SLICE_MS, (_same, stats) => slice(stats.longestSliceMs)).start();
    k8sReadSliceMs.push(await done);
  }
  // everyday churn (a pod gone, two new, an endpoint not ready): the change agents get instead
  const churnedPieces = clusterPieces(clusterPart(new TopologyModel(churned(data)).data()));
  const delta = clusterDelta(before, churnedPieces);
  return {
    nodes: data.nodes.length,
    pods: data.pods.length,
    services: data.services.length,
    wholeJsonBytes: whole,
    wholeJsonFits: whole + 64 <= AGENT_MAX_COLLECTOR_FRAME_BYTES,
    clusterJsonBytes: feed.sizes()!.clusterJsonBytes,
    clusterGzipBytes: feed.sizes()!.clusterGzipBytes,
    clusterFrameBytes: t.frames[0]!.length,
    nodeFrameBytes: t.frames[1]!.length,
    deltaGzipBytes: delta === undefined ? undefined : gzipSync(delta).length,
    buildMs: spread(ms),
    feedSliceMs: spread(feedSliceMs),
    feedSlices: spread(feedSlices),
    rebuildMs: spread(rebuildMs),
    rebuildSliceMs: spread(rebuildSliceMs),
    rebuildSlices: spread(rebuildSlices),
    agentApplyMs: spread(agentApplyMs),
    agentApplySliceMs: spread(agentApplySliceMs),
    unchangedSnapshotUs: spread(unchangedUs),
    k8sReadMs: spread(k8sReadMs),
    k8sReadSliceMs: spread(k8sReadSliceMs),
  };
}

const rows: Row[] = [];
for (const n of [10, 100, 1000]) rows.push(await row(n));
const calibration = calibrate();
if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify({ rows, limit: AGENT_MAX_COLLECTOR_FRAME_BYTES, calibration })}\n`);
} else {
  const out = ['| nodes | pods | services | whole JSON (older agent) | cluster part JSON | cluster part frame (gzip; shared) | node part frame | a pod gone, two new, an endpoint not ready: delta (gzip) | build ms min/median/max | the same made by the feed in slices: longest slice ms (slices) | collector model rebuild ms, in one piece | the same in slices: longest slice ms (slices) | agent copy rebuild ms of its loop (longest slice) | unchanged snapshot µs | Kubernetes lists read + compared ms, one piece (in slices: longest ms) |', '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|'];
  for (const r of rows) {
    out.push(`| ${r.nodes} | ${r.pods} | ${r.services} | ${r.wholeJsonBytes}${r.wholeJsonFits ? '' : ' (too large: not sent)'} | ${r.clusterJsonBytes} | ${r.clusterFrameBytes} | ${r.nodeFrameBytes} | ${r.deltaGzipBytes ?? 'whole part'} | ${r.buildMs.min} / ${r.buildMs.median} / ${r.buildMs.max} | ${r.feedSliceMs.min} / ${r.feedSliceMs.median} / ${r.feedSliceMs.max} (${r.feedSlices.median}) | ${r.rebuildMs.min} / ${r.rebuildMs.median} / ${r.rebuildMs.max} | ${r.rebuildSliceMs.min} / ${r.rebuildSliceMs.median} / ${r.rebuildSliceMs.max} (${r.rebuildSlices.median}) | ${r.agentApplyMs.min} / ${r.agentApplyMs.median} / ${r.agentApplyMs.max} (${r.agentApplySliceMs.min} / ${r.agentApplySliceMs.median} / ${r.agentApplySliceMs.max}) | ${r.unchangedSnapshotUs.min} / ${r.unchangedSnapshotUs.median} / ${r.unchangedSnapshotUs.max} | ${r.k8sReadMs.min} / ${r.k8sReadMs.median} / ${r.k8sReadMs.max} (${r.k8sReadSliceMs.min} / ${r.k8sReadSliceMs.median} / ${r.k8sReadSliceMs.max}) |`);
  }
  out.push('', `agent frame limit ${AGENT_MAX_COLLECTOR_FRAME_BYTES} bytes`, calibration.text);
  process.stdout.write(`${out.join('\n')}\n`);
}
