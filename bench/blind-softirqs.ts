/**
 * bench/blind-softirqs.ts — softirqs the kernel ran that perf-attached BPF programs never saw, by
 * the task they ran on top of. The agent's probes are bpftrace tracepoints (perf-attached BPF,
 * bpf/program.ts); where the kernel does not run such programs, the packets a softirq handles
 * there (a delayed ACK sent from the timer softirq, a backlog processed on irq exit) leave no
 * event, and nothing counts that: no bpftrace loss, no `recursion_misses`. This counts it.
 *
 * How: the same tracepoint (irq:softirq_entry) seen two ways at once, per task id — by the
 * kernel's own ftrace handler, in a trace instance of our own (no BPF, no perf), and by a bpftrace
 * program. bpftrace attaches before ftrace is enabled and detaches after it is disabled, so for
 * every task it sees at least what ftrace saw; a task ftrace saw more softirqs on than bpftrace
 * is one perf-attached BPF programs are blind on, and the difference is a lower bound of the
 * softirqs they missed there.
 *
 * Found on the lab machine (session 8, collector/README.md "Events the kernel does not give to
 * BPF"): the sandbox's own threads (PID 1 `process_api`, `tokio-rt-worker`) — no perf-attached
 * program runs while one of them is the current task, also not in a softirq on top of it.
 *
 *   npm run build && node dist/bench/blind-softirqs.js [--seconds S]     (root, tracefs)
 *
 * bench/load-traces.ts runs it beside the load with `--blind-check`.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';

export interface TaskCount {
  tid: number;
  comm: string;
  count: number;
}

export interface BlindTask {
  tid: number;
  comm: string;
  /** Softirqs ftrace recorded on top of this task. */
  ftrace: number;
  /** Of them, what the perf-attached BPF program saw. */
  bpf: number;
  unseen: number;
}

export interface BlindReport {
  seconds: number;
  /** Softirqs ftrace recorded in the window, on every task. */
  softirqs: number;
  /** Softirqs perf-attached BPF programs did not see (at least). */
  unseen: number;
  /** The tasks they ran on top of, most first. */
  tasks: BlindTask[];
  /** Events ftrace's buffer had no room for (then `softirqs` and `unseen` are lower bounds). */
  ftraceDropped: number;
}

/**
 * Softirqs per task in an ftrace `trace` file: "  TASK-PID  [CPU] FLAGS  TIME: softirq_entry: …".
 * The task name may hold dashes and spaces; the PID is the last dash-number before the CPU field.
 */
export function parseFtraceTasks(text: string): Map<number, TaskCount> {
  const out = new Map<number, TaskCount>();
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const m = /^\s*(.*)-(\d+)\s+\[\d+\]\s/.exec(line);
    if (!m || !line.includes(' softirq_entry: ')) continue;
    const tid = Number(m[2]);
    const prev = out.get(tid);
    // ftrace prints "<...>" when its comm cache has no name for the pid: keep a real name
    const comm = m[1] === '<...>' && prev ? prev.comm : m[1]!;
    out.set(tid, { tid, comm, count: (prev?.count ?? 0) + 1 });
  }
  return out;
}

/** The `@[tid, comm]: count` lines bpftrace prints for its map when it exits. */
export function parseBpftraceTasks(text: string): Map<number, TaskCount> {
  const out = new Map<number, TaskCount>();
  for (const line of text.split('\n')) {
    const m = /^@\[(\d+), (.*)\]: (\d+)$/.exec(line);
    if (!m) continue;
    const tid = Number(m[1]);
    out.set(tid, { tid, comm: m[2]!, count: (out.get(tid)?.count ?? 0) + Number(m[3]) });
  }
  return out;
}

/** The tasks ftrace saw more softirqs on than BPF did, most unseen first (ties by tid). */
export function blindTasks(ftrace: Map<number, TaskCount>, bpf: Map<number, TaskCount>): BlindTask[] {
  const out: BlindTask[] = [];
  for (const f of ftrace.values()) {
    const seen = bpf.get(f.tid)?.count ?? 0;
    if (f.count > seen) out.push({ tid: f.tid, comm: f.comm, ftrace: f.count, bpf: seen, unseen: f.count - seen });
  }
  return out.sort((a, b) => b.unseen - a.unseen || a.tid - b.tid);
}

