/**
 * PacketSource: the agent's kernel side as one object. The CLI's --stdout mode and the
 * collector-connected mode (agent/run-collector.ts, which wires it to agent/uplink.ts) both
 * drive it.
 *
 *   const source = new PacketSource({ node: 'ip-10-0-0-75', scope: { kind: 'lab', lab: 'default', node: 'ip-10-0-0-75' } });
 *     // scope: { kind: 'node', node } (every netns of this machine, pods from the Kubernetes API)
 *     //      | { kind: 'lab', lab, node } (the lab node's netns and its pods', from the lab state)
 *     //      | { kind: 'netns', node, names } (named netns; the first is the "host")
 *     // options: tier 'tracepoint' | 'kprobe-nat', batchMaxEvents (512), batchMaxDelayMs (50),
 *     //          snapshotIntervalMs (30000; 0 = once), noSnapshot, supervisor (SupervisorOptions)
 *   source.on('events', (events: PacketEvent[]) => ...);      // enriched, in bpftrace order, batched
 *   source.on('loss', (loss: SourceLoss) => ...);             // { bpfLost, parseErrors, bpftraceRestarts }, cumulative, on change
 *   source.on('watermark', (wallNs: bigint) => ...);         // every event stamped earlier has been emitted
 *   source.on('loss-window', (w: LossWindow) => ...);         // loss with the time window it covers
 *   source.on('session-active', (ids: string[]) => ...);      // the program carrying these sessions is attached
 *   source.on('session-ended', (e: { id: string; reason: 'packets' | 'duration' }) => ...);
 *   source.on('snapshot', (s: NodeSnapshot) => ...);          // topology changed (and once in start()); snapshotToProto() for the wire
 *   source.on('restart', (info) => ...);                      // bpftrace died and is being restarted (sessions inactive until 'session-active')
 *   source.on('sampling', (oneIn: number) => ...);            // the agent's own sampling changed (its event budget; 1 = none)
 *   await source.start();                                     // scope + snapshot + names; no bpftrace until a session exists
 *   await source.setSessions([{ id: 's1', filter: parseFilter('tcp and port 80'), maxPackets: 20 }]);
 *   await source.addSession(session); await source.removeSession('s1');
 *   source.loss(); source.scopeInodes; source.sessionIds; source.tracing; source.snapshot; source.flush();
 *   await source.takeSnapshot();                              // a fresh NodeSnapshot
 *   await source.stop();                                      // stops bpftrace and timers, flushes; idempotent
 *
 * Sessions → one bpftrace program: the scope's netns predicate AND (session1 OR session2 ...),
 * all evaluated in the kernel. At most 16 sessions and 64 filter terms together (what the
 * verifier accepts in one program): setSessions rejects more with a UserError and changes
 * nothing. Changing sessions swaps programs without a gap (supervisor.ts); setSessions resolves
 * once the new program is attached, and rejects (keeping the old program) when the new one
 * cannot start. A session ends by itself after maxPackets distinct packets (an skb + IP id + TCP
 * seq seen for the first time; the hops of one packet count once) or maxDurationMs counted from
 * the moment its program is attached; 'session-ended' is emitted and the program is regenerated
 * without it. A session may sample (sampleOneIn, a power of two: 1 packet in N, chosen in the
 * kernel by a hash no hop changes, bpf/sample-hash.ts). With an event budget (eventBudgetPerS),
 * a node whose matched events exceed it samples every session on its own, in power-of-two steps
 * (agent/sampling.ts); each step is a program swap, and 'sampling' says the new rate. Filters
 * come as the typed AST (filter/ast.ts); filter/proto.ts
 * converts from the wire's FilterExpr (filterFromProto), which validates it.
 */
