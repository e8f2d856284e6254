/**
 * Reachability on the default lab and what the echo server sees: same node, cross node,
 * ClusterIP, DNS through 172.20.0.10, NodePort (same node, localhost, another node), pod egress
 * through two SNATs, and the NLB and ALB paths from the internet host.
 */
import { expect, it } from 'vitest';
import { describeAsRoot } from '../support/gate.js';
import { hostVethName } from '../../lab/naming.js';
import { conntrack, curl, curlMany, echoField, nsExec, useLab } from './helpers.js';

const lab = useLab('path');
const TOOLBOX_A = 'packetlab/toolbox-a';
const TOOLBOX_B = 'packetlab/toolbox-b';
const NODE_IPS = ['10.0.0.75', '10.0.0.49', '10.0.1.228'];

describeAsRoot('pod to pod', () => {
  it('same node: toolbox-b reaches echoserver-b (both on ip-10-0-0-49), which sees 10.0.2.29', async () => {
    const body = await curl(lab.ns.pod(TOOLBOX_B), 'http://10.0.2.127:8080/');
    expect(echoField(body, 'Hostname')).toBe('echoserver-b');
    expect(echoField(body, 'client_address')).toBe('10.0.2.29');
  });

  it('cross node: toolbox-a reaches echoserver-a through the VPC router, which sees 10.0.1.51', async () => {
    const body = await curl(lab.ns.pod(TOOLBOX_A), 'http://10.0.3.193:8080/');
    expect(echoField(body, 'Hostname')).toBe('echoserver-a');
    expect(echoField(body, 'client_address')).toBe('10.0.1.51');
    // From the pod's veth, the node routes by table 2 out of ens6 to the VPC router.
    const veth = hostVethName('packetlab', 'toolbox-a');
    const r = await nsExec(lab.ns.node('ip-10-0-0-75'), ['ip', 'route', 'get', '10.0.3.193', 'from', '10.0.1.51', 'iif', veth]);
    expect(r.stdout).toMatch(/^10\.0\.3\.193 from 10\.0\.1\.51 via 10\.0\.0\.1 dev ens6 table 2 /);
  });
});

describeAsRoot('Experiment 3: hops', () => {
  const ttl = async (dst: string): Promise<number> => {
    const r = await nsExec(lab.ns.pod(TOOLBOX_A), ['ping', '-c', '1', '-W', '2', dst]);
    return Number(/ttl=(\d+)/.exec(r.stdout)?.[1]);
  };

  it('same node: the node answers itself (TTL 64); cross node: three hops (TTL 64 - 3)', async () => {
    expect(await ttl('10.0.0.75')).toBe(64);
    // toolbox-b's node, the VPC router, toolbox-a's node: as the article's 128 - 3 = 125.
    expect(await ttl('10.0.2.29')).toBe(61);
  });
});

describeAsRoot('ClusterIP 172.20.122.189', () => {
  it('40 requests: both endpoints chosen, every reply sees the pod IP 10.0.1.51 (no SNAT)', async () => {
    const replies = await curlMany(lab.ns.pod(TOOLBOX_A), 'http://172.20.122.189/', 40);
    expect(replies).toHaveLength(40);
    expect(new Set(replies.map((r) => r.client))).toEqual(new Set(['10.0.1.51']));
    expect(new Set(replies.map((r) => r.hostname))).toEqual(new Set(['echoserver-a', 'echoserver-b']));
    // conntrack on the node: original toolbox -> VIP, reply from an endpoint to the toolbox.
    const ct = await conntrack(lab.ns.node('ip-10-0-0-75'), ['-p', 'tcp', '-d', '172.20.122.189']);
    expect(ct.length).toBeGreaterThan(0);
    for (const e of ct) {
      expect(e.orig).toMatchObject({ src: '10.0.1.51', dst: '172.20.122.189', dport: 80 });
      expect(['10.0.2.127', '10.0.3.193']).toContain(e.reply.src);
      expect(e.reply).toMatchObject({ dst: '10.0.1.51', sport: 8080 });
    }
  });
});

describeAsRoot('DNS through kube-dns 172.20.0.10', () => {
  it('dig answers cluster names over UDP and TCP', async () => {
    const pod = lab.ns.pod(TOOLBOX_A);
    const q = async (args: string[]): Promise<string> => (await nsExec(pod, ['dig', '+short', '+time=2', '+tries=2', ...args])).stdout.trim();
    expect(await q(['echo-clusterip.packetlab.svc.cluster.local'])).toBe('172.20.122.189');
    expect(await q(['kubernetes.default.svc.cluster.local'])).toBe('172.20.0.1');
    expect(await q(['@172.20.0.10', '+tcp', 'kube-dns.kube-system.svc.cluster.local'])).toBe('172.20.0.10');
    const nx = await nsExec(pod, ['dig', '+time=2', '+tries=2', 'nope.packetlab.svc.cluster.local']);
    expect(nx.stdout).toContain('status: NXDOMAIN');
    // The query went to the VIP and was DNATed to a CoreDNS pod.
    const ct = await conntrack(lab.ns.node('ip-10-0-0-75'), ['-p', 'udp', '-d', '172.20.0.10']);
    expect(ct.length).toBeGreaterThan(0);
    for (const e of ct) expect(['10.0.1.181', '10.0.3.231']).toContain(e.reply.src);
  });

  it('curl by short service name resolves through the search path', async () => {
    const body = await curl(lab.ns.pod(TOOLBOX_A), 'http://echo-clusterip/');
    expect(echoField(body, 'client_address')).toBe('10.0.1.51');
  });
});

