/**
 * Synthesized inputs for the claims engine: traces shaped like the collector's (the reference's
 * packet walks in the lab's addresses) and node/pod state as `ip -j` prints it.
 */
import type { Hop, NatRewrite, Place, PlaceKind, RouteDecision, Trace } from '../../collector/trace-model.js';
import type { PacketFields, Tuple } from '../../common/event.js';
import type { NameTable } from '../../claims/names.js';
import type { IpLink, IpNeigh, IpRoute, IpRule, NetnsState, NodeState, PodState } from '../../claims/state.js';
import { findEnis } from '../../claims/state.js';

export const NAMES: NameTable = {
  pods: {
    'packetlab/toolbox-a': { ip: '10.0.1.51', node: 'ip-10-0-0-75' },
    'packetlab/toolbox-b': { ip: '10.0.2.29', node: 'ip-10-0-0-49' },
    'packetlab/echoserver-a': { ip: '10.0.3.193', node: 'ip-10-0-1-228' },
    'packetlab/echoserver-b': { ip: '10.0.2.127', node: 'ip-10-0-0-49' },
  },
  services: {
    'packetlab/echo-clusterip': { clusterIP: '172.20.122.189', ports: [{ port: 80, targetPort: 8080, protocol: 'tcp' }] },
    'packetlab/echo-nodeport': { clusterIP: '172.20.152.84', ports: [{ port: 80, targetPort: 8080, nodePort: 32385, protocol: 'tcp' }] },
  },
  nodes: {
    'ip-10-0-0-75': { ips: ['10.0.0.75', '10.0.0.85', '10.0.0.84'], primaryIp: '10.0.0.75' },
    'ip-10-0-0-49': { ips: ['10.0.0.49', '10.0.0.59'], primaryIp: '10.0.0.49' },
    'ip-10-0-1-228': { ips: ['10.0.1.228', '10.0.1.238'], primaryIp: '10.0.1.228' },
  },
};

const BASE_NS = 1_795_680_000_000_000_000n;

export function place(kind: PlaceKind, node: string, ifname: string, extra: Partial<Place> = {}): Place {
  return { kind, node, netns: '4026532000', ifname, ifindex: 2, label: extra.label ?? `${ifname} on ${node}`, ...extra };
}

export const P = {
  toolboxA: place('pod-eth', 'ip-10-0-0-75', 'eth0', { pod: 'packetlab/toolbox-a', label: 'toolbox-a eth0' }),
  toolboxAVeth: place('host-veth', 'ip-10-0-0-75', 'enid7e69f2b922', { pod: 'packetlab/toolbox-a', label: 'veth enid7e69f2b922 (packetlab/toolbox-a)' }),
  n75ens5: place('eni', 'ip-10-0-0-75', 'ens5', { eni: { ip: '10.0.0.75', table: 'main' }, label: 'ENI ens5 10.0.0.75' }),
  n75ens6: place('eni', 'ip-10-0-0-75', 'ens6', { eni: { ip: '10.0.0.85', table: 2 }, label: 'ENI ens6 10.0.0.85' }),
  n75lo: place('loopback', 'ip-10-0-0-75', 'lo', { label: 'lo on ip-10-0-0-75' }),
  router: place('router', 'vpc-router', 'n1-ens6', { label: 'VPC router' }),
  n49ens5: place('eni', 'ip-10-0-0-49', 'ens5', { eni: { ip: '10.0.0.49', table: 'main' }, label: 'ENI ens5 10.0.0.49' }),
  toolboxB: place('pod-eth', 'ip-10-0-0-49', 'eth0', { pod: 'packetlab/toolbox-b', label: 'toolbox-b eth0' }),
  toolboxBVeth: place('host-veth', 'ip-10-0-0-49', 'eni0000000001', { pod: 'packetlab/toolbox-b', label: 'veth (packetlab/toolbox-b)' }),
  n228ens6: place('eni', 'ip-10-0-1-228', 'ens6', { eni: { ip: '10.0.1.238', table: 2 }, label: 'ENI ens6 10.0.1.238' }),
  echoAVeth: place('host-veth', 'ip-10-0-1-228', 'eni0000000002', { pod: 'packetlab/echoserver-a', label: 'veth (packetlab/echoserver-a)' }),
  echoA: place('pod-eth', 'ip-10-0-1-228', 'eth0', { pod: 'packetlab/echoserver-a', label: 'echoserver-a eth0' }),
  internet: place('other', 'internet', 'natgw', { label: 'internet host' }),
  natgw: place('router', 'natgw', 'vpc', { label: 'NAT gateway' }),
};

