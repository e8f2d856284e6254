/**
 * Variants of the default cluster in one lab: VPC CNI with external SNAT on
 * (AWS_VPC_K8S_CNI_EXTERNALSNAT=true, as in the article's experiments), an NLB with IP targets,
 * and a NodePort service with externalTrafficPolicy Local.
 */
import { expect, it } from 'vitest';
import { describeAsRoot } from '../support/gate.js';
import { conntrack, curl, curlMany, nsExec, useLab } from './helpers.js';

const lab = useLab('vary', (t) => {
  t.vpcCni.externalSnat = true;
  t.loadBalancers.nlb!.targetType = 'ip';
  t.services.push({
    namespace: 'packetlab',
    name: 'echo-local',
    type: 'LoadBalancer',
    clusterIP: '172.20.50.50',
    healthCheckNodePort: 32100,
    selector: { app: 'echoserver' },
    ports: [{ name: '', protocol: 'TCP', port: 80, targetPort: 8080, nodePort: 30080 }],
    externalTrafficPolicy: 'Local',
  });
});
const TOOLBOX_A = 'packetlab/toolbox-a';

describeAsRoot('external SNAT on', () => {
  it('the node has no AWS-SNAT-CHAIN-0 and no AWS-CONNMARK-CHAIN-0', async () => {
    const r = await nsExec(lab.ns.node('ip-10-0-0-75'), ['iptables-save', '-t', 'nat']);
    expect(r.stdout).toContain('KUBE-SERVICES');
    expect(r.stdout).not.toContain('AWS-SNAT-CHAIN-0');
    expect(r.stdout).not.toContain('AWS-CONNMARK-CHAIN-0');
  });

  it('checkip still shows 203.0.113.10, but the node did no SNAT: the NAT gateway saw the pod IP', async () => {
    expect((await curl(lab.ns.pod(TOOLBOX_A), 'http://198.51.100.10/')).trim()).toBe('203.0.113.10');
    const node = await conntrack(lab.ns.node('ip-10-0-0-75'), ['-p', 'tcp', '-d', '198.51.100.10']);
    expect(node).toHaveLength(1);
    expect(node[0]!.orig).toMatchObject({ src: '10.0.1.51', dst: '198.51.100.10', dport: 80 });
    // Reply addressed to the pod itself: no rewrite on the node.
    expect(node[0]!.reply).toMatchObject({ src: '198.51.100.10', dst: '10.0.1.51' });
    const natgw = await conntrack(lab.ns.natgw, ['-p', 'tcp', '-d', '198.51.100.10']);
    expect(natgw).toHaveLength(1);
    expect(natgw[0]!.orig).toMatchObject({ src: '10.0.1.51', dst: '198.51.100.10' });
    expect(natgw[0]!.reply).toMatchObject({ src: '198.51.100.10', dst: '203.0.113.10' });
  });

  it('the pod on a secondary ENI leaves by that ENI (table 2), not the primary', async () => {
    const r = await nsExec(lab.ns.node('ip-10-0-0-75'), ['ip', 'route', 'get', '198.51.100.10', 'from', '10.0.1.51', 'iif', 'lo']);
    expect(r.stdout).toMatch(/via 10\.0\.0\.1 dev ens6 table 2/);
  });
});

describeAsRoot('NLB with IP targets', () => {
  it('DNATs to the pods and SNATs to its private IP: the pod sees 10.0.100.20', async () => {
    const replies = await curlMany(lab.ns.internet, 'http://203.0.113.20/', 12);
    expect(replies).toHaveLength(12);
    expect(new Set(replies.map((r) => r.client))).toEqual(new Set(['10.0.100.20']));
    expect(new Set(replies.map((r) => r.hostname))).toEqual(new Set(['echoserver-a', 'echoserver-b']));
  });
});

describeAsRoot('externalTrafficPolicy Local (LoadBalancer, nodePort 30080, health check 32100)', () => {
  it('an external client reaches only the local endpoint, with its own address kept', async () => {
    // ip-10-0-1-228 hosts echoserver-a; the request comes from another node, so it is external.
    const replies = await curlMany(lab.ns.node('ip-10-0-0-49'), 'http://10.0.1.228:30080/', 8);
    expect(replies.map((r) => `${r.hostname} ${r.client}`)).toEqual(Array(8).fill('echoserver-a 10.0.0.49'));
  });

  it('a node without local endpoints drops external traffic', async () => {
    const r = await nsExec(lab.ns.node('ip-10-0-0-49'), ['curl', '-sS', '--max-time', '1', 'http://10.0.0.75:30080/']);
    expect(r.exitCode).not.toBe(0);
    const rules = await nsExec(lab.ns.node('ip-10-0-0-75'), ['iptables-save', '-t', 'filter']);
    expect(rules.stdout).toContain('-A KUBE-EXTERNAL-SERVICES -p tcp -m comment --comment "packetlab/echo-local has no local endpoints" -m addrtype --dst-type LOCAL -m tcp --dport 30080 -j DROP');
  });

  it("the node's own traffic is masqueraded and may use any endpoint", async () => {
    const replies = await curlMany(lab.ns.node('ip-10-0-0-75'), 'http://127.0.0.1:30080/', 6);
    expect(new Set(replies.map((r) => r.client))).toEqual(new Set(['10.0.0.75']));
  });
});

describeAsRoot('kube-proxy health checks (healthCheckNodePort 32100)', () => {
  it('200 on the node with a local endpoint, 503 on a node without', async () => {
    const check = async (nodeIp: string): Promise<{ code: string; body: string }> => {
      const r = await nsExec(lab.ns.node('ip-10-0-0-49'), ['curl', '-sS', '--max-time', '5', '-w', '\\n%{http_code}', `http://${nodeIp}:32100/`]);
      const lines = r.stdout.trim().split('\n');
      return { code: lines.at(-1)!, body: lines.slice(0, -1).join('\n') };
    };
    const withEndpoint = await check('10.0.1.228');
    expect(withEndpoint.code).toBe('200');
    expect(JSON.parse(withEndpoint.body)).toEqual({ service: { namespace: 'packetlab', name: 'echo-local' }, localEndpoints: 1, serviceProxyHealthy: true });
    const without = await check('10.0.0.75');
    expect(without.code).toBe('503');
    expect(JSON.parse(without.body)).toMatchObject({ localEndpoints: 0 });
    expect(lab.state.processes.filter((p) => p.what.startsWith('kube-proxy health checks'))).toHaveLength(3);
  });
});
