/**
 * The claims engine: pure functions from claims and inputs (traces, node/pod state, the output of
 * driven commands, a name table) to verdicts with evidence. No I/O here: sources collect the
 * inputs (see traces.ts, state.ts, drive.ts) so that every verdict is reproducible from data.
 */
import type { Trace } from '../collector/trace-model.js';
import type { Claim } from './schema.js';
import { checkAddresses, checkEnis, checkIptables, checkNeighbours, checkRoutes, checkRules } from './expect-state.js';
import { checkNat, checkConntrack } from './expect-nat.js';
import { checkDelivered, checkPath, checkRoutingTable, checkSourceSeen } from './expect-path.js';
import { checkLatency, checkSpread } from './expect-samples.js';
import type { TrafficContext } from './trace-checks.js';
import { matchingTraces } from './match.js';
import { emptyNames, mergeNames, namesFromState, type NameTable } from './names.js';
import { combine, fail, inconclusive, pass, skipped, type Check, type ClaimResult } from './result.js';
import type { ClusterState } from './state.js';

/** One run of a claim's driven command. */
export interface CommandRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface EvaluationInputs {
  /** All traces to judge traffic claims by; undefined = no trace source (those checks are skipped). */
  traces?: Trace[];
  /** Node and pod state; undefined = no state source (state claims are inconclusive). */
  state?: ClusterState;
  /** The runs of each claim's driven command, by claim id. */
  outputs?: Record<string, CommandRun[]>;
  /** Names to resolve pods, services and nodes to addresses (merged with what state reveals). */
  names?: NameTable;
}

const TRAFFIC_EXPECTATIONS = ['delivered', 'path', 'nat', 'sourceSeenByDestination', 'routingTable', 'latency', 'spread', 'conntrack'] as const;

export function evaluateClaims(claims: Claim[], inputs: EvaluationInputs): ClaimResult[] {
  const names = mergeNames(inputs.names ?? emptyNames(), inputs.state ? namesFromState(inputs.state) : undefined);
  return claims.map((claim) => evaluateClaim(claim, inputs, names));
}

export function evaluateClaim(claim: Claim, inputs: EvaluationInputs, names: NameTable): ClaimResult {
  const checks = [
    ...(claim.subject.traffic ? trafficChecks(claim, inputs, names) : []),
    ...(claim.subject.state ? stateChecks(claim, inputs.state) : []),
  ];
  if (claim.traffic?.expectOutput !== undefined) checks.push(outputCheck(claim, inputs.outputs?.[claim.id]));
  const { verdict, evidence } = combine(checks);
  const traceIds = [...new Set(checks.flatMap((c) => c.traceIds ?? []))];
  return { id: claim.id, statement: claim.statement, experiment: claim.experiment, verdict, evidence, checks, traceIds };
}

function trafficChecks(claim: Claim, inputs: EvaluationInputs, names: NameTable): Check[] {
  const subject = claim.subject.traffic!;
  const e = claim.expect;
  const wanted = TRAFFIC_EXPECTATIONS.filter((k) => e[k] !== undefined);
  if (inputs.traces === undefined) return wanted.map((k) => skipped(k, 'no trace source'));
  const matched = matchingTraces(inputs.traces, subject, names);
  const minTraces = e.minTraces ?? 1;
  const what = `${subject.from} → ${subject.to}${subject.port ? `:${subject.port}` : ''}${subject.protocol ? `/${subject.protocol}` : ''}`;
  if (matched.length < minTraces) {
    const why = matched.length === 0 ? `no traffic ${what} among ${inputs.traces.length} traces` : `${matched.length} traces ${what}, need ${minTraces}`;
    return wanted.map((k) => inconclusive(k, why, matched.map((t) => t.id)));
  }
  const ctx: TrafficContext = { matched, all: inputs.traces, names, from: subject.from };
  const checks: Check[] = [];
  if (e.delivered) checks.push(checkDelivered(ctx));
  if (e.path) checks.push(checkPath(ctx, e.path));
  if (e.nat) checks.push(checkNat(ctx, e.nat));
  if (e.sourceSeenByDestination) checks.push(checkSourceSeen(ctx, e.sourceSeenByDestination));
  if (e.routingTable) checks.push(checkRoutingTable(ctx, e.routingTable));
  if (e.latency) checks.push(checkLatency(ctx, e.latency));
  if (e.spread) checks.push(checkSpread(ctx, e.spread));
  if (e.conntrack) checks.push(checkConntrack(ctx));
  return checks;
}

