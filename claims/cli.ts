/**
 * `packetlife verify CLAIMS.yaml [--collector URL] [--lab NAME] [--json]`: evaluates a claims file
 * and prints the verified table; exit code 1 when any claim is not PASS (failed or inconclusive).
 *
 * --lab NAME drives each claim's traffic in the lab, then reads node and pod state live from it;
 * --collector URL fetches the traces (started after the traffic began, when driving).
 */
import type { Command } from 'commander';
import { UserError } from '../common/errors.js';
import { clientToken, tokenArg } from '../common/client-token.js';
import { checkLabName } from '../lab/lab.js';
import { readLabState } from '../lab/state.js';
import { driveClaimTraffic } from './drive.js';
import { evaluateClaims, stateSubjects, type EvaluationInputs } from './engine.js';
import { loadClaims } from './schema.js';
import { namesFromLabTopology } from './names.js';
import { renderClaimTable } from './render.js';
import type { ClaimResult } from './result.js';
import { collectState } from './state.js';
import { LabStateSource } from './state-lab.js';
import { collectTraces, HttpTraceSource, startTraceSessions, stopTraceSessions, waitForAttachment } from './traces.js';

interface VerifyOptions {
  collector?: string;
  token?: string;
  tokenFile?: string;
  sessions: boolean;
  lab?: string;
  json?: boolean;
  drive: boolean;
  settle: string;
  attachTimeout?: string;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function verifyCommand(file: string, opts: VerifyOptions): Promise<ClaimResult[]> {
  const claims = loadClaims(file);
  if (opts.lab === undefined && opts.collector === undefined) {
    throw new UserError('nothing to verify against: give --collector URL (traces), --lab NAME (state, driven traffic) or both');
  }
  if (opts.lab !== undefined) checkLabName(opts.lab);
  if (opts.collector !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(opts.collector);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      throw new UserError(`--collector: expected an http(s) URL such as http://127.0.0.1:7070, got "${opts.collector}"`);
    }
  }
  const token = opts.collector !== undefined ? await clientToken(opts, opts.collector) : undefined;
  const inputs: EvaluationInputs = {};
  const progress = (msg: string): void => {
    if (!opts.json) process.stderr.write(`${msg}\n`);
  };
  const settle = Number(opts.settle);
  if (!Number.isFinite(settle) || settle < 0 || settle > 60) throw new UserError(`--settle: expected 0-60 seconds, got "${opts.settle}"`);
  const attachTimeout = Number(opts.attachTimeout ?? '30');
  if (!Number.isFinite(attachTimeout) || attachTimeout <= 0 || attachTimeout > 600) throw new UserError(`--attach-timeout: expected 1-600 seconds, got "${opts.attachTimeout}"`);
  const sinceNs = String(BigInt(Date.now()) * 1_000_000n);
  // Sessions this run started: ended when it ends, whatever happens (else agents trace on for their whole duration).
  const sessions: string[] = [];
  try {
    if (opts.lab !== undefined) {
      const lab = readLabState(opts.lab);
      if (!lab) throw new UserError(`lab "${opts.lab}" is not up (run "packetlife lab up --name ${opts.lab}")`);
      inputs.names = namesFromLabTopology(lab.topology);
      if (opts.drive) {
        const driven = claims.filter((c) => c.traffic);
        if (opts.collector !== undefined && opts.sessions) {
          try {
            const { started, unsupported } = await startTraceSessions(opts.collector, claims, 120_000, 10_000, token);
            sessions.push(...started);
            if (unsupported) progress('collector has no sessions API: relying on what it already traces');
            else progress(`started ${started.length} trace sessions`);
            // Traffic driven before every agent has the filter in its kernel would go untraced.
            if (started.length > 0) await waitForAttachment(opts.collector, started, attachTimeout * 1000, progress, 200, token);
          } catch (err) {
            throw new UserError((err as Error).message);
          }
        }
        progress(`driving traffic for ${driven.length} claims in lab ${opts.lab}`);
        inputs.outputs = await driveClaimTraffic(claims, opts.lab);
      }
      inputs.state = await collectState(new LabStateSource(opts.lab), stateSubjects(claims));
    }
    if (opts.collector !== undefined) {
      // Traces complete on an idle timeout: give the last driven packets time to become traces.
      if (inputs.outputs !== undefined && settle > 0) await sleep(settle * 1000);
      const source = new HttpTraceSource(opts.collector, 5000, 10_000, token);
      try {
        inputs.traces = await collectTraces(source, claims, inputs.outputs !== undefined ? sinceNs : undefined);
      } catch (err) {
        throw new UserError((err as Error).message);
      }
    }
  } finally {
    if (opts.collector !== undefined && sessions.length > 0) await stopTraceSessions(opts.collector, sessions, token);
  }
  return evaluateClaims(claims, inputs);
}

/** Like `demo`: 0 only when every claim passed; a failed or inconclusive claim is not a verified one. */
export function verifyExitCode(results: ClaimResult[]): number {
  return results.every((r) => r.verdict === 'pass') ? 0 : 1;
}

export function registerClaimsCommands(program: Command): void {
  program
    .command('verify')
    .description('Check claims about the network against live traces and node state')
    .argument('<claims>', 'claims file (YAML), e.g. examples/eks-claims.yaml')
    .option('--collector <url>', 'collector HTTP API to read traces from, e.g. http://127.0.0.1:7070')
    .option('--token <token>', 'bearer token for the collector (default: --token-file, PACKETLIFE_TOKEN, a local collector\'s generated token, the kube context\'s credentials)', tokenArg)
    .option('--token-file <file>', 'file holding the bearer token')
    .option('--lab <name>', 'lab to drive traffic in and read node/pod state from')
    .option('--no-drive', 'with --lab: do not drive the claims\' traffic')
    .option('--no-sessions', 'with --lab and --collector: do not start trace sessions before driving')
    .option('--settle <seconds>', 'after driving, wait this long for traces to complete (the collector closes a trace waiting on a quiet node after 5 s)', '6')
    .option('--attach-timeout <seconds>', 'with sessions: how long to wait for every agent to attach them before failing, naming the missing agents', '30')
    .option('--json', 'print results as JSON')
    .action(async (file: string, opts: VerifyOptions) => {
      const results = await verifyCommand(file, opts);
      if (opts.json) {
        const count = (v: ClaimResult['verdict']): number => results.filter((r) => r.verdict === v).length;
        process.stdout.write(`${JSON.stringify({ results, summary: { pass: count('pass'), fail: count('fail'), inconclusive: count('inconclusive') } }, null, 2)}\n`);
      } else {
        process.stdout.write(renderClaimTable(results, { width: process.stdout.columns ?? 120 }));
      }
      process.exitCode = verifyExitCode(results);
    });
}
