/**
 * Replay of real kernel events recorded in the lab (lab.integration.test.ts with
 * PACKETLIFE_RECORD=1: three agents with real bpftrace, toolbox-a curling echo-clusterip), so the
 * correlator is checked against what the kernel really emits on every machine, root or not.
 * The same events shuffled within a few ms and duplicated give the same traces.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PacketEvent } from '../../common/event.js';
import { Correlator } from '../../collector/correlate/correlator.js';
import { fromLabTopology, type LabStateLike, type LabTopologyLike } from '../../collector/topology/lab.js';
import { TopologyModel } from '../../collector/topology/model.js';
import type { Trace } from '../../collector/trace-model.js';
import { WALK_CHECKS, checkClusterIpWalk, checkWalkCommon, deserializeEvents } from './lab-walk.js';

const events = deserializeEvents(readFileSync('test/collector/fixtures/lab-clusterip-events.json', 'utf8'));
const state = JSON.parse(readFileSync('test/collector/fixtures/lab-clusterip-state.json', 'utf8')) as { topology: LabTopologyLike } & LabStateLike;
const NODES = ['ip-10-0-0-75', 'ip-10-0-0-49', 'ip-10-0-1-228'];

const walksState = JSON.parse(readFileSync('test/collector/fixtures/lab-walks-state.json', 'utf8')) as { topology: LabTopologyLike } & LabStateLike;

function correlate(evs: PacketEvent[], st: { topology: LabTopologyLike } & LabStateLike = state): { traces: Trace[]; c: Correlator } {
  const traces: Trace[] = [];
  const c = new Correlator({ topology: new TopologyModel(fromLabTopology(st.topology, st)), onTrace: (t) => traces.push(t) });
  for (const n of NODES) c.setAgent(n, true);
  c.pushAll(evs);
  c.flush();
  return { traces, c };
}

describe('correlator on recorded real lab events (ClusterIP curl)', () => {
  it('the SYN is the reference walk and the SYN-ACK its un-DNATed reply', () => {
    expect(events.length).toBeGreaterThan(50);
    checkClusterIpWalk(correlate(events).traces);
  });

  it('every packet of the connection is one delivered trace; flows are one connection', () => {
    const { traces, c } = correlate(events);
    const conn = traces.filter((t) => t.hops.some((h) => h.packet.src === '10.0.1.51' || h.packet.dst === '10.0.1.51'));
    expect(conn.length).toBeGreaterThanOrEqual(6); // SYN, SYN-ACK, ACK, request, response, FINs...
    expect(conn.filter((t) => t.verdict !== 'delivered').map((t) => t.incompleteReasons)).toEqual([]);
    expect(new Set(conn.map((t) => t.flowId)).size).toBe(1);
    expect(c.stats.lateDropped).toBe(0);
  });

  it('shuffled within 2 ms and duplicated: the same traces', () => {
    const base = correlate(events).traces.map(({ flowId: _f, ...t }) => t).sort((a, b) => a.id.localeCompare(b.id));
    let seed = 3;
    const jitter = events.map((e, i) => ({ e, k: Number(e.monoNs / 2_000_000n) * 1e6 + ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 1000), i }));
    const shuffled = jitter.sort((a, b) => a.k - b.k).map((x) => x.e);
    const again = correlate(shuffled.flatMap((e, i) => (i % 4 === 0 ? [e, { ...e }] : [e]))).traces.map(({ flowId: _f, ...t }) => t).sort((a, b) => a.id.localeCompare(b.id));
    expect(again).toEqual(base);
  });

  it("without the endpoint node's agent: incomplete, with the hops it did see exact", () => {
    const { traces } = correlate(events.filter((e) => e.node !== 'ip-10-0-1-228'));
    const syn = traces.find((t) => t.first.dst === '172.20.122.189' && t.hops[0]!.packet.tcpFlags === 0x02)!;
    expect(syn.verdict).toBe('incomplete');
    expect(syn.incompleteReasons).toEqual(['arrival not seen on node ip-10-0-1-228 (timeout)']);
    expect(syn.hops.map((h) => h.place.label)).toEqual(['packetlab/toolbox-a eth0', expect.stringMatching(/^veth eni/), 'ENI ens6 10.0.0.85']);
  });
});

/** The other reference walks, recorded the same way (one exchange each). */
function replay(name: string): Trace[] {
  return correlate(deserializeEvents(readFileSync(`test/collector/fixtures/lab-${name}-events.json`, 'utf8')), walksState).traces;
}

describe('more reference walks from recorded real lab events', () => {
  for (const [name, { title, check }] of Object.entries(WALK_CHECKS)) {
    it(`${name}: every packet one complete delivered trace, one flow`, () => checkWalkCommon(replay(name)));
    it(title, () => check(replay(name)));
  }
});
