import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Server } from 'node:net';

/**
 * The collector's one HTTP(S) server: made here, once, and handed to the API and the ingest,
 * which attach their request and upgrade handlers to it (HTTPS with `tls`: wss:// for agents).
 */
export function createHttpServerFor(tls?: { cert: string | Buffer; key: string | Buffer }): HttpServer {
  return tls ? createHttpsServer({ cert: tls.cert, key: tls.key }) : createHttpServer();
}

/** Starts `server` listening; rejects with the listen error (EADDRINUSE, EACCES) instead of throwing it later. */
export function listenOn(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