describeAsRoot('NodePort 32385: the echo server sees the receiving node 10.0.0.75', () => {
  it('from the same node, to its own IP', async () => {
    const replies = await curlMany(lab.ns.node('ip-10-0-0-75'), 'http://10.0.0.75:32385/', 6);
    expect(replies.map((r) => r.client)).toEqual(Array(6).fill('10.0.0.75'));
  });

  it('from localhost in the node netns (route_localnet)', async () => {
    const replies = await curlMany(lab.ns.node('ip-10-0-0-75'), 'http://127.0.0.1:32385/', 6);
    expect(replies.map((r) => r.client)).toEqual(Array(6).fill('10.0.0.75'));
  });

  it('from a pod on the node: masqueraded to the address of the ENI it leaves by (ens6, table 2)', async () => {
    // The pod's rule 1536 still applies after DNAT, so the packet leaves by ens6 and MASQUERADE
    // takes ens6's address: the node's IP as seen on that ENI.
    const replies = await curlMany(lab.ns.pod(TOOLBOX_A), 'http://10.0.0.75:32385/', 3);
    expect(replies.map((r) => r.client)).toEqual(['10.0.0.85', '10.0.0.85', '10.0.0.85']);
  });

  it('from another node (ip-10-0-0-49)', async () => {
    const replies = await curlMany(lab.ns.node('ip-10-0-0-49'), 'http://10.0.0.75:32385/', 6);
    expect(replies.map((r) => r.client)).toEqual(Array(6).fill('10.0.0.75'));
  });
});

describeAsRoot('egress to the internet host (external SNAT off)', () => {
  it('checkip shows the NAT gateway 203.0.113.10; the node SNATs to its primary IP first', async () => {
    expect((await curl(lab.ns.pod(TOOLBOX_A), 'http://198.51.100.10/')).trim()).toBe('203.0.113.10');
    const node = await conntrack(lab.ns.node('ip-10-0-0-75'), ['-p', 'tcp', '-d', '198.51.100.10']);
    expect(node).toHaveLength(1);
    expect(node[0]!.orig).toMatchObject({ src: '10.0.1.51', dst: '198.51.100.10', dport: 80 });
    expect(node[0]!.reply).toMatchObject({ src: '198.51.100.10', dst: '10.0.0.75' });
    const natgw = await conntrack(lab.ns.natgw, ['-p', 'tcp', '-d', '198.51.100.10']);
    expect(natgw).toHaveLength(1);
    expect(natgw[0]!.orig).toMatchObject({ src: '10.0.0.75', dst: '198.51.100.10' });
    expect(natgw[0]!.reply).toMatchObject({ src: '198.51.100.10', dst: '203.0.113.10' });
  });

  it('a pod on the primary ENI egresses the same way', async () => {
    expect((await curl(lab.ns.pod(TOOLBOX_B), 'http://198.51.100.10/')).trim()).toBe('203.0.113.10');
  });
});

describeAsRoot('load balancers, from the internet host 198.51.100.10', () => {
  it('NLB 203.0.113.20 (instance targets): the node sees the client, the pod sees a node', async () => {
    const replies = await curlMany(lab.ns.internet, 'http://203.0.113.20/', 12);
    expect(replies).toHaveLength(12);
    for (const r of replies) {
      expect(['echoserver-a', 'echoserver-b']).toContain(r.hostname);
      expect(NODE_IPS).toContain(r.client);
    }
    // The NLB kept the client's address: the node's conntrack shows 198.51.100.10 -> node:31080.
    const seen: string[] = [];
    for (const node of ['ip-10-0-0-75', 'ip-10-0-0-49', 'ip-10-0-1-228']) {
      for (const e of await conntrack(lab.ns.node(node), ['-p', 'tcp', '--dport', '31080'])) {
        expect(e.orig.src).toBe('198.51.100.10');
        seen.push(e.orig.dst);
      }
    }
    expect(seen).toHaveLength(12);
    for (const ip of seen) expect(NODE_IPS).toContain(ip);
  });

  it('ALB 203.0.113.30 (IP targets): the pod sees the ALB 10.0.100.30, X-Forwarded-For the client', async () => {
    const replies = await curlMany(lab.ns.internet, 'http://203.0.113.30/', 4);
    expect(replies).toHaveLength(4);
    for (const r of replies) {
      expect(r.client).toBe('10.0.100.30');
      expect(echoField(r.body, 'x-forwarded-for')).toBe('198.51.100.10');
    }
    expect(new Set(replies.map((r) => r.hostname))).toEqual(new Set(['echoserver-a', 'echoserver-b']));
  });
});
