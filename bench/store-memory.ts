/**
 * bench/store-memory.ts — what a full trace store holds in memory, to size the collector's heap
 * (helm values collector.nodeOptions, collector.resources): the reference walks (fixtures/walks.ts)
 * through the correlator into a TraceStore of --traces traces and flows (the chart's maxTraces),
 * past its bound so it evicts as a long-running collector does; then the heap after a full GC
 * against the heap before, and the process's RSS. Each round builds its store from nothing and
 * measures its heap from its own start (the previous round's store dropped and collected); RSS is
 * the whole process's at the round's end, which keeps pages earlier rounds freed: the first
 * round's is the one of a fresh process.
 *
 *   npm run build && node dist/bench/store-memory.js [--traces 50000] [--rounds 5] [--json]
 */
import { TraceStore } from '../collector/store.js';
import { Correlator } from '../collector/correlate/correlator.js';
import { allWalks, labModel } from '../fixtures/walks.js';
import { loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { calibrate, spread, spreadText } from './calibration.js';
import { numberArg } from './stats.js';

const traces = numberArg('traces', 50_000);
const rounds = numberArg('rounds', 5);
// a full GC on demand without a node flag (so `npm run bench -- store-memory` runs it as it is)
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

interface Round {
  made: number;
  stored: number;
  heapMiB: number;
  rssMiB: number;
  bytesPerTrace: number;
}

function round(): Round {
  gc();
  const h0 = process.memoryUsage().heapUsed;
  const store = new TraceStore(traces, traces);
  let made = 0;
  const topology = labModel();
  const c = new Correlator({
    topology,
    onTrace: (t, f) => {
      store.addTrace(t);
      store.upsertFlow(f);
      made++;
    },
  });
  // past the bound by a fifth: the store has evicted, as it does once a collector has run a while
  const start = 1_700_000_000_000_000_000n;
  for (let r = 0; made < traces * 1.2; r++) {
    for (const w of allWalks(start + BigInt(r) * 1_000_000_000n, r)) for (const e of w.events) c.push(e);
    c.tick(start + BigInt(r + 10) * 1_000_000_000n);
  }
  gc();
  const m = process.memoryUsage();
  const heap = m.heapUsed - h0;
  const stored = store.stats.traces;
  return { made, stored, heapMiB: heap / 2 ** 20, rssMiB: m.rss / 2 ** 20, bytesPerTrace: heap / stored };
}

const out: Round[] = [];
for (let i = 0; i < rounds; i++) out.push(round());
const r1 = (x: number): number => Math.round(x * 10) / 10;
const summary = {
  traces,
  rounds,
  stored: out.map((r) => r.stored),
  heapMiB: spread(out.map((r) => r1(r.heapMiB))),
  rssMiB: spread(out.map((r) => r1(r.rssMiB))),
  firstRoundRssMiB: r1(out[0]!.rssMiB),
  bytesPerTrace: spread(out.map((r) => Math.round(r.bytesPerTrace))),
  loadavg: loadavg().map((l) => Math.round(l * 100) / 100),
  calibration: calibrate().text,
};
if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
else {
  process.stdout.write(
    [
      `a store of ${traces} traces (reference walks, ${out[0]!.made} made each round, the oldest evicted), ${rounds} rounds, min / median / max:`,
      `  heap after a full GC  ${spreadText(summary.heapMiB, 1)} MiB   (${spreadText(summary.bytesPerTrace)} bytes a stored trace, its flow and the correlator's state)`,
      `  process RSS           ${spreadText(summary.rssMiB, 1)} MiB (the first round, a fresh process's: ${summary.firstRoundRssMiB})`,
      `  load average ${summary.loadavg.join(' ')}; ${summary.calibration}`,
    ].join('\n') + '\n',
  );
}
