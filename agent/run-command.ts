/**
 * A short command's exit code and output (bpftrace --version and -l, mount, the snapshot's `ip`
 * commands), with Node's own execFile. The agent used execa for these: its ~110 modules cost the
 * agent ≈ 8 MiB of RSS and ≈ 0.15 s of CPU at every start (measured importing it), for what
 * execFile does as well here: run, collect, time out.
 */
import { execFile } from 'node:child_process';

export interface CommandResult {
  /** undefined: the command did not run (not found), was killed (timeout) or said too much. */
  exitCode: number | undefined;
  /** Without its final newline (as execa gave it). */
  stdout: string;
  stderr: string;
}

/** As much output as execa kept by default: a routing table of a big node fits. */
const MAX_OUTPUT = 100_000_000;

function stripFinalNewline(text: string): string {
  if (text.endsWith('\r\n')) return text.slice(0, -2);
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

/**
 * Never rejects. timeoutMs: SIGTERM after that long (0: none). input: written to the command's
 * stdin, which is closed at once without it (no command here reads stdin unless given input).
 */
export function runCommand(file: string, args: readonly string[], opts: { timeoutMs?: number; input?: string } = {}): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = execFile(file, args, { encoding: 'utf8', maxBuffer: MAX_OUTPUT, timeout: opts.timeoutMs ?? 0 }, (err, stdout, stderr) => {
      const code = err ? (err as { code?: unknown }).code : 0;
      resolve({ exitCode: typeof code === 'number' ? code : undefined, stdout: stripFinalNewline(stdout), stderr: stripFinalNewline(stderr) });
    });
    // a command that exits without reading its input: EPIPE on stdin, not a failure of ours
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(opts.input);
  });
}
