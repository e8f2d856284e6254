/**
 * `packetlife collector` as users run it in a cluster (helm/): HTTPS/wss with a certificate from
 * files, users' and agents' tokens from a mounted auth file, /healthz for the probes — as a real process.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa, type ResultPromise } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startUplink } from '../transport/harness.js';
import { makeEvent } from '../../fixtures/events.js';
import { makeSelfSignedCert } from '../support/self-signed.js';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

function get(url: string, ca: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { ca, headers }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += String(d)));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('packetlife collector with --tls-cert/--tls-key and --auth-file', () => {
  let dir = '';
  let ca = '';
  let child: ResultPromise | undefined;
  let base = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'packetlife-collector-tls-'));
    ca = makeSelfSignedCert(dir).cert;
    writeFileSync(join(dir, 'auth.yaml'), 'users:\n  - {name: ops, token: user-t0ken-from-a-secret, namespaces: ["*"]}\nagents:\n  - {node: ip-10-0-0-75, token: t0ken-from-a-secret-for-ip-10-0-0-75}\n');
    child = execa(process.execPath, [CLI, 'collector', '--listen', '127.0.0.1:0', '--tls-cert', join(dir, 'cert.pem'), '--tls-key', join(dir, 'key.pem'), '--auth-file', join(dir, 'auth.yaml')], { reject: false, env: { PACKETLIFE_LOG_LEVEL: 'warn' } });
    base = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('collector did not start')), 15_000);
      child!.stdout!.on('data', (d: Buffer) => {
        const m = /listening on (https:\/\/127\.0\.0\.1:\d+)/.exec(String(d));
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
    });
  });
  afterAll(async () => {
    child?.kill('SIGTERM');
    const r = await child;
    rmSync(dir, { recursive: true, force: true });
    expect(r?.exitCode).toBe(0); // a clean stop on SIGTERM
  });

  it('serves /healthz over HTTPS to a client that trusts the CA', async () => {
    expect(base).toMatch(/^https:/);
    expect(await get(`${base}/healthz`, ca)).toEqual({ status: 200, body: '{"ok":true}' });
  });

  it('takes an agent with the token from the file over wss, and refuses a wrong token', async () => {
    const wss = `${base.replace(/^https/, 'wss')}/v1/agents`;
    const up = startUplink(wss, { ca, token: 't0ken-from-a-secret-for-ip-10-0-0-75' });
    try {
      up.push([makeEvent(1), makeEvent(2)]);
      for (let i = 0; i < 100 && up.stats().ackedSeq < 1; i++) await new Promise((r) => setTimeout(r, 50));
      expect(up.stats().ackedSeq).toBe(1);
      expect(up.stats().unackedBatches).toBe(0);
      const agents = JSON.parse((await get(`${base}/api/agents`, ca, { authorization: 'Bearer user-t0ken-from-a-secret' })).body) as Array<{ node: string; connected: boolean }>;
      expect(agents.map((a) => [a.node, a.connected])).toEqual([['ip-10-0-0-75', true]]);
    } finally {
      await up.stop({ drainMs: 0 });
    }
    const refused = await new Promise<number>((resolve) => {
      const req = request(`${base}/v1/agents`, { ca, headers: { authorization: 'Bearer wrong', connection: 'Upgrade', upgrade: 'websocket', 'sec-websocket-version': '13', 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==' } });
      req.on('response', (res) => {
        res.on('error', () => undefined); // the collector closes the socket after refusing
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('upgrade', () => resolve(101));
      req.on('error', () => resolve(-1));
      req.end();
    });
    expect(refused).toBe(401);
  });
});
