/**
 * `lab down` removes exactly what `lab up` made, the root netns is left as it was, and cleanup
 * works after a crash (servers killed, state deleted), on a half-built lab, and when `lab up`
 * itself fails midway.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { execa } from 'execa';
import { expect, it } from 'vitest';
import { describeAsRoot } from '../support/gate.js';
import { labDown, labUp } from '../../lab/lab.js';
import { isAlive } from '../../lab/processes.js';
import { listNetns } from '../../lab/run.js';
import { readLabState, stateFile } from '../../lab/state.js';

/** What the root netns looks like, minus what changes by itself (address lifetimes, counters). */
async function rootSnapshot(): Promise<Record<string, unknown>> {
  const json = async (args: string[]): Promise<unknown> => JSON.parse((await execa('ip', ['-j', ...args])).stdout || '[]');
  const strip = (v: unknown): unknown =>
    JSON.parse(JSON.stringify(v), (k: string, val: unknown) => (['valid_life_time', 'preferred_life_time', 'expires', 'used'].includes(k) ? undefined : val));
  const iptables = (await execa('iptables-save', [], { reject: false })).stdout
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .map((l) => l.replace(/\[\d+:\d+\]/, ''));
  const sysctls = (
    await execa('sysctl', ['-n', 'net.ipv4.ip_forward', 'net.ipv4.conf.all.rp_filter', 'net.ipv4.conf.default.rp_filter', 'net.ipv4.conf.all.route_localnet', 'net.ipv4.conf.all.proxy_arp'])
  ).stdout;
  return {
    addr: strip(await json(['addr'])),
    routes: strip(await json(['route', 'show', 'table', 'all'])),
    rules: await json(['rule']),
    // Dynamic entries age on their own (REACHABLE, STALE): compare only the static ones.
    neighbours: ((await json(['neigh'])) as Array<{ state?: string[] }>).filter((n) => n.state?.includes('PERMANENT')),
    iptables,
    sysctls,
  };
}

function leftovers(lab: string): string[] {
  const out: string[] = [];
  if (existsSync(`/run/packetlife/labs/${lab}`)) out.push(`/run/packetlife/labs/${lab}`);
  const etc = existsSync('/etc/netns') ? readdirSync('/etc/netns').filter((d) => d.startsWith(`plab-${lab}-`)) : [];
  out.push(...etc.map((d) => `/etc/netns/${d}`));
  return out;
}

async function labNetns(lab: string): Promise<string[]> {
  return (await listNetns()).filter((n) => n.startsWith(`plab-${lab}-`));
}

describeAsRoot('teardown', () => {
  it('up then down leaves nothing: no netns, processes or files, and the root netns unchanged', async () => {
    const lab = 'down';
    await labDown({ name: lab });
    const before = await rootSnapshot();
    let pids: number[] = [];
    try {
      const state = await labUp({ name: lab });
      pids = state.processes.map((p) => p.pid);
      expect(pids).toHaveLength(6);
      expect(pids.every(isAlive)).toBe(true);
      expect(await labNetns(lab)).toHaveLength(14);
      expect(leftovers(lab).length).toBeGreaterThan(0);
      // Built, the root netns already shows no trace of the lab.
      expect(await rootSnapshot()).toEqual(before);
    } finally {
      const { removed } = await labDown({ name: lab });
      expect(removed).toHaveLength(14);
    }
    expect(await labNetns(lab)).toEqual([]);
    expect(pids.filter(isAlive)).toEqual([]);
    expect(leftovers(lab)).toEqual([]);
    expect(await rootSnapshot()).toEqual(before);
    // A second down is harmless.
    expect((await labDown({ name: lab })).removed).toEqual([]);
  });

  it('after a crash (servers killed, state file deleted) down still removes every netns and file', async () => {
    const lab = 'crash';
    await labDown({ name: lab });
    try {
      const state = await labUp({ name: lab });
      for (const p of state.processes.slice(0, 3)) process.kill(p.pid, 'SIGKILL');
      rmSync(stateFile(lab));
      expect(readLabState(lab)).toBeUndefined();
      const survivors = state.processes.slice(3).map((p) => p.pid);
      await labDown({ name: lab });
      expect(survivors.filter(isAlive)).toEqual([]);
    } finally {
      await labDown({ name: lab });
    }
    expect(await labNetns(lab)).toEqual([]);
    expect(leftovers(lab)).toEqual([]);
  });

  it('a half-built lab (stray netns, a process inside, /etc/netns files, no state) is removed', async () => {
    const lab = 'half';
    await labDown({ name: lab });
    const ns = `plab-${lab}-ip-10-0-0-75`;
    let pid = 0;
    try {
      await execa('ip', ['netns', 'add', ns]);
      mkdirSync(`/etc/netns/plab-${lab}-pod-packetlab-toolbox-a`, { recursive: true });
      writeFileSync(`/etc/netns/plab-${lab}-pod-packetlab-toolbox-a/resolv.conf`, 'nameserver 172.20.0.10\n');
      const child = spawn('ip', ['netns', 'exec', ns, 'sleep', '300'], { detached: true, stdio: 'ignore' });
      child.unref();
      pid = child.pid!;
      // Wait until the sleeper really is inside the netns.
      for (let i = 0; i < 100 && !(await execa('ip', ['netns', 'pids', ns])).stdout.includes(String(pid)); i++) await new Promise((r) => setTimeout(r, 20));
      const { removed } = await labDown({ name: lab });
      expect(removed).toEqual([ns]);
      expect(isAlive(pid)).toBe(false);
    } finally {
      await labDown({ name: lab });
      if (pid && isAlive(pid)) process.kill(pid, 'SIGKILL');
    }
    expect(await labNetns(lab)).toEqual([]);
    expect(leftovers(lab)).toEqual([]);
  });

  it('a lab up that fails after its servers started removes everything it made', async () => {
    const lab = 'fail';
    await labDown({ name: lab });
    let seen: string[] = [];
    try {
      await expect(
        labUp({
          name: lab,
          onProgress: (msg) => {
            if (msg.includes('is up')) {
              seen = readLabState(lab)?.processes.map((p) => String(p.pid)) ?? [];
              throw new Error('injected failure');
            }
          },
        }),
      ).rejects.toThrow('injected failure');
      expect(seen).toHaveLength(6);
      expect(seen.map(Number).filter(isAlive)).toEqual([]);
      expect(await labNetns(lab)).toEqual([]);
      expect(leftovers(lab)).toEqual([]);
    } finally {
      await labDown({ name: lab });
    }
  });

  it('a second up of a running lab is refused and leaves the first intact', async () => {
    const lab = 'twice';
    await labDown({ name: lab });
    try {
      await labUp({ name: lab });
      await expect(labUp({ name: lab })).rejects.toThrow(/already up/);
      expect(await labNetns(lab)).toHaveLength(14);
    } finally {
      await labDown({ name: lab });
    }
    expect(await labNetns(lab)).toEqual([]);
  });
});
