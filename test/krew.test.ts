/**
 * The krew manifest and the archive it points at (issue 8, item 5): scripts/krew-package.sh
 * builds both; the manifest names the archive's sha256 and its launcher, and the archive,
 * unpacked and linked onto PATH the way krew installs a plugin, answers through a real kubectl.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa, execaSync } from 'execa';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { kubectlPath } from './support/chart.js';

describe('krew plugin manifest and archive', () => {
  const home = mkdtempSync(join(tmpdir(), 'packetlife-krew-'));
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('builds an archive whose sha256 the manifest carries, installable as krew installs it', async () => {
    const out = execaSync('bash', ['scripts/krew-package.sh']).stdout.trim().split('\n').pop()!;
    const [archive, sha] = out.split(' ');
    expect(createHash('sha256').update(readFileSync(archive!)).digest('hex')).toBe(sha);
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const m = parse(readFileSync('dist/krew/packetlife.yaml', 'utf8')) as any;
    expect(m).toMatchObject({ apiVersion: 'krew.googlecontainertools.github.com/v1alpha2', kind: 'Plugin', metadata: { name: 'packetlife' }, spec: { version: `v${version}` } });
    expect(m.spec.platforms).toHaveLength(1);
    expect(m.spec.platforms[0]).toMatchObject({ sha256: sha, bin: 'kubectl-packetlife', uri: `https://github.com/packetlife/packetlife/releases/download/v${version}/kubectl-packetlife-v${version}.tar.gz` });

    // krew: unpack into its store, link `bin` into its bin directory on PATH.
    const store = join(home, 'store', 'packetlife', `v${version}`);
    const bin = join(home, 'bin');
    mkdirSync(store, { recursive: true });
    mkdirSync(bin);
    execaSync('tar', ['-xzf', archive!, '-C', store]);
    symlinkSync(join(store, m.spec.platforms[0].bin), join(bin, 'kubectl-packetlife'));
    const env = { PATH: `${bin}:${process.env.PATH ?? ''}`, HOME: home };
    const help = await execa(kubectlPath(), ['packetlife', '--help'], { env, cwd: home, reject: false });
    expect(help.exitCode, String(help.stderr)).toBe(0);
    expect(String(help.stdout)).toContain('kubectl packetlife trace --from X --to Y');
    const traceHelp = await execa(kubectlPath(), ['packetlife', 'trace', '--help'], { env, cwd: home, reject: false });
    expect(String(traceHelp.stdout)).toContain('Usage: packetlife trace [options]');
    // Production dependencies only.
    const listing = execaSync('tar', ['-tzf', archive!]).stdout;
    expect(listing).toContain('./node_modules/commander/');
    expect(listing).not.toContain('./node_modules/vitest/');
    expect(listing).not.toContain('./dist/test/');
  }, 120_000);
});
