/**
 * What this kernel and bpftrace can do for the agent: bpftrace version, BTF, tracefs (mounted
 * when missing), kprobe and fentry support, the tracepoints the tracepoint tier needs, the
 * kernel version and ring-buffer output. Shown by `packetlife agent --check` and sent in Hello.
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { release } from 'node:os';
import { generateProgram } from '../bpf/program.js';
import { BpftraceSupervisor } from './supervisor.js';
import { fileIncludes } from './file-includes.js';
import { runCommand } from './run-command.js';

export const TRACEFS = '/sys/kernel/tracing';

export const REQUIRED_TRACEPOINTS = [
  'net:netif_receive_skb',
  'net:net_dev_queue',
  'fib:fib_table_lookup',
  'skb:kfree_skb',
] as const;

export interface CheckRow {
  check: string;
  ok: boolean;
  required: boolean;
  value: string;
  fix: string;
}

export interface Capabilities {
  kernel: string;
  bpftraceVersion: string;
  btf: boolean;
  tracefs: boolean;
  kprobes: boolean;
  fentry: boolean;
  ringbuf: boolean;
  tracepoints: string[];
  tier: 'tracepoint' | 'kprobe-nat';
  usable: boolean;
  rows: CheckRow[];
}

function parseVersion(text: string): [number, number, number] | undefined {
  const m = /v?(\d+)\.(\d+)\.(\d+)/.exec(text);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

function atLeast(v: [number, number, number] | undefined, major: number, minor: number): boolean {
  return v !== undefined && (v[0] > major || (v[0] === major && v[1] >= minor));
}

async function ensureTracefs(): Promise<{ ok: boolean; mountedNow: boolean; error?: string }> {
  if (existsSync(`${TRACEFS}/events`)) return { ok: true, mountedNow: false };
  const r = await runCommand('mount', ['-t', 'tracefs', 'nodev', TRACEFS]);
  if (r.exitCode === 0 && existsSync(`${TRACEFS}/events`)) return { ok: true, mountedNow: true };
  return { ok: false, mountedNow: false, error: r.stderr || `exit ${String(r.exitCode)}` };
}

async function bpftraceList(pattern: string): Promise<string[]> {
  const r = await runCommand('bpftrace', ['-l', pattern], { timeoutMs: 20_000 });
  if (r.exitCode !== 0) return [];
  return r.stdout.split('\n').filter((l) => l.trim() !== '');
}

/** kprobes work when the kprobe_events interface exists and a test program can attach. */
async function probeKprobes(): Promise<{ ok: boolean; why: string }> {
  const events = `${TRACEFS}/kprobe_events`;
  if (!existsSync(events)) return { ok: false, why: `${events} does not exist (CONFIG_KPROBE_EVENTS off)` };
  try {
    accessSync(events, constants.W_OK);
  } catch {
    return { ok: false, why: `${events} is not writable` };
  }
  const r = await runCommand('bpftrace', ['-e', 'kprobe:nf_nat_ipv4_manip_pkt { exit(); } BEGIN { exit(); }'], { timeoutMs: 30_000 });
  return r.exitCode === 0 ? { ok: true, why: 'test attach to nf_nat_ipv4_manip_pkt worked' } : { ok: false, why: `test attach failed: ${r.stderr.split('\n').find((l) => l.includes('ERROR')) ?? r.stderr.slice(0, 200)}` };
}

async function testAttach(): Promise<{ ok: boolean; why: string }> {
  const supervisor = new BpftraceSupervisor({ readyTimeoutMs: 60_000 });
  const started = Date.now();
  try {
    await supervisor.setProgram(generateProgram({ sessions: [{ id: 'check' }], netnsInodes: [], tier: 'tracepoint' }));
    return { ok: true, why: `the agent's tracepoint program attached in ${((Date.now() - started) / 1000).toFixed(1)} s` };
  } catch (err) {
    return { ok: false, why: (err as Error).message.slice(0, 300) };
  } finally {
    await supervisor.stop();
  }
}

/**
 * testAttach: also load and attach the agent's own program (a second or more): `--check` does;
 * an agent starting up does not, since its first session's program attaches anyway and a
 * failure there is reported in that session's SessionAck.
 */
