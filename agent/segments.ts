/**
 * agent/segments.ts — node-local correlation on the agent (issue 11): this node's events become
 * segments (the per-skb chain: hops, NAT rewrites from conntrack, routing decisions, drops, the
 * packet at entry and exit) with the collector's own code — a Correlator in segment mode
 * (collector/correlate/correlator.ts `onSegment`), so there is one implementation of the
 * per-node phase. Places, NAT causes and drop meanings are named with the collector's topology,
 * which the collector sends (CollectorFrame.topology) when it wants segments.
 *
 * Time: a segment is final on the agent's own event-time watermark (the source's per-CPU marks):
 * its chain closed when the watermark passed its last event by the chain idle time. Segments are
 * handed out before the watermark that closed them is given to the uplink, so the batch that
 * carries a watermark carries every segment it closed. A watermark that trails the agent's clock
 * by more than the stall time closes every open chain (its kernel side is stuck), as the
 * collector does for an agent that ships raw events.
 *
 * API
 *   const s = new AgentSegments(node)
 *   s.setTopology(json)                   the collector's TopologyData (JSON); turns segments on
 *   s.setTopologyData(data)               the same, read (agent/topology-update.ts: whole or joined parts);
 *                                         a later version is merged in slices (TopologyModel.replaceSource)
 *   s.active                              whether a topology came (segments are being built)
 *   s.topologyRebuild                     { rebuilding, last }: a version being merged, what the last merge took
 *   s.push(events): Segment[]             events in; the segments they closed out
 *   s.watermark(wallNs, nowNs): Segment[] the node's event time moved
 *   s.flush(): Segment[]                  every open chain as a segment (stop, switch to raw)
 *   s.counters(): NodeLocalStats          cumulative per-node correlation counters
 *   s.wireCounters()                      the same, and the segments made, as EventBatch.segment_counters
 */
import type { PacketEvent } from '../common/event.js';
import { Correlator, NODE_LOCAL_STATS, type NodeLocalStats } from '../collector/correlate/correlator.js';
import type { Segment } from '../collector/correlate/segment.js';
import { TopologyModel, type RebuildStats, type TopologyData } from '../collector/topology/model.js';
import { parseTopology } from './topology-update.js';
import type { packetlife } from '../proto/generated/packetlife.js';

export class AgentSegments {
  private readonly topology = new TopologyModel();
  private correlator: Correlator | undefined;
  private out: Segment[] = [];
  private lastWatermark = 0;
  segments = 0;

  constructor(private readonly node: string) {}

  get active(): boolean {
    return this.correlator !== undefined;
  }

  /** The collector's topology, as JSON (TopologyUpdate.json). Throws a UserError naming what is wrong. */
  setTopology(json: string): void {
    this.setTopologyData(parseTopology(json));
  }

  /** The collector's topology, read from its TopologyUpdate (agent/topology-update.ts). */
  setTopologyData(data: TopologyData): void {
    if (this.correlator) {
      // a new version while packets flow: merged in slices, so reading bpftrace's output does not
      // stop for the whole cluster's rebuild (≈ 0.1 s at 1,000 nodes); named as before meanwhile
      this.topology.replaceSource('collector', data);
      return;
    }
    this.topology.setSource('collector', data);
    this.correlator = new Correlator({ topology: this.topology, onSegment: (s) => this.out.push(s) });
    this.correlator.useWatermarks(this.node);
  }

  /** Whether a new topology version is still being merged (in slices), and what the last merge took of the loop. */
  get topologyRebuild(): { rebuilding: boolean; last: RebuildStats } {
    return { rebuilding: this.topology.rebuilding, last: this.topology.lastRebuild };
  }

  push(events: readonly PacketEvent[]): Segment[] {
    const c = this.correlator;
    if (!c) return [];
    for (const e of events) c.push(e);
    return this.take();
  }

  watermark(wallNs: number, nowNs: number): Segment[] {
    const c = this.correlator;
    if (!c) return [];
    if (wallNs > this.lastWatermark) this.lastWatermark = wallNs;
    c.advanceWatermark(this.node, this.lastWatermark, nowNs);
    return this.take();
  }

  flush(): Segment[] {
    this.correlator?.flush();
    return this.take();
  }

  counters(): NodeLocalStats {
    const s = this.correlator?.stats;
    const out = {} as NodeLocalStats;
    for (const k of NODE_LOCAL_STATS) out[k] = s ? s[k] : 0;
    return out;
  }

  /** The counters as EventBatch.segment_counters. */
  wireCounters(): packetlife.v1.ISegmentCounters {
    return { ...this.counters(), segments: this.segments };
  }

  private take(): Segment[] {
    if (this.out.length === 0) return [];
    const segs = this.out;
    this.out = [];
    this.segments += segs.length;
    return segs;
  }
}
