/**
 * collector/ingest-metrics.ts — the ingest's Prometheus counters, on a Registry the collector
 * serves at /metrics (`await registry.metrics()`).
 *
 * API
 *   createIngestMetrics(registry, connectedAgents: () => number, lossByAgent: () => AgentLossSample[])
 */
import { Counter, Gauge, type Registry } from 'prom-client';

export type MalformedKind = 'decode' | 'wrong-origin' | 'text-frame' | 'oversize' | 'protocol' | 'identity';
export type RejectKind = 'unauthorized' | 'not-found' | 'too-many' | 'too-many-per-node' | 'auth-unavailable';
export type IdentityRefusal = 'node-mismatch' | 'agent-id' | 'duplicate-connection' | 'foreign-node-event' | 'foreign-node-snapshot' | 'seq-window' | 'hello-field';

export interface IngestMetrics {
  frames: Counter<'type'>;
  bytes: Counter;
  events: Counter;
  duplicateBatches: Counter;
  gapBatches: Counter;
  rateLimitedEvents: Counter;
  rateLimitedBatches: Counter;
  invalidEvents: Counter;
  malformed: Counter<'kind'>;
  rejected: Counter<'reason'>;
  sinkErrors: Counter;
  heartbeatTimeouts: Counter;
  identityRefused: Counter<'reason'>;
  orphanSessionsStopped: Counter;
  topologyTooLarge: Counter;
  segments: Counter<'form'>;
}

/** Loss of one connected agent by cause, for the per-node gauge. */
export interface AgentLossSample {
  node: string;
  lost: Record<LossCause, number>;
}

export type LossCause = 'bpf_lost' | 'parse_errors' | 'encode_errors' | 'queue_dropped' | 'rate_limited' | 'unreadable';

export function createIngestMetrics(
  registry: Registry,
  connectedAgents: () => number,
  lossByAgent: () => AgentLossSample[],
): IngestMetrics {
  const registers = [registry];
  new Gauge({
    name: 'packetlife_ingest_agents_connected',
    help: 'Agents with an open, greeted connection',
    registers,
    collect() {
      this.set(connectedAgents());
    },
  });
  // connected agents only, so the series count follows the cluster size, not its history
  new Gauge({
    name: 'packetlife_ingest_agent_lost_events',
    help: 'Events lost per connected agent since it started, by cause (the agent reports the first four)',
    labelNames: ['node', 'cause'],
    registers,
    collect() {
      this.reset();
      for (const a of lossByAgent()) {
        for (const [cause, n] of Object.entries(a.lost)) this.set({ node: a.node, cause }, n);
      }
    },
  });
  return {
    frames: new Counter({ name: 'packetlife_ingest_frames_total', help: 'Agent frames received, by type', labelNames: ['type'], registers }),
    bytes: new Counter({ name: 'packetlife_ingest_bytes_total', help: 'Bytes of agent frames received', registers }),
    events: new Counter({ name: 'packetlife_ingest_events_total', help: 'Events handed to the sink', registers }),
    duplicateBatches: new Counter({
      name: 'packetlife_ingest_duplicate_batches_total',
      help: 'Batches received again after a resend, ignored and re-acked',
      registers,
    }),
    gapBatches: new Counter({
      name: 'packetlife_ingest_gap_batches_total',
      help: 'Batch sequence numbers never received (the agent reports its own drops separately)',
      registers,
    }),
    rateLimitedEvents: new Counter({
      name: 'packetlife_ingest_rate_limited_events_total',
      help: 'Events dropped because their agent exceeded its events/s limit',
      registers,
    }),
    rateLimitedBatches: new Counter({
      name: 'packetlife_ingest_rate_limited_batches_total',
      help: 'Batches dropped because their agent exceeded its events/s limit',
      registers,
    }),
    invalidEvents: new Counter({
      name: 'packetlife_ingest_invalid_events_total',
      help: 'Events skipped because they could not be read (unknown kind, bad address length)',
      registers,
    }),
    malformed: new Counter({
      name: 'packetlife_ingest_malformed_frames_total',
      help: 'Connections closed for a malformed or out-of-protocol frame, by kind',
      labelNames: ['kind'],
      registers,
    }),
    rejected: new Counter({
      name: 'packetlife_ingest_rejected_upgrades_total',
      help: 'WebSocket upgrades refused before the handshake, by reason',
      labelNames: ['reason'],
      registers,
    }),
    sinkErrors: new Counter({
      name: 'packetlife_ingest_sink_errors_total',
      help: 'Batches the sink failed to take (the connection is closed so the agent resends)',
      registers,
    }),
    identityRefused: new Counter({
      name: 'packetlife_ingest_identity_refused_total',
      help: 'Agent frames refused for speaking beyond their identity or bounds (another node, a claimed id, a second connection, a seq out of window, an oversize Hello field), by reason',
      labelNames: ['reason'],
      registers,
    }),
    segments: new Counter({
      name: 'packetlife_ingest_segments_total',
      help: 'Node-local segments read from agents, by wire form (message: EventBatch.segments; columns: EventBatch.segment_columns, from agents told this collector reads it)',
      labelNames: ['form'],
      registers,
    }),
    topologyTooLarge: new Counter({
      name: 'packetlife_ingest_topology_too_large_total',
      help: 'Topology frames not sent to an agent because they exceed its frame limit (that agent ships raw events instead of segments)',
      registers,
    }),
    orphanSessionsStopped: new Counter({
      name: 'packetlife_ingest_orphan_sessions_stopped_total',
      help: 'Sessions an agent reported running that this collector does not know (e.g. after a restart without them): told to stop',
      registers,
    }),
    heartbeatTimeouts: new Counter({
      name: 'packetlife_ingest_heartbeat_timeouts_total',
      help: 'Connections closed because the agent went silent',
      registers,
    }),
  };
}
