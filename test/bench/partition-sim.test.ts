/**
 * The partition-key simulation (bench/partition-sim.ts) on a small generated cluster and on the
 * recorded lab streams: the chosen key never splits a stitch; keying by node or by conntrack's
 * original tuple does.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { generatedJourneys, recordedJourneys, simulate } from '../../bench/partition-sim.js';

const CHOSEN = 'boundary wire tuple, both when NATed in the middle';

describe('partition keys', () => {
  it('the boundary wire tuple (twice when NATed in the middle) keeps every stitch on one collector', () => {
    const rows = simulate('gen', generatedJourneys(100, 3000), 256, [16]);
    const by = (key: string) => rows.find((r) => r.key === key)!;
    expect(by(CHOSEN).stitches).toBeGreaterThan(10_000);
    expect(by(CHOSEN).crossing).toBe(0);
    expect(by(CHOSEN).packetsWhole).toBeGreaterThan(0.85);
    expect(by(CHOSEN).duplicated).toBeGreaterThan(0.05);
    expect(by('node').crossing).toBeGreaterThan(0.8);
    expect(by('conntrack original (normalised), else entry').crossing).toBeGreaterThan(0.3);
    expect(by('boundary wire tuple').crossing).toBeGreaterThan(0.05);
  });

  it('on the recorded lab streams too', () => {
    const { files, journeys } = recordedJourneys(fileURLToPath(new URL('../collector/fixtures', import.meta.url)));
    expect(files.length).toBeGreaterThan(5);
    const rows = simulate('lab', journeys, 256, [4]);
    const chosen = rows.find((r) => r.key === CHOSEN)!;
    expect(chosen.stitches).toBeGreaterThan(50);
    expect(chosen.crossing).toBe(0);
    expect(rows.find((r) => r.key === 'node')!.crossing).toBe(1);
  });
});
