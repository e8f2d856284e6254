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
import { closeAll, rawAgent, startIngest, startUplink, waitFor, type TestIngest } from './harness.js';
import { canonical } from '../collector/golden-scenarios.js';
import { encodeAgentFrame, encodeCollectorFrame } from '../../proto/codec.js';
import { SegmentTables } from '../../proto/segment-codec.js';
import { SegmentColumnsWriter } from '../../proto/segment-columns-write.js';
import type { Segment } from '../../collector/correlate/segment.js';

afterEach(closeAll);

const url = (t: { port: number }): string => `ws://127.0.0.1:${t.port}/v1/agents`;

function stream(rounds: number): PacketEvent[] {
  const out: PacketEvent[] = [];
  for (let r = 0; r < rounds; r++) for (const w of allWalks(5_000_000_000n + BigInt(r) * 20_000_000n, r)) out.push(...w.events);
  return out;
}

/** Traces as sorted-key JSON (key order is not part of a trace), sorted. */
const canon = (ts: Trace[]): string[] => ts.map((t) => canonical(t)).sort();

async function metric(t: TestIngest, name: string, labels = ''): Promise<number> {
  const text = await t.ingest.metrics.metrics();
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels} `));
  return line ? Number(line.split(' ')[1]) : 0;
}

describe('node-local segments over the wire', () => {
  // columns: a collector that says it reads the flat form (TopologyUpdate.segment_columns); message: an older one
  it.each(['columns', 'message'] as const)('agents ship segments (%s form) after the topology came; stitched, they give the traces of the raw events', async (form) => {
    const topology = labModel();
    const t = await startIngest({ segmentTopology: () => ({ frames: [encodeCollectorFrame({ topology: { version: topology.version, json: JSON.stringify(topology.data()), segmentColumns: form === 'columns' } })] }) });
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
      up.on('topology', (u) => {
        up.setSegmentColumns(u.segmentColumns === true); // as agent/run-collector.ts does
        seg.setTopology(u.json);
      });
      await waitFor(`${node}'s topology`, () => seg.active);
      up.pushSegments(seg.push(mine));
      const wm = Number(mine[mine.length - 1]!.wallUnixNs) + 1e9;
      up.pushSegments(seg.watermark(wm, wm));
      up.setSegmentCounters(() => seg.wireCounters());
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
    // every segment came in the form the collector asked for
    expect([await metric(t, 'packetlife_ingest_segments_total', '{form="columns"}'), await metric(t, 'packetlife_ingest_segments_total', '{form="message"}')]).toEqual(form === 'columns' ? [240, 0] : [0, 240]);
  });

  it('unreadable columns: refused by name, their segments counted as lost, the rest of the batch kept', async () => {
    const topology = labModel();
    const t = await startIngest({ segmentTopology: () => ({ frames: [encodeCollectorFrame({ topology: { version: topology.version, json: JSON.stringify(topology.data()), segmentColumns: true } })] }) });
    const node = 'ip-10-0-2-10';
    // three segments of the raw agent's node, built by the agents' code
    const built: Segment[] = [];
    const agent = new AgentSegments(N75);
    agent.setTopology(JSON.stringify(topology.data()));
    built.push(...agent.push(stream(1).filter((e) => e.node === N75)), ...agent.flush());
    const segs = built.slice(0, 3).map((sg) => ({ ...sg, node, nats: sg.nats.map((n) => ({ ...n, node })), routes: sg.routes.map((r) => ({ ...r, node })), drops: sg.drops.map((d) => ({ ...d, node })) }));
    expect(segs.length).toBe(3);
    const tables = new SegmentTables(node);
    const w = new SegmentColumnsWriter();
    for (const sg of segs) w.add(sg, tables);
    const good = w.finish();
    const a = await rawAgent(url(t));
    a.hello('columns-agent');
    await waitFor('registered', () => t.ingest.listAgents().length === 1);
    const batch = (seq: number, columns: Uint8Array, strings: string[]): void =>
      a.ws.send(encodeAgentFrame({ events: { seq, segmentColumns: columns, strings, places: tables.places, watermarkUnixNs: seq * 1000 } }));
    batch(1, good, tables.strings);
    batch(2, good, tables.strings.slice(0, 1)); // string refs out of range
    batch(3, good.subarray(0, good.length - 2), tables.strings); // truncated
    await waitFor('three batches', () => t.batches.length === 3);
    expect(t.batches.map((b) => b.meta!.segments.length)).toEqual([3, 0, 0]);
    expect(t.batches[0]!.meta!.lost).toEqual([]);
    expect(t.batches[1]!.meta!.lost).toEqual([{ fromNs: 1000, toNs: 2000, events: 3, cause: expect.stringMatching(/^segments unreadable at the collector: [a-z._]+: string ref \d+ is not in the batch's 1 strings$/) }]);
    expect(t.batches[2]!.meta!.lost).toEqual([{ fromNs: 2000, toNs: 3000, events: 1, cause: expect.stringMatching(/^segments unreadable at the collector: segment_columns/) }]);
    // the watermark still moved, the agent stays connected, the loss is counted
    expect(t.batches.map((b) => b.meta!.watermarkNs)).toEqual([1000, 2000, 3000]);
    expect(t.ingest.listAgents()[0]!.connected).toBe(true);
    // 3 segments of batch 2; batch 3 not readable enough to say how many: 1
    expect(t.ingest.listAgents()[0]!.loss.invalidEvents).toBe(4);
    expect(await metric(t, 'packetlife_ingest_segments_total', '{form="columns"}')).toBe(3);
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