export function tuple(src: string, sport: number, dst: string, dport: number, protocol = 6): Tuple {
  return { src, dst, sport, dport, protocol };
}

function packet(t: Tuple, extra: Partial<PacketFields> = {}): PacketFields {
  return {
    ipVersion: 4, src: t.src, dst: t.dst, protocol: t.protocol, sport: t.sport, dport: t.dport,
    ipId: 1, ttl: 64, length: 60, tcpFlags: 2, tcpSeq: 1, tcpAck: 0, icmpType: 0, icmpCode: 0, icmpId: 0, icmpSeq: 0,
    ...extra,
  };
}

/** A hop list from [place, direction, tuple] steps, 10 µs apart from `startNs`. */
export function hops(startNs: bigint, steps: [Place, 'receive' | 'transmit', Tuple, Partial<PacketFields>?][]): Hop[] {
  return steps.map(([p, direction, t, extra], seq) => ({
    seq,
    timeNs: String(startNs + BigInt(seq) * 10_000n),
    direction,
    place: p,
    packet: packet(t, extra),
    mark: 0,
  }));
}

export function makeTrace(fields: Partial<Trace> & { id: string; hops: Hop[] }): Trace {
  const first = fields.hops[0]!;
  const last = fields.hops[fields.hops.length - 1]!;
  const nodes: string[] = [];
  for (const h of fields.hops) if (h.place.kind !== 'router' && h.place.kind !== 'other' && nodes[nodes.length - 1] !== h.place.node) nodes.push(h.place.node);
  const tupleOf = (h: Hop): Tuple => ({ src: h.packet.src, dst: h.packet.dst, sport: h.packet.sport, dport: h.packet.dport, protocol: h.packet.protocol });
  return {
    flowId: `flow-${fields.id}`,
    direction: 'request',
    nodes,
    nats: [],
    routes: [],
    drops: [],
    first: tupleOf(first),
    last: tupleOf(last),
    verdict: 'delivered',
    incompleteReasons: [],
    startNs: first.timeNs,
    endNs: last.timeNs,
    ...fields,
  };
}

export function route(node: string, atHop: number, table: number, dev: string, gateway?: string): RouteDecision {
  return { node, atHop, table, tableName: table === 254 ? 'main' : `table ${table} (ENI ${dev})`, dst: '0.0.0.0', gateway, dev };
}

/** toolbox-a → echo-clusterip: DNAT on ip-10-0-0-75 to `endpoint`, out by table 2, no SNAT (unless `snatTo`). */
export function clusterIpTrace(id: string, opts: { sport?: number; endpoint?: string; endpointPod?: string; snatTo?: string; startNs?: bigint; flowId?: string } = {}): Trace {
  const sport = opts.sport ?? 40000;
  const ep = opts.endpoint ?? '10.0.3.193';
  const vip = tuple('10.0.1.51', sport, '172.20.122.189', 80);
  const src = opts.snatTo ?? '10.0.1.51';
  const after = tuple(src, sport, ep, 8080);
  const start = opts.startNs ?? BASE_NS;
  const h = hops(start, [
    [P.toolboxA, 'transmit', vip],
    [P.toolboxAVeth, 'receive', vip],
    [P.n75ens6, 'transmit', after],
    [P.router, 'receive', after],
    [P.router, 'transmit', after],
    [P.n228ens6, 'receive', after],
    [P.echoAVeth, 'transmit', after],
    [P.echoA, 'receive', after],
  ]);
  const nats: NatRewrite[] = [
    {
      node: 'ip-10-0-0-75',
      kind: opts.snatTo ? 'DNAT+SNAT' : 'DNAT',
      afterHop: 1,
      before: vip,
      after,
      conntrack: { status: 0x1a8, original: vip, reply: tuple(ep, 8080, src, sport) },
      reason: `ClusterIP DNAT of service packetlab/echo-clusterip to endpoint ${opts.endpointPod ?? 'packetlab/echoserver-a'}`,
      cause: 'clusterip',
      service: 'packetlab/echo-clusterip',
      endpointPod: opts.endpointPod ?? (ep === '10.0.3.193' ? 'packetlab/echoserver-a' : ep === '10.0.2.127' ? 'packetlab/echoserver-b' : undefined),
    },
  ];
  return makeTrace({ id, flowId: opts.flowId ?? `flow-${id}`, hops: h, nats, routes: [route('ip-10-0-0-75', 1, 2, 'ens6', '10.0.0.1')], from: 'pod packetlab/toolbox-a' });
}

