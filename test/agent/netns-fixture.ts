/**
 * A tiny two-namespace fixture for agent tests that run real bpftrace without the lab:
 *
 *   plab-agNNNN-a (10.99.0.1/24, veth "va") <==> plab-agNNNN-b (10.99.0.2/24, veth "vb")
 *
 * netns a DNATs 10.99.0.100:80 → 10.99.0.2:8080 in nat OUTPUT (so a curl from a shows the
 * rewrite in conntrack on a's transmit); b runs a tiny HTTP server on 10.99.0.2:8080. The veth
 * is created inside a and moved to b: nothing appears in the root netns. remove() deletes both
 * namespaces and the server, also after a failure. b drops UDP port 9999 in iptables INPUT.
 */
import { statSync } from 'node:fs';
import { execa, type ResultPromise } from 'execa';

export interface NetnsFixture {
  a: string;
  b: string;
  inodeA: string;
  inodeB: string;
  curl(url: string): Promise<string>;
  /** Sends one UDP datagram from a to 10.99.0.2:PORT (b drops port 9999 in iptables INPUT). */
  udp(port: number): Promise<void>;
  remove(): Promise<void>;
}

const SERVER = `require('http').createServer((q, r) => r.end('hello')).listen(8080, '10.99.0.2')`;

export async function createNetnsFixture(tag: string): Promise<NetnsFixture> {
  const a = `plab-ag${tag}-a`;
  const b = `plab-ag${tag}-b`;
  let server: ResultPromise | undefined;
  const remove = async (): Promise<void> => {
    if (server?.pid) {
      server.kill('SIGKILL');
      await server.catch(() => undefined);
    }
    await execa('ip', ['netns', 'del', a], { reject: false });
    await execa('ip', ['netns', 'del', b], { reject: false });
  };
  try {
    const sh = async (...argv: string[]): Promise<void> => {
      await execa(argv[0]!, argv.slice(1));
    };
    await sh('ip', 'netns', 'add', a);
    await sh('ip', 'netns', 'add', b);
    await sh('ip', '-n', a, 'link', 'add', 'va', 'type', 'veth', 'peer', 'name', 'vb', 'netns', b);
    await sh('ip', '-n', a, 'addr', 'add', '10.99.0.1/24', 'dev', 'va');
    await sh('ip', '-n', b, 'addr', 'add', '10.99.0.2/24', 'dev', 'vb');
    for (const [ns, dev] of [[a, 'va'], [b, 'vb'], [a, 'lo'], [b, 'lo']] as const) await sh('ip', '-n', ns, 'link', 'set', dev, 'up');
    await sh('ip', 'netns', 'exec', a, 'iptables', '-t', 'nat', '-A', 'OUTPUT', '-d', '10.99.0.100', '-p', 'tcp', '--dport', '80', '-j', 'DNAT', '--to-destination', '10.99.0.2:8080');
    await sh('ip', 'netns', 'exec', b, 'iptables', '-A', 'INPUT', '-p', 'udp', '--dport', '9999', '-j', 'DROP');
    server = execa('ip', ['netns', 'exec', b, process.execPath, '-e', SERVER], { reject: false });
    const curl = async (url: string): Promise<string> =>
      (await execa('ip', ['netns', 'exec', a, 'curl', '-s', '--max-time', '5', url])).stdout;
    const deadline = Date.now() + 10_000;
    for (;;) {
      const r = await execa('ip', ['netns', 'exec', a, 'curl', '-s', '--max-time', '1', 'http://10.99.0.2:8080/'], { reject: false });
      if (r.stdout === 'hello') break;
      if (Date.now() > deadline) throw new Error('fixture server did not come up');
      await new Promise((res) => setTimeout(res, 100));
    }
    return {
      a,
      b,
      inodeA: String(statSync(`/var/run/netns/${a}`).ino),
      inodeB: String(statSync(`/var/run/netns/${b}`).ino),
      curl,
      async udp(port: number) {
        const send = `const s = require('dgram').createSocket('udp4'); s.send('x', ${Number(port)}, '10.99.0.2', () => s.close());`;
        await execa('ip', ['netns', 'exec', a, process.execPath, '-e', send]);
      },
      remove,
    };
  } catch (err) {
    await remove();
    throw err;
  }
}
