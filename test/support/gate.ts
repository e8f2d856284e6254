/**
 * The one gate for tests that need root (network namespaces, iptables, a lab) or root and a
 * working bpftrace. A suite behind it runs where it can and is skipped elsewhere, with the
 * reason in its name and once on stderr, so a contributor without root sees skips, not failures.
 *
 *   describeAsRoot('faults', () => { ... })            // netns, iptables, labs
 *   describeWithBpftrace('agent in the lab', () => {}) // and real bpftrace programs
 *   if (canRunAsRoot) useLab(...)                      // hooks outside a describe: gate them too
 *
 * `npm run test:unit` sets PACKETLIFE_UNIT=1: every gated suite is skipped (it runs what needs
 * no root, quickly).
 */
import { execaSync } from 'execa';
import { describe } from 'vitest';

type SuiteFn = () => void;

const unitRun = process.env.PACKETLIFE_UNIT === '1';
const isRoot = process.getuid?.() === 0;

function rootMissing(): string | undefined {
  if (unitRun) return 'a root-only suite: not part of npm run test:unit';
  if (!isRoot) return 'needs root (network namespaces, iptables): run the suite as root';
  return undefined;
}

let bpftraceChecked: string | undefined | null = null;
function bpftraceMissing(): string | undefined {
  const root = rootMissing();
  if (root) return root;
  if (bpftraceChecked === null) {
    const r = execaSync('bpftrace', ['--version'], { reject: false });
    bpftraceChecked = r.exitCode === 0 ? undefined : 'needs bpftrace (scripts/setup.sh installs it)';
  }
  return bpftraceChecked;
}

const told = new Set<string>();
function gated(reason: string | undefined, name: string, fn: SuiteFn): void {
  if (reason === undefined) {
    describe(name, fn);
    return;
  }
  if (!told.has(reason)) {
    told.add(reason);
    process.stderr.write(`skipping root-gated suites: ${reason}\n`);
  }
  describe.skip(`${name} [skipped: ${reason}]`, fn);
}

/** Whether suites that need root can run here (false in a unit run). */
export const canRunAsRoot = rootMissing() === undefined;

/** Whether suites that need root and bpftrace can run here. */
export function canRunBpftrace(): boolean {
  return bpftraceMissing() === undefined;
}

/** A suite that needs root (network namespaces, iptables, a lab). */
export function describeAsRoot(name: string, fn: SuiteFn): void {
  gated(rootMissing(), name, fn);
}

/** A suite that needs root and a working bpftrace. */
export function describeWithBpftrace(name: string, fn: SuiteFn): void {
  gated(bpftraceMissing(), name, fn);
}
