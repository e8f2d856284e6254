/**
 * The reference walks' recorded real lab events (test/collector/fixtures, see lab-replay.test.ts)
 * through the production correlator into a trace store, as a running collector would hold them:
 * the input of the export tests (OTLP, pcapng) on every machine, root or not.
 */
import { readFileSync } from 'node:fs';
import { Correlator } from '../../collector/correlate/correlator.js';
import { TraceStore } from '../../collector/store.js';
import { fromLabTopology, type LabStateLike, type LabTopologyLike } from '../../collector/topology/lab.js';
import { TopologyModel } from '../../collector/topology/model.js';
import type { Trace } from '../../collector/trace-model.js';
import { deserializeEvents } from '../collector/lab-walk.js';

const NODES = ['ip-10-0-0-75', 'ip-10-0-0-49', 'ip-10-0-1-228'];

export type WalkName = 'clusterip' | 'nodeport-remote' | 'egress' | 'cross-node' | 'same-node' | 'dns';

export function replayWalk(name: WalkName, onTrace?: (t: Trace, store: TraceStore) => void): { traces: Trace[]; store: TraceStore } {
  const stateFile = name === 'clusterip' ? 'lab-clusterip-state.json' : 'lab-walks-state.json';
  const state = JSON.parse(readFileSync(`test/collector/fixtures/${stateFile}`, 'utf8')) as { topology: LabTopologyLike } & LabStateLike;
  const events = deserializeEvents(readFileSync(`test/collector/fixtures/lab-${name}-events.json`, 'utf8'));
  const store = new TraceStore();
  const traces: Trace[] = [];
  const c = new Correlator({
    topology: new TopologyModel(fromLabTopology(state.topology, state)),
    onTrace: (t) => {
      store.addTrace(t);
      traces.push(t);
      onTrace?.(t, store);
    },
    onFlow: (f) => store.upsertFlow(f),
  });
  for (const n of NODES) c.setAgent(n, true);
  c.pushAll(events);
  c.flush();
  return { traces, store };
}

/** The first request (a TCP SYN, or the first packet) and the reply that answers it. */
export function synAndSynAck(traces: Trace[]): { request: Trace; reply: Trace } {
  const byStart = [...traces].sort((a, b) => (BigInt(a.startNs) < BigInt(b.startNs) ? -1 : 1));
  const request = byStart.find((t) => t.direction === 'request')!;
  const reply = byStart.find((t) => t.direction === 'reply' && t.flowId === request.flowId)!;
  return { request, reply };
}
