/**
 * The collector's correlator on REAL kernel events: the lab up, one agent PacketSource (real
 * bpftrace) per lab node, toolbox-a curls echo-clusterip. The request must come out as the
 * reference walk — toolbox-a's eth0 and veth, the DNAT to the chosen echoserver with no SNAT,
 * routing table 2 out of ENI ens6 10.0.0.85, the VPC router, the echoserver's node ENI, veth and
 * eth0 — and the SYN-ACK as its reply, un-DNATed, in the same flow.
 *
 * PACKETLIFE_RECORD=1 also writes the captured events to test/collector/fixtures/ so the replay
 * test (lab-replay.test.ts) checks the same on every machine, root or not.
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
import type { Trace } from '../../collector/trace-model.js';
import { labDown, labExec, labUp } from '../../lab/lab.js';
import type { LabState } from '../../lab/state.js';
import { WALK_CHECKS, checkClusterIpWalk, checkWalkCommon, serializeEvents } from './lab-walk.js';

const LAB = `co${process.pid % 1_000_000}`;
const NODES = ['ip-10-0-0-75', 'ip-10-0-0-49', 'ip-10-0-1-228'];
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describeWithBpftrace('correlator on real lab events (one agent per node, real bpftrace)', () => {
  let state: LabState;
  const sources: PacketSource[] = [];
  const events: PacketEvent[] = [];

  beforeAll(async () => {
    state = await labUp({ name: LAB });
    for (const node of NODES) {
      const s = new PacketSource({ node, scope: { kind: 'lab', lab: LAB, node }, tier: 'tracepoint', snapshotIntervalMs: 0 });
      s.on('events', (batch: PacketEvent[]) => events.push(...batch));
      sources.push(s);
    }
    await Promise.all(sources.map((s) => s.start()));
  });
  afterAll(async () => {
    await Promise.all(sources.map((s) => s.stop().catch(() => undefined)));
    await labDown({ name: LAB });
  });

  it('toolbox-a → echo-clusterip: the full walk, DNAT without SNAT, table 2, the VPC router, the reply', async () => {
    // The collector's own session compiler makes the filter the agents put in the kernel.
    const topology = new TopologyModel(fromLabTopology(state.topology, state));
    const compiled = compileSession(topology, { from: 'pod/packetlab/toolbox-a', to: 'svc/packetlab/echo-clusterip', protocol: 'tcp' });
    await Promise.all(sources.map((s) => s.setSessions([{ id: 'clusterip', filter: compiled.filter }])));
    await sleep(300);
    events.length = 0;
    const r = await labExec(LAB, 'toolbox-a', ['curl', '-s', '--max-time', '5', 'http://172.20.122.189/']);
    expect(r.stdout).toContain('client_address=10.0.1.51');
    await sleep(500);
    for (const s of sources) s.flush();
    await sleep(100);
    const captured = [...events];
    if (process.env.PACKETLIFE_RECORD === '1') {
      mkdirSync('test/collector/fixtures', { recursive: true });
      writeFileSync('test/collector/fixtures/lab-clusterip-events.json', serializeEvents(captured));
      writeFileSync('test/collector/fixtures/lab-clusterip-state.json', `${JSON.stringify({ topology: state.topology, netns: state.netns }, null, 1)}\n`);
    }
    const traces: Trace[] = [];
    const c = new Correlator({ topology, onTrace: (t) => traces.push(t) });
    for (const n of NODES) c.setAgent(n, true);
    c.pushAll(captured);
    c.flush();
    const { request, reply } = checkClusterIpWalk(traces);
    process.stderr.write(`${renderTrace(request)}\n\n${renderTrace(reply)}\n`);
  });
});

/** More reference walks captured from the real kernel: recorded for the replay tests. */
const WALKS: Array<{ name: string; target: string; cmd: string[]; from: string; to: string; protocol: string; expect: string }> = [
  { name: 'same-node', target: 'packetlab/toolbox-b', cmd: ['curl', '-s', '--max-time', '5', 'http://10.0.2.127:8080/'], from: 'pod/packetlab/toolbox-b', to: 'pod/packetlab/echoserver-b', protocol: 'tcp', expect: 'client_address=10.0.2.29' },
  { name: 'cross-node', target: 'packetlab/toolbox-a', cmd: ['curl', '-s', '--max-time', '5', 'http://10.0.2.127:8080/'], from: 'pod/packetlab/toolbox-a', to: 'pod/packetlab/echoserver-b', protocol: 'tcp', expect: 'client_address=10.0.1.51' },
  { name: 'nodeport-remote', target: 'packetlab/toolbox-b', cmd: ['curl', '-s', '--max-time', '5', 'http://10.0.0.75:32385/'], from: 'pod/packetlab/toolbox-b', to: 'svc/packetlab/echo-nodeport', protocol: 'tcp', expect: 'client_address=10.0.0.75' },
  { name: 'nodeport-local', target: 'ip-10-0-0-75', cmd: ['curl', '-s', '--max-time', '5', 'http://10.0.0.75:32385/'], from: 'node/ip-10-0-0-75', to: 'svc/packetlab/echo-nodeport', protocol: 'tcp', expect: 'client_address=' },
  { name: 'egress', target: 'packetlab/toolbox-b', cmd: ['curl', '-s', '--max-time', '5', 'http://198.51.100.10/'], from: 'pod/packetlab/toolbox-b', to: '198.51.100.10', protocol: 'tcp', expect: '203.0.113.10' },
  { name: 'nlb', target: 'internet', cmd: ['curl', '-s', '--max-time', '5', 'http://203.0.113.20/'], from: '198.51.100.10', to: 'svc/packetlab/echo-nlb', protocol: 'tcp', expect: 'client_address=' },
  { name: 'alb', target: 'internet', cmd: ['curl', '-s', '--max-time', '5', 'http://203.0.113.30/'], from: '198.51.100.10', to: 'svc/packetlab/echo-clusterip', protocol: 'tcp', expect: 'client_address=' },
  { name: 'dns', target: 'packetlab/toolbox-a', cmd: ['dig', '+short', '+tries=1', '+time=3', '@172.20.0.10', 'echo-clusterip.packetlab.svc.cluster.local'], from: 'pod/packetlab/toolbox-a', to: 'svc/kube-system/kube-dns', protocol: 'udp', expect: '172.20.122.189' },
];

