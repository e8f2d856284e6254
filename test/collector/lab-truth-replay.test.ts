/**
 * Issue 12's exchanges replayed from the real kernel events recorded in the altered lab
 * (lab-truth.integration.test.ts with PACKETLIFE_RECORD=1), checked exactly on every machine.
 */
import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { Correlator } from '../../collector/correlate/correlator.js';
import { fromLabTopology, type LabStateLike, type LabTopologyLike } from '../../collector/topology/lab.js';
import { TopologyModel } from '../../collector/topology/model.js';
import type { Flow, Trace } from '../../collector/trace-model.js';
import { deserializeEvents } from './lab-walk.js';
import { TRUTH_CHECKS, TRUTH_NODES } from './lab-truth.js';

const state = JSON.parse(readFileSync('test/collector/fixtures/lab-truth-state.json', 'utf8')) as { topology: LabTopologyLike } & LabStateLike;

export function replayTruth(name: string): { traces: Trace[]; topo: TopologyModel; flows: Map<string, Flow> } {
  const topo = new TopologyModel(fromLabTopology(state.topology, state));
  const traces: Trace[] = [];
  const flows = new Map<string, Flow>();
  const c = new Correlator({ topology: topo, onTrace: (t) => traces.push(t), onFlow: (f) => flows.set(f.id, f) });
  for (const n of TRUTH_NODES) c.setAgent(n, true);
  c.pushAll(deserializeEvents(readFileSync(`test/collector/fixtures/lab-truth-${name}-events.json`, 'utf8')));
  c.flush();
  return { traces, topo, flows };
}

describe('trace truth on recorded real lab events (issue 12)', () => {
  for (const [name, { title, check }] of Object.entries(TRUTH_CHECKS)) {
    it(`${name}: ${title}`, () => {
      const { traces, topo, flows } = replayTruth(name);
      check(traces, topo, flows);
    });
  }
});
