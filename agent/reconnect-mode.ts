/**
 * After a (re)connect, whether the collector reached reads segments. Switching to raw events is
 * not free: every chain the agent holds goes out as a segment at once (cut short), and the packets
 * in flight are split between segments and raw events, which the collector cannot join. So the
 * agent switches only on knowledge, never on a collector that is merely slow to answer.
 *
 * A collector that knows Welcome (CollectorFrame.welcome) sends it as its first frame in reply to
 * the agent's Hello (the agent announces capabilities.welcome), and it says at once:
 * - reads_segments: the agent keeps correlating (its topology follows); no wait, no timer;
 * - not: raw events at once.
 *
 * Any other first frame (a Goodbye aside: agent/uplink.ts 'older-collector') comes from an older
 * collector, which never sends a Welcome. For it the older rule stands, because the older
 * collectors differ and only their topology tells them apart:
 * - one that reads segments sends its topology once its Hello is in — at once, or once built (a
 *   cold start): the topology ends the wait, the agent keeps correlating;
 * - one older than segments, or run with --agent-data raw, or whose topology is too large for this
 *   agent's frame limit, never sends one: raw events once RAW_FALLBACK_MS has passed since
 *   connecting (the segments shipped meanwhile are lost to a collector older than segments, as
 *   before this frame existed).
 * That wait is as long as it is because a collector restarted under load answers late: with 2 s,
 * a CI run at load 5 saw one agent switch to raw and back, and 823 of the 6,018 traces after the
 * restart were incomplete. It is longer than the collector itself waits for agents to come back
 * after a restart (collector/server.ts DEFAULT_AGENT_GRACE_MS, 10 s).
 *
 * Before the first frame nothing is known, and nothing is decided: past RAW_FALLBACK_MS the switch
 * waits for that frame (raw at once if it is an older collector's, per the Welcome otherwise). A
 * live collector of any age answers the agent's heartbeat (every 5 s); one silent for the uplink's
 * peer timeout (15 s) is dropped and re-dialled, and the next connection is judged on its own.
 */
export const RAW_FALLBACK_MS = 15_000;

/** Why the agent ships raw events: the collector's Welcome said so, or an older collector sent no topology in time. */
export type RawReason = 'welcome' | 'no-topology';

/** The uplink events the watch follows (agent/uplink.ts). */
export interface ConnectionEvents {
  on(event: 'connected', fn: () => void): unknown;
  on(event: 'welcome', fn: (w: { readsSegments?: boolean | null }) => void): unknown;
  on(event: 'older-collector', fn: (firstFrame: string) => void): unknown;
  on(event: 'topology', fn: () => void): unknown;
}

export class ReconnectModeWatch {
  private timer: NodeJS.Timeout | undefined;
  /** What this connection's first frame said: nothing yet, a Welcome, or an older collector. */
  private collector: 'unknown' | 'welcomed' | 'older' | 'stopped' = 'unknown';
  private topologySeen = false;
  /** RAW_FALLBACK_MS passed since connecting. */
  private waited = false;

  constructor(
    private readonly onRaw: (why: RawReason) => void,
    private readonly fallbackMs = RAW_FALLBACK_MS,
  ) {}

  /** Follows an uplink's connection events (as agent/run-collector.ts does). */
  follow(uplink: ConnectionEvents): this {
    uplink.on('connected', () => this.connected());
    uplink.on('welcome', (w) => this.welcome(w.readsSegments === true));
    uplink.on('older-collector', () => this.olderCollector());
    uplink.on('topology', () => this.topology());
    return this;
  }

  /** A connection was made: nothing is known of the collector yet. */
  connected(): void {
    this.collector = 'unknown';
    this.topologySeen = false;
    this.waited = false;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.waited = true;
      this.judge();
    }, this.fallbackMs);
  }

  /** The collector's Welcome: it says whether it reads segments. */
  welcome(readsSegments: boolean): void {
    if (this.collector === 'stopped') return;
    this.collector = 'welcomed';
    this.clear();
    if (!readsSegments) this.onRaw('welcome');
  }

  /** The connection's first frame was not a Welcome: an older collector. */
  olderCollector(): void {
    if (this.collector !== 'unknown') return;
    this.collector = 'older';
    this.judge();
  }

  /** The collector sent its topology on this connection. */
  topology(): void {
    this.topologySeen = true;
    this.clear();
  }

  stop(): void {
    this.collector = 'stopped';
    this.clear();
  }

  private judge(): void {
    if (this.collector === 'older' && this.waited && !this.topologySeen) this.onRaw('no-topology');
  }

  private clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
