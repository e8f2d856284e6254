/**
 * The test-only `faults:` section breaks a lab on purpose, so that claims can be shown to FAIL:
 * a pod without its PERMANENT gateway neighbour, NodePort traffic not masqueraded, an endpoint
 * kube-proxy never chooses.
 */
import { expect, it } from 'vitest';
import { describeAsRoot } from '../support/gate.js';
import { curlMany, ipJson, nsExec, useLab } from './helpers.js';

const lab = useLab('fault', (t) => {
  t.faults.omitGatewayNeighbour = ['packetlab/toolbox-b'];
  t.faults.nodePortMasquerade = false;
  t.faults.endpointNeverChosen = 'packetlab/echoserver-b';
});

describeAsRoot('faults', () => {
  it('omitGatewayNeighbour: toolbox-b has no neighbour for 169.254.1.1 and cannot reach anything', async () => {
    const neigh = await ipJson<Array<{ dst: string; state: string[] }>>(lab.ns.pod('packetlab/toolbox-b'), ['neigh', 'show', 'dev', 'eth0']);
    expect(neigh.filter((n) => n.dst === '169.254.1.1' && n.state.includes('PERMANENT'))).toEqual([]);
    const r = await nsExec(lab.ns.pod('packetlab/toolbox-b'), ['curl', '-sS', '--max-time', '1', 'http://10.0.3.193:8080/']);
    expect(r.exitCode).not.toBe(0);
  });

  it('endpointNeverChosen: every ClusterIP request lands on echoserver-a', async () => {
    const replies = await curlMany(lab.ns.pod('packetlab/toolbox-a'), 'http://172.20.122.189/', 20);
    expect(replies.map((r) => r.hostname)).toEqual(Array(20).fill('echoserver-a'));
    const r = await nsExec(lab.ns.node('ip-10-0-0-75'), ['iptables-save', '-t', 'nat']);
    expect(r.stdout).toMatch(/-A KUBE-SVC-B23I5IPCVQPNADR7 -m comment --comment "packetlab\/echo-clusterip -> 10\.0\.2\.127:8080" -m statistic --mode random --probability 0\.0+ -j KUBE-SEP-/);
  });

  it('nodePortMasquerade false: a NodePort request from a pod keeps its source address', async () => {
    // Healthy, toolbox-a -> its own node's NodePort is masqueraded to the node; here it is not.
    const replies = await curlMany(lab.ns.pod('packetlab/toolbox-a'), 'http://10.0.0.75:32385/', 3);
    expect(replies.map((r) => r.client)).toEqual(['10.0.1.51', '10.0.1.51', '10.0.1.51']);
    const r = await nsExec(lab.ns.node('ip-10-0-0-75'), ['iptables-save', '-t', 'nat']);
    expect(r.stdout).not.toMatch(/-A KUBE-EXT-\S+ .*-j KUBE-MARK-MASQ/);
  });
});
