#!/usr/bin/env node
import { registerDemoCommand } from './demo/cli.js'; // first: it sets the demo's log level before any logger exists
import { Command } from 'commander';
import { registerLabCommands } from './lab/cli.js';
import { registerAgentCommands } from './agent/cli.js';
import { registerCollectorCommands } from './collector/cli.js';
import { registerClaimsCommands } from './claims/cli.js';
import { UserError } from './common/errors.js';

const program = new Command();
program
  .name('packetlife')
  .description('Live packet traces for Kubernetes: every hop, NAT rewrite, routing decision and drop.')
  .version('0.1.0');

registerLabCommands(program);
registerAgentCommands(program);
registerCollectorCommands(program);
registerClaimsCommands(program);
registerDemoCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof UserError) {
    process.stderr.write(`packetlife: ${err.message}\n`);
    process.exit(err.exitCode);
  }
  throw err;
}
