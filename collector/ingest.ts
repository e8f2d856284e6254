/**
 * collector/ingest.ts — the collector's WebSocket endpoint for agents.
 *
 * API
 *   const ingest = new IngestServer(options: IngestOptions)
 *   await ingest.listen(): Promise<{ host, port }>   own http(s) server (not with options.server)
 *   await ingest.close(): Promise<void>              drops every agent connection, stops listening
 *   ingest.listAgents(): AgentHealth[]               JSON-safe registry for the API
 *   ingest.agentSampleOneIn(): number                the coarsest sampling a connected agent applies on its own
 *   ingest.agentsWithoutSampling(): {agentId, node}[] connected agents that do not announce capabilities.sampling
 *   events: 'agent-sampling' (AgentHealth) when an agent's own sampling changes
 *   ingest.latestSnapshot(agentId): TopologySnapshot | undefined
 *   ingest.startSession(target: string[] | 'all', s: IStartSession): string[]
 *       target: agent ids or node names (an agent matches by either), or every agent
 *   ingest.stopSession(sessionId): string[]          both return the agent ids pushed to now;
 *       a started session is remembered until stopped and pushed to every matching agent
 *       that connects later and has not acknowledged it yet (SessionAck), so a re-dial of an
 *       agent that already runs it, or ended it at its packet limit, does not restart it
 *   ingest.metrics: prom-client Registry             serve at /metrics: body `await
 *       ingest.metrics.metrics()`, content type `ingest.metrics.contentType`
 *   events: 'agent-connected' (AgentHealth), 'agent-disconnected' (AgentHealth, { code, reason }),
 *           'snapshot' (agentId, TopologySnapshot), 'session-ack' (agentId, SessionAck)
 *   options.onBatch(agent: AgentIdentity, events: PacketEvent[], seq: number, meta: BatchMeta): void | Promise<void>
 *       meta: the agent's event-time watermark as of this batch (0: unknown) and the loss since
 *       its previous batch with the time window each covers — the agent's own windows plus what
 *       the ingest itself lost (a rate-limited batch's events, unreadable events, missing batches)
 *       The sink. The batch is acked only after it returns (or its promise resolves); frames of
 *       that agent wait meanwhile. If it throws, the connection is closed (1011) so that the agent
 *       resends the batch: nothing is acked that the sink did not take.
 *
 * Protocol per connection: the upgrade needs `Authorization: Bearer <token>` when tokens are
 * configured (else HTTP 401 before any WebSocket exists). The first frame must be Hello
 * (within helloTimeoutMs) with protocol_version 1. The first frame the agent gets in reply is a
 * Welcome saying whether this collector reads its segments, when its Hello says it reads one
 * (capabilities.welcome; agent/reconnect-mode.ts). Batches: seq <= last seen is a duplicate from
 * a resend (ignored, re-acked); seq > last + 1 counts the gap. Loss per agent = gaps + the
 * agent's own counters (carried in each batch) + rate-limited + unreadable events.
 *
 * Rate limit (per agent, events/s token bucket): an over-limit batch is DROPPED AND COUNTED, and
 * still acked. Closing the connection instead would make the agent resend the same backlog on
 * reconnect and loop; dropping keeps the agent's queue moving and the loss visible
 * (AgentHealth.loss.rateLimitedEvents, packetlife_ingest_rate_limited_events_total).
 *
 * Faults: a frame that is not a binary AgentFrame (garbage, a CollectorFrame, a text frame), a
 * frame out of protocol (no Hello first, a second Hello, seq 0) or one above maxPayloadBytes
 * closes THAT connection with a close code and reason (1007 invalid data, 1008 protocol,
 * 1009 too big, 1002 unsupported protocol version) after a Goodbye saying why, and counts it in
 * packetlife_ingest_malformed_frames_total{kind}. No other connection is touched.
 */
import { EventEmitter } from 'node:events';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { Registry } from 'prom-client';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { PacketEvent } from '../common/event.js';
import { childLog } from '../common/log.js';
import {
  bigintToLong,
  decodeAgentFrame,
  encodeCollectorFrame,
  eventFromProto,
  FrameDecodeError,
  toNumber,
  type CollectorFrameBody,
  type DecodedAgentFrame,
} from '../proto/codec.js';
import type { packetlife } from '../proto/generated/packetlife.js';
import { bearerChecker } from './ingest-auth.js';
import { bearerToken, type AgentPrincipal, type Authenticator } from './auth.js';
import type { SliceTimer } from './loop-health.js';
import type { TurnBudget } from './turn-budget.js';
import { createIngestMetrics, type IngestMetrics, type MalformedKind } from './ingest-metrics.js';
import { TokenBucket } from './ingest-ratelimit.js';
import { AgentRegistry, type AgentHealth, type AgentIdentity, type AgentRecord } from './ingest-registry.js';
import { createHttpServerFor, listenOn } from '../common/listen.js';
import { PROTOCOL_VERSION } from '../proto/version.js';
import { segmentsFromProto } from '../proto/segment-codec.js';
import { ColumnsError, segmentsFromColumns } from '../proto/segment-columns-read.js';
import type { Segment } from './correlate/segment.js';
import type { NodeLocalStats } from './correlate/correlator.js';
import type { AgentTopology } from './topology/agent-feed.js';

export type { AgentHealth, AgentIdentity } from './ingest-registry.js';

