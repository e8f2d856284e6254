/**
 * Trace truth on paths the reference walks do not take (issue 12), on REAL kernel events: a lab
 * altered the way clusters we did not write are — a UDP service whose endpoints do not listen, a
 * TCP service whose target port is closed, a pod with its own iptables DROP, a service without
 * endpoints, two services sharing endpoints, an NLB with IP targets, a LoadBalancer service with
 * externalTrafficPolicy Local — one agent PacketSource (real bpftrace) per node. Each exchange is
 * checked exactly (lab-truth.ts, shared with the replay in lab-truth-replay.test.ts).
 *
 * PACKETLIFE_RECORD=1 writes the events to test/collector/fixtures/lab-truth-*-events.json (and
 * the lab's state to lab-truth-state.json): the replay and the golden test run them everywhere.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithBpftrace } from '../support/gate.js';
import { PacketSource } from '../../agent/source.js';
import type { PacketEvent } from '../../common/event.js';
import { Correlator } from '../../collector/correlate/correlator.js';
import { compileSession } from '../../collector/sessions.js';
import { renderTrace } from '../../collector/render.js';
import { fromLabTopology } from '../../collector/topology/lab.js';
import { TopologyModel } from '../../collector/topology/model.js';
import type { Flow, Trace } from '../../collector/trace-model.js';
import { labDown, labExec, labUp } from '../../lab/lab.js';
import type { LabState } from '../../lab/state.js';
import { loadTopology } from '../../lab/topology.js';
import { serializeEvents } from './lab-walk.js';
import { TRUTH_CHECKS, TRUTH_NODES, TRUTH_WALKS, truthTopology } from './lab-truth.js';

const LAB = `tr${process.pid % 1_000_000}`;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const record = process.env.PACKETLIFE_RECORD === '1';

describeWithBpftrace('trace truth on real lab events (issue 12)', () => {
  let state: LabState;
  const sources: PacketSource[] = [];
  const events: PacketEvent[] = [];

  beforeAll(async () => {
    await labDown({ name: LAB });
    const topology = loadTopology();
    truthTopology(topology);
    state = await labUp({ name: LAB, topology });
    if (record) {
      mkdirSync('test/collector/fixtures', { recursive: true });
      writeFileSync('test/collector/fixtures/lab-truth-state.json', `${JSON.stringify({ topology: state.topology, netns: state.netns }, null, 1)}\n`);
    }
    for (const node of TRUTH_NODES) {
      const s = new PacketSource({ node, scope: { kind: 'lab', lab: LAB, node }, tier: 'tracepoint', snapshotIntervalMs: 0 });
      s.on('events', (batch: PacketEvent[]) => events.push(...batch));
      sources.push(s);
    }
    await Promise.all(sources.map((s) => s.start()));
  }, 60_000);
  afterAll(async () => {
    await Promise.all(sources.map((s) => s.stop().catch(() => undefined)));
    await labDown({ name: LAB });
  });

  for (const w of TRUTH_WALKS) {
    it(`${w.name}: ${TRUTH_CHECKS[w.name]!.title}`, async () => {
      const topology = new TopologyModel(fromLabTopology(state.topology, state));
      const compiled = compileSession(topology, w.session);
      await Promise.all(sources.map((s) => s.setSessions([{ id: w.name, filter: compiled.filter }])));
      for (const cmd of w.before ?? []) {
        const r = await labExec(LAB, cmd.target, cmd.argv);
        expect(r.exitCode, `${cmd.argv.join(' ')}: ${r.stderr}`).toBe(0);
      }
      try {
        await sleep(300);
        events.length = 0;
        const r = await labExec(LAB, w.target, w.cmd);
        expect(`${r.stdout}${r.stderr}`).toMatch(w.expect);
        await sleep(500);
        for (const s of sources) s.flush();
        await sleep(100);
      } finally {
        for (const cmd of w.after ?? []) await labExec(LAB, cmd.target, cmd.argv);
      }
      const captured = [...events];
      if (record) writeFileSync(`test/collector/fixtures/lab-truth-${w.name}-events.json`, serializeEvents(captured));
      const traces: Trace[] = [];
      const flows = new Map<string, Flow>();
      const c = new Correlator({ topology, onTrace: (t) => traces.push(t), onFlow: (f) => flows.set(f.id, f) });
      for (const n of TRUTH_NODES) c.setAgent(n, true);
      c.pushAll(captured);
      c.flush();
      process.stderr.write(`--- ${w.name}\n${traces.slice(0, 3).map(renderTrace).join('\n\n')}\n`);
      TRUTH_CHECKS[w.name]!.check(traces, topology, flows);
    }, 30_000);
  }
});
