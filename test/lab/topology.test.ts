/** Topology parsing and validation, and the naming rules the lab shares with VPC CNI and kube-proxy. No namespaces. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { endpointChain, kubeProxyRules, serviceChain } from '../../lab/kube-proxy.js';
import { hostVethName, netnsName } from '../../lab/naming.js';
import { nlbRules } from '../../lab/netfilter.js';
import { planLab } from '../../lab/plan.js';
import { checkFaults, checkPods, checkServiceCidr, crossCheck, crossCheckContext, defaultTopologyFile, loadTopology, parseTopology } from '../../lab/topology.js';

const defaultText = readFileSync(defaultTopologyFile(), 'utf8');

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected an error');
}

describe('default topology', () => {
  it('reproduces the reference cluster', () => {
    const t = loadTopology();
    expect(t.nodes.map((n) => n.name)).toEqual(['ip-10-0-0-75', 'ip-10-0-0-49', 'ip-10-0-1-228']);
    expect(t.nodes[0]!.enis.map((e) => `${e.ip} ${e.table}`)).toEqual(['10.0.0.75 main', '10.0.0.85 2', '10.0.0.84 3']);
    expect(t.pods.map((p) => `${p.namespace}/${p.name} ${p.ip} ${p.node} ${p.eni}`)).toEqual([
      'packetlab/toolbox-a 10.0.1.51 ip-10-0-0-75 ens6',
      'kube-system/coredns-a 10.0.1.181 ip-10-0-0-75 ens7',
      'packetlab/toolbox-b 10.0.2.29 ip-10-0-0-49 ens5',
      'packetlab/echoserver-b 10.0.2.127 ip-10-0-0-49 ens6',
      'packetlab/echoserver-a 10.0.3.193 ip-10-0-1-228 ens6',
      'kube-system/coredns-b 10.0.3.231 ip-10-0-1-228 ens5',
    ]);
    expect(t.vpcCni.externalSnat).toBe(false);
    expect(t.faults).toEqual({ omitGatewayNeighbour: [], nodePortMasquerade: true });
  });

  it('plans 14 netns with the documented names', () => {
    const plan = planLab('default', loadTopology());
    expect(plan.netns.map((n) => n.name)).toEqual([
      'plab-default-ip-10-0-0-75',
      'plab-default-ip-10-0-0-49',
      'plab-default-ip-10-0-1-228',
      'plab-default-pod-packetlab-toolbox-a',
      'plab-default-pod-kube-system-coredns-a',
      'plab-default-pod-packetlab-toolbox-b',
      'plab-default-pod-packetlab-echoserver-b',
      'plab-default-pod-packetlab-echoserver-a',
      'plab-default-pod-kube-system-coredns-b',
      'plab-default-vpc',
      'plab-default-natgw',
      'plab-default-internet',
      'plab-default-nlb',
      'plab-default-alb',
    ]);
    expect(plan.dnsRecords['kubernetes.default.svc.cluster.local']).toBe('172.20.0.1');
    expect(plan.dnsRecords['echo-clusterip.packetlab.svc.cluster.local']).toBe('172.20.122.189');
    expect(netnsName.natgw('x')).toBe('plab-x-natgw');
  });
});

describe('validation names the field', () => {
  it('a bad address', () => {
    const text = defaultText.replace('{ ip: 10.0.0.49, subnet', '{ ip: 10.0.0.300, subnet');
    expect(errorOf(() => parseTopology(text, 'lab.yaml'))).toContain('nodes[1].enis[0].ip: invalid IPv4 address "10.0.0.300"');
  });

  it('an unknown field, a missing field, invalid YAML', () => {
    expect(errorOf(() => parseTopology(defaultText.replace('serviceCidr:', 'serviceCIDR:'), 'a.yaml'))).toMatch(/serviceCidr: Required[\s\S]*Unrecognized key\(s\) in object: 'serviceCIDR'/);
    expect(errorOf(() => parseTopology('vpc: [', 'b.yaml'))).toContain('b.yaml: invalid YAML');
  });

  it('references between sections', () => {
    const wrongNode = defaultText.replace('name: toolbox-b, node: ip-10-0-0-49', 'name: toolbox-b, node: ip-10-0-0-99');
    expect(errorOf(() => parseTopology(wrongNode, 'c.yaml'))).toContain('pods[2].node: no node named "ip-10-0-0-99"');
    const wrongEni = defaultText.replace('name: toolbox-b, node: ip-10-0-0-49, eni: ens5', 'name: toolbox-b, node: ip-10-0-0-49, eni: ens7');
    expect(errorOf(() => parseTopology(wrongEni, 'd.yaml'))).toContain('pods[2].eni: node ip-10-0-0-49 has no ENI ens7 (it has ens5, ens6)');
    const dupIp = defaultText.replace('ip: 10.0.2.29', 'ip: 10.0.1.51');
    expect(errorOf(() => parseTopology(dupIp, 'e.yaml'))).toContain('pods[2].ip: address 10.0.1.51 already used by pods[0].ip');
    const realPublic = defaultText.replace('publicIp: 203.0.113.10', 'publicIp: 8.8.8.8');
    expect(errorOf(() => parseTopology(realPublic, 'f.yaml'))).toContain('natGateway.publicIp: 8.8.8.8 must come from a documentation range');
    const hc = defaultText.replace('name: echo-nodeport\n    type: NodePort', 'name: echo-nodeport\n    type: NodePort\n    healthCheckNodePort: 32000');
    expect(errorOf(() => parseTopology(hc, 'i.yaml'))).toContain('services[3].healthCheckNodePort: only a LoadBalancer service with externalTrafficPolicy Local has one');
    const gatewayPod = defaultText.replace('ip: 10.0.2.29', 'ip: 10.0.0.1');
    expect(errorOf(() => parseTopology(gatewayPod, 'h.yaml'))).toContain('pods[2].ip: address 10.0.0.1 already used by vpc.subnets[0].gateway');
    const fault = defaultText.replace('loadBalancers:', 'faults: { endpointNeverChosen: packetlab/nope }\nloadBalancers:');
    expect(errorOf(() => parseTopology(fault, 'g.yaml'))).toContain('faults.endpointNeverChosen: no pod packetlab/nope');
  });

  it('a service CIDR overlapping the VPC (issue 12, 9)', () => {
    // Either containing the VPC or inside it: ClusterIPs there would be routed, not DNATed.
    const wide = defaultText.replace('serviceCidr: 172.20.0.0/16', 'serviceCidr: 10.0.0.0/8');
    expect(errorOf(() => parseTopology(wide, 'j.yaml')).split('\n').filter((l) => l.startsWith('  serviceCidr'))).toEqual(['  serviceCidr: 10.0.0.0/8 overlaps the VPC 10.0.0.0/16']);
    const inside = defaultText.replace('serviceCidr: 172.20.0.0/16', 'serviceCidr: 10.0.200.0/24');
    expect(errorOf(() => parseTopology(inside, 'k.yaml'))).toContain('serviceCidr: 10.0.200.0/24 overlaps the VPC 10.0.0.0/16');
    expect(() => parseTopology(defaultText.replace('serviceCidr: 172.20.0.0/16', 'serviceCidr: 10.1.0.0/16').replace(/clusterIP: 172\.20\./g, 'clusterIP: 10.1.'), 'l.yaml')).not.toThrow();
  });

  it('a nodePort outside the range names both bounds (issue 12, 9)', () => {
    const low = defaultText.replace('nodePort: 32385', 'nodePort: 8080');
    expect(errorOf(() => parseTopology(low, 'm.yaml'))).toContain('services[3].ports[0].nodePort: 8080 is outside the NodePort range 30000-32767');
    const high = defaultText.replace('nodePort: 32385', 'nodePort: 40000');
    expect(errorOf(() => parseTopology(high, 'n.yaml'))).toContain('services[3].ports[0].nodePort: 40000 is outside the NodePort range 30000-32767');
  });
});

describe('kube-proxy filter table', () => {
  it('a service without endpoints is REJECTed in KUBE-SERVICES with "has no endpoints" (issue 12, 3)', () => {
    const t = loadTopology();
    t.services.push({ namespace: 'packetlab', name: 'echo-empty', type: 'NodePort', clusterIP: '172.20.90.80', selector: { app: 'nobody' }, ports: [{ name: '', protocol: 'TCP', port: 80, targetPort: 8080, nodePort: 30090 }], externalTrafficPolicy: 'Cluster' });
    const kp = kubeProxyRules(t, 'ip-10-0-0-75');
    expect(kp.filterChains).toEqual(['KUBE-SERVICES', 'KUBE-EXTERNAL-SERVICES']);
    expect(kp.filterRules.filter((r) => r.includes('REJECT') || r.includes('-j KUBE-SERVICES'))).toEqual([
      '-A FORWARD -m conntrack --ctstate NEW -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
      '-A OUTPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
      // default/kubernetes has no selector in the lab, so no endpoints either
      '-A KUBE-SERVICES -d 172.20.0.1/32 -p tcp -m comment --comment "default/kubernetes:https has no endpoints" -m tcp --dport 443 -j REJECT --reject-with icmp-port-unreachable',
      '-A KUBE-SERVICES -d 172.20.90.80/32 -p tcp -m comment --comment "packetlab/echo-empty has no endpoints" -m tcp --dport 80 -j REJECT --reject-with icmp-port-unreachable',
      '-A KUBE-EXTERNAL-SERVICES -p tcp -m comment --comment "packetlab/echo-empty has no endpoints" -m addrtype --dst-type LOCAL -m tcp --dport 30090 -j REJECT --reject-with icmp-port-unreachable',
    ]);
    expect(kp.rules.some((r) => r.includes('172.20.90.80'))).toBe(false);
  });
});

describe('names shared with VPC CNI and kube-proxy', () => {
  it('host veth: eni + sha1("NAMESPACE.PODNAME")[:11], as in the article (eniaee705c1f69)', () => {
    expect(hostVethName('packetlab', 'toolbox-a-6fb5b9b786-lszr4')).toBe('eniaee705c1f69');
  });

  it('kube-proxy chain names match a real cluster', () => {
    expect(serviceChain('kube-system/kube-dns:dns', 'UDP')).toBe('KUBE-SVC-TCOU7JCQXEZGVUNU');
    expect(serviceChain('kube-system/kube-dns:dns-tcp', 'TCP')).toBe('KUBE-SVC-ERIFXISQEP7F7OF4');
    expect(serviceChain('packetlab/echo-clusterip', 'TCP')).toBe('KUBE-SVC-B23I5IPCVQPNADR7');
    expect(endpointChain('kube-system/kube-dns:dns', 'udp', '10.0.1.181:53')).toMatch(/^KUBE-SEP-[A-Z2-7]{16}$/);
  });
});

describe('NLB targets', () => {
  const targets = (rules: string): string[] => [...rules.matchAll(/--to-destination (\S+)/g)].map((m) => m[1]!);

  it('instance targets: every node NodePort; with externalTrafficPolicy Local only nodes with an endpoint', () => {
    const t = loadTopology();
    expect(targets(nlbRules(t))).toEqual(['10.0.0.75:31080', '10.0.0.49:31080', '10.0.1.228:31080']);
    t.services.find((s) => s.name === 'echo-nlb')!.externalTrafficPolicy = 'Local';
    expect(targets(nlbRules(t))).toEqual(['10.0.0.49:31080', '10.0.1.228:31080']);
  });

  it('IP targets: the pods, SNAT to the private address', () => {
    const t = loadTopology();
    t.loadBalancers.nlb!.targetType = 'ip';
    const rules = nlbRules(t);
    expect(targets(rules)).toEqual(['10.0.2.127:8080', '10.0.3.193:8080']);
    expect(rules).toContain('-j SNAT --to-source 10.0.100.20');
  });
});

describe('kube-proxy rules', () => {
  it('three endpoints: probabilities 1/3, 1/2, then the rest; each SEP masquerades hairpin then DNATs', () => {
    const t = loadTopology();
    t.pods.push({ namespace: 'packetlab', name: 'echoserver-c', node: 'ip-10-0-0-75', eni: 'ens5', ip: '10.0.0.200', labels: { app: 'echoserver' }, server: 'echo' });
    const { rules } = kubeProxyRules(t, 'ip-10-0-0-75');
    const svc = rules.filter((r) => r.startsWith('-A KUBE-SVC-B23I5IPCVQPNADR7 '));
    expect(svc.map((r) => /-> (\S+)"/.exec(r)?.[1] + (/--probability (\S+)/.exec(r)?.[1] ?? ' last'))).toEqual([
      '10.0.0.200:80800.3333333333',
      '10.0.2.127:80800.5000000000',
      '10.0.3.193:8080 last',
    ]);
    const sep = endpointChain('packetlab/echo-clusterip', 'tcp', '10.0.2.127:8080');
    expect(rules.filter((r) => r.startsWith(`-A ${sep} `))).toEqual([
      `-A ${sep} -s 10.0.2.127/32 -m comment --comment "packetlab/echo-clusterip" -j KUBE-MARK-MASQ`,
      `-A ${sep} -p tcp -m comment --comment "packetlab/echo-clusterip" -m tcp -j DNAT --to-destination 10.0.2.127:8080`,
    ]);
    // No chains for a service without endpoints (default/kubernetes), and KUBE-NODEPORTS is the last KUBE-SERVICES rule.
    expect(rules.some((r) => r.includes('default/kubernetes'))).toBe(false);
    expect(rules.filter((r) => r.startsWith('-A KUBE-SERVICES ')).at(-1)).toContain('-j KUBE-NODEPORTS');
  });
});

describe('cross-checks, phase by phase', () => {
  it('each phase finds its own problems on a context of its own; the default topology passes them all', () => {
    expect(crossCheck(loadTopology())).toEqual([]);
    const t = loadTopology();
    t.serviceCidr = '10.0.128.0/17';
    const sc = crossCheckContext(t);
    checkServiceCidr(sc);
    expect(sc.problems).toEqual(['serviceCidr: 10.0.128.0/17 overlaps the VPC 10.0.0.0/16']);

    const u = loadTopology();
    u.pods[0]!.node = 'ip-10-9-9-9';
    u.pods[1]!.ip = u.pods[0]!.ip;
    const pc = crossCheckContext(u);
    checkPods(pc);
    expect(pc.problems).toEqual([`pods[0].node: no node named "ip-10-9-9-9"`, `pods[1].ip: address ${u.pods[0]!.ip} already used by pods[0].ip`]);
    expect(pc.podKeys.size).toBe(u.pods.length);
    u.faults.endpointNeverChosen = 'nowhere/none';
    checkFaults(pc);
    expect(pc.problems.at(-1)).toBe('faults.endpointNeverChosen: no pod nowhere/none');
  });
});