import { EventEmitter } from 'node:events';
import { cpus } from 'node:os';
import type { PacketEvent } from '../common/event.js';
import { childLog } from '../common/log.js';
import { generateProgram, type ProgramTier } from '../bpf/program.js';
import type { FilterExpr } from '../filter/ast.js';
import { matchesFilter } from '../filter/match.js';
import { parseLine } from './parse.js';
import { Enricher } from './enrich.js';
import { MonoClock } from './clock.js';
import { loadDropReasons } from './drop-reasons.js';
import { BpftraceSupervisor, type SupervisorOptions } from './supervisor.js';
import { initialBudgetState, stepBudget, type BudgetState, type BudgetWindows } from './sampling.js';
import { nameBookFromSnapshot, scopeNetnsInodes, takeSnapshot, type NodeSnapshot, type SnapshotScope } from './snapshot.js';

const log = childLog('agent.source');

export interface TraceSession {
  id: string;
  filter?: FilterExpr;
  /** Narrows this session to these netns inodes (decimal) inside the agent's scope. */
  netnsInodes?: string[];
  /** Ends the session after this many distinct packets (0/undefined: unlimited). */
  maxPackets?: number;
  /** Ends the session after this long (0/undefined: unlimited). */
  maxDurationMs?: number;
  /** Traces 1 packet in this many (a power of two; 0/1/undefined: every packet). */
  sampleOneIn?: number;
}

export interface SourceLoss {
  bpfLost: number;
  parseErrors: number;
  bpftraceRestarts: number;
}

/** Events lost in a time window (wall ns); events 0: unknown (nothing was traced then). */
export interface LossWindow {
  fromUnixNs: bigint;
  toUnixNs: bigint;
  events: number;
  cause: string;
}

export interface PacketSourceOptions {
  node: string;
  scope: SnapshotScope;
  tier?: ProgramTier;
  supervisor?: SupervisorOptions;
  /**
   * Emit a batch when this many events are pending (this also bounds what the source holds:
   * 'events' listeners run synchronously, so pending never grows past it)...
   */
  batchMaxEvents?: number;
  /** ...or when the oldest pending event is this old. */
  batchMaxDelayMs?: number;
  /** Snapshot refresh period; 0 disables refreshes after the first one. */
  snapshotIntervalMs?: number;
  /** Skip the topology snapshot (tests with a fake bpftrace). */
  noSnapshot?: boolean;
  /**
   * Matched events per second this node may ship; past it the agent samples on its own (see
   * agent/sampling.ts). 0/undefined: no budget.
   */
  eventBudgetPerS?: number;
  /** How long over (under a quarter of) the budget before the sampling doubles (halves). */
  budgetWindows?: BudgetWindows;
}

/** How often the watermark moves while no program runs, and how far behind the clock. */
const IDLE_WATERMARK_MS = 250;
const IDLE_WATERMARK_TRAIL_NS = 200_000_000n;
/** How many packet keys a session remembers to count distinct packets (bounded). */
const MAX_PACKET_KEYS = 65_536;
/** After a session's last packet, keep it this long so the packet's later hops are traced too. */
const SESSION_END_GRACE_MS = 300;

interface SessionState {
  session: TraceSession;
  packets: Map<string, true>;
  counted: number;
  timer?: NodeJS.Timeout;
  ending: boolean;
}

