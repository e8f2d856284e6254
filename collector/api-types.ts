/**
 * The JSON shapes of the collector's HTTP API (collector/api.ts), as types the API builds its
 * answers with and its clients read them with: the CLI (collector/cli.ts), the claims' HTTP trace
 * source and session driver (claims/traces.ts). A field added or renamed here is changed for all
 * of them at once.
 */
import type { packetlife } from '../proto/generated/packetlife.js';
import type { AgentHealth } from './ingest-registry.js';
import type { ResolvedSide, Session } from './sessions.js';
import type { Flow, Trace } from './trace-model.js';

/** Every error answer: `{ "error": "what was wrong" }` with a 4xx/5xx status. */
export interface ApiErrorBody {
  error: string;
}

/** GET /api/traces (newest first, at most `limit`). */
export type TraceListResponse = Trace[];
/** GET /api/traces/:id. */
export type TraceResponse = Trace;
/** GET /api/flows. */
export type FlowListResponse = Flow[];
/** GET /api/agents: one row per agent the ingest has heard from. */
export type AgentListResponse = AgentHealth[];
export type { AgentHealth };

/**
 * POST /api/sessions (201), GET /api/sessions/:id, DELETE /api/sessions/:id; GET /api/sessions is
 * a list of them. A Session's own fields (sessions.ts, documented there) as they are, its compiled
 * parts spread out, and the filter in its wire form.
 */
export interface SessionView extends Pick<Session, 'id' | 'owner' | 'request' | 'agents' | 'activeAgents' | 'refusals' | 'traceIds' | 'requests' | 'replies' | 'done' | 'startedAtMs'> {
  from: ResolvedSide;
  to: ResolvedSide;
  protocol: number | null;
  /** The filter the agents were sent, in its wire form (proto FilterExpr as JSON). */
  filter: packetlife.v1.IFilterExpr;
  endReason: string | null;
  /**
   * 1 in how many packets the session traces now (1: every packet): its `request.sample`, or
   * coarser when an agent past its event budget samples on its own. Counts are of sampled packets.
   */
  sampledOneIn: number;
  /**
   * While sampled: the nodes whose older agents (no Capabilities.sampling) joined later and trace
   * every packet there. A sampled session is refused (409) while such an agent is connected.
   */
  unsampledNodes: string[];
}
export type SessionListResponse = SessionView[];

/** GET /api/stats. */
export interface StatsResponse {
  correlator: Record<string, number>;
  store: Record<string, number>;
}
