/**
 * `npm run bench`: the benchmarks by name, so nobody has to remember file paths.
 *
 *   npm run bench                      # the benchmarks that need no root, one after the other
 *   npm run bench -- --list            # every benchmark, what it measures, whether it needs root
 *   npm run bench -- NAME [ARGS...]    # one benchmark with its own arguments (see its header)
 *
 * Each runs as its own process (dist/bench/NAME.js) so that one's memory and JIT state never
 * colour the next one's figures. bench/README.md has the figures and how they were taken.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface Bench {
  name: string;
  what: string;
  needsRoot: boolean;
}

export const BENCHMARKS: readonly Bench[] = [
  { name: 'correlator-throughput', what: 'correlator events per CPU-second and memory per in-flight packet', needsRoot: false },
  { name: 'segments-throughput', what: 'node-local segments vs raw events: collector packets-through-nodes per CPU-second, agent CPU per event, wire bytes per packet', needsRoot: false },
  { name: 'segments-vs-filed', what: 'issue 11 as filed: collector packets-through-nodes per CPU-second on segment columns vs the issue-filing build (2cf3b8c) on raw events (needs --filed DIR)', needsRoot: false },
  { name: 'ingest-healthz', what: 'the slowest /healthz answer while the collector takes a maximal agent batch, beside idle', needsRoot: false },
  { name: 'transport-throughput', what: 'agent → collector events/s over a real WebSocket, CPU of each side', needsRoot: false },
  { name: 'agent-overhead', what: 'packets/s with the agent attached vs an empty program on the same tracepoints', needsRoot: true },
  { name: 'agent-events', what: 'agent events/s (parse, enrich, encode) vs raw bpftrace output', needsRoot: true },
  { name: 'agent-cli-resources', what: 'CPU and memory of the real `packetlife agent` process at 10k events/s', needsRoot: true },
  { name: 'e2e-latency', what: 'packet → trace latency on the collector stream, in the lab', needsRoot: true },
  { name: 'otlp-export', what: 'OTLP export cost per trace, collector throughput with export on ÷ off', needsRoot: false },
  { name: 'otlp-collector', what: 'the collector as deployed (WebSocket ingest, correlator, store): throughput with OTLP export on ÷ off', needsRoot: false },
  { name: 'ingest-healthz', what: '/healthz latency while the collector takes a maximal agent batch', needsRoot: false },
  { name: 'load-traces', what: 'traces under steady HTTP load through the lab, real processes', needsRoot: true },
  { name: 'partition-sim', what: 'partition keys for a group of collectors: stitches that cross collectors, balance', needsRoot: false },
  { name: 'session-match', what: 'a finished trace judged against a NodePort and a ClusterIP session at 10 and 1,000 nodes: ns a trace', needsRoot: false },
  { name: 'store-memory', what: 'heap and RSS of a full trace store (maxTraces) of the reference walks, to size the collector\'s heap', needsRoot: false },
  { name: 'topology-size', what: 'topology frames for agents at 10, 100, 1,000 nodes: whole JSON vs shared cluster part + node part, build time; each whole-cluster step in one piece and its longest slice', needsRoot: false },
  { name: 'topology-churn', what: '/healthz and the collector\'s loop stalls while agents\' snapshots keep changing a 1,000-node topology (--base DIST: A/B)', needsRoot: false },
  { name: 'session-limits', what: 'sessions per kernel program: verifier instructions and load time for N ordinary sessions', needsRoot: true },
];

function run(name: string, args: string[]): number {
  const file = fileURLToPath(new URL(`./${name}.js`, import.meta.url));
  if (!existsSync(file)) throw new Error(`no benchmark ${file}: run "npm run build" first`);
  process.stderr.write(`\n== bench ${name} ${args.join(' ')}\n`);
  const r = spawnSync(process.execPath, [file, ...args], { stdio: 'inherit' });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

function list(): void {
  const isRoot = process.getuid?.() === 0;
  for (const b of BENCHMARKS) {
    process.stdout.write(`${b.name.padEnd(24)}${(b.needsRoot ? 'root + bpftrace' : 'no root').padEnd(17)}${b.what}\n`);
  }
  if (!isRoot) process.stdout.write('\n(not root: the root benchmarks cannot run here)\n');
}

function main(argv: string[]): number {
  const [first, ...rest] = argv;
  if (first === '--list' || first === '-h' || first === '--help') {
    list();
    return 0;
  }
  if (first !== undefined) {
    const b = BENCHMARKS.find((x) => x.name === first);
    if (!b) {
      process.stderr.write(`unknown benchmark "${first}"; known: ${BENCHMARKS.map((x) => x.name).join(', ')}\n`);
      return 2;
    }
    return run(b.name, rest);
  }
  let failed = 0;
  for (const b of BENCHMARKS.filter((x) => !x.needsRoot)) if (run(b.name, []) !== 0) failed++;
  process.stderr.write(`\nthe root benchmarks (${BENCHMARKS.filter((x) => x.needsRoot).map((x) => x.name).join(', ')}) run by name: npm run bench -- NAME\n`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
