/**
 * `packetlife agent`: the node agent.
 *   --check [--json]                       what this kernel/bpftrace can do, with a verdict
 *   --stdout --filter EXPR [--count N] [--duration S] [--pretty]
 *                                          a one-node tracer: NDJSON events on stdout (or
 *                                          one readable line per event with --pretty)
 *   --print-program --filter EXPR          the generated bpftrace program (nothing runs)
 *   --collector URL --node NAME [--token-file F] [--ca F]
 *                                          ship events to a collector (agent/run-collector.ts)
 *   --lab NAME --node NODE                 scope to one lab node (its netns and its pods')
 */
import { hostname } from 'node:os';
import { Option, type Command } from 'commander';
import { UserError } from '../common/errors.js';
import { parseFilter } from '../filter/parse.js';
import { formatFilter } from '../filter/ast.js';
import { formatCapabilityTable, probeCapabilities, type Capabilities } from './capabilities.js';
import { eventToJson, PacketSource } from './source.js';
import { formatEvent } from './format.js';
import { scopeNetnsInodes, type SnapshotScope } from './snapshot.js';
import { generateProgram } from '../bpf/program.js';
import { sampleRateProblem } from '../bpf/sample-hash.js';
import { waitForStopSignal } from '../common/signals.js';
import { existsSync } from 'node:fs';
import { generatedAgentTokenFile, isLoopbackUrl, readTokenFile } from '../common/client-token.js';

/** The agents' endpoint, checked: ws:// or wss:// (an http:// URL is the API's, a common slip). */
function collectorUrl(given: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(given);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'ws:' && url.protocol !== 'wss:')) {
    const hint = url && (url.protocol === 'http:' || url.protocol === 'https:') ? ` (the agents' endpoint is ${url.protocol === 'https:' ? 'wss' : 'ws'}://${url.host}/v1/agents)` : '';
    throw new UserError(`--collector must be a ws:// or wss:// URL, got "${given}"${hint}`);
  }
  return url;
}

/** A collector on this machine that generated its tokens left this node's token in its run directory. */
function localAgentTokenFile(url: URL, node: string): string | undefined {
  if (!isLoopbackUrl(url)) return undefined;
  const f = generatedAgentTokenFile(Number(url.port || (url.protocol === 'wss:' ? 443 : 80)), node);
  return existsSync(f) ? f : undefined;
}

interface AgentCliOptions {
  check?: boolean;
  json?: boolean;
  stdout?: boolean;
  printProgram?: boolean;
  pretty?: boolean;
  filter: string;
  count?: number;
  duration?: number;
  lab?: string;
  node?: string;
  collector?: string;
  tokenFile?: string;
  ca?: string;
  tier: 'auto' | 'tracepoint' | 'kprobe-nat';
  eventBudget: number;
  sample?: number;
}

function positiveInt(what: string) {
  return (text: string): number => {
    if (!/^\d+$/.test(text) || Number(text) <= 0 || !Number.isSafeInteger(Number(text))) {
      throw new UserError(`${what} must be a positive integer, got "${text}"`);
    }
    return Number(text);
  };
}

/**
 * No budget unless asked: a budget is a statement about the node (how many events/s its agent and
 * the collector should carry), and benchmarks of the agent's own limits must not be sampled.
 */
export const DEFAULT_EVENT_BUDGET = 0;

function budgetArg(text: string): number {
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) throw new UserError(`--event-budget must be a whole number of events per second (0: no budget), got "${text}"`);
  return Number(text);
}

function sampleArg(text: string): number {
  const problem = /^\d+$/.test(text) ? sampleRateProblem(Number(text)) : sampleRateProblem(text);
  if (problem) throw new UserError(`--sample: ${problem}`);
  return Number(text);
}

function scopeOf(opts: AgentCliOptions): SnapshotScope {
  if (opts.lab) {
    if (!opts.node) throw new UserError('--lab needs --node NODE (the lab node this agent stands for)');
    return { kind: 'lab', lab: opts.lab, node: opts.node };
  }
  return { kind: 'node', node: opts.node ?? hostname() };
}

async function runCheck(opts: AgentCliOptions): Promise<void> {
  const caps = await probeCapabilities({ testAttach: true });
  process.stdout.write(opts.json ? `${JSON.stringify(caps, null, 2)}\n` : `${formatCapabilityTable(caps)}\n`);
  if (!caps.usable) process.exitCode = 1;
}

async function probeUsable(): Promise<Capabilities> {
  const caps = await probeCapabilities();
  if (!caps.usable) throw new UserError(`this node cannot run the agent:\n${formatCapabilityTable(caps)}`, 1);
  return caps;
}

async function resolveTier(tier: AgentCliOptions['tier']): Promise<'tracepoint' | 'kprobe-nat'> {
  return tier !== 'auto' ? tier : (await probeUsable()).tier;
}

