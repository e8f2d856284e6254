/**
 * The generated programs must compile with the bpftrace on this machine (0.17 here), for every
 * filter shape and for the kprobe tier that cannot attach here: `bpftrace --emit-elf` runs the
 * whole compiler (parser, BTF type resolution, codegen) without attaching anything.
 */
import { afterAll, expect, it } from 'vitest';
import { describeWithBpftrace } from '../support/gate.js';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { generateEmptyProgram, generateProgram } from '../../bpf/program.js';
import { parseFilter } from '../../filter/parse.js';

const dir = mkdtempSync(join(tmpdir(), 'packetlife-elf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function compiles(name: string, program: string): Promise<void> {
  const file = join(dir, `${name}.bt`);
  const elf = join(dir, `${name}.elf`);
  writeFileSync(file, program);
  const r = await execa('bpftrace', ['--emit-elf', elf, file], { reject: false, timeout: 60_000 });
  expect(r.stderr.split('\n').filter((l) => l.includes('ERROR') && !l.includes('RLIMIT_MEMLOCK')), name).toEqual([]);
  expect(r.exitCode, name).toBe(0);
  expect(statSync(elf).size).toBeGreaterThan(1000);
}

describeWithBpftrace('generated programs compile with this bpftrace', () => {
  it('kprobe tier with several sessions, per-session netns and every filter kind', async () => {
    await compiles(
      'kprobe',
      generateProgram({
        sessions: [
          { id: 'a', filter: parseFilter('src net 10.0.0.0/16 and not (dst port 80 or icmp) or host 172.20.122.189') },
          { id: 'b', filter: parseFilter('udp and src port 53'), netnsInodes: ['4026532177'] },
          { id: 'c' },
        ],
        netnsInodes: ['4026531840', '4026532177'],
        tier: 'kprobe-nat',
      }),
    );
  });

  it('an orphaned program exits by itself: the heartbeat meets the closed pipe', async () => {
    const file = join(dir, 'orphan.bt');
    writeFileSync(file, generateProgram({ sessions: [{ id: 'x', filter: parseFilter('host 203.0.113.250') }], netnsInodes: [], tier: 'tracepoint' }));
    const child = execa('bpftrace', [file], { reject: false, buffer: false, stderr: 'ignore' });
    await new Promise<void>((resolve) => child.stdout!.on('data', (d: Buffer) => d.includes('B ') && resolve()));
    const closedAt = Date.now();
    child.stdout!.destroy(); // the reader dies, as when the agent is SIGKILLed
    const result = await Promise.race([child, new Promise<'hung'>((r) => setTimeout(() => r('hung'), 10_000))]);
    if (result === 'hung') child.kill('SIGKILL');
    expect(result).not.toBe('hung');
    expect(Date.now() - closedAt).toBeLessThan(5000);
  });

  it('sessions sampling 1 in N (at different rates, one narrowed to a netns, one unsampled), kprobe tier', async () => {
    await compiles(
      'sampled',
      generateProgram({
        sessions: [
          { id: 'a', filter: parseFilter('host 10.0.1.51'), sampleOneIn: 4, netnsInodes: ['4026532177'] },
          { id: 'b', filter: parseFilter('udp'), sampleOneIn: 1024 },
          { id: 'c', filter: parseFilter('icmp') },
        ],
        netnsInodes: [],
        tier: 'kprobe-nat',
      }),
    );
  });

  it('the benchmark floor program', async () => {
    await compiles('empty', generateEmptyProgram());
  });
});