/** EventBatch.segment_counters as the correlator's per-node counters. */
function nodeLocalStats(c: packetlife.v1.ISegmentCounters): NodeLocalStats {
  return {
    events: toNumber(c.events),
    duplicates: toNumber(c.duplicates),
    lateDropped: toNumber(c.lateDropped),
    unusable: toNumber(c.unusable),
    freedAfterDelivery: toNumber(c.freedAfterDelivery),
    routeEvents: toNumber(c.routeEvents),
    routesEvicted: toNumber(c.routesEvicted),
    chainsOpen: toNumber(c.chainsOpen),
    chainsClosed: toNumber(c.chainsClosed),
    chainsEvicted: toNumber(c.chainsEvicted),
  };
}

/** How long converting one batch's events may hold the event loop before it yields. */
const CONVERT_SLICE_MS = 10;


/** Events lost in a time window (wall ns); events 0: an unknown number. */
export interface LossWindowInfo {
  fromNs: number;
  toNs: number;
  events: number;
  cause: string;
}

export interface BatchMeta {
  /** Every event of this agent stamped earlier (wall ns) has been delivered; 0: unknown. */
  watermarkNs: number;
  /** When the agent sealed the batch (its wall clock, ns): how far its watermark trails its clock. */
  sentNs: number;
  /** When the frame came off the agent's socket (the collector's wall clock, ns). */
  receivedNs: number;
  lost: LossWindowInfo[];
  /** Node-local segments the agent built (issue 11), in the order it closed them. */
  segments: Segment[];
  /** The agent's per-node correlation counters (cumulative), when it builds segments. */
  segmentCounters?: NodeLocalStats;
}

export interface IngestOptions {
  onBatch: (agent: AgentIdentity, events: PacketEvent[], seq: number, meta: BatchMeta) => void | Promise<void>;
  /**
   * Node-local correlation: the topology to send to an agent that can build segments (its Hello
   * says capabilities.segments), on connect and on pushTopology(); `parts`: it reads the
   * topology in parts (capabilities.topology_parts). Absent, or undefined returned (nothing
   * built yet): agents ship raw events. tooLarge: not sent (counted, logged); that agent ships
   * raw events. `holds`: the version this connection was last sent, for an agent that reads
   * deltas (capabilities.topology_deltas): the change from it may go instead of the whole part.
   */
  segmentTopology?: (agent: { node: string; parts: boolean; holds?: number }) => AgentTopology | undefined;
  host?: string; // default 127.0.0.1
  port?: number; // default 0: an ephemeral port
  path?: string; // default /v1/agents
  /** Share an existing http(s) server (e.g. the API's); then listen()/close() leave it alone. */
  server?: Server;
  tls?: { cert: string | Buffer; key: string | Buffer };
  /**
   * Who may connect, and for which node (collector/auth.ts): the node is the credential's, and
   * an agent speaks only for it. 'none' (or absent, with no tokens): anyone, for the node its
   * Hello names.
   */
  auth?: Authenticator | 'none';
  /** Legacy: shared bearer tokens not bound to a node (IngestServer's own tests). */
  tokens?: readonly string[];
  /** Hello field bounds (defaults: ids and names 253 bytes, 64 capability strings, 4096 netns). */
  maxHelloIdBytes?: number;
  maxHelloListItems?: number;
  /** A batch seq more than this far past the last one is refused, not acked (default 1,000,000). */
  maxSeqAhead?: number;
  /** Open connections per node at once (default 2: an agent and its replacement during a restart). */
  maxConnectionsPerNode?: number;
  /** How long a live connection has to answer a ping when another connection claims its agent id (default 2000). */
  liveProbeMs?: number;
  maxPayloadBytes?: number; // default 8 MiB
  rateLimit?: { eventsPerSecond: number; burstEvents?: number };
  helloTimeoutMs?: number; // default 10 s
  heartbeatTimeoutMs?: number; // default 30 s: a connection silent this long is closed
  maxAgents?: number; // default 10000 records, connected or remembered
  maxSessions?: number; // default 1000
  maxConnections?: number; // default 5000 open sockets, greeted or not; more get HTTP 503
  registry?: Registry;
  logger?: Logger;
  /** Times the ingest's synchronous work (frame decoding, event conversion) for collector/loop-health.ts. */
  timeSlice?: SliceTimer;
  /**
   * The event-loop turn's budget shared with the sink (collector/turn-budget.ts): once spent,
   * frames wait for a later turn, so requests are served between them. Absent: each frame runs
   * when it arrives, its conversion in slices of CONVERT_SLICE_MS.
   */
  budget?: TurnBudget;
}

interface Connection {
  ws: WebSocket;
  /** Who the credential says this is; node '' = not bound (no auth, or legacy shared tokens). */
  principal: AgentPrincipal;
  remote: string;
  agent: AgentRecord | undefined;
  helloTimer: NodeJS.Timeout | undefined;
  busy: boolean; // an async sink call is running; frames wait in backlog
  backlog: Buffer[];
  /** When each backlog frame came off the socket (wall ns), in step with backlog. */
  backlogAt: number[];
  closing: boolean;
  /** The topology version last sent on this connection (what the agent now holds). */
  topologyVersion?: number;
}

interface IngestEvents {
  'agent-connected': [AgentHealth];
  'agent-disconnected': [AgentHealth, { code: number; reason: string }];
  'agent-sampling': [AgentHealth];
  snapshot: [string, packetlife.v1.TopologySnapshot];
  'session-ack': [string, packetlife.v1.SessionAck];
}

