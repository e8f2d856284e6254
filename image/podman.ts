/**
 * podman as this kind of machine needs it, found by trying rather than assumed:
 *  - the OCI runtime: the configured one, else Debian's runc (crun refuses some cgroup layouts);
 *  - the cgroup manager: systemd only when systemd runs the machine, else cgroupfs;
 *  - ulimits: podman's defaults (nofile 1048576) exceed what an unprivileged-limit process may
 *    set, so explicit nofile/nproc pairs are probed from the process's own hard limits downwards.
 * Every container and build runs with --network host or none: podman's default bridge makes
 * netavark write iptables chains and net.ipv4.ip_forward=1 into the root network namespace.
 */
import { existsSync, readFileSync } from 'node:fs';
import { execa, type Options } from 'execa';

export interface PodmanQuirks {
  /** Global flags: --runtime, --cgroup-manager. */
  global: string[];
  /** --ulimit flags for run and build. */
  ulimits: string[];
  runtime: string;
  cgroupManager: string;
}

function hardLimit(name: string): number {
  const line = readFileSync('/proc/self/limits', 'utf8').split('\n').find((l) => l.startsWith(name));
  const hard = line?.slice(26).trim().split(/\s+/)[1];
  return hard === undefined || hard === 'unlimited' ? 1 << 20 : Number(hard);
}

/** Candidate values from the hard limit down, halving, never below a working floor. */
function candidates(hard: number, floor: number): number[] {
  const out: number[] = [];
  for (let v = Math.min(hard, 1 << 20); v >= floor; v = Math.floor(v / 2)) out.push(v);
  return out.length ? out : [floor];
}

async function works(global: string[], ulimits: string[], image: string): Promise<{ ok: boolean; why: string }> {
  const r = await execa('podman', [...global, 'run', '--rm', '--network', 'none', ...ulimits, image, 'true'], { reject: false, timeout: 60_000 });
  return { ok: r.exitCode === 0, why: String(r.stderr).trim().split('\n').pop() ?? '' };
}

/** Finds flags under which `podman run` works here, by running `true` in probeImage. */
export async function detectPodman(probeImage: string): Promise<PodmanQuirks> {
  const info = await execa('podman', ['info', '--format', '{{.Host.OCIRuntime.Name}}'], { reject: false });
  if (info.exitCode !== 0) throw new Error(`podman does not work here: ${String(info.stderr).trim()}`);
  const runtimes = [...new Set([String(info.stdout).trim(), 'runc'].filter(Boolean))];
  const cgroupManager = existsSync('/run/systemd/system') ? 'systemd' : 'cgroupfs';
  const nofile = candidates(hardLimit('Max open files'), 1024);
  const nproc = candidates(hardLimit('Max processes'), 1024);
  const tried: string[] = [];
  for (const runtime of runtimes) {
    const global = ['--runtime', runtime, '--cgroup-manager', cgroupManager];
    // The defaults first: on a machine without these quirks nothing explicit is needed.
    const plain = await works(global, [], probeImage);
    if (plain.ok) return { global, ulimits: [], runtime, cgroupManager };
    tried.push(`${runtime}: ${plain.why}`);
    if (!/rlimit/.test(plain.why)) continue; // this runtime fails for another reason
    probing: for (const f of nofile) {
      for (const p of nproc) {
        const ulimits = ['--ulimit', `nofile=${f}:${f}`, '--ulimit', `nproc=${p}:${p}`];
        const r = await works(global, ulimits, probeImage);
        if (r.ok) return { global, ulimits, runtime, cgroupManager };
        if (!/rlimit/.test(r.why)) {
          tried.push(`${runtime} ${ulimits.join(' ')}: ${r.why}`);
          break probing;
        }
      }
    }
  }
  throw new Error(`podman cannot run a container here; tried:\n  ${tried.join('\n  ')}`);
}

/** Runs podman with the detected global flags. */
export function podman<O extends Options>(q: PodmanQuirks, args: string[], opts?: O) {
  return execa('podman', [...q.global, ...args], { reject: false, ...opts } as O & { reject: false });
}
