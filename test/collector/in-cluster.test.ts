/**
 * `packetlife collector --in-cluster` as a pod runs it (issue 8, item 4): the service account
 * token, CA and namespace at the standard path /var/run/secrets/kubernetes.io/serviceaccount
 * (laid out as the kubelet does: files behind a ..data symlink swapped atomically), the API
 * server from KUBERNETES_SERVICE_HOST/PORT, over HTTPS with that CA and the bearer token — the
 * stand-in API server checks both. The standard path exists only inside a private mount
 * namespace made for the collector process (unshare), so the machine's /run is untouched.
 * Then the token is rotated on disk while the collector runs: the client re-reads the file (as
 * client-go, at most once a minute), the old token is revoked, and the collector keeps watching.
 */
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa, type ResultPromise } from 'execa';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeAsRoot } from '../support/gate.js';
import type { TopologyData } from '../../collector/topology/model.js';
import { makeSelfSignedCert } from '../support/self-signed.js';
import { StandinApiServer } from './standin-apiserver.js';

const SA_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';
const N75 = 'ip-10-0-0-75';
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A projected service-account volume as the kubelet writes it: DIR/..TS/FILE, DIR/..data -> ..TS, DIR/FILE -> ..data/FILE. */
function writeProjected(dir: string, files: Record<string, string>, generation: number): void {
  const ts = `..2026_11_29_00_00_0${generation}.000000000`;
  mkdirSync(join(dir, ts), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, ts, name), text, { mode: 0o644 });
  symlinkSync(ts, join(dir, '..data_tmp'));
  renameSync(join(dir, '..data_tmp'), join(dir, '..data')); // the atomic swap
  for (const name of Object.keys(files)) {
    try {
      symlinkSync(join('..data', name), join(dir, name));
    } catch {
      // already links through ..data
    }
  }
}

/** Starts the collector in its own mount namespace with DIR mounted at the standard path. */
function startCollector(saDir: string, host: string, port: string, runDir: string): ResultPromise {
  const script = [
    'set -e',
    'mount -t tmpfs -o size=1m,mode=0755 packetlife-test /run', // /var/run -> /run: private to this process
    `mkdir -p ${SA_PATH}`,
    `mount --bind "$1" ${SA_PATH}`,
    'exec node dist/cli.js collector --in-cluster --listen 127.0.0.1:0',
  ].join('\n');
  return execa('unshare', ['--mount', '--propagation', 'private', 'sh', '-c', script, 'sh', saDir], {
    reject: false,
    // the collector's generated user token lands here, outside its private /run
    env: { KUBERNETES_SERVICE_HOST: host, KUBERNETES_SERVICE_PORT: port, PACKETLIFE_LOG_LEVEL: 'warn', PACKETLIFE_RUN_DIR: runDir },
  });
}

function listening(p: ResultPromise): Promise<string> {
  return new Promise<string>((ok, fail) => {
    let out = '';
    p.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^collector listening on (http:\/\/127\.0\.0\.1:\d+) .*topology: kubernetes$/m.exec(out);
      if (m) ok(m[1]!);
    });
    void p.then((r) => fail(new Error(`collector exited ${r.exitCode}: ${String(r.stderr)}`)));
  });
}