async function runStdout(opts: AgentCliOptions): Promise<void> {
  const filter = parseFilter(opts.filter);
  const scope = scopeOf(opts);
  const tier = await resolveTier(opts.tier);
  const source = new PacketSource({ node: scope.node, scope, tier, snapshotIntervalMs: 10_000, eventBudgetPerS: opts.eventBudget });
  source.on('sampling', (oneIn: number) => process.stderr.write(`packetlife agent: over the event budget (${opts.eventBudget}/s): sampled 1/${Math.max(oneIn, opts.sample ?? 1)}\n`));
  const out = (line: string): void => void process.stdout.write(`${line}\n`);
  const render = opts.pretty ? formatEvent : eventToJson;
  source.on('events', (events: import('../common/event.js').PacketEvent[]) => {
    out(events.map(render).join('\n'));
  });
  const signal = waitForStopSignal();
  const done = Promise.race([
    new Promise<string>((resolve) => source.on('session-ended', (e: { reason: string }) => resolve(e.reason))),
    signal.received,
  ]);
  await source.start();
  process.stderr.write(
    `packetlife agent: node ${scope.node}, ${source.scopeInodes.length === 0 ? 'every netns' : `${source.scopeInodes.length} netns`}, tier ${tier}, filter ${filter ? JSON.stringify(formatFilter(filter)) : 'everything'}\n`,
  );
  try {
    await source.setSessions([{ id: 'stdout', filter, maxPackets: opts.count, maxDurationMs: opts.duration ? opts.duration * 1000 : undefined, ...(opts.sample ? { sampleOneIn: opts.sample } : {}) }]);
    process.stderr.write('packetlife agent: attached; tracing\n');
    const reason = await done;
    process.stderr.write(`packetlife agent: stopping (${reason}); loss ${JSON.stringify(source.loss())}\n`);
  } finally {
    await source.stop();
    signal.release();
  }
}

export function registerAgentCommands(program: Command): void {
  program
    .command('agent')
    .description('Node agent: kernel tracepoints → packet events (to a collector, or NDJSON on stdout)')
    .option('--check', 'probe what this kernel and bpftrace support, print a table with a verdict')
    .option('--json', 'with --check: JSON output')
    .option('--stdout', 'print NDJSON events on stdout instead of sending them to a collector')
    .option('--pretty', 'with --stdout: one readable line per event instead of NDJSON')
    .option('--print-program', 'print the generated bpftrace program and exit')
    .option('--filter <expr>', 'pcap-like filter, e.g. "tcp and port 80 or port 8080"', '')
    .option('--count <n>', 'stop after N distinct packets', positiveInt('--count'))
    .option('--duration <seconds>', 'stop after S seconds', positiveInt('--duration'))
    .option('--lab <name>', 'scope to one lab node (with --node)')
    .option('--node <name>', 'node name (default: the hostname; with --lab: the lab node)')
    .option('--collector <url>', 'collector WebSocket URL (ws:// or wss://)')
    .option('--token-file <file>', 'bearer token for the collector')
    .option('--ca <file>', 'CA certificate (PEM) for a wss:// collector')
    .addOption(new Option('--tier <tier>', 'probe tier').choices(['auto', 'tracepoint', 'kprobe-nat']).default('auto'))
    .option('--event-budget <n>', 'matched events per second this node may ship; past it the agent samples every session on its own (1 packet in 2, 4, …, the same packets on every node); 0: no budget', budgetArg, DEFAULT_EVENT_BUDGET)
    .option('--sample <n>', 'with --stdout: trace 1 packet in N (a power of two), chosen in the kernel by a hash no hop changes', sampleArg)
    .action(async (opts: AgentCliOptions) => {
      if (opts.check) return runCheck(opts);
      if (opts.printProgram) {
        const scope = scopeOf(opts);
        process.stdout.write(
          generateProgram({
            sessions: [{ id: 'cli', filter: parseFilter(opts.filter), ...(opts.sample ? { sampleOneIn: opts.sample } : {}) }],
            netnsInodes: scopeNetnsInodes(scope),
            tier: opts.tier === 'auto' ? 'tracepoint' : opts.tier,
          }),
        );
        return;
      }
      if (opts.stdout) return runStdout(opts);
      if (opts.collector) {
        const url = collectorUrl(opts.collector);
        const scope = scopeOf(opts);
        const tokenFile = opts.tokenFile ?? localAgentTokenFile(url, scope.node);
        if (opts.tokenFile !== undefined) readTokenFile(opts.tokenFile, '--token-file');
        if (opts.ca !== undefined && !existsSync(opts.ca)) throw new UserError(`--ca: no file ${opts.ca}`);
        const { runAgentWithCollector } = await import('./run-collector.js');
        const caps = await probeUsable();
        return runAgentWithCollector({
          url: url.toString(),
          scope,
          caps,
          tier: opts.tier === 'auto' ? caps.tier : opts.tier,
          tokenFile,
          caFile: opts.ca,
          eventBudgetPerS: opts.eventBudget,
        });
      }
      throw new UserError('agent: give --stdout, --collector URL, --check or --print-program');
    });
}
