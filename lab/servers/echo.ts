/**
 * An HTTP echo server answering like registry.k8s.io/echoserver: the client address it saw, the
 * request line and headers (x-forwarded-for included), and which pod and node answered.
 */
import { createServer } from 'node:http';
import { hostname } from 'node:os';
import { required, serverArgs, signalReady } from './args.js';

const args = serverArgs({ port: { type: 'string' }, pod: { type: 'string' }, node: { type: 'string' }, ip: { type: 'string' } });
const port = Number(required(args.port, 'port'));
const pod = required(args.pod, 'pod');
const [podNamespace, podName] = pod.split('/');

/** Bodies are echoed only up to this size: the server's memory stays bounded. */
const MAX_BODY = 64 * 1024;

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  let size = 0;
  req.on('data', (c: Buffer) => {
    if (size < MAX_BODY) chunks.push(c.subarray(0, MAX_BODY - size));
    size += c.length;
  });
  req.on('end', () => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    const headers = Object.entries(req.headers)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `\t${k}=${Array.isArray(v) ? v.join(', ') : (v ?? '')}`);
    const body = size === 0 ? '\t-no body in request-' : Buffer.concat(chunks).toString('utf8');
    const text = [
      '',
      `Hostname: ${podName ?? hostname()}`,
      '',
      'Pod Information:',
      `\tnode name:\t${args.node ?? ''}`,
      `\tpod name:\t${podName ?? ''}`,
      `\tpod namespace:\t${podNamespace ?? ''}`,
      `\tpod IP:\t${args.ip ?? ''}`,
      '',
      'Server values:',
      '\tserver_version=packetlife-lab-echoserver',
      '',
      'Request Information:',
      `\tclient_address=${(req.socket.remoteAddress ?? '').replace(/^::ffff:/, '')}`,
      `\tmethod=${req.method ?? ''}`,
      `\treal path=${url.pathname}`,
      `\tquery=${url.search.replace(/^\?/, '')}`,
      `\trequest_version=${req.httpVersion}`,
      `\trequest_scheme=http`,
      `\trequest_uri=http://${url.hostname}:${port}${req.url ?? '/'}`,
      '',
      'Request Headers:',
      ...headers,
      '',
      'Request Body:',
      body,
      '',
    ].join('\n');
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(text);
  });
});
server.keepAliveTimeout = 5_000;
server.listen(port, '0.0.0.0', () => signalReady(args.ready));