describeAsRoot('collector --in-cluster against an HTTPS stand-in API server checking the bearer token (a private mount namespace)', () => {
  let dir = '';
  let api: StandinApiServer;
  let collector: ResultPromise | undefined;
  let url = '';
  let apiUrl: URL;
  const saDir = (): string => join(dir, 'serviceaccount');
  const userToken = (): string => readFileSync(join(dir, 'run', `collector-${new URL(url).port}`, 'user.token'), 'utf8').trim();
  const topology = async (): Promise<TopologyData> => (await (await fetch(`${url}/api/topology`, { headers: { authorization: `Bearer ${userToken()}` } })).json()) as TopologyData;
  const until = async (cond: () => boolean | Promise<boolean>, what: string, ms: number): Promise<void> => {
    const end = Date.now() + ms;
    while (!(await cond())) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await sleep(100);
    }
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'packetlife-incluster-'));
    const tls = makeSelfSignedCert(dir); // the cluster CA and the API server's certificate
    api = new StandinApiServer({ tls: { cert: tls.cert, key: tls.key }, tokens: ['token-one'] });
    const server = new URL(await api.listen());
    apiUrl = server;
    api.apply('nodes', { metadata: { name: N75 }, status: { addresses: [{ type: 'InternalIP', address: '10.0.0.75' }] } });
    api.apply('pods', { metadata: { namespace: 'shop', name: 'web-1', labels: { app: 'web' } }, spec: { nodeName: N75, containers: [{ name: 'c', image: 'x' }] }, status: { podIP: '10.0.1.51' } });
    api.apply('services', { metadata: { namespace: 'shop', name: 'web' }, spec: { type: 'ClusterIP', clusterIP: '172.20.0.80', ports: [{ port: 80, targetPort: 8080, protocol: 'TCP' }] } });
    api.apply('endpointslices', {
      metadata: { namespace: 'shop', name: 'web-abc', labels: { 'kubernetes.io/service-name': 'web' } },
      addressType: 'IPv4',
      endpoints: [{ addresses: ['10.0.1.51'], conditions: { ready: true }, nodeName: N75, targetRef: { kind: 'Pod', namespace: 'shop', name: 'web-1' } }],
      ports: [{ port: 8080, protocol: 'TCP' }],
    });
    mkdirSync(saDir());
    writeProjected(saDir(), { token: 'token-one', 'ca.crt': tls.cert, namespace: 'packetlife' }, 1);
    collector = startCollector(saDir(), server.hostname, server.port, join(dir, 'run'));
    url = await listening(collector);
  });

  afterAll(async () => {
    collector?.kill('SIGTERM');
    await collector;
    await api?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('lists and watches pods, services, endpointslices and nodes over TLS with the service account token', async () => {
    await until(async () => (await topology()).services.some((s) => s.name === 'web'), 'the service in the topology', 10_000);
    const t = await topology();
    expect(t.nodes.map((n) => [n.name, n.ip])).toEqual([[N75, '10.0.0.75']]);
    expect(t.pods.map((p) => `${p.namespace}/${p.name} ${p.ip} ${p.node}`)).toEqual(['shop/web-1 10.0.1.51 ip-10-0-0-75']);
    expect(t.services.find((s) => s.name === 'web')?.endpoints.map((e) => e.ip)).toEqual(['10.0.1.51']);
    for (const path of ['/api/v1/nodes', '/api/v1/pods', '/api/v1/services', '/apis/discovery.k8s.io/v1/endpointslices']) {
      expect(api.requests.lists.get(path), path).toBeGreaterThanOrEqual(1);
      await until(() => (api.requests.watches.get(path) ?? 0) >= 1, `a watch on ${path}`, 5000);
    }
    expect([...api.requests.tokens.keys()]).toEqual(['token-one']);
    expect(api.requests.unauthorized).toBe(0);
    // Watches deliver: a new pod appears without a relist.
    const lists = api.requests.lists.get('/api/v1/pods');
    api.apply('pods', { metadata: { namespace: 'shop', name: 'web-2', labels: { app: 'web' } }, spec: { nodeName: N75, containers: [{ name: 'c', image: 'x' }] }, status: { podIP: '10.0.1.52' } });
    await until(async () => (await topology()).pods.some((p) => p.name === 'web-2'), 'the watched pod', 5000);
    expect(api.requests.lists.get('/api/v1/pods')).toBe(lists);
  });

  it('follows a token rotated on disk: the new token is used and the old one can be revoked', async () => {
    writeProjected(saDir(), { token: 'token-two', 'ca.crt': readFileSync(join(dir, 'cert.pem'), 'utf8'), namespace: 'packetlife' }, 2);
    api.acceptTokens(['token-one', 'token-two']); // the kubelet rotates before the old token expires
    // API servers end watches now and then; each new request may re-read the file (at most once a minute, as client-go).
    await until(() => {
      api.closeWatches();
      return api.requests.tokens.has('token-two');
    }, 'a request with the rotated token', 90_000);
    api.acceptTokens(['token-two']); // the old token expires
    const unauthorizedBefore = api.requests.unauthorized;
    api.closeWatches();
    api.apply('services', { metadata: { namespace: 'shop', name: 'api' }, spec: { type: 'ClusterIP', clusterIP: '172.20.0.81', ports: [{ port: 443, targetPort: 8443, protocol: 'TCP' }] } });
    await until(async () => (await topology()).services.some((s) => s.name === 'api'), 'a service added after the old token was revoked', 15_000);
    expect(api.requests.unauthorized).toBe(unauthorizedBefore);
  }, 120_000);

  it('refuses an API server whose certificate the service account CA did not sign', async () => {
    const other = mkdtempSync(join(tmpdir(), 'packetlife-incluster-otherca-'));
    try {
      const wrongCa = makeSelfSignedCert(other).cert;
      const sa = join(other, 'serviceaccount');
      mkdirSync(sa);
      writeProjected(sa, { token: 'token-two', 'ca.crt': wrongCa, namespace: 'packetlife' }, 1);
      const before = api.requests.lists.get('/api/v1/nodes') ?? 0;
      const c = startCollector(sa, apiUrl.hostname, apiUrl.port, join(other, 'run'));
      try {
        const u = await listening(c);
        await sleep(1500);
        const token = readFileSync(join(other, 'run', `collector-${new URL(u).port}`, 'user.token'), 'utf8').trim();
        const t = (await (await fetch(`${u}/api/topology`, { headers: { authorization: `Bearer ${token}` } })).json()) as TopologyData;
        expect(t.nodes).toEqual([]);
        expect(t.pods).toEqual([]);
        // No request got through TLS: the stand-in counted none.
        expect(api.requests.lists.get('/api/v1/nodes') ?? 0).toBe(before);
      } finally {
        c.kill('SIGTERM');
        const r = await c;
        expect(String(r.stderr)).toMatch(/self[- ]signed certificate|unable to verify|certificate/i);
      }
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
