/**
 * iptables-restore input for each lab netns that filters or rewrites packets: the nodes
 * (VPC CNI + kube-proxy), the NAT gateway and the NLB. One restore per netns keeps `lab up` fast
 * and atomic per table.
 */
import { kubeProxyRules, serviceEndpoints } from './kube-proxy.js';
import { eniDevice, type LabTopology, type NodeSpec } from './topology.js';
import { LINK } from './naming.js';

function table(name: string, builtins: string[], chains: string[], rules: string[]): string {
  return [
    `*${name}`,
    ...builtins.map((c) => `:${c} ACCEPT [0:0]`),
    ...chains.map((c) => `:${c} - [0:0]`),
    ...rules,
    'COMMIT',
  ].join('\n');
}

/** Amazon VPC CNI's rules (pkg/networkutils), then kube-proxy's, for one node. */
export function nodeRules(t: LabTopology, node: NodeSpec): string {
  const primary = eniDevice(0);
  const primaryIp = node.enis[0]!.ip;
  const vpc = t.vpc.cidr;
  const mangle = table('mangle', ['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING'], [], [
    // Connections arriving on the primary ENI for this node keep 0x80, so their replies (even
    // from pods on a secondary ENI) leave by the main table (rule 1024) and the primary ENI.
    `-A PREROUTING -i ${primary} -m comment --comment "AWS, primary ENI" -m addrtype --dst-type LOCAL --limit-iface-in -j CONNMARK --set-xmark 0x80/0x80`,
    '-A PREROUTING -i eni+ -m comment --comment "AWS, primary ENI" -j CONNMARK --restore-mark --nfmask 0x80 --ctmask 0x80',
  ]);
  const kp = kubeProxyRules(t, node.name);
  const natChains = [...kp.chains];
  const natRules = [...kp.rules];
  if (!t.vpcCni.externalSnat) {
    // Pod egress outside the VPC: mark the connection 0x80 (leave by the primary ENI through the
    // main table) and SNAT it to the primary IP. kube-proxy's jumps come first, as on a real node.
    natChains.push('AWS-CONNMARK-CHAIN-0', 'AWS-SNAT-CHAIN-0');
    natRules.push(
      '-A PREROUTING -i eni+ -m comment --comment "AWS, outbound connections" -j AWS-CONNMARK-CHAIN-0',
      '-A PREROUTING -m comment --comment "AWS, CONNMARK" -j CONNMARK --restore-mark --nfmask 0x80 --ctmask 0x80',
      '-A POSTROUTING -m comment --comment "AWS SNAT CHAIN" -j AWS-SNAT-CHAIN-0',
      `-A AWS-CONNMARK-CHAIN-0 -d ${vpc} -m comment --comment "AWS CONNMARK CHAIN, VPC CIDR" -j RETURN`,
      '-A AWS-CONNMARK-CHAIN-0 -m comment --comment "AWS, CONNMARK" -j CONNMARK --set-xmark 0x80/0x80',
      `-A AWS-SNAT-CHAIN-0 -d ${vpc} -m comment --comment "AWS SNAT CHAIN" -j RETURN`,
      `-A AWS-SNAT-CHAIN-0 ! -o vlan+ -m comment --comment "AWS, SNAT" -m addrtype ! --dst-type LOCAL -j SNAT --to-source ${primaryIp} --random-fully`,
    );
  }
  const nat = table('nat', ['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'], natChains, natRules);
  const filter = table('filter', ['INPUT', 'FORWARD', 'OUTPUT'], kp.filterChains, kp.filterRules);
  return `${mangle}\n${nat}\n${filter}\n`;
}

/** The NAT gateway: the second SNAT, VPC addresses to its public address. */
export function natGatewayRules(t: LabTopology): string {
  return `${table('nat', ['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'], [], [
    `-A POSTROUTING -s ${t.vpc.cidr} -o ${LINK.toInternet} -m comment --comment "NAT gateway" -j SNAT --to-source ${t.natGateway.publicIp}`,
  ])}\n`;
}

/**
 * The NLB. Instance targets: DNAT the listener to a NodePort on every node, client address kept
 * (the VPC router returns the replies here; see plan.ts). IP targets: DNAT to the pods and SNAT
 * to the NLB's private address, so replies come back on their own.
 */
export function nlbRules(t: LabTopology): string {
  const nlb = t.loadBalancers.nlb;
  if (!nlb) return '';
  const svc = t.services.find((s) => `${s.namespace}/${s.name}` === nlb.service)!;
  const port = svc.ports[0]!;
  const endpoints = serviceEndpoints(t, svc);
  // With externalTrafficPolicy Local, the NLB's health checks (healthCheckNodePort) fail on nodes
  // without a local endpoint; the lab keeps only the nodes those checks would pass.
  const instanceTargets = t.nodes.filter((n) => svc.externalTrafficPolicy === 'Cluster' || endpoints.some((p) => p.node === n.name));
  const targets =
    nlb.targetType === 'instance'
      ? instanceTargets.map((n) => `${n.enis[0]!.ip}:${port.nodePort}`)
      : endpoints.map((p) => `${p.ip}:${port.targetPort}`);
  const rules = targets.map((target, i) => {
    const stat = i < targets.length - 1 ? ` -m statistic --mode random --probability ${(1 / (targets.length - i)).toFixed(10)}` : '';
    return `-A PREROUTING -d ${nlb.publicIp}/32 -p tcp -m tcp --dport ${nlb.port} -m comment --comment "NLB target ${target}"${stat} -j DNAT --to-destination ${target}`;
  });
  if (nlb.targetType === 'ip') {
    rules.push(`-A POSTROUTING -o ${LINK.toVpc} -m comment --comment "NLB, IP targets" -j SNAT --to-source ${nlb.privateIp}`);
  }
  return `${table('nat', ['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'], [], rules)}\n`;
}
