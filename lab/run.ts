/** Running iproute2, sysctl and iptables-restore, each pointed at one lab netns. */
import { execa } from 'execa';

export class CommandError extends Error {
  constructor(
    readonly command: string,
    readonly stderr: string,
  ) {
    super(`${command} failed: ${stderr.trim() || 'no error output'}`);
    this.name = 'CommandError';
  }
}

async function run(file: string, args: string[], input?: string): Promise<string> {
  const r = await execa(file, args, { input, reject: false, stripFinalNewline: false });
  if (r.exitCode !== 0) throw new CommandError(`${file} ${args.join(' ')}`, `${r.stderr}${r.stdout}`);
  return r.stdout;
}

/** Many `ip` commands in one process: `ip [-n NETNS] -batch -`. Stops at the first failure. */
export async function ipBatch(lines: string[], netns?: string): Promise<void> {
  if (lines.length === 0) return;
  const args = netns ? ['-n', netns, '-batch', '-'] : ['-batch', '-'];
  try {
    await run('ip', args, `${lines.join('\n')}\n`);
  } catch (err) {
    if (err instanceof CommandError) {
      // "Command failed -:N": name the line, so a wiring bug is readable.
      const m = /-:(\d+)/.exec(err.stderr);
      const line = m ? lines[Number(m[1]) - 1] : undefined;
      throw new CommandError(`ip ${args.join(' ')}${line ? ` (line "${line}")` : ''}`, err.stderr);
    }
    throw err;
  }
}

export async function ipJson<T>(args: string[], netns?: string): Promise<T> {
  const out = await run('ip', [...(netns ? ['-n', netns] : []), '-j', ...args]);
  return JSON.parse(out || '[]') as T;
}

/** Run a program inside a netns and fail loudly when it fails. */
export async function inNetns(netns: string, argv: string[], input?: string): Promise<string> {
  return run('ip', ['netns', 'exec', netns, ...argv], input);
}

export async function setSysctls(netns: string, sysctls: Record<string, string>): Promise<void> {
  const pairs = Object.entries(sysctls).map(([k, v]) => `${k}=${v}`);
  if (pairs.length > 0) await inNetns(netns, ['sysctl', '-q', '-w', ...pairs]);
}

export async function iptablesRestore(netns: string, rules: string): Promise<void> {
  if (rules) await inNetns(netns, ['iptables-restore'], rules);
}

/** Names of every netns iproute2 knows (`ip netns list` prints "NAME (id: N)" or "NAME"). */
export async function listNetns(): Promise<string[]> {
  const out = await run('ip', ['netns', 'list']);
  return out
    .split('\n')
    .map((l) => l.trim().split(/\s+/)[0] ?? '')
    .filter((n) => n !== '');
}

/** Pids of the processes whose network namespace is NETNS. */
export async function netnsPids(netns: string): Promise<number[]> {
  const r = await execa('ip', ['netns', 'pids', netns], { reject: false });
  if (r.exitCode !== 0) return [];
  return r.stdout
    .split('\n')
    .map((l) => Number(l.trim()))
    .filter((n) => Number.isInteger(n) && n > 0);
}
