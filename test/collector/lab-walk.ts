/**
 * The ClusterIP walk as the lab's kernel really emits it, checked hop by hop; shared by the live
 * lab test and the replay of its recorded events. Also (de)serialization of recorded events
 * (bigints as decimal strings).
 */
import { expect } from 'vitest';
import type { PacketEvent } from '../../common/event.js';
import type { Trace } from '../../collector/trace-model.js';
import { vpcCniVethName } from '../../collector/topology/model.js';

const VIP = '172.20.122.189';
const ENDPOINTS: Record<string, { pod: string; node: string; eni: string }> = {
  '10.0.3.193': { pod: 'packetlab/echoserver-a', node: 'ip-10-0-1-228', eni: 'ENI ens6 10.0.1.238' },
  '10.0.2.127': { pod: 'packetlab/echoserver-b', node: 'ip-10-0-0-49', eni: 'ENI ens6 10.0.0.59' },
};
const veth = (pod: string): string => vpcCniVethName(pod.split('/')[0]!, pod.split('/')[1]!);

export function serializeEvents(events: PacketEvent[]): string {
  return `${JSON.stringify(events, (_k, v: unknown) => (typeof v === 'bigint' ? `${v.toString()}n` : v), 0)}\n`;
}

export function deserializeEvents(text: string): PacketEvent[] {
  return JSON.parse(text, (_k, v: unknown) => (typeof v === 'string' && /^\d+n$/.test(v) ? BigInt(v.slice(0, -1)) : v)) as PacketEvent[];
}

/** Finds the SYN's request trace and the SYN-ACK's reply trace and checks them exactly. */
export function checkClusterIpWalk(traces: Trace[]): { request: Trace; reply: Trace } {
  const request = traces.find((t) => t.first.src === '10.0.1.51' && t.first.dst === VIP && t.hops[0]!.packet.tcpFlags === 0x02);
  expect(request, 'the SYN to the VIP as one trace').toBeDefined();
  const req = request!;
  const endpointIp = req.last.dst;
  const ep = ENDPOINTS[endpointIp];
  expect(ep, `DNAT to an echoserver endpoint, got ${endpointIp}`).toBeDefined();
  expect(req.hops.map((h) => `${h.direction === 'transmit' ? 'tx' : 'rx'} ${h.place.label}`)).toEqual([
    'tx packetlab/toolbox-a eth0',
    `rx veth ${veth('packetlab/toolbox-a')} (packetlab/toolbox-a)`,
    'tx ENI ens6 10.0.0.85',
    `rx ${ep!.eni}`,
    `tx veth ${veth(ep!.pod)} (${ep!.pod})`,
    `rx ${ep!.pod} eth0`,
  ]);
  expect(req.nodes).toEqual(['ip-10-0-0-75', ep!.node]);
  expect(req.gaps).toEqual([{ afterHop: 2, kind: 'vpc-fabric', label: 'VPC router (not observed)' }]);
  expect(req.nats).toHaveLength(1);
  expect(req.nats[0]).toMatchObject({
    kind: 'DNAT',
    afterHop: 1,
    cause: 'clusterip',
    service: 'packetlab/echo-clusterip',
    endpointPod: ep!.pod,
    before: { src: '10.0.1.51', dst: VIP, dport: 80, protocol: 6 },
    after: { src: '10.0.1.51', dst: endpointIp, dport: 8080, protocol: 6 },
  });
  const table2 = req.routes.find((r) => r.node === 'ip-10-0-0-75' && r.atHop === 1);
  expect(table2).toMatchObject({ table: 2, tableName: 'table 2 (ENI ens6 10.0.0.85)', gateway: '10.0.0.1', dev: 'ens6', dst: endpointIp });
  // On the endpoint's node, rule 512 (to POD) sends it through main to the pod's veth.
  expect(req.routes.find((r) => r.node === ep!.node && r.atHop === 3)).toMatchObject({ table: 254, tableName: 'main', dev: veth(ep!.pod) });
  expect(req.verdict).toBe('delivered');
  expect(req.direction).toBe('request');

  const reply = traces.find((t) => t.first.src === endpointIp && t.first.dst === '10.0.1.51' && t.hops[0]!.packet.tcpFlags === 0x12);
  expect(reply, 'the SYN-ACK as one trace').toBeDefined();
  const rep = reply!;
  expect(rep.direction).toBe('reply');
  expect(rep.flowId).toBe(req.flowId);
  expect(rep.nodes).toEqual([ep!.node, 'ip-10-0-0-75']);
  expect(rep.nats.map((n) => [n.kind, n.cause, n.after.src, n.after.sport])).toEqual([['UNDNAT', 'reply', VIP, 80]]);
  expect(rep.hops[rep.hops.length - 1]!.place.label).toBe('packetlab/toolbox-a eth0');
  // The reply leaves the endpoint's node by its ENI's table (rule 1536 from POD), like 5e.
  const epEni = ep!.eni.split(' ')[1]!;
  expect(rep.routes.find((r) => r.node === ep!.node && r.atHop === 1)).toMatchObject({ tableName: `table 2 (${ep!.eni})`, dev: epEni });
  expect(rep.routes.find((r) => r.node === 'ip-10-0-0-75' && r.atHop === 3)).toMatchObject({ table: 254, dev: veth('packetlab/toolbox-a') });
  expect(rep.verdict).toBe('delivered');
  return { request: req, reply: rep };
}
