/** Another topology is just another file: a two-node cluster without load balancers. */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { canRunAsRoot, describeAsRoot } from '../support/gate.js';
import { labDown, labUp } from '../../lab/lab.js';
import { packageRoot } from '../../lab/processes.js';
import type { LabState } from '../../lab/state.js';
import { curl, curlMany, echoField, nsExec } from './helpers.js';

const LAB = 'mini';
let state: LabState;

if (canRunAsRoot) {
  beforeAll(async () => {
    await labDown({ name: LAB });
    state = await labUp({ name: LAB, topologyFile: join(packageRoot(), 'lab', 'topologies', 'minimal.yaml') });
  });
  afterAll(async () => {
    await labDown({ name: LAB });
  });
}

describeAsRoot('minimal topology', () => {
  it('builds only what the file declares', () => {
    expect(state.netns.map((n) => n.name).sort()).toEqual(
      [
        'plab-mini-ip-10-1-0-10',
        'plab-mini-ip-10-1-0-11',
        'plab-mini-pod-demo-client',
        'plab-mini-pod-demo-web-1',
        'plab-mini-pod-demo-web-2',
        'plab-mini-pod-kube-system-coredns',
        'plab-mini-vpc',
        'plab-mini-natgw',
        'plab-mini-internet',
      ].sort(),
    );
    expect(state.processes.map((p) => p.what).sort()).toEqual(['checkip server', 'dns server kube-system/coredns', 'echo server demo/web-1', 'echo server demo/web-2']);
  });

  it('service by name, both endpoints, the client address kept; egress through the NAT gateway', async () => {
    const replies = await curlMany('plab-mini-pod-demo-client', 'http://web/', 20);
    expect(new Set(replies.map((r) => r.hostname))).toEqual(new Set(['web-1', 'web-2']));
    expect(new Set(replies.map((r) => r.client))).toEqual(new Set(['10.1.5.5']));
    expect((await curl('plab-mini-pod-demo-client', 'http://198.51.100.110/')).trim()).toBe('203.0.113.110');
  });

  it('NodePort from the other node: masqueraded to the receiving node', async () => {
    const body = await curl('plab-mini-ip-10-1-0-11', 'http://10.1.0.10:30500/');
    expect(echoField(body, 'client_address')).toBe('10.1.0.10');
    const routes = await nsExec('plab-mini-ip-10-1-0-10', ['ip', 'route', 'show', 'table', '2']);
    expect(routes.stdout.trim().split('\n').map((l) => l.trim())).toEqual(['default via 10.1.0.1 dev ens6', '10.1.0.1 dev ens6 scope link']);
  });
});
