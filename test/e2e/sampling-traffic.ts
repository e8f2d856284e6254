/**
 * Mixed TCP/UDP/ICMP traffic from inside a lab pod's netns (run with `ip netns exec`), for the
 * consistent-sampling test (sampling.test.ts): all of it bounded in count and time, all of it to
 * lab addresses. Prints one JSON line with what it sent and what was answered.
 *
 *   node dist/test/e2e/sampling-traffic.js --http URL:N --dns IP:N --udp IP:PORT:N --ping IP:N[,IP:N]
 *
 *   --http  N HTTP GETs, each on a new connection (handshake, request, reply, close: ~9 packets)
 *   --dns   N DNS A queries over UDP, each from a socket of its own (unconnected: IP id 0 with DF,
 *           so only the payload tells them apart), for names of different lengths
 *   --udp   N datagrams to a port nobody listens on (the answer is ICMP port unreachable, when
 *           the kernel's ICMP rate limit lets it out)
 *   --ping  N echo requests (iputils ping, 10 ms apart)
 */
import { spawn } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { request } from 'node:http';
import dnsPacket from 'dns-packet';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function count(text: string | undefined, what: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > 5000) throw new Error(`${what}: count must be 0-5000, got ${String(text)}`);
  return n;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function http(url: string, n: number): Promise<{ sent: number; answered: number }> {
  let answered = 0;
  // a few at a time: the handshakes interleave like a real client's, and it stays quick
  const one = (): Promise<void> =>
    new Promise((resolve) => {
      const req = request(url, { agent: false, timeout: 5000 }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode === 200) answered++;
          resolve();
        });
      });
      req.on('error', () => resolve());
      req.on('timeout', () => req.destroy());
      req.end();
    });
  for (let i = 0; i < n; i += 4) await Promise.all(Array.from({ length: Math.min(4, n - i) }, one));
  return { sent: n, answered };
}

async function dns(server: string, n: number): Promise<{ sent: number; answered: number }> {
  let answered = 0;
  const names = ['echo-clusterip.packetlab.svc.cluster.local', 'kube-dns.kube-system.svc.cluster.local', 'kubernetes.default.svc.cluster.local', 'x.packetlab.svc.cluster.local'];
  const one = (i: number): Promise<void> =>
    new Promise((resolve) => {
      const s = createSocket('udp4');
      const done = (): void => {
        clearTimeout(timer);
        s.close();
        resolve();
      };
      const timer = setTimeout(done, 2000);
      s.on('message', () => {
        answered++;
        done();
      });
      s.on('error', done);
      const q = dnsPacket.encode({ type: 'query', id: (i * 7919 + 1) & 0xffff, flags: dnsPacket.RECURSION_DESIRED, questions: [{ type: 'A', name: names[i % names.length]! }] });
      s.send(q, 53, server);
    });
  for (let i = 0; i < n; i += 8) await Promise.all(Array.from({ length: Math.min(8, n - i) }, (_, k) => one(i + k)));
  return { sent: n, answered };
}

async function udpClosed(host: string, port: number, n: number): Promise<{ sent: number }> {
  const s = createSocket('udp4');
  for (let i = 0; i < n; i++) {
    await new Promise<void>((resolve) => s.send(Buffer.from(`packetlife sampling probe ${i} ${'.'.repeat(i % 17)}`), port, host, () => resolve()));
    await sleep(5);
  }
  s.close();
  return { sent: n };
}

async function ping(host: string, n: number): Promise<{ sent: number; answered: number }> {
  const child = spawn('ping', ['-n', '-q', '-c', String(n), '-i', '0.01', '-W', '1', host], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await new Promise((r) => child.on('close', r));
  clearTimeout(killer);
  const m = /(\d+) packets transmitted, (\d+) received/.exec(out);
  return { sent: Number(m?.[1] ?? 0), answered: Number(m?.[2] ?? 0) };
}

const jobs: Array<Promise<[string, unknown]>> = [];
const h = arg('http');
if (h) {
  const i = h.lastIndexOf(':');
  jobs.push(http(h.slice(0, i), count(h.slice(i + 1), '--http')).then((r) => ['http', r]));
}
const d = arg('dns');
if (d) {
  const [ip, n] = d.split(':');
  jobs.push(dns(ip!, count(n, '--dns')).then((r) => ['dns', r]));
}
const u = arg('udp');
if (u) {
  const [ip, port, n] = u.split(':');
  jobs.push(udpClosed(ip!, Number(port), count(n, '--udp')).then((r) => ['udp', r]));
}
const p = arg('ping');
if (p) {
  for (const target of p.split(',')) {
    const [ip, n] = target.split(':');
    jobs.push(ping(ip!, count(n, '--ping')).then((r) => [`ping ${ip!}`, r]));
  }
}
const hardStop = setTimeout(() => {
  process.stderr.write('sampling-traffic: still running after 60 s, stopping\n');
  process.exit(2);
}, 60_000);
const results = Object.fromEntries(await Promise.all(jobs));
clearTimeout(hardStop);
process.stdout.write(`${JSON.stringify(results)}\n`);
