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
 *                                   later when the last build was recent, see BUILD_GAP_FACTOR),
 *                                   in slices of the loop (BUILD_SLICE_MS; a small cluster's at once)
 *   feed.forAgent(node, parts, holds?)  { frames, version } | { tooLarge: { bytes, limit } } | undefined (nothing built yet)
 *                                   frames: the cluster part's (or, to an agent that holds the version
 *                                   built before, its delta: cluster-delta.ts) then the node's (parts),
 *                                   or the whole topology
 *   feed.lastPrepareStats           what making the last version took of the loop, in slices
 *   feed.sizes()                    bytes of the latest version: cluster part raw and gzip, its delta's frame when there is one
 */
import { gzip, gzipSync } from 'node:zlib';
import { promisify } from 'node:util';
import { encodeCollectorFrame } from '../../proto/codec.js';
import { AGENT_MAX_COLLECTOR_FRAME_BYTES } from '../../proto/version.js';
import { clusterPartSteps, nodePartsSteps } from './agent-view.js';
import { clusterDeltaSteps, clusterPiecesSteps, type ClusterPieces } from './cluster-delta.js';
import { jsonSteps, SlicedTask, type SliceStats } from '../../common/sliced-task.js';
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
/**
 * A version is made in slices of at most this much of the loop (common/sliced-task.ts): at 1,000
 * nodes making it is ≈ 100–150 ms, which in one piece held every socket and /healthz that long.
 */
const BUILD_SLICE_MS = 8;
/** The frames for one agent and the version they bring it to (tests and older callers may leave it out). */
export type AgentTopology = { frames: Uint8Array[]; version?: number } | { tooLarge: { bytes: number; limit: number } };

/** A version's parts before the cluster part is compressed. */
interface Prepared {
  version: number;
  data: TopologyData;
  json: string;
  pieces: ClusterPieces;
  delta?: Built['delta'];
  nodePart: (node: string) => TopologyData;
}

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
  private lastPrepare: SliceStats | undefined;
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
    new SlicedTask(this.prepare(data, version, this.built), BUILD_SLICE_MS, (p, stats) => {
      this.lastPrepare = stats;
      this.compress(p, stats.loopMs);
    }).start();
  }

  /** A version's parts, made in slices of the loop (at 1,000 nodes ≈ 100–150 ms in all). */
  private *prepare(data: TopologyData, version: number, prev: Built | undefined): Generator<void, Prepared> {
    const part = yield* clusterPartSteps(data);
    const json = yield* jsonSteps(part);
    const pieces = yield* clusterPiecesSteps(part);
    const deltaJson = prev ? yield* clusterDeltaSteps(prev.pieces, pieces) : undefined;
    let delta: Built['delta'];
    if (prev && deltaJson !== undefined) {
      // small by construction (a quarter of the part at most, usually a few records): at once
      const gz = gzipSync(deltaJson);
      delta = { base: prev.version, gzipBytes: gz.length, frame: encodeCollectorFrame({ topology: { version, baseVersion: prev.version, clusterDeltaGzip: gz, segmentColumns: true } }) };
    }
    const nodePart = yield* nodePartsSteps(data);
    return { version, data, json, pieces, nodePart, ...(delta ? { delta } : {}) };
  }

  /** The cluster part compressed (off the loop when large), then the version is ready. loopMs: what preparing took of the loop. */
  private compress(p: Prepared, loopMs: number): void {
    const done = (clusterGzip: Uint8Array): void => {
      const t1 = performance.now();
      const clusterFrame = encodeCollectorFrame({ topology: { version: p.version, clusterGzip, segmentColumns: true } });
      this.built = { version: p.version, data: p.data, clusterJsonBytes: Buffer.byteLength(p.json), clusterGzip, clusterFrame, pieces: p.pieces, ...(p.delta ? { delta: p.delta } : {}), nodePart: p.nodePart, nodeFrames: new Map() };
      this.building = false;
      this.lastBuiltAt = performance.now();
      // the loop's share only: an async gzip ran on the thread pool
      this.lastBuildMs = loopMs + (this.lastBuiltAt - t1);
      this.opts.onReady();
      // changed again meanwhile: the next version now
      if (this.model.version !== p.version) this.refresh();
    };
    if (p.json.length < SYNC_GZIP_BYTES) {
      const t0 = performance.now();
      const gz = gzipSync(p.json);
      loopMs += performance.now() - t0;
      done(gz);
      return;
    }
    gzipAsync(p.json).then(done, (err: Error) => {
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

  /** What making the last version's parts took of the loop (the gzip of a large part runs off it): bench/topology-size.ts. */
  get lastPrepareStats(): SliceStats | undefined {
    return this.lastPrepare;
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
