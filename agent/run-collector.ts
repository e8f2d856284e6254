/**
 * `packetlife agent --collector URL`: wires the kernel side (PacketSource) to the uplink.
 * StartSession/StopSession from the collector become PacketSource sessions; the source's
 * events, loss counters and topology snapshots go up. A session the agent cannot run (bad
 * filter, program refused by bpftrace) is acknowledged with ok=false and the reason.
 */
import { readFileSync } from 'node:fs';
import { bootId } from './identity.js';
import { waitForStopSignal } from '../common/signals.js';
import { childLog } from '../common/log.js';
import { PACKETLIFE_VERSION } from '../common/version.js';
import { Uplink } from './uplink.js';
import { PacketSource, type LossWindow, type TraceSession } from './source.js';
import { bigintToLong } from '../proto/codec.js';
import { snapshotToProto, type SnapshotScope } from './snapshot.js';
import { filterFromProto } from '../filter/proto.js';
import { probeCapabilities, type Capabilities } from './capabilities.js';
import type { packetlife } from '../proto/generated/packetlife.js';
import type { PacketEvent } from '../common/event.js';
import type { ProgramTier } from '../bpf/program.js';
import { sampleRateProblem } from '../bpf/sample-hash.js';
import { UserError } from '../common/errors.js';
import { AgentSegments } from './segments.js';
import { RAW_FALLBACK_MS, ReconnectModeWatch } from './reconnect-mode.js';
import { TopologyAssembler } from './topology-update.js';
import { AgentLatencyProbe, agentTimingEnabled } from './latency-probe.js';
import type { Segment } from '../collector/correlate/segment.js';

const log = childLog('agent');

export interface RunAgentOptions {
  url: string;
  scope: SnapshotScope;
  tier: ProgramTier;
  /** The capability probe's result when the caller already has it (sent in Hello). */
  caps?: Capabilities;
  tokenFile?: string;
  caFile?: string;
  /** Matched events per second past which the agent samples on its own (0: no budget). */
  eventBudgetPerS?: number;
}

function toNum(v: number | { toNumber(): number } | null | undefined): number {
  if (v === null || v === undefined) return 0;
  return typeof v === 'number' ? v : v.toNumber();
}

function toDecimal(v: number | { toString(): string }): string {
  return typeof v === 'number' ? String(v) : v.toString();
}

/** A collector's StartSession as a PacketSource session; throws a UserError when malformed. */
export function sessionFromStart(start: packetlife.v1.IStartSession): TraceSession {
  const expr = start.filter?.expr;
  const sampleOneIn = toNum(start.sampleOneIn) || 1;
  const problem = sampleRateProblem(sampleOneIn);
  if (problem) throw new UserError(`session ${start.sessionId ?? ''}: ${problem}`);
  return {
    id: start.sessionId ?? '',
    filter: expr ? filterFromProto(expr) : undefined,
    netnsInodes: (start.filter?.netnsInodes ?? []).map(toDecimal),
    maxPackets: toNum(start.maxPackets),
    maxDurationMs: toNum(start.maxDurationMs),
    ...(sampleOneIn > 1 ? { sampleOneIn } : {}),
  };
}

