import { describe, expect, it } from 'vitest';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { execa } from 'execa';

const CHILD = fileURLToPath(new URL('./fixtures/stop-signal-child.mjs', import.meta.url));
// The child runs in plain Node, so it loads the built module (npm test builds first).
const MODULE = pathToFileURL(fileURLToPath(new URL('../../dist/common/signals.js', import.meta.url))).href;

describe('waitForStopSignal', () => {
  it('lets asynchronous clean-up finish after SIGTERM even with signal-exit loaded', async () => {
    const child = execa(process.execPath, [CHILD, MODULE], { reject: false, cwd: fileURLToPath(new URL('../..', import.meta.url)) });
    await new Promise<void>((resolve) => child.stdout!.on('data', (d: Buffer) => d.includes('ready') && resolve()));
    child.kill('SIGTERM');
    const result = await child;
    expect(result.stdout).toContain('cleaned up after SIGTERM');
    expect(result.exitCode).toBe(0);
  });
});
