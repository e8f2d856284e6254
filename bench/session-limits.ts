/**
 * How many sessions fit in one kernel program on this machine: generates the agent's program for
 * the first N ordinary sessions (fixtures/sessions.ts) on the lab topology scaled to a modelled
 * cluster, runs it with the real bpftrace (`-v`: the verifier's log per probe), and reports the
 * time until the program is attached (its BEGIN line), the verifier's processed instructions per
 * probe (the kernel's limit is 1,000,000 per program) and the program's text size, or bpftrace's
 * error. Needs root and bpftrace; loads and detaches programs only, sends no packet.
 *
 *   node dist/bench/session-limits.js [--sessions 1,4,8,16,21,24] [--nodes 1000] [--timeout 120] [--json]
 */
import { Command } from 'commander';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { generateProgram } from '../bpf/program.js';
import { countTerms } from '../filter/ast.js';
import { modelledCluster, ordinaryProgramSessions } from '../fixtures/sessions.js';

export interface LoadResult {
  sessions: number;
  terms: number;
  programBytes: number;
  /** bpftrace's own refusal (generateProgram's limits), when the program could not be made. */
  refused?: string;
  attached: boolean;
  /** Wall time from start to the BEGIN line. */
  loadMs?: number;
  /** Verifier's "processed N insns" per program, in bpftrace's attach order. */
  verifierInsns: number[];
  error?: string;
}

/** Runs `bpftrace -v FILE` until its BEGIN line (or exit/timeout), then stops it. */
export async function loadProgram(program: string, timeoutMs: number): Promise<{ attached: boolean; loadMs: number; verifierInsns: number[]; error?: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'packetlife-limits-'));
  const file = join(dir, 'p.bt');
  writeFileSync(file, program);
  const started = Date.now();
  const child = execa('bpftrace', ['-v', file], { reject: false, buffer: false, stdout: 'pipe', stderr: 'pipe', env: { BPFTRACE_MAP_KEYS_MAX: '65536' } });
  let out = '';
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  try {
    const attached = await Promise.race([
      new Promise<boolean>((resolve) =>
        child.stdout!.on('data', (d: Buffer) => {
          out += d.toString();
          if (/^B \d+$/m.test(out)) resolve(true);
        }),
      ),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs)),
      child.then(() => false),
    ]);
    const loadMs = Date.now() - started;
    child.kill('SIGTERM');
    await child;
    const verifierInsns = [...(out + err).matchAll(/processed (\d+) insns/g)].map((m) => Number(m[1]));
    const errors = (out + err).split('\n').filter((l) => /ERROR|error|failed|Failed/.test(l) && !l.includes('RLIMIT_MEMLOCK'));
    return { attached, loadMs, verifierInsns, ...(attached ? {} : { error: errors.slice(0, 3).join(' | ') || (Date.now() - started >= timeoutMs ? `not attached after ${timeoutMs} ms` : 'exited') }) };
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function measure(counts: number[], nodes: number, timeoutMs: number): Promise<LoadResult[]> {
  const topo = modelledCluster(Math.max(0, nodes - 3));
  const results: LoadResult[] = [];
  for (const n of counts) {
    const sessions = ordinaryProgramSessions(topo, n);
    const terms = sessions.reduce((t, s) => t + countTerms(s.filter), 0);
    let program: string;
    try {
      program = generateProgram({ sessions, netnsInodes: [], tier: 'tracepoint' });
    } catch (e) {
      results.push({ sessions: n, terms, programBytes: 0, refused: (e as Error).message, attached: false, verifierInsns: [] });
      continue;
    }
    const r = await loadProgram(program, timeoutMs);
    results.push({ sessions: n, terms, programBytes: program.length, ...r });
  }
  return results;
}

async function main(): Promise<void> {
  const opts = new Command()
    .option('--sessions <list>', 'session counts to try', '1,4,8,16,21,24')
    .option('--nodes <n>', 'nodes of the modelled cluster (3 ENIs each)', '1000')
    .option('--timeout <s>', 'seconds to wait for one program to attach', '120')
    .option('--json', 'print JSON')
    .parse()
    .opts<{ sessions: string; nodes: string; timeout: string; json?: boolean }>();
  const counts = opts.sessions.split(',').map(Number);
  const results = await measure(counts, Number(opts.nodes), Number(opts.timeout) * 1000);
  if (opts.json) {
    console.log(JSON.stringify(results, null, 2));
    return;
  }
  console.log('sessions  terms  program bytes  attached  load ms  verifier insns (max / sum)  error');
  for (const r of results) {
    const v = r.verifierInsns.length ? `${Math.max(...r.verifierInsns)} / ${r.verifierInsns.reduce((a, b) => a + b, 0)}` : '-';
    console.log(`${String(r.sessions).padStart(8)}  ${String(r.terms).padStart(5)}  ${String(r.programBytes).padStart(13)}  ${String(r.attached).padStart(8)}  ${String(r.loadMs ?? '-').padStart(7)}  ${v.padStart(26)}  ${r.refused ?? r.error ?? ''}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
