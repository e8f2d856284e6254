/**
 * Issue 3 item 10: the agent scoped to lab node ip-10-0-0-75 with real bpftrace, while
 * toolbox-a (on that node, IP 10.0.1.51 on secondary ENI ens6 → table 2) curls
 * echo-clusterip 172.20.122.189:80, whose endpoints are 10.0.3.193:8080 and 10.0.2.127:8080.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithBpftrace } from '../support/gate.js';
import { createHash } from 'node:crypto';
import { labDown, labExec, labUp } from '../../lab/lab.js';
import type { LabState } from '../../lab/state.js';
import { PacketSource } from '../../agent/source.js';
import { snapshotToProto } from '../../agent/snapshot.js';
import { packetlife } from '../../proto/generated/packetlife.js';
import { parseFilter } from '../../filter/parse.js';
import { IPS, type PacketEvent } from '../../common/event.js';

const LAB = `ag${process.pid % 1_000_000}`;
const NODE = 'ip-10-0-0-75';
const VIP = '172.20.122.189';
const ENDPOINTS = ['10.0.3.193', '10.0.2.127'];
const TOOLBOX_A = '10.0.1.51';
const TOOLBOX_B = '10.0.2.29';
// VPC CNI host veth name: "eni" + the first 11 hex chars of sha1("namespace.name").
const TOOLBOX_A_VETH = `eni${createHash('sha1').update('packetlab.toolbox-a').digest('hex').slice(0, 11)}`;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describeWithBpftrace('agent in the lab (real bpftrace)', () => {
  let state: LabState;
  let source: PacketSource;
  const events: PacketEvent[] = [];

  beforeAll(async () => {
    state = await labUp({ name: LAB });
    source = new PacketSource({ node: NODE, scope: { kind: 'lab', lab: LAB, node: NODE }, tier: 'tracepoint', snapshotIntervalMs: 0 });
    source.on('events', (batch: PacketEvent[]) => events.push(...batch));
    await source.start();
  });
  afterAll(async () => {
    await source?.stop();
    await labDown({ name: LAB });
  });

  async function curlBoth(): Promise<void> {
    events.length = 0;
    const a = await labExec(LAB, 'toolbox-a', ['curl', '-s', '--max-time', '5', `http://${VIP}/`]);
    const b = await labExec(LAB, 'toolbox-b', ['curl', '-s', '--max-time', '5', `http://${VIP}/`]);
    expect(a.stdout).toContain(`client_address=${TOOLBOX_A}`);
    expect(b.stdout).toContain('client_address=');
    await sleep(500);
    source.flush();
  }

  it('scopes to the node netns and its pods', () => {
    const nodeNs = state.netns.find((n) => n.role === 'node' && n.node === NODE)!;
    const pods = state.netns.filter((n) => n.role === 'pod' && n.node === NODE);
    expect(pods.map((p) => p.pod).sort()).toEqual(['kube-system/coredns-a', 'packetlab/toolbox-a']);
    expect(source.scopeInodes.sort()).toEqual([nodeNs.inode, ...pods.map((p) => p.inode)].sort());
  });

  it('takes the node topology snapshot: netns, links, routes of every table, rules, iptables, pods', async () => {
    const snap = await source.takeSnapshot();
    const nodeNs = state.netns.find((n) => n.role === 'node' && n.node === NODE)!;
    expect(snap.node).toBe(NODE);
    expect(snap.netns.map((n) => [n.name, n.host]).sort()).toEqual(
      [[nodeNs.name, true], ...state.netns.filter((n) => n.role === 'pod' && n.node === NODE).map((n) => [n.name, false])].sort(),
    );
    const host = snap.netns.find((n) => n.host)!;
    expect(host.inode).toBe(nodeNs.inode);
    const links = JSON.parse(host.linksJson) as Array<{ ifname: string; linkinfo?: { info_kind?: string } }>;
    expect(links.find((l) => l.ifname === TOOLBOX_A_VETH)?.linkinfo?.info_kind).toBe('veth');
    expect(links.map((l) => l.ifname)).toEqual(expect.arrayContaining(['ens5', 'ens6', 'ens7']));
    const routes = JSON.parse(host.routesJson) as Array<{ dst: string; gateway?: string; dev?: string; table?: string }>;
    expect(routes).toContainEqual(expect.objectContaining({ dst: 'default', gateway: '10.0.0.1', dev: 'ens6', table: '2' }));
    const rules = JSON.parse(host.rulesJson) as Array<{ priority: number; src?: string; table?: string }>;
    expect(rules).toContainEqual(expect.objectContaining({ priority: 1536, src: TOOLBOX_A, table: '2' }));
    expect(snap.iptablesNat).toContain(`-d ${VIP}/32 -p tcp`);
    expect(snap.iptablesNat).toContain('-j KUBE-SERVICES');
    expect(snap.iptablesMangle).toContain('CONNMARK');
    const podA = snap.pods.find((p) => p.name === 'toolbox-a')!;
    expect(podA).toMatchObject({ namespace: 'packetlab', ip: TOOLBOX_A, labels: { app: 'toolbox' } });
    expect(podA.netns).toBe(state.netns.find((n) => n.pod === 'packetlab/toolbox-a')!.inode);
    // The proto form survives the wire.
    const wire = packetlife.v1.TopologySnapshot.decode(packetlife.v1.TopologySnapshot.encode(snapshotToProto(snap)).finish());
    expect(wire.netns.length).toBe(snap.netns.length);
    expect(String(wire.pods.find((p) => p.name === 'toolbox-a')!.netns)).toBe(podA.netns);
  });

  it('shows the DNAT, the conntrack tuples and the policy routing of a curl to the ClusterIP', async () => {
    await source.setSessions([{ id: 'dnat', filter: parseFilter('tcp and port 80 or port 8080') }]);
    await curlBoth();
    const nodeNs = state.netns.find((n) => n.role === 'node' && n.node === NODE)!.inode;

    // The SYN received on toolbox-a's host veth in the node netns, still addressed to the VIP.
    const rx = events.find((e) => e.kind === 'receive' && e.netns === nodeNs && e.packet?.tcpFlags === 2 && e.packet.src === TOOLBOX_A);
    expect(rx, 'SYN received on the host veth').toBeDefined();
    expect(rx!.ifname).toBe(TOOLBOX_A_VETH);
    expect(rx!.packet).toMatchObject({ dst: VIP, dport: 80, protocol: 6 });
    const port = rx!.packet!.sport;

    // The next transmit of the same skb: DNAT'ed to an endpoint, leaving on ens6 (table 2).
    const tx = events.find((e) => e.kind === 'transmit' && e.skb === rx!.skb && e.monoNs > rx!.monoNs);
    expect(tx, 'the same skb transmitted').toBeDefined();
    expect(tx!.netns).toBe(nodeNs);
    expect(tx!.ifname).toBe('ens6');
    const endpoint = tx!.packet!.dst;
    expect(ENDPOINTS).toContain(endpoint);
    expect(tx!.packet).toMatchObject({ src: TOOLBOX_A, sport: port, dport: 8080, ipId: rx!.packet!.ipId, tcpSeq: rx!.packet!.tcpSeq, ttl: rx!.packet!.ttl - 1 });
    expect(tx!.ct).toMatchObject({
      ctinfo: 2,
      original: { src: TOOLBOX_A, sport: port, dst: VIP, dport: 80, protocol: 6 },
      reply: { src: endpoint, sport: 8080, dst: TOOLBOX_A, dport: port, protocol: 6 },
    });
    expect(tx!.ct!.status & IPS.DST_NAT).toBe(IPS.DST_NAT);
    expect(tx!.ct!.status & IPS.SRC_NAT).toBe(0);

    // Routing: the packet from 10.0.1.51 is routed by table 2 (ip rule 1536 from POD), out ens6
    // via the subnet router; the reply to it by main, to the host veth.
    const routes = events.filter((e) => e.kind === 'route' && e.netns === nodeNs);
    expect(routes.some((e) => e.route!.table === 2 && e.route!.error === 0 && e.route!.src === TOOLBOX_A && e.route!.dst === endpoint && e.route!.resultDev === 'ens6' && e.route!.gateway === '10.0.0.1')).toBe(true);
    expect(routes.some((e) => e.route!.table === 254 && e.route!.error === 0 && e.route!.src === endpoint && e.route!.dst === TOOLBOX_A && e.route!.resultDev === TOOLBOX_A_VETH)).toBe(true);

    // The reply: un-DNAT'ed back to the VIP on its way to the pod.
    const replyTx = events.find((e) => e.kind === 'transmit' && e.netns === nodeNs && e.ifname === TOOLBOX_A_VETH && e.packet?.tcpFlags === 0x12);
    expect(replyTx!.packet).toMatchObject({ src: VIP, sport: 80, dst: TOOLBOX_A, dport: port });
    expect(replyTx!.ct!.ctinfo).toBe(3); // IP_CT_ESTABLISHED_REPLY
    expect(events.some((e) => e.pod === 'packetlab/toolbox-a' && e.kind === 'transmit' && e.ifname === 'eth0')).toBe(true);

    // Every route lookup is attributed to the netns whose devices it names: a lookup made in
    // another netns on the same CPU (VPC router, other nodes) must not be counted here.
    const snap = source.snapshot!;
    const devices = new Map(snap.netns.map((n) => [n.inode, new Set((JSON.parse(n.linksJson) as Array<{ ifname: string }>).map((l) => l.ifname))]));
    const misplaced = events.filter((e) => e.kind === 'route' && e.route!.resultDev !== '-' && !devices.get(e.netns)?.has(e.route!.resultDev));
    expect(misplaced.map((e) => `${e.netns} ${e.cpu} ${JSON.stringify(e.route)}`)).toEqual([]);

    // Nothing from the other lab nodes: toolbox-b's curl never touches ip-10-0-0-75.
    const inScope = new Set(source.scopeInodes);
    expect(events.filter((e) => !inScope.has(e.netns))).toEqual([]);
    expect(events.filter((e) => e.packet && (e.packet.src === TOOLBOX_B || e.packet.dst === TOOLBOX_B))).toEqual([]);
    expect(source.loss()).toEqual({ bpfLost: 0, parseErrors: 0, bpftraceRestarts: 0 });
  });

  it('a filter that excludes the flow yields no events', async () => {
    await source.setSessions([{ id: 'none', filter: parseFilter('udp or host 10.0.9.9') }]);
    await curlBoth();
    expect(events).toEqual([]);
  });
});
