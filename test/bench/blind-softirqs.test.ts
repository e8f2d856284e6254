/**
 * bench/blind-softirqs.ts: reading ftrace's and bpftrace's per-task softirq counts, and which
 * tasks perf-attached BPF is blind on. The lines are the lab machine's own (session 8).
 */
import { describe, expect, it } from 'vitest';
import { blindLine, blindTasks, parseBpftraceTasks, parseFtraceTasks } from '../../bench/blind-softirqs.js';

const FTRACE = `# tracer: nop
#
# entries-in-buffer/entries-written: 7/7   #P:2
#
#           TASK-PID     CPU#  |||||  TIMESTAMP  FUNCTION
#              | |         |   |||||     |         |
 tokio-rt-worker-81      [001] .Ns1. 11831.948045: softirq_entry: vec=9 [action=RCU]
 tokio-rt-worker-81      [001] .Ns.. 11832.996044: softirq_entry: vec=1 [action=TIMER]
          <idle>-0       [000] ..s1. 11832.996050: softirq_entry: vec=1 [action=TIMER]
     ksoftirqd/1-24      [001] ..s.. 11832.996100: softirq_entry: vec=3 [action=NET_RX]
 tokio-rt-worker-74      [000] .Ns1. 11833.000001: softirq_entry: vec=9 [action=RCU]
           <...>-81      [001] .Ns1. 11834.004117: softirq_entry: vec=9 [action=RCU]
 v8:ProfEvntProc-20005   [000] b.s1. 11834.100000: softirq_entry: vec=3 [action=NET_RX]
`;

const BPFTRACE = `Attaching 2 probes...
ready


@[24, ksoftirqd/1]: 1
@[0, swapper/0]: 3
@[20005, v8:ProfEvntProc]: 1
`;

describe('parseFtraceTasks', () => {
  it('counts softirq_entry lines per pid, names with dashes kept, "<...>" taking the name seen before', () => {
    expect([...parseFtraceTasks(FTRACE).values()]).toEqual([
      { tid: 81, comm: 'tokio-rt-worker', count: 3 },
      { tid: 0, comm: '<idle>', count: 1 },
      { tid: 24, comm: 'ksoftirqd/1', count: 1 },
      { tid: 74, comm: 'tokio-rt-worker', count: 1 },
      { tid: 20005, comm: 'v8:ProfEvntProc', count: 1 },
    ]);
  });
});

describe('parseBpftraceTasks', () => {
  it('reads the map bpftrace prints on exit and nothing else', () => {
    expect([...parseBpftraceTasks(BPFTRACE).values()]).toEqual([
      { tid: 24, comm: 'ksoftirqd/1', count: 1 },
      { tid: 0, comm: 'swapper/0', count: 3 },
      { tid: 20005, comm: 'v8:ProfEvntProc', count: 1 },
    ]);
  });
});

describe('blindTasks', () => {
  it('names the tasks ftrace saw more softirqs on than BPF did, most unseen first', () => {
    const tasks = blindTasks(parseFtraceTasks(FTRACE), parseBpftraceTasks(BPFTRACE));
    expect(tasks).toEqual([
      { tid: 81, comm: 'tokio-rt-worker', ftrace: 3, bpf: 0, unseen: 3 },
      { tid: 74, comm: 'tokio-rt-worker', ftrace: 1, bpf: 0, unseen: 1 },
    ]);
    expect(blindLine({ seconds: 2.2, softirqs: 7, unseen: 4, tasks, ftraceDropped: 0 })).toBe('softirqs unseen by BPF: 4 of 7 in 2.2 s — on tokio-rt-worker-81: 3, tokio-rt-worker-74: 1');
    expect(blindLine({ seconds: 2.2, softirqs: 7, unseen: 4, tasks, ftraceDropped: 5 }, 1)).toBe('softirqs unseen by BPF: 4 of 7 in 2.2 s (ftrace dropped 5: at least) — on tokio-rt-worker-81: 3, 1 more');
  });

  it('is empty when BPF saw at least what ftrace saw on every task (its window is the wider one)', () => {
    const bpf = parseBpftraceTasks('@[81, tokio-rt-worker]: 3\n@[74, tokio-rt-worker]: 2\n@[0, swapper/0]: 1\n@[24, ksoftirqd/1]: 1\n@[20005, v8:ProfEvntProc]: 1\n');
    expect(blindTasks(parseFtraceTasks(FTRACE), bpf)).toEqual([]);
    expect(blindLine({ seconds: 1, softirqs: 7, unseen: 0, tasks: [], ftraceDropped: 0 })).toBe('softirqs unseen by BPF: 0 of 7 in 1 s');
  });
});
