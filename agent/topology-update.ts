/**
 * The collector's topology as the agent models it, from its TopologyUpdate frames: the whole
 * topology as JSON (a collector that does not send parts), or the cluster part (gzip, a frame
 * every agent shares) — or its change from the version held (cluster-delta.ts) — and then this
 * node's part, joined once both of one version are here (collector/topology/agent-view.ts).
 * Throws a UserError naming what is wrong.
 *
 * API
 *   parseTopology(json, what?): TopologyData
 *   const a = new TopologyAssembler(); a.take(update): TopologyData | undefined (a part is missing yet)
 */
import { gunzipSync } from 'node:zlib';
import { joinParts } from '../collector/topology/agent-view.js';
import { applyClusterDelta } from '../collector/topology/cluster-delta.js';
import type { TopologyData } from '../collector/topology/model.js';
import { UserError } from '../common/errors.js';
import type { packetlife } from '../proto/generated/packetlife.js';

/** Inflated cluster part at most: ~10× a 1,000-node cluster's (6.8 MB); a bigger one is a fault. */
const MAX_CLUSTER_JSON_BYTES = 64 * 1024 * 1024;

const LISTS = ['nodes', 'pods', 'services', 'externals', 'netns', 'vpcCidrs'] as const;

export function parseTopology(json: string, what = 'topology'): TopologyData {
  let data: TopologyData;
  try {
    data = JSON.parse(json) as TopologyData;
  } catch (err) {
    throw new UserError(`${what} from the collector is not JSON: ${(err as Error).message}`);
  }
  for (const k of LISTS) if (!Array.isArray(data?.[k])) throw new UserError(`${what} from the collector has no "${k}" list`);
  return data;
}

/** The cluster part of each version, kept until its node part comes. */
export class TopologyAssembler {
  private cluster: { version: string; data: TopologyData } | undefined;

  take(t: packetlife.v1.ITopologyUpdate): TopologyData | undefined {
    const version = String(t.version ?? 0);
    const gz = t.clusterGzip;
    const delta = t.clusterDeltaGzip;
    if (gz && gz.length > 0) this.cluster = { version, data: parseTopology(inflate(gz), 'topology cluster part') };
    else if (delta && delta.length > 0) {
      const base = String(t.baseVersion ?? 0);
      const held = this.cluster;
      // the collector sends a change only from what it sent on this connection: anything else is its fault
      if (held?.version !== base) throw new UserError(`topology cluster delta from version ${base} to ${version}, but this agent holds ${held?.version ?? 'none'}`);
      this.cluster = { version, data: applyClusterDelta(held.data, inflate(delta, 'delta')) };
    } else if (!t.nodeJson) return parseTopology(t.json ?? '', 'topology');
    if (!t.nodeJson) return undefined;
    if (this.cluster?.version !== version) throw new UserError(`topology node part of version ${version} came without its cluster part (have ${this.cluster?.version ?? 'none'})`);
    return joinParts(this.cluster.data, parseTopology(t.nodeJson, 'topology node part'));
  }
}

function inflate(gz: Uint8Array, what = 'part'): string {
  try {
    return gunzipSync(gz, { maxOutputLength: MAX_CLUSTER_JSON_BYTES }).toString('utf8');
  } catch (err) {
    throw new UserError(`topology cluster ${what} from the collector cannot be inflated: ${(err as Error).message}`);
  }
}
