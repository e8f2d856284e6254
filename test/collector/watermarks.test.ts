/**
 * Completeness decided on the agents' event-time watermarks, never on arrival: the lab walks
 * (requests and replies across nodes, DNAT, SNAT, drops, hairpin) delivered the way a loaded
 * node delivers them — each node's events out of time order by up to 800 ms (bpftrace's
 * per-CPU buffers read one after another; measured here: 1.5% of events late, by up to a
 * second), in batches, with the collector's clock running far ahead (a backlog) — must give
 * exactly the traces the in-order stream gives. The same delivery without watermarks breaks
 * traces (so the test can fail). Loss windows mark exactly the traces they overlap.
 */
import { describe, expect, it } from 'vitest';
import type { PacketEvent } from '../../common/event.js';
import { Correlator } from '../../collector/correlate/correlator.js';
import type { Trace } from '../../collector/trace-model.js';
import { N228, N49, N75, allWalks, labModel } from './walks.js';
import { AgentSegments } from '../../agent/segments.js';

const NODES = [N75, N49, N228];

function stream(rounds: number): PacketEvent[] {
  const out: PacketEvent[] = [];
  for (let r = 0; r < rounds; r++) {
    const t = 5_000_000_000n + BigInt(r) * 20_000_000n;
    for (const w of allWalks(t, r)) out.push(...w.events);
  }
  return out;
}

function collect(opts: { watermarks: boolean }, run: (c: Correlator) => void): Trace[] {
  const traces: Trace[] = [];
  const c = new Correlator({ topology: labModel(), onTrace: (t) => traces.push(t) });
  for (const n of NODES) c.setAgent(n, true);
  if (opts.watermarks) for (const n of NODES) c.useWatermarks(n);
  run(c);
  return traces;
}

/** A trace as the user sees it, without its id (ids depend only on the first hop, but be strict). */
function summary(t: Trace): string {
  return `${t.verdict} ${t.nodes.join('>')} ${t.hops.map((h) => `${h.place.label}@${h.timeNs}`).join(',')} nat=${t.nats.map((n) => n.kind).join(',')} ${t.incompleteReasons.join(";")}`;
}

/**
 * Deterministic delivery: each event arrives `delay` after its time (0–800 ms for one event in
 * 40, else 0–2 ms), per node in arrival order, in batches of `batch` events. A node's watermark
 * after a batch is what an agent can promise: the earliest time among its events not yet sent.
 */
function deliver(events: PacketEvent[], batch: number): Array<{ node: string; events: PacketEvent[]; watermark: number; at: number }> {
  let seed = 11;
  const rnd = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const arrivals = events.map((e, i) => ({ e, at: Number(e.wallUnixNs) + (i % 40 === 7 ? rnd() * 800e6 : rnd() * 2e6) }));
  const out: Array<{ node: string; events: PacketEvent[]; watermark: number; at: number }> = [];
  for (const node of NODES) {
    const mine = arrivals.filter((a) => a.e.node === node).sort((a, b) => a.at - b.at);
    for (let i = 0; i < mine.length; i += batch) {
      const sent = mine.slice(i, i + batch);
      const rest = mine.slice(i + batch);
      const watermark = rest.length === 0 ? Infinity : Math.min(...rest.map((a) => Number(a.e.wallUnixNs))) - 1;
      const at = sent[sent.length - 1]!.at;
      out.push({ node, events: sent.map((a) => a.e), watermark: Math.min(watermark, at), at });
    }
  }
  // Interleave the nodes by when each batch is complete, as three connections would.
  return out.sort((a, b) => a.at - b.at);
}

