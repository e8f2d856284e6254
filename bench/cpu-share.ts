/**
 * bench/cpu-share.ts — who used the machine's CPUs during a benchmark, from /proc: the machine
 * as a whole (/proc/stat), named groups of processes (/proc/PID/stat utime + stime, all threads
 * of each), the kernel's softirq time (where veth traffic and the probes it fires are mostly
 * charged) and everything else ("others": the rest of the machine, e.g. other people's work).
 *
 *   const a = cpuSnapshot();  …run…  const share = cpuShare(a, cpuSnapshot(), { collector: [pid], … });
 *
 * Figures are in cores (1.0 = one CPU busy for the whole interval). A process that started after
 * the first snapshot counts from zero; one that exited before the second is missed (its time
 * lands in "others").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';

/** USER_HZ: the unit of /proc's CPU times on Linux (100 on every architecture Node runs on). */
const TICKS_PER_S = 100;

export interface CpuSnapshot {
  atMs: number;
  /** /proc/stat "cpu" line: busy (all but idle and iowait) and softirq ticks. */
  busyTicks: number;
  softirqTicks: number;
  perPid: Map<number, number>;
}

export interface CpuShare {
  seconds: number;
  cpus: number;
  /** Cores busy on the whole machine, and per group, softirq and the rest. */
  machine: number;
  groups: Record<string, number>;
  softirq: number;
  others: number;
}

function pidTicks(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid …": comm may hold spaces; utime and stime are fields 14 and 15
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(f[11]) + Number(f[12]);
  } catch {
    return undefined; // exited
  }
}

export function cpuSnapshot(): CpuSnapshot {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal …
  const total = line.slice(0, 8).reduce((a, b) => a + b, 0);
  const perPid = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const t = pidTicks(Number(entry));
    if (t !== undefined) perPid.set(Number(entry), t);
  }
  return { atMs: Date.now(), busyTicks: total - line[3]! - line[4]!, softirqTicks: line[6]!, perPid };
}

export function cpuShare(a: CpuSnapshot, b: CpuSnapshot, groups: Record<string, readonly number[]>): CpuShare {
  const seconds = (b.atMs - a.atMs) / 1000;
  const cores = (ticks: number): number => Math.round((ticks / TICKS_PER_S / seconds) * 100) / 100;
  const out: Record<string, number> = {};
  let grouped = 0;
  const counted = new Set<number>();
  for (const [name, pids] of Object.entries(groups)) {
    let ticks = 0;
    for (const pid of pids) {
      if (counted.has(pid)) continue;
      counted.add(pid);
      const end = b.perPid.get(pid);
      if (end === undefined) continue;
      ticks += end - (a.perPid.get(pid) ?? 0);
    }
    grouped += ticks;
    out[name] = cores(ticks);
  }
  const machine = b.busyTicks - a.busyTicks;
  const softirq = b.softirqTicks - a.softirqTicks;
  return { seconds, cpus: cpus().length, machine: cores(machine), groups: out, softirq: cores(softirq), others: cores(Math.max(0, machine - softirq - grouped)) };
}