export async function probeCapabilities(opts: { testAttach?: boolean } = {}): Promise<Capabilities> {
  const rows: CheckRow[] = [];
  const kernel = release();
  rows.push({ check: 'kernel', ok: true, required: false, value: kernel, fix: '' });

  const ver = await runCommand('bpftrace', ['--version']);
  const bpftraceVersion = ver.exitCode === 0 ? ver.stdout.trim() : '';
  const v = parseVersion(bpftraceVersion);
  rows.push({
    check: 'bpftrace',
    ok: atLeast(v, 0, 17),
    required: true,
    value: bpftraceVersion || 'not found',
    fix: bpftraceVersion ? 'install bpftrace 0.17 or newer' : 'install bpftrace (apt-get install bpftrace)',
  });

  const btf = existsSync('/sys/kernel/btf/vmlinux');
  rows.push({ check: 'BTF', ok: btf, required: true, value: btf ? '/sys/kernel/btf/vmlinux' : 'missing', fix: 'use a kernel built with CONFIG_DEBUG_INFO_BTF=y' });

  const tfs = await ensureTracefs();
  rows.push({
    check: 'tracefs',
    ok: tfs.ok,
    required: true,
    value: tfs.ok ? (tfs.mountedNow ? `mounted now at ${TRACEFS}` : TRACEFS) : `not mounted: ${tfs.error ?? ''}`,
    fix: `mount -t tracefs nodev ${TRACEFS} (needs CAP_SYS_ADMIN)`,
  });

  const tracepoints: string[] = [];
  for (const tp of REQUIRED_TRACEPOINTS) {
    const [group, name] = tp.split(':');
    const found = existsSync(`${TRACEFS}/events/${group}/${name}/format`);
    if (found) tracepoints.push(tp);
    rows.push({ check: `tracepoint ${tp}`, ok: found, required: true, value: found ? 'found' : 'missing', fix: 'use a kernel with this tracepoint (4.14+; kfree_skb reason 5.17+)' });
  }

  // The real thing (with testAttach): the agent's own tracepoint program, match-everything
  // filter, whole node, must load through the verifier and attach.
  if (opts.testAttach) {
    const canTry = ver.exitCode === 0 && tfs.ok && btf;
    const attach = canTry ? await testAttach() : { ok: false, why: 'needs bpftrace, BTF and tracefs' };
    rows.push({
      check: 'test attach',
      ok: attach.ok,
      required: true,
      value: attach.why,
      fix: 'run as root (CAP_BPF, CAP_PERFMON, CAP_SYS_ADMIN) on a kernel with BPF and BTF; see the bpftrace error',
    });
  }

  const kp = ver.exitCode === 0 && tfs.ok ? await probeKprobes() : { ok: false, why: 'needs bpftrace and tracefs' };
  rows.push({ check: 'kprobes', ok: kp.ok, required: false, value: kp.why, fix: kp.ok ? '' : 'optional: enables the exact NAT hook (CONFIG_KPROBES, CONFIG_KPROBE_EVENTS)' });

  const fentryName = atLeast(v, 0, 20) ? 'fentry' : 'kfunc';
  const fentryList = ver.exitCode === 0 ? await bpftraceList(`${fentryName}:*nf_nat_manip_pkt*`) : [];
  const fentry = fentryList.length > 0;
  rows.push({ check: 'fentry', ok: fentry, required: false, value: fentry ? fentryList[0]! : `no ${fentryName}: probes listed`, fix: fentry ? '' : 'optional: needs CONFIG_FUNCTION_TRACER and BPF trampolines' });

  let ringbufKernel = false;
  try {
    ringbufKernel = fileIncludes('/proc/kallsyms', ' bpf_ringbuf_output');
  } catch {
    ringbufKernel = false;
  }
  const ringbuf = ringbufKernel && atLeast(v, 0, 19);
  rows.push({
    check: 'ring buffer',
    ok: ringbuf,
    required: false,
    value: ringbuf ? 'bpftrace uses the BPF ring buffer' : `perf buffer (bpftrace ${v ? v.join('.') : '?'}${ringbufKernel ? '' : ', kernel without bpf_ringbuf'})`,
    fix: ringbuf ? '' : 'optional: bpftrace 0.19+ on kernel 5.8+ (fewer lost events under bursts)',
  });

  const usable = rows.every((r) => r.ok || !r.required);
  return {
    kernel,
    bpftraceVersion,
    btf,
    tracefs: tfs.ok,
    kprobes: kp.ok,
    fentry,
    ringbuf,
    tracepoints,
    tier: kp.ok ? 'kprobe-nat' : 'tracepoint',
    usable,
    rows,
  };
}

export function formatCapabilityTable(caps: Capabilities): string {
  const header = ['CHECK', 'STATUS', 'VALUE', 'HOW TO FIX'];
  const body = caps.rows.map((r) => [r.check, r.ok ? 'ok' : r.required ? 'MISSING' : 'absent', r.value, r.ok ? '' : r.fix]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  const verdict = caps.usable
    ? `verdict: usable, tier ${caps.tier}${caps.tier === 'tracepoint' ? ' (NAT seen through conntrack on transmit; no exact NAT hook)' : ''}`
    : 'verdict: NOT usable: fix the MISSING rows';
  return [line(header), ...body.map(line), '', verdict].join('\n');
}
