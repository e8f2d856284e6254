/**
 * The OTLP export in its own niced process (collector/export/otlp-process.ts + otlp-child.ts):
 * exactly-once delivery through a 503, every thread of the process niced (its GC helpers too),
 * the hand-over bounded in bytes, a dead export process counted and replaced, a flush on
 * shutdown that signals meant for the collector do not cut short.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Registry } from 'prom-client';
import { afterEach, describe, expect, it } from 'vitest';
import { OtlpExportProcess } from '../../collector/export/otlp-process.js';
import { startReceiver, type Receiver } from './receiver.js';
import { replayWalk } from './replay.js';
import { makeSelfSignedCert } from '../support/self-signed.js';

const receivers: Receiver[] = [];
const exporters: OtlpExportProcess[] = [];
afterEach(async () => {
  for (const e of exporters.splice(0)) await e.shutdown(500);
  for (const r of receivers.splice(0)) await r.close();
});
async function receiver(opts: Parameters<typeof startReceiver>[0] = {}): Promise<Receiver> {
  const r = await startReceiver(opts);
  receivers.push(r);
  return r;
}
/**
 * Tests of delivery run the process at the test's own priority: a SCHED_IDLE process beside a
 * busy test suite may wait seconds for a CPU. The priority has its own tests.
 */
function exporter(opts: ConstructorParameters<typeof OtlpExportProcess>[0]): OtlpExportProcess {
  const e = new OtlpExportProcess({ nice: 0, idle: false, ...opts });
  exporters.push(e);
  return e;
}
/** The nice value of every thread of process `pid`. */
const nices = (pid: number | 'self'): number[] =>
  readdirSync(`/proc/${pid}/task`).map((t) => Number(readFileSync(`/proc/${pid}/task/${t}/stat`, 'utf8').split(') ')[1]!.split(' ')[16]));
/** The scheduling policy of every thread of process `pid` (field 41 of stat). */
const policies = (pid: number): number[] =>
  readdirSync(`/proc/${pid}/task`).map((t) => Number(readFileSync(`/proc/${pid}/task/${t}/stat`, 'utf8').split(') ')[1]!.split(' ')[38]));
const many = (n: number, prefix: string) => {
  const { traces } = replayWalk('egress');
  return Array.from({ length: n }, (_, i) => ({ ...traces[i % traces.length]!, id: `${prefix}${i}` }));
};

