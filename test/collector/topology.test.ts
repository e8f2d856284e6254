import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { KubernetesTopologySource } from '../../collector/topology/informers.js';
import { TopologyModel, vpcCniVethName } from '../../collector/topology/model.js';
import { loadTopologyFile, parseTopologyText } from '../../collector/topology/static-file.js';
import { N228, N49, N75, NS, labModel } from '../../fixtures/walks.js';
import { StandinApiServer } from './standin-apiserver.js';

const node = (name: string, ip: string) => ({ metadata: { name }, status: { addresses: [{ type: 'InternalIP', address: ip }] } });
const pod = (ns: string, name: string, ip: string, nodeName: string, labels: Record<string, string>) => ({
  metadata: { namespace: ns, name, labels }, spec: { nodeName, containers: [{ name: 'c', image: 'x' }] }, status: { podIP: ip },
});
const service = (ns: string, name: string, ip: string, ports: unknown[], type = 'ClusterIP') => ({ metadata: { namespace: ns, name }, spec: { type, clusterIP: ip, ports } });
const slice = (ns: string, svc: string, eps: Array<[string, string, string]>, ports: unknown[]) => ({
  metadata: { namespace: ns, name: `${svc}-abc`, labels: { 'kubernetes.io/service-name': svc } },
  addressType: 'IPv4',
  endpoints: eps.map(([ip, podName, nodeName]) => ({ addresses: [ip], conditions: { ready: true }, nodeName, targetRef: { kind: 'Pod', namespace: ns, name: podName } })),
  ports,
});

describe('topology model from the lab', () => {
  const m = labModel();
  it('names addresses, tables, devices and netns', () => {
    expect(m.describeIp('10.0.1.51')).toBe('pod packetlab/toolbox-a');
    expect(m.describeIp('172.20.122.189')).toBe('service packetlab/echo-clusterip');
    expect(m.describeIp('10.0.0.85')).toBe(`node ${N75} (ENI ens6)`);
    expect(m.describeIp('10.0.0.75')).toBe(`node ${N75}`);
    expect(m.describeIp('10.0.100.10')).toBe('NAT gateway 10.0.100.10');
    expect(m.describeIp('203.0.113.10')).toBe('NAT gateway 203.0.113.10');
    expect(m.describeIp('8.8.8.8')).toBe('8.8.8.8');
    expect(m.tableName(N75, 2)).toBe('table 2 (ENI ens6 10.0.0.85)');
    expect(m.tableName(N75, 3)).toBe('table 3 (ENI ens7 10.0.0.84)');
    expect(m.tableName(N75, 254)).toBe('main');
    expect(m.tableName(N75, 255)).toBe('local');
    expect(m.eniForTable(N49, 2)?.ip).toBe('10.0.0.59');
    expect(m.netns(N75, NS['packetlab/toolbox-a'])?.pod).toBe('packetlab/toolbox-a');
    expect(m.netns(N75, NS[N75])?.host).toBe(true);
    expect(m.place(N75, NS[N75], vpcCniVethName('packetlab', 'toolbox-a'), 9).label).toBe(`veth ${vpcCniVethName('packetlab', 'toolbox-a')} (packetlab/toolbox-a)`);
    expect(m.place(N75, NS[N75], 'ens6', 3)).toMatchObject({ kind: 'eni', eni: { ip: '10.0.0.85', table: 2 } });
    expect(m.place(N228, NS['packetlab/echoserver-a'], 'eth0', 3)).toMatchObject({ kind: 'pod-eth', pod: 'packetlab/echoserver-a', label: 'packetlab/echoserver-a eth0' });
  });
  it('resolves services: VIP + port, NodePort, endpoints with target ports', () => {
    const vip = m.serviceByVip('172.20.122.189', 80, 6)!;
    expect(vip.service.endpoints.map((e) => [e.ip, e.pod, m.targetPort(vip.port, e)])).toEqual([
      ['10.0.2.127', 'packetlab/echoserver-b', 8080],
      ['10.0.3.193', 'packetlab/echoserver-a', 8080],
    ]);
    expect(m.serviceByNodePort(32385, 6)?.service.name).toBe('echo-nodeport');
    expect(m.serviceByVip('172.20.0.10', 53, 17)?.port.name).toBe('dns');
    expect(m.serviceByVip('172.20.122.189', 81, 6)).toBeUndefined();
    expect(m.nodeOfIp('10.0.3.193')).toBe(N228);
  });
});