export class PacketSource extends EventEmitter {
  private readonly supervisor: BpftraceSupervisor;
  private readonly clock = new MonoClock();
  private readonly enricher: Enricher;
  private readonly sessions = new Map<string, SessionState>();
  private pending: PacketEvent[] = [];
  private flushTimer: NodeJS.Timeout | undefined;
  private snapshotTimer: NodeJS.Timeout | undefined;
  private lastSnapshotKey = '';
  private lastSnapshot: NodeSnapshot | undefined;
  private parseErrors = 0;
  /** Route lookups left out because they belong to another netns (see Enricher.plausible). */
  misattributed = 0;
  private inodes: string[] | undefined;
  private applying: Promise<void> = Promise.resolve();
  /** Session ids of the program being started (set before each swap). */
  private startingIds: string[] = [];
  /** Session ids of the attached program: their filters are in the kernel. */
  private activeIds = new Set<string>();
  private stopped = false;
  /** Per CPU, the latest watermark mark read (mono ns); the watermark is their minimum. */
  private marks: bigint[] = [];
  private readonly cpuCount = Math.max(1, cpus().length);
  private watermarkWall = 0n;
  /** Since when (wall ns) nothing has been traced: bpftrace died and is being restarted. */
  private gapSince: bigint | undefined;
  private idleTimer: NodeJS.Timeout | undefined;
  /** Sessions that end after a packet count: without any, events need no packet key. */
  private limitedSessions = 0;
  /** The agent's own sampling (1 in N, a power of two) and the per-second counts that steer it. */
  private budget: BudgetState = initialBudgetState();
  private eventsThisSecond = 0;
  private budgetTimer: NodeJS.Timeout | undefined;
  /** A program swap is in flight (its events may come from both programs). */
  private swapping = false;

  constructor(private readonly opts: PacketSourceOptions) {
    super();
    this.supervisor = new BpftraceSupervisor(opts.supervisor);
    this.enricher = new Enricher(opts.node, this.clock, loadDropReasons());
    this.supervisor.on('line', (line: string) => this.onLine(line));
    this.supervisor.on('lost', (n: number) => {
      // Lost in the kernel buffer: events after what has been read (the watermark) and before now.
      this.lossWindow(n, 'bpftrace lost events');
      this.emit('loss', this.loss());
    });
    this.supervisor.on('restart', (info: unknown) => {
      // Nothing is traced until the restarted program is attached: that gap is loss of an unknown
      // count, reported window by window as the watermark moves through it (see idleWatermark).
      this.gapSince ??= this.watermarkWall > 0n ? this.watermarkWall : this.nowWall();
      this.marks = [];
      this.emit('restart', info);
      this.emit('loss', this.loss());
    });
    this.supervisor.on('ready', (monoNs: bigint | undefined) => {
      if (this.gapSince !== undefined) {
        const to = monoNs !== undefined ? this.clock.toWallNs(monoNs) : this.nowWall();
        const from = this.watermarkWall > this.gapSince ? this.watermarkWall : this.gapSince;
        if (to > from) this.emit('loss-window', { fromUnixNs: from, toUnixNs: to, events: 0, cause: 'bpftrace restart' } satisfies LossWindow);
        this.gapSince = undefined;
      }
      // Only the sessions compiled into the program that just attached are in the kernel now;
      // a session added while that program was starting waits for the next swap.
      this.activeIds = new Set(this.startingIds);
      for (const [id, st] of this.sessions) {
        if (!this.activeIds.has(id)) continue;
        const ms = st.session.maxDurationMs ?? 0;
        if (ms > 0 && !st.timer && !st.ending) st.timer = setTimeout(() => this.endSession(id, 'duration'), ms);
      }
      this.emit('session-active', [...this.activeIds].filter((id) => this.sessions.has(id)));
    });
  }

  /** The netns inodes this agent reports (empty: the whole node). */
  get scopeInodes(): string[] {
    this.inodes ??= scopeNetnsInodes(this.opts.scope);
    return this.inodes;
  }

  get snapshot(): NodeSnapshot | undefined {
    return this.lastSnapshot;
  }

  async start(): Promise<void> {
    this.stopped = false;
    this.idleTimer ??= setInterval(() => this.idleWatermark(), IDLE_WATERMARK_MS);
    this.idleTimer.unref();
    const budget = this.opts.eventBudgetPerS ?? 0;
    if (budget > 0) {
      this.budgetTimer ??= setInterval(() => this.checkBudget(budget), 1000);
      this.budgetTimer.unref();
    }
    void this.scopeInodes; // resolve the scope now: a wrong lab/node fails here, clearly
    if (!this.opts.noSnapshot) {
      await this.refreshSnapshot();
      const every = this.opts.snapshotIntervalMs ?? 30_000;
      if (every > 0) {
        this.snapshotTimer = setInterval(() => {
          this.refreshSnapshot().catch((err: unknown) => log.warn({ err: String(err) }, 'snapshot refresh failed'));
        }, every);
        this.snapshotTimer.unref();
      }
    }
  }

