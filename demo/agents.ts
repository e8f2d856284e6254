/**
 * The demo's agents: one real `packetlife agent` process per lab node, each talking to the
 * collector over WebSocket exactly as on a real node. Their logs go to one file per node (shown
 * when something goes wrong). Stopping is careful because an agent owns a bpftrace child: a
 * SIGTERM lets the agent stop bpftrace and drain; an agent that does not exit in time is killed
 * together with the processes it started, so no bpftrace is ever left behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { userLogLevel } from './log-level.js';

export interface AgentProcess {
  node: string;
  pid: number;
  logFile: string;
  child: ChildProcess;
  /** Set when the process has exited (code or signal). */
  exited?: string;
}

export interface SpawnAgentsOptions {
  /** dist/cli.js of this package. */
  cliScript: string;
  lab: string;
  nodes: string[];
  /** ws://HOST:PORT/v1/agents */
  collectorUrl: string;
  logDir: string;
  /** More `packetlife agent` options for every agent (e.g. --event-budget N). */
  extraArgs?: string[];
}

/** A stopping agent gets this long to stop bpftrace and drain its queue before it is killed. */
const STOP_GRACE_MS = 8_000;
/** Its bpftrace, once the agent is gone, gets this long to detach and exit by itself. */
const CHILD_GRACE_MS = 4_000;

export function spawnAgents(opts: SpawnAgentsOptions): AgentProcess[] {
  return opts.nodes.map((node) => {
    const logFile = join(opts.logDir, `agent-${node}.log`);
    const fd = openSync(logFile, 'a');
    try {
      const child = spawn(process.execPath, [opts.cliScript, 'agent', '--lab', opts.lab, '--node', node, '--collector', opts.collectorUrl, ...(opts.extraArgs ?? [])], {
        stdio: ['ignore', fd, fd],
        // The agents' logs go to their files, at info unless the user chose a level.
        env: { ...process.env, PACKETLIFE_LOG_LEVEL: userLogLevel ?? 'info' },
      });
      if (child.pid === undefined) throw new Error(`could not start the agent for node ${node}`);
      const agent: AgentProcess = { node, pid: child.pid, logFile, child };
      child.once('exit', (code, signal) => {
        agent.exited = signal ? `killed by ${signal}` : `exit code ${code ?? '?'}`;
      });
      return agent;
    } finally {
      closeSync(fd);
    }
  });
}

/** The last lines of an agent's log: what to show when it died or never connected. */
export function logTail(agent: AgentProcess, lines = 8): string {
  try {
    return readFileSync(agent.logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Every process below `pid` (children first found, then theirs), from /proc. */
export function descendants(pid: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // /proc/PID/stat: "pid (comm) state ppid ...": comm may hold spaces and parentheses.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parentOf.set(Number(entry), ppid);
    } catch {
      // exited while we looked
    }
  }
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const p = queue.shift()!;
    for (const [child, parent] of parentOf) {
      if (parent === p && !found.includes(child)) {
        found.push(child);
        queue.push(child);
      }
    }
  }
  return found;
}

function waitExit(agent: AgentProcess, ms: number): Promise<boolean> {
  if (agent.exited !== undefined) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    agent.child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

function kill(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

/** Alive and not a zombie (a zombie has exited; only its parent has yet to reap it). */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

async function waitGone(pids: number[], ms: number): Promise<number[]> {
  const deadline = Date.now() + ms;
  let left = pids.filter(running);
  while (left.length > 0 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    left = left.filter(running);
  }
  return left;
}

/** The bpftrace processes an agent runs now (none once its last session has ended). */
export function runningBpftrace(agent: AgentProcess): number[] {
  return descendants(agent.pid).filter((pid) => {
    try {
      return running(pid) && readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'bpftrace';
    } catch {
      return false;
    }
  });
}

/**
 * SIGTERM every agent and wait for them together; SIGKILL whichever is still running. The
 * agents' descendants (their bpftrace) are found before the first signal and waited for too:
 * an agent that dies before its bpftrace has exited leaves it to init, still attached and
 * tracing, so any left after the grace period is killed by pid. Returns what had to be killed.
 */
export async function stopAgents(agents: AgentProcess[]): Promise<string[]> {
  const live = agents.filter((a) => a.exited === undefined);
  const children = live.flatMap((a) => descendants(a.pid).map((pid) => ({ node: a.node, pid })));
  for (const a of live) kill(a.pid, 'SIGTERM');
  const stopped = await Promise.all(live.map((a) => waitExit(a, STOP_GRACE_MS)));
  const killed: string[] = [];
  live.forEach((a, i) => {
    if (stopped[i]) return;
    for (const p of [...descendants(a.pid), a.pid]) kill(p, 'SIGKILL');
    killed.push(`agent on ${a.node} (pid ${a.pid})`);
  });
  await Promise.all(live.filter((_, i) => !stopped[i]).map((a) => waitExit(a, 2_000)));
  const orphans = await waitGone(
    children.map((c) => c.pid),
    CHILD_GRACE_MS,
  );
  for (const pid of orphans) {
    kill(pid, 'SIGKILL');
    killed.push(`orphaned child pid ${pid} of the agent on ${children.find((c) => c.pid === pid)!.node}`);
  }
  if (orphans.length > 0) await waitGone(orphans, 2_000);
  return killed;
}