describe('correlation on event-time watermarks', () => {
  const events = stream(25);
  const inOrder = collect({ watermarks: false }, (c) => {
    c.pushAll(events);
    c.flush();
  });

  it('the in-order stream is complete (the reference)', () => {
    expect(inOrder.length).toBe(175);
    expect(inOrder.filter((t) => t.verdict === 'incomplete').map(summary)).toEqual([]);
  });

  it('events out of order by up to 800 ms, in batches, with the collector clock far ahead: the same traces', () => {
    const batches = deliver(events, 64);
    let lastStats = {};
    let now = Number(events[events.length - 1]!.wallUnixNs) + 60e9; // a backlog: the clock is a minute ahead
    const traces = collect({ watermarks: true }, (c) => {
      for (const b of batches) {
        c.pushAll(b.events);
        if (Number.isFinite(b.watermark)) c.advanceWatermark(b.node, b.watermark, b.watermark + 1e6);
        c.tick((now += 1e6)); // ticks on the collector clock close nothing of a watermark node
      }
      for (const n of NODES) c.advanceWatermark(n, 2e18);
      c.tick((now += 1e6));
      lastStats = { late: c.stats.lateDropped, incomplete: c.stats.tracesIncomplete };
    });
    expect(lastStats).toEqual({ late: 0, incomplete: 0 });
    expect(traces.map(summary).sort()).toEqual(inOrder.map(summary).sort());
    expect(new Set(traces.map((t) => t.id)).size).toBe(traces.length);
  });

  it('the same delivery without watermarks breaks traces (what the watermarks fix)', () => {
    const batches = deliver(events, 64);
    let now = Number(events[events.length - 1]!.wallUnixNs) + 60e9;
    const traces = collect({ watermarks: false }, (c) => {
      for (const b of batches) {
        c.pushAll(b.events);
        c.tick((now += 1e6));
      }
      c.flush();
    });
    const incomplete = traces.filter((t) => t.verdict === 'incomplete').length;
    expect(incomplete).toBeGreaterThan(inOrder.length / 10);
  });

  it('a watermark node is waited for until its watermark passes, not by the clock; a stalled agent is given up', () => {
    // A request leaves ip-10-0-0-75; its arrival on ip-10-0-0-49 comes only much later.
    const walk = allWalks(5_000_000_000n, 0).find((w) => w.events.some((e) => e.node === N75) && w.events.some((e) => e.node === N49))!;
    const a = walk.events.filter((e) => e.node === N75);
    const b = walk.events.filter((e) => e.node !== N75);
    const end = Math.max(...walk.events.map((e) => Number(e.wallUnixNs)));
    let before = -1;
    const traces = collect({ watermarks: true }, (c) => {
      c.pushAll(a);
      c.advanceWatermark(N75, end + 100e6);
      c.advanceWatermark(N228, end + 100e6);
      c.tick(end + 100e9); // the collector clock 100 s on: still waiting for ip-10-0-0-49
      before = c.stats.traces;
      c.pushAll(b);
      c.advanceWatermark(N49, end + 300e6);
      c.advanceWatermark(N75, end + 400e6);
      c.advanceWatermark(N228, end + 400e6);
    });
    expect(before).toBe(0);
    expect(traces.map((t) => t.verdict)).toEqual(['delivered']);
    expect(traces[0]!.nodes).toEqual([N75, N49]);

    const stalled = collect({ watermarks: true }, (c) => {
      c.pushAll(a);
      c.advanceWatermark(N75, end + 100e6);
      c.advanceWatermark(N49, end - 10e6, end + 6e9); // its agent's clock is 6 s past its watermark
      c.tick(end + 7e9);
    });
    expect(stalled).toHaveLength(1);
    expect(stalled[0]!.verdict).toBe('incomplete');
    expect(stalled[0]!.incompleteReasons).toEqual([`arrival not seen on node ${N49}`]);
  });

  it('an agent far behind but moving (starved of CPU) is waited for; one whose watermark stopped is given up', () => {
    const walk = allWalks(5_000_000_000n, 0).find((w) => w.events.some((e) => e.node === N75) && w.events.some((e) => e.node === N49))!;
    const a = walk.events.filter((e) => e.node === N75);
    const b = walk.events.filter((e) => e.node !== N75);
    const end = Math.max(...walk.events.map((e) => Number(e.wallUnixNs)));
    // ip-10-0-0-49's agent falls behind until it reads its backlog 8 s late: every batch moves its
    // watermark on by 10 ms while its clock moves on by 410 ms.
    const behind = collect({ watermarks: true }, (c) => {
      c.pushAll(a);
      c.advanceWatermark(N75, end + 100e6);
      for (let i = 0; i <= 20; i++) c.advanceWatermark(N49, end - 200e6 + i * 10e6, end - 200e6 + i * 410e6);
      expect(c.stats.traces).toBe(0); // still waiting, 8 s behind
      c.pushAll(b);
      c.advanceWatermark(N49, end + 300e6, end + 300e6 + 8e9);
      c.advanceWatermark(N228, end + 400e6);
      expect(c.stats.stalls).toBe(0);
    });
    expect(behind.map((t) => t.verdict)).toEqual(['delivered']);
    // The same agent's watermark stops moving: 5 s of its clock later it is stalled.
    let stalls = -1;
    const stuck = collect({ watermarks: true }, (c) => {
      c.pushAll(a);
      c.advanceWatermark(N75, end + 100e6);
      c.advanceWatermark(N49, end - 200e6, end - 200e6 + 1e6);
      c.advanceWatermark(N49, end - 200e6, end - 200e6 + 4.9e9);
      expect(c.stats.traces).toBe(0); // 4.9 s without a move: not yet
      c.advanceWatermark(N49, end - 200e6, end - 200e6 + 5.2e9);
      c.tick(end + 6e9);
      stalls = c.stats.stalls;
    });
    expect(stalls).toBe(1);
    expect(stuck.map((t) => t.incompleteReasons)).toEqual([[`arrival not seen on node ${N49}`]]);
  });

  it('a loss window marks exactly the incomplete traces it overlaps', () => {
    // ip-10-0-0-49 loses every event in one 30 ms window (rounds 10 and 11 start in it).
    const from = 5_000_000_000 + 10 * 20_000_000 - 1_000;
    const to = from + 30_000_000;
    const inWindow = (e: PacketEvent): boolean => e.node === N49 && Number(e.monoNs) >= from && Number(e.monoNs) <= to;
    const base = Number(events[0]!.wallUnixNs) - Number(events[0]!.monoNs);
    const traces = collect({ watermarks: true }, (c) => {
      c.reportLossWindow(N49, base + from, base + to, 17, 'bpftrace lost events');
      c.pushAll(events.filter((e) => !inWindow(e)));
      for (const n of NODES) c.advanceWatermark(n, 2e18);
    });
    const lossNote = `events lost on ${N49} (its agent reported 17: bpftrace lost events)`;
    const marked = traces.filter((t) => t.incompleteReasons.includes(lossNote));
    const incomplete = traces.filter((t) => t.verdict === 'incomplete');
    expect(marked.length).toBeGreaterThan(0);
    // every incomplete trace is one that touched the window, and says so
    expect(marked.map((t) => t.id).sort()).toEqual(incomplete.map((t) => t.id).sort());
    for (const t of marked) {
      const start = Number(t.startNs);
      const endNs = Number(t.endNs);
      expect(endNs + 50e6 >= base + from && start - 50e6 <= base + to).toBe(true);
    }
    // traces far from the window are complete
    expect(traces.filter((t) => Number(t.endNs) < base + from - 100e6).every((t) => t.verdict !== 'incomplete')).toBe(true);
  });

  describe('with node-local segments (issue 11): the agents build segments on their own watermarks', () => {
    /** Agents (agent/segments.ts, the collector's topology as JSON) and a collector that stitches their segments. */
    function viaSegments(run: (ship: { batch(node: string, events: PacketEvent[], watermark: number): void; loss(node: string, from: number, to: number, n: number, cause: string): void }) => void): { traces: Trace[]; segments: number } {
      const traces: Trace[] = [];
      const topology = labModel();
      const c = new Correlator({ topology, onTrace: (t) => traces.push(t) });
      for (const n of NODES) {
        c.setAgent(n, true);
        c.useWatermarks(n);
      }
      const agents = new Map(NODES.map((n) => {
        const a = new AgentSegments(n);
        a.setTopology(JSON.stringify(topology.data()));
        return [n, a] as const;
      }));
      let segments = 0;
      run({
        batch(node, evs, watermark) {
          const a = agents.get(node)!;
          // as agent/run-collector.ts does: segments of the events, of the watermark, then the watermark
          const segs = [...a.push(evs), ...(Number.isFinite(watermark) ? a.watermark(watermark, watermark + 1e6) : a.flush())];
          segments += segs.length;
          for (const sg of segs) c.pushSegment(sg);
          c.advanceWatermark(node, Number.isFinite(watermark) ? watermark : 2e18, Number.isFinite(watermark) ? watermark + 1e6 : undefined);
        },
        loss: (node, from, to, n, cause) => c.reportLossWindow(node, from, to, n, cause),
      });
      return { traces, segments };
    }

    it('events out of order by up to 800 ms, in batches: the same traces as the in-order stream', () => {
      const { traces, segments } = viaSegments((ship) => {
        for (const b of deliver(events, 64)) ship.batch(b.node, b.events, b.watermark);
        for (const n of NODES) ship.batch(n, [], Infinity);
      });
      expect(segments).toBe(25 * 12);
      expect(traces.map(summary).sort()).toEqual(inOrder.map(summary).sort());
    });

    it('a loss window reaches the collector and marks exactly the incomplete traces it overlaps', () => {
      const from = 5_000_000_000 + 10 * 20_000_000 - 1_000;
      const to = from + 30_000_000;
      const inWindow = (e: PacketEvent): boolean => e.node === N49 && Number(e.monoNs) >= from && Number(e.monoNs) <= to;
      const base = Number(events[0]!.wallUnixNs) - Number(events[0]!.monoNs);
      const { traces } = viaSegments((ship) => {
        ship.loss(N49, base + from, base + to, 17, 'bpftrace lost events');
        for (const n of NODES) ship.batch(n, events.filter((e) => e.node === n && !inWindow(e)), Infinity);
      });
      const lossNote = `events lost on ${N49} (its agent reported 17: bpftrace lost events)`;
      const marked = traces.filter((t) => t.incompleteReasons.includes(lossNote));
      const incomplete = traces.filter((t) => t.verdict === 'incomplete');
      expect(marked.length).toBeGreaterThan(0);
      expect(marked.map((t) => t.id).sort()).toEqual(incomplete.map((t) => t.id).sort());
      for (const t of marked) expect(Number(t.endNs) + 50e6 >= base + from && Number(t.startNs) - 50e6 <= base + to).toBe(true);
      expect(traces.filter((t) => Number(t.endNs) < base + from - 100e6).every((t) => t.verdict !== 'incomplete')).toBe(true);
    });
  });
});
