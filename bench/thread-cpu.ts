/**
 * Per-thread CPU of this process from /proc/self/task/<tid>/stat (Linux): process.cpuUsage()
 * sums every thread, which hides whether export costs the collector's event loop or only its
 * worker and V8's helper threads. Each thread with its nice value, so the export worker (nice +10,
 * collector/export/otlp-worker.ts) is told apart from the loop (tid = pid) and the rest (V8's
 * platform threads: concurrent GC and compilation for every isolate; libuv's pool).
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface ThreadCpu {
  /** CPU seconds (user + system) and nice, by tid. */
  threads: Map<number, { cpu: number; nice: number }>;
}

const TICKS = 100; // USER_HZ on Linux

export function threadCpu(pid: number | 'self' = 'self'): ThreadCpu {
  const threads = new Map<number, { cpu: number; nice: number }>();
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return { threads };
  }
  for (const t of tids) {
    let s: string;
    try {
      s = readFileSync(`/proc/${pid}/task/${t}/stat`, 'utf8');
    } catch {
      continue; // the thread ended meanwhile
    }
    // after "(comm) ": state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime priority nice
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    threads.set(Number(t), { cpu: (Number(f[11]) + Number(f[12])) / TICKS, nice: Number(f[16]) });
  }
  return { threads };
}

export interface ThreadSplit {
  /** The event loop (tid = pid). */
  main: number;
  /** Threads at a positive nice: the OTLP export worker. */
  niced: number;
  /** Everything else: V8's platform threads (GC, compiler), libuv's pool, other workers. */
  other: number;
}

/** CPU seconds each kind of thread used between two readings of the process `pid`. */
export function splitSince(before: ThreadCpu, after: ThreadCpu, pid: number): ThreadSplit {
  const out: ThreadSplit = { main: 0, niced: 0, other: 0 };
  for (const [tid, a] of after.threads) {
    const d = a.cpu - (before.threads.get(tid)?.cpu ?? 0);
    if (tid === pid) out.main += d;
    else if (a.nice > 0) out.niced += d;
    else out.other += d;
  }
  return out;
}