class ProtocolError extends Error {
  constructor(
    readonly kind: MalformedKind,
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

export class IngestServer extends EventEmitter<IngestEvents> {
  readonly metrics: Registry;
  private readonly m: IngestMetrics;
  private readonly log: Logger;
  private readonly wss: WebSocketServer;
  private readonly server: Server;
  private readonly ownServer: boolean;
  private readonly path: string;
  private readonly authorized: (header: string | undefined) => Promise<AgentPrincipal | undefined>;
  private readonly agents: AgentRegistry;
  private readonly connections = new Set<Connection>();
  private readonly byAgent = new Map<string, Connection>();
  private readonly sessions = new Map<string, { target: 'all' | Set<string>; start: packetlife.v1.IStartSession }>();
  private readonly sweepTimer: NodeJS.Timeout;
  /** Per agent id, the watermark of its latest batch (wall ns): where a loss of unknown time starts. */
  private readonly watermarks = new Map<string, number>();
  private readonly onUpgrade: (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

  constructor(private readonly opts: IngestOptions) {
    super();
    this.log = opts.logger ?? childLog('ingest');
    this.path = opts.path ?? '/v1/agents';
    const auth = opts.auth;
    if (auth && auth !== 'none') {
      this.authorized = async (header) => {
        const token = bearerToken(header);
        return token ? auth.agent(token) : undefined;
      };
    } else {
      const legacy = bearerChecker(opts.tokens ?? []);
      this.authorized = async (header) => (legacy(header) ? { name: 'agent', node: '', source: 'none' } : undefined);
    }
    this.agents = new AgentRegistry(opts.maxAgents ?? 10_000);
    this.metrics = opts.registry ?? new Registry();
    this.m = createIngestMetrics(
      this.metrics,
      () => this.agents.connectedCount(),
      () =>
        this.agents
          .all()
          .filter((r) => r.connected)
          .map((r) => {
            const l = r.health().loss;
            return {
              node: r.node,
              lost: {
                bpf_lost: l.agent.bpfLost,
                parse_errors: l.agent.parseErrors,
                encode_errors: l.agent.encodeErrors,
                queue_dropped: l.agent.queueDroppedEvents,
                rate_limited: l.rateLimitedEvents,
                unreadable: l.invalidEvents,
              },
            };
          }),
    );
    this.wss = new WebSocketServer({
      noServer: true,
      maxPayload: opts.maxPayloadBytes ?? 8 * 1024 * 1024,
      perMessageDeflate: false,
    });
    this.ownServer = !opts.server;
    this.server = opts.server ?? createHttpServerFor(opts.tls);
    if (this.ownServer) {
      this.server.on('request', (_req, res) => {
        res.writeHead(426, { 'content-type': 'text/plain' }).end('packetlife agents connect here with a WebSocket\n');
      });
    }
    this.onUpgrade = (req, socket, head) => this.upgrade(req, socket, head);
    this.server.on('upgrade', this.onUpgrade);
    const timeout = opts.heartbeatTimeoutMs ?? 30_000;
    this.sweepTimer = setInterval(() => this.sweep(timeout), Math.max(50, Math.floor(timeout / 3)));
    this.sweepTimer.unref();
  }

  async listen(): Promise<{ host: string; port: number }> {
    if (!this.ownServer) throw new Error('listen() is for the ingest’s own server; the shared server listens elsewhere');
    const host = this.opts.host ?? '127.0.0.1';
    await listenOn(this.server, this.opts.port ?? 0, host);
    const addr = this.server.address() as AddressInfo;
    this.log.info({ host: addr.address, port: addr.port, path: this.path, tls: !!this.opts.tls }, 'ingest listening');
    return { host: addr.address, port: addr.port };
  }

  async close(): Promise<void> {
    clearInterval(this.sweepTimer);
    this.server.off('upgrade', this.onUpgrade);
    for (const c of this.connections) c.ws.terminate();
    this.wss.close();
    if (this.ownServer && this.server.listening) {
      await new Promise<void>((resolve) => this.server.close(() => resolve()));
    }
  }

  /** The coarsest sampling a connected agent applies on its own (1: none does). */
  agentSampleOneIn(): number {
    let n = 1;
    for (const r of this.agents.all()) if (r.connected && r.sampleOneIn > n) n = r.sampleOneIn;
    return n;
  }

  /**
   * Connected agents whose Hello does not say capabilities.sampling: older agents that ignore
   * StartSession.sample_one_in and trace every packet.
   */
  agentsWithoutSampling(): Array<{ agentId: string; node: string }> {
    const out: Array<{ agentId: string; node: string }> = [];
    for (const r of this.agents.all()) if (r.connected && r.capabilities.sampling !== true) out.push({ agentId: r.agentId, node: r.node });
    return out;
  }

  listAgents(): AgentHealth[] {
    return this.agents.all().map((r) => r.health());
  }

  latestSnapshot(agentId: string): packetlife.v1.TopologySnapshot | undefined {
    return this.agents.get(agentId)?.snapshot;
  }

  startSession(target: readonly string[] | 'all', start: packetlife.v1.IStartSession): string[] {
    const id = start.sessionId ?? '';
    if (id === '') throw new RangeError('StartSession needs a session_id');
    if (!this.sessions.has(id) && this.sessions.size >= (this.opts.maxSessions ?? 1000)) {
      throw new RangeError(`too many active sessions (${this.sessions.size}); stop some first`);
    }
    const t = target === 'all' ? 'all' : new Set(target);
    this.sessions.set(id, { target: t, start });
    const sent: string[] = [];
    for (const [agentId, c] of this.byAgent) {
      if (!targets(t, c)) continue;
      this.send(c, { startSession: start });
      sent.push(agentId);
    }
    return sent;
  }

  stopSession(sessionId: string): string[] {
    const s = this.sessions.get(sessionId);
    this.sessions.delete(sessionId);
    const sent: string[] = [];
    for (const [agentId, c] of this.byAgent) {
      if (s && !targets(s.target, c)) continue;
      this.send(c, { stopSession: { sessionId } });
      sent.push(agentId);
    }
    return sent;
  }

  // ---------- connections ----------

  private upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const path = (req.url ?? '').split('?')[0];
    if (path !== this.path) {
      if (!this.ownServer) return; // another upgrade listener on the shared server owns it
      this.m.rejected.inc({ reason: 'not-found' });
      refuseUpgrade(socket, 404, 'Not Found');
      return;
    }
    if (this.connections.size >= (this.opts.maxConnections ?? 5000)) {
      this.m.rejected.inc({ reason: 'too-many' });
      this.log.warn({ remote: req.socket.remoteAddress, open: this.connections.size }, 'agent refused: too many connections');
      refuseUpgrade(socket, 503, 'Service Unavailable');
      return;
    }
    socket.on('error', () => socket.destroy());
    this.authorized(req.headers.authorization).then(
      (principal) => {
        if (!principal) {
          this.m.rejected.inc({ reason: 'unauthorized' });
          this.log.warn({ remote: req.socket.remoteAddress }, 'agent refused: missing or unknown bearer token');
          refuseUpgrade(socket, 401, 'Unauthorized', { 'WWW-Authenticate': 'Bearer' });
          return;
        }
        if (principal.node !== '') {
          let open = 0;
          for (const c of this.connections) if (c.principal.node === principal.node) open++;
          if (open >= (this.opts.maxConnectionsPerNode ?? 2)) {
            this.m.rejected.inc({ reason: 'too-many-per-node' });
            this.log.warn({ node: principal.node, open }, 'agent refused: too many connections for its node');
            refuseUpgrade(socket, 429, 'Too Many Requests');
            return;
          }
        }
        this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws, req, principal));
      },
      (err: unknown) => {
        this.m.rejected.inc({ reason: 'auth-unavailable' });
        this.log.error({ err: String(err) }, 'agent refused: cannot check its token');
        refuseUpgrade(socket, 503, 'Service Unavailable');
      },
    );
  }

