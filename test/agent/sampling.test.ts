/**
 * The agent's own sampling past its event budget (issue 11 item 4): the stepping rule, a
 * PacketSource whose (fake) kernel program matches more than the budget settling on the rate that
 * fits, and the session field from the collector, validated.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { PacketSource } from '../../agent/source.js';
import { DEFAULT_BUDGET_WINDOWS, MAX_AGENT_SAMPLE_ONE_IN, initialBudgetState, stepBudget, type BudgetState } from '../../agent/sampling.js';
import { sessionFromStart } from '../../agent/run-collector.js';
import { parseFilter } from '../../filter/parse.js';
import { BatchBuilder } from '../../agent/uplink-batch.js';
import { packetlife } from '../../proto/generated/packetlife.js';

const FAKE = fileURLToPath(new URL('./fixtures/fake-bpftrace.mjs', import.meta.url));
const SYN =
  'T 1002798885344 1 4026532177 2 18446612686541307104 0 1006633029 4204745 3411805760 16802570 33579786 2418008262 3054157668 0 4042916512 18446612686461779970 424 0 16802570 1677746954 57542 20480 33579786 16802570 36895 57542 6 va';

describe('stepping the agent\'s own sampling', () => {
  const run = (seconds: number[], budget: number, start: BudgetState = initialBudgetState()): number[] => {
    const rates: number[] = [];
    let s = start;
    for (const n of seconds) {
      s = stepBudget(s, n, budget);
      rates.push(s.oneIn);
    }
    return rates;
  };

  it('doubles after overS seconds in a row over the budget, one step at a time', () => {
    expect(DEFAULT_BUDGET_WINDOWS).toEqual({ overS: 2, underS: 10 });
    expect(run([150, 150, 150, 150, 150], 100)).toEqual([1, 2, 2, 4, 4]);
    // a second at or under the budget starts the count over
    expect(run([150, 100, 150, 150], 100)).toEqual([1, 1, 1, 2]);
  });

  it('halves after underS seconds in a row under a quarter of the budget, never below 1', () => {
    const at4 = { oneIn: 4, secondsOver: 0, secondsUnder: 0 };
    expect(run(Array(10).fill(24), 100, at4).at(-1)).toBe(2);
    expect(run(Array(10).fill(25), 100, at4).at(-1)).toBe(4); // a quarter is not under a quarter
    expect(run(Array(30).fill(0), 100, at4)).toEqual([...Array(9).fill(4), ...Array(10).fill(2), ...Array(11).fill(1)]);
  });

  it('doubles from the finest rate a session is traced at: a floor under every session\'s own rate would change nothing', () => {
    expect(stepBudget({ oneIn: 1, secondsOver: 1, secondsUnder: 0 }, 150, 100, DEFAULT_BUDGET_WINDOWS, 4).oneIn).toBe(8);
    expect(stepBudget({ oneIn: 8, secondsOver: 1, secondsUnder: 0 }, 150, 100, DEFAULT_BUDGET_WINDOWS, 8).oneIn).toBe(16);
  });

  it('stops at 1 in MAX_AGENT_SAMPLE_ONE_IN', () => {
    const rates = run(Array(60).fill(1e9), 100);
    expect(rates.at(-1)).toBe(MAX_AGENT_SAMPLE_ONE_IN);
    expect(rates.every((r) => (r & (r - 1)) === 0)).toBe(true);
  });
});

const sources: PacketSource[] = [];
afterEach(async () => {
  await Promise.all(sources.splice(0).map((s) => s.stop()));
});

describe('PacketSource over its event budget', () => {
  it('samples every session on its own until the matched rate fits, in the kernel program, and says so', async () => {
    // 400 events/s matched; budget 150/s: 1/2 still gives 200, 1/4 gives 100 — it settles at 4
    const s = new PacketSource({
      node: 'node-1',
      scope: { kind: 'node', node: 'node-1' },
      noSnapshot: true,
      batchMaxDelayMs: 10,
      eventBudgetPerS: 150,
      budgetWindows: { overS: 1, underS: 30 },
      supervisor: { command: [process.execPath, FAKE], env: { FAKE_BPFTRACE_SPEC: JSON.stringify({ eventsPerS: 400, line: SYN }) }, stopTimeoutMs: 1000 },
    });
    sources.push(s);
    const steps: number[] = [];
    s.on('sampling', (n: number) => steps.push(n));
    await s.start();
    await s.setSessions([{ id: 'a', filter: parseFilter('tcp') }]);
    for (let i = 0; i < 100 && steps.length < 2; i++) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 2500)); // and it stays there
    expect(steps).toEqual([2, 4]);
    expect(s.sampleOneIn).toBe(4);
  }, 20_000);
});

describe('the session field from the collector', () => {
  it('carries sample_one_in into the session, 0 and 1 meaning every packet', () => {
    expect(sessionFromStart({ sessionId: 'x', sampleOneIn: 8 }).sampleOneIn).toBe(8);
    expect(sessionFromStart({ sessionId: 'x', sampleOneIn: 0 }).sampleOneIn).toBeUndefined();
    expect(sessionFromStart({ sessionId: 'x', sampleOneIn: 1 }).sampleOneIn).toBeUndefined();
  });

  it('refuses a rate the kernel cannot sample consistently, by name', () => {
    expect(() => sessionFromStart({ sessionId: 'x', sampleOneIn: 12 })).toThrow(/session x: sample must be a power of two .* got 12/);
    expect(() => sessionFromStart({ sessionId: 'x', sampleOneIn: 1 << 22 })).toThrow(/from 1 to 1048576/);
  });
});

describe('the batch says the agent\'s own sampling', () => {
  it('EventBatch.sample_one_in carries it; absent when the agent does not sample', () => {
    const decode = (frame: Uint8Array): packetlife.v1.IEventBatch => packetlife.v1.AgentFrame.decode(frame).events!;
    const b = new BatchBuilder();
    expect(decode(b.seal(1, {}, 1n, 0n, [], undefined, 8)).sampleOneIn).toBe(8);
    expect(decode(b.seal(2, {}, 1n, 0n, [], undefined, 1)).sampleOneIn).toBe(0);
    expect(decode(b.seal(3, {}, 1n)).sampleOneIn).toBe(0);
  });
});