  async takeSnapshot(): Promise<NodeSnapshot> {
    return takeSnapshot(this.opts.scope);
  }

  private async refreshSnapshot(): Promise<void> {
    const snap = await takeSnapshot(this.opts.scope);
    const key = JSON.stringify({ ...snap, takenUnixNs: 0, generation: 0 });
    this.enricher.setNames(nameBookFromSnapshot(snap));
    if (key !== this.lastSnapshotKey) {
      this.lastSnapshotKey = key;
      this.lastSnapshot = snap;
      this.emit('snapshot', snap);
    }
  }

  loss(): SourceLoss {
    return {
      bpfLost: this.supervisor.stats.lost,
      parseErrors: this.parseErrors + this.supervisor.stats.truncatedLines, // a cut-off line is a lost event too
      bpftraceRestarts: this.supervisor.stats.restarts,
    };
  }

  /** The ids of the sessions being traced. */
  get sessionIds(): string[] {
    return [...this.sessions.keys()];
  }

  /** True while a bpftrace program is attached. */
  get tracing(): boolean {
    return this.supervisor.attached;
  }

  /** Whether this session's filter is in the attached kernel program. */
  isActive(id: string): boolean {
    return this.activeIds.has(id) && this.supervisor.attached;
  }

  get supervisorStats(): BpftraceSupervisor['stats'] {
    return this.supervisor.stats;
  }

  async setSessions(sessions: TraceSession[]): Promise<void> {
    // Refuse what cannot become a program (too many sessions or terms) before changing anything.
    if (sessions.length > 0) this.program(sessions);
    const ids = new Set(sessions.map((s) => s.id));
    for (const [id, st] of this.sessions) {
      if (!ids.has(id)) {
        clearTimeout(st.timer);
        this.sessions.delete(id);
      }
    }
    for (const s of sessions) {
      const existing = this.sessions.get(s.id);
      if (existing) {
        existing.session = s;
        continue;
      }
      // The duration clock starts when the program carrying the session is attached (see the
      // 'ready' handler): bpftrace can take seconds to start on a busy node.
      this.sessions.set(s.id, { session: s, packets: new Map(), counted: 0, ending: false });
    }
    this.countLimited();
    await this.apply();
  }

  async addSession(session: TraceSession): Promise<void> {
    await this.setSessions([...[...this.sessions.values()].map((s) => s.session).filter((s) => s.id !== session.id), session]);
  }

  async removeSession(id: string): Promise<void> {
    await this.setSessions([...this.sessions.values()].map((s) => s.session).filter((s) => s.id !== id));
  }

  /** The agent's own sampling: 1 in this many on top of every session's (1: none). */
  get sampleOneIn(): number {
    return this.budget.oneIn;
  }

  /**
   * Once a second: the matched events of the last second against the budget. Doubling or halving
   * is a program swap (bpftrace start-up, about a second), so it happens only after a sustained
   * excess and a long quiet; the next second's count starts over after a change.
   */
  private checkBudget(budget: number): void {
    const n = this.eventsThisSecond;
    this.eventsThisSecond = 0;
    // only while a program traces: a swap's start-up second says nothing about the rate
    if (this.sessions.size === 0 || !this.supervisor.attached || this.swapping) return;
    let finest = Infinity;
    for (const st of this.sessions.values()) finest = Math.min(finest, Math.max(st.session.sampleOneIn || 1, this.budget.oneIn));
    const next = stepBudget(this.budget, n, budget, this.opts.budgetWindows, finest);
    const from = this.budget.oneIn;
    this.budget = next;
    if (next.oneIn === from) return;
    log.warn({ eventsPerS: n, budget, from, to: next.oneIn }, next.oneIn > from ? 'over the event budget: sampling more' : 'well under the event budget: sampling less');
    this.emit('sampling', next.oneIn);
    this.apply().catch((err: unknown) => log.error({ err: String(err) }, 'program swap for sampling failed'));
  }

