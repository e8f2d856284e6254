/** The CLI end to end (from dist/, run `npm run build` first): up, status, exec, down. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, expect, it } from 'vitest';
import { canRunAsRoot, describeAsRoot } from '../support/gate.js';
import { labDown } from '../../lab/lab.js';
import { packageRoot } from '../../lab/processes.js';
import { defaultTopologyFile } from '../../lab/topology.js';

const CLI = join(packageRoot(), 'dist', 'cli.js');
const LAB = 'cli';
const cli = (args: string[]): Promise<{ stdout: string; stderr: string; exitCode?: number }> =>
  execa(process.execPath, [CLI, ...args], { reject: false, timeout: 60_000 });

if (canRunAsRoot) {
  afterAll(async () => {
    await labDown({ name: LAB });
  });
}

describeAsRoot('packetlife lab', () => {
  it('up, status, status --json, exec (output and exit code passed through), down', async () => {
    await labDown({ name: LAB });
    const up = await cli(['lab', 'up', '--name', LAB]);
    expect(up.exitCode).toBe(0);
    expect(up.stdout).toBe('lab cli is up: 14 network namespaces, 6 servers');
    expect(up.stderr).toContain('lab cli: creating 14 network namespaces');

    const status = await cli(['lab', 'status', '--name', LAB]);
    expect(status.stdout).toMatch(/packetlab\/toolbox-a\s+10\.0\.1\.51\s+ip-10-0-0-75\s+ens6\s+eni[0-9a-f]{11}\s+none\s+plab-cli-pod-packetlab-toolbox-a/);
    expect(status.stdout).toMatch(/^\s+ens6\s+10\.0\.0\.85\/24\s+2\s*$/m);

    const json = JSON.parse((await cli(['lab', 'status', '--name', LAB, '--json'])).stdout) as { name: string; netns: unknown[] };
    expect(json.name).toBe(LAB);
    expect(json.netns).toHaveLength(14);

    const curl = await cli(['lab', 'exec', '--name', LAB, 'toolbox-a', '--', 'curl', '-s', 'http://172.20.122.189/']);
    expect(curl.exitCode).toBe(0);
    expect(curl.stdout).toContain('client_address=10.0.1.51');
    const code = await cli(['lab', 'exec', '--name', LAB, 'packetlab/toolbox-b', '--', 'sh', '-c', 'echo out; echo err >&2; exit 7']);
    expect(code).toMatchObject({ exitCode: 7, stdout: 'out', stderr: 'err' });
    const bad = await cli(['lab', 'exec', '--name', LAB, 'nope', '--', 'true']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('packetlife: no target "nope" in lab "cli"');

    const down = await cli(['lab', 'down', '--name', LAB]);
    expect(down.stdout).toBe('removed 14 network namespaces');
    expect((await cli(['lab', 'status', '--name', LAB])).exitCode).toBe(1);
  });

  it('an invalid topology is refused with the field named, and nothing is built', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plab-topo-'));
    try {
      const file = join(dir, 'bad.yaml');
      writeFileSync(file, readFileSync(defaultTopologyFile(), 'utf8').replace('ip: 10.0.0.49,', 'ip: 10.0.0.300,'));
      const r = await cli(['lab', 'up', '--name', 'clibad', '--topology', file]);
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toContain(`packetlife: ${file}: invalid topology:\n  nodes[1].enis[0].ip: invalid IPv4 address "10.0.0.300"`);
      const list = await execa('ip', ['netns', 'list']);
      expect(list.stdout).not.toContain('plab-clibad-');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a bad lab name is refused', async () => {
    const r = await cli(['lab', 'up', '--name', 'Bad-Name']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('invalid lab name "Bad-Name"');
  });
});
