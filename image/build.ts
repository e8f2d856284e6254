/**
 * Builds the packetlife image on a machine without a container registry: the debootstrapped
 * base (image/base.sh, cached), then the Containerfile with --build-arg BASE=that base, with the
 * podman flags this machine needs (image/podman.ts) and --network host.
 *
 *   node dist/image/build.js [--tag localhost/packetlife:dev] [--json]
 */
import { existsSync } from 'node:fs';
import { execa } from 'execa';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { detectPodman, podman, type PodmanQuirks } from './podman.js';

/** The repository root: the nearest directory above this file holding the Containerfile (from image/ or dist/image/). */
export const REPO_ROOT = ((): string => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'Containerfile'))) {
    if (dirname(dir) === dir) throw new Error('cannot find the repository root (no Containerfile above image/build)');
    dir = dirname(dir);
  }
  return dir;
})();

export interface BuiltImage {
  ref: string;
  base: string;
  quirks: PodmanQuirks;
  baseSeconds: number;
  buildSeconds: number;
  sizeBytes: number;
}

/**
 * The CA bundle this machine trusts (NODE_EXTRA_CA_CERTS, else Debian's bundle), handed to the
 * build's npm ci as a build secret: registries reached through a TLS-inspecting proxy work, and
 * no layer keeps the file.
 */
function caSecret(): string[] {
  const file = [process.env.NODE_EXTRA_CA_CERTS, '/etc/ssl/certs/ca-certificates.crt'].find((f) => f && existsSync(f));
  return file ? ['--secret', `id=ca,src=${file}`] : [];
}

/** The local base image (built or taken from the cache by image/base.sh). */
export async function baseImage(): Promise<{ ref: string; seconds: number }> {
  const t0 = performance.now();
  const r = await execa('bash', [join(REPO_ROOT, 'image/base.sh')], { reject: false });
  if (r.exitCode !== 0) throw new Error(`image/base.sh failed: ${String(r.stderr).trim()}`);
  return { ref: String(r.stdout).trim().split('\n').pop()!, seconds: (performance.now() - t0) / 1000 };
}

export async function buildImage(tag: string, onProgress?: (line: string) => void): Promise<BuiltImage> {
  const base = await baseImage();
  const quirks = await detectPodman(base.ref);
  const t0 = performance.now();
  const args = ['build', '--force-rm', '--network', 'host', ...quirks.ulimits, ...caSecret(), '--build-arg', `BASE=${base.ref}`, '-f', join(REPO_ROOT, 'Containerfile'), '-t', tag, REPO_ROOT];
  const p = podman(quirks, args, { all: true });
  p.all?.on('data', (d: Buffer) => onProgress?.(d.toString()));
  const r = await p;
  if (r.exitCode !== 0) throw new Error(`podman build failed:\n${String(r.all).split('\n').slice(-30).join('\n')}`);
  const buildSeconds = (performance.now() - t0) / 1000;
  const size = await podman(quirks, ['image', 'inspect', '--format', '{{.Size}}', tag]);
  return { ref: tag, base: base.ref, quirks, baseSeconds: base.seconds, buildSeconds, sizeBytes: Number(String(size.stdout).trim()) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const argv = process.argv.slice(2);
  const tag = argv.includes('--tag') ? argv[argv.indexOf('--tag') + 1]! : 'localhost/packetlife:dev';
  buildImage(tag, argv.includes('--json') ? undefined : (l) => process.stderr.write(l))
    .then((b) => {
      if (argv.includes('--json')) console.log(JSON.stringify(b));
      else console.log(`${b.ref}: ${(b.sizeBytes / 2 ** 20).toFixed(0)} MiB, base ${b.baseSeconds.toFixed(1)} s, build ${b.buildSeconds.toFixed(1)} s (podman ${b.quirks.global.join(' ')} ${b.quirks.ulimits.join(' ')})`);
    })
    .catch((err: Error) => {
      console.error(`packetlife image build: ${err.message}`);
      process.exit(1);
    });
}