  private program(sessions: TraceSession[]): string {
    return generateProgram({
      sessions: sessions.map((s) => ({ id: s.id, filter: s.filter, netnsInodes: s.netnsInodes, sampleOneIn: Math.max(s.sampleOneIn || 1, this.budget.oneIn) })),
      netnsInodes: this.scopeInodes,
      tier: this.opts.tier ?? 'tracepoint',
    });
  }

  /** Regenerates and swaps the program; calls are serialized so swaps never interleave. */
  private apply(): Promise<void> {
    const run = async (): Promise<void> => {
      if (this.stopped) return;
      const sessions = [...this.sessions.values()].map((s) => s.session);
      this.startingIds = sessions.map((s) => s.id);
      this.swapping = true;
      try {
        await this.supervisor.setProgram(sessions.length === 0 ? undefined : this.program(sessions));
      } finally {
        this.swapping = false;
        this.eventsThisSecond = 0;
      }
      if (sessions.length === 0) this.activeIds = new Set();
    };
    const next = this.applying.then(run, run);
    this.applying = next.catch(() => undefined);
    return next;
  }

  private countLimited(): void {
    let n = 0;
    for (const st of this.sessions.values()) if ((st.session.maxPackets ?? 0) > 0) n++;
    this.limitedSessions = n;
  }

  private endSession(id: string, reason: 'packets' | 'duration'): void {
    const st = this.sessions.get(id);
    if (!st || st.ending) return;
    st.ending = true;
    clearTimeout(st.timer);
    const finish = (): void => {
      if (this.sessions.get(id) !== st) return;
      this.sessions.delete(id);
      this.countLimited();
      this.flush();
      this.emit('session-ended', { id, reason });
      this.apply().catch((err: unknown) => log.error({ err: String(err) }, 'program swap after session end failed'));
    };
    if (reason === 'packets') setTimeout(finish, SESSION_END_GRACE_MS).unref();
    else finish();
  }

  private countPackets(event: PacketEvent): void {
    const p = event.packet;
    if (!p || (event.kind !== 'receive' && event.kind !== 'transmit') || this.limitedSessions === 0) return;
    const key = `${event.skb}:${p.ipId}:${p.tcpSeq}`;
    for (const [id, st] of this.sessions) {
      const limit = st.session.maxPackets ?? 0;
      if (limit <= 0 || st.ending || st.packets.has(key)) continue;
      if (st.session.netnsInodes?.length && !st.session.netnsInodes.includes(event.netns)) continue;
      if (!matchesFilter(st.session.filter, p)) continue;
      if (st.packets.size >= MAX_PACKET_KEYS) st.packets.delete(st.packets.keys().next().value!);
      st.packets.set(key, true);
      st.counted++;
      if (st.counted >= limit) this.endSession(id, 'packets');
    }
  }

  private nowWall(): bigint {
    return this.clock.toWallNs(process.hrtime.bigint());
  }

  /** `count` events lost after what has been read so far and before now. */
  private lossWindow(count: number, cause: string): void {
    const now = this.nowWall();
    this.emit('loss-window', { fromUnixNs: this.watermarkWall > 0n ? this.watermarkWall : now, toUnixNs: now, events: count, cause } satisfies LossWindow);
  }

  /** The current watermark (wall ns; 0 until every CPU has sent a mark). */
  get watermark(): bigint {
    return this.watermarkWall;
  }

