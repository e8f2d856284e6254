/**
 * The golden scenarios of the correlator (correlator-golden.test.ts): every trace, flow and
 * counter it produces on the benchmark's stream and on every recorded lab fixture — in order,
 * shuffled and duplicated, under tight memory bounds, closed by tick() on a wall clock, with an
 * agent gone and losses reported — serialized canonically. Shared by the test of one correlator
 * and the test of agent-built segments stitched by a collector (segments-golden.test.ts), which
 * must give the very same output.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { PacketEvent } from '../../common/event.js';
import { Correlator, type CorrelatorOptions } from '../../collector/correlate/correlator.js';
import { fromLabTopology, type LabStateLike, type LabTopologyLike } from '../../collector/topology/lab.js';
import { TopologyModel } from '../../collector/topology/model.js';
import { deserializeEvents } from './lab-walk.js';
import { N228, N49, N75, allWalks, droppedOnNode, hairpinClusterIp, labModel } from '../../fixtures/walks.js';

export const GOLDEN = 'test/collector/fixtures/correlator-golden.json';
const NODES = [N75, N49, N228];

/** JSON with sorted keys and bigints as "123n": the same output always gives the same text. */
export function canonical(v: unknown): string {
  if (typeof v === 'bigint') return JSON.stringify(`${v}n`);
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/** What a scenario drives: one Correlator, or agents' segment builders and a stitching collector behind one face. */
export type Driven = Pick<Correlator, 'pushAll' | 'flush' | 'tick' | 'setAgent' | 'reportLoss' | 'stats'>;

export interface Drive {
  topology: () => TopologyModel;
  options?: Partial<CorrelatorOptions>;
  agents?: string[];
  run(c: Driven): void;
}

/**
 * Everything the correlator hands out, serialized at the moment it hands it out, then its stats.
 * `make` builds what is driven (default: one Correlator) from the options with the callbacks.
 */
export function output(d: Drive, make: (options: CorrelatorOptions) => Driven = (o) => new Correlator(o)): string {
  const parts: string[] = [];
  const c = make({
    ...d.options,
    topology: d.topology(),
    onTrace: (t) => parts.push(`T${canonical(t)}`),
    onFlow: (f) => parts.push(`F${canonical(f)}`),
  });
  for (const n of d.agents ?? NODES) c.setAgent(n, true);
  d.run(c);
  parts.push(`S${canonical(c.stats)}`);
  return parts.join('\n');
}

function benchStream(rounds: number): PacketEvent[] {
  const out: PacketEvent[] = [];
  for (let r = 0; r < rounds; r++) {
    const t = 5_000_000_000n + BigInt(r) * 20_000_000n;
    for (const w of allWalks(t, r)) out.push(...w.events);
    if (r % 5 === 0) out.push(...droppedOnNode(t + 15_000_000n, (18446612000090000000n + BigInt(r) * 4096n).toString()).events);
    if (r % 7 === 0) out.push(...hairpinClusterIp(t + 17_000_000n, (18446612000080000000n + BigInt(r) * 4096n).toString(), 30000 + r).events);
  }
  return out;
}

/** Reorder within `spanNs` of monotonic time and repeat every `dupEvery`th event (deterministic). */
function shuffled(events: PacketEvent[], spanNs: bigint, dupEvery: number): PacketEvent[] {
  let seed = 7;
  const keyed = events.map((e, i) => ({ e, k: Number(e.monoNs / spanNs) * 1e6 + ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 1000), i }));
  keyed.sort((a, b) => a.k - b.k || a.i - b.i);
  return keyed.flatMap((x, i) => (i % dupEvery === 0 ? [x.e, { ...x.e }] : [x.e]));
}

function fixtureTopology(name: string): () => TopologyModel {
  const stateFile = name === 'clusterip' ? 'lab-clusterip-state.json' : name.startsWith('truth-') ? 'lab-truth-state.json' : 'lab-walks-state.json';
  const st = JSON.parse(readFileSync(`test/collector/fixtures/${stateFile}`, 'utf8')) as { topology: LabTopologyLike } & LabStateLike;
  return () => new TopologyModel(fromLabTopology(st.topology, st));
}

const fixtures = readdirSync('test/collector/fixtures')
  .map((f) => /^lab-(.+)-events\.json$/.exec(f)?.[1])
  .filter((n): n is string => n !== undefined)
  .sort();

export function scenarios(): Record<string, Drive> {
  const stream = benchStream(30);
  const all: Record<string, Drive> = {
    'bench stream': { topology: labModel, run: (c) => (c.pushAll(stream), c.flush()) },
    'bench stream shuffled within 3 ms, duplicated': { topology: labModel, run: (c) => (c.pushAll(shuffled(stream, 3_000_000n, 5)), c.flush()) },
    'bench stream under tight bounds': {
      topology: labModel,
      options: { maxInFlightChains: 6, maxPendingTraces: 1, maxActiveFlows: 4, maxRoutesPerNode: 8 },
      run: (c) => (c.pushAll(stream), c.flush()),
    },
    'bench stream without the agent on ip-10-0-1-228, losses reported': {
      topology: labModel,
      agents: [N75, N49],
      run: (c) => {
        c.setAgent(N228, false);
        c.reportLoss(N75, 3, 5_100_000_000n);
        c.reportLoss(N49, 2);
        c.pushAll(stream.filter((e) => e.node !== N228));
        c.flush();
      },
    },
    'bench stream in batches, closed by tick on the wall clock': {
      topology: labModel,
      options: { quietNs: 30e6, traceTimeoutNs: 60e6, flowIdleNs: 100e6 },
      run: (c) => {
        let now = 5_000_000_000;
        for (let i = 0; i < stream.length; i += 40) {
          c.pushAll(stream.slice(i, i + 40));
          now += 10_000_000;
          c.tick(now);
          if (i % 400 === 0) c.tick(now + 50_000_000); // a quiet spell: nodes judged on the collector clock
        }
        c.tick(now + 10e9);
        c.flush();
      },
    },
  };
  for (const name of fixtures) {
    const events = deserializeEvents(readFileSync(`test/collector/fixtures/lab-${name}-events.json`, 'utf8'));
    all[`recorded ${name}`] = { topology: fixtureTopology(name), run: (c) => (c.pushAll(events), c.flush()) };
    all[`recorded ${name} shuffled within 2 ms, duplicated`] = { topology: fixtureTopology(name), run: (c) => (c.pushAll(shuffled(events, 2_000_000n, 4)), c.flush()) };
    // As a lab collector runs it: every node one kernel clock, so gaps between nodes carry their transit.
    all[`recorded ${name}, one clock`] = { topology: fixtureTopology(name), options: { sharedClock: () => true }, run: (c) => (c.pushAll(events), c.flush()) };
  }
  return all;
}

