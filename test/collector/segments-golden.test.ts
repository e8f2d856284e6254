/**
 * Node-local correlation (issue 11): segments built by the agents' code (a Correlator in segment
 * mode), sent through the wire codec, stitched by a collector, give exactly the golden output of
 * one correlator — the same hashes over every trace, flow and counter, in every scenario
 * (shuffled, duplicated, under tight bounds, closed by tick, with an agent gone and losses).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GOLDEN, output, scenarios } from './golden-scenarios.js';
import { SegmentPipeline, type SegmentWire } from '../../fixtures/segment-pipeline.js';

describe.each<SegmentWire>(['message', 'columns'])('agent-built segments (%s form) stitched by the collector give the golden output', (wire) => {
  const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, { lines: number; sha256: string }>;
  let shipped = 0;
  const results: Record<string, { lines: number; sha256: string }> = {};
  for (const [name, d] of Object.entries(scenarios())) {
    const text = output(d, (o) => {
      const p = new SegmentPipeline(o, wire);
      const flush = p.flush.bind(p);
      p.flush = () => {
        flush();
        shipped += p.segments;
      };
      return p;
    });
    results[name] = { lines: text.split('\n').length, sha256: createHash('sha256').update(text).digest('hex') };
  }
  it('shipped segments, not events', () => {
    expect(shipped).toBeGreaterThan(1000);
  });
  for (const name of Object.keys(golden)) {
    it(name, () => {
      expect(results[name]).toEqual(golden[name]);
    });
  }
});
