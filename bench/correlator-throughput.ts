/**
 * Correlator throughput on a recorded stream, on one core (one Node event loop), and memory per
 * in-flight packet.
 *
 * The stream: the reference walks (pod→pod on one node, across nodes, ClusterIP request and
 * reply, NodePort with masquerade over three nodes, egress request and reply) synthesized as the
 * kernel emits them (fixtures/walks.ts), repeated with fresh skb addresses and ports,
 * 63 events per round including route lookups, each passed through the wire codec (encode, then
 * eventFromProto) as a collector receives it. Generated before timing; the timed part is
 * push() of every event plus the final flush(), with every trace and flow handed to callbacks.
 *
 *   npm run build && node dist/bench/correlator-throughput.js [--rounds N] [--runs R] [--json]
 */
import type { PacketEvent } from '../common/event.js';
import { Correlator } from '../collector/correlate/correlator.js';
import { eventFromProto, eventToProto } from '../proto/codec.js';
import { allWalks, labModel, podToPodSameNode } from '../fixtures/walks.js';

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return def;
  const n = Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive whole number, got "${process.argv[i + 1]}"`);
  return n;
}

/**
 * One round of the walks as a collector receives them: encoded as the agent sends them and
 * decoded by proto/codec.ts eventFromProto, so the events have the one shape production decoding
 * gives them (common/event.ts), not the shapes of the test builders.
 */
function round(r: number, out: PacketEvent[]): void {
  for (const w of allWalks(5_000_000_000n + BigInt(r) * 20_000_000n, r)) for (const e of w.events) out.push(eventFromProto(eventToProto(e)));
}

function stream(rounds: number): PacketEvent[] {
  const out: PacketEvent[] = [];
  for (let r = 0; r < rounds; r++) round(r, out);
  return out;
}

interface Run {
  events: number;
  seconds: number;
  cpuSeconds: number;
  eventsPerSecond: number;
  eventsPerCpuSecond: number;
  traces: number;
  delivered: number;
}

function runOnce(events: PacketEvent[]): Run {
  let traces = 0;
  let delivered = 0;
  let flows = 0;
  const c = new Correlator({
    topology: labModel(),
    onTrace: (t) => {
      traces++;
      if (t.verdict === 'delivered') delivered++;
    },
    onFlow: () => {
      flows++;
    },
  });
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (const e of events) c.push(e);
  c.flush();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  void flows;
  return { events: events.length, seconds, cpuSeconds, eventsPerSecond: events.length / seconds, eventsPerCpuSecond: events.length / cpuSeconds, traces, delivered };
}

/**
 * The same stream made round by round and dropped after use, as a collector sees it (events
 * arrive, are correlated, become garbage): only push/flush time is counted, so the figure is the
 * correlator's, without a recorded stream of half a million events held live for the whole run.
 */
function runStreaming(rounds: number): Run {
  let traces = 0;
  let delivered = 0;
  const c = new Correlator({
    topology: labModel(),
    onTrace: (t) => {
      traces++;
      if (t.verdict === 'delivered') delivered++;
    },
  });
  let ns = 0n;
  let cpuUs = 0;
  let events = 0;
  for (let r = 0; r < rounds; r++) {
    const batch: PacketEvent[] = [];
    round(r, batch);
    events += batch.length;
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (const e of batch) c.push(e);
    if (r === rounds - 1) c.flush();
    ns += process.hrtime.bigint() - t0;
    const cpu = process.cpuUsage(cpu0);
    cpuUs += cpu.user + cpu.system;
  }
  const seconds = Number(ns) / 1e9;
  const cpuSeconds = cpuUs / 1e6;
  return { events, seconds, cpuSeconds, eventsPerSecond: events / seconds, eventsPerCpuSecond: events / cpuSeconds, traces, delivered };
}

/** Heap bytes per open chain: packets whose chains stay open (idle window far away). */
function memoryPerInFlight(packets: number): { packets: number; bytesPerPacket: number; eventsPerPacket: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  const events: PacketEvent[] = [];
  for (let i = 0; i < packets; i++) {
    // The first three hops of a same-node walk: pod eth0, host veth, route lookups — not finished.
    const w = podToPodSameNode(5_000_000_000n + BigInt(i) * 1000n, String(1_000_000 + i), 10_000 + (i % 50_000)).events.slice(0, 4);
    for (const e of w) events.push(eventFromProto(eventToProto(e)));
  }
  const c = new Correlator({ topology: labModel(), chainIdleNs: 1e15, chainGapNs: 1e15, chainMaxNs: 1e15, maxInFlightChains: packets + 1 });
  gc?.();
  const before = process.memoryUsage().heapUsed;
  for (const e of events) c.push(e);
  gc?.();
  const after = process.memoryUsage().heapUsed;
  if (c.stats.chainsOpen !== packets) throw new Error(`expected ${packets} open chains, got ${c.stats.chainsOpen}`);
  // The events themselves are counted: the correlator holds them until the chain closes.
  return { packets, bytesPerPacket: (after - before) / packets, eventsPerPacket: events.filter((e) => e.kind !== 'route').length / packets };
}

import { calibrate, spread } from './calibration.js';

function main(): void {
  const rounds = arg('rounds', 8000);
  const runs = arg('runs', 3);
  const json = process.argv.includes('--json');
  const events = stream(rounds);
  runOnce(stream(200)); // warm up the JIT
  const results: Run[] = [];
  for (let i = 0; i < runs; i++) results.push(runOnce(events));
  const sorted = [...results].sort((a, b) => a.eventsPerSecond - b.eventsPerSecond);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const streaming: Run[] = [];
  for (let i = 0; i < runs; i++) streaming.push(runStreaming(rounds));
  const sMedian = [...streaming].sort((a, b) => a.eventsPerSecond - b.eventsPerSecond)[Math.floor(streaming.length / 2)]!;
  const mem = memoryPerInFlight(50_000);
  const calibration = calibrate();
  const wall = spread(results.map((r) => r.eventsPerSecond));
  const cpu = spread(results.map((r) => r.eventsPerCpuSecond));
  const report = { node: process.version, rounds, runs: results, median, spread: { eventsPerSecond: wall, eventsPerCpuSecond: cpu }, streaming: { runs: streaming, median: sMedian }, memory: mem, calibration };
  if (json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  const f = (n: number): string => Math.round(n).toLocaleString('en-US');
  process.stdout.write(
    [
      `correlator throughput (${f(median.events)} events, ${rounds} rounds of 7 walks, median of ${runs})`,
      `  events/s (wall)        ${f(median.eventsPerSecond)} (min ${f(wall.min)}, max ${f(wall.max)})`,
      `  events/s (CPU second)  ${f(median.eventsPerCpuSecond)} (min ${f(cpu.min)}, max ${f(cpu.max)})`,
      `  traces                 ${f(median.traces)} (${f(median.delivered)} delivered)`,
      `streaming (events made per round, dropped after use; only correlator time counted)`,
      `  events/s (wall)        ${f(sMedian.eventsPerSecond)}`,
      `  events/s (CPU second)  ${f(sMedian.eventsPerCpuSecond)}`,
      `  traces                 ${f(sMedian.traces)} (${f(sMedian.delivered)} delivered)`,
      `memory per in-flight packet (${f(mem.packets)} open chains of ${mem.eventsPerPacket} events)`,
      `  heap bytes / packet    ${f(mem.bytesPerPacket)}${(globalThis as { gc?: unknown }).gc ? '' : '  (run with --expose-gc for a steadier figure)'}`,
      calibration.text,
      '',
    ].join('\n'),
  );
}

main();
