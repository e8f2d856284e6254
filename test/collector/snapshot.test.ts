import { describe, expect, it } from 'vitest';
import { fromSnapshot } from '../../collector/topology/snapshot.js';
import { TopologyModel } from '../../collector/topology/model.js';

describe('agent node snapshots as topology', () => {
  const links = [
    { ifindex: 1, ifname: 'lo', link_type: 'loopback' },
    { ifindex: 2, ifname: 'ens5', link_type: 'ether' },
    { ifindex: 3, ifname: 'ens6', link_type: 'ether' },
    { ifindex: 9, ifname: 'enid7e69f2b922', link_type: 'ether', linkinfo: { info_kind: 'veth' } },
  ];
  const addrs = [
    { ifname: 'lo', addr_info: [{ family: 'inet', local: '127.0.0.1', prefixlen: 8 }] },
    { ifname: 'ens5', addr_info: [{ family: 'inet', local: '10.0.0.75', prefixlen: 24 }] },
    { ifname: 'ens6', addr_info: [{ family: 'inet', local: '10.0.0.85', prefixlen: 24 }] },
    { ifname: 'enid7e69f2b922', addr_info: [{ family: 'inet6', local: 'fe80::1', prefixlen: 64 }] },
  ];
  const routes = [
    { dst: 'default', gateway: '10.0.0.1', dev: 'ens5' },
    { dst: '10.0.1.51', dev: 'enid7e69f2b922', scope: 'link' },
    { dst: 'default', gateway: '10.0.0.1', dev: 'ens6', table: '2' },
    { dst: '10.0.0.75', dev: 'ens5', table: 'local', type: 'local' },
  ];
  const snap = {
    node: 'ip-10-0-0-75',
    netns: [
      { inode: 4026531840, name: 'host', host: true, linksJson: JSON.stringify(links), addrsJson: JSON.stringify(addrs), routesJson: JSON.stringify(routes) },
      { inode: 4026532101, name: 'cni-1234', host: false },
    ],
    pods: [{ namespace: 'packetlab', name: 'toolbox-a', ip: '10.0.1.51', netns: 4026532101 }],
  };

  it('finds ENIs and their tables, the host netns and pod netns', () => {
    const { data, problems } = fromSnapshot(snap);
    expect(problems).toEqual([]);
    const m = new TopologyModel(data);
    expect(m.node('ip-10-0-0-75')?.enis.map((e) => [e.ifname, e.ip, e.table, e.primary])).toEqual([
      ['ens5', '10.0.0.75', 254, true],
      ['ens6', '10.0.0.85', 2, false],
    ]);
    expect(m.tableName('ip-10-0-0-75', 2)).toBe('table 2 (ENI ens6 10.0.0.85)');
    expect(m.place('ip-10-0-0-75', '4026532101', 'eth0', 3).label).toBe('packetlab/toolbox-a eth0');
    expect(m.place('ip-10-0-0-75', '4026531840', 'enid7e69f2b922', 9).label).toBe('veth enid7e69f2b922 (packetlab/toolbox-a)');
    expect(m.node('ip-10-0-0-75')?.hostNetns).toBe('4026531840');
  });

  it('reports malformed JSON by field and keeps the rest', () => {
    const bad = { ...snap, netns: [{ ...snap.netns[0]!, routesJson: '{oops' }] };
    const { data, problems } = fromSnapshot(bad);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^netns host on ip-10-0-0-75 routes: invalid JSON/);
    expect(data.nodes[0]!.enis.map((e) => e.table)).toEqual([254, 254]);
  });

  it('merges with the Kubernetes view: services from one source, devices from another', () => {
    const m = new TopologyModel();
    m.setSource('kubernetes', { nodes: [{ name: 'ip-10-0-0-75', ip: '10.0.0.75', enis: [] }], pods: [], services: [], externals: [], netns: [], vpcCidrs: ['10.0.0.0/16'] });
    m.setSource('snapshot:ip-10-0-0-75', fromSnapshot(snap).data);
    expect(m.node('ip-10-0-0-75')?.ip).toBe('10.0.0.75');
    expect(m.describeIp('10.0.0.85')).toBe('node ip-10-0-0-75 (ENI ens6)');
    expect(m.describeIp('10.0.1.51')).toBe('pod packetlab/toolbox-a');
  });

  it('places an API pod in the netns holding its IP when the agent named no pods (agents have no API access)', () => {
    const podNetnsAddrs = [
      { ifname: 'lo', addr_info: [{ family: 'inet', local: '127.0.0.1', prefixlen: 8 }] },
      { ifname: 'eth0', addr_info: [{ family: 'inet', local: '10.0.1.51', prefixlen: 32 }] },
    ];
    const bare = { ...snap, netns: [snap.netns[0]!, { ...snap.netns[1]!, addrsJson: JSON.stringify(podNetnsAddrs) }], pods: [] };
    const m = new TopologyModel();
    m.setSource('kubernetes', {
      nodes: [{ name: 'ip-10-0-0-75', ip: '10.0.0.75', enis: [] }],
      pods: [
        { namespace: 'packetlab', name: 'toolbox-a', ip: '10.0.1.51', node: 'ip-10-0-0-75', labels: {} },
        { namespace: 'packetlab', name: 'elsewhere', ip: '10.0.1.51', node: 'ip-10-0-0-49', labels: {} },
      ],
      services: [],
      externals: [],
      netns: [],
      vpcCidrs: [],
    });
    m.setSource('snapshot:ip-10-0-0-75', fromSnapshot(bare).data);
    expect(m.place('ip-10-0-0-75', '4026532101', 'eth0', 3).label).toBe('packetlab/toolbox-a eth0');
    expect(m.place('ip-10-0-0-75', '4026531840', 'enid7e69f2b922', 9).label).toBe('veth enid7e69f2b922 (packetlab/toolbox-a)');
  });
});
