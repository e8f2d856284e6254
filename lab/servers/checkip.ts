/** checkip.amazonaws.com on the lab's internet host: answers with the address the request came from. */
import { createServer } from 'node:http';
import { required, serverArgs, signalReady } from './args.js';

const args = serverArgs({ port: { type: 'string' } });
const port = Number(required(args.port, 'port'));

createServer((req, res) => {
  req.resume();
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.end(`${(req.socket.remoteAddress ?? '').replace(/^::ffff:/, '')}\n`);
}).listen(port, '0.0.0.0', () => signalReady(args.ready));
