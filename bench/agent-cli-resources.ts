/**
 * Benchmark (c) on the real command: `packetlife agent --stdout --filter 'udp and dst port 9000'`
 * as its own process (NDJSON to /dev/null), with the bench fixture's UDP load paced so that the
 * agent handles about 10,000 events/s. Reports the agent process's CPU (share of one core) and
 * peak RSS (VmHWM), and its bpftrace child's CPU, read from /proc.
 *
 *   node dist/bench/agent-cli-resources.js [--rounds 5] [--seconds 5] [--pps 1430] [--json]
 *
 * Each round starts a fresh agent process (so each peak RSS is its own), waits for it to attach,
 * runs the paced load and reads /proc. Printed: min / median / max over the rounds, the
 * bench/calibration.ts figure and the load average before and after.
 * ≈ 7 events per forwarded packet (send, veth receive, route lookups, forward, drop), so 1430
 * packets/s ≈ 10k events/s; the events the agent printed are counted. Root, bpftrace and a mounted tracefs needed.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { createBenchFixture } from './agent-fixture.js';
import { loadavg } from 'node:os';
import { numberArg } from './stats.js';
import { calibrate, spread, type Spread } from './calibration.js';

const CLI = fileURLToPath(new URL('../cli.js', import.meta.url));
const arg = numberArg;
const seconds = arg('seconds', 5);
const rounds = arg('rounds', 5);
const pps = arg('pps', 1430);
const TICKS = 100; // USER_HZ

function cpuTicks(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(f[11]) + Number(f[12]); // utime + stime
}
function peakRssKiB(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : NaN;
}
function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

interface Round {
  seconds: number;
  packetsPerSecond: number;
  eventsPerSecond: number;
  agentCpuShare: number;
  bpftraceCpuShare: number;
  agentIdleRssMiB: number;
  agentPeakRssMiB: number;
}

async function round(fixture: Awaited<ReturnType<typeof createBenchFixture>>): Promise<Round> {
  const agent = execa(process.execPath, [CLI, 'agent', '--stdout', '--filter', 'udp and dst port 9000'], {
    stdout: 'pipe',
    stderr: 'pipe',
    reject: false,
    env: { PACKETLIFE_LOG_LEVEL: 'warn' },
  });
  let lines = 0;
  agent.stdout?.on('data', (d: Buffer) => {
    for (let i = d.indexOf(10); i >= 0; i = d.indexOf(10, i + 1)) lines++;
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the agent did not attach within 30 s')), 30_000);
      agent.stderr?.on('data', (d: Buffer) => {
        if (String(d).includes('attached')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    const pid = agent.pid!;
    const bpf = childPids(pid)[0];
    const idleRss = peakRssKiB(pid);
    const a0 = cpuTicks(pid);
    const b0 = bpf ? cpuTicks(bpf) : 0;
    const l0 = lines;
    const load = await fixture.load(seconds, pps * seconds + 10, pps);
    await new Promise((r) => setTimeout(r, 300)); // the last batch
    const a1 = cpuTicks(pid);
    const b1 = bpf ? cpuTicks(bpf) : 0;
    return {
      seconds: load.seconds,
      packetsPerSecond: Math.round(load.sent / load.seconds),
      eventsPerSecond: Math.round((lines - l0) / load.seconds),
      agentCpuShare: (a1 - a0) / TICKS / load.seconds,
      bpftraceCpuShare: (b1 - b0) / TICKS / load.seconds,
      agentIdleRssMiB: idleRss / 1024,
      agentPeakRssMiB: peakRssKiB(pid) / 1024,
    };
  } finally {
    agent.kill('SIGTERM');
    await agent;
  }
}

const loadBefore = loadavg().map((l) => Math.round(l * 100) / 100);
const cal = calibrate();
const fixture = await createBenchFixture('agcl');
const results: Round[] = [];
try {
  for (let i = 0; i < rounds; i++) {
    const r = await round(fixture);
    results.push(r);
    if (!process.argv.includes('--json')) {
      process.stderr.write(
        `round ${i + 1}: ${r.eventsPerSecond} events/s, agent ${(r.agentCpuShare * 100).toFixed(1)}% of a core, bpftrace ${(r.bpftraceCpuShare * 100).toFixed(1)}%, RSS idle ${r.agentIdleRssMiB.toFixed(0)} MiB, peak ${r.agentPeakRssMiB.toFixed(0)} MiB\n`,
      );
    }
  }
} finally {
  await fixture.remove();
}
const sp = (f: (r: Round) => number): Spread => spread(results.map(f));
const summary = {
  rounds,
  secondsPerRound: seconds,
  eventsPerSecond: sp((r) => r.eventsPerSecond),
  agentCpuPercentOfCore: sp((r) => r.agentCpuShare * 100),
  bpftraceCpuPercentOfCore: sp((r) => r.bpftraceCpuShare * 100),
  agentIdleRssMiB: sp((r) => r.agentIdleRssMiB),
  agentPeakRssMiB: sp((r) => r.agentPeakRssMiB),
  runs: results,
  calibration: cal.text,
  loadavgBefore: loadBefore,
  loadavgAfter: loadavg().map((l) => Math.round(l * 100) / 100),
};
const f = (x: Spread, d = 0): string => `${x.min.toFixed(d)} / ${x.median.toFixed(d)} / ${x.max.toFixed(d)}`;
if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(summary)}\n`);
else {
  process.stdout.write(
    [
      `min / median / max of ${rounds} rounds × ${seconds} s (a fresh \`packetlife agent --stdout\` each):`,
      `  events/s              ${f(summary.eventsPerSecond)}`,
      `  agent CPU, % of core  ${f(summary.agentCpuPercentOfCore, 1)}`,
      `  bpftrace CPU, %       ${f(summary.bpftraceCpuPercentOfCore, 1)}`,
      `  agent RSS idle, MiB   ${f(summary.agentIdleRssMiB)}`,
      `  agent RSS peak, MiB   ${f(summary.agentPeakRssMiB)}`,
      cal.text,
      `load average before ${loadBefore.join(' ')}, after ${summary.loadavgAfter.join(' ')}`,
    ].join('\n') + '\n',
  );
}