  private accept(ws: WebSocket, req: IncomingMessage, principal: AgentPrincipal): void {
    const c: Connection = {
      ws,
      principal,
      remote: `${req.socket.remoteAddress ?? '?'}:${req.socket.remotePort ?? '?'}`,
      agent: undefined,
      helloTimer: undefined,
      busy: false,
      backlog: [],
      backlogAt: [],
      closing: false,
    };
    this.connections.add(c);
    c.helloTimer = setTimeout(
      () => this.fail(c, new ProtocolError('protocol', 1008, 'no Hello within the hello timeout')),
      this.opts.helloTimeoutMs ?? 10_000,
    );
    ws.on('message', (data, isBinary) => {
      if (!isBinary) return this.fail(c, new ProtocolError('text-frame', 1007, 'text frame: agents send binary AgentFrames'));
      const buf = rawToBuffer(data);
      const at = wallNowNs();
      if (c.busy) {
        c.backlog.push(buf);
        c.backlogAt.push(at);
      } else if (this.opts.budget?.spent()) {
        c.backlog.push(buf);
        c.backlogAt.push(at);
        this.later(c);
      } else this.timed(() => this.handle(c, buf, at));
    });
    ws.on('error', (err: Error & { code?: string }) => {
      // ws reports an oversize frame here and then closes with 1009 itself
      if (err.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') {
        this.m.malformed.inc({ kind: 'oversize' });
        this.log.warn({ remote: c.remote, agent: c.agent?.agentId, err: err.message }, 'agent frame too big: connection closed');
      } else {
        this.log.warn({ remote: c.remote, agent: c.agent?.agentId, err: err.message }, 'agent connection error');
      }
    });
    ws.on('close', (code, reason) => this.closed(c, code, reason.toString()));
  }

  private closed(c: Connection, code: number, reason: string): void {
    clearTimeout(c.helloTimer);
    this.connections.delete(c);
    const r = c.agent;
    if (!r || this.byAgent.get(r.agentId) !== c) return;
    this.byAgent.delete(r.agentId);
    r.connected = false;
    r.disconnectedAtMs = Date.now();
    this.log.info({ agent: r.agentId, node: r.node, code, reason }, 'agent disconnected');
    this.emit('agent-disconnected', r.health(), { code, reason });
  }

  /** Closes one connection for a fault of its own, saying why, and counts it. */
  private fail(c: Connection, err: ProtocolError): void {
    if (c.closing) return;
    c.closing = true;
    this.m.malformed.inc({ kind: err.kind });
    this.log.warn({ remote: c.remote, agent: c.agent?.agentId, kind: err.kind, reason: err.message }, 'agent connection closed');
    const reason = truncateUtf8(err.message, 123);
    this.send(c, { goodbye: { reason: err.message } });
    c.ws.close(err.code, reason);
    // a peer that ignores the close handshake is cut off
    setTimeout(() => c.ws.terminate(), 2000).unref();
  }

  private send(c: Connection, body: CollectorFrameBody): void {
    if (c.ws.readyState === c.ws.OPEN) c.ws.send(encodeCollectorFrame(body), { binary: true });
  }

  private sweep(timeoutMs: number): void {
    const now = Date.now();
    for (const c of this.byAgent.values()) {
      const r = c.agent;
      if (r && now - r.lastHeardAtMs > timeoutMs && !c.closing) {
        c.closing = true;
        this.m.heartbeatTimeouts.inc();
        this.log.warn({ agent: r.agentId, silentMs: now - r.lastHeardAtMs }, 'agent silent: closing its connection');
        this.send(c, { goodbye: { reason: 'heartbeat timeout' } });
        c.ws.close(4000, 'heartbeat timeout');
        setTimeout(() => c.ws.terminate(), 2000).unref();
      }
    }
  }

