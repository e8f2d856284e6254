/**
 * `packetlife demo`, the orchestration: a lab, the collector (in this process, on an ephemeral
 * loopback port), one real agent process per lab node over WebSocket, one trace session over the
 * whole lab, each claim's experiment driven in the lab, the claims verified from the traces the
 * collector made and from the lab's live state, and everything torn down again — also after an
 * error or Ctrl-C (the CLI calls `teardown()` from its signal handler).
 *
 * Only what this run made is removed: the lab only if this run created it, the agents it spawned
 * (by pid, with their bpftrace), the collector it started.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { UserError } from '../common/errors.js';
import { driveClaimTraffic } from '../claims/drive.js';
import { evaluateClaims, stateSubjects } from '../claims/engine.js';
import { loadClaims, type Claim } from '../claims/schema.js';
import { namesFromLabTopology } from '../claims/names.js';
import type { ClaimResult } from '../claims/result.js';
import { collectState } from '../claims/state.js';
import { LabStateSource } from '../claims/state-lab.js';
import { collectTraces, StoreTraceSource } from '../claims/traces.js';
import { startCollector, type RunningCollector } from '../collector/server.js';
import { removeGeneratedTokens, writeGeneratedTokens } from '../collector/generated-tokens.js';
import { generatedUserTokenFile } from '../common/client-token.js';
import type { Trace } from '../collector/trace-model.js';
import { labDown, labUp, checkLabName } from '../lab/lab.js';
import { labPrefix } from '../lab/naming.js';
import { packageRoot } from '../lab/processes.js';
import { loadTopology, type LabTopology } from '../lab/topology.js';
import { listNetns } from '../lab/run.js';
import { packetlife } from '../proto/generated/packetlife.js';
import { logTail, runningBpftrace, spawnAgents, stopAgents, type AgentProcess } from './agents.js';
import { pickWalks, type Walk } from './walks.js';

const STEPS = 8;

export interface DemoOptions {
  name: string;
  topologyFile?: string;
  claimsFile?: string;
  /** One progress line (already prefixed with the step). */
  progress: (line: string) => void;
}

export interface AgentSummary {
  node: string;
  pid: number;
  events: number;
  loss: { bpfLost: number; queueDropped: number; rateLimited: number; invalid: number; gapBatches: number };
}

export interface DemoReport {
  lab: string;
  collector: string;
  /** The collector's user token (generated for this run; the local CLI finds it by itself). */
  tokenFile: string;
  agents: AgentSummary[];
  claims: ClaimResult[];
  walks: Walk[];
  /** The walks' traces (request, then reply, walk by walk). */
  traces: Trace[];
  passed: number;
  failed: number;
  inconclusive: number;
  /** Milliseconds per step, and in all. */
  timings: Record<string, number>;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** How long each wait may take on a loaded 2-core machine before the demo gives up, naming what it waited for. */
const AGENTS_CONNECT_TIMEOUT_MS = 30_000;
const SESSION_ATTACH_TIMEOUT_MS = 30_000;
const SESSION_STOP_TIMEOUT_MS = 5_000;
/** After the last experiment: wait for the agents' events to stop arriving (quiet this long)... */
const SETTLE_QUIET_MS = 700;
/** ...and every node's watermark this far past the end of the traffic (the agents' segments are shipped)... */
const SETTLE_WATERMARK_MARGIN_NS = 500e6;
/** ...but no longer than this (something in the lab may keep talking). */
const SETTLE_MAX_MS = 8_000;

/** The lab-wide session: every TCP, UDP and ICMP packet in the agents' scope (the lab's netns). */
function labWideSession(id: string): packetlife.v1.IStartSession {
  const proto = (ipProto: number): packetlife.v1.IFilterExpr => ({ proto: { ipProto } });
  return { sessionId: id, filter: { expr: { or: { terms: [proto(6), proto(17), proto(1)] } } }, maxPackets: 0, maxDurationMs: 0 };
}

/** Every claim's traffic must run somewhere the lab has: say so before anything is built. */
export function checkClaimsFitTopology(claims: Claim[], topology: LabTopology, source: string): void {
  const pods = new Set(topology.pods.map((p) => `pod/${p.namespace}/${p.name}`));
  const nodes = new Set(topology.nodes.map((n) => `node/${n.name}`));
  const missing = claims.filter((c) => c.traffic && !pods.has(c.traffic.runIn) && !nodes.has(c.traffic.runIn));
  if (missing.length > 0) {
    throw new UserError(
      `${missing.length} claims run traffic where ${source} has no such pod or node (${[...new Set(missing.map((c) => c.traffic!.runIn))].join(', ')}, e.g. claim ${missing[0]!.id}); ` +
        'give --claims written for this topology',
    );
  }
}

export class Demo {
  private collector: RunningCollector | undefined;
  private tokenPort: number | undefined;
  private agents: AgentProcess[] = [];
  private labCreated = false;
  private labUpInFlight: Promise<unknown> | undefined;
  private logDir: string | undefined;
  private tearingDown: Promise<void> | undefined;
  private sessionId: string | undefined;
  private step = 0;
  private readonly timings: Record<string, number> = {};
  readonly claims: Claim[];

