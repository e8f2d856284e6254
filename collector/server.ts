/**
 * The collector process: the agents' ingest (collector/ingest.ts) and the HTTP API on one
 * server, events into the correlator, traces and flows into the store, agents' snapshots and
 * one other source (lab, file, Kubernetes API) into the topology model, agents' loss reports
 * into the correlator so incomplete traces can say where events were lost.
 */
import { Counter, Gauge, Registry } from 'prom-client';
import type { PacketEvent } from '../common/event.js';
import { createHttpServerFor } from '../common/listen.js';
import { UserError } from '../common/errors.js';
import { childLog } from '../common/log.js';
import { readLabState } from '../lab/state.js';
import { CollectorApi } from './api.js';
import { combineStats, Correlator, type CorrelatorOptions, type NodeLocalStats } from './correlate/correlator.js';
import type { OtlpExportOptions } from './export/otlp.js';
import type { OtlpExport } from './export/otlp-start.js';
import type { SpanLinkTarget } from './export/otlp-spans.js';
import { IngestServer, type AgentHealth } from './ingest.js';
import { LoopHealth } from './loop-health.js';
import { TurnBudget } from './turn-budget.js';
import { LatencyProbe, traceTimingEnabled } from './latency-probe.js';
import { SessionManager } from './sessions.js';
import { TraceStore } from './store.js';
import type { Trace } from './trace-model.js';
import { KubernetesTopologySource, loadKubeConfig } from './topology/informers.js';
import { fromLabTopology } from './topology/lab.js';
import { ChainAuthenticator, FileAuthenticator, generateAuth, KubernetesAuthenticator, type AuthFile, type Authenticator } from './auth.js';
import { StateStore } from './persist.js';
import type { SessionLimits } from './sessions.js';
import { TopologyModel } from './topology/model.js';
import { AgentTopologyFeed, type AgentTopology } from './topology/agent-feed.js';
import { fromSnapshot } from './topology/snapshot.js';
import { loadTopologyFile } from './topology/static-file.js';

const log = childLog('collector');

export type TopologySourceSpec =
  | { kind: 'none' }
  | { kind: 'lab'; name: string }
  | { kind: 'file'; path: string; vpcCidrs?: string[] }
  | { kind: 'kubernetes'; kubeconfig?: string; inCluster?: boolean; vpcCidrs?: string[] };

export interface CollectorServerOptions {
  host?: string;
  port?: number;
  topology: TopologySourceSpec;
  /**
   * Who may call the API and connect as an agent. Absent: tokens are generated for this run (one
   * all-namespace user, one agent per node the static topology knows) and returned as
   * RunningCollector.generatedAuth. 'none' turns authentication off (explicitly only).
   */
  auth?: AuthSetup | 'none';
  /** HTTPS/wss with this PEM certificate and key (agents then connect with --ca). */
  tls?: { cert: string | Buffer; key: string | Buffer };
  maxTraces?: number;
  correlator?: Omit<CorrelatorOptions, 'topology' | 'onTrace' | 'onFlow'>;
  tickMs?: number;
  /** After a restart (an agent resumed), how long the other nodes' agents are waited for (default 10 s). */
  agentGraceMs?: number;
  /** Per-agent ingest rate limit; default 50,000 events/s with a 100,000-event burst (bench/README). false: none. */
  rateLimit?: { eventsPerSecond: number; burstEvents?: number } | false;
  sessionLimits?: SessionLimits;
  /** Milliseconds the correlator works on a batch between yields to the event loop (default INGEST_SLICE_MS). */
  ingestSliceMs?: number;
  /** Largest agent frame (default DEFAULT_MAX_BATCH_BYTES); a bigger one closes that connection (1009, counted). */
  maxBatchBytes?: number;
  maxStreamClients?: number;
  maxStreamBufferBytes?: number;
  metricsNeedToken?: boolean;
  allowedHosts?: string[];
  allowedOrigins?: string[];
  /** Keep sessions and traces here across restarts (collector/persist.ts). */
  stateDir?: string;
  stateMaxBytes?: number;
  /**
   * What agents ship (issue 11): 'segments' — agents that can correlate on their node get the
   * topology and ship node-local segments, the collector stitches them; 'raw' — every agent ships
   * raw events (debugging: `agent --stdout` shows the same). Default 'segments'.
   */
  agentData?: 'raw' | 'segments';
  /**
   * Send every finished trace to an OTLP/HTTP endpoint (collector/export/otlp.ts), from a niced
   * process of its own (default) or a worker thread (collector/export/otlp-start.ts).
   */
  otlp?: Omit<OtlpExportOptions, 'registry' | 'links'> & { runIn?: 'process' | 'thread' };
}