  // ---------- frames ----------

  private handle(c: Connection, buf: Buffer, receivedNs: number): void {
    if (c.closing) return;
    let frame: DecodedAgentFrame;
    try {
      frame = decodeAgentFrame(buf);
    } catch (err) {
      const kind: MalformedKind = err instanceof FrameDecodeError && err.kind === 'wrong-origin' ? 'wrong-origin' : 'decode';
      return this.fail(c, new ProtocolError(kind, 1007, err instanceof Error ? err.message : String(err)));
    }
    this.m.frames.inc({ type: frame.type });
    this.m.bytes.inc(buf.length);
    try {
      if (frame.type === 'hello') return this.hello(c, frame.hello);
      const r = c.agent;
      if (!r) throw new ProtocolError('protocol', 1008, `expected Hello first, got ${frame.type}`);
      r.lastHeardAtMs = Date.now();
      switch (frame.type) {
        case 'events':
          return this.batch(c, r, frame.events, receivedNs);
        case 'heartbeat':
          r.lastHeartbeatAtMs = r.lastHeardAtMs;
          this.send(c, { heartbeat: { unixNs: bigintToLong(BigInt(Date.now()) * 1_000_000n), lastSeq: r.lastSeq } });
          return;
        case 'topology':
          if (frame.topology.node !== r.node) {
            this.m.identityRefused.inc({ reason: 'foreign-node-snapshot' });
            throw new ProtocolError('identity', 1008, `topology snapshot for node "${frame.topology.node.slice(0, 64)}" from the agent of node ${r.node}`);
          }
          r.snapshot = frame.topology;
          this.emit('snapshot', r.agentId, frame.topology);
          return;
        case 'sessionAck': {
          const a = frame.sessionAck;
          r.sessions.set(a.sessionId, { ok: a.ok, active: a.active, error: a.error, atMs: Date.now() });
          if (r.sessions.size > 1000) r.sessions.delete(r.sessions.keys().next().value as string);
          this.emit('session-ack', r.agentId, a);
          if (a.active && !this.sessions.has(a.sessionId)) {
            // a session this collector does not know (it restarted without it, or it was
            // stopped meanwhile): the agent must not trace on for no one
            this.m.orphanSessionsStopped.inc();
            this.log.warn({ agent: r.agentId, session: a.sessionId }, 'agent runs a session this collector does not know: stopping it');
            this.send(c, { stopSession: { sessionId: a.sessionId } });
          }
          return;
        }
      }
    } catch (err) {
      if (err instanceof ProtocolError) return this.fail(c, err);
      throw err;
    }
  }

  private hello(c: Connection, h: packetlife.v1.Hello): void {
    if (c.agent) throw new ProtocolError('protocol', 1008, 'Hello sent twice on one connection');
    if (h.protocolVersion !== PROTOCOL_VERSION) {
      throw new ProtocolError(
        'protocol',
        1002,
        `protocol_version ${h.protocolVersion} is not supported; this collector speaks ${PROTOCOL_VERSION}`,
      );
    }
    if (!h.agentId) throw new ProtocolError('protocol', 1008, 'Hello without agent_id');
    if (!h.node) throw new ProtocolError('protocol', 1008, 'Hello without node');
    this.checkHelloSizes(h);
    const bound = c.principal.node;
    if (bound !== '') {
      if (h.node !== bound) {
        this.m.identityRefused.inc({ reason: 'node-mismatch' });
        throw new ProtocolError('identity', 1008, `Hello names node "${h.node}" but this credential is node ${bound}'s`);
      }
      // agent ids are the node's own: "NODE/…", so no agent can claim another node's id
      if (!h.agentId.startsWith(`${bound}/`)) {
        this.m.identityRefused.inc({ reason: 'agent-id' });
        throw new ProtocolError('identity', 1008, `agent_id must start with "${bound}/" (its node)`);
      }
    }
    const existing = this.agents.get(h.agentId);
    if (existing && existing.node !== h.node) {
      this.m.identityRefused.inc({ reason: 'node-mismatch' });
      throw new ProtocolError('identity', 1008, `agent_id ${h.agentId} belongs to node ${existing.node}`);
    }
    const previous = this.byAgent.get(h.agentId);
    if (previous && previous !== c && previous.closing) previous.ws.terminate();
    else if (previous && previous !== c) {
      // The live connection keeps its place: a second one for the same agent is refused. If the
      // live one does not answer a ping in time it is gone (a half-open socket after a network
      // break): it is cut, and the agent's next dial (within its backoff) is taken.
      this.m.identityRefused.inc({ reason: 'duplicate-connection' });
      this.probeLive(previous);
      throw new ProtocolError('identity', 4009, 'this agent is already connected; retry later');
    }
    clearTimeout(c.helloTimer);
    const r = this.agents.getOrCreate(h.agentId);
    const resume = toNumber(h.resumeFromSeq);
    if (!r.greeted) {
      // first sight of this agent (or of it since a collector restart): what came before
      // resume_from_seq is not ours to count; the agent reports its own drops
      r.lastSeq = Math.max(0, resume - 1);
      r.greeted = true;
    }
    r.setNode(h.node);
    r.agentVersion = h.agentVersion;
    r.protocolVersion = h.protocolVersion;
    r.capabilities = h.capabilities ?? {};
    r.scope = h.scope ?? {};
    r.connected = true;
    r.remoteAddress = c.remote;
    r.connectedAtMs = r.lastHeardAtMs = Date.now();
    r.disconnectedAtMs = null;
    c.agent = r;
    const rl = this.opts.rateLimit;
    // per agent, not per connection: re-dialling must not buy a fresh burst
    if (rl && !r.rateBucket) r.rateBucket = new TokenBucket(rl.eventsPerSecond, rl.burstEvents);
    // The first frame this connection gets (nothing was sent on it before the Hello): whether this
    // collector reads segments, so that the agent decides at once instead of waiting for a topology
    // (agent/reconnect-mode.ts). Only to an agent that reads it: an older one refuses a frame whose
    // body it does not know (proto/COMPATIBILITY.md rule 4).
    const topology = this.topologyFor(c);
    const readsSegments = r.capabilities.segments === true && this.opts.segmentTopology !== undefined && !(topology && 'tooLarge' in topology);
    if (r.capabilities.welcome === true) this.send(c, { welcome: { readsSegments } });
    this.byAgent.set(r.agentId, c);
    this.log.info({ agent: r.agentId, node: r.node, remote: c.remote, resume, lastSeq: r.lastSeq, readsSegments }, 'agent connected');
    this.emit('agent-connected', r.health());
    // Sessions this agent process has not acknowledged yet. One it acked (running, ended at its
    // packet limit, or refused) it still knows across a re-dial: pushing it again would restart it.
    for (const s of this.sessions.values()) {
      if (targets(s.target, c) && !r.sessions.has(s.start.sessionId ?? '')) this.send(c, { startSession: s.start });
    }
    this.sendTopology(c, topology);
  }

