/**
 * The Kubernetes API as a topology source: @kubernetes/client-node informers (list, then watch
 * from the list's resourceVersion; a 410 Gone makes them relist) for nodes, pods, services and
 * discovery.k8s.io/v1 EndpointSlices. Every change rebuilds the 'kubernetes' part of the model,
 * debounced so a burst of watch events costs one rebuild, read and compared in slices of the loop.
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
import { fromKubernetesObjectsSteps, type KubernetesObjects } from './k8s.js';
import { REBUILD_GAP_FACTOR, REBUILD_SLICE_MS, type TopologyData, type TopologyModel } from './model.js';
import { sameDataSteps } from './same-data.js';
import { SlicedTask } from '../../common/sliced-task.js';

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
  /** Whether a read of the lists is under way in slices (tests). */
  get reading(): boolean {
    return this.read !== undefined;
  }
  /** A read of the lists under way in slices, and whether events came during it. */
  private read: SlicedTask<TopologyData | undefined> | undefined;
  private readAgain = false;
  /** What this source offered the model last (compared with each new read). */
  private offered: TopologyData | undefined;
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
    this.rebuild({ now: true });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.read?.cancel();
    this.read = undefined;
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
    // Reading the lists into the model's form is the whole cluster's work too (with the
    // comparison, ≈ 0.1 s at 1,000 nodes, in slices): under constant churn, at most ~1/11 of the loop.
    const wait = Math.max(this.opts.debounceMs ?? 100, REBUILD_GAP_FACTOR * this.lastRebuildMs);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.rebuild();
    }, wait);
  }

  /**
   * Read the informers' lists into the model's form and offer them when they changed. The reading
   * and the comparison with what was offered before are the whole cluster's work (≈ 0.1–0.2 s at
   * 1,000 nodes), so they run in slices of the loop (REBUILD_SLICE_MS); the first, at start, in one
   * piece. Events during a read schedule the next one after it.
   */
  rebuild(opts: { now?: boolean } = {}): void {
    if (this.read) {
      this.readAgain = true;
      return;
    }
    this.stats.rebuilds++;
    const lists = { nodes: this.nodes.list(), pods: this.pods.list(), services: this.services.list(), endpointSlices: this.slices.list() };
    const task = new SlicedTask(this.readSteps(lists), opts.now ? Infinity : REBUILD_SLICE_MS, (data, took) => {
      this.read = undefined;
      this.lastRebuildMs = took.loopMs;
      // a watch event that changed nothing the model keeps (a pod's status time, say) rebuilds nothing
      if (data !== undefined) {
        this.offered = data;
        this.model.offerChange(this.opts.sourceName ?? 'kubernetes', data);
      }
      if (this.readAgain) {
        this.readAgain = false;
        this.schedule();
      }
    });
    this.read = task;
    task.start();
  }

  /** The lists in the model's form; undefined when that is what was offered last. */
  private *readSteps(lists: KubernetesObjects): Generator<void, TopologyData | undefined> {
    const data = yield* fromKubernetesObjectsSteps(lists, this.opts.vpcCidrs ?? []);
    if (this.offered && (yield* sameDataSteps(this.offered, data))) return undefined;
    return data;
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
