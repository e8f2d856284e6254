/**
 * The ALB: an HTTP reverse proxy in the ALB netns. It accepts on its public address, opens a new
 * connection from its private address to an IP target (round robin) and adds X-Forwarded-For,
 * -Proto and -Port as an AWS ALB does: the pod sees the ALB's address as client, the header the
 * real one.
 */
import { createServer, request } from 'node:http';
import { required, serverArgs, signalReady } from './args.js';

const args = serverArgs({ listen: { type: 'string' }, source: { type: 'string' }, targets: { type: 'string' } });
const [listenHost, listenPort] = required(args.listen, 'listen').split(':') as [string, string];
const source = required(args.source, 'source');
const targets = required(args.targets, 'targets')
  .split(',')
  .map((t) => {
    const [host, port] = t.split(':');
    return { host: host!, port: Number(port) };
  });
let next = 0;

createServer((req, res) => {
  const target = targets[next++ % targets.length]!;
  const client = (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
  const prior = req.headers['x-forwarded-for'];
  const headers = {
    ...req.headers,
    'x-forwarded-for': prior ? `${String(prior)}, ${client}` : client,
    'x-forwarded-proto': 'http',
    'x-forwarded-port': listenPort,
  };
  const upstream = request(
    { host: target.host, port: target.port, localAddress: source, method: req.method, path: req.url, headers, timeout: 5_000 },
    (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    },
  );
  upstream.on('timeout', () => upstream.destroy(new Error('target timeout')));
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
    res.end('502 Bad Gateway\n');
  });
  req.pipe(upstream);
}).listen(Number(listenPort), listenHost, () => signalReady(args.ready));
