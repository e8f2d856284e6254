/**
 * Benchmark (a): what the agent costs packets nobody asked about.
 *
 * UDP packets/s forwarded through a netns "node" (bench/agent-fixture.ts) in three modes,
 * interleaved round by round (the order rotates each round):
 *   none   no BPF program at all
 *   empty  bpftrace with empty bodies on the same four tracepoints: the floor any BPF tracer pays
 *   agent  the agent (PacketSource) with a filter that matches nothing
 * Reported: the median of each mode and agent/empty (target ≥ 0.97), min / median / max per
 * mode, the bench/calibration.ts figure and the load average before and after, as packets per second of
 * wall time and as packets per CPU-second of the sending task (which is charged the softirq
 * forwarding work where the BPF programs run): the second is robust on a machine shared with
 * other work, the first is not.
 *
 *   node dist/bench/agent-overhead.js [--rounds 5] [--seconds 3] [--json]
 */
import './quiet-logs.js';
import { createBenchFixture } from './agent-fixture.js';
import { BpftraceSupervisor } from '../agent/supervisor.js';
import { PacketSource } from '../agent/source.js';
import { parseFilter } from '../filter/parse.js';
import { generateEmptyProgram } from '../bpf/program.js';
import { median, numberArg } from './stats.js';
import { loadavg } from 'node:os';
import { calibrate, spread } from './calibration.js';

type Mode = 'none' | 'empty' | 'agent';

const arg = numberArg;

async function main(): Promise<void> {
  const rounds = arg('rounds', 5);
  const seconds = arg('seconds', 3);
  const json = process.argv.includes('--json');
  const loadBefore = loadavg().map((l) => Math.round(l * 100) / 100);
  const cal = calibrate();
  const fx = await createBenchFixture(String(process.pid % 100000));
  const results: Record<Mode, number[]> = { none: [], empty: [], agent: [] };
  const perCpu: Record<Mode, number[]> = { none: [], empty: [], agent: [] };
  const modes: Mode[] = ['none', 'empty', 'agent'];
  try {
    for (let round = 0; round < rounds; round++) {
      const order = modes.map((_, i) => modes[(i + round) % modes.length]!);
      for (const mode of order) {
        let stop: () => Promise<void> = async () => undefined;
        if (mode === 'empty') {
          const sup = new BpftraceSupervisor();
          await sup.setProgram(generateEmptyProgram());
          stop = () => sup.stop();
        } else if (mode === 'agent') {
          const source = new PacketSource({
            node: 'bench',
            scope: { kind: 'netns', node: 'bench', names: fx.names },
            tier: 'tracepoint',
            snapshotIntervalMs: 0,
          });
          let events = 0;
          source.on('events', (e: unknown[]) => (events += e.length));
          await source.start();
          await source.setSessions([{ id: 'nothing', filter: parseFilter('host 203.0.113.77') }]);
          stop = async () => {
            await source.stop();
            if (events !== 0) throw new Error(`the no-match filter matched ${events} events`);
          };
        }
        try {
          const r = await fx.load(seconds, 20_000_000);
          const pps = r.forwarded / r.seconds;
          const ppcs = r.forwarded / r.cpuSeconds;
          results[mode].push(pps);
          perCpu[mode].push(ppcs);
          if (!json) {
            process.stderr.write(
              `round ${round + 1} ${mode.padEnd(5)} ${Math.round(pps)} packets/s, ${Math.round(ppcs)} packets/CPU-s (${r.forwarded} forwarded of ${r.sent} sent, sender ${fx.sender})\n`,
            );
          }
        } finally {
          await stop();
        }
      }
    }
  } finally {
    await fx.remove();
  }
  const m = (xs: number[]): number => Math.round(median(xs));
  const summary = {
    rounds,
    secondsPerRun: seconds,
    sender: fx.sender,
    medianPacketsPerCpuSecond: { none: m(perCpu.none), empty: m(perCpu.empty), agent: m(perCpu.agent) },
    agentOverFloorPerCpu: median(perCpu.agent) / median(perCpu.empty),
    floorOverNonePerCpu: median(perCpu.empty) / median(perCpu.none),
    medianPps: { none: Math.round(median(results.none)), empty: Math.round(median(results.empty)), agent: Math.round(median(results.agent)) },
    runs: results,
    runsPerCpu: perCpu,
    agentOverFloor: median(results.agent) / median(results.empty),
    floorOverNone: median(results.empty) / median(results.none),
    /** min / median / max per mode, packets per sender CPU-second and per second of wall time */
    spreadPerCpu: { none: spread(perCpu.none), empty: spread(perCpu.empty), agent: spread(perCpu.agent) },
    spreadPps: { none: spread(results.none), empty: spread(results.empty), agent: spread(results.agent) },
    calibration: cal.text,
    loadavgBefore: loadBefore,
    loadavgAfter: loadavg().map((l) => Math.round(l * 100) / 100),
  };
  const sp = (x: { min: number; median: number; max: number }): string => `${Math.round(x.min)} / ${Math.round(x.median)} / ${Math.round(x.max)}`;
  if (json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  else {
    process.stdout.write(
      [
        `mode   median packets/s   median packets per sender CPU-second`,
        `none   ${String(summary.medianPps.none).padEnd(18)} ${summary.medianPacketsPerCpuSecond.none}`,
        `empty  ${String(summary.medianPps.empty).padEnd(18)} ${summary.medianPacketsPerCpuSecond.empty}`,
        `agent  ${String(summary.medianPps.agent).padEnd(18)} ${summary.medianPacketsPerCpuSecond.agent}`,
        `agent / empty (floor): ${summary.agentOverFloor.toFixed(3)} wall, ${summary.agentOverFloorPerCpu.toFixed(3)} per CPU-second`,
        `empty / none:          ${summary.floorOverNone.toFixed(3)} wall, ${summary.floorOverNonePerCpu.toFixed(3)} per CPU-second`,
        `min / median / max packets per sender CPU-second: none ${sp(summary.spreadPerCpu.none)}, empty ${sp(summary.spreadPerCpu.empty)}, agent ${sp(summary.spreadPerCpu.agent)}`,
        `min / median / max packets/s: none ${sp(summary.spreadPps.none)}, empty ${sp(summary.spreadPps.empty)}, agent ${sp(summary.spreadPps.agent)}`,
        cal.text,
        `load average before ${summary.loadavgBefore.join(' ')}, after ${summary.loadavgAfter.join(' ')}`,
      ].join('\n') + '\n',
    );
  }
}

await main();
