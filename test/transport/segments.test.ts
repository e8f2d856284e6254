/**
 * Node-local segments over the real transport (issue 11): an agent that announces
 * capabilities.segments gets the collector's topology (CollectorFrame.topology) on connect,
 * builds its node's segments (agent/segments.ts) and ships them with its watermark; the ingest
 * hands them to the sink; a collector Correlator that stitches them gives exactly the traces one
 * Correlator gives on the raw events. An agent that does not announce the capability, or a
 * collector that does not want segments, keeps raw events.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { AgentSegments } from '../../agent/segments.js';
import { Correlator } from '../../collector/correlate/correlator.js';
import type { Trace } from '../../collector/trace-model.js';
import type { PacketEvent } from '../../common/event.js';
import { N49, N75, N228, allWalks, labModel } from '../../fixtures/walks.js';
import { closeAll, startIngest, startUplink, waitFor } from './harness.js';
import { canonical } from '../collector/golden-scenarios.js';
import { encodeCollectorFrame } from '../../proto/codec.js';

afterEach(closeAll);

const url = (t: { port: number }): string => `ws://127.0.0.1:${t.port}/v1/agents`;

function stream(rounds: number): PacketEvent[] {
  const out: PacketEvent[] = [];
  for (let r = 0; r < rounds; r++) for (const w of allWalks(5_000_000_000n + BigInt(r) * 20_000_000n, r)) out.push(...w.events);
  return out;
}

/** Traces as sorted-key JSON (key order is not part of a trace), sorted. */
const canon = (ts: Trace[]): string[] => ts.map((t) => canonical(t)).sort();

describe('node-local segments over the wire', () => {
  it('agents ship segments after the topology came; stitched, they give the traces of the raw events', async () => {
    const topology = labModel();
    const t = await startIngest({ segmentTopology: () => ({ frames: [encodeCollectorFrame({ topology: { version: topology.version, json: JSON.stringify(topology.data()) } })] }) });
    const events = stream(20);
    // The reference: one correlator on the raw events, closed by the same watermarks.
    const expected: Trace[] = [];
    const ref = new Correlator({ topology: labModel(), onTrace: (tr) => expected.push(tr) });
    const got: Trace[] = [];
    const collector = new Correlator({ topology, onTrace: (tr) => got.push(tr) });
    const nodes = [N75, N49, N228];
    for (const node of nodes) {
      ref.useWatermarks(node);
      collector.useWatermarks(node);
    }
    for (const node of nodes) {
      const mine = events.filter((e) => e.node === node);
      const up = startUplink(url(t), { hello: { agentId: `${node}/boot-1/1`, node, agentVersion: '0.1.0-test', capabilities: { segments: true } } });
      const seg = new AgentSegments(node);
      up.on('topology', (u) => seg.setTopology(u.json));
      await waitFor(`${node}'s topology`, () => seg.active);
      up.pushSegments(seg.push(mine));
      const wm = Number(mine[mine.length - 1]!.wallUnixNs) + 1e9;
      up.pushSegments(seg.watermark(wm, wm));
      up.setSegmentCounters(seg.wireCounters());
      up.setWatermark(BigInt(wm));
      up.flush();
      await waitFor(`${node}'s batches acked`, () => up.stats().ackedSeq > 0 && up.stats().unackedBatches === 0);
      for (const e of mine) ref.push(e);
      ref.advanceWatermark(node, wm, wm);
    }
    let segments = 0;
    for (const b of t.batches) {
      expect(b.events).toEqual([]);
      expect(b.meta!.lost).toEqual([]); // nothing counted unreadable or lost at the ingest
      for (const s of b.meta!.segments) collector.pushSegment(s);
      segments += b.meta!.segments.length;
      if (b.meta!.watermarkNs > 0) collector.advanceWatermark(b.agent.node, b.meta!.watermarkNs, b.meta!.watermarkNs);
    }
    collector.flush();
    ref.flush();
    expect(segments).toBe(20 * 12); // 12 node passes in the seven walks
    expect(got.length).toBe(140);
    expect(canon(got)).toEqual(canon(expected));
    const agents = t.ingest.listAgents();
    // node passes per round of the walks: 4 on ip-10-0-0-75, 5 on ip-10-0-0-49, 3 on ip-10-0-1-228
    for (const a of agents) expect(a.loss.invalidEvents, a.node).toBe(0);
    expect(Object.fromEntries(agents.map((a) => [a.node, a.segments]))).toEqual({ [N75]: 80, [N49]: 100, [N228]: 60 });
    expect(t.batches.some((b) => b.meta!.segmentCounters !== undefined && b.meta!.segmentCounters.chainsClosed > 0)).toBe(true);
  });

  it('no topology is sent to an agent without the capability, nor by a collector that does not want segments', async () => {
    const topology = labModel();
    const wants = await startIngest({ segmentTopology: () => ({ frames: [encodeCollectorFrame({ topology: { version: topology.version, json: JSON.stringify(topology.data()) } })] }) });
    const doesNot = await startIngest();
    const seen: string[] = [];
    const old = startUplink(url(wants), { hello: { agentId: `${N75}/boot-1/2`, node: N75, agentVersion: '0.1.0-test' } });
    old.on('topology', () => seen.push('old agent'));
    const fresh = startUplink(url(doesNot), { hello: { agentId: `${N49}/boot-1/3`, node: N49, agentVersion: '0.1.0-test', capabilities: { segments: true } } });
    fresh.on('topology', () => seen.push('raw collector'));
    const asked = startUplink(url(wants), { hello: { agentId: `${N228}/boot-1/4`, node: N228, agentVersion: '0.1.0-test', capabilities: { segments: true } } });
    let got = 0;
    asked.on('topology', () => got++);
    await waitFor('connections', () => old.stats().connected && fresh.stats().connected && got === 1);
    await new Promise((r) => setTimeout(r, 100));
    expect(seen).toEqual([]);
    // a topology change reaches the agents that asked
    wants.ingest.pushTopology();
    await waitFor('the pushed topology', () => got === 2);
  });
});
