/**
 * The reference's key packet walks on the default lab topology, hop by hop, as exact
 * expectations: places (node, direction, device label), the tuple each hop carried, the NAT
 * rewrites with their cause, the routing decision and the unobserved stretches. Shared by the
 * demo test (walks picked by `packetlife demo --json`) and the walks test (`packetlife trace`).
 *
 * The endpoint kube-proxy picks is random: it is read from the DNAT and every expectation after
 * it follows from that endpoint's row below.
 */
import { expect } from 'vitest';
import type { Tuple } from '../../common/event.js';
import type { Trace } from '../../collector/trace-model.js';

const TOOLBOX_A = { ip: '10.0.1.51', node: 'ip-10-0-0-75', veth: 'enid7e69f2b922', eni: 'ENI ens6 10.0.0.85' };
const NODE_75 = { ip: '10.0.0.75', primary: 'ENI ens5 10.0.0.75' };
const NODE_49 = { ip: '10.0.0.49', primary: 'ENI ens5 10.0.0.49' };
const CLUSTER_IP = '172.20.122.189';
const NODE_PORT = 32385;
const INTERNET = '198.51.100.10';
const NAT_GATEWAY_PUBLIC = '203.0.113.10';

/** Where each echo server lives: its node, the ENI its address is on, its host veth. */
export const ECHO_SERVERS: Record<string, { pod: string; ip: string; node: string; eni: string; veth: string; subnetRouter: string }> = {
  '10.0.3.193': { pod: 'packetlab/echoserver-a', ip: '10.0.3.193', node: 'ip-10-0-1-228', eni: 'ENI ens6 10.0.1.238', veth: 'eni92900d161c8', subnetRouter: '10.0.1.1' },
  '10.0.2.127': { pod: 'packetlab/echoserver-b', ip: '10.0.2.127', node: 'ip-10-0-0-49', eni: 'ENI ens6 10.0.0.59', veth: 'eni771d6be1154', subnetRouter: '10.0.0.1' },
};

const ep = (ip: string, port: number): string => `${ip}:${port}`;
const tuple = (t: Tuple): string => `${ep(t.src, t.sport)} → ${ep(t.dst, t.dport)}`;

/** One line per hop: "node tx|rx label  src:port → dst:port". */
export function hopLines(t: Trace): string[] {
  return t.hops.map((h) => `${h.place.node} ${h.direction === 'transmit' ? 'tx' : 'rx'} ${h.place.label}  ${tuple(h.packet)}`);
}

export function natLines(t: Trace): string[] {
  return t.nats.map((n) => `${n.kind} ${n.cause}${n.inferred ? ' (inferred)' : ''} on ${n.node} after hop ${n.afterHop}: ${tuple(n.before)} ⇒ ${tuple(n.after)}`);
}

export function gapLines(t: Trace): string[] {
  return (t.gaps ?? []).map((g) => `${g.kind} after hop ${g.afterHop}`);
}

/** The first request and the first reply of one flow, by start time (a TCP SYN and its SYN-ACK). */
export function requestAndReply(traces: Trace[]): { request: Trace; reply: Trace } {
  const byStart = [...traces].sort((a, b) => (BigInt(a.startNs) < BigInt(b.startNs) ? -1 : 1));
  const request = byStart.find((t) => t.direction === 'request');
  expect(request, `a request trace among ${traces.length}`).toBeDefined();
  const reply = byStart.find((t) => t.direction === 'reply' && t.flowId === request!.flowId);
  expect(reply, `a reply trace in flow ${request!.flowId}`).toBeDefined();
  return { request: request!, reply: reply! };
}

function endpointOf(request: Trace): (typeof ECHO_SERVERS)[string] {
  const dnat = request.nats.find((n) => n.kind.startsWith('DNAT'));
  expect(dnat, 'a DNAT on the request').toBeDefined();
  const server = ECHO_SERVERS[dnat!.after.dst];
  expect(server, `DNAT to an echo server, got ${dnat!.after.dst}`).toBeDefined();
  return server!;
}