  constructor(private readonly opts: DemoOptions) {
    checkLabName(opts.name);
    this.claims = loadClaims(opts.claimsFile ?? join(packageRoot(), 'examples', 'eks-claims.yaml'));
    checkClaimsFitTopology(this.claims, loadTopology(opts.topologyFile), opts.topologyFile ?? 'the default topology');
  }

  private async timed<T>(what: string, fn: () => Promise<T>): Promise<T> {
    this.step++;
    this.opts.progress(`[${this.step}/${STEPS}] ${what}`);
    const started = Date.now();
    try {
      return await fn();
    } finally {
      this.timings[what.split(':')[0]!] = Date.now() - started;
    }
  }

  private note(line: string): void {
    this.opts.progress(`      ${line}`);
  }

  /** Everything up to the verified claims; the lab, agents and collector are still running after it. */
  async run(): Promise<DemoReport> {
    const began = Date.now();
    const name = this.opts.name;
    if (process.getuid?.() !== 0) throw new UserError('packetlife demo needs root (it builds network namespaces and runs bpftrace): run it with sudo');
    const cli = join(packageRoot(), 'dist', 'cli.js');

    const lab = await this.timed(`lab up: building lab "${name}" from ${this.opts.topologyFile ?? 'the default topology'}`, async () => {
      if ((await listNetns()).some((n) => n.startsWith(labPrefix(name)))) {
        throw new UserError(`lab "${name}" is already up (a --keep run?): remove it with "packetlife lab down --name ${name}", or pick another --name`);
      }
      this.labCreated = true;
      const up = labUp({ name, ...(this.opts.topologyFile ? { topologyFile: this.opts.topologyFile } : {}), onProgress: (m) => this.note(m) });
      this.labUpInFlight = up.catch(() => undefined);
      return up;
    });
    const nodes = lab.topology.nodes.map((n) => n.name);

    const collector = await this.timed('collector: starting it on an ephemeral loopback port', async () => {
      // no auth given: the collector generates a user token and one token per lab node, and
      // they are left where the local CLI and each node's agent find them
      this.collector = await startCollector({ host: '127.0.0.1', port: 0, topology: { kind: 'lab', name } });
      this.tokenPort = Number(new URL(this.collector.url).port);
      writeGeneratedTokens(this.tokenPort, this.collector.generatedAuth!);
      this.note(`collector at ${this.collector.url}, agents connect to ${this.collector.ingestUrl}`);
      return this.collector;
    });

    await this.timed(`agents: one process per node (${nodes.join(', ')}), waiting for each to connect`, async () => {
      this.logDir = mkdtempSync(join(tmpdir(), `packetlife-demo-${name}-`));
      this.agents = spawnAgents({ cliScript: cli, lab: name, nodes, collectorUrl: collector.ingestUrl, logDir: this.logDir });
      await this.waitFor(AGENTS_CONNECT_TIMEOUT_MS, 'every agent to connect and send its node snapshot', () => {
        const connected = collector.ingest.listAgents().filter((a) => a.connected && a.snapshot !== null);
        return nodes.every((n) => connected.some((a) => a.node === n));
      });
      for (const a of this.agents) this.note(`agent pid ${a.pid} on ${a.node}: connected (log ${a.logFile})`);
    });

    const sessionId = `demo-${randomUUID()}`;
    this.sessionId = sessionId;
    await this.timed('trace session: every TCP/UDP/ICMP packet in the lab, waiting for bpftrace to attach on every node', async () => {
      const attachStarted = Date.now();
      const pushed = collector.ingest.startSession('all', labWideSession(sessionId));
      if (pushed.length !== nodes.length) throw new Error(`the session reached ${pushed.length} agents, expected ${nodes.length}`);
      await this.waitFor(SESSION_ATTACH_TIMEOUT_MS, 'every agent to attach its bpftrace program', () => {
        const states = collector.ingest.listAgents().filter((a) => a.connected).map((a) => ({ node: a.node, s: a.sessions[sessionId] }));
        const refused = states.find((x) => x.s && !x.s.ok);
        if (refused) throw new Error(`the agent on ${refused.node} refused the trace session: ${refused.s!.error}`);
        return nodes.every((n) => states.some((x) => x.node === n && x.s?.active));
      });
      this.note(`bpftrace attached on ${nodes.length} nodes in ${((Date.now() - attachStarted) / 1000).toFixed(1)} s`);
    });

    const sinceNs = String(BigInt(Date.now()) * 1_000_000n);
    const driven = this.claims.filter((c) => c.traffic);
    const outputs = await this.timed(`experiments: driving the traffic of ${driven.length} claims`, () =>
      driveClaimTraffic(this.claims, name, (claim, run, of) => {
        if (run === 1) this.note(`experiment ${claim.experiment}, ${claim.id}: ${claim.traffic!.command.join(' ')} in ${claim.traffic!.runIn}${of > 1 ? ` ×${of}` : ''}`);
      }),
    );

    const trafficEndNs = Date.now() * 1e6;
    await this.timed('traces: waiting for the last packets to become traces', () => this.settle(nodes, trafficEndNs));

    const results = await this.timed('verify: the claims from the traces and the lab\'s live state', async () => {
      const [state, traces] = await Promise.all([
        collectState(new LabStateSource(name), stateSubjects(this.claims)),
        collectTraces(new StoreTraceSource(collector.store), this.claims, sinceNs),
      ]);
      this.note(`${traces.length} traces since the experiments began; ${collector.store.stats.traces} in the store`);
      return evaluateClaims(this.claims, { traces, state, outputs, names: namesFromLabTopology(lab.topology) });
    });

    const lookup = {
      get: (id: string) => collector.store.getTrace(id),
      ofFlow: (flowId: string) => collector.store.queryTraces({ flowId, limit: 1000 }),
    };
    const walks = pickWalks(results, lookup);
    const traces = walks.flatMap((w) => w.traceIds.map((id) => lookup.get(id)).filter((t): t is Trace => t !== undefined));
    const count = (v: ClaimResult['verdict']): number => results.filter((r) => r.verdict === v).length;
    this.timings.total = Date.now() - began;
    return {
      lab: name,
      collector: collector.url,
      tokenFile: generatedUserTokenFile(this.tokenPort!),
      agents: this.agentSummaries(),
      claims: results,
      walks,
      traces,
      passed: count('pass'),
      failed: count('fail'),
      inconclusive: count('inconclusive'),
      timings: { ...this.timings },
    };
  }