describe('static topology files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'plab-topo-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads the lab's default topology YAML", () => {
    const { kind, data } = loadTopologyFile('lab/topologies/default.yaml');
    expect(kind).toBe('lab');
    const m = new TopologyModel(data);
    expect(m.tableName(N75, 2)).toBe('table 2 (ENI ens6 10.0.0.85)');
    expect(m.describeIp('10.0.3.193')).toBe('pod packetlab/echoserver-a');
    expect(m.serviceByVip('172.20.122.189', 80, 6)?.service.endpoints.map((e) => e.pod).sort()).toEqual(['packetlab/echoserver-a', 'packetlab/echoserver-b']);
    expect(m.inVpc('10.0.2.29')).toBe(true);
  });

  it('reads a kubectl List dump (nodes, pods, services, endpointslices)', () => {
    const list = {
      apiVersion: 'v1', kind: 'List',
      items: [
        { kind: 'Node', apiVersion: 'v1', ...node(N75, '10.0.0.75') },
        { kind: 'Pod', apiVersion: 'v1', ...pod('packetlab', 'echoserver-a', '10.0.3.193', N228, { app: 'echoserver' }) },
        { kind: 'Service', apiVersion: 'v1', ...service('packetlab', 'echo', '172.20.122.189', [{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }]) },
        { kind: 'EndpointSlice', apiVersion: 'discovery.k8s.io/v1', ...slice('packetlab', 'echo', [['10.0.3.193', 'echoserver-a', N228]], [{ name: 'http', port: 8080, protocol: 'TCP' }]) },
      ],
    };
    const file = join(dir, 'dump.yaml');
    writeFileSync(file, stringify(list));
    const { kind, data } = loadTopologyFile(file, ['10.0.0.0/16']);
    expect(kind).toBe('kubectl-list');
    const m = new TopologyModel(data);
    const hit = m.serviceByVip('172.20.122.189', 80, 6)!;
    expect(hit.port.targetPort).toBe('http');
    expect(m.targetPort(hit.port, hit.service.endpoints[0])).toBe(8080);
    expect(hit.service.endpoints[0]).toMatchObject({ ip: '10.0.3.193', pod: 'packetlab/echoserver-a', node: N228 });
    expect(m.describeIp('10.0.0.75')).toBe(`node ${N75}`);
  });

  it('refuses a file that is no topology, saying what it expected', () => {
    expect(() => parseTopologyText('foo: bar\n', 'x.yaml')).toThrow(/x\.yaml: not a topology file: expected the lab's topology YAML/);
    expect(() => parseTopologyText('a: [\n', 'y.yaml')).toThrow(/y\.yaml: invalid YAML/);
    expect(() => loadTopologyFile(join(dir, 'missing.yaml'))).toThrow(/cannot read topology file/);
  });
});

