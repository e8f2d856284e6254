/**
 * The cluster part of the agents' topology (agent-view.ts) as a change from the version before,
 * so a pod that starts or ends in a 1,000-node cluster sends every agent a few hundred bytes, not
 * the whole ~0.6 MB compressed part (~6.8 MB of JSON each agent must inflate and parse).
 *
 * A delta names, per list, the keys removed and the records added or changed; the agent keeps the
 * rest of its copy. Applied, the lists must come out exactly as the new part, in the same order:
 * the model resolves a shared address by which record comes first (a finished pod and its
 * successor with one IP). The collector therefore replays the delta on the old keys before it
 * offers one (`clusterDelta`), and sends the whole part when the replay would not give the new
 * order (a record moved), when a list has two records with one key, or when the change is not
 * much smaller than the part itself.
 *
 * API
 *   clusterPieces(part): ClusterPieces              a cluster part with its records' keys
 *   clusterDelta(before, after): string | undefined the delta's JSON, or undefined: send the whole part
 *   clusterPiecesSteps, clusterDeltaSteps           the same as generators, for a SlicedTask (agent-feed.ts)
 *   applyClusterDelta(part, json): TopologyData     (agent side) the new part; UserError when malformed
 */
import { UserError } from '../../common/errors.js';
import type { ExternalInfo, NodeInfo, PodInfo, ServiceInfo, TopologyData } from './model.js';
import { sameData } from './same-data.js';
import { mapSteps, RECORDS_PER_YIELD, runToEnd } from '../../common/sliced-task.js';

const LISTS = ['nodes', 'pods', 'services', 'externals'] as const;
type ListName = (typeof LISTS)[number];
type Entity = NodeInfo | PodInfo | ServiceInfo | ExternalInfo;

/** What identifies a record within its list: the same on both sides. */
const KEY_OF: Record<ListName, (e: Entity) => string> = {
  nodes: (e) => (e as NodeInfo).name,
  pods: (e) => `${(e as PodInfo).namespace}/${(e as PodInfo).name}`,
  services: (e) => `${(e as ServiceInfo).namespace}/${(e as ServiceInfo).name}`,
  externals: (e) => `${(e as ExternalInfo).kind} ${(e as ExternalInfo).ip} ${(e as ExternalInfo).name}`,
};

/** A cluster part with its records' keys, kept by the collector to make the next version's delta. */
export interface ClusterPieces {
  part: TopologyData;
  keys: Record<ListName, string[]>;
}

/** What a delta carries (its JSON). */
interface ClusterDeltaJson {
  remove: Partial<Record<ListName, string[]>>;
  upsert: Partial<Record<ListName, Entity[]>>;
  vpcCidrs?: string[];
}

export function clusterPieces(part: TopologyData): ClusterPieces {
  return runToEnd(clusterPiecesSteps(part));
}

/** clusterPieces in steps a SlicedTask can run (common/sliced-task.ts). */
export function* clusterPiecesSteps(part: TopologyData): Generator<void, ClusterPieces> {
  const keys = {} as Record<ListName, string[]>;
  for (const name of LISTS) keys[name] = yield* mapSteps(part[name] as Entity[], KEY_OF[name]);
  return { part, keys };
}

/**
 * The change from `before` to `after` as delta JSON, or undefined when the whole part should go:
 * the replay would not give `after`'s order, a list has a key twice, or the delta is more than a
 * quarter of the part's records (then it saves little and costs the agent a second way to be wrong).
 */
export function clusterDelta(before: ClusterPieces, after: ClusterPieces): string | undefined {
  return runToEnd(clusterDeltaSteps(before, after));
}

