/**
 * The Kubernetes API as a topology source: @kubernetes/client-node informers (list, then watch
 * from the list's resourceVersion; a 410 Gone makes them relist) for nodes, pods, services and
 * discovery.k8s.io/v1 EndpointSlices. Every change rebuilds the 'kubernetes' part of the model,
 * debounced so a burst of watch events costs one rebuild.
 */
import {
  CoreV1Api,
  DiscoveryV1Api,
  KubeConfig,
  makeInformer,
  type Informer,
  type KubernetesObject,
  type ObjectCache,
  type V1EndpointSlice,
  type V1Node,
  type V1Pod,
  type V1Service,
} from '@kubernetes/client-node';
import { childLog } from '../../common/log.js';
import { fromKubernetesObjects } from './k8s.js';
import { REBUILD_GAP_FACTOR, type TopologyModel } from './model.js';

const log = childLog('k8s-topology');

type Inf<T extends KubernetesObject> = Informer<T> & ObjectCache<T>;

export interface KubernetesSourceOptions {
  sourceName?: string;
  vpcCidrs?: string[];
  debounceMs?: number;
  /** First retry delay after a failed list or watch; doubles up to 30 s. */
  retryMs?: number;
}

export interface KubernetesSourceStats {
  events: number;
  rebuilds: number;
  errors: number;
  restarts: number;
}

export class KubernetesTopologySource {
  private readonly nodes: Inf<V1Node>;
  private readonly pods: Inf<V1Pod>;
  private readonly services: Inf<V1Service>;
  private readonly slices: Inf<V1EndpointSlice>;
  private timer: NodeJS.Timeout | undefined;
  private lastRebuildMs = 0;
  private stopped = false;
  private readonly retryTimers = new Set<NodeJS.Timeout>();
  readonly stats: KubernetesSourceStats = { events: 0, rebuilds: 0, errors: 0, restarts: 0 };

  constructor(
    private readonly model: TopologyModel,
    kc: KubeConfig,
    private readonly opts: KubernetesSourceOptions = {},
  ) {
    const core = kc.makeApiClient(CoreV1Api);
    const discovery = kc.makeApiClient(DiscoveryV1Api);
    this.nodes = makeInformer(kc, '/api/v1/nodes', () => core.listNode());
    this.pods = makeInformer(kc, '/api/v1/pods', () => core.listPodForAllNamespaces());
    this.services = makeInformer(kc, '/api/v1/services', () => core.listServiceForAllNamespaces());
    this.slices = makeInformer(kc, '/apis/discovery.k8s.io/v1/endpointslices', () => discovery.listEndpointSliceForAllNamespaces());
  }

  private all(): Array<Inf<KubernetesObject>> {
    return [this.nodes, this.pods, this.services, this.slices] as unknown as Array<Inf<KubernetesObject>>;
  }

  /** Start every informer; resolves once each has listed and begun watching. */
  async start(): Promise<void> {
    this.stopped = false;
    for (const inf of this.all()) {
      const changed = (): void => {
        this.stats.events++;
        this.schedule();
      };
      inf.on('add', changed);
      inf.on('update', changed);
      inf.on('delete', changed);
      inf.on('error', (err: unknown) => this.retry(inf, err, this.opts.retryMs ?? 500));
    }
    await Promise.all(this.all().map((i) => i.start()));
    this.rebuild();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    for (const t of this.retryTimers) clearTimeout(t);
    this.retryTimers.clear();
    await Promise.all(this.all().map((i) => i.stop()));
  }

  /** An informer stops on a list or watch error: start it again, backing off. */
  private retry(inf: Inf<KubernetesObject>, err: unknown, delayMs: number): void {
    this.stats.errors++;
    if (this.stopped) return;
    log.warn({ err: String(err), delayMs }, 'kubernetes list/watch failed; retrying');
    const t = setTimeout(() => {
      this.retryTimers.delete(t);
      if (this.stopped) return;
      this.stats.restarts++;
      inf.start().catch((e: unknown) => this.retry(inf, e, Math.min(delayMs * 2, 30_000)));
    }, delayMs);
    this.retryTimers.add(t);
  }

  private schedule(): void {
    if (this.timer || this.stopped) return;
    // Reading the lists into the model's form is the whole cluster's work too (with the model's
    // comparison, ≈ 0.1 s at 1,000 nodes): under constant churn, at most ~1/11 of the loop.
    const wait = Math.max(this.opts.debounceMs ?? 100, REBUILD_GAP_FACTOR * this.lastRebuildMs);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.rebuild();
    }, wait);
  }

  rebuild(): void {
    const t0 = performance.now();
    try {
      this.offer();
    } finally {
      this.lastRebuildMs = performance.now() - t0;
    }
  }

  private offer(): void {
    this.stats.rebuilds++;
    // a watch event that changed nothing the model keeps (a pod's status time, say) rebuilds nothing
    this.model.offerSource(
      this.opts.sourceName ?? 'kubernetes',
      fromKubernetesObjects(
        { nodes: this.nodes.list(), pods: this.pods.list(), services: this.services.list(), endpointSlices: this.slices.list() },
        this.opts.vpcCidrs ?? [],
      ),
    );
  }
}

/** A KubeConfig from a file, the in-cluster service account, or the default places. */
export function loadKubeConfig(opts: { kubeconfig?: string; inCluster?: boolean }): KubeConfig {
  const kc = new KubeConfig();
  if (opts.inCluster) kc.loadFromCluster();
  else if (opts.kubeconfig) kc.loadFromFile(opts.kubeconfig);
  else kc.loadFromDefault();
  return kc;
}
