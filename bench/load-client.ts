/**
 * bench/load-client.ts — steady HTTP load from inside a lab pod's netns (run with `ip netns exec`):
 * keep-alive connections to one URL (a ClusterIP, so every packet goes through DNAT), a fixed
 * number of requests per second spread over the connections, bounded in count and time. Prints
 * one JSON line: requests sent, answered, failed.
 *
 *   node dist/bench/load-client.js --url http://172.20.122.189/ --rate 300 --conns 8 --seconds 10
 */
import { Agent, request } from 'node:http';
import { numberArg } from './stats.js';

const urlArg = process.argv[process.argv.indexOf('--url') + 1];
if (!process.argv.includes('--url') || !urlArg) throw new Error('--url URL is required');
const url = new URL(urlArg);
const rate = numberArg('rate', 100);
const conns = numberArg('conns', 8);
const seconds = numberArg('seconds', 10);
if (!(rate > 0 && rate <= 5000)) throw new Error(`--rate must be 1-5000 requests/s, got ${rate}`);
if (!(conns >= 1 && conns <= 256)) throw new Error(`--conns must be 1-256, got ${conns}`);
if (!(seconds > 0 && seconds <= 300)) throw new Error(`--seconds must be 0-300, got ${seconds}`);

const agent = new Agent({ keepAlive: true, maxSockets: conns, maxFreeSockets: conns });
const total = Math.round(rate * seconds);
let sent = 0;
let answered = 0;
let failed = 0;
let inFlight = 0;
const start = Date.now();

function one(): void {
  sent++;
  inFlight++;
  const req = request({ host: url.hostname, port: url.port || 80, path: url.pathname, agent, timeout: 5_000 }, (res) => {
    res.resume();
    res.on('end', () => {
      inFlight--;
      if (res.statusCode === 200) answered++;
      else failed++;
    });
  });
  req.on('error', () => {
    inFlight--;
    failed++;
  });
  req.on('timeout', () => req.destroy(new Error('timeout')));
  req.end();
}

// Requests go out on a fixed schedule (catching up after a slow tick), never more than `total`.
const timer = setInterval(() => {
  const due = Math.min(total, Math.floor(((Date.now() - start) / 1000) * rate));
  while (sent < due && inFlight < conns * 4) one();
  if (sent >= total) clearInterval(timer);
}, 5);

const finish = (): void => {
  agent.destroy();
  process.stdout.write(`${JSON.stringify({ sent, answered, failed, seconds: (Date.now() - start) / 1000 })}\n`);
  process.exit(0);
};
const check = setInterval(() => {
  if ((sent >= total && inFlight === 0) || Date.now() - start > (seconds + 10) * 1000) {
    clearInterval(check);
    finish();
  }
}, 20);