export async function runAgentWithCollector(opts: RunAgentOptions): Promise<void> {
  const caps = opts.caps ?? (await probeCapabilities());
  const source = new PacketSource({ node: opts.scope.node, scope: opts.scope, tier: opts.tier, eventBudgetPerS: opts.eventBudgetPerS ?? 0 });
  await source.start();
  const uplink = new Uplink({
    url: opts.url,
    hello: {
      agentId: `${opts.scope.node}/${bootId()}/${process.pid}`,
      node: opts.scope.node,
      agentVersion: PACKETLIFE_VERSION,
      capabilities: {
        kernel: caps.kernel,
        bpftraceVersion: caps.bpftraceVersion,
        btf: caps.btf,
        tracefs: caps.tracefs,
        kprobes: caps.kprobes,
        fentry: caps.fentry,
        ringbuf: caps.ringbuf,
        tracepoints: caps.tracepoints,
        tier: opts.tier,
        segments: true,
        // without it the collector takes this agent for an older one that traces every packet of a sampled session
        sampling: true,
        topologyParts: true,
        topologyDeltas: true,
        // the collector's first frame says whether it reads segments (agent/reconnect-mode.ts)
        welcome: true,
      },
      scope: { lab: opts.scope.kind === 'lab' ? opts.scope.lab : '', netnsInodes: source.scopeInodes.map(Number) },
    },
    tokenFile: opts.tokenFile,
    ca: opts.caFile ? readFileSync(opts.caFile) : undefined,
  });
  if (source.snapshot) uplink.setTopology(snapshotToProto(source.snapshot));
  source.on('snapshot', (s: Parameters<typeof snapshotToProto>[0]) => uplink.setTopology(snapshotToProto(s)));
  // Node-local correlation: once the collector sent its topology (it wants segments), events
  // become segments here; each (re)connection starts with raw events until it says so again.
  const segments = new AgentSegments(opts.scope.node);
  let wantSegments = false;
  // Benchmarks only: where the agent's part of packet → trace latency goes.
  const probe = agentTimingEnabled() ? new AgentLatencyProbe(log) : undefined;
  // read when a batch is sealed (50 a second), not for every handful of segments (~100 calls a second, an object each)
  let countersSet = false;
  const shipSegments = (segs: Segment[]): void => {
    if (segs.length === 0) return;
    probe?.segments(segs);
    if (!countersSet) uplink.setSegmentCounters(() => segments.wireCounters());
    countersSet = true;
    uplink.pushSegments(segs);
  };
  // Across a reconnect (a collector restart) the agent keeps correlating — switching would split
  // the packets in flight — unless the collector it reached does not read segments: its Welcome
  // (the first frame) says so at once; an older collector, which sends none, by sending no
  // topology within RAW_FALLBACK_MS of connecting (agent/reconnect-mode.ts says why that long).
  // Then what this node's chains hold goes out as segments, and raw events after.
  const reconnectMode = new ReconnectModeWatch((why) => {
    if (!wantSegments) return;
    if (why === 'welcome') log.warn('the collector does not read segments (its Welcome says so): shipping raw events');
    else log.warn({ waitedMs: RAW_FALLBACK_MS }, 'no topology from the collector since connecting, and no Welcome (an older collector): it does not read segments; shipping raw events');
    wantSegments = false;
    shipSegments(segments.flush());
  }).follow(uplink);
  uplink.on('welcome', (w) => {
    if (w.readsSegments && wantSegments) log.info('the collector reads segments (its Welcome says so): correlating on, its topology follows');
  });
  uplink.on('older-collector', (firstFrame) => {
    if (wantSegments) log.info({ firstFrame, waitMs: RAW_FALLBACK_MS }, 'the collector sent no Welcome (an older collector): raw events if no topology comes within the wait');
  });
  const topologyParts = new TopologyAssembler();
  uplink.on('topology', (t) => {
    // a collector that reads the flat form of segments says so in every topology frame
    uplink.setSegmentColumns(t.segmentColumns === true);
    try {
      const data = topologyParts.take(t);
      if (!data) return; // a cluster part: this node's part follows
      segments.setTopologyData(data);
      if (!wantSegments) log.info({ version: toNum(t.version) }, 'the collector wants segments: correlating on the node');
      wantSegments = true;
    } catch (err) {
      log.error({ err: String(err) }, 'topology from the collector unusable: shipping raw events');
      wantSegments = false;
      shipSegments(segments.flush());
    }
  });
  uplink.on('connected', () => {
    // the collector reached may be an older one: the message form until its topology says otherwise
    uplink.setSegmentColumns(false);
  });
  source.on('events', (events: PacketEvent[]) => {
    probe?.events(events);
    if (wantSegments) shipSegments(segments.push(events));
    else uplink.push(events);
  });
  source.on('watermark', (wallNs: bigint) => {
    probe?.watermarkMoved(wallNs);
    // The segments this watermark closed go into the batch before the watermark does.
    if (segments.active) shipSegments(segments.watermark(Number(wallNs), Date.now() * 1e6));
    uplink.setWatermark(wallNs);
  });
  source.on('sampling', (oneIn: number) => uplink.setSampling(oneIn));
  source.on('loss-window', (w: LossWindow) =>
    uplink.addLossWindow({ fromUnixNs: bigintToLong(w.fromUnixNs), toUnixNs: bigintToLong(w.toUnixNs), events: w.events, cause: w.cause }),
  );
  source.on('loss', (l: ReturnType<PacketSource['loss']>) =>
    uplink.setSourceLoss({ bpfLost: l.bpfLost, parseErrors: l.parseErrors, bpftraceRestarts: l.bpftraceRestarts }),
  );
  source.on('session-active', (ids: string[]) => {
    for (const id of ids) uplink.sendSessionAck({ sessionId: id, ok: true, active: true });
  });
  source.on('session-ended', (e: { id: string }) => uplink.sendSessionAck({ sessionId: e.id, ok: true, active: false }));
  // While bpftrace is down (being restarted) no session is traced: say so; 'session-active'
  // follows when the restarted program is attached.
  source.on('restart', () => {
    for (const id of source.sessionIds) uplink.sendSessionAck({ sessionId: id, ok: true, active: false });
  });
  uplink.on('start-session', (start) => {
    let session: TraceSession;
    try {
      session = sessionFromStart(start);
    } catch (err) {
      uplink.sendSessionAck({ sessionId: start.sessionId, ok: false, error: (err as Error).message });
      return;
    }
    source
      .addSession(session)
      // A session the collector re-sends after a reconnect changes no program, so no
      // 'session-active' follows: acknowledge it here.
      .then(() => uplink.sendSessionAck({ sessionId: session.id, ok: true, active: source.isActive(session.id) }))
      .catch((err: unknown) => {
        log.error({ err: String(err), session: session.id }, 'session refused');
        uplink.sendSessionAck({ sessionId: session.id, ok: false, error: String(err) });
        void source.removeSession(session.id).catch(() => undefined);
      });
  });
  uplink.on('stop-session', (stop) => {
    source.removeSession(stop.sessionId).catch((err: unknown) => log.error({ err: String(err) }, 'stop session failed'));
  });
  // On every (re)connect, say which sessions run here: a collector that no longer knows one
  // (it restarted without it) answers with StopSession, so no bpftrace traces on for no one.
  uplink.on('connected', () => {
    for (const id of source.sessionIds) uplink.sendSessionAck({ sessionId: id, ok: true, active: source.isActive(id) });
  });
  const signal = waitForStopSignal();
  uplink.start();
  const name = await signal.received;
  log.info({ signal: name }, 'stopping: bpftrace first, then draining the uplink');
  await source.stop();
  probe?.stop();
  reconnectMode.stop();
  shipSegments(segments.flush());
  await uplink.stop({ drainMs: 5000 });
  signal.release();
}
