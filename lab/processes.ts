/** The lab's real servers: started detached inside their netns, waited for, and stopped. */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../common/errors.js';
import type { ServerKind } from './plan.js';

/** The package root: the nearest directory above this file with packetlife's package.json. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    // tsc copies package.json into dist/ (common/version.ts imports it): the root is above that.
    if (existsSync(pkg) && basename(dir) !== 'dist') {
      try {
        // tsc copies package.json into dist/ (common/version.ts imports it): that copy is not the root.
        const isBuildCopy = basename(dir) === 'dist' && existsSync(join(dirname(dir), 'package.json'));
        if (!isBuildCopy && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'packetlife') return dir;
      } catch {
        // not ours; keep climbing
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the packetlife package root');
    dir = up;
  }
}

/** Servers always run from the build output, whether the caller runs from dist/ or from sources. */
export function serverScript(kind: ServerKind): string {
  const script = join(packageRoot(), 'dist', 'lab', 'servers', `${kind}.js`);
  if (!existsSync(script)) throw new UserError(`lab server ${script} is missing: run "npm run build" first`);
  return script;
}

export interface StartedServer {
  pid: number;
  readyFile: string;
  logFile: string;
  exited: () => number | null | undefined;
}

/**
 * `ip netns exec` execs the program in place, so the pid we get is the server's own pid. The
 * server is detached (its own session) so it outlives `lab up`; its output goes to a log file.
 */
export function startServer(netns: string, script: string, args: string[], readyFile: string, logFile: string): StartedServer {
  const fd = openSync(logFile, 'a');
  let exitCode: number | null | undefined;
  try {
    const child = spawn('ip', ['netns', 'exec', netns, process.execPath, script, ...args, '--ready', readyFile], {
      detached: true,
      stdio: ['ignore', fd, fd],
    });
    child.on('exit', (code, signal) => {
      exitCode = code ?? (signal ? -1 : null);
    });
    child.on('error', () => {
      exitCode = -1;
    });
    child.unref();
    if (child.pid === undefined) throw new Error(`could not start ${script} in ${netns}`);
    return { pid: child.pid, readyFile, logFile, exited: () => exitCode };
  } finally {
    closeSync(fd);
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Wait until every server wrote its ready file; fail with its log when one dies or is too slow. */
export async function waitReady(servers: Array<StartedServer & { what: string }>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let waiting = servers;
  while (waiting.length > 0) {
    for (const s of waiting) {
      const code = s.exited();
      if (code !== undefined) throw new Error(`${s.what} exited (${code}) before it was ready: ${tail(s.logFile)}`);
    }
    waiting = waiting.filter((s) => !existsSync(s.readyFile));
    if (waiting.length === 0) return;
    if (Date.now() > deadline) throw new Error(`${waiting.map((s) => s.what).join(', ')} not ready after ${timeoutMs} ms`);
    await sleep(25);
  }
}

function tail(file: string): string {
  try {
    return readFileSync(file, 'utf8').slice(-2000).trim() || '(no output)';
  } catch {
    return '(no log)';
  }
}

/** True while PID is a live process (a zombie waiting to be reaped counts as gone). */
export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

/** SIGTERM, a short grace period, then SIGKILL for whatever is left. */
export async function stopProcesses(pids: number[], graceMs = 2_000): Promise<void> {
  const signal = (p: number, s: NodeJS.Signals): void => {
    try {
      process.kill(p, s);
    } catch {
      // already gone
    }
  };
  pids.forEach((p) => signal(p, 'SIGTERM'));
  const deadline = Date.now() + graceMs;
  let alive = pids.filter(isAlive);
  while (alive.length > 0 && Date.now() < deadline) {
    await sleep(20);
    alive = alive.filter(isAlive);
  }
  alive.forEach((p) => signal(p, 'SIGKILL'));
  const killDeadline = Date.now() + 2_000;
  while (alive.some(isAlive) && Date.now() < killDeadline) await sleep(20);
}

/** Whether PID still runs one of our lab servers (pids get reused: never kill a stranger). */
export function isLabServer(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('/dist/lab/servers/');
  } catch {
    return false;
  }
}
