/**
 * Sources that report on their own schedule (agents' node snapshots, the Kubernetes watch) are
 * offered to the topology model (TopologyModel.offerSource): the same again changes nothing (no
 * rebuild, no new version for the agents), and on a big cluster changes that come quickly are
 * merged together after a gap proportional to the last rebuild, not one whole-cluster rebuild each.
 */
import { describe, expect, it } from 'vitest';
import { REBUILD_GAP_FACTOR, REBUILD_SLICE_MS, TopologyModel, type TopologyData } from '../../collector/topology/model.js';
import { sameData } from '../../collector/topology/same-data.js';
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
    m.setSource('kubernetes', big);
    const rebuildMs = m.lastRebuild.loopMs;
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

  describe('a rebuild at cluster scale runs in slices, the model answering as it was until the new one is whole', () => {
    const turn = (): Promise<void> => new Promise((r) => setImmediate(r));
    /** Turns of the event loop until the model is no longer rebuilding (bounded). */
    async function turnsUntilBuilt(m: TopologyModel): Promise<number> {
      let turns = 0;
      while (m.rebuilding && turns < 10_000) {
        await turn();
        turns++;
      }
      return turns;
    }
    const withPod = (d: TopologyData, ip: string): TopologyData => ({ ...d, pods: [...d.pods, { namespace: 'payments', name: `new-${ip}`, ip, node: d.nodes[3]!.name, labels: {} }] });

    it('an offered change on 1,000 nodes: several turns, old answers meanwhile, then the new model at once', async () => {
      const big = bigCluster(1000);
      const m = new TopologyModel();
      m.setSource('kubernetes', big);
      expect(m.lastRebuild.slices).toBe(1); // setSource: in one piece
      const v = m.version;
      let told = 0;
      m.onChange(() => told++);
      await new Promise((r) => setTimeout(r, REBUILD_GAP_FACTOR * m.lastRebuild.loopMs + 5)); // past the gap
      expect(m.offerSource('kubernetes', withPod(big, '10.251.0.1'))).toBe('rebuilding');
      expect(m.rebuilding).toBe(true);
      // meanwhile: the model as it was, whole
      expect(m.version).toBe(v);
      expect(m.owner('10.251.0.1')).toEqual({ kind: 'unknown' });
      expect(m.owner(big.pods[0]!.ip!)).toMatchObject({ kind: 'pod', pod: { name: big.pods[0]!.name } });
      expect(told).toBe(0);
      const turns = await turnsUntilBuilt(m);
      expect(turns).toBeGreaterThan(0);
      expect(m.lastRebuild.slices).toBe(turns + 1);
      expect(m.version).toBe(v + 1);
      expect(told).toBe(1);
      expect(m.owner('10.251.0.1')).toMatchObject({ kind: 'pod', pod: { name: 'new-10.251.0.1' } });
      expect(m.data().pods).toHaveLength(big.pods.length + 1);
      // the same model as one rebuilt in one piece
      const whole = new TopologyModel(withPod(big, '10.251.0.1'));
      expect(sameData(m.data(), whole.data())).toBe(true);
      expect(REBUILD_SLICE_MS).toBeLessThan(50);
    });

    it('a change offered while slices run is merged by the rebuild after it; one replaced while they run, right after', async () => {
      const big = bigCluster(1000);
      const m = new TopologyModel(big);
      m.replaceSource('initial', withPod(big, '10.251.0.2'));
      expect(m.rebuilding).toBe(true);
      const v = m.version;
      expect(m.offerSource('snapshot', { ...emptyData(), externals: [{ name: 'nat-1', ip: '203.0.113.9', kind: 'nat-gateway' }] })).toBe('deferred');
      await turnsUntilBuilt(m);
      expect(m.version).toBe(v + 1);
      expect(m.owner('10.251.0.2')).toMatchObject({ kind: 'pod' });
      expect(m.owner('203.0.113.9')).toEqual({ kind: 'unknown' }); // read after the slices began: the next rebuild's
      m.settle();
      expect(m.version).toBe(v + 2);
      expect(m.owner('203.0.113.9')).toMatchObject({ kind: 'external' });
      // replaced during slices: the rebuild under way finishes (not restarted), the next starts at once after it
      m.replaceSource('initial', withPod(big, '10.251.0.3'));
      m.replaceSource('initial', withPod(big, '10.251.0.4'));
      await turnsUntilBuilt(m);
      expect(m.version).toBe(v + 3);
      expect(m.owner('10.251.0.3')).toMatchObject({ kind: 'pod' });
      await new Promise((r) => setTimeout(r, 1));
      await turnsUntilBuilt(m);
      expect(m.version).toBe(v + 4);
      expect(m.owner('10.251.0.4')).toMatchObject({ kind: 'pod' });
      expect(m.owner('10.251.0.3')).toEqual({ kind: 'unknown' });
    });

    it('setSource and settle while slices run: everything merged now, in one piece, the slices dropped', () => {
      const big = bigCluster(1000);
      const m = new TopologyModel(big);
      const v = m.version;
      m.replaceSource('initial', withPod(big, '10.251.0.5'));
      expect(m.rebuilding).toBe(true);
      m.setSource('extra', { ...emptyData(), externals: [{ name: 'nat-1', ip: '203.0.113.10', kind: 'nat-gateway' }] });
      expect(m.rebuilding).toBe(false);
      expect(m.version).toBe(v + 1);
      expect(m.owner('10.251.0.5')).toMatchObject({ kind: 'pod' });
      expect(m.owner('203.0.113.10')).toMatchObject({ kind: 'external' });
      m.replaceSource('initial', withPod(big, '10.251.0.6'));
      m.settle();
      expect([m.rebuilding, m.version]).toEqual([false, v + 2]);
      expect(m.owner('10.251.0.6')).toMatchObject({ kind: 'pod' });
    });

    it('a small model is rebuilt in one piece, always: the lab replaced is there when replaceSource returns', () => {
      const m = new TopologyModel(labModel().data());
      const d = structuredClone(labModel().data());
      d.pods[0]!.ip = '10.0.9.8';
      m.replaceSource('initial', d);
      expect([m.rebuilding, m.lastRebuild.slices]).toEqual([false, 1]);
      expect(m.owner('10.0.9.8')).toMatchObject({ kind: 'pod' });
    });
  });
});

function emptyData(): TopologyData {
  return { nodes: [], pods: [], services: [], externals: [], netns: [], vpcCidrs: [] };
}
