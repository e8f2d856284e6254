/**
 * collector/ingest-registry.ts — what the collector knows about each agent, connected or not.
 *
 * API
 *   class AgentRecord      mutable per-agent state kept by IngestServer
 *     .health(): AgentHealth   a JSON-safe copy for the API (numbers and strings only)
 *   class AgentRegistry(maxAgents)
 *     get(id), getOrCreate(id), all(), connectedCount()
 *     Bounded: past maxAgents the longest-disconnected record is forgotten (a connected agent
 *     is never evicted).
 *
 * Records outlive connections so that a reconnecting agent's resent batches are recognised as
 * duplicates by sequence number.
 */
import { longToDecimal, toNumber } from '../proto/codec.js';
import type { TokenBucket } from './ingest-ratelimit.js';
import { packetlife } from '../proto/generated/packetlife.js';

const pb = packetlife.v1;

export interface AgentLoss {
  /**
   * Batch sequence numbers that never arrived. Over TCP every gap is a batch the agent dropped
   * from its queue, which it also counts in agent.queueDroppedBatches (the two overlap; drops
   * before this collector first saw the agent appear only there). gapBatches greater than
   * agent.queueDroppedBatches would mean frames lost in between: a bug.
   */
  gapBatches: number;
  rateLimitedEvents: number;
  rateLimitedBatches: number;
  /** Events of received batches that could not be read. */
  invalidEvents: number;
  /** The agent's own cumulative counters, as of its latest batch. */
  agent: {
    bpfLost: number;
    queueDroppedEvents: number;
    queueDroppedBatches: number;
    parseErrors: number;
    bpftraceRestarts: number;
    encodeErrors: number;
  };
}

export interface SessionState {
  ok: boolean;
  active: boolean;
  error: string;
  atMs: number;
}

export interface AgentHealth {
  agentId: string;
  node: string;
  agentVersion: string;
  protocolVersion: number;
  connected: boolean;
  remoteAddress: string;
  connectedAtMs: number;
  disconnectedAtMs: number | null;
  lastHeardAtMs: number;
  lastHeartbeatAtMs: number | null;
  lastSeq: number;
  batches: number;
  events: number;
  /** Node-local segments received (the agent correlates its node: issue 11); 0 when it ships raw events. */
  segments: number;
  duplicateBatches: number;
  loss: AgentLoss;
  capabilities: Record<string, unknown>;
  scope: { lab: string; netnsInodes: string[] };
  snapshot: { generation: number; takenUnixNs: string; netns: number; pods: number } | null;
  sessions: Record<string, SessionState>;
  /** The agent's own sampling, past its event budget: 1 packet in this many in every session (1: none). */
  sampleOneIn: number;
}

/** The identity handed to the sink with each batch; one object per agent, reused. */
export interface AgentIdentity {
  readonly agentId: string;
  readonly node: string;
}

export class AgentRecord {
  node = '';
  agentVersion = '';
  protocolVersion = 0;
  connected = false;
  remoteAddress = '';
  connectedAtMs = 0;
  disconnectedAtMs: number | null = null;
  lastHeardAtMs = 0;
  lastHeartbeatAtMs: number | null = null;
  lastSeq = 0;
  /** Set at the first Hello; until then lastSeq says nothing about what was received. */
  greeted = false;
  batches = 0;
  events = 0;
  duplicateBatches = 0;
  gapBatches = 0;
  rateLimitedEvents = 0;
  rateLimitedBatches = 0;
  invalidEvents = 0;
  segments = 0;
  agentLoss: packetlife.v1.ILossCounters = {};
  capabilities: packetlife.v1.ICapabilities = {};
  scope: packetlife.v1.IScope = {};
  snapshot: packetlife.v1.TopologySnapshot | undefined;
  sessions = new Map<string, SessionState>();
  rateBucket: TokenBucket | undefined;
  sampleOneIn = 1;
  identity: AgentIdentity;

  constructor(readonly agentId: string) {
    this.identity = { agentId, node: '' };
  }

  setNode(node: string): void {
    this.node = node;
    if (this.identity.node !== node) this.identity = { agentId: this.agentId, node };
  }

  health(): AgentHealth {
    const l = this.agentLoss;
    const snap = this.snapshot;
    return {
      agentId: this.agentId,
      node: this.node,
      agentVersion: this.agentVersion,
      protocolVersion: this.protocolVersion,
      connected: this.connected,
      remoteAddress: this.remoteAddress,
      connectedAtMs: this.connectedAtMs,
      disconnectedAtMs: this.disconnectedAtMs,
      lastHeardAtMs: this.lastHeardAtMs,
      lastHeartbeatAtMs: this.lastHeartbeatAtMs,
      lastSeq: this.lastSeq,
      batches: this.batches,
      events: this.events,
      segments: this.segments,
      duplicateBatches: this.duplicateBatches,
      loss: {
        gapBatches: this.gapBatches,
        rateLimitedEvents: this.rateLimitedEvents,
        rateLimitedBatches: this.rateLimitedBatches,
        invalidEvents: this.invalidEvents,
        agent: {
          bpfLost: toNumber(l.bpfLost),
          queueDroppedEvents: toNumber(l.queueDroppedEvents),
          queueDroppedBatches: toNumber(l.queueDroppedBatches),
          parseErrors: toNumber(l.parseErrors),
          bpftraceRestarts: toNumber(l.bpftraceRestarts),
          encodeErrors: toNumber(l.encodeErrors),
        },
      },
      capabilities: pb.Capabilities.toObject(pb.Capabilities.fromObject(this.capabilities), {
        defaults: true,
        longs: String,
      }),
      scope: { lab: this.scope.lab ?? '', netnsInodes: (this.scope.netnsInodes ?? []).map((n) => longToDecimal(n)) },
      snapshot: snap
        ? {
            generation: toNumber(snap.generation),
            takenUnixNs: longToDecimal(snap.takenUnixNs),
            netns: snap.netns.length,
            pods: snap.pods.length,
          }
        : null,
      sessions: Object.fromEntries(this.sessions),
      sampleOneIn: this.sampleOneIn,
    };
  }
}

export class AgentRegistry {
  private readonly records = new Map<string, AgentRecord>();

  constructor(readonly maxAgents: number) {}

  get(agentId: string): AgentRecord | undefined {
    return this.records.get(agentId);
  }

  getOrCreate(agentId: string): AgentRecord {
    let r = this.records.get(agentId);
    if (r) return r;
    r = new AgentRecord(agentId);
    this.records.set(agentId, r);
    if (this.records.size > this.maxAgents) this.evictOne();
    return r;
  }

  all(): AgentRecord[] {
    return [...this.records.values()];
  }

  connectedCount(): number {
    let n = 0;
    for (const r of this.records.values()) if (r.connected) n++;
    return n;
  }

  private evictOne(): void {
    let victim: AgentRecord | undefined;
    for (const r of this.records.values()) {
      if (r.connected || r.disconnectedAtMs === null) continue;
      if (!victim || r.disconnectedAtMs < (victim.disconnectedAtMs ?? Infinity)) victim = r;
    }
    if (victim) this.records.delete(victim.agentId);
  }
}