/** The reply of a ClusterIP flow: echoserver-a → toolbox-a, un-DNATed back to the VIP on ip-10-0-0-75. */
export function clusterIpReply(id: string, request: Trace, startNs: bigint): Trace {
  const dnat = request.nats[0]!;
  const fromEp = tuple(dnat.after.dst, dnat.after.dport, dnat.before.src, dnat.before.sport);
  const toClient = tuple(dnat.before.dst, dnat.before.dport, dnat.before.src, dnat.before.sport);
  const h = hops(startNs, [
    [P.echoA, 'transmit', fromEp],
    [P.n228ens6, 'transmit', fromEp],
    [P.router, 'receive', fromEp],
    [P.n75ens6, 'receive', fromEp],
    [P.toolboxAVeth, 'transmit', toClient],
    [P.toolboxA, 'receive', toClient],
  ]);
  return makeTrace({
    id,
    flowId: request.flowId,
    direction: 'reply',
    hops: h,
    nats: [{ node: 'ip-10-0-0-75', kind: 'UNDNAT', afterHop: 3, before: fromEp, after: toClient, reason: 'reply of ClusterIP DNAT', cause: 'reply' }],
  });
}

/** node ip-10-0-0-49 → 10.0.0.75:32385 (NodePort), DNAT to echoserver-a on ip-10-0-0-75; SNAT to 10.0.0.75 when `masquerade`. */
export function nodePortCrossNodeTrace(id: string, masquerade: boolean): Trace {
  const req = tuple('10.0.0.49', 51000, '10.0.0.75', 32385);
  const after = tuple(masquerade ? '10.0.0.75' : '10.0.0.49', masquerade ? 61000 : 51000, '10.0.3.193', 8080);
  const h = hops(BASE_NS, [
    [P.n49ens5, 'transmit', req],
    [P.router, 'receive', req],
    [P.router, 'transmit', req],
    [P.n75ens5, 'receive', req],
    [P.n75ens5, 'transmit', after],
    [P.router, 'receive', after],
    [P.router, 'transmit', after],
    [P.n228ens6, 'receive', after],
    [P.echoAVeth, 'transmit', after],
    [P.echoA, 'receive', after],
  ]);
  return makeTrace({
    id,
    hops: h,
    from: 'node ip-10-0-0-49',
    nats: [
      {
        node: 'ip-10-0-0-75',
        kind: masquerade ? 'DNAT+SNAT' : 'DNAT',
        afterHop: 3,
        before: req,
        after,
        reason: masquerade ? 'NodePort 32385 of packetlab/echo-nodeport, masqueraded to the node IP' : 'NodePort 32385 of packetlab/echo-nodeport',
        cause: masquerade ? 'nodeport-masquerade' : 'nodeport',
        service: 'packetlab/echo-nodeport',
        endpointPod: 'packetlab/echoserver-a',
      },
    ],
    routes: [route('ip-10-0-0-75', 3, 254, 'ens5', '10.0.0.1')],
  });
}

