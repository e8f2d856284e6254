/**
 * Egress with AWS_VPC_K8S_CNI_EXTERNALSNAT=true, on real kernel events: the node does no SNAT —
 * the pod's own address leaves the node (by its ENI's table 2) — and the NAT gateway is the only
 * rewrite (inferred: the VPC fabric is not observed). One agent, on the sender's node.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithBpftrace } from '../support/gate.js';
import { PacketSource } from '../../agent/source.js';
import type { PacketEvent } from '../../common/event.js';
import { Correlator } from '../../collector/correlate/correlator.js';
import { compileSession } from '../../collector/sessions.js';
import { fromLabTopology } from '../../collector/topology/lab.js';
import { TopologyModel, vpcCniVethName } from '../../collector/topology/model.js';
import type { Trace } from '../../collector/trace-model.js';
import { labDown, labExec, labUp } from '../../lab/lab.js';
import type { LabState } from '../../lab/state.js';
import { loadTopology } from '../../lab/topology.js';

const LAB = `xs${process.pid % 1_000_000}`;
const NODE = 'ip-10-0-0-75';
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describeWithBpftrace('egress with external SNAT on (real bpftrace on the sender node)', () => {
  let state: LabState;
  let source: PacketSource;
  const events: PacketEvent[] = [];

  beforeAll(async () => {
    const topology = loadTopology();
    topology.vpcCni.externalSnat = true;
    state = await labUp({ name: LAB, topology });
    source = new PacketSource({ node: NODE, scope: { kind: 'lab', lab: LAB, node: NODE }, tier: 'tracepoint', snapshotIntervalMs: 0 });
    source.on('events', (batch: PacketEvent[]) => events.push(...batch));
    await source.start();
  });
  afterAll(async () => {
    await source?.stop().catch(() => undefined);
    await labDown({ name: LAB });
  });

  it('keeps the pod address out of the node, out of ENI ens6 by table 2; only the NAT gateway rewrites it', async () => {
    const topology = new TopologyModel(fromLabTopology(state.topology, state));
    const compiled = compileSession(topology, { from: 'pod/packetlab/toolbox-a', to: '198.51.100.10', protocol: 'tcp' });
    await source.setSessions([{ id: 'egress', filter: compiled.filter }]);
    await sleep(300);
    const r = await labExec(LAB, 'packetlab/toolbox-a', ['curl', '-s', '--max-time', '5', 'http://198.51.100.10/']);
    expect(String(r.stdout).trim()).toBe('203.0.113.10');
    await sleep(500);
    source.flush();
    await sleep(100);

    const traces: Trace[] = [];
    const c = new Correlator({ topology, onTrace: (t) => traces.push(t) });
    c.setAgent(NODE, true);
    c.pushAll(events);
    c.flush();
    const syn = traces.find((t) => t.first.src === '10.0.1.51' && t.hops[0]!.packet.tcpFlags === 0x02);
    expect(syn, 'the SYN from toolbox-a as one trace').toBeDefined();
    expect(syn!.hops.map((h) => `${h.direction === 'transmit' ? 'tx' : 'rx'} ${h.place.label}`)).toEqual([
      'tx packetlab/toolbox-a eth0',
      `rx veth ${vpcCniVethName('packetlab', 'toolbox-a')} (packetlab/toolbox-a)`,
      'tx ENI ens6 10.0.0.85',
    ]);
    // The pod's own address on the wire: no VPC CNI SNAT on the node.
    expect(syn!.hops.map((h) => h.packet.src)).toEqual(['10.0.1.51', '10.0.1.51', '10.0.1.51']);
    expect(syn!.routes.find((rt) => rt.atHop === 1)).toMatchObject({ table: 2, tableName: 'table 2 (ENI ens6 10.0.0.85)', dev: 'ens6', gateway: '10.0.0.1' });
    expect(syn!.nats.map((n) => [n.kind, n.cause, n.before.src, n.after.src, n.inferred ?? false])).toEqual([
      ['SNAT', 'nat-gateway', '10.0.1.51', '203.0.113.10', true],
    ]);
    expect(syn!.nats.some((n) => n.cause === 'vpc-cni-egress-snat')).toBe(false);
    const synack = traces.find((t) => t.first.src === '198.51.100.10' && t.hops[0]!.packet.tcpFlags === 0x12);
    expect(synack, 'the SYN-ACK as a reply trace').toBeDefined();
    expect(synack!.direction).toBe('reply');
    expect(synack!.hops.at(-1)!.place.label).toBe('packetlab/toolbox-a eth0');
    expect(synack!.hops.at(-1)!.packet.dst).toBe('10.0.1.51');
  });
});
