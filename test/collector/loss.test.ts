import { describe, expect, it } from 'vitest';
import type { AgentLoss } from '../../collector/ingest-registry.js';
import { lossOf } from '../../collector/server.js';

function loss(over: Partial<AgentLoss['agent']> & { rateLimitedEvents?: number; invalidEvents?: number }): { loss: AgentLoss } {
  const { rateLimitedEvents = 0, invalidEvents = 0, ...agent } = over;
  return {
    loss: {
      gapBatches: 0,
      rateLimitedEvents,
      rateLimitedBatches: 0,
      invalidEvents,
      agent: { bpfLost: 0, queueDroppedEvents: 0, queueDroppedBatches: 0, parseErrors: 0, bpftraceRestarts: 0, encodeErrors: 0, ...agent },
    },
  };
}

describe('lossOf: events an agent lost, as the correlator is told', () => {
  it('counts each kind of lost event once', () => {
    expect(lossOf(loss({ bpfLost: 1 }))).toBe(1);
    expect(lossOf(loss({ queueDroppedEvents: 2 }))).toBe(2);
    expect(lossOf(loss({ parseErrors: 4 }))).toBe(4);
    expect(lossOf(loss({ encodeErrors: 8 }))).toBe(8);
    expect(lossOf(loss({ rateLimitedEvents: 16 }))).toBe(16);
    expect(lossOf(loss({ invalidEvents: 32 }))).toBe(32);
    expect(lossOf(loss({ bpfLost: 1, queueDroppedEvents: 2, parseErrors: 4, encodeErrors: 8, rateLimitedEvents: 16, invalidEvents: 32 }))).toBe(63);
  });

  it('leaves out what counts batches or restarts, not events', () => {
    const l = loss({ queueDroppedBatches: 5, bpftraceRestarts: 3 });
    l.loss.gapBatches = 7;
    l.loss.rateLimitedBatches = 9;
    expect(lossOf(l)).toBe(0);
  });
});
