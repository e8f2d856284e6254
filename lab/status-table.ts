/** `lab status` for people: nodes with their ENIs and tables, pods, services, the VPC's edge. */
import { hostVethName } from './naming.js';
import { serviceEndpoints } from './kube-proxy.js';
import type { LabState } from './state.js';
import { eniDevice } from './topology.js';

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

/** `alive` says whether a recorded server pid still runs (a server may have died since `lab up`). */
export function formatStatus(state: LabState, alive: (pid: number) => boolean = () => true): string {
  const t = state.topology;
  const nsOf = (pred: (n: LabState['netns'][number]) => boolean): string => state.netns.find(pred)?.name ?? '-';
  const out: string[] = [`lab ${state.name}, up since ${state.createdAt}${state.topologyFile ? `, topology ${state.topologyFile}` : ''}`, ''];
  out.push(
    table(
      ['NODE', 'ENI', 'IP', 'TABLE', 'NETNS'],
      t.nodes.flatMap((n) =>
        n.enis.map((e, i) => [i === 0 ? n.name : '', eniDevice(i), `${e.ip}/${e.subnet.split('/')[1]}`, String(e.table), i === 0 ? nsOf((x) => x.role === 'node' && x.node === n.name) : '']),
      ),
    ),
    '',
  );
  out.push(
    table(
      ['POD', 'IP', 'NODE', 'ENI', 'HOST VETH', 'SERVER', 'NETNS'],
      t.pods.map((p) => {
        const key = `${p.namespace}/${p.name}`;
        return [key, p.ip, p.node, p.eni, hostVethName(p.namespace, p.name), p.server, nsOf((x) => x.pod === key)];
      }),
    ),
    '',
  );
  out.push(
    table(
      ['SERVICE', 'TYPE', 'CLUSTER-IP', 'PORTS', 'ENDPOINTS'],
      t.services.map((s) => [
        `${s.namespace}/${s.name}`,
        s.type + (s.type !== 'ClusterIP' ? ` (${s.externalTrafficPolicy})` : ''),
        s.clusterIP,
        s.ports.map((p) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol}->${p.targetPort}`).join(',') +
          (s.healthCheckNodePort ? ` hc:${s.healthCheckNodePort}` : ''),
        serviceEndpoints(t, s).map((p) => p.ip).join(',') || '-',
      ]),
    ),
    '',
  );
  const edge: string[][] = [
    ['NAT gateway', t.natGateway.privateIp, t.natGateway.publicIp, `SNAT ${t.vpc.cidr}`, nsOf((x) => x.role === 'natgw')],
    ['internet host', '-', t.internet.ip, `checkip :${t.internet.checkipPort}`, nsOf((x) => x.role === 'internet')],
  ];
  const { nlb, alb } = t.loadBalancers;
  if (nlb) edge.push(['NLB', nlb.privateIp, `${nlb.publicIp}:${nlb.port}`, `${nlb.targetType} targets, ${nlb.service}`, nsOf((x) => x.role === 'nlb')]);
  if (alb) edge.push(['ALB', alb.privateIp, `${alb.publicIp}:${alb.port}`, `IP targets, ${alb.service}, X-Forwarded-For`, nsOf((x) => x.role === 'alb')]);
  edge.push(['VPC router', t.vpc.cidr, '-', t.vpc.subnets.map((s) => `${s.cidr} gw ${s.gateway}`).join(', '), nsOf((x) => x.role === 'vpc')]);
  out.push(table(['EDGE', 'PRIVATE', 'PUBLIC', 'ROLE', 'NETNS'], edge), '');
  out.push(`external SNAT: ${t.vpcCni.externalSnat ? 'on (nodes do no SNAT)' : 'off (nodes SNAT pod egress to their primary IP)'}`, '');
  out.push(
    table(
      ['SERVER', 'PID', 'STATE', 'NETNS'],
      state.processes.map((p) => [p.what, String(p.pid), alive(p.pid) ? 'running' : 'DEAD', p.netns]),
    ),
  );
  return `${out.join('\n')}\n`;
}
