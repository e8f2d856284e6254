/**
 * Work the cluster's size runs in slices of the event loop (common/sliced-task.ts): the slices
 * are real turns (I/O runs between them), the result is the same as in one piece, and a task
 * finished or cancelled midway does what it says.
 */
import { describe, expect, it } from 'vitest';
import { jsonSteps, mapSteps, RECORDS_PER_YIELD, runToEnd, SlicedTask, type SliceStats } from '../../common/sliced-task.js';
import { clusterPart } from '../../collector/topology/agent-view.js';
import { AgentTopologyFeed } from '../../collector/topology/agent-feed.js';
import { TopologyModel } from '../../collector/topology/model.js';
import { fromKubernetesObjects, fromKubernetesObjectsSteps } from '../../collector/topology/k8s.js';
import { sameData, sameDataSteps } from '../../collector/topology/same-data.js';
import { bigCluster, bigClusterObjects } from '../../fixtures/big-cluster.js';

/** Steps that each take `ms` of busy time; the result is how many ran. */
function* busySteps(count: number, ms: number): Generator<void, number> {
  for (let i = 0; i < count; i++) {
    const end = performance.now() + ms;
    while (performance.now() < end);
    if (i < count - 1) yield;
  }
  return count;
}

describe('SlicedTask', () => {
  it('runs in several turns, other callbacks between them, and reports its slices', async () => {
    let result: number | undefined;
    let stats: SliceStats | undefined;
    const task = new SlicedTask(busySteps(40, 1), 5, (v, s) => {
      result = v;
      stats = s;
    });
    let between = 0;
    const other = setInterval(() => between++, 0);
    expect(task.start()).toBe(false);
    expect(task.running).toBe(true);
    while (task.running) await new Promise((r) => setImmediate(r));
    clearInterval(other);
    expect(result).toBe(40);
    expect(stats!.slices).toBeGreaterThan(1);
    expect(stats!.loopMs).toBeGreaterThanOrEqual(40);
    expect(between).toBeGreaterThan(0); // the timer ran while the task was under way
  });

  it('finish() runs the rest now; cancel() drops it: onDone never runs', async () => {
    const done: number[] = [];
    const a = new SlicedTask(busySteps(30, 1), 3, (v) => done.push(v));
    a.start();
    expect(done).toEqual([]);
    a.finish();
    expect([done, a.running]).toEqual([[30], false]);
    const b = new SlicedTask(busySteps(30, 1), 3, (v) => done.push(v));
    b.start();
    b.cancel();
    await new Promise((r) => setTimeout(r, 50));
    expect([done, b.running]).toEqual([[30], false]);
    expect(() => b.start()).toThrow('SlicedTask started twice (cancelled)');
  });

  it('a short task is done in its first slice: start() returns true after onDone', () => {
    let got = 0;
    expect(new SlicedTask(busySteps(3, 0), 8, (v) => (got = v)).start()).toBe(true);
    expect(got).toBe(3);
  });
});

describe('steps for topology-sized data', () => {
  it('jsonSteps gives JSON.stringify\'s text exactly: a 1,000-node cluster part, and the edge values', () => {
    const part = clusterPart(bigCluster(1000));
    const steps = jsonSteps(part);
    let yields = 0;
    let r = steps.next();
    while (!r.done) {
      yields++;
      r = steps.next();
    }
    expect(r.value === JSON.stringify(part)).toBe(true);
    expect(yields).toBeGreaterThan(100); // ≈ 35,000 records / 256
    const odd = { a: [1, undefined, 'x', null, { b: undefined, c: [2] }, () => 1], s: 'q"uote', n: 5, u: undefined, f: () => 2, e: [], o: { p: [1] } };
    expect(runToEnd(jsonSteps(odd))).toBe(JSON.stringify(odd));
  });

  it('mapSteps is map, yielding every RECORDS_PER_YIELD items', () => {
    const xs = Array.from({ length: 1000 }, (_, i) => i);
    const steps = mapSteps(xs, (x) => x * 2);
    let yields = 0;
    let r = steps.next();
    while (!r.done) {
      yields++;
      r = steps.next();
    }
    expect(r.value).toEqual(xs.map((x) => x * 2));
    expect(yields).toBe(Math.floor(1000 / RECORDS_PER_YIELD));
  });

  it('the agents\' topology feed makes a 1,000-node version in slices: refresh() returns before it is ready', async () => {
    const feed = new AgentTopologyFeed(new TopologyModel(bigCluster(1000)), { onReady: () => undefined });
    feed.refresh();
    expect(feed.sizes()).toBeUndefined(); // still being made
    for (let i = 0; i < 20_000 && feed.sizes() === undefined; i++) await new Promise((r) => setTimeout(r, 1));
    expect(feed.sizes()).toMatchObject({ clusterJsonBytes: 6_826_553 });
  });
});

describe('the Kubernetes lists read and compared in steps (collector/topology/informers.ts)', () => {
  it('fromKubernetesObjectsSteps reads 1,000 nodes\' objects as fromKubernetesObjects does, yielding; sameDataSteps agrees with sameData', () => {
    const objects = bigClusterObjects(1000);
    const steps = fromKubernetesObjectsSteps(objects, ['10.0.0.0/8']);
    let yields = 0;
    let r = steps.next();
    while (!r.done) {
      yields++;
      r = steps.next();
    }
    const once = fromKubernetesObjects(objects, ['10.0.0.0/8']);
    expect(sameData(r.value, once)).toBe(true);
    expect(yields).toBeGreaterThan(100);
    // what the API says of the generated cluster: every pod with its IP and node, every service's endpoints
    const d = bigCluster(1000);
    expect(once.pods.map((p) => [p.namespace, p.name, p.ip, p.node])).toEqual(d.pods.filter((p) => p.ip).map((p) => [p.namespace, p.name, p.ip, p.node]));
    expect(once.services.map((s) => s.endpoints.map((e) => [e.ip, e.ready, e.node]))).toEqual(d.services.map((s) => s.endpoints.map((e) => [e.ip, e.ready, e.node])));
    // the comparison: equal; one pod's IP changed; a list shorter
    const again = fromKubernetesObjects(objects, ['10.0.0.0/8']);
    expect(runToEnd(sameDataSteps(once, again))).toBe(true);
    again.pods[29_000]!.ip = '10.250.9.9';
    expect([runToEnd(sameDataSteps(once, again)), sameData(once, again)]).toEqual([false, false]);
    expect(runToEnd(sameDataSteps(once, { ...once, services: once.services.slice(1) }))).toBe(false);
    expect(runToEnd(sameDataSteps(once, { ...once, vpcCidrs: ['10.0.0.0/16'] }))).toBe(false);
  });
});