describeWithBpftrace('more reference walks on real lab events (recorded for replay)', () => {
  let state: LabState;
  const sources: PacketSource[] = [];
  const events: PacketEvent[] = [];
  const LAB2 = `cw${process.pid % 1_000_000}`;

  beforeAll(async () => {
    state = await labUp({ name: LAB2 });
    if (process.env.PACKETLIFE_RECORD === '1') {
      mkdirSync('test/collector/fixtures', { recursive: true });
      writeFileSync('test/collector/fixtures/lab-walks-state.json', `${JSON.stringify({ topology: state.topology, netns: state.netns }, null, 1)}\n`);
    }
    for (const node of NODES) {
      const s = new PacketSource({ node, scope: { kind: 'lab', lab: LAB2, node }, tier: 'tracepoint', snapshotIntervalMs: 0 });
      s.on('events', (batch: PacketEvent[]) => events.push(...batch));
      sources.push(s);
    }
    await Promise.all(sources.map((s) => s.start()));
  });
  afterAll(async () => {
    await Promise.all(sources.map((s) => s.stop().catch(() => undefined)));
    await labDown({ name: LAB2 });
  });

  for (const w of WALKS) {
    it(`${w.name}: ${WALK_CHECKS[w.name]!.title}`, async () => {
      const topology = new TopologyModel(fromLabTopology(state.topology, state));
      const compiled = compileSession(topology, { from: w.from, to: w.to, protocol: w.protocol });
      await Promise.all(sources.map((s) => s.setSessions([{ id: w.name, filter: compiled.filter }])));
      await sleep(300);
      events.length = 0;
      const r = await labExec(LAB2, w.target, w.cmd);
      expect(r.stdout).toContain(w.expect);
      await sleep(500);
      for (const s of sources) s.flush();
      await sleep(100);
      const captured = [...events];
      if (process.env.PACKETLIFE_RECORD === '1') {
        writeFileSync(`test/collector/fixtures/lab-${w.name}-events.json`, serializeEvents(captured));
      }
      const traces: Trace[] = [];
      const c = new Correlator({ topology, onTrace: (t) => traces.push(t) });
      for (const n of NODES) c.setAgent(n, true);
      c.pushAll(captured);
      c.flush();
      checkWalkCommon(traces);
      WALK_CHECKS[w.name]!.check(traces);
      process.stderr.write(`--- ${w.name}\n${traces.slice(0, 2).map(renderTrace).join('\n\n')}\n`);
    });
  }
});
