/**
 * The topology the collector sends to agents that build segments (CollectorFrame.topology),
 * bounded in size, as encoded frames. Per topology version it makes the cluster part once — JSON,
 * gzip (off the event loop when large), one encoded frame whose bytes every agent's socket shares
 * (ws sends a Buffer without copying it: a push to 1,000 agents holds ~0.6 MB of it, not 600 MB)
 * — and each node's part, a small frame of its own, on demand (collector/topology/agent-view.ts).
 * With it, the change from the version built before (cluster-delta.ts), one shared frame too: an
 * agent that holds that version (Capabilities.topology_deltas) gets the change, a few hundred bytes
 * when a pod comes or goes, not the whole part.
 * An older agent (no Capabilities.topology_parts) gets the whole topology as JSON in one frame,
 * as before, when that fits its frame limit.
 *
 * A frame that would not fit an agent's limit is not sent: forAgent says why (the ingest counts
 * it and logs it), and that agent keeps shipping raw events — slower, never wrong.
 *
 * API
 *   const feed = new AgentTopologyFeed(model, { onReady, maxFrameBytes? })
 *   feed.refresh()                  the model changed: build the new version (onReady when done;
 *                                   later when the last build was recent, see BUILD_GAP_FACTOR)
 *   feed.forAgent(node, parts, holds?)  { frames, version } | { tooLarge: { bytes, limit } } | undefined (nothing built yet)
 *                                   frames: the cluster part's (or, to an agent that holds the version
 *                                   built before, its delta: cluster-delta.ts) then the node's (parts),
 *                                   or the whole topology
 *   feed.sizes()                    bytes of the latest version: cluster part raw and gzip, its delta's frame when there is one
 */
import { gzip, gzipSync } from 'node:zlib';
import { promisify } from 'node:util';
import { encodeCollectorFrame } from '../../proto/codec.js';
import { AGENT_MAX_COLLECTOR_FRAME_BYTES } from '../../proto/version.js';
import { clusterPart, nodeParts } from './agent-view.js';
import { clusterDelta, clusterPieces, type ClusterPieces } from './cluster-delta.js';
import type { TopologyData, TopologyModel } from './model.js';

const gzipAsync = promisify(gzip);

/** Below this, the cluster part is compressed at once (small clusters, tests): no wait, no thread hop. */
const SYNC_GZIP_BYTES = 1024 * 1024;
/**
 * A new version is built no sooner than this many times the last build's time on the event loop
 * after it: under constant churn, building takes at most ~1/11 of the loop (a 1,000-node
 * cluster's ~120–250 ms build waits 1.2–2.5 s), while a small cluster's few ms go out at once.
 */
const BUILD_GAP_FACTOR = 10;
/** The frames for one agent and the version they bring it to (tests and older callers may leave it out). */
export type AgentTopology = { frames: Uint8Array[]; version?: number } | { tooLarge: { bytes: number; limit: number } };

interface Built {
  version: number;
  data: TopologyData;
  clusterJsonBytes: number;
  clusterGzip: Uint8Array;
  clusterFrame: Uint8Array;
  /** The records of the cluster part, kept to make the next version's delta. */
  pieces: ClusterPieces;
  /** The change from the version built before, for agents that hold that one. */
  delta?: { base: number; frame: Uint8Array; gzipBytes: number };
  nodePart: (node: string) => TopologyData;
  nodeFrames: Map<string, Uint8Array>;
  wholeFrame?: Uint8Array;
}

export class AgentTopologyFeed {
  private built: Built | undefined;
  private building = false;
  private deferred: NodeJS.Timeout | undefined;
  private lastBuildMs = 0;
  private lastBuiltAt = 0;
  private readonly maxFrameBytes: number;

  constructor(
    private readonly model: TopologyModel,
    private readonly opts: { onReady: () => void; maxFrameBytes?: number; onError?: (err: Error) => void },
  ) {
    this.maxFrameBytes = opts.maxFrameBytes ?? AGENT_MAX_COLLECTOR_FRAME_BYTES;
  }

