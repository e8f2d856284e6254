#!/usr/bin/env node
import { Command } from 'commander';
import { PACKETLIFE_VERSION } from './common/version.js';
import { UserError } from './common/errors.js';

/**
 * Each command family lives in its own module; only the one a command line names is loaded, so
 * that the node agent (a DaemonSet on every node) does not carry the collector's Kubernetes
 * client, the lab or the claims engine in its memory. `--help` and unknown commands load all.
 */
const families: Record<string, () => Promise<(program: Command) => void>> = {
  lab: async () => (await import('./lab/cli.js')).registerLabCommands,
  agent: async () => (await import('./agent/cli.js')).registerAgentCommands,
  collector: async () => (await import('./collector/cli.js')).registerCollectorCommands,
  claims: async () => (await import('./claims/cli.js')).registerClaimsCommands,
  // demo/cli.ts must come before any logger exists: it sets the demo's log level.
  demo: async () => (await import('./demo/cli.js')).registerDemoCommand,
};
const familyOf: Record<string, keyof typeof families> = {
  lab: 'lab',
  agent: 'agent',
  collector: 'collector',
  trace: 'collector',
  traces: 'collector',
  verify: 'claims',
  demo: 'demo',
};

const program = new Command();
// Option mistakes are user mistakes: one line, exit 2 (commander's default is exit 1).
program
  .name('packetlife')
  .description('Live packet traces for Kubernetes: every hop, NAT rewrite, routing decision and drop.')
  .version(PACKETLIFE_VERSION);

const named = familyOf[process.argv[2] ?? ''];
const load = named ? [families[named]!] : [families.demo!, families.lab!, families.agent!, families.collector!, families.claims!];
for (const register of load) (await register())(program);

function applyExitOverride(cmd: Command): void {
  cmd.exitOverride();
  cmd.configureOutput({ writeErr: (str) => process.stderr.write(str.startsWith('error: ') ? `packetlife: ${str.slice('error: '.length)}` : str) });
  for (const sub of cmd.commands) applyExitOverride(sub);
}
applyExitOverride(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof UserError) {
    process.stderr.write(`packetlife: ${err.message}\n`);
    process.exit(err.exitCode);
  }
  const ce = err as { code?: string; exitCode?: number };
  if (typeof ce.code === 'string' && ce.code.startsWith('commander.')) {
    // help and version exit 0; every option or argument mistake (already printed, one line) exits 2
    process.exit(ce.code === 'commander.helpDisplayed' || ce.code === 'commander.version' || ce.code === 'commander.help' ? 0 : 2);
  }
  // not a user mistake: one line, no stack (PACKETLIFE_DEBUG=1 shows it)
  process.stderr.write(`packetlife: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
  if (process.env.PACKETLIFE_DEBUG) process.stderr.write(`${(err as Error).stack ?? ''}\n`);
  process.exit(1);
}
