import { afterEach, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { PacketSource, eventToJson } from '../../agent/source.js';
import { parseFilter } from '../../filter/parse.js';
import type { PacketEvent } from '../../common/event.js';

const FAKE = fileURLToPath(new URL('./fixtures/fake-bpftrace.mjs', import.meta.url));
const SYN =
  'T 1002798885344 1 4026532177 2 18446612686541307104 0 1006633029 4204745 3411805760 16802570 33579786 2418008262 3054157668 0 4042916512 18446612686461779970 424 0 16802570 1677746954 57542 20480 33579786 16802570 36895 57542 6 va';
// Same packet seen again on another device (same skb, IP id, seq): one packet, two events.
const SYN_RX = SYN.replace(/^T 1002798885344/, 'R 1002798885999').replace(/ va$/, ' vb');
// A different packet (other skb and IP id).
const ACK = SYN.replace(' 18446612686541307104 ', ' 18446612686541309999 ').replace(' 4204745 ', ' 4204746 ');

const sources: PacketSource[] = [];
function make(spec: object): PacketSource {
  const s = new PacketSource({
    node: 'node-1',
    scope: { kind: 'node', node: 'node-1' },
    noSnapshot: true,
    batchMaxDelayMs: 10,
    supervisor: { command: [process.execPath, FAKE], env: { FAKE_BPFTRACE_SPEC: JSON.stringify(spec) }, stopTimeoutMs: 1000 },
  });
  sources.push(s);
  return s;
}
afterEach(async () => {
  await Promise.all(sources.splice(0).map((s) => s.stop()));
});
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('PacketSource', () => {
  it('emits enriched events in batches and counts bad lines and bpftrace loss', async () => {
    const s = make({ lines: [SYN, 'garbage line', SYN_RX], lost: 4 });
    const events: PacketEvent[] = [];
    const losses: unknown[] = [];
    s.on('events', (b: PacketEvent[]) => events.push(...b));
    s.on('loss', (l: unknown) => losses.push(l));
    const active = new Promise<string[]>((r) => s.once('session-active', r));
    await s.start();
    await s.setSessions([{ id: 'a', filter: parseFilter('tcp') }]);
    await expect(active).resolves.toEqual(['a']);
    await sleep(300);
    expect(events.map((e) => [e.kind, e.ifname, e.node])).toEqual([
      ['transmit', 'va', 'node-1'],
      ['receive', 'vb', 'node-1'],
    ]);
    expect(events[0]!.wallUnixNs).toBeGreaterThan(0n);
    expect(s.loss()).toEqual({ bpfLost: 4, parseErrors: 1, bpftraceRestarts: 0 });
    expect(losses.length).toBeGreaterThanOrEqual(2);
    const json = JSON.parse(eventToJson(events[0]!)) as { monoNs: string; skb: string };
    expect(json.monoNs).toBe('1002798885344');
    expect(json.skb).toBe('18446612686541307104');
  });

  it('reports a session active only once a program carrying it has attached', async () => {
    const s = make({ readyDelayMs: 400 });
    const actives: string[][] = [];
    s.on('session-active', (ids: string[]) => actives.push(ids));
    await s.start();
    const first = s.setSessions([{ id: 'a', filter: parseFilter('tcp') }]);
    await sleep(100); // the program for 'a' is still starting
    const second = s.addSession({ id: 'b', filter: parseFilter('udp') });
    await first;
    expect(actives[0]).toEqual(['a']);
    expect(s.isActive('a')).toBe(true);
    expect(s.isActive('b')).toBe(false);
    await second;
    expect(actives.at(-1)).toEqual(['a', 'b']);
    expect(s.isActive('b')).toBe(true);
    await s.removeSession('a');
    expect(s.isActive('a')).toBe(false);
  });

  it('counts the hops of one packet (same skb, IP id, seq) as one packet', async () => {
    const s = make({ lines: [SYN, SYN_RX] });
    const ended: unknown[] = [];
    s.on('session-ended', (e: unknown) => ended.push(e));
    await s.start();
    await s.setSessions([{ id: 'two', filter: parseFilter('tcp'), maxPackets: 2 }]);
    await sleep(600);
    expect(ended).toEqual([]);
  });

  it('ends a session after maxPackets distinct packets', async () => {
    const s = make({ lines: [SYN, SYN_RX, ACK] });
    const ended: unknown[] = [];
    s.on('session-ended', (e: unknown) => ended.push(e));
    await s.start();
    await s.setSessions([{ id: 'two', filter: parseFilter('tcp'), maxPackets: 2 }]);
    await sleep(800);
    expect(ended).toEqual([{ id: 'two', reason: 'packets' }]);
  });

  it('does not count packets the session filter does not match', async () => {
    const s = make({ lines: [SYN, SYN_RX, ACK] });
    const ended: unknown[] = [];
    s.on('session-ended', (e: unknown) => ended.push(e));
    await s.start();
    await s.setSessions([{ id: 'udp', filter: parseFilter('udp'), maxPackets: 1 }]);
    await sleep(600);
    expect(ended).toEqual([]);
  });

  it('refuses sessions that cannot fit one program without changing the running ones', async () => {
    const s = make({ tickMs: 50 });
    await s.start();
    await s.setSessions([{ id: 'a', filter: parseFilter('tcp') }]);
    const f = parseFilter(Array.from({ length: 40 }, (_, i) => `not port ${i + 1}`).join(' and ')); // "not" filters stay inline: 2 × 40 terms > 64
    await expect(s.setSessions([{ id: 'a', filter: parseFilter('tcp') }, { id: 'b', filter: f }, { id: 'c', filter: f }])).rejects.toThrow(
      'at most 64 fit in one kernel program',
    );
    expect(s.sessionIds).toEqual(['a']);
    expect(s.tracing).toBe(true);
  });

  it('ends a session maxDurationMs after its program attached, and stops tracing when none is left', async () => {
    const s = make({ tickMs: 50, readyDelayMs: 300 });
    const ended = new Promise((r) => s.once('session-ended', r));
    await s.start();
    const t0 = Date.now();
    await s.setSessions([{ id: 'short', maxDurationMs: 300 }]);
    await expect(ended).resolves.toEqual({ id: 'short', reason: 'duration' });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(580); // 300 ms to attach + 300 ms of tracing
    await sleep(300);
    expect(s.tracing).toBe(false);
    expect(s.supervisorStats.starts).toBe(1);
  });
});