  private agentSummaries(): AgentSummary[] {
    const health = this.collector?.ingest.listAgents() ?? [];
    return this.agents.map((a) => {
      const h = health.find((x) => x.node === a.node && x.connected) ?? health.find((x) => x.node === a.node);
      const l = h?.loss;
      return {
        node: a.node,
        pid: a.pid,
        events: h?.events ?? 0,
        loss: {
          bpfLost: l?.agent.bpfLost ?? 0,
          queueDropped: l?.agent.queueDroppedEvents ?? 0,
          rateLimited: l?.rateLimitedEvents ?? 0,
          invalid: l?.invalidEvents ?? 0,
          gapBatches: l?.gapBatches ?? 0,
        },
      };
    });
  }

  /**
   * Traces complete when their chains go idle and cross-node stitching has waited its window.
   * Wait until the agents' events stop arriving and the correlator holds nothing open, then
   * flush what is left (bounded: lab traffic that never stops must not hold the demo).
   */
  private async settle(nodes: string[], trafficEndNs: number): Promise<void> {
    const collector = this.collector!;
    const started = Date.now();
    let last = -1;
    let quietSince = Date.now();
    for (;;) {
      const events = collector.ingest.listAgents().reduce((n, a) => n + a.events, 0);
      const now = Date.now();
      if (events !== last) {
        last = events;
        quietSince = now;
      }
      // An agent that builds its node's segments holds a chain until its own watermark passes it:
      // quiet at the collector means nothing until every node's watermark is past the traffic.
      const caughtUp = nodes.every((n) => collector.correlator.nodeWatermarkNs(n) >= trafficEndNs + SETTLE_WATERMARK_MARGIN_NS);
      const idle = caughtUp && collector.correlator.stats.chainsOpen === 0 && collector.correlator.stats.tracesPending === 0;
      if (now - quietSince >= SETTLE_QUIET_MS && idle) break;
      if (now - started >= SETTLE_MAX_MS) {
        this.note(`events still arriving after ${SETTLE_MAX_MS / 1000} s: flushing the correlator`);
        break;
      }
      await sleep(100);
    }
    collector.correlator.flush();
    this.note(`${last} events from ${this.agents.length} agents, ${collector.correlator.stats.traces} traces`);
    for (const a of this.agentSummaries()) {
      const lost = Object.entries(a.loss).filter(([, n]) => n > 0);
      if (lost.length > 0) this.note(`agent on ${a.node} lost events: ${lost.map(([k, n]) => `${k} ${n}`).join(', ')}`);
    }
  }

