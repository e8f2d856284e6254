/**
 * A collector started without an auth file generates its tokens (collector/auth.ts
 * generateAuth) and leaves them where the CLI on the same machine finds them: the run directory
 * by port (common/client-token.ts), mode 0700/0600, removed when the collector stops. A local
 * `packetlife trace` and a lab node's `packetlife agent` then need no flags.
 */
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generatedAgentTokenFile, generatedTokenDir, generatedUserTokenFile } from '../common/client-token.js';
import type { AuthFile } from './auth.js';

export function writeGeneratedTokens(port: number, auth: AuthFile): string {
  const dir = generatedTokenDir(port);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'agents'), { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const write = (file: string, token: string): void => {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, `${token}\n`, { mode: 0o600 });
  };
  write(generatedUserTokenFile(port), auth.users[0]!.token);
  for (const a of auth.agents) write(generatedAgentTokenFile(port, a.node), a.token);
  return dir;
}

export function removeGeneratedTokens(port: number): void {
  rmSync(generatedTokenDir(port), { recursive: true, force: true });
}
