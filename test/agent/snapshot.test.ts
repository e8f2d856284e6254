/**
 * Whole-node netns discovery: named namespaces (/var/run/netns) and unnamed ones only a
 * process holds (/proc/PID/ns/net), each with an inode and a way in.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeAsRoot } from '../support/gate.js';
import { statSync } from 'node:fs';
import { execa, type ResultPromise } from 'execa';
import { listNodeNetns, takeSnapshot } from '../../agent/snapshot.js';

const NAME = `plab-ags${process.pid % 100000}`;

describeAsRoot('node netns discovery', () => {
  let holder: ResultPromise | undefined;
  let holderInode = '';

  beforeAll(async () => {
    await execa('ip', ['netns', 'add', NAME]);
    await execa('ip', ['-n', NAME, 'addr', 'add', '127.0.0.1/8', 'dev', 'lo']).catch(() => undefined);
    await execa('ip', ['-n', NAME, 'link', 'set', 'lo', 'up']);
    // An unnamed netns, held only by a process (as a container runtime would).
    holder = execa('unshare', ['--net', 'sleep', '30'], { reject: false });
    for (let i = 0; i < 50 && !holderInode; i++) {
      await new Promise((r) => setTimeout(r, 50));
      try {
        const pid = (await execa('pgrep', ['-P', String(holder.pid), 'sleep'], { reject: false })).stdout.trim() || String(holder.pid);
        const inode = String(statSync(`/proc/${pid}/ns/net`).ino);
        if (inode !== String(statSync('/proc/self/ns/net').ino)) holderInode = inode;
      } catch {
        /* not yet */
      }
    }
  });
  afterAll(async () => {
    holder?.kill('SIGKILL');
    await holder?.catch(() => undefined);
    await execa('ip', ['netns', 'del', NAME], { reject: false });
  });

  it('finds the host, named and process-held namespaces with their inodes', () => {
    const all = listNodeNetns();
    const host = all.find((n) => n.host)!;
    expect(host).toMatchObject({ name: 'host', inode: String(statSync('/proc/self/ns/net').ino), enter: [] });
    expect(all.find((n) => n.name === NAME)).toMatchObject({ inode: String(statSync(`/var/run/netns/${NAME}`).ino), host: false, enter: ['ip', 'netns', 'exec', NAME] });
    expect(holderInode).not.toBe('');
    const unnamed = all.find((n) => n.inode === holderInode)!;
    expect(unnamed.name).toMatch(/^pid:\d+$/);
    expect(unnamed.enter[0]).toBe('nsenter');
    expect(new Set(all.map((n) => n.inode)).size).toBe(all.length);
  });

  it('snapshots a named netns set with ip -j output', async () => {
    const snap = await takeSnapshot({ kind: 'netns', node: 'n', names: [NAME] });
    expect(snap.netns).toHaveLength(1);
    expect(snap.netns[0]).toMatchObject({ name: NAME, host: true });
    const links = JSON.parse(snap.netns[0]!.linksJson) as Array<{ ifname: string; operstate: string }>;
    expect(links.map((l) => l.ifname)).toEqual(['lo']);
    const addrs = JSON.parse(snap.netns[0]!.addrsJson) as Array<{ addr_info: Array<{ local: string }> }>;
    expect(addrs[0]!.addr_info.map((a) => a.local)).toContain('127.0.0.1');
    expect(snap.iptablesNat).toContain('*nat');
  });
});