/** ping toolbox-a → toolbox-b: request and reply traces, `rttUs` apart, ICMP id 7 seq `seq`. */
export function pingPair(seq: number, startNs: bigint, rttUs: number, viaTable = 2): [Trace, Trace] {
  const req = tuple('10.0.1.51', 0, '10.0.2.29', 0, 1);
  const rep = tuple('10.0.2.29', 0, '10.0.1.51', 0, 1);
  const icmp = { icmpId: 7, icmpSeq: seq, icmpType: 8 };
  const out = viaTable === 2 ? P.n75ens6 : P.n75ens5;
  const request = makeTrace({
    id: `ping-req-${seq}`,
    flowId: 'flow-ping',
    hops: hops(startNs, [
      [P.toolboxA, 'transmit', req, icmp],
      [P.toolboxAVeth, 'receive', req, icmp],
      [out, 'transmit', req, icmp],
      [P.router, 'receive', req, icmp],
      [P.router, 'transmit', req, icmp],
      [P.n49ens5, 'receive', req, icmp],
      [P.toolboxBVeth, 'transmit', req, icmp],
      [P.toolboxB, 'receive', req, icmp],
    ]),
    routes: [route('ip-10-0-0-75', 1, viaTable === 2 ? 2 : 254, out.ifname, '10.0.0.1')],
  });
  const replyStart = startNs + BigInt(rttUs * 1000) - 50_000n;
  const reply = makeTrace({
    id: `ping-rep-${seq}`,
    flowId: 'flow-ping',
    direction: 'reply',
    hops: hops(replyStart, [
      [P.toolboxB, 'transmit', rep, { ...icmp, icmpType: 0 }],
      [P.n49ens5, 'transmit', rep, { ...icmp, icmpType: 0 }],
      [P.router, 'receive', rep, { ...icmp, icmpType: 0 }],
      [P.n75ens5, 'receive', rep, { ...icmp, icmpType: 0 }],
      [P.toolboxAVeth, 'transmit', rep, { ...icmp, icmpType: 0 }],
      [P.toolboxA, 'receive', rep, { ...icmp, icmpType: 0 }],
    ]),
  });
  return [request, reply];
}

// ---------- state as `ip -j` prints it ----------

export const HOST_VETH_MAC = '26:6c:34:4f:86:17';

export function podNetns(opts: { prefixlen?: number; neighbour?: IpNeigh | null } = {}): NetnsState {
  const eth0: IpLink = {
    ifindex: 2, ifname: 'eth0', flags: ['BROADCAST', 'MULTICAST', 'UP', 'LOWER_UP'], operstate: 'UP', address: '0a:12:c5:d0:e4:e1',
    addr_info: [{ family: 'inet', local: '10.0.1.51', prefixlen: opts.prefixlen ?? 32, scope: 'global' }],
  };
  const lo: IpLink = { ifindex: 1, ifname: 'lo', address: '00:00:00:00:00:00', addr_info: [{ family: 'inet', local: '127.0.0.1', prefixlen: 8, scope: 'host' }] };
  const neighbour = opts.neighbour === undefined ? { dst: '169.254.1.1', dev: 'eth0', lladdr: HOST_VETH_MAC, state: ['PERMANENT'] } : opts.neighbour;
  return {
    links: [lo, { ...eth0, addr_info: undefined, linkinfo: { info_kind: 'veth' } }],
    addrs: [lo, eth0],
    routes: [
      { dst: 'default', gateway: '169.254.1.1', dev: 'eth0' },
      { dst: '169.254.1.1', dev: 'eth0', scope: 'link' },
      { type: 'local', dst: '10.0.1.51', dev: 'eth0', table: 'local', protocol: 'kernel', scope: 'host', prefsrc: '10.0.1.51' },
      { dst: 'fe80::/64', dev: 'eth0', protocol: 'kernel', metric: 256 },
    ],
    rules: [],
    neighbours: neighbour === null ? [] : [neighbour],
  };
}

export function podState(opts: { prefixlen?: number; neighbour?: IpNeigh | null; hostVethMac?: string } = {}): PodState {
  return {
    pod: 'packetlab/toolbox-a',
    node: 'ip-10-0-0-75',
    netns: podNetns(opts),
    hostVeth: { ifindex: 9, ifname: 'enid7e69f2b922', address: opts.hostVethMac ?? HOST_VETH_MAC, linkinfo: { info_kind: 'veth' } },
  };
}

