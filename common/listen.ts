import type { Server } from 'node:net';

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
