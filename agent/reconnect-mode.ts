/**
 * After a reconnect, whether the collector reached still reads segments. A collector that wants
 * them sends its topology once the agent's Hello is in; one that does not (older than segments)
 * never does. The only sign is the topology's absence, so the agent waits for it before it
 * switches to raw events — and that switch is not free: every chain the agent holds goes out as
 * a segment at once (cut short), and the packets in flight are split between segments and raw
 * events, which the collector cannot join. A collector restarted under load answers late: with
 * 2 s, a CI run at load 5 saw one agent switch to raw and back, and 823 of the 6,018 traces after
 * the restart were incomplete. So the agent waits as long as the collector itself waits for
 * agents to come back after a restart (collector/server.ts DEFAULT_AGENT_GRACE_MS, 10 s), and more.
 */
export const RAW_FALLBACK_MS = 15_000;

export class ReconnectModeWatch {
  private timer: NodeJS.Timeout | undefined;
  private topologySeen = false;

  constructor(
    private readonly onNoTopology: () => void,
    private readonly fallbackMs = RAW_FALLBACK_MS,
  ) {}

  /** A connection was made: the topology is due within fallbackMs. */
  connected(): void {
    this.topologySeen = false;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.topologySeen) this.onNoTopology();
    }, this.fallbackMs);
  }

  /** The collector sent its topology on this connection. */
  topology(): void {
    this.topologySeen = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
