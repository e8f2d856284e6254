/**
 * Kubernetes objects (nodes, pods, services, discovery.k8s.io/v1 EndpointSlices) as a topology
 * source. Used for the live API (informers) and for `kubectl get ... -o yaml` dumps alike.
 */
import type { V1EndpointSlice, V1Node, V1Pod, V1Service } from '@kubernetes/client-node';
import type { EndpointInfo, NodeInfo, PodInfo, ServiceInfo, TopologyData } from './model.js';
import { podKey, k8sProtocolNumber } from './model.js';
import { RECORDS_PER_YIELD, runToEnd } from '../../common/sliced-task.js';

export interface KubernetesObjects {
  nodes: readonly V1Node[];
  pods: readonly V1Pod[];
  services: readonly V1Service[];
  endpointSlices: readonly V1EndpointSlice[];
}

export function fromKubernetesObjects(o: KubernetesObjects, vpcCidrs: string[] = []): TopologyData {
  return runToEnd(fromKubernetesObjectsSteps(o, vpcCidrs));
}

/**
 * fromKubernetesObjects in steps a SlicedTask can run (common/sliced-task.ts): the informers read
 * the whole cluster's lists on the collector's loop after every burst of watch events.
 */
export function* fromKubernetesObjectsSteps(o: KubernetesObjects, vpcCidrs: string[] = []): Generator<void, TopologyData> {
  let count = 0;
  const nodes: NodeInfo[] = [];
  for (const n of o.nodes) {
    if (++count % RECORDS_PER_YIELD === 0) yield;
    const name = n.metadata?.name;
    if (!name) continue;
    const ip = n.status?.addresses?.find((a) => a.type === 'InternalIP')?.address ?? '';
    nodes.push({ name, ip, enis: [] });
  }
  const pods: PodInfo[] = [];
  for (const p of o.pods) {
    if (++count % RECORDS_PER_YIELD === 0) yield;
    const namespace = p.metadata?.namespace ?? 'default';
    const name = p.metadata?.name;
    const ip = p.status?.podIP;
    if (!name || !ip) continue; // not scheduled or no address yet: nothing to name
    pods.push({
      namespace,
      name,
      ip,
      ...(p.spec?.nodeName ? { node: p.spec.nodeName } : {}),
      labels: p.metadata?.labels ?? {},
      ...(p.spec?.hostNetwork ? { hostNetwork: true } : {}),
    });
  }
  const slicesByService = new Map<string, V1EndpointSlice[]>();
  for (const s of o.endpointSlices) {
    if (++count % RECORDS_PER_YIELD === 0) yield;
    const svc = s.metadata?.labels?.['kubernetes.io/service-name'];
    if (!svc || (s.addressType && s.addressType !== 'IPv4')) continue;
    const key = `${s.metadata?.namespace ?? 'default'}/${svc}`;
    slicesByService.set(key, [...(slicesByService.get(key) ?? []), s]);
  }
  const services: ServiceInfo[] = [];
  for (const s of o.services) {
    if (++count % RECORDS_PER_YIELD === 0) yield;
    const namespace = s.metadata?.namespace ?? 'default';
    const name = s.metadata?.name;
    if (!name) continue;
    const key = `${namespace}/${name}`;
    const endpoints: EndpointInfo[] = [];
    for (const slice of slicesByService.get(key) ?? []) {
      const ports = (slice.ports ?? []).map((p) => ({ name: p.name ?? '', port: p.port ?? 0, protocol: k8sProtocolNumber(p.protocol) }));
      for (const e of slice.endpoints ?? []) {
        const ref = e.targetRef?.kind === 'Pod' && e.targetRef.name ? podKey({ namespace: e.targetRef.namespace ?? namespace, name: e.targetRef.name }) : undefined;
        for (const ip of e.addresses ?? []) {
          endpoints.push({
            ip,
            ...(ref ? { pod: ref } : {}),
            ...(e.nodeName ? { node: e.nodeName } : {}),
            ready: e.conditions?.ready !== false,
            ports,
          });
        }
      }
    }
    const type = (s.spec?.type ?? 'ClusterIP') as ServiceInfo['type'];
    services.push({
      namespace,
      name,
      type,
      ...(s.spec?.clusterIP && s.spec.clusterIP !== 'None' ? { clusterIP: s.spec.clusterIP } : {}),
      ports: (s.spec?.ports ?? []).map((p) => ({
        name: p.name ?? '',
        protocol: k8sProtocolNumber(p.protocol),
        port: p.port,
        targetPort: p.targetPort === undefined ? p.port : typeof p.targetPort === 'number' ? p.targetPort : /^\d+$/.test(String(p.targetPort)) ? Number(p.targetPort) : String(p.targetPort),
        ...(p.nodePort ? { nodePort: p.nodePort } : {}),
      })),
      endpoints,
      loadBalancerIPs: (s.status?.loadBalancer?.ingress ?? []).map((i) => i.ip).filter((ip): ip is string => !!ip),
      externalTrafficPolicy: s.spec?.externalTrafficPolicy === 'Local' ? 'Local' : 'Cluster',
    });
  }
  return { nodes, pods, services, externals: [], netns: [], vpcCidrs };
}

/** Split a `kubectl get ... -o yaml` List (or any array of objects) by kind. */
export function objectsFromList(items: unknown[]): KubernetesObjects {
  const out = { nodes: [] as V1Node[], pods: [] as V1Pod[], services: [] as V1Service[], endpointSlices: [] as V1EndpointSlice[] };
  for (const item of items) {
    if (!item || typeof item !== 'object') continue;
    const kind = (item as { kind?: unknown }).kind;
    if (kind === 'Node') out.nodes.push(item as V1Node);
    else if (kind === 'Pod') out.pods.push(item as V1Pod);
    else if (kind === 'Service') out.services.push(item as V1Service);
    else if (kind === 'EndpointSlice') out.endpointSlices.push(item as V1EndpointSlice);
  }
  return out;
}