  /** Sends the segment topology to every connected agent that builds segments (it changed). */
  pushTopology(): void {
    for (const c of this.byAgent.values()) this.sendTopology(c, this.topologyFor(c));
  }

  /** The segment topology for this connection's agent: undefined when it gets none (no capability, raw events wanted, nothing built yet). */
  private topologyFor(c: Connection): AgentTopology | undefined {
    const r = c.agent;
    if (!r?.capabilities.segments || !this.opts.segmentTopology) return undefined;
    const holds = r.capabilities.topologyDeltas === true ? c.topologyVersion : undefined;
    return this.opts.segmentTopology({ node: r.node, parts: r.capabilities.topologyParts === true, ...(holds !== undefined ? { holds } : {}) });
  }

  private sendTopology(c: Connection, t: AgentTopology | undefined): void {
    const r = c.agent;
    if (!r || !t) return;
    if ('frames' in t) {
      // encoded once for every agent: the same bytes go to each socket
      if (c.ws.readyState !== c.ws.OPEN) return;
      for (const f of t.frames) c.ws.send(f, { binary: true });
      c.topologyVersion = t.version;
      return;
    }
    this.m.topologyTooLarge.inc();
    this.log.error({ agent: r.agentId, node: r.node, bytes: t.tooLarge.bytes, limit: t.tooLarge.limit, parts: r.capabilities.topologyParts === true }, 'topology too large for the agent’s frame limit: not sent, the agent ships raw events');
  }