/** clusterDelta in steps a SlicedTask can run. */
export function* clusterDeltaSteps(before: ClusterPieces, after: ClusterPieces): Generator<void, string | undefined> {
  const d: ClusterDeltaJson = { remove: {}, upsert: {} };
  let changes = 0;
  let records = 0;
  for (const name of LISTS) {
    const change = yield* listChange(before.keys[name], before.part[name] as Entity[], after.keys[name], after.part[name] as Entity[]);
    if (!change) return undefined;
    if (change.removed.length > 0) d.remove[name] = change.removed;
    if (change.changed.length > 0) d.upsert[name] = change.changed;
    changes += change.removed.length + change.changed.length;
    records += after.keys[name].length;
  }
  if (changes > records / 4) return undefined;
  if (!sameData(before.part.vpcCidrs, after.part.vpcCidrs)) d.vpcCidrs = after.part.vpcCidrs;
  return JSON.stringify(d);
}

/**
 * One list's change, found by walking both in step (the lists are long and mostly the same; the
 * records are compared as data, not as text): a key where `after` has another is removed if
 * `after` lacks it; `after`'s records past the end of what it kept are added. Anything else (a
 * record moved, or added between kept ones) cannot be replayed: undefined. So are repeated keys
 * (the agent keys its records).
 */
function* listChange(bk: string[], b: Entity[], ak: string[], a: Entity[]): Generator<void, { removed: string[]; changed: Entity[] } | undefined> {
  const removed: string[] = [];
  const changed: Entity[] = [];
  let afterKeys: Set<string> | undefined;
  const inAfter = (k: string): boolean => (afterKeys ??= new Set(ak)).has(k);
  let j = 0;
  for (let i = 0; i < bk.length; i++) {
    if (i % RECORDS_PER_YIELD === RECORDS_PER_YIELD - 1) yield;
    const k = bk[i]!;
    if (j < ak.length && ak[j] === k) {
      if (!sameData(a[j], b[i])) changed.push(a[j]!);
      j++;
    } else if (!inAfter(k)) removed.push(k);
    else return undefined;
  }
  // added at the end: new keys (a kept key would have been met in step above)
  for (; j < ak.length; j++) changed.push(a[j]!);
  if ((afterKeys ??= new Set(ak)).size !== ak.length) return undefined;
  return { removed, changed };
}

/** The new cluster part from the one held and a delta's JSON (the agent's side of clusterDelta). */
export function applyClusterDelta(part: TopologyData, json: string): TopologyData {
  let d: ClusterDeltaJson;
  try {
    d = JSON.parse(json) as ClusterDeltaJson;
  } catch (err) {
    throw new UserError(`topology cluster delta from the collector is not JSON: ${(err as Error).message}`);
  }
  if (typeof d?.remove !== 'object' || typeof d.upsert !== 'object' || d.remove === null || d.upsert === null) throw new UserError('topology cluster delta from the collector has no "remove" and "upsert" objects');
  const next: TopologyData = { ...part };
  for (const name of LISTS) {
    const removed = d.remove[name] ?? [];
    const upserts = d.upsert[name] ?? [];
    if (!Array.isArray(removed) || !Array.isArray(upserts)) throw new UserError(`topology cluster delta from the collector: "${name}" is not a list`);
    if (removed.length === 0 && upserts.length === 0) continue;
    const key = KEY_OF[name];
    const gone = new Set(removed);
    const replace = new Map<string, Entity>();
    for (const e of upserts) {
      if (typeof e !== 'object' || e === null) throw new UserError(`topology cluster delta from the collector: a record of "${name}" is not an object`);
      replace.set(key(e), e);
    }
    const out: Entity[] = [];
    for (const e of part[name] as Entity[]) {
      const k = key(e);
      if (gone.has(k)) continue;
      const r = replace.get(k);
      if (r !== undefined) replace.delete(k);
      out.push(r ?? e);
    }
    // what is left was not there before: added, in the collector's order
    for (const e of replace.values()) out.push(e);
    (next as unknown as Record<ListName, Entity[]>)[name] = out;
  }
  if (d.vpcCidrs !== undefined) {
    if (!Array.isArray(d.vpcCidrs)) throw new UserError('topology cluster delta from the collector: "vpcCidrs" is not a list');
    next.vpcCidrs = d.vpcCidrs;
  }
  return next;
}
