/**
 * The reference article's Experiments 1, 2 and 8 on the lab: the pod's /32 and fake gateway, the
 * PERMANENT neighbour entry whose MAC is the host veth's, the node's ENIs, rules 512/1536 and the
 * per-ENI table, plus the kube-proxy and VPC CNI rules as a node shows them.
 */
import { expect, it } from 'vitest';
import { describeAsRoot } from '../support/gate.js';
import { hostVethName } from '../../lab/naming.js';
import { ipJson, nsExec, useLab } from './helpers.js';

const lab = useLab('wire');
const NODE_A = 'ip-10-0-0-75';
const TOOLBOX_A = 'packetlab/toolbox-a';
const VETH_A = hostVethName('packetlab', 'toolbox-a');

interface Addr { ifname: string; address: string; link_netnsid?: number; addr_info: Array<{ family: string; local: string; prefixlen: number; scope: string }> }
interface Route { dst: string; gateway?: string; dev: string; scope?: string; table?: string; prefsrc?: string; protocol?: string; metric?: number }
interface Rule { priority: number; src: string; dst?: string; table: string; fwmark?: string; fwmask?: string }
interface Link { ifname: string; address: string; link_netnsid?: number }

const v4 = (a: Addr): string[] => a.addr_info.filter((i) => i.family === 'inet').map((i) => `${i.local}/${i.prefixlen}`);
const routeText = (r: Route): string =>
  [r.dst, r.gateway ? `via ${r.gateway}` : '', `dev ${r.dev}`, r.scope ? `scope ${r.scope}` : ''].filter(Boolean).join(' ');

describeAsRoot('Experiment 1: pod interfaces, routes and ARP', () => {
  it('eth0 carries 10.0.1.51/32 only', async () => {
    const addrs = await ipJson<Addr[]>(lab.ns.pod(TOOLBOX_A), ['addr', 'show', 'dev', 'eth0']);
    expect(addrs).toHaveLength(1);
    expect(v4(addrs[0]!)).toEqual(['10.0.1.51/32']);
  });

  it('routes: default via 169.254.1.1 and 169.254.1.1 scope link, nothing else', async () => {
    const routes = await ipJson<Route[]>(lab.ns.pod(TOOLBOX_A), ['route', 'show']);
    expect(routes.map(routeText).sort()).toEqual(['169.254.1.1 dev eth0 scope link', 'default via 169.254.1.1 dev eth0']);
  });

  it('a PERMANENT neighbour entry for 169.254.1.1 with the host veth MAC (Experiment 2: MAC equality)', async () => {
    const neigh = await ipJson<Array<{ dst: string; dev: string; lladdr: string; state: string[] }>>(lab.ns.pod(TOOLBOX_A), ['neigh', 'show', 'dev', 'eth0']);
    const gw = neigh.filter((n) => n.dst === '169.254.1.1');
    expect(gw).toHaveLength(1);
    expect(gw[0]!.state).toEqual(['PERMANENT']);
    const [veth] = await ipJson<Link[]>(lab.ns.node(NODE_A), ['link', 'show', 'dev', VETH_A]);
    expect(veth).toBeDefined();
    expect(gw[0]!.lladdr).toBe(veth!.address);
  });

  it('resolv.conf points at kube-dns 172.20.0.10 with the cluster search path', async () => {
    const r = await nsExec(lab.ns.pod(TOOLBOX_A), ['cat', '/etc/resolv.conf']);
    expect(r.stdout.split('\n')).toEqual(
      expect.arrayContaining(['search packetlab.svc.cluster.local svc.cluster.local cluster.local', 'nameserver 172.20.0.10', 'options ndots:5']),
    );
  });
});

