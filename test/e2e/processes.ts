/**
 * What a `packetlife demo` (or any run of lab agents) leaves behind, from /proc and the netns
 * list: its agent processes (by their `--lab NAME` arguments), the bpftrace children they started
 * (watched while the run goes on: once an agent is gone its children are no longer findable by
 * parent), and the lab's network namespaces.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { descendants } from '../../demo/agents.js';
import { execa, type ResultPromise } from 'execa';
import type { AgentHealth } from '../../collector/api-types.js';
import { listNetns } from '../../lab/run.js';

function cmdline(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return [];
  }
}

/** Running (not zombie) processes. */
export function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat[stat.lastIndexOf(')') + 2] !== 'Z';
  } catch {
    return false;
  }
}

/** Running `packetlife agent` processes of lab `lab`. */
export function labAgentPids(lab: string): number[] {
  return readdirSync('/proc')
    .filter((e) => /^\d+$/.test(e))
    .map(Number)
    .filter((pid) => {
      const argv = cmdline(pid);
      const i = argv.indexOf('--lab');
      return argv.includes('agent') && i >= 0 && argv[i + 1] === lab && isRunning(pid);
    });
}

function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/**
 * Collects, every `everyMs`, the agents of `lab` that `parent` started and every process below
 * them, until stopped. (An agent's child between fork and exec still shows the agent's command
 * line: the parent tells the agent from those.)
 */
export function watchLabProcesses(lab: string, parent: number, everyMs = 150): { stop(): { agents: number[]; children: Map<number, string> } } {
  const agents = new Set<number>();
  const children = new Map<number, string>();
  const sample = (): void => {
    for (const a of labAgentPids(lab)) {
      if (parentOf(a) !== parent) continue;
      agents.add(a);
      // The latest command line: a child seen between fork and exec still shows the agent's.
      for (const c of descendants(a)) {
        const argv = cmdline(c).join(' ');
        if (argv !== '' || !children.has(c)) children.set(c, argv);
      }
    }
  };
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { agents: [...agents], children };
    },
  };
}

export async function labNetns(lab: string): Promise<string[]> {
  return (await listNetns()).filter((n) => n.startsWith(`plab-${lab}-`));
}

/** Last resort after a failed test: kill what is still running, by pid. */
export function killAll(pids: number[]): void {
  for (const pid of pids) {
    try {
      if (isRunning(pid)) process.kill(pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
}

/**
 * Starts `packetlife collector --lab LAB --listen 127.0.0.1:0` (dist/cli.js) and resolves with the
 * process and its API URL once it listens; rejects with its stderr when it exits first.
 */
export async function startLabCollector(lab: string): Promise<{ proc: ResultPromise; api: string }> {
  const proc = execa('node', ['dist/cli.js', 'collector', '--lab', lab, '--listen', '127.0.0.1:0'], { reject: false, env: { PACKETLIFE_LOG_LEVEL: 'warn' } });
  const api = await new Promise<string>((ok, fail) => {
    let out = '';
    proc.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /^collector listening on (http:\/\/127\.0\.0\.1:\d+) /m.exec(out);
      if (m) ok(m[1]!);
    });
    void proc.then((r) => fail(new Error(`collector exited: ${String(r.stderr)}`)));
  });
  return { proc, api };
}

/** Waits (up to 30 s) until an agent of every node is connected and has sent its snapshot. */
export async function waitForAgents(agentsNow: () => Promise<AgentHealth[]>, nodes: string[]): Promise<void> {
  for (let i = 0; ; i++) {
    const connected = (await agentsNow()).filter((a) => a.connected && a.snapshot !== null).map((a) => a.node);
    if (nodes.every((n) => connected.includes(n))) return;
    if (i > 300) throw new Error(`agents did not connect: ${connected.join(', ')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
