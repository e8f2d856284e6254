/**
 * Golden output of the correlator: every trace, flow and counter it produces on the benchmark's
 * stream and on every recorded lab fixture — in order, shuffled and duplicated, under tight
 * memory bounds, closed by tick() on a wall clock, with an agent gone and losses reported —
 * serialized canonically and hashed. The hashes were taken before the throughput work; any
 * change to what the correlator produces (a field, an order, a counter) changes a hash.
 *
 * On a mismatch, PACKETLIFE_GOLDEN_DUMP=dir writes each scenario's canonical output to dir, to
 * diff against a dump made from the commit the hashes came from. After an intended change of
 * output, PACKETLIFE_GOLDEN_UPDATE=1 rewrites the hash file (say why in the commit).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOLDEN, output, scenarios } from './golden-scenarios.js';

describe('correlator golden output (traces, flows, stats identical to the recorded hashes)', () => {
  const results: Record<string, { lines: number; sha256: string }> = {};
  const dump = process.env.PACKETLIFE_GOLDEN_DUMP;
  for (const [name, d] of Object.entries(scenarios())) {
    const text = output(d);
    results[name] = { lines: text.split('\n').length, sha256: createHash('sha256').update(text).digest('hex') };
    if (dump) {
      mkdirSync(dump, { recursive: true });
      writeFileSync(join(dump, `${name.replace(/[^a-z0-9]+/gi, '-')}.txt`), text);
    }
  }
  if (process.env.PACKETLIFE_GOLDEN_UPDATE === '1') writeFileSync(GOLDEN, `${JSON.stringify(results, null, 2)}\n`);
  const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as typeof results;

  it('still runs every scenario the hashes were taken with', () => {
    // A fixture recorded later has no hash from before: it is run, not compared, until someone
    // takes its hash on purpose (PACKETLIFE_GOLDEN_UPDATE=1).
    expect(Object.keys(golden).filter((name) => !(name in results))).toEqual([]);
    expect(Object.keys(golden).length).toBeGreaterThanOrEqual(53); // + issue 12's recorded truth fixtures, and every fixture on one clock
  });
  for (const name of Object.keys(golden)) {
    it(name, () => {
      expect(results[name]).toEqual(golden[name]);
      expect(golden[name]!.lines).toBeGreaterThan(2);
    });
  }
});
