/**
 * Sources that report on their own schedule (agents' node snapshots, the Kubernetes watch) are
 * offered to the topology model (TopologyModel.offerSource): the same again changes nothing (no
 * rebuild, no new version for the agents), and on a big cluster changes that come quickly are
 * merged together after a gap proportional to the last rebuild, not one whole-cluster rebuild each.
 */
import { describe, expect, it } from 'vitest';
import { REBUILD_GAP_FACTOR, TopologyModel } from '../../collector/topology/model.js';
import { bigCluster, nodeSnapshotOf } from '../../fixtures/big-cluster.js';
import { labModel, N75 } from '../../fixtures/walks.js';

describe('topology sources offered on their own schedule', () => {
  it('the same snapshot again rebuilds nothing and keeps the version; a changed one is merged', () => {
    const lab = labModel().data();
    const m = new TopologyModel();
    m.setSource('lab', structuredClone(lab));
    const snap = nodeSnapshotOf(lab, N75);
    expect(['rebuilt', 'deferred']).toContain(m.offerSource(`snapshot:${N75}`, snap)); // deferred: right after the lab's rebuild
    m.settle();
    const v = m.version;
    for (let i = 0; i < 5; i++) expect(m.offerSource(`snapshot:${N75}`, nodeSnapshotOf(lab, N75))).toBe('unchanged');
    expect(m.version).toBe(v);
    // a new address in a pod's netns is a change
    const changed = nodeSnapshotOf(lab, N75);
    const podNs = changed.netns.find((n) => !n.host)!;
    podNs.ips = [...(podNs.ips ?? []), '10.0.1.99'];
    m.settle();
    const r = m.offerSource(`snapshot:${N75}`, changed);
    m.settle();
    expect(['rebuilt', 'deferred']).toContain(r);
    expect(m.version).toBeGreaterThan(v);
    expect(m.data().netns.find((n) => n.node === N75 && n.inode === podNs.inode)?.ips).toContain('10.0.1.99');
  });

  it('the same object offered again is merged: it may have been changed in place', () => {
    const m = new TopologyModel();
    const d = structuredClone(labModel().data());
    m.setSource('lab', d);
    const v = m.version;
    d.pods[0]!.ip = '10.0.9.9';
    m.offerSource('lab', d);
    m.settle();
    expect(m.version).toBeGreaterThan(v);
    expect(m.owner('10.0.9.9')).toMatchObject({ kind: 'pod' });
  });

  it('on 1,000 nodes, changes offered right after a rebuild wait and are merged together, the model answering as before meanwhile', () => {
    const big = bigCluster(1000);
    const m = new TopologyModel();
    const t0 = performance.now();
    expect(m.offerSource('kubernetes', big)).toBe('rebuilt');
    const rebuildMs = performance.now() - t0;
    const v = m.version;
    // two nodes' snapshots, each adding a pod address, offered within the gap after that rebuild
    const [a, b] = [big.nodes[10]!.name, big.nodes[20]!.name];
    const snaps = [a, b].map((node, i) => {
      const s = nodeSnapshotOf(big, node);
      s.netns.find((n) => !n.host)!.ips = [`10.250.0.${i + 1}`];
      return s;
    });
    expect(m.offerSource(`snapshot:${a}`, snaps[0]!)).toBe('deferred');
    expect(m.offerSource(`snapshot:${b}`, snaps[1]!)).toBe('deferred');
    expect(m.version).toBe(v); // answering from the model as it was
    expect(REBUILD_GAP_FACTOR * rebuildMs).toBeGreaterThan(50); // the gap this test relies on is real
    m.settle(); // (or the timer, within the gap)
    expect(m.version).toBe(v + 1); // one rebuild for both
    const ips = m.data().netns.flatMap((n) => n.ips ?? []);
    expect(ips).toContain('10.250.0.1');
    expect(ips).toContain('10.250.0.2');
  });
});
