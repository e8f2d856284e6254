/**
 * Benchmark (c) on the real command: `packetlife agent --stdout --filter 'udp and dst port 9000'`
 * as its own process (NDJSON to /dev/null), with the bench fixture's UDP load paced so that the
 * agent handles about 10,000 events/s. Reports the agent process's CPU (share of one core) and
 * peak RSS (VmHWM), and its bpftrace child's CPU, read from /proc.
 *
 *   node dist/bench/agent-cli-resources.js [--seconds 10] [--pps 1430] [--json]
 *
 * ≈ 7 events per forwarded packet (send, veth receive, route lookups, forward, drop), so 1430
 * packets/s ≈ 10k events/s; the events the agent printed are counted. Root, bpftrace and a mounted tracefs needed.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { createBenchFixture } from './agent-fixture.js';
import { numberArg } from './stats.js';

const CLI = fileURLToPath(new URL('../cli.js', import.meta.url));
const arg = numberArg;
const seconds = arg('seconds', 10);
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

const fixture = await createBenchFixture('agcl');
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
  const result = {
    seconds: load.seconds,
    packetsSent: load.sent,
    packetsPerSecond: Math.round(load.sent / load.seconds),
    eventsPerSecond: Math.round((lines - l0) / load.seconds),
    agentCpuShare: (a1 - a0) / TICKS / load.seconds,
    bpftraceCpuShare: (b1 - b0) / TICKS / load.seconds,
    agentIdleRssMiB: idleRss / 1024,
    agentPeakRssMiB: peakRssKiB(pid) / 1024,
  };
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(result)}\n`);
  else {
    process.stdout.write(
      `events/s ${result.eventsPerSecond} (packets/s ${result.packetsPerSecond}) for ${result.seconds.toFixed(1)} s\n` +
        `agent CPU ${(result.agentCpuShare * 100).toFixed(1)}% of a core, bpftrace ${(result.bpftraceCpuShare * 100).toFixed(1)}%\n` +
        `agent RSS idle ${result.agentIdleRssMiB.toFixed(0)} MiB, peak ${result.agentPeakRssMiB.toFixed(0)} MiB\n`,
    );
  }
} finally {
  agent.kill('SIGTERM');
  await agent;
  await fixture.remove();
}