/** "tokio-rt-worker-81: 36, tokio-rt-worker-74: 4" (the first few). */
export function blindLine(r: BlindReport, max = 4): string {
  const tasks = r.tasks.slice(0, max).map((t) => `${t.comm}-${t.tid}: ${t.unseen}`);
  if (r.tasks.length > max) tasks.push(`${r.tasks.length - max} more`);
  const dropped = r.ftraceDropped > 0 ? ` (ftrace dropped ${r.ftraceDropped}: at least)` : '';
  return `softirqs unseen by BPF: ${r.unseen} of ${r.softirqs} in ${r.seconds} s${dropped}${tasks.length > 0 ? ` — on ${tasks.join(', ')}` : ''}`;
}

const BPF_PROGRAM = `BEGIN
{
  printf("ready\\n");
}

tracepoint:irq:softirq_entry
{
  @[tid, comm] = count();
}
`;

function tracefsRoot(): string {
  for (const dir of ['/sys/kernel/tracing', '/sys/kernel/debug/tracing']) if (existsSync(join(dir, 'instances'))) return dir;
  throw new Error('blind-softirqs: tracefs is not mounted (/sys/kernel/tracing)');
}

export interface BlindCheck {
  /** Ends the window: disables ftrace, stops bpftrace, removes the trace instance. */
  stop(): Promise<BlindReport>;
}

/**
 * Starts counting. The trace instance is ours alone (its own buffer, events and clock), so the
 * machine's other tracing is untouched; it is removed by stop(), also when reading fails.
 */
export async function startBlindCheck(): Promise<BlindCheck> {
  const instance = join(tracefsRoot(), 'instances', `packetlife-blind-${process.pid}`);
  const dir = mkdtempSync(join(tmpdir(), 'packetlife-blind-'));
  const file = join(dir, 'softirqs.bt');
  writeFileSync(file, BPF_PROGRAM);
  const child = execa('bpftrace', [file], { reject: false, stdout: 'pipe', stderr: 'pipe' });
  let out = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('ready\n')) resolve();
    });
    child.then((r) => reject(new Error(`blind-softirqs: bpftrace exited before attaching: ${String(r.stderr).trim()}`)), reject);
  });
  const write = (path: string, value: string): void => writeFileSync(join(instance, path), value);
  try {
    mkdirSync(instance);
    // 8 MiB a CPU holds minutes of softirq_entry records; without overwrite a full buffer drops
    // new events (counted in the CPU's stats) instead of the window's start.
    write('buffer_size_kb', '8192');
    write('options/overwrite', '0');
    write('events/irq/softirq_entry/enable', '1');
  } catch (e) {
    child.kill('SIGINT');
    await child;
    if (existsSync(instance)) rmdirSync(instance);
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  const startedMs = Date.now();
  return {
    async stop(): Promise<BlindReport> {
      try {
        write('events/irq/softirq_entry/enable', '0');
        const seconds = Math.round((Date.now() - startedMs) / 100) / 10;
        const ftrace = parseFtraceTasks(readFileSync(join(instance, 'trace'), 'utf8'));
        let ftraceDropped = 0;
        for (const cpu of readdirSync(join(instance, 'per_cpu'))) {
          const m = /^dropped events: (\d+)$/m.exec(readFileSync(join(instance, 'per_cpu', cpu, 'stats'), 'utf8'));
          ftraceDropped += Number(m?.[1] ?? 0);
        }
        child.kill('SIGINT'); // bpftrace prints its map on the way out
        const r = await child;
        const bpf = parseBpftraceTasks(String(r.stdout));
        const tasks = blindTasks(ftrace, bpf);
        let softirqs = 0;
        for (const t of ftrace.values()) softirqs += t.count;
        return { seconds, softirqs, unseen: tasks.reduce((n, t) => n + t.unseen, 0), tasks, ftraceDropped };
      } finally {
        if (child.exitCode === null) {
          child.kill('SIGINT');
          await child;
        }
        rmdirSync(instance);
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--seconds');
  const seconds = i >= 0 ? Number(process.argv[i + 1]) : 30;
  if (!Number.isFinite(seconds) || seconds <= 0) throw new Error(`--seconds needs a positive number, got "${process.argv[i + 1] ?? ''}"`);
  (async () => {
    const check = await startBlindCheck();
    await new Promise((r) => setTimeout(r, seconds * 1000));
    const report = await check.stop();
    process.stderr.write(`${blindLine(report)}\n`);
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  })().catch((err: unknown) => {
    process.stderr.write(`blind-softirqs: ${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 1;
  });
}
