/**
 * The version of the agent ↔ collector protocol (proto/packetlife.proto, Hello.protocol_version).
 * Bumped only for a change an older peer cannot read (proto/COMPATIBILITY.md); an agent sends it
 * and a collector accepts exactly this one. Node-local segments (issue 11: Capabilities.segments,
 * EventBatch.segments, CollectorFrame.topology) were added without a bump: each side offers them
 * only to a peer that announced it reads them (COMPATIBILITY.md "Node-local segments").
 */
export const PROTOCOL_VERSION = 1;

/**
 * The largest collector → agent frame an agent takes (its WebSocket maxPayload). Collector frames
 * are small except the topology (CollectorFrame.topology), which the collector keeps under this
 * (collector/topology/agent-feed.ts) or does not send.
 */
export const AGENT_MAX_COLLECTOR_FRAME_BYTES = 4 * 1024 * 1024;