export interface AuthSetup {
  file?: AuthFile;
  kubernetes?: { kubeconfig?: string; inCluster?: boolean; agentAudience: string; agentServiceAccount: string };
}

/** The events/s an agent at full tilt delivers is about 42k (bench/README, agent events): a real agent stays under the default. */
/**
 * How long the correlator works on one batch before the event loop gets a turn: slices are cut
 * by time, not count, so a slow moment (a loaded node, a cold JIT) cannot make a slice long.
 */
export const INGEST_SLICE_MS = 10;

/** The event time an agent's watermark moves the correlator by in one step (at least; see onBatch). */
export const WATERMARK_STEP_NS = 10e6;

/**
 * The agents seal a batch once it reaches 256 KiB (agent/uplink.ts: at most one event and the
 * frame header more); 288 KiB is the largest frame taken. Decoding a frame and converting its
 * events is one synchronous step (tens of milliseconds per 256 KiB), so this bound is also what
 * bounds that step; the correlator's share is sliced.
 */
export const DEFAULT_MAX_BATCH_BYTES = 288 * 1024;
/** After a restart (an agent resumed), how long the other nodes' agents are waited for; an agent that reaches a collector older than Welcome waits longer for its topology (agent/reconnect-mode.ts). */
export const DEFAULT_AGENT_GRACE_MS = 10_000;

export const DEFAULT_RATE_LIMIT = { eventsPerSecond: 50_000, burstEvents: 100_000 };

function makeAuthenticator(setup: AuthSetup): Authenticator {
  const sources: Authenticator[] = [];
  if (setup.file) sources.push(new FileAuthenticator(setup.file));
  if (setup.kubernetes) {
    const k = setup.kubernetes;
    sources.push(new KubernetesAuthenticator(loadKubeConfig(k), { agentAudience: k.agentAudience, agentServiceAccount: k.agentServiceAccount }));
  }
  if (sources.length === 0) throw new UserError('no authentication source: give an auth file, Kubernetes authentication, or turn authentication off explicitly');
  return sources.length === 1 ? sources[0]! : new ChainAuthenticator(sources);
}

export interface RunningCollector {
  url: string;
  ingestUrl: string;
  api: CollectorApi;
  ingest: IngestServer;
  correlator: Correlator;
  store: TraceStore;
  topology: TopologyModel;
  sessions: SessionManager;
  /** The tokens made for this run when no auth was given. */
  generatedAuth?: AuthFile;
  state?: StateStore;
  otlp?: OtlpExport;
  close(): Promise<void>;
}

/**
 * Events an agent lost in all, cumulative: dropped by the kernel buffer or the agent's queue,
 * unparsable bpftrace lines, events the agent could not encode, rate-limited or unreadable at
 * ingest. Every one is an event some trace may miss.
 */
export function lossOf(a: Pick<AgentHealth, 'loss'>): number {
  const l = a.loss;
  return l.agent.bpfLost + l.agent.queueDroppedEvents + l.agent.parseErrors + l.agent.encodeErrors + l.rateLimitedEvents + l.invalidEvents;
}