describeAsRoot('Experiment 2: node-side veth, ENIs and routing tables', () => {
  it('the host veth is eni + sha1("packetlab.toolbox-a")[:11], up, without an address', async () => {
    expect(VETH_A).toMatch(/^eni[0-9a-f]{11}$/);
    const [addr] = await ipJson<Addr[]>(lab.ns.node(NODE_A), ['addr', 'show', 'dev', VETH_A]);
    expect(v4(addr!)).toEqual([]);
    const [link] = await ipJson<Array<Link & { operstate: string }>>(lab.ns.node(NODE_A), ['link', 'show', 'dev', VETH_A]);
    expect(link!.operstate).toBe('UP');
  });

  it('ENIs: ens5 10.0.0.75 (main), ens6 10.0.0.85, ens7 10.0.0.84', async () => {
    const addrs = await ipJson<Addr[]>(lab.ns.node(NODE_A), ['addr', 'show']);
    const byName = Object.fromEntries(addrs.map((a) => [a.ifname, v4(a)]));
    expect(byName.ens5).toEqual(['10.0.0.75/24']);
    expect(byName.ens6).toEqual(['10.0.0.85/24']);
    expect(byName.ens7).toEqual(['10.0.0.84/24']);
  });

  it('ip rule: 512 to the pod lookup main, 1024 fwmark 0x80, 1536 from the pod lookup 2', async () => {
    const rules = await ipJson<Rule[]>(lab.ns.node(NODE_A), ['rule', 'show']);
    const text = rules.map((r) => `${r.priority}: from ${r.src}${r.dst ? ` to ${r.dst}` : ''}${r.fwmark ? ` fwmark ${r.fwmark}/${r.fwmask}` : ''} lookup ${r.table}`);
    expect(text).toEqual([
      '0: from all lookup local',
      '512: from all to 10.0.1.51 lookup main',
      '512: from all to 10.0.1.181 lookup main',
      '1024: from all fwmark 0x80/0x80 lookup main',
      '1536: from 10.0.1.51 lookup 2',
      '1536: from 10.0.1.181 lookup 3',
      '32766: from all lookup main',
      '32767: from all lookup default',
    ]);
  });

  it('a pod on the primary ENI gets rule 512 but no 1536 (toolbox-b on ip-10-0-0-49)', async () => {
    const rules = await ipJson<Rule[]>(lab.ns.node('ip-10-0-0-49'), ['rule', 'show']);
    expect(rules.filter((r) => r.dst === '10.0.2.29').map((r) => r.priority)).toEqual([512]);
    expect(rules.filter((r) => r.src === '10.0.2.29')).toEqual([]);
    expect(rules.filter((r) => r.src === '10.0.2.127').map((r) => `${r.priority} ${r.table}`)).toEqual(['1536 2']);
  });

  it('main: default via 10.0.0.1 dev ens5, the subnet on ens5, a /32 per pod to its veth', async () => {
    const routes = await ipJson<Route[]>(lab.ns.node(NODE_A), ['route', 'show', 'table', 'main']);
    expect(routes.map(routeText).sort()).toEqual(
      [
        'default via 10.0.0.1 dev ens5',
        '10.0.0.0/24 dev ens5 scope link',
        `10.0.1.51 dev ${VETH_A} scope link`,
        `10.0.1.181 dev ${hostVethName('kube-system', 'coredns-a')} scope link`,
      ].sort(),
    );
    expect(routes.find((r) => r.dst === '10.0.0.0/24')).toMatchObject({ prefsrc: '10.0.0.75', protocol: 'kernel', metric: 512 });
    expect(routes.find((r) => r.dst === 'default')).toMatchObject({ prefsrc: '10.0.0.75', protocol: 'dhcp', metric: 512 });
  });

  it('table 2 holds only the default route via 10.0.0.1 on ens6 and the gateway itself; table 3 the same on ens7', async () => {
    const t2 = await ipJson<Route[]>(lab.ns.node(NODE_A), ['route', 'show', 'table', '2']);
    expect(t2.map(routeText)).toEqual(['default via 10.0.0.1 dev ens6', '10.0.0.1 dev ens6 scope link']);
    const t3 = await ipJson<Route[]>(lab.ns.node(NODE_A), ['route', 'show', 'table', '3']);
    expect(t3.map(routeText)).toEqual(['default via 10.0.0.1 dev ens7', '10.0.0.1 dev ens7 scope link']);
  });
});

describeAsRoot('Experiment 8: full node interface view', () => {
  it('ens5, ens6, ens7 and one eni veth per pod, nothing else but lo', async () => {
    const links = await ipJson<Link[]>(lab.ns.node(NODE_A), ['link', 'show']);
    expect(links.map((l) => l.ifname).sort()).toEqual(
      ['lo', 'ens5', 'ens6', 'ens7', VETH_A, hostVethName('kube-system', 'coredns-a')].sort(),
    );
  });
});