/** The export process started with these OpenTelemetry variables in the collector's environment (then put back). */
function exporterWithEnv(env: Record<string, string>, opts: ConstructorParameters<typeof OtlpExportProcess>[0]): OtlpExportProcess {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    return exporter(opts); // the process is spawned here, with the environment as it is now
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/** An export process with this environment gets `trace` nowhere: its requests fail (counted) and none reaches `r`. */
async function expectNothingThrough(env: Record<string, string>, r: Receiver, trace: Parameters<OtlpExportProcess['offer']>[0]): Promise<void> {
  const e = exporterWithEnv(env, { endpoint: r.url, flushIntervalMs: 10, timeoutMs: 1000 });
  const before = r.requests.length;
  e.offer(trace);
  await expect.poll(() => e.stats.failedRequests, { timeout: 10_000 }).toBeGreaterThan(0);
  expect(e.stats.exported).toBe(0);
  expect(r.requests.length).toBe(before);
}

describe('OTLP export process', () => {
  it('takes secret headers and a private CA from the OpenTelemetry variables (as the Helm chart sets them from Secrets); a flag\'s header wins', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'packetlife-otlp-ca-'));
    try {
      const tls = makeSelfSignedCert(dir);
      const r = await receiver({ tls: { cert: tls.cert, key: tls.key } });
      expect(r.url).toMatch(/^https:/);
      const { traces } = replayWalk('clusterip');
      const env = {
        OTEL_EXPORTER_OTLP_TRACES_HEADERS: 'authorization=Bearer%20s3cret,x-scope-orgid=from-env',
        OTEL_EXPORTER_OTLP_TRACES_CERTIFICATE: tls.certFile,
      };
      const e = exporterWithEnv(env, { endpoint: r.url, flushIntervalMs: 10, headers: { 'x-scope-orgid': 'from-flag' } });
      for (const t of traces) e.offer(t);
      await e.shutdown(10_000);
      expect(e.stats).toMatchObject({ exported: traces.length, failedRequests: 0 });
      expect(r.requests.length).toBeGreaterThan(0);
      for (const q of r.requests) {
        expect(q.status).toBe(200);
        expect(q.headers.authorization).toBe('Bearer s3cret');
        expect(q.headers['x-scope-orgid']).toBe('from-flag');
      }
      expect(r.spans.filter((s) => s.parentSpanId === '')).toHaveLength(traces.length);

      // Without the CA the same backend is refused (its certificate is its own): the CA is what let it through.
      await expectNothingThrough({ OTEL_EXPORTER_OTLP_TRACES_HEADERS: env.OTEL_EXPORTER_OTLP_TRACES_HEADERS }, r, traces[0]!);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('presents the client certificate the OpenTelemetry variables name to a backend that asks for one (mutual TLS); without it the handshake is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'packetlife-otlp-mtls-'));
    try {
      mkdirSync(join(dir, 'server'));
      mkdirSync(join(dir, 'client'));
      const server = makeSelfSignedCert(join(dir, 'server'));
      const client = makeSelfSignedCert(join(dir, 'client'));
      const r = await receiver({ tls: { cert: server.cert, key: server.key, clientCa: client.cert } });
      const { traces } = replayWalk('egress');
      const trust = { OTEL_EXPORTER_OTLP_TRACES_CERTIFICATE: server.certFile };
      const e = exporterWithEnv({ ...trust, OTEL_EXPORTER_OTLP_TRACES_CLIENT_CERTIFICATE: client.certFile, OTEL_EXPORTER_OTLP_TRACES_CLIENT_KEY: client.keyFile }, { endpoint: r.url, flushIntervalMs: 10 });
      for (const t of traces) e.offer(t);
      await e.shutdown(10_000);
      expect(e.stats).toMatchObject({ exported: traces.length, failedRequests: 0 });
      expect(r.spans.filter((s) => s.parentSpanId === '')).toHaveLength(traces.length);
      await expectNothingThrough(trust, r, traces[0]!);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a 503 then 200s: every trace exactly once, counters on /metrics', async () => {
    const r = await receiver({ failFirst: 1, retryAfterS: 1 });
    const { traces } = replayWalk('clusterip');
    const registry = new Registry();
    const e = exporter({ endpoint: r.url, flushIntervalMs: 10, registry });
    for (const t of traces) e.offer(t);
    await e.shutdown(10_000);
    expect(r.requests[0]!.status).toBe(503);
    const roots = r.spans.filter((s) => s.parentSpanId === '');
    expect(roots.map((s) => s.attributes['packetlife.trace.id']).sort()).toEqual(traces.map((t) => t.id).sort());
    expect(e.stats).toMatchObject({ offered: traces.length, exported: traces.length, queued: 0, dropped: { 'queue-full': 0, rejected: 0, shutdown: 0, crashed: 0 } });
    const text = await registry.metrics();
    expect(text).toContain(`packetlife_otlp_traces_exported_total ${traces.length}\n`);
    expect(text).toContain('packetlife_otlp_traces_dropped_total{reason="crashed"} 0\n');
  });

  for (const how of ['under nice', 'without nice on PATH'] as const) {
    it(`every thread of the export process runs at nice 19 (and SCHED_IDLE), its V8 helpers included; the collector's keep theirs (${how})`, async () => {
      const r = await receiver();
      const before = nices('self');
      const path = process.env.PATH;
      if (how !== 'under nice') process.env.PATH = '/nonexistent';
      let e: OtlpExportProcess;
      try {
        e = exporter({ endpoint: r.url, flushIntervalMs: 10, nice: 19, idle: true });
      } finally {
        process.env.PATH = path;
      }
      e.offer(replayWalk('clusterip').traces[0]!);
      await expect.poll(() => e.stats.exported, { timeout: 10_000 }).toBe(1);
      const child = nices(e.pid!);
      expect(child.length).toBeGreaterThanOrEqual(5); // its loop and V8's platform threads at least
      expect(child.filter((n) => n !== 19)).toEqual([]);
      // and SCHED_IDLE (policy 5) where chrt is, which `nice` alone leaves out
      if (how === 'under nice') expect(policies(e.pid!).filter((p) => p !== 5)).toEqual([]);
      expect(nices('self').slice(0, before.length)).toEqual(before);
    });
  }

  it('the bytes on their way to the process are bounded: past the bound new traces are dropped and counted', async () => {
    const r = await receiver();
    const e = exporter({ endpoint: r.url, flushIntervalMs: 10, handOverBatch: 1, maxHandOverBytes: 30_000 });
    e.offer(many(1, 'w')[0]!); // the process is up and reading
    await expect.poll(() => e.stats.exported, { timeout: 10_000 }).toBe(1);
    process.kill(e.pid!, 'SIGSTOP'); // reads nothing more
    try {
      for (const t of many(200, 'b')) e.offer(t);
      const s = e.stats;
      const kept = 200 - s.dropped['queue-full'];
      expect(kept).toBeGreaterThan(0);
      expect(kept).toBeLessThan(200);
      expect(s.queued).toBe(kept);
    } finally {
      process.kill(e.pid!, 'SIGCONT');
    }
    const kept = e.stats.queued;
    await e.shutdown(10_000);
    expect(e.stats).toMatchObject({ offered: 201, exported: 1 + kept, queued: 0, dropped: { 'queue-full': 200 - kept, rejected: 0, shutdown: 0, crashed: 0 } });
  });

  it('a dead export process: what it held counted (crashed), another started, later traces exported', async () => {
    const r = await receiver();
    const registry = new Registry();
    const e = exporter({ endpoint: r.url, flushIntervalMs: 10, restartBackoffMs: 50, registry });
    for (const t of many(10, 'a')) e.offer(t);
    await expect.poll(() => e.stats.exported, { timeout: 10_000 }).toBe(10);
    const first = e.pid!;
    process.kill(first, 'SIGSTOP'); // takes none of the next ones
    for (const t of many(7, 'b')) e.offer(t);
    await new Promise((ok) => setImmediate(ok)); // handed over
    process.kill(first, 'SIGKILL');
    await expect.poll(() => e.restarts === 1 && e.pid !== undefined && e.pid !== first, { timeout: 10_000 }).toBe(true);
    for (const t of many(5, 'c')) e.offer(t);
    await e.shutdown(10_000);
    expect(e.stats).toMatchObject({ offered: 22, exported: 15, queued: 0, dropped: { 'queue-full': 0, rejected: 0, shutdown: 0, crashed: 7 } });
    const roots = r.spans.filter((s) => s.parentSpanId === '').map((s) => String(s.attributes['packetlife.trace.id']));
    expect(roots.filter((id) => id.startsWith('b'))).toEqual([]);
    expect(roots.length).toBe(15);
    expect(await registry.metrics()).toContain('packetlife_otlp_traces_dropped_total{reason="crashed"} 7\n');
  });

  it('a process that dies too often is not started again: export stops, the caller goes on, drops counted', async () => {
    const r = await receiver();
    const e = exporter({ endpoint: r.url, flushIntervalMs: 10, restartBackoffMs: 10, maxRestarts: 2 });
    for (let i = 0; i < 3; i++) {
      await expect.poll(() => e.pid !== undefined && e.restarts === i, { timeout: 10_000 }).toBe(true);
      process.kill(e.pid!, 'SIGKILL');
    }
    await expect.poll(() => e.pid, { timeout: 10_000 }).toBe(undefined);
    await new Promise((ok) => setTimeout(ok, 300)); // no restart comes
    expect(e.restarts).toBe(2);
    expect(e.pid).toBe(undefined);
    for (const t of many(4, 'x')) e.offer(t);
    expect(e.stats.dropped.crashed).toBe(4);
  });

  it('signals for the collector do not cut the flush short: SIGTERM/SIGINT to the export process, then shutdown sends all', async () => {
    const r = await receiver();
    const e = exporter({ endpoint: r.url, flushIntervalMs: 10_000, batchSize: 1000 }); // nothing goes before shutdown
    await expect.poll(() => e.pid !== undefined, { timeout: 10_000 }).toBe(true);
    for (const t of many(50, 's')) e.offer(t);
    process.kill(e.pid!, 'SIGTERM');
    process.kill(e.pid!, 'SIGINT');
    await new Promise((ok) => setTimeout(ok, 200));
    expect(r.requests).toHaveLength(0);
    await e.shutdown(10_000);
    expect(e.stats).toMatchObject({ offered: 50, exported: 50, dropped: { 'queue-full': 0, rejected: 0, shutdown: 0, crashed: 0 } });
    expect(e.restarts).toBe(0);
  });
});