export async function startCollector(opts: CollectorServerOptions): Promise<RunningCollector> {
  const topology = new TopologyModel();
  let k8s: KubernetesTopologySource | undefined;
  const src = opts.topology;
  if (src.kind === 'lab') {
    const state = readLabState(src.name);
    if (!state) throw new UserError(`lab "${src.name}" is not up (no state); start it with: packetlife lab up`);
    topology.setSource('lab', fromLabTopology(state.topology, state));
  } else if (src.kind === 'file') {
    topology.setSource('file', loadTopologyFile(src.path, src.vpcCidrs).data);
  }

  let generatedAuth: AuthFile | undefined;
  let auth: Authenticator | 'none';
  if (opts.auth === 'none') auth = 'none';
  else if (opts.auth) auth = makeAuthenticator(opts.auth);
  else {
    generatedAuth = generateAuth(topology.data().nodes.map((n) => n.name));
    auth = new FileAuthenticator(generatedAuth);
  }

  const maxTraces = opts.maxTraces ?? 20_000;
  const store = new TraceStore(maxTraces, maxTraces);
  const state = opts.stateDir ? new StateStore(opts.stateDir, { ...(opts.stateMaxBytes ? { maxBytes: opts.stateMaxBytes } : {}) }) : undefined;
  const kept = state?.load(maxTraces);
  if (kept) {
    for (const t of kept.traces) store.addTrace(t);
    for (const f of kept.flows) store.upsertFlow(f);
    log.info({ dir: state!.dir, traces: kept.traces.length, flows: kept.flows.length, sessions: kept.sessions.length, skippedLines: kept.skippedLines }, 'state restored');
  }
  // One server for the API and the ingest (/v1/agents), made here and handed to both. The parts
  // are made in the order they need each other; the one cycle (events in → correlator → traces
  // out → sessions → agents) closes through the ingest's onBatch, which runs only once listening.
  const server = createHttpServerFor(opts.tls);
  const exportMetrics = new Registry();
  const topologyMetrics = new Registry();
  // Where the event loop's time goes (collector/loop-health.ts): served on /metrics.
  const health = new LoopHealth();
  // One budget per event-loop turn for all agents' frames and their correlation (collector/turn-budget.ts).
  const budget = new TurnBudget(opts.ingestSliceMs ?? INGEST_SLICE_MS);
  /** Per node, the watermark the correlator has been given (it moves in steps: see onBatch). */
  const advanced = new Map<string, number>();
  // Spans, protobuf and HTTP run in a niced process of their own: the event loop only hands traces over.
  // Loaded only when exporting: the OpenTelemetry packages cost a collector that does not export nothing.
  const otlp = opts.otlp ? await (await import('./export/otlp-start.js')).startOtlpExport({ ...opts.otlp, registry: exportMetrics }) : undefined;
  // Node-local correlation: the topology agents name their segments with, made once per topology
  // version in parts that fit a big cluster (collector/topology/agent-feed.ts); the agents'
  // per-node counters, added to the correlator's in /api/stats.
  const topologyFeed = new AgentTopologyFeed(topology, {
    // built at start and when the tick sees a change; each built version goes to every agent
    onReady: () => ingest.pushTopology(),
    onError: (err) => log.error({ err: String(err) }, 'topology for the agents could not be compressed'),
  });
  const segmentTopology = (a: { node: string; parts: boolean; holds?: number }): AgentTopology | undefined => topologyFeed.forAgent(a.node, a.parts, a.holds);
  const agentCounters = new Map<string, NodeLocalStats>();
  // Benchmarks only: each trace says where its latency went.
  const probe = traceTimingEnabled() ? new LatencyProbe() : undefined;
  const ingest = new IngestServer({
    server,
    auth,
    maxPayloadBytes: opts.maxBatchBytes ?? DEFAULT_MAX_BATCH_BYTES,
    timeSlice: (area, fn) => health.time(area, fn),
    ...(opts.rateLimit !== false ? { rateLimit: opts.rateLimit ?? DEFAULT_RATE_LIMIT } : {}),
    ...((opts.agentData ?? 'segments') === 'segments' ? { segmentTopology } : {}),
    onBatch: (agent, events: PacketEvent[], _seq, meta) => {
      const node = agent.node;
      if (meta.watermarkNs > 0) {
        windowedLoss.add(node);
        correlator.useWatermarks(node);
      }
      // Loss first: the traces the watermark finishes must already know what was lost.
      for (const w of meta.lost) correlator.reportLossWindow(node, w.fromNs, w.toNs, w.events, w.cause);
      if (meta.segmentCounters) agentCounters.set(node, meta.segmentCounters);
      // Segments (the agent closed them on its watermark: stitched before that watermark moves the
      // node), then raw events, go to the correlator in slices cut by time, yielding to the event
      // loop between them, so /healthz, the API and other agents are answered meanwhile; the
      // ingest holds this agent's next frames (and the ack) until the last slice is in. The slices
      // share the turn's budget with the ingest's decoding and the other agents' batches. Another
      // agent's frame in between cannot give up on what this one still holds: an end awaited from
      // this node waits for this node's watermark, which moves only after the last slice.
      const segments = meta.segments;
      let k = 0;
      let i = 0;
      const pending = (): boolean => k < segments.length || i < events.length;
      const pushFor = (): void =>
        health.time('correlate', () => {
          const until = budget.deadline();
          // the clock is read every 16 segments or 64 events: a slice overshoots by at most that
          while (k < segments.length) {
            const end = Math.min(segments.length, k + 16);
            for (; k < end; k++) {
              const sg = segments[k]!;
              probe?.pushed(sg, meta.sentNs, meta.receivedNs);
              correlator.pushSegment(sg);
            }
            if (performance.now() >= until) return;
          }
          while (i < events.length) {
            const end = Math.min(events.length, i + 64);
            for (; i < end; i++) correlator.push(events[i]!);
            if (performance.now() >= until) break;
          }
        });
      // The watermark moves in steps of event time, each closing the chains and finishing the
      // traces it passed, so a big move (a busy interval, a backlog) is cut into slices too; an
      // intermediate watermark is as true as the last (the agent passed it). Stall detection
      // sees each step with the lag the agent reported.
      let observed = false;
      const advanceStep = (): boolean => {
        if (!observed) {
          observed = true;
          health.observeBatch(meta.sentNs, meta.watermarkNs);
        }
        const target = meta.watermarkNs;
        if (target <= 0) return true;
        return health.time('watermark', () => {
          let cur = advanced.get(node) ?? 0;
          if (cur === 0 || target <= cur) {
            correlator.advanceWatermark(node, target, meta.sentNs);
            advanced.set(node, Math.max(cur, target));
            return true;
          }
          const step = Math.max(WATERMARK_STEP_NS, (target - cur) / 100);
          const until = budget.deadline();
          while (cur < target) {
            const next = Math.min(target, cur + step);
            correlator.advanceWatermark(node, next, meta.sentNs > 0 ? meta.sentNs - (target - next) : meta.sentNs);
            cur = next;
            advanced.set(node, cur);
            if (cur < target && performance.now() >= until) return false;
          }
          return true;
        });
      };
      if (pending() && !budget.spent()) pushFor();
      if (!pending() && !budget.spent() && advanceStep()) return;
      return (async () => {
        for (;;) {
          await new Promise<void>((r) => setImmediate(r));
          if (pending()) pushFor();
          if (!pending() && !budget.spent() && advanceStep()) break;
        }
      })();
    },
  });
  if ((opts.agentData ?? 'segments') === 'segments') topologyFeed.refresh();
  const sessions = new SessionManager(
    topology,
    (start) => ingest.startSession('all', start),
    (id) => void ingest.stopSession(id),
    opts.sessionLimits,
  );
  sessions.agentSampleOneIn = () => ingest.agentSampleOneIn();
  sessions.agentsWithoutSampling = () => ingest.agentsWithoutSampling();
  ingest.on('agent-sampling', () => sessions.agentSamplingChanged());
  ingest.on('agent-disconnected', () => sessions.agentSamplingChanged());
  if (state) {
    for (const s of kept?.sessions ?? []) sessions.restore(s);
    sessions.onChange = (_s, what) => {
      state.saveSessions(() => sessions.list());
      // a new or ended session is on disk at once (an agent must not be told to stop a session
      // the next collector should continue); matched traces follow within 2 s
      if (what !== 'matched') state.flush(true);
    };
  }
  const correlator = new Correlator({
    ...(probe ? { probe } : {}),
    // Every lab node is a netns of this machine's kernel: one clock.
    ...(src.kind === 'lab' ? { sharedClock: () => true } : {}),
    ...opts.correlator,
    topology,
    onTrace: (t, flow) =>
      health.time('emit', () => {
        health.observeTrace(Number(t.startNs));
        const sampledOneIn = sessions.samplingOf(t, flow);
        if (sampledOneIn > 1) t.sampledOneIn = sampledOneIn;
        store.addTrace(t);
        state?.addTrace(t);
        sessions.offer(t, flow);
        otlp?.offer(t);
      }),
    onFlow: (f) => {
      store.upsertFlow(f);
      state?.upsertFlow(f);
    },
  });
  let otlpEndpoint: string | undefined;
  if (otlp) {
    const shown = new URL(otlp.url);
    shown.username = '';
    shown.password = ''; // the viewer names the backend, never its credentials
    otlpEndpoint = shown.toString();
  }
  const api = new CollectorApi({
    server,
    store,
    topology,
    agents: ingest,
    sessions,
    extraRegistries: [ingest.metrics, exportMetrics, health.registry, topologyMetrics],
    timeSlice: (area, fn) => health.time(area, fn),
    stats: () => ({ ...combineStats(correlator.stats, agentCounters.values()) }),
    ...(otlpEndpoint ? { otlpEndpoint } : {}),
    ...(opts.host !== undefined ? { host: opts.host } : {}),
    ...(opts.port !== undefined ? { port: opts.port } : {}),
    ...(opts.tls ? { tls: opts.tls } : {}),
    auth,
    ...(opts.maxStreamClients !== undefined ? { maxStreamClients: opts.maxStreamClients } : {}),
    ...(opts.maxStreamBufferBytes !== undefined ? { maxStreamBufferBytes: opts.maxStreamBufferBytes } : {}),
    ...(opts.metricsNeedToken ? { metricsNeedToken: true } : {}),
    ...(opts.allowedHosts ? { allowedHosts: opts.allowedHosts } : {}),
    ...(opts.allowedOrigins ? { allowedOrigins: opts.allowedOrigins } : {}),
  });

  ingest.on('session-ack', (agentId, ack) => sessions.acknowledge(ack.sessionId, agentId, ack));
  let restartSeen = false;
  ingest.on('agent-connected', (a) => {
    correlator.setAgent(a.node, true);
    // An agent resuming past batch 1 has a history this process never saw: the collector was
    // restarted (or the agent's link broke). The agents of the other nodes are re-dialling and
    // will resend their queues: until they had time to, nothing gives up waiting for them.
    if (a.lastSeq > 0 && !restartSeen) {
      restartSeen = true;
      correlator.expectAgents(topology.nodeNames(), (Date.now() + (opts.agentGraceMs ?? DEFAULT_AGENT_GRACE_MS)) * 1e6);
    }
  });
  ingest.on('agent-disconnected', (a) => correlator.setAgent(a.node, false));
  // What the agents' snapshots do to the model, and its version (a new version goes to every agent).
  const snapshotsOffered = new Counter({ name: 'packetlife_topology_snapshots_total', help: 'Agents\' node snapshots offered to the topology model, by what they did (unchanged: nothing; rebuilt, rebuilding or deferred: a change, merged at once, in slices over the next turns of the event loop, or with others shortly after)', labelNames: ['result'], registers: [topologyMetrics] });
  for (const result of ['unchanged', 'rebuilt', 'rebuilding', 'deferred']) snapshotsOffered.inc({ result }, 0);
  new Gauge({ name: 'packetlife_topology_version', help: 'The topology model\'s version: it moves when what it says changes', registers: [topologyMetrics], collect() { this.set(topology.version); } });
  ingest.on('snapshot', (agentId, snap) => {
    const { data, problems } = fromSnapshot(snap);
    if (problems.length > 0) log.warn({ agentId, problems }, 'agent snapshot partly unreadable');
    // every 30 s from every agent, nearly always the same: no rebuild, no new version for the agents
    snapshotsOffered.inc({ result: topology.offerSource(`snapshot:${snap.node}`, data) });
  });

  const windowedLoss = new Set<string>();
  const lossSeen = new Map<string, number>();
  let topologySent = topology.version;
  const tick = setInterval(() => {
    health.time('tick', () => correlator.tick(BigInt(Date.now()) * 1_000_000n));
    // A changed topology reaches the agents that name segments with it, at most once a tick.
    if ((opts.agentData ?? 'segments') === 'segments' && topology.version !== topologySent) {
      topologySent = topology.version;
      topologyFeed.refresh(); // pushes when built
    }
    for (const a of ingest.listAgents()) {
      // Agents that send watermarks send their loss with its time window, in the batches.
      if (windowedLoss.has(a.node)) continue;
      const total = lossOf(a);
      const prev = lossSeen.get(a.agentId) ?? 0;
      if (total > prev) correlator.reportLoss(a.node, total - prev);
      lossSeen.set(a.agentId, total);
    }
  }, opts.tickMs ?? 500);
  tick.unref();

  if (src.kind === 'kubernetes') {
    k8s = new KubernetesTopologySource(topology, loadKubeConfig(src), { ...(src.vpcCidrs ? { vpcCidrs: src.vpcCidrs } : {}) });
    await k8s.start();
  }
  const { url } = await api.listen();
  log.info({ url, topology: src.kind }, 'collector listening');
  return {
    url,
    ingestUrl: `${url.replace(/^http/, 'ws')}/v1/agents`,
    api,
    ingest,
    correlator,
    store,
    topology,
    sessions,
    ...(generatedAuth ? { generatedAuth } : {}),
    ...(state ? { state } : {}),
    ...(otlp ? { otlp } : {}),
    async close() {
      clearInterval(tick);
      health.close();
      // without a state dir nothing survives: end the sessions so the agents stop them now;
      // with one they are kept and continued by the next collector
      sessions.close({ endSessions: !state });
      await k8s?.stop();
      correlator.flush();
      if (state) state.saveSessions(() => sessions.list());
      state?.close();
      // The traces the flush just finished go out too, within a bounded wait.
      await otlp?.shutdown();
      await ingest.close();
      await api.close();
    },
  };
}