  private batch(c: Connection, r: AgentRecord, b: packetlife.v1.EventBatch, receivedNs: number): void {
    const seq = toNumber(b.seq);
    if (seq === 0) throw new ProtocolError('protocol', 1008, 'EventBatch with seq 0 (sequences start at 1)');
    if (seq <= r.lastSeq) {
      r.duplicateBatches++;
      this.m.duplicateBatches.inc();
      this.send(c, { ack: { seq: r.lastSeq } });
      return;
    }
    const ahead = this.opts.maxSeqAhead ?? 1_000_000;
    if (seq > r.lastSeq + ahead) {
      // not acked: an ack would make every real batch below it look like a duplicate
      this.m.identityRefused.inc({ reason: 'seq-window' });
      throw new ProtocolError('protocol', 1008, `EventBatch seq ${seq} is more than ${ahead} past the last (${r.lastSeq})`);
    }
    for (const e of b.events) {
      if (e.node !== r.node) {
        this.m.identityRefused.inc({ reason: 'foreign-node-event' });
        throw new ProtocolError('identity', 1008, `event for node "${String(e.node).slice(0, 64)}" from the agent of node ${r.node}`);
      }
    }
    let segments: Segment[] = [];
    let unreadableSegments = 0;
    let unreadableWhy = '';
    const columns = b.segmentColumns;
    if (b.segments.length > 0 || columns.length > 0) {
      try {
        // the message form (older agents), and the flat form (agents told this collector reads it)
        if (b.segments.length > 0) segments = segmentsFromProto(b.segments, b.strings, b.places, b.cts, r.node, b.monoOffsetNs);
        if (columns.length > 0) {
          const flat = segmentsFromColumns(columns, b.strings, b.places, r.node, b.monoOffsetNs);
          segments = segments.length > 0 ? segments.concat(flat) : flat;
          this.m.segments.inc({ form: 'columns' }, flat.length);
        }
        if (b.segments.length > 0) this.m.segments.inc({ form: 'message' }, b.segments.length);
      } catch (err) {
        // the whole batch's segments: those the columns held (at least one when not known)
        unreadableSegments = b.segments.length + (err instanceof ColumnsError ? Math.max(1, err.segments) : columns.length > 0 ? 1 : 0);
        segments = [];
        unreadableWhy = (err as Error).message.slice(0, 160);
        this.log.warn({ agent: r.agentId, err: (err as Error).message }, 'unreadable segments from the agent');
      }
      for (const sg of segments) {
        if (sg.node !== r.node) {
          this.m.identityRefused.inc({ reason: 'foreign-node-event' });
          throw new ProtocolError('identity', 1008, `segment for node "${sg.node.slice(0, 64)}" from the agent of node ${r.node}`);
        }
      }
    }
    const segmentCounters = b.segmentCounters ? nodeLocalStats(b.segmentCounters) : undefined;
    const watermarkNs = toNumber(b.watermarkUnixNs);
    const previousWatermark = this.watermarks.get(r.agentId) ?? 0;
    const lost: LossWindowInfo[] = [];
    for (const w of b.lost ?? []) {
      const fromNs = toNumber(w.fromUnixNs);
      const toNs = toNumber(w.toUnixNs);
      if (fromNs > 0 && toNs >= fromNs) lost.push({ fromNs, toNs, events: toNumber(w.events), cause: w.cause || 'lost' });
    }
    // What was lost between the previous batch and this one, when nothing more exact is known.
    const sinceLastBatch = (events: number, cause: string): void => {
      const toNs = watermarkNs || Date.now() * 1e6;
      lost.push({ fromNs: previousWatermark || toNs, toNs, events, cause });
    };
    if (watermarkNs > previousWatermark) this.watermarks.set(r.agentId, watermarkNs);
    if (this.watermarks.size > (this.opts.maxAgents ?? 10_000)) this.watermarks.delete(this.watermarks.keys().next().value as string);
    if (seq > r.lastSeq + 1) {
      const missing = seq - r.lastSeq - 1;
      sinceLastBatch(0, `${missing} batch(es) missing`);
      r.gapBatches += missing;
      this.m.gapBatches.inc(missing);
      this.log.warn({ agent: r.agentId, from: r.lastSeq + 1, to: seq - 1 }, 'batches missing from the agent');
    }
    r.lastSeq = seq;
    r.batches++;
    // cumulative counters as of this batch's sealing: only a newer batch may replace them (a
    // resent duplicate carries older, smaller ones)
    if (b.loss) r.agentLoss = b.loss;
    // the agent's own sampling as of this batch (0 from an older agent: none)
    const sampleOneIn = Math.max(1, b.sampleOneIn ?? 0);
    if (sampleOneIn !== r.sampleOneIn) {
      r.sampleOneIn = sampleOneIn;
      this.log.info({ agent: r.agentId, node: r.node, sampleOneIn }, 'the agent samples on its own (its event budget)');
      this.emit('agent-sampling', r.health());
    }
    // A segment stands for its hops and drops: the rate limit counts what the events would have been.
    let segmentEvents = 0;
    for (const sg of segments) segmentEvents += sg.hops.length + sg.drops.length;
    const n = b.events.length + segmentEvents;
    // After conversion: loss of unreadable events, the sink, the ack. `held`: this connection's
    // frames are already held (the conversion went asynchronous) and must be released after.
    const deliver = (events: PacketEvent[], invalid: number, held: boolean): void => {
      if (unreadableSegments > 0) {
        r.invalidEvents += unreadableSegments;
        this.m.invalidEvents.inc(unreadableSegments);
        // the traces it touches say why: a segment the collector cannot read is a defect to find
        sinceLastBatch(unreadableSegments, `segments unreadable at the collector: ${unreadableWhy}`);
      }
      if (invalid > 0) {
        r.invalidEvents += invalid;
        this.m.invalidEvents.inc(invalid);
        sinceLastBatch(invalid, 'unreadable at the collector');
      }
      // what the segments stand for counts as events received (they are the agent's events, correlated)
      r.events += events.length + segmentEvents;
      this.m.events.inc(events.length);
      r.segments += segments.length;
      let result: void | Promise<void>;
      try {
        result = this.opts.onBatch(r.identity, events, seq, { watermarkNs, sentNs: toNumber(b.sentUnixNs), receivedNs, lost, segments, ...(segmentCounters ? { segmentCounters } : {}) });
      } catch (err) {
        return this.sinkFailed(c, r, seq, err);
      }
      if (!isPromise(result)) {
        this.send(c, { ack: { seq } });
        if (held) this.drainBacklog(c);
        return;
      }
      // async sink: hold this agent's later frames until the batch is taken, in order
      if (!held) {
        c.busy = true;
        c.ws.pause();
      }
      result.then(
        () => {
          this.send(c, { ack: { seq } });
          this.drainBacklog(c);
        },
        (err: unknown) => this.sinkFailed(c, r, seq, err),
      );
    };
    if (r.rateBucket && !r.rateBucket.admit(n, Date.now())) {
      r.rateLimitedBatches++;
      r.rateLimitedEvents += n;
      this.m.rateLimitedBatches.inc();
      this.m.rateLimitedEvents.inc(n);
      // The events are dropped, but the time they covered is known, and the watermark still holds.
      let fromNs = Infinity;
      let toNs = -Infinity;
      for (const e of b.events) {
        const w = toNumber(e.wallUnixNs);
        if (w > 0 && w < fromNs) fromNs = w;
        if (w > toNs) toNs = w;
      }
      for (const sg of segments) {
        if (sg.firstWall < fromNs) fromNs = sg.firstWall;
        if (sg.lastWall > toNs) toNs = sg.lastWall;
      }
      segments = [];
      segmentEvents = 0;
      if (n > 0) lost.push(fromNs <= toNs ? { fromNs, toNs, events: n, cause: 'rate limited at the collector' } : { fromNs: previousWatermark, toNs: watermarkNs, events: n, cause: 'rate limited at the collector' });
      return deliver([], 0, false);
    }
    const events: PacketEvent[] = [];
    let invalid = 0;
    let i = 0;
    const nEvents = b.events.length; // raw events to convert (n also counts what segments stand for)
    const convertFor = (ms: number): void => {
      const until = this.opts.budget?.deadline() ?? performance.now() + ms;
      while (i < nEvents) {
        const end = Math.min(nEvents, i + 64);
        for (; i < end; i++) {
          try {
            events.push(eventFromProto(b.events[i]!));
          } catch {
            invalid++;
          }
        }
        if (performance.now() >= until) break;
      }
    };
    convertFor(CONVERT_SLICE_MS);
    if (i >= nEvents) return deliver(events, invalid, false);
    // A big batch is converted in slices too, with the event loop served between them (the
    // sink slices its own work the same way); this agent's later frames wait meanwhile.
    c.busy = true;
    c.ws.pause();
    const step = (): void => {
      if (c.closing) {
        r.lastSeq = seq - 1; // not taken: the resend must not look like a duplicate
        return;
      }
      this.timed(() => {
        convertFor(CONVERT_SLICE_MS);
        if (i < nEvents) setImmediate(step);
        else deliver(events, invalid, true);
      });
    };
    setImmediate(step);
  }

