/**
 * After a reconnect the agent switches to raw events only on knowledge (agent/reconnect-mode.ts):
 * a collector's Welcome (its first frame) says at once whether it reads segments; an older
 * collector (its first frame is anything else) by sending no topology for RAW_FALLBACK_MS — a
 * collector restarted under load that answers seconds late must not make it cut every chain in
 * flight.
 */
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RAW_FALLBACK_MS, ReconnectModeWatch, type RawReason } from '../../agent/reconnect-mode.js';
import { DEFAULT_AGENT_GRACE_MS } from '../../collector/server.js';

function watch(fallbackMs?: number): { w: ReconnectModeWatch; raw: RawReason[] } {
  const raw: RawReason[] = [];
  return { w: new ReconnectModeWatch((why) => raw.push(why), fallbackMs), raw };
}

describe('the agent after a reconnect: an older collector (no Welcome) — raw events only when no topology comes', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits longer than the collector waits for agents after its restart', () => {
    expect(DEFAULT_AGENT_GRACE_MS).toBe(10_000);
    expect(RAW_FALLBACK_MS).toBeGreaterThan(DEFAULT_AGENT_GRACE_MS);
  });

  it('a topology 9 s after connecting (a cold collector under load): no switch', () => {
    const { w, raw } = watch();
    w.connected();
    w.olderCollector(); // its first frame: an ack, a heartbeat, a StartSession
    vi.advanceTimersByTime(9_000);
    w.topology();
    vi.advanceTimersByTime(60_000);
    expect(raw).toEqual([]);
  });

  it('no topology at all (a collector that does not read segments): one switch, at RAW_FALLBACK_MS', () => {
    const { w, raw } = watch();
    w.connected();
    w.olderCollector();
    vi.advanceTimersByTime(RAW_FALLBACK_MS - 1);
    expect(raw).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(raw).toEqual(['no-topology']);
    vi.advanceTimersByTime(60_000);
    w.olderCollector(); // another frame of the same connection changes nothing
    expect(raw).toEqual(['no-topology']);
  });

  it('nothing from the collector yet: nothing decided past the wait; its first frame decides, at once', () => {
    const { w, raw } = watch();
    w.connected();
    vi.advanceTimersByTime(RAW_FALLBACK_MS + 5_000);
    expect(raw).toEqual([]); // silence says nothing of what the collector reads
    w.olderCollector(); // then an older collector's frame, and it sent no topology in 20 s
    expect(raw).toEqual(['no-topology']);
    // the same silence, then a Welcome of a collector that reads segments: no switch at all
    const b = watch();
    b.w.connected();
    vi.advanceTimersByTime(RAW_FALLBACK_MS + 5_000);
    b.w.welcome(true);
    b.w.olderCollector();
    vi.advanceTimersByTime(60_000);
    expect(b.raw).toEqual([]);
  });

  it('each connection is judged on its own: a topology on the first does not excuse silence on the next; a reconnect restarts the wait; stop() ends it', () => {
    const { w, raw } = watch(1_000);
    w.connected();
    w.olderCollector();
    w.topology();
    vi.advanceTimersByTime(5_000);
    expect(raw).toEqual([]);
    w.connected(); // the collector went away and came back
    w.olderCollector();
    vi.advanceTimersByTime(800);
    w.connected(); // and again, before its topology: the wait starts over
    w.olderCollector();
    vi.advanceTimersByTime(800);
    expect(raw).toEqual([]);
    vi.advanceTimersByTime(200);
    expect(raw).toEqual(['no-topology']);
    w.connected();
    w.olderCollector();
    w.stop();
    vi.advanceTimersByTime(5_000);
    w.olderCollector();
    w.welcome(false);
    expect(raw).toEqual(['no-topology']);
  });
});

describe('the agent after a reconnect: a collector that sends Welcome decides at once', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('Welcome{reads_segments}: segments, no timer left, no switch however long no topology comes', () => {
    const { w, raw } = watch();
    w.connected();
    expect(vi.getTimerCount()).toBe(1); // the wait, armed at connect
    w.welcome(true);
    expect(vi.getTimerCount()).toBe(0); // nothing left to fire
    vi.advanceTimersByTime(10 * RAW_FALLBACK_MS);
    expect(raw).toEqual([]);
    // negative control: the same connection without the Welcome (an older collector) switches at RAW_FALLBACK_MS
    const old = watch();
    old.w.connected();
    old.w.olderCollector();
    vi.advanceTimersByTime(RAW_FALLBACK_MS);
    expect(old.raw).toEqual(['no-topology']);
  });

  it('Welcome without reads_segments: raw events at once, with no time passed, once', () => {
    const { w, raw } = watch();
    w.connected();
    w.welcome(false);
    expect(raw).toEqual(['welcome']);
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(10 * RAW_FALLBACK_MS);
    expect(raw).toEqual(['welcome']);
    // negative control: Welcome{reads_segments} at the same moment switches nothing
    const reads = watch();
    reads.w.connected();
    reads.w.welcome(true);
    vi.advanceTimersByTime(10 * RAW_FALLBACK_MS);
    expect(reads.raw).toEqual([]);
  });

  it('follow(): the uplink events drive it (a Welcome is never also an older collector\'s first frame)', () => {
    const up = new EventEmitter();
    const { w, raw } = watch();
    w.follow(up);
    up.emit('connected');
    up.emit('welcome', { readsSegments: true });
    vi.advanceTimersByTime(10 * RAW_FALLBACK_MS);
    expect(raw).toEqual([]);
    up.emit('connected');
    up.emit('welcome', { readsSegments: false });
    expect(raw).toEqual(['welcome']);
    up.emit('connected');
    up.emit('older-collector', 'ack');
    vi.advanceTimersByTime(RAW_FALLBACK_MS - 1);
    up.emit('topology', {});
    vi.advanceTimersByTime(10 * RAW_FALLBACK_MS);
    expect(raw).toEqual(['welcome']);
    up.emit('connected');
    up.emit('older-collector', 'heartbeat');
    vi.advanceTimersByTime(RAW_FALLBACK_MS);
    expect(raw).toEqual(['welcome', 'no-topology']);
  });
});
