import { afterEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BpftraceSupervisor, perfBufferPages, type SupervisorOptions } from '../../agent/supervisor.js';

const FAKE = fileURLToPath(new URL('./fixtures/fake-bpftrace.mjs', import.meta.url));

const supervisors: BpftraceSupervisor[] = [];
function make(opts: SupervisorOptions = {}): BpftraceSupervisor {
  const s = new BpftraceSupervisor({ command: [process.execPath, FAKE], readyTimeoutMs: 5000, stopTimeoutMs: 1000, ...opts });
  supervisors.push(s);
  return s;
}
afterEach(async () => {
  await Promise.all(supervisors.splice(0).map((s) => s.stop()));
});

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const spec = (o: object): string => JSON.stringify(o);

describe('perf buffer sizing', () => {
  it('keeps the per-CPU buffers within 64 MiB in total, power of two, 64..1024 pages', () => {
    expect(perfBufferPages(2)).toBe(1024);
    expect(perfBufferPages(16)).toBe(1024);
    expect(perfBufferPages(96)).toBe(128);
    expect(perfBufferPages(1024)).toBe(64);
  });
});

describe('bpftrace supervisor', () => {
  it('waits for the BEGIN line, passes event lines, counts Lost on stdout (≤0.23) and stderr (0.24+)', async () => {
    for (const style of ['old', 'new']) {
      const s = make();
      const lines: string[] = [];
      s.on('line', (l: string) => lines.push(l));
      await s.setProgram(spec({ style, lost: 7, lines: ['R 1 0 a', 'T 2 0 b'], stderr: ['WARNING: something odd'] }));
      expect(s.attached).toBe(true);
      await sleep(200);
      expect(lines).toEqual(['R 1 0 a', 'T 2 0 b']);
      expect(s.stats.lost).toBe(7);
      expect(s.stats.stderrLines).toBe(1);
      await s.stop();
    }
  });

  it('restarts a dying bpftrace with exponential backoff, capped', async () => {
    const s = make({ initialBackoffMs: 50, maxBackoffMs: 200, stableAfterMs: 60_000 });
    const delays: number[] = [];
    s.on('restart', (info: { delayMs: number }) => delays.push(info.delayMs));
    await s.setProgram(spec({ exitAfterMs: 80 }));
    const deadline = Date.now() + 10_000;
    while (delays.length < 5 && Date.now() < deadline) await sleep(50);
    expect(delays.slice(0, 5)).toEqual([50, 100, 200, 200, 200]);
    expect(s.stats.restarts).toBeGreaterThanOrEqual(5);
  });

  it('refuses a program that exits before attaching and keeps the old one running', async () => {
    const s = make();
    const lines: string[] = [];
    s.on('line', (l: string) => lines.push(l));
    await s.setProgram(spec({ tickMs: 20 }));
    await expect(s.setProgram(spec({ noReady: true, exitAfterMs: 50, exitCode: 1, stderr: ['ERROR: bad program'] }))).rejects.toThrow(
      /exited before attaching \(exit 1\): .*ERROR: bad program/,
    );
    const before = lines.length;
    await sleep(200);
    expect(s.attached).toBe(true);
    expect(lines.length).toBeGreaterThan(before);
  });

  it('removes the program file once bpftrace has attached (nothing left if the agent is killed later)', async () => {
    const s = make();
    const lines: string[] = [];
    s.on('line', (l: string) => lines.push(l));
    await s.setProgram(spec({ reportProgramPath: true }));
    const deadline = Date.now() + 5000;
    while (!lines.some((l) => l.startsWith('P ')) && Date.now() < deadline) await sleep(20);
    const file = lines.find((l) => l.startsWith('P '))!.slice(2);
    expect(file).toMatch(/packetlife-bpf-.+\/program\.bt$/);
    expect(existsSync(file)).toBe(false);
    expect(existsSync(dirname(file))).toBe(false);
  });

  it('times out a program that never attaches', async () => {
    const s = make({ readyTimeoutMs: 300 });
    await expect(s.setProgram(spec({ noReady: true }))).rejects.toThrow('did not attach within 300 ms');
  });

  it('swaps programs with no gap and no duplicates', async () => {
    const s = make();
    const ticks: number[] = [];
    const other: string[] = [];
    s.on('line', (l: string) => (/^R \d+ 0 \d+ x$/.test(l) ? ticks.push(Number(l.split(' ')[3])) : other.push(l)));
    await s.setProgram(spec({ tickMs: 10, tag: 'A' }));
    await sleep(300);
    // The new program needs 400 ms to attach (bpftrace needs about a second in reality); the
    // old one keeps tracing meanwhile and both run for a while.
    await s.setProgram(spec({ tickMs: 10, readyDelayMs: 400, tag: 'B' }));
    await sleep(300);
    await s.stop();
    expect(other).toEqual([]);
    expect(s.stats.swaps).toBe(1);
    expect(s.stats.dedupedLines).toBeGreaterThan(0);
    const sorted = [...ticks].sort((a, b) => a - b);
    expect(new Set(ticks).size).toBe(ticks.length); // no tick twice
    const missing = sorted.filter((t, i) => i > 0 && t !== sorted[i - 1]! + 1);
    expect(missing, 'ticks after a gap').toEqual([]); // no tick missing
    expect(ticks.length).toBeGreaterThan(80);
  });
});
