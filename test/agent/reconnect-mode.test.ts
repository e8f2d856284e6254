/**
 * After a reconnect the agent switches to raw events only when the collector sends no topology
 * for RAW_FALLBACK_MS (agent/reconnect-mode.ts): a collector restarted under load that answers
 * seconds late must not make it cut every chain in flight.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RAW_FALLBACK_MS, ReconnectModeWatch } from '../../agent/reconnect-mode.js';
import { DEFAULT_AGENT_GRACE_MS } from '../../collector/server.js';

describe('the agent after a reconnect: raw events only when no topology comes', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits longer than the collector waits for agents after its restart', () => {
    expect(DEFAULT_AGENT_GRACE_MS).toBe(10_000);
    expect(RAW_FALLBACK_MS).toBeGreaterThan(DEFAULT_AGENT_GRACE_MS);
  });

  it('a topology 9 s after connecting (a cold collector under load): no switch', () => {
    let raw = 0;
    const w = new ReconnectModeWatch(() => raw++);
    w.connected();
    vi.advanceTimersByTime(9_000);
    w.topology();
    vi.advanceTimersByTime(60_000);
    expect(raw).toBe(0);
  });

  it('no topology at all (a collector that does not read segments): one switch, at RAW_FALLBACK_MS', () => {
    let raw = 0;
    const w = new ReconnectModeWatch(() => raw++);
    w.connected();
    vi.advanceTimersByTime(RAW_FALLBACK_MS - 1);
    expect(raw).toBe(0);
    vi.advanceTimersByTime(1);
    expect(raw).toBe(1);
    vi.advanceTimersByTime(60_000);
    expect(raw).toBe(1);
  });

  it('each connection is judged on its own: a topology on the first does not excuse silence on the next; a reconnect restarts the wait; stop() ends it', () => {
    let raw = 0;
    const w = new ReconnectModeWatch(() => raw++, 1_000);
    w.connected();
    w.topology();
    vi.advanceTimersByTime(5_000);
    expect(raw).toBe(0);
    w.connected(); // the collector went away and came back
    vi.advanceTimersByTime(800);
    w.connected(); // and again, before its topology: the wait starts over
    vi.advanceTimersByTime(800);
    expect(raw).toBe(0);
    vi.advanceTimersByTime(200);
    expect(raw).toBe(1);
    w.connected();
    w.stop();
    vi.advanceTimersByTime(5_000);
    expect(raw).toBe(1);
  });
});