  /**
   * While no program runs (no session asked for one, or bpftrace is being restarted) there are no
   * marks, yet the watermark must move or the collector would wait for this node: nothing can be
   * missing from a time nothing was traced, except in a restart's gap, which is reported as loss
   * window by window. It trails the clock a little: a program that has just attached may have
   * lines in flight from before its 'ready' is seen.
   */
  private idleWatermark(): void {
    if (this.stopped) return;
    const restarting = this.gapSince !== undefined;
    if (this.supervisor.attached || (this.sessions.size > 0 && !restarting)) return;
    const wall = this.nowWall() - IDLE_WATERMARK_TRAIL_NS;
    if (wall <= this.watermarkWall) return;
    if (restarting) {
      const from = this.watermarkWall > this.gapSince! ? this.watermarkWall : this.gapSince!;
      this.emit('loss-window', { fromUnixNs: from, toUnixNs: wall, events: 0, cause: 'bpftrace restart' } satisfies LossWindow);
    }
    this.watermarkWall = wall;
    this.emit('watermark', wall);
  }

  private onMark(monoNs: bigint, cpu: number): void {
    const marks = this.marks;
    const prev = marks[cpu];
    if (prev !== undefined && prev >= monoNs) return;
    marks[cpu] = monoNs;
    let min: bigint | undefined;
    for (let c = 0; c < this.cpuCount; c++) {
      const m = marks[c];
      if (m === undefined) return; // a CPU not heard from yet: no watermark
      if (min === undefined || m < min) min = m;
    }
    if (min === undefined) return;
    const wall = this.clock.toWallNs(min);
    if (wall <= this.watermarkWall) return;
    this.watermarkWall = wall;
    // Events read before the mark go out first, so a watermark never overtakes its events.
    this.flush();
    this.emit('watermark', wall);
  }

  private onLine(line: string): void {
    const parsed = parseLine(line);
    if (parsed.type === 'mark') {
      this.onMark(parsed.monoNs, parsed.cpu);
    } else if (parsed.type === 'event') {
      if (!this.enricher.plausible(parsed.event)) {
        this.misattributed++;
        return;
      }
      const event = this.enricher.enrich(parsed.event);
      this.eventsThisSecond++;
      this.countPackets(event);
      this.push(event);
    } else if (parsed.type === 'error') {
      this.parseErrors++;
      this.lossWindow(1, 'unparsable bpftrace lines');
      if (this.parseErrors <= 10 || this.parseErrors % 1000 === 0) {
        log.warn({ reason: parsed.reason, line: parsed.line.slice(0, 200), total: this.parseErrors }, 'unparsable bpftrace line');
      }
      this.emit('loss', this.loss());
    }
  }

  private push(event: PacketEvent): void {
    this.pending.push(event);
    if (this.pending.length >= (this.opts.batchMaxEvents ?? 512)) this.flush();
    else this.flushTimer ??= setTimeout(() => this.flush(), this.opts.batchMaxDelayMs ?? 50);
  }

  /** Emits pending events now. */
  flush(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    this.emit('events', batch);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.idleTimer);
    this.idleTimer = undefined;
    clearInterval(this.budgetTimer);
    this.budgetTimer = undefined;
    clearInterval(this.snapshotTimer);
    for (const st of this.sessions.values()) clearTimeout(st.timer);
    this.sessions.clear();
    this.limitedSessions = 0;
    await this.supervisor.stop();
    this.flush();
  }
}

/**
 * NDJSON form of an event: bigints as decimal strings. The only bigints of a PacketEvent are its
 * two times (common/event.ts), so they are replaced in a shallow copy (same keys, same order)
 * instead of a replacer function, which JSON.stringify would call for every key of every event.
 */
export function eventToJson(event: PacketEvent): string {
  return JSON.stringify({ ...event, monoNs: String(event.monoNs), wallUnixNs: String(event.wallUnixNs) });
}