/**
 * What a trace's root span links to, from the store: the first packet of its flow (the
 * connection's opener) and, for a reply, the latest request of the flow that started before it
 * (the packet it answers). The exporter itself keeps the same from the traces it sees
 * (export/otlp.ts FlowLinker); this one serves tests and benchmarks that hold a store.
 */
export function flowLinks(store: TraceStore, t: Pick<Trace, 'id' | 'flowId' | 'direction' | 'startNs'>): SpanLinkTarget[] {
  const ids = store.getFlow(t.flowId)?.traceIds ?? [];
  const out: SpanLinkTarget[] = [];
  if (ids[0] !== undefined && ids[0] !== t.id) out.push({ traceId: ids[0], kind: 'flow-first' });
  if (t.direction === 'reply') {
    const start = BigInt(t.startNs);
    let best: Trace | undefined;
    for (const id of ids) {
      const o = store.getTrace(id);
      if (!o || o.direction !== 'request' || BigInt(o.startNs) > start) continue;
      if (!best || BigInt(o.startNs) >= BigInt(best.startNs)) best = o;
    }
    if (best) {
      const i = out.findIndex((l) => l.traceId === best.id);
      if (i >= 0) out.splice(i, 1);
      out.push({ traceId: best.id, kind: 'request' });
    }
  }
  return out;
}
