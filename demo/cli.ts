/**
 * `packetlife demo [--topology F] [--claims F] [--name NAME] [--json] [--keep]`: the lab, the
 * collector, an agent per lab node, the reference's experiments and its 18 claims verified from
 * live traces, in one command (demo/run.ts). Progress on stderr; the table and the key packet
 * walks (or one JSON document) on stdout. Exit 1 when a claim is not proven (failed or
 * inconclusive), 2 on bad input, 3 when the demo itself could not run (the message says why).
 * Ctrl-C tears everything down (exit 130).
 */
import './log-level.js'; // first: sets the demo's log level before common/log.ts creates the logger
import type { Command } from 'commander';
import { UserError } from '../common/errors.js';
import type { DemoReport } from './run.js';

/** Exit codes: 1 a claim was not proven, 2 bad input (UserError), 3 the demo itself could not run. */
const EXIT_DEMO_FAILED = 3;

/** Not a name the tests use: their labs have their own short unique names. */
export const DEFAULT_DEMO_LAB = 'demo';

interface DemoCliOptions {
  topology?: string;
  claims?: string;
  name: string;
  json?: boolean;
  keep?: boolean;
}

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('build the lab, run the collector and an agent per node, drive the reference\'s experiments and verify its 18 claims from live traces')
    .option('--topology <file>', 'lab topology YAML (default: lab/topologies/default.yaml)')
    .option('--claims <file>', 'claims to verify (default: examples/eks-claims.yaml)')
    .option('--name <name>', 'lab name (1-12 lowercase letters/digits; netns plab-NAME-*)', DEFAULT_DEMO_LAB)
    .option('--json', 'print one JSON document {claims, traces, walks, agents, passed, failed, inconclusive, timings}')
    .option('--keep', 'leave the lab, collector and agents running after the table (Ctrl-C stops the agents and collector; the lab stays)')
    .action(async (o: DemoCliOptions) => {
      const { Demo } = await import('./run.js');
      const { demoJson, renderDemoText } = await import('./report.js');
      const progress = (line: string): void => void process.stderr.write(`${line}\n`);
      const demo = new Demo({ name: o.name, progress, ...(o.topology ? { topologyFile: o.topology } : {}), ...(o.claims ? { claimsFile: o.claims } : {}) });

      // Ctrl-C (or a SIGTERM) at any moment: tear down what exists, then leave.
      let keepLab = false;
      let stopping = false;
      const onSignal = (signal: NodeJS.Signals): void => {
        if (stopping) return;
        stopping = true;
        progress(`${signal}: stopping`);
        demo
          .teardown({ keepLab })
          .catch((err: unknown) => progress(`packetlife demo: ${(err as Error).message}`))
          .finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
      };
      // `on`, not `once`: execa's signal-exit re-raises a signal that finds no other listener,
      // which would kill this process in the middle of its teardown.
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);

      let report: DemoReport;
      try {
        report = await demo.run();
      } catch (err) {
        await demo.teardown().catch((e: unknown) => progress(`packetlife demo: ${(e as Error).message}`));
        // What went wrong (an agent died, with its log; a timeout naming what it waited for) is
        // the message; a stack trace would only bury it.
        throw err instanceof UserError ? err : new UserError(`demo failed: ${(err as Error).message}`, EXIT_DEMO_FAILED);
      }
      const print = (): void => void process.stdout.write(o.json ? demoJson(report) : renderDemoText(report, process.stdout.columns ?? 120));
      if (o.keep) {
        keepLab = true;
        print();
        progress(
          `--keep: lab "${o.name}", collector ${report.collector} and ${report.agents.length} agents keep running; try\n` +
            `  packetlife trace --collector ${report.collector} --from pod/packetlab/toolbox-a --to svc/packetlab/echo-clusterip --count 1\n` +
            `Ctrl-C stops the agents and the collector; then remove the lab with: packetlife lab down --name ${o.name}`,
        );
        return new Promise<void>(() => undefined); // until a signal: onSignal tears down and exits
      }
      await demo.teardown();
      print();
      if (report.failed > 0 || report.inconclusive > 0) process.exitCode = 1;
    });
}