/** toolbox-a → svc/packetlab/echo-clusterip:80 and the reply. Returns the chosen endpoint. */
export function expectClusterIpWalk(request: Trace, reply: Trace): string {
  const s = endpointOf(request);
  const port = request.first.sport;
  const toVip = `${ep(TOOLBOX_A.ip, port)} → ${ep(CLUSTER_IP, 80)}`;
  const toPod = `${ep(TOOLBOX_A.ip, port)} → ${ep(s.ip, 8080)}`;
  expect(request.verdict).toBe('delivered');
  expect(request.first).toEqual({ src: TOOLBOX_A.ip, dst: CLUSTER_IP, sport: port, dport: 80, protocol: 6 });
  expect(hopLines(request)).toEqual([
    `${TOOLBOX_A.node} tx packetlab/toolbox-a eth0  ${toVip}`,
    `${TOOLBOX_A.node} rx veth ${TOOLBOX_A.veth} (packetlab/toolbox-a)  ${toVip}`,
    `${TOOLBOX_A.node} tx ${TOOLBOX_A.eni}  ${toPod}`,
    `${s.node} rx ${s.eni}  ${toPod}`,
    `${s.node} tx veth ${s.veth} (${s.pod})  ${toPod}`,
    `${s.node} rx ${s.pod} eth0  ${toPod}`,
  ]);
  // DNAT to the endpoint, exact tuple; no SNAT anywhere: the echo server sees toolbox-a itself.
  expect(natLines(request)).toEqual([`DNAT clusterip on ${TOOLBOX_A.node} after hop 1: ${toVip} ⇒ ${toPod}`]);
  expect(request.nats[0]).toMatchObject({ service: 'packetlab/echo-clusterip', endpointPod: s.pod });
  // Policy routing: toolbox-a's ENI is ens6, so rule 1536 sends its packets to table 2, out of ens6.
  expect(request.routes.find((r) => r.node === TOOLBOX_A.node && r.atHop === 1)).toMatchObject({ table: 2, gateway: '10.0.0.1', dev: 'ens6', eni: 'ens6' });
  expect(gapLines(request)).toEqual(['vpc-fabric after hop 2']);

  const back = `${ep(s.ip, 8080)} → ${ep(TOOLBOX_A.ip, port)}`;
  const fromVip = `${ep(CLUSTER_IP, 80)} → ${ep(TOOLBOX_A.ip, port)}`;
  expect(reply.verdict).toBe('delivered');
  expect(reply.flowId).toBe(request.flowId);
  expect(hopLines(reply)).toEqual([
    `${s.node} tx ${s.pod} eth0  ${back}`,
    `${s.node} rx veth ${s.veth} (${s.pod})  ${back}`,
    `${s.node} tx ${s.eni}  ${back}`,
    `${TOOLBOX_A.node} rx ${TOOLBOX_A.eni}  ${back}`,
    `${TOOLBOX_A.node} tx veth ${TOOLBOX_A.veth} (packetlab/toolbox-a)  ${fromVip}`,
    `${TOOLBOX_A.node} rx packetlab/toolbox-a eth0  ${fromVip}`,
  ]);
  expect(natLines(reply)).toEqual([`UNDNAT reply on ${TOOLBOX_A.node} after hop 3: ${back} ⇒ ${fromVip}`]);
  // The return path: the echo server's IP sits on its node's secondary ENI, so rule 1536 sends
  // the reply to table 2 and through the VPC router, not straight out of the primary ENI.
  expect(reply.routes.find((r) => r.node === s.node && r.atHop === 1)).toMatchObject({ table: 2, gateway: s.subnetRouter, dev: 'ens6', eni: 'ens6' });
  expect(gapLines(reply)).toEqual(['vpc-fabric after hop 2']);
  return s.pod;
}