export const NODE_IPTABLES = `# Generated by iptables-save v1.8.9
*mangle
:PREROUTING ACCEPT [0:0]
-A PREROUTING -i ens5 -m comment --comment "AWS, primary ENI" -m addrtype --dst-type LOCAL --limit-iface-in -j CONNMARK --set-xmark 0x80/0x80
-A PREROUTING -i eni+ -m comment --comment "AWS, primary ENI" -j CONNMARK --restore-mark --nfmask 0x80 --ctmask 0x80
COMMIT
*nat
:PREROUTING ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
:KUBE-SERVICES - [0:0]
:KUBE-POSTROUTING - [0:0]
:KUBE-SVC-TCOU7JCQXEZGVUNU - [0:0]
:KUBE-SEP-YVBKUYT4A2QICPS5 - [0:0]
:KUBE-SEP-ZZZZZZZZZZZZZZZZ - [0:0]
-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN
-A KUBE-POSTROUTING -j MARK --xor-mark 0x4000
-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully
-A KUBE-SERVICES -d 172.20.0.10/32 -p udp -m comment --comment "kube-system/kube-dns:dns cluster IP" -m udp --dport 53 -j KUBE-SVC-TCOU7JCQXEZGVUNU
-A KUBE-SVC-TCOU7JCQXEZGVUNU -m comment --comment "kube-system/kube-dns:dns -> 10.0.1.181:53" -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-YVBKUYT4A2QICPS5
-A KUBE-SVC-TCOU7JCQXEZGVUNU -m comment --comment "kube-system/kube-dns:dns -> 10.0.3.231:53" -j KUBE-SEP-ZZZZZZZZZZZZZZZZ
COMMIT
`;

export function nodeHost(opts: { podOnPrimary?: boolean; extraTable2?: IpRoute } = {}): NetnsState {
  const eni = (ifindex: number, ifname: string, ip: string): IpLink => ({
    ifindex, ifname, address: `02:00:00:00:00:0${ifindex}`, flags: ['UP'], addr_info: [{ family: 'inet', local: ip, prefixlen: 24, scope: 'global' }],
  });
  const veth: IpLink = { ifindex: 9, ifname: 'enid7e69f2b922', address: HOST_VETH_MAC, addr_info: [] };
  const lo: IpLink = { ifindex: 1, ifname: 'lo', addr_info: [{ family: 'inet', local: '127.0.0.1', prefixlen: 8, scope: 'host' }] };
  const addrs = [lo, eni(2, 'ens5', '10.0.0.75'), eni(3, 'ens6', '10.0.0.85'), eni(4, 'ens7', '10.0.0.84'), veth];
  const rules: IpRule[] = [
    { priority: 0, src: 'all', table: 'local' },
    { priority: 512, src: 'all', dst: '10.0.1.51', table: 'main' },
    { priority: 1024, src: 'all', fwmark: '0x80', fwmask: '0x80', table: 'main' },
    ...(opts.podOnPrimary ? [] : [{ priority: 1536, src: '10.0.1.51', table: '2' }]),
    { priority: 32766, src: 'all', table: 'main' },
    { priority: 32767, src: 'all', table: 'default' },
  ];
  const routes: IpRoute[] = [
    { dst: 'default', gateway: '10.0.0.1', dev: 'ens6', table: '2' },
    { dst: '10.0.0.1', dev: 'ens6', table: '2', scope: 'link' },
    ...(opts.extraTable2 ? [opts.extraTable2] : []),
    { dst: 'default', gateway: '10.0.0.1', dev: 'ens7', table: '3' },
    { dst: '10.0.0.1', dev: 'ens7', table: '3', scope: 'link' },
    { dst: 'default', gateway: '10.0.0.1', dev: 'ens5', protocol: 'dhcp', prefsrc: '10.0.0.75', metric: 512 },
    { dst: '10.0.0.0/24', dev: 'ens5', protocol: 'kernel', scope: 'link', prefsrc: '10.0.0.75' },
    { dst: '10.0.1.51', dev: 'enid7e69f2b922', scope: 'link' },
    { type: 'local', dst: '10.0.0.75', dev: 'ens5', table: 'local', protocol: 'kernel', scope: 'host', prefsrc: '10.0.0.75' },
  ];
  return { links: addrs.map((l) => ({ ...l, addr_info: undefined })), addrs, routes, rules, neighbours: [] };
}

export function nodeState(opts: { podOnPrimary?: boolean; extraTable2?: IpRoute; iptables?: string } = {}): NodeState {
  const host = nodeHost(opts);
  return { name: 'ip-10-0-0-75', host, iptables: opts.iptables ?? NODE_IPTABLES, enis: findEnis(host) };
}