  /**
   * Ends the lab-wide session first, so that each agent stops its bpftrace itself (it waits for
   * the process to exit) while it is still connected, before it is asked to exit. Bounded: an
   * agent that does not stop tracing in time is handled by stopAgents.
   */
  private async endSession(): Promise<void> {
    if (!this.collector || !this.sessionId) return;
    this.collector.ingest.stopSession(this.sessionId);
    const deadline = Date.now() + SESSION_STOP_TIMEOUT_MS;
    while (this.agents.some((a) => a.exited === undefined && runningBpftrace(a).length > 0) && Date.now() < deadline) await sleep(100);
  }

  /** Polls `ready` until it is true; fails early when an agent dies, naming it with its log. */
  private async waitFor(timeoutMs: number, what: string, ready: () => boolean): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const dead = this.agents.find((a) => a.exited !== undefined);
      if (dead) throw new Error(`the agent on ${dead.node} (pid ${dead.pid}) stopped (${dead.exited}) while waiting for ${what}; its log ends:\n${logTail(dead)}`);
      if (ready()) return;
      if (Date.now() > deadline) {
        const tails = this.agents.map((a) => `--- agent ${a.node} (${a.logFile}):\n${logTail(a, 4)}`).join('\n');
        throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}\n${tails}`);
      }
      await sleep(100);
    }
  }

  /**
   * Stops what this run started, in the order that loses nothing: agents first (their bpftrace
   * stops and their queues drain into a collector still listening), then the collector, then the
   * lab (unless `keepLab`). Idempotent: the signal handler and the normal path may both call it.
   */
  teardown(opts: { keepLab?: boolean } = {}): Promise<void> {
    this.tearingDown ??= (async () => {
      const problems: string[] = [];
      this.opts.progress(`[${STEPS}/${STEPS}] tear down: agents, collector${opts.keepLab ? '' : ', lab'}`);
      await this.endSession();
      const killed = await stopAgents(this.agents).catch((err: unknown) => {
        problems.push(`stopping agents: ${String(err)}`);
        return [];
      });
      if (killed.length > 0) this.note(`had to kill (did not stop in time): ${killed.join('; ')}`);
      await this.collector?.close().catch((err: unknown) => problems.push(`closing the collector: ${String(err)}`));
      if (this.tokenPort !== undefined) removeGeneratedTokens(this.tokenPort);
      if (this.labCreated && !opts.keepLab) {
        await this.labUpInFlight; // a lab half-built when Ctrl-C came must be finished before it can be removed whole
        await labDown({ name: this.opts.name }).catch((err: unknown) => problems.push(`lab down: ${String(err)}`));
      }
      if (this.logDir && problems.length === 0 && killed.length === 0) rmSync(this.logDir, { recursive: true, force: true });
      else if (this.logDir) this.note(`agent logs kept in ${this.logDir}`);
      if (problems.length > 0) throw new Error(`tear down incomplete: ${problems.join('; ')}`);
    })();
    return this.tearingDown;
  }
}