/** node ip-10-0-0-49 → 10.0.0.75:32385 (echo-nodeport) and the reply. */
export function expectNodePortCrossNodeWalk(request: Trace, reply: Trace): string {
  const s = endpointOf(request);
  const port = request.first.sport;
  const masq = request.nats[0]!.after.sport;
  const toNodePort = `${ep(NODE_49.ip, port)} → ${ep(NODE_75.ip, NODE_PORT)}`;
  const toPod = `${ep(NODE_75.ip, masq)} → ${ep(s.ip, 8080)}`;
  expect(request.verdict).toBe('delivered');
  expect(hopLines(request)).toEqual([
    `ip-10-0-0-49 tx ${NODE_49.primary}  ${toNodePort}`,
    `ip-10-0-0-75 rx ${NODE_75.primary}  ${toNodePort}`,
    `ip-10-0-0-75 tx ${NODE_75.primary}  ${toPod}`,
    `${s.node} rx ${s.eni}  ${toPod}`,
    `${s.node} tx veth ${s.veth} (${s.pod})  ${toPod}`,
    `${s.node} rx ${s.pod} eth0  ${toPod}`,
  ]);
  // DNAT to the endpoint and masquerade to the receiving node's IP, in one rewrite on ip-10-0-0-75.
  expect(natLines(request)).toEqual([`DNAT+SNAT nodeport-masquerade on ip-10-0-0-75 after hop 1: ${toNodePort} ⇒ ${toPod}`]);
  expect(request.nats[0]).toMatchObject({ service: 'packetlab/echo-nodeport', endpointPod: s.pod });
  // Forwarded by ip-10-0-0-75 after the DNAT: main table, back out of its primary ENI.
  expect(request.routes.find((r) => r.node === 'ip-10-0-0-75' && r.atHop === 1)).toMatchObject({ table: 254, gateway: '10.0.0.1', dev: 'ens5' });
  expect(gapLines(request)).toEqual(['vpc-fabric after hop 0', 'vpc-fabric after hop 2']);

  const back = `${ep(s.ip, 8080)} → ${ep(NODE_75.ip, masq)}`;
  const toClient = `${ep(NODE_75.ip, NODE_PORT)} → ${ep(NODE_49.ip, port)}`;
  expect(reply.verdict).toBe('delivered');
  expect(reply.flowId).toBe(request.flowId);
  expect(hopLines(reply)).toEqual([
    `${s.node} tx ${s.pod} eth0  ${back}`,
    `${s.node} rx veth ${s.veth} (${s.pod})  ${back}`,
    `${s.node} tx ${s.eni}  ${back}`,
    `ip-10-0-0-75 rx ${NODE_75.primary}  ${back}`,
    `ip-10-0-0-75 tx ${NODE_75.primary}  ${toClient}`,
    `ip-10-0-0-49 rx ${NODE_49.primary}  ${toClient}`,
  ]);
  // The reply is un-NATed both ways on ip-10-0-0-75: source back to the NodePort, destination back to the client.
  // Each named by the field it restores (a rewrite may carry the whole tuple or its own step).
  const unnat = reply.nats.filter((n) => n.node === 'ip-10-0-0-75' && n.afterHop === 3);
  expect(unnat.map((n) => n.kind).sort()).toEqual(['UNDNAT', 'UNSNAT']);
  const undnat = unnat.find((n) => n.kind === 'UNDNAT')!;
  const unsnat = unnat.find((n) => n.kind === 'UNSNAT')!;
  expect(`${ep(undnat.before.src, undnat.before.sport)} ⇒ ${ep(undnat.after.src, undnat.after.sport)}`).toBe(`${ep(s.ip, 8080)} ⇒ ${ep(NODE_75.ip, NODE_PORT)}`);
  expect(`${ep(unsnat.before.dst, unsnat.before.dport)} ⇒ ${ep(unsnat.after.dst, unsnat.after.dport)}`).toBe(`${ep(NODE_75.ip, masq)} ⇒ ${ep(NODE_49.ip, port)}`);
  expect(reply.nats).toHaveLength(2);
  expect(gapLines(reply)).toEqual(['vpc-fabric after hop 2', 'vpc-fabric after hop 4']);
  return s.pod;
}

/** toolbox-a → 198.51.100.10:80 (the internet host's checkip) and the reply. */
export function expectEgressWalk(request: Trace, reply: Trace): void {
  const port = request.first.sport;
  const snat = request.nats.find((n) => n.cause === 'vpc-cni-egress-snat');
  expect(snat, 'the VPC CNI egress SNAT').toBeDefined();
  const nodePort = snat!.after.sport;
  const out = `${ep(TOOLBOX_A.ip, port)} → ${ep(INTERNET, 80)}`;
  const snatted = `${ep(NODE_75.ip, nodePort)} → ${ep(INTERNET, 80)}`;
  expect(request.verdict).toBe('delivered');
  expect(hopLines(request)).toEqual([
    `${TOOLBOX_A.node} tx packetlab/toolbox-a eth0  ${out}`,
    `${TOOLBOX_A.node} rx veth ${TOOLBOX_A.veth} (packetlab/toolbox-a)  ${out}`,
    `${TOOLBOX_A.node} tx ${NODE_75.primary}  ${snatted}`,
  ]);
  expect(natLines(request)).toEqual([
    `SNAT vpc-cni-egress-snat on ${TOOLBOX_A.node} after hop 1: ${out} ⇒ ${snatted}`,
    `SNAT nat-gateway (inferred) on vpc after hop 2: ${snatted} ⇒ ${ep(NAT_GATEWAY_PUBLIC, nodePort)} → ${ep(INTERNET, 80)}`,
  ]);
  // Connmark 0x80 sends the pod's non-VPC traffic to main (rule 1024): out of the primary ENI.
  expect(request.routes.find((r) => r.node === TOOLBOX_A.node && r.atHop === 1)).toMatchObject({ table: 254, gateway: '10.0.0.1', dev: 'ens5' });
  expect(gapLines(request)).toEqual(['external after hop 2']);

  const back = `${ep(INTERNET, 80)} → ${ep(NODE_75.ip, nodePort)}`;
  const toPod = `${ep(INTERNET, 80)} → ${ep(TOOLBOX_A.ip, port)}`;
  expect(reply.verdict).toBe('delivered');
  expect(reply.flowId).toBe(request.flowId);
  expect(hopLines(reply)).toEqual([
    `${TOOLBOX_A.node} rx ${NODE_75.primary}  ${back}`,
    `${TOOLBOX_A.node} tx veth ${TOOLBOX_A.veth} (packetlab/toolbox-a)  ${toPod}`,
    `${TOOLBOX_A.node} rx packetlab/toolbox-a eth0  ${toPod}`,
  ]);
  expect(natLines(reply)).toEqual([`UNSNAT reply on ${TOOLBOX_A.node} after hop 0: ${back} ⇒ ${toPod}`]);
  expect(gapLines(reply)).toEqual(['external after hop -1']);
}