function stateChecks(claim: Claim, state: ClusterState | undefined): Check[] {
  const ref = claim.subject.state!;
  const e = claim.expect;
  const fields = (['addresses', 'routes', 'neighbours', 'rules', 'iptables', 'enis'] as const).filter((k) => e[k] !== undefined);
  if (!state) return fields.map((k) => inconclusive(k, 'no state source'));
  if (ref.startsWith('pod/')) {
    const pod = state.pods[ref.slice(4)];
    if (!pod) return fields.map((k) => inconclusive(k, `${ref} not read: ${state.errors[ref] ?? 'not collected'}`));
    const checks: Check[] = [];
    if (e.addresses) checks.push(checkAddresses(pod.netns, e.addresses));
    if (e.routes) checks.push(checkRoutes(pod.netns, e.routes));
    if (e.neighbours) checks.push(checkNeighbours(pod, e.neighbours));
    return checks;
  }
  const node = state.nodes[ref.slice(5)];
  if (!node) return fields.map((k) => inconclusive(k, `${ref} not read: ${state.errors[ref] ?? 'not collected'}`));
  const checks: Check[] = [];
  if (e.addresses) checks.push(checkAddresses(node.host, e.addresses));
  if (e.routes) checks.push(checkRoutes(node.host, e.routes));
  if (e.rules) checks.push(checkRules(node.host, e.rules));
  if (e.iptables) checks.push(...checkIptables(node, e.iptables));
  if (e.enis) checks.push(checkEnis(node, e.enis));
  return checks;
}

function outputCheck(claim: Claim, runs: CommandRun[] | undefined): Check {
  const spec = claim.traffic!;
  if (!runs || runs.length === 0) return skipped('output', 'traffic not driven');
  const re = new RegExp(spec.expectOutput!);
  for (const [i, run] of runs.entries()) {
    const excerpt = relevantExcerpt(run.stdout, spec.expectOutput!);
    if (run.exitCode !== 0) {
      return fail('output', `run ${i + 1}/${runs.length} of ${spec.command.join(' ')} exited ${run.exitCode}: ${(run.stderr.trim() || excerpt).slice(0, 160)}`);
    }
    if (!re.test(run.stdout)) return fail('output', `run ${i + 1}/${runs.length} printed "${excerpt}", not matching /${spec.expectOutput}/`);
  }
  const m = re.exec(runs[0]!.stdout);
  return pass('output', `${runs.length} run${runs.length > 1 ? 's' : ''} of ${spec.command.join(' ')} in ${spec.runIn} printed "${m?.[0]?.trim() ?? ''}"`);
}

/**
 * The part of a command's output a failed match is about: the line holding the longest start of
 * the pattern's literal prefix ("client_address=10.0.0.75" → the client_address line of an echo
 * server's page), else the output's beginning.
 */
export function relevantExcerpt(output: string, pattern: string): string {
  const literal = /^\^?((?:\\[.\-/=:]|[A-Za-z0-9_=:/\- ])*)/.exec(pattern)?.[1]?.replace(/\\(.)/g, '$1') ?? '';
  const lines = output.split('\n').map((l) => l.trim()).filter(Boolean);
  for (let n = literal.length; n >= 4; n--) {
    const line = lines.find((l) => l.includes(literal.slice(0, n)));
    if (line) return line.length > 160 ? `${line.slice(0, 157)}...` : line;
  }
  const out = output.trim();
  return out.length > 120 ? `${out.slice(0, 117)}...` : out;
}

/** The nodes and pods whose state the claims read. */
export function stateSubjects(claims: Claim[]): { nodes: string[]; pods: string[] } {
  const nodes: string[] = [];
  const pods: string[] = [];
  for (const c of claims) {
    const ref = c.subject.state;
    if (ref?.startsWith('node/')) nodes.push(ref.slice(5));
    if (ref?.startsWith('pod/')) pods.push(ref.slice(4));
  }
  return { nodes: [...new Set(nodes)], pods: [...new Set(pods)] };
}
