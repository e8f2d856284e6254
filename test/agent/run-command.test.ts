import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../agent/run-command.js';
import { fileIncludes } from '../../agent/file-includes.js';

describe('runCommand', () => {
  it('gives the exit code and the output without its final newline', async () => {
    expect(await runCommand('sh', ['-c', 'printf "a\\nb\\n"; printf "oops\\n" >&2; exit 3'])).toEqual({ exitCode: 3, stdout: 'a\nb', stderr: 'oops' });
  });

  it('writes the input to stdin and closes it; without input stdin is closed at once', async () => {
    expect(await runCommand('cat', [], { input: 'addr show\nrule show\n' })).toEqual({ exitCode: 0, stdout: 'addr show\nrule show', stderr: '' });
    expect(await runCommand('cat', [], { timeoutMs: 5_000 })).toEqual({ exitCode: 0, stdout: '', stderr: '' });
  });

  it('has no exit code for a command that is not there or that it killed at the timeout', async () => {
    expect(await runCommand('packetlife-no-such-command', [])).toEqual({ exitCode: undefined, stdout: '', stderr: '' });
    const started = Date.now();
    expect((await runCommand('sleep', ['10'], { timeoutMs: 200 })).exitCode).toBe(undefined);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('fileIncludes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'packetlife-file-includes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds a string cut across two reads, and says no when it is not there', () => {
    const f = join(dir, 'kallsyms');
    // the 64 KiB read ends in the middle of the symbol
    writeFileSync(f, `${'x'.repeat(64 * 1024 - 8)} bpf_ringbuf_output\n`);
    expect(fileIncludes(f, ' bpf_ringbuf_output')).toBe(true);
    expect(fileIncludes(f, ' bpf_ringbuf_query')).toBe(false);
    writeFileSync(f, '');
    expect(fileIncludes(f, ' bpf_ringbuf_output')).toBe(false);
  });
});