describeAsRoot('kube-proxy and VPC CNI rules on a node', () => {
  it('kube-dns: KUBE-SVC-TCOU7JCQXEZGVUNU splits 50/50 across both CoreDNS pods', async () => {
    const r = await nsExec(lab.ns.node(NODE_A), ['iptables-save', '-t', 'nat']);
    const svc = r.stdout.split('\n').filter((l) => l.startsWith('-A KUBE-SVC-TCOU7JCQXEZGVUNU '));
    expect(svc).toHaveLength(2);
    expect(svc[0]).toContain('"kube-system/kube-dns:dns -> 10.0.1.181:53" -m statistic --mode random --probability 0.50000000000');
    expect(svc[1]).toContain('"kube-system/kube-dns:dns -> 10.0.3.231:53" -j KUBE-SEP-');
    expect(r.stdout).toContain('-A KUBE-SERVICES -d 172.20.122.189/32 -p tcp -m comment --comment "packetlab/echo-clusterip cluster IP" -m tcp --dport 80 -j KUBE-SVC-B23I5IPCVQPNADR7');
    const services = r.stdout.split('\n').filter((l) => l.startsWith('-A KUBE-SERVICES '));
    expect(services.at(-1)).toContain('-m addrtype --dst-type LOCAL -j KUBE-NODEPORTS');
    expect(r.stdout).toContain('-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN');
    expect(r.stdout).toContain('-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully');
    expect(r.stdout).toContain('-A AWS-SNAT-CHAIN-0 ! -o vlan+ -m comment --comment "AWS, SNAT" -m addrtype ! --dst-type LOCAL -j SNAT --to-source 10.0.0.75 --random-fully');
  });

  it('mangle PREROUTING marks primary-ENI connections 0x80 and restores the mark for pod traffic', async () => {
    const r = await nsExec(lab.ns.node(NODE_A), ['iptables-save', '-t', 'mangle']);
    const pre = r.stdout.split('\n').filter((l) => l.startsWith('-A PREROUTING'));
    expect(pre).toEqual([
      '-A PREROUTING -i ens5 -m comment --comment "AWS, primary ENI" -m addrtype --dst-type LOCAL --limit-iface-in -j CONNMARK --set-xmark 0x80/0x80',
      '-A PREROUTING -i eni+ -m comment --comment "AWS, primary ENI" -j CONNMARK --restore-mark --nfmask 0x80 --ctmask 0x80',
    ]);
  });

  it('node sysctls: forwarding on, loose rp_filter, route_localnet on', async () => {
    const r = await nsExec(lab.ns.node(NODE_A), ['sysctl', '-n', 'net.ipv4.ip_forward', 'net.ipv4.conf.all.rp_filter', 'net.ipv4.conf.all.route_localnet']);
    expect(r.stdout.split('\n')).toEqual(['1', '2', '1']);
  });
});

describeAsRoot('the VPC router', () => {
  it("delivers each pod IP to the ENI that owns it, each ENI IP on its link, the rest to the NAT gateway", async () => {
    const routes = await ipJson<Route[]>(lab.ns.vpc, ['route', 'show']);
    const text = routes.map(routeText);
    expect(text).toEqual(
      expect.arrayContaining([
        'default via 10.0.100.10 dev natgw',
        '10.0.1.51 via 10.0.0.85 dev n1-ens6',
        '10.0.1.181 via 10.0.0.84 dev n1-ens7',
        '10.0.2.29 via 10.0.0.49 dev n2-ens5',
        '10.0.2.127 via 10.0.0.59 dev n2-ens6',
        '10.0.3.193 via 10.0.1.238 dev n3-ens6',
        '10.0.3.231 via 10.0.1.228 dev n3-ens5',
        '10.0.0.75 dev n1-ens5 scope link',
        '10.0.1.228 dev n3-ens5 scope link',
      ]),
    );
    // NodePort replies to NLB clients go back through the NLB.
    const rules = await ipJson<Array<{ priority: number; src?: string; srclen?: number; ipproto?: string; sport?: number; table: string }>>(lab.ns.vpc, ['rule', 'show']);
    expect(rules.filter((r) => r.priority === 100)).toEqual([
      expect.objectContaining({ src: '10.0.0.0', srclen: 16, ipproto: 'tcp', sport: 31080, table: '100' }),
    ]);
  });
});

describeAsRoot('isolation', () => {
  it('no lab netns has a link into the root netns: every peer is in a netns of this lab', async () => {
    for (const ns of lab.state.netns) {
      const links = await ipJson<Link[]>(ns.name, ['link', 'show']);
      const ids = await ipJson<Array<{ nsid: number; name?: string }>>(ns.name, ['netns', 'list-id']);
      for (const l of links.filter((x) => x.link_netnsid !== undefined)) {
        const peer = ids.find((i) => i.nsid === l.link_netnsid);
        expect(peer?.name, `${ns.name} ${l.ifname}`).toMatch(/^plab-wire-/);
      }
    }
  });

  it('the internet host has no route into the VPC', async () => {
    const r = await nsExec(lab.ns.internet, ['ip', 'route', 'get', '10.0.1.51']);
    expect(r.exitCode).not.toBe(0);
    expect(r.stderr).toContain('unreachable');
  });

  it('state records every netns with its inode', () => {
    expect(lab.state.netns).toHaveLength(14);
    for (const n of lab.state.netns) expect(n.inode).toMatch(/^\d+$/);
    expect(lab.state.netns.find((n) => n.pod === TOOLBOX_A)).toMatchObject({ role: 'pod', node: NODE_A, name: 'plab-wire-pod-packetlab-toolbox-a' });
  });
});