  private timed(fn: () => void): void {
    if (this.opts.timeSlice) this.opts.timeSlice('decode', fn);
    else fn();
  }

  /** This connection's waiting frames are taken up in a later turn (its socket is paused meanwhile). */
  private later(c: Connection): void {
    c.busy = true;
    c.ws.pause();
    setImmediate(() => this.drainBacklog(c));
  }

  private drainBacklog(c: Connection): void {
    c.busy = false;
    while (!c.busy && c.backlog.length > 0 && !c.closing) {
      // a backlog is not run in one go: the turn's budget spent, the rest waits for the next turn
      if (this.opts.budget?.spent()) return this.later(c);
      this.timed(() => this.handle(c, c.backlog.shift() as Buffer, c.backlogAt.shift() as number));
    }
    if (!c.busy && !c.closing) c.ws.resume();
  }

  private checkHelloSizes(h: packetlife.v1.Hello): void {
    const maxId = this.opts.maxHelloIdBytes ?? 253;
    const maxItems = this.opts.maxHelloListItems ?? 64;
    const big = (what: string, v: string | null | undefined, max = maxId): void => {
      if (v && Buffer.byteLength(v) > max) {
        this.m.identityRefused.inc({ reason: 'hello-field' });
        throw new ProtocolError('protocol', 1008, `Hello ${what} longer than ${max} bytes`);
      }
    };
    big('agent_id', h.agentId);
    big('node', h.node);
    big('agent_version', h.agentVersion, 64);
    const caps = h.capabilities ?? {};
    for (const [k, v] of Object.entries(caps)) if (typeof v === 'string') big(`capabilities.${k}`, v);
    const lists: Array<[string, unknown[] | null | undefined, number]> = [
      ['capabilities.tracepoints', caps.tracepoints, maxItems],
      ['scope.netns_inodes', h.scope?.netnsInodes, 4096],
    ];
    for (const [what, list, max] of lists) {
      if ((list?.length ?? 0) > max) {
        this.m.identityRefused.inc({ reason: 'hello-field' });
        throw new ProtocolError('protocol', 1008, `Hello ${what} has more than ${max} entries`);
      }
    }
    for (const t of caps.tracepoints ?? []) big('capabilities.tracepoints[]', t, 128);
    big('scope.lab', h.scope?.lab, 64);
  }

  /** A ping the live connection must answer in time, or it is cut (it is gone). */
  private probeLive(c: Connection): void {
    if ((c as Connection & { probing?: boolean }).probing || c.ws.readyState !== c.ws.OPEN) return;
    (c as Connection & { probing?: boolean }).probing = true;
    let answered = false;
    c.ws.once('pong', () => {
      answered = true;
      (c as Connection & { probing?: boolean }).probing = false;
    });
    c.ws.ping();
    setTimeout(() => {
      if (answered) return;
      this.m.heartbeatTimeouts.inc();
      this.log.warn({ agent: c.agent?.agentId }, 'live connection did not answer a ping: cut, the newer one may take its place');
      c.ws.terminate();
    }, this.opts.liveProbeMs ?? 2000).unref();
  }

  private sinkFailed(c: Connection, r: AgentRecord, seq: number, err: unknown): void {
    this.m.sinkErrors.inc();
    // not acked, and the sequence rewinds so that the resend is taken, not ignored as a duplicate
    r.lastSeq = seq - 1;
    this.log.error({ agent: r.agentId, seq, err: (err as Error)?.message ?? String(err) }, 'sink failed: closing so the agent resends');
    c.closing = true;
    c.ws.close(1011, 'collector could not store the batch');
  }
}

/** A session target names agents by agent id or by node name. */
function targets(target: 'all' | Set<string>, c: Connection): boolean {
  if (target === 'all') return true;
  const r = c.agent;
  return !!r && (target.has(r.agentId) || target.has(r.node));
}

function refuseUpgrade(socket: Duplex, status: number, text: string, headers: Record<string, string> = {}): void {
  const lines = [`HTTP/1.1 ${status} ${text}`, 'Connection: close', 'Content-Length: 0'];
  for (const [k, v] of Object.entries(headers)) lines.push(`${k}: ${v}`);
  socket.end(`${lines.join('\r\n')}\r\n\r\n`);
}

function rawToBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}

/** Wall clock with sub-millisecond resolution (ns, as a float). */
function wallNowNs(): number {
  return (performance.timeOrigin + performance.now()) * 1e6;
}

function isPromise(v: unknown): v is Promise<void> {
  return typeof v === 'object' && v !== null && typeof (v as Promise<void>).then === 'function';
}

function truncateUtf8(s: string, maxBytes: number): string {
  const b = Buffer.from(s);
  if (b.length <= maxBytes) return s;
  return b.subarray(0, maxBytes - 3).toString('utf8').replace(/\uFFFD$/, '') + '...';
}
