/**
 * The collector process: the agents' ingest (collector/ingest.ts) and the HTTP API on one
 * server, events into the correlator, traces and flows into the store, agents' snapshots and
 * one other source (lab, file, Kubernetes API) into the topology model, agents' loss reports
 * into the correlator so incomplete traces can say where events were lost.
 */
import type { PacketEvent } from '../common/event.js';
import { UserError } from '../common/errors.js';
import { childLog } from '../common/log.js';
import { readLabState } from '../lab/state.js';
import { CollectorApi } from './api.js';
import { Correlator, type CorrelatorOptions } from './correlate/correlator.js';
import type { OtlpExportOptions } from './export/otlp.js';
import { OtlpExportThread } from './export/otlp-thread.js';
import type { SpanLinkTarget } from './export/otlp-spans.js';
import { IngestServer, type AgentHealth } from './ingest.js';
import { SessionManager } from './sessions.js';
import { TraceStore } from './store.js';
import type { Trace } from './trace-model.js';
import { KubernetesTopologySource, loadKubeConfig } from './topology/informers.js';
import { fromLabTopology } from './topology/lab.js';
import { TopologyModel } from './topology/model.js';
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
  tokens?: string[];
  /** HTTPS/wss with this PEM certificate and key (agents then connect with --ca). */
  tls?: { cert: string | Buffer; key: string | Buffer };
  maxTraces?: number;
  correlator?: Omit<CorrelatorOptions, 'topology' | 'onTrace' | 'onFlow'>;
  tickMs?: number;
  /** Send every finished trace to an OTLP/HTTP endpoint (collector/export/otlp.ts). */
  otlp?: Omit<OtlpExportOptions, 'registry' | 'links'>;
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
  otlp?: OtlpExportThread;
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

  const store = new TraceStore(opts.maxTraces ?? 20_000, opts.maxTraces ?? 20_000);
  // Filled in below: the correlator's callbacks and the API need parts made after them.
  const late: { sessions?: SessionManager; ingest?: IngestServer; otlp?: OtlpExportThread } = {};
  const correlator = new Correlator({
    ...opts.correlator,
    topology,
    onTrace: (t, flow) => {
      store.addTrace(t);
      late.sessions?.offer(t, flow);
      late.otlp?.offer(t);
    },
    onFlow: (f) => store.upsertFlow(f),
  });
  // The API owns the HTTP server; the ingest shares it on its own path (/v1/agents).
  const api = new CollectorApi({
    store,
    topology,
    agents: { listAgents: () => late.ingest?.listAgents() ?? [] },
    stats: () => ({ ...correlator.stats }),
    ...(opts.host !== undefined ? { host: opts.host } : {}),
    ...(opts.port !== undefined ? { port: opts.port } : {}),
    ...(opts.tls ? { tls: opts.tls } : {}),
  });
  const ingest = new IngestServer({
    server: api.server,
    ...(opts.tokens ? { tokens: opts.tokens } : {}),
    onBatch: (_agent, events: PacketEvent[]) => {
      for (const e of events) correlator.push(e);
    },
  });
  late.ingest = ingest;
  if (opts.otlp) {
    // Spans, protobuf and HTTP run in a worker thread: the event loop only hands traces over.
    late.otlp = new OtlpExportThread({ ...opts.otlp, registry: api.metrics });
    const shown = new URL(late.otlp.url);
    shown.username = '';
    shown.password = ''; // the viewer names the backend, never its credentials
    api.attach({ otlpEndpoint: shown.toString() });
  }
  const sessions = new SessionManager(
    topology,
    (start) => ingest.startSession('all', start),
    (id) => void ingest.stopSession(id),
  );
  late.sessions = sessions;
  api.attach({ sessions, registries: [ingest.metrics] });

  ingest.on('session-ack', (agentId, ack) => sessions.acknowledge(ack.sessionId, agentId, ack));
  ingest.on('agent-connected', (a) => correlator.setAgent(a.node, true));
  ingest.on('agent-disconnected', (a) => correlator.setAgent(a.node, false));
  ingest.on('snapshot', (agentId, snap) => {
    const { data, problems } = fromSnapshot(snap);
    if (problems.length > 0) log.warn({ agentId, problems }, 'agent snapshot partly unreadable');
    topology.setSource(`snapshot:${snap.node}`, data);
  });

  const lossSeen = new Map<string, number>();
  const tick = setInterval(() => {
    correlator.tick(BigInt(Date.now()) * 1_000_000n);
    for (const a of ingest.listAgents()) {
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
    ...(late.otlp ? { otlp: late.otlp } : {}),
    async close() {
      clearInterval(tick);
      sessions.close();
      await k8s?.stop();
      correlator.flush();
      // The traces the flush just finished go out too, within a bounded wait.
      await late.otlp?.shutdown();
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
export function flowLinks(store: TraceStore, t: Trace): SpanLinkTarget[] {
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
