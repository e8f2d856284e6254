/**
 * Drives each claim's traffic in a lab: runs its command in the pod's or node's netns (through
 * `labExec`), `repeat` times, one after another, each bounded by its timeout. Output is kept per
 * run (capped) as supporting evidence for `traffic.expectOutput`.
 */
import { childLog } from '../common/log.js';
import { labExec } from '../lab/lab.js';
import type { Claim } from './schema.js';
import type { CommandRun } from './engine.js';

const log = childLog('claims');
/** Enough for an echo server's answer; a runaway command cannot fill memory. */
const MAX_OUTPUT_CHARS = 16 * 1024;

const cap = (s: string): string => (s.length > MAX_OUTPUT_CHARS ? s.slice(0, MAX_OUTPUT_CHARS) : s);

/** `pod/NS/NAME` → `NS/NAME`, `node/NAME` → `NAME`: the target names `lab exec` takes. */
export function labTarget(runIn: string): string {
  return runIn.startsWith('pod/') ? runIn.slice(4) : runIn.slice(5);
}

export async function driveClaimTraffic(
  claims: Claim[],
  labName: string,
  onProgress?: (claim: Claim, run: number, of: number) => void,
): Promise<Record<string, CommandRun[]>> {
  const outputs: Record<string, CommandRun[]> = {};
  for (const claim of claims) {
    const spec = claim.traffic;
    if (!spec) continue;
    const runs: CommandRun[] = [];
    for (let i = 0; i < spec.repeat; i++) {
      onProgress?.(claim, i + 1, spec.repeat);
      const r = await labExec(labName, labTarget(spec.runIn), spec.command, { timeout: spec.timeoutSeconds * 1000, reject: false });
      runs.push({
        exitCode: r.exitCode ?? (r.timedOut ? 124 : 1),
        stdout: cap(String(r.stdout ?? '')),
        stderr: cap(r.timedOut ? `timed out after ${spec.timeoutSeconds} s` : String(r.stderr ?? '')),
      });
    }
    const failed = runs.filter((r) => r.exitCode !== 0).length;
    log.info({ claim: claim.id, runs: runs.length, failed }, 'drove claim traffic');
    outputs[claim.id] = runs;
  }
  return outputs;
}
