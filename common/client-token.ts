/**
 * The bearer token a CLI command sends to the collector, and where generated tokens live.
 *
 * In order: --token, --token-file, PACKETLIFE_TOKEN, the token a collector on this machine
 * generated for itself (a loopback URL: its run directory by port), the kube context's
 * credentials (a token, or what an exec plugin such as `aws eks get-token` returns) — the
 * collector reviews those with the Kubernetes API (TokenReview).
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from './errors.js';

/** Where a collector without an auth file puts the tokens it generated (mode 0700). */
export function runDir(): string {
  if (process.env.PACKETLIFE_RUN_DIR) return process.env.PACKETLIFE_RUN_DIR;
  return process.getuid?.() === 0 ? '/run/packetlife' : join(tmpdir(), `packetlife-${process.getuid?.() ?? 'user'}`);
}

export function generatedTokenDir(port: number): string {
  return join(runDir(), `collector-${port}`);
}

export function generatedUserTokenFile(port: number): string {
  return join(generatedTokenDir(port), 'user.token');
}

export function generatedAgentTokenFile(port: number, node: string): string {
  return join(generatedTokenDir(port), 'agents', `${node.replace(/[^A-Za-z0-9._-]/g, '_')}.token`);
}

export function isLoopbackUrl(url: URL): boolean {
  const h = url.hostname.replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\./.test(h);
}

function defaultPort(url: URL): number {
  return url.port ? Number(url.port) : url.protocol === 'https:' || url.protocol === 'wss:' ? 443 : 80;
}

export function readTokenFile(file: string, flag: string): string {
  let t: string;
  try {
    t = readFileSync(file, 'utf8').trim();
  } catch (err) {
    throw new UserError(`${flag}: cannot read ${file}: ${(err as Error).message}`);
  }
  if (t === '') throw new UserError(`${flag}: ${file} is empty`);
  return t;
}

export interface TokenOptions {
  token?: string;
  tokenFile?: string;
}

/** Validates --token at parse time: an empty token is a mistake, not "no token". */
export function tokenArg(v: string): string {
  if (v.trim() === '') throw new UserError('--token must not be empty');
  if (/\s/.test(v.trim())) throw new UserError('--token must not contain whitespace');
  return v.trim();
}

export async function clientToken(o: TokenOptions, collectorUrl: string): Promise<string | undefined> {
  if (o.token !== undefined) return tokenArg(o.token);
  if (o.tokenFile !== undefined) return readTokenFile(o.tokenFile, '--token-file');
  const env = process.env.PACKETLIFE_TOKEN;
  if (env !== undefined) {
    if (env.trim() === '') throw new UserError('PACKETLIFE_TOKEN is set but empty');
    return env.trim();
  }
  let url: URL | undefined;
  try {
    url = new URL(collectorUrl);
  } catch {
    url = undefined;
  }
  if (url && isLoopbackUrl(url)) {
    const f = generatedUserTokenFile(defaultPort(url));
    if (existsSync(f)) return readTokenFile(f, 'the collector\'s generated token');
  }
  return kubeContextToken();
}

/** The current kube context's bearer token, if there is a kubeconfig and it yields one. */
async function kubeContextToken(): Promise<string | undefined> {
  const path = process.env.KUBECONFIG ?? join(homedir(), '.kube', 'config');
  if (!path.split(':').some((p) => p !== '' && existsSync(p))) return undefined;
  try {
    const { KubeConfig } = await import('@kubernetes/client-node');
    const kc = new KubeConfig();
    kc.loadFromDefault();
    const opts: { headers?: Record<string, string> } = {};
    await kc.applyToHTTPSOptions(opts as never);
    const auth = opts.headers?.Authorization ?? opts.headers?.authorization;
    const m = auth ? /^Bearer\s+(\S+)$/i.exec(auth) : null;
    return m?.[1];
  } catch {
    return undefined;
  }
}

export function authHeaders(token: string | undefined): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}
