/**
 * The agent's node snapshot names pods from the Kubernetes API: the pods scheduled on its own
 * node (fieldSelector spec.nodeName), through @kubernetes/client-node, here against the stand-in
 * API server (test/collector/standin-apiserver.ts), the production code path unchanged.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StandinApiServer } from '../collector/standin-apiserver.js';
import { kubernetesPods } from '../../agent/snapshot.js';

const pod = (ns: string, name: string, node: string, ip: string | undefined, extra: Record<string, unknown> = {}) => ({
  metadata: { namespace: ns, name, labels: { app: name } },
  spec: { nodeName: node, ...extra },
  status: ip ? { podIP: ip } : {},
});

describe('the agent lists its node pods from the Kubernetes API', () => {
  const api = new StandinApiServer();
  let dir = '';
  const saved = process.env.KUBECONFIG;

  beforeAll(async () => {
    const url = await api.listen();
    api.apply('pods', pod('packetlab', 'toolbox-a', 'ip-10-0-0-75', '10.0.1.51'));
    api.apply('pods', pod('kube-system', 'coredns-a', 'ip-10-0-0-75', '10.0.1.181'));
    api.apply('pods', pod('packetlab', 'echoserver-a', 'ip-10-0-1-228', '10.0.3.193'));
    api.apply('pods', pod('kube-system', 'aws-node-x', 'ip-10-0-0-75', '10.0.0.75', { hostNetwork: true }));
    api.apply('pods', pod('packetlab', 'pending', 'ip-10-0-0-75', undefined));
    dir = mkdtempSync(join(tmpdir(), 'packetlife-kubeconfig-'));
    const kubeconfig = join(dir, 'config');
    writeFileSync(
      kubeconfig,
      `apiVersion: v1
kind: Config
clusters: [{ name: standin, cluster: { server: "${url}", insecure-skip-tls-verify: true } }]
users: [{ name: standin, user: { token: "t" } }]
contexts: [{ name: standin, context: { cluster: standin, user: standin } }]
current-context: standin
`,
    );
    process.env.KUBECONFIG = kubeconfig;
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.KUBECONFIG;
    else process.env.KUBECONFIG = saved;
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the pods of its node with an IP of their own, and only those', async () => {
    const pods = await kubernetesPods('ip-10-0-0-75');
    expect(pods.map((p) => [`${p.namespace}/${p.name}`, p.ip]).sort()).toEqual([
      ['kube-system/coredns-a', '10.0.1.181'],
      ['packetlab/toolbox-a', '10.0.1.51'],
    ]);
    expect(pods.find((p) => p.name === 'toolbox-a')!.labels).toEqual({ app: 'toolbox-a' });
    expect(api.requests.lists.get('/api/v1/pods')).toBe(1);
  });

  it('another node sees its own pods', async () => {
    expect((await kubernetesPods('ip-10-0-1-228')).map((p) => p.name)).toEqual(['echoserver-a']);
  });
});
