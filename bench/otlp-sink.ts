/**
 * The OTLP backend of the export benchmark, in its own process so that the collector's process
 * pays only its own side: answers every POST /v1/traces with 200 once the body is read, counts
 * requests and bytes, prints "listening PORT" and, on SIGTERM, "requests N bytes B".
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

let requests = 0;
let bytes = 0;
const server = createServer((req, res) => {
  req.on('data', (c: Buffer) => (bytes += c.length));
  req.on('end', () => {
    requests++;
    res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`listening ${(server.address() as AddressInfo).port}\n`));
process.on('SIGTERM', () => {
  process.stdout.write(`requests ${requests} bytes ${bytes}\n`);
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
