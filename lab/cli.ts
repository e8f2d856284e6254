/** `packetlife lab up|down|status|exec`. */
import type { Command } from 'commander';
import { UserError } from '../common/errors.js';
import { DEFAULT_LAB, labDown, labExec, labStatus, labUp } from './lab.js';
import { isAlive } from './processes.js';
import { formatStatus } from './status-table.js';

export function registerLabCommands(program: Command): void {
  const lab = program
    .command('lab')
    .description('An EKS-like cluster (VPC CNI + kube-proxy) built from network namespaces on this kernel');

  lab
    .command('up')
    .description('build a lab from a topology file (default: the reference article\'s cluster)')
    .option('--topology <file>', 'topology YAML file')
    .option('--name <name>', 'lab name (part of every netns name: plab-NAME-...)', DEFAULT_LAB)
    .action(async (opts: { topology?: string; name: string }) => {
      const state = await labUp({
        name: opts.name,
        ...(opts.topology ? { topologyFile: opts.topology } : {}),
        onProgress: (msg) => process.stderr.write(`lab ${opts.name}: ${msg}\n`),
      });
      process.stdout.write(`lab ${state.name} is up: ${state.netns.length} network namespaces, ${state.processes.length} servers\n`);
    });

  lab
    .command('down')
    .description('remove a lab: its processes, network namespaces and files (works after a crash)')
    .option('--name <name>', 'lab name', DEFAULT_LAB)
    .option('--all', 'remove every plab-* lab')
    .action(async (opts: { name: string; all?: boolean }) => {
      const { removed } = await labDown(opts.all ? { all: true } : { name: opts.name });
      process.stdout.write(`removed ${removed.length} network namespaces\n`);
    });

  lab
    .command('status')
    .description('nodes, ENIs and their routing tables, pods, services and the VPC edge of a running lab')
    .option('--name <name>', 'lab name', DEFAULT_LAB)
    .option('--json', 'print the lab state as JSON')
    .action(async (opts: { name: string; json?: boolean }) => {
      const state = await labStatus(opts.name);
      if (!state) throw new UserError(`lab "${opts.name}" is not up`, 1);
      process.stdout.write(opts.json ? `${JSON.stringify(state, null, 2)}\n` : formatStatus(state, isAlive));
    });

  lab
    .command('exec')
    .description('run a command in a lab netns: a pod (toolbox-a, packetlab/toolbox-a), a node, or vpc|natgw|internet|nlb|alb')
    .option('--name <name>', 'lab name', DEFAULT_LAB)
    .argument('<target>', 'pod, node, or vpc|natgw|internet|nlb|alb')
    .argument('<command...>', 'the command, after --')
    .action(async (target: string, argv: string[], opts: { name: string }) => {
      const r = await labExec(opts.name, target, argv, { stdio: 'inherit' });
      process.exitCode = typeof r.exitCode === 'number' ? r.exitCode : 1;
    });
}
