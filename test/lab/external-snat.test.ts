/**
 * VPC CNI with external SNAT on (AWS_VPC_K8S_CNI_EXTERNALSNAT=true, as in the article's
 * experiments): the node leaves pod egress alone, the NAT gateway alone rewrites it.
 */
import { describe, expect, it } from 'vitest';
import { conntrack, curl, nsExec, useLab } from './helpers.js';

const lab = useLab('esnat', (t) => {
  t.vpcCni.externalSnat = true;
});
const TOOLBOX_A = 'packetlab/toolbox-a';

describe('external SNAT on', () => {
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