  refresh(): void {
    if (this.building || this.deferred || this.built?.version === this.model.version) return;
    const wait = this.lastBuiltAt + BUILD_GAP_FACTOR * this.lastBuildMs - performance.now();
    if (this.built && wait > 0) {
      this.deferred = setTimeout(() => {
        this.deferred = undefined;
        this.refresh();
      }, wait);
      this.deferred.unref();
      return;
    }
    this.building = true;
    const version = this.model.version;
    const data = this.model.data();
    const t0 = performance.now();
    const part = clusterPart(data);
    const json = JSON.stringify(part);
    const pieces = clusterPieces(part);
    const prev = this.built;
    const deltaJson = prev ? clusterDelta(prev.pieces, pieces) : undefined;
    let delta: Built['delta'];
    if (prev && deltaJson !== undefined) {
      // small by construction (a quarter of the part at most, usually a few records): at once
      const gz = gzipSync(deltaJson);
      delta = { base: prev.version, gzipBytes: gz.length, frame: encodeCollectorFrame({ topology: { version, baseVersion: prev.version, clusterDeltaGzip: gz, segmentColumns: true } }) };
    }
    const jsonMs = performance.now() - t0;
    const sync = json.length < SYNC_GZIP_BYTES;
    const done = (clusterGzip: Uint8Array): void => {
      const t1 = performance.now();
      const clusterFrame = encodeCollectorFrame({ topology: { version, clusterGzip, segmentColumns: true } });
      this.built = { version, data, clusterJsonBytes: Buffer.byteLength(json), clusterGzip, clusterFrame, pieces, ...(delta ? { delta } : {}), nodePart: nodeParts(data), nodeFrames: new Map() };
      this.building = false;
      this.lastBuiltAt = performance.now();
      // the loop's share only: an async gzip ran on the thread pool
      this.lastBuildMs = sync ? this.lastBuiltAt - t0 : jsonMs + (this.lastBuiltAt - t1);
      this.opts.onReady();
      // changed again meanwhile: the next version now
      if (this.model.version !== version) this.refresh();
    };
    if (sync) {
      done(gzipSync(json));
      return;
    }
    gzipAsync(json).then(done, (err: Error) => {
      this.building = false;
      this.opts.onError?.(err);
    });
  }

  /**
   * `holds`: the version whose cluster part the agent has from this collector (sent on its
   * connection; agents that read deltas): when it is the version built before, the delta goes
   * instead of the whole part.
   */
  forAgent(node: string, parts: boolean, holds?: number): AgentTopology | undefined {
    const b = this.built;
    if (!b) return undefined;
    if (!parts) {
      b.wholeFrame ??= encodeCollectorFrame({ topology: { version: b.version, json: JSON.stringify(b.data), segmentColumns: true } });
      return this.bounded([b.wholeFrame], b.version);
    }
    let nodeFrame = b.nodeFrames.get(node);
    if (nodeFrame === undefined) {
      nodeFrame = encodeCollectorFrame({ topology: { version: b.version, nodeJson: JSON.stringify(b.nodePart(node)), segmentColumns: true } });
      // one per agent's node, dropped with the version: bounded by the agents connected
      b.nodeFrames.set(node, nodeFrame);
    }
    const cluster = b.delta && holds === b.delta.base ? b.delta.frame : b.clusterFrame;
    return this.bounded([cluster, nodeFrame], b.version);
  }

  sizes(): { version: number; clusterJsonBytes: number; clusterGzipBytes: number; clusterFrameBytes: number; deltaFrameBytes?: number } | undefined {
    const b = this.built;
    if (!b) return undefined;
    return { version: b.version, clusterJsonBytes: b.clusterJsonBytes, clusterGzipBytes: b.clusterGzip.length, clusterFrameBytes: b.clusterFrame.length, ...(b.delta ? { deltaFrameBytes: b.delta.frame.length } : {}) };
  }

  /** Every frame must fit the agent's limit; the largest one is named when one does not. */
  private bounded(frames: Uint8Array[], version: number): AgentTopology {
    const bytes = Math.max(...frames.map((f) => f.length));
    return bytes > this.maxFrameBytes ? { tooLarge: { bytes, limit: this.maxFrameBytes } } : { frames, version };
  }
}
