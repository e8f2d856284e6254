/**
 * The agent benchmarks' own little "node": three netns, a → r → b, with r forwarding (as a
 * node forwards pod traffic) and b dropping the UDP load in iptables (so no ICMP comes back).
 * All links are created inside the bench netns; nothing touches the root netns.
 *
 *   plab-agbN-a 10.99.0.1 ──va/ra── 10.99.0.254 plab-agbN-r 10.99.1.254 ──rb/vb── 10.99.1.2 plab-agbN-b
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa, execaSync } from 'execa';

export interface BenchFixture {
  names: string[];
  sender: 'c' | 'node';
  inodes: string[];
  /**
   * Sends UDP from a to b for `seconds`; returns packets sent and forwarded by r, the sender's
   * wall time and its CPU time. The kernel charges the softirq work of pushing each packet
   * through the veths and r's forwarding (where the BPF programs run) to the sending task when
   * IRQ time accounting is off, so packets per sender CPU-second measures the per-packet cost
   * even on a machine busy with other work.
   */
  load(seconds: number, maxPackets: number, pps?: number): Promise<{ sent: number; forwarded: number; seconds: number; cpuSeconds: number }>;
  remove(): Promise<void>;
}

const NODE_SENDER = fileURLToPath(new URL('./agent-sender.js', import.meta.url));
const C_SENDER_SOURCE = fileURLToPath(new URL('../../bench/agent-sender.c', import.meta.url));

/**
 * The sender command: the C sender (sendmmsg) when a C compiler is there, because then the
 * kernel path dominates the cost per packet; else the Node sender. Returns argv and a cleanup.
 */
async function senderCommand(): Promise<{ argv: string[]; kind: 'c' | 'node'; cleanup: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'packetlife-bench-'));
  const bin = join(dir, 'agent-sender');
  const cc = await execa('cc', ['-O2', '-o', bin, C_SENDER_SOURCE], { reject: false });
  const cleanup = (): void => rmSync(dir, { recursive: true, force: true });
  if (cc.exitCode === 0) return { argv: [bin], kind: 'c', cleanup };
  return { argv: [process.execPath, NODE_SENDER], kind: 'node', cleanup };
}

async function sh(...argv: string[]): Promise<string> {
  return (await execa(argv[0]!, argv.slice(1))).stdout;
}

async function txPackets(ns: string, dev: string): Promise<number> {
  const stats = JSON.parse(await sh('ip', '-n', ns, '-j', '-s', 'link', 'show', 'dev', dev)) as Array<{ stats64: { tx: { packets: number } } }>;
  return stats[0]!.stats64.tx.packets;
}

export async function createBenchFixture(tag: string): Promise<BenchFixture> {
  const [a, r, b] = ['a', 'r', 'b'].map((x) => `plab-agb${tag}-${x}`) as [string, string, string];
  const sender = await senderCommand();
  // Also on a crash: the namespaces must not outlive the benchmark.
  const removeSync = (): void => {
    for (const ns of [a, r, b]) execaSync('ip', ['netns', 'del', ns], { reject: false });
    sender.cleanup();
  };
  process.once('exit', removeSync);
  const remove = async (): Promise<void> => {
    process.removeListener('exit', removeSync);
    for (const ns of [a, r, b]) await execa('ip', ['netns', 'del', ns], { reject: false });
    sender.cleanup();
  };
  try {
    for (const ns of [a, r, b]) await sh('ip', 'netns', 'add', ns);
    await sh('ip', '-n', a, 'link', 'add', 'va', 'type', 'veth', 'peer', 'name', 'ra', 'netns', r);
    await sh('ip', '-n', r, 'link', 'add', 'rb', 'type', 'veth', 'peer', 'name', 'vb', 'netns', b);
    await sh('ip', '-n', a, 'addr', 'add', '10.99.0.1/24', 'dev', 'va');
    await sh('ip', '-n', r, 'addr', 'add', '10.99.0.254/24', 'dev', 'ra');
    await sh('ip', '-n', r, 'addr', 'add', '10.99.1.254/24', 'dev', 'rb');
    await sh('ip', '-n', b, 'addr', 'add', '10.99.1.2/24', 'dev', 'vb');
    for (const [ns, dev] of [[a, 'va'], [r, 'ra'], [r, 'rb'], [b, 'vb'], [a, 'lo'], [r, 'lo'], [b, 'lo']] as const) {
      await sh('ip', '-n', ns, 'link', 'set', dev, 'up');
    }
    await sh('ip', '-n', a, 'route', 'add', 'default', 'via', '10.99.0.254');
    await sh('ip', '-n', b, 'route', 'add', 'default', 'via', '10.99.1.254');
    await sh('ip', 'netns', 'exec', r, 'sysctl', '-qw', 'net.ipv4.ip_forward=1');
    await sh('ip', 'netns', 'exec', b, 'iptables', '-A', 'INPUT', '-p', 'udp', '--dport', '9000', '-j', 'DROP');
    // Resolve the neighbours once so the first run does not pay for ARP.
    await execa('ip', ['netns', 'exec', a, ...sender.argv, '10.99.1.2', '9000', '1', '10'], { reject: false });
  } catch (err) {
    await remove();
    throw err;
  }
  return {
    names: [a, r, b],
    sender: sender.kind,
    inodes: [a, r, b].map((ns) => String(statSync(`/var/run/netns/${ns}`).ino)),
    async load(seconds, maxPackets, pps = 0) {
      const before = await txPackets(r, 'rb');
      // Both senders pace when asked (the C one with far less CPU of its own at high rates).
      const out = await sh('ip', 'netns', 'exec', a, ...sender.argv, '10.99.1.2', '9000', String(seconds), String(maxPackets), String(pps));
      const [sent, ms, cpuMs] = out.trim().split(' ').map(Number) as [number, number, number];
      const forwarded = (await txPackets(r, 'rb')) - before;
      return { sent, forwarded, seconds: ms / 1000, cpuSeconds: cpuMs / 1000 };
    },
    remove,
  };
}