describe('Kubernetes informers against the stand-in API server', () => {
  let api: StandinApiServer;
  let source: KubernetesTopologySource;
  const model = new TopologyModel();

  const until = async (cond: () => boolean, what: string, ms = 5000): Promise<void> => {
    const end = Date.now() + ms;
    while (!cond()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  beforeAll(async () => {
    api = new StandinApiServer();
    const url = await api.listen();
    api.apply('nodes', node(N75, '10.0.0.75'));
    api.apply('nodes', node(N49, '10.0.0.49'));
    api.apply('pods', pod('packetlab', 'echoserver-a', '10.0.3.193', N228, { app: 'echoserver' }));
    api.apply('services', service('packetlab', 'echo-nodeport', '172.20.152.84', [{ port: 80, targetPort: 8080, nodePort: 32385, protocol: 'TCP' }], 'NodePort'));
    api.apply('endpointslices', slice('packetlab', 'echo-nodeport', [['10.0.3.193', 'echoserver-a', N228]], [{ port: 8080, protocol: 'TCP' }]));
    const kc = new KubeConfig();
    kc.loadFromOptions({
      clusters: [{ name: 'standin', server: url, skipTLSVerify: true }],
      users: [{ name: 'u', token: 'standin' }],
      contexts: [{ name: 'c', cluster: 'standin', user: 'u' }],
      currentContext: 'c',
    });
    source = new KubernetesTopologySource(model, kc, { debounceMs: 10, retryMs: 50 });
    await source.start();
  });
  afterAll(async () => {
    await source?.stop();
    await api?.close();
  });

  it('lists everything first', () => {
    expect(model.describeIp('10.0.3.193')).toBe('pod packetlab/echoserver-a');
    expect(model.serviceByNodePort(32385, 6)?.service.endpoints.map((e) => e.pod)).toEqual(['packetlab/echoserver-a']);
    expect(model.describeIp('10.0.0.49')).toBe(`node ${N49}`);
    expect(api.requests.lists.get('/api/v1/pods')).toBe(1);
  });

  it('follows ADDED, MODIFIED and DELETED from the watch', async () => {
    api.apply('pods', pod('packetlab', 'toolbox-b', '10.0.2.29', N49, { app: 'toolbox' }));
    await until(() => model.describeIp('10.0.2.29') === 'pod packetlab/toolbox-b', 'the added pod');
    api.apply('pods', pod('packetlab', 'toolbox-b', '10.0.2.30', N49, { app: 'toolbox' }));
    await until(() => model.describeIp('10.0.2.30') === 'pod packetlab/toolbox-b', 'the modified pod');
    expect(model.describeIp('10.0.2.29')).toBe('10.0.2.29');
    api.delete('nodes', '', N49);
    await until(() => model.node(N49) === undefined, 'the deleted node');
    expect(api.requests.lists.get('/api/v1/pods')).toBe(1); // no relist needed
  });

  it('a watch event that changes nothing the model keeps makes no new version; one that does, does', async () => {
    const rebuilds = source.stats.rebuilds;
    const version = model.version;
    // the same pod with an image the model does not keep
    api.apply('pods', { ...pod('packetlab', 'toolbox-b', '10.0.2.30', N49, { app: 'toolbox' }), spec: { nodeName: N49, containers: [{ name: 'c', image: 'y' }] } });
    await until(() => source.stats.rebuilds > rebuilds && !source.reading, 'the read after the event');
    await new Promise((r) => setTimeout(r, 50));
    expect(model.version).toBe(version);
    api.apply('pods', pod('packetlab', 'toolbox-b', '10.0.2.30', N49, { app: 'toolbox', tier: 'front' }));
    await until(() => model.version > version, 'the new version');
    expect(model.pod('packetlab/toolbox-b')?.labels).toEqual({ app: 'toolbox', tier: 'front' });
  });

  it('takes a BOOKMARK as the new resourceVersion without touching objects', async () => {
    const rebuilds = source.stats.rebuilds;
    api.apply('services', service('packetlab', 'other', '172.20.1.1', [{ port: 1, protocol: 'TCP' }]));
    await until(() => model.service('packetlab/other') !== undefined, 'the service');
    api.bookmark();
    await new Promise((r) => setTimeout(r, 100));
    expect(source.stats.rebuilds).toBe(rebuilds + 1);
  });

  it('relists after 410 Gone and catches up with what changed meanwhile', async () => {
    const listsBefore = api.requests.lists.get('/api/v1/pods') ?? 0;
    api.closeWatches();
    // Changes while nobody watches, then history is compacted away: the old resourceVersion expires.
    api.delete('pods', 'packetlab', 'echoserver-a');
    api.apply('pods', pod('packetlab', 'echoserver-c', '10.0.3.200', N228, { app: 'echoserver' }));
    api.compact();
    await until(() => model.describeIp('10.0.3.200') === 'pod packetlab/echoserver-c', 'the relisted pod');
    expect(model.owner('10.0.3.193').kind).toBe('unknown');
    expect(api.requests.expired).toBeGreaterThan(0);
    expect(api.requests.lists.get('/api/v1/pods')).toBe(listsBefore + 1);
    await until(() => api.watcherCount('pods') === 1, 'the pods watch to resume');
  });
});
