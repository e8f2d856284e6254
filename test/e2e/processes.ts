/**
 * What a `packetlife demo` (or any run of lab agents) leaves behind, from /proc and the netns
 * list: its agent processes (by their `--lab NAME` arguments), the bpftrace children they started
 * (watched while the run goes on: once an agent is gone its children are no longer findable by
 * parent), and the lab's network namespaces.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { descendants } from '../../demo/agents.js';
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
