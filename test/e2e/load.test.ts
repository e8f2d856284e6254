/**
 * Traces stay whole under load (issue 11, item 1), through real processes: a lab, the collector,
 * an agent per node, a session toolbox-a → svc echo-clusterip, and keep-alive HTTP from
 * toolbox-a through the ClusterIP, DNAT'd to the echo servers on the two other nodes (every
 * request and reply crosses two nodes and a NAT). bench/load-traces.ts is the harness; its
 * figures (and the highest zero-loss rate on this machine) are in bench/README.md.
 *
 * - steady load: ≥ 99% of the traces complete, none wrong (exact ends, nodes, DNAT, un-DNAT),
 *   no event lost anywhere (else the run says nothing about stitching); /healthz and packet →
 *   trace latency are printed, not judged: timing targets belong to the benchmark
 *   (bench/load-traces.ts, bench/README.md), where a quiet machine and spreads make them mean
 *   something — here a shared runner's load would make the verdict a coin toss;
 * - across a collector killed mid-load and started again 3 s later on the same port: of the
 *   packets sent after the kill (their events waited in the agents' queues), ≥ 99% complete;
 * - one node's bpftrace killed mid-load (its agent restarts it): the traces of the gap, and only
 *   they, say "events lost on NODE" — loss is dated by the window it covers, not by its report.
 *
 * Bounded: tens of seconds of load each; everything is removed at the end, also on failure.
 * PACKETLIFE_LOAD_RATE (requests/s) and PACKETLIFE_LOAD_SECONDS change the steady run.
 */
import { cpus, loadavg } from 'node:os';
import { expect, it } from 'vitest';
import { eventsLostBy, runLoad, type LoadReport } from '../../bench/load-traces.js';
import { describeWithBpftrace } from '../support/gate.js';

const RATE = Number(process.env.PACKETLIFE_LOAD_RATE ?? 700);
const SECONDS = Number(process.env.PACKETLIFE_LOAD_SECONDS ?? 20);

function show(r: LoadReport): string {
  const { incompleteExamples: _, ...rest } = r;
  return JSON.stringify({ ...rest, incompleteExamples: r.incompleteExamples.slice(0, 5) });
}

describeWithBpftrace('traces stay whole under load (lab, real processes)', () => {
  it(`${RATE} requests/s for ${SECONDS} s through a ClusterIP across two nodes: ≥ 99% complete, none wrong, no event lost`, async () => {
    const before = loadavg()[0]!;
    const r = await runLoad({ rate: RATE, seconds: SECONDS, conns: 8, log: (l) => process.stderr.write(`${l}\n`) });
    process.stderr.write(`load: ${show(r)}\n`);
    for (const a of r.agents) expect({ node: a.node, lost: eventsLostBy(a) + a.restarts }, show(r)).toEqual({ node: a.node, lost: 0 });
    expect(r.requests.failed).toBe(0);
    expect(r.traces).toBeGreaterThan(RATE * SECONDS); // at least one trace per request: request and reply
    expect(r.wrong, show(r)).toBe(0);
    expect(r.complete / r.traces, show(r)).toBeGreaterThanOrEqual(0.99);
    process.stderr.write(`load: timing (not judged here; see bench/README.md): /healthz p99 ${r.healthzMs.p99} ms, TCP packet → trace p99 ${r.firstHopToStreamMs.tcp.p99} ms, load average before ${before} on ${cpus().length} CPUs\n`);
  }, (SECONDS + 120) * 1000);

  it('across a collector restart with events still in the agents\' queues: ≥ 99% of those packets complete', async () => {
    const r = await runLoad({ rate: 300, seconds: 16, conns: 8, restartAfterS: 6, log: (l) => process.stderr.write(`${l}\n`) });
    process.stderr.write(`restart: ${show(r)}\n`);
    const after = r.afterRestart!;
    // A sample that can show 1% (≥ 1,500 traces: about 2.5 of the 9.5 s after the kill at full
    // rate). Not the full rate's count: a starved machine's load client falls behind its schedule
    // (measured: 37% of it at load average 17), which says nothing about the restart.
    expect(after.traces, show(r)).toBeGreaterThanOrEqual(1_500);
    expect(r.wrong, show(r)).toBe(0);
    expect(after.complete / after.traces, show(r)).toBeGreaterThanOrEqual(0.99);
    // a line or an event that could not be read is lost as surely as one the kernel dropped
    for (const a of r.agents) expect({ node: a.node, lost: a.bpfLost + a.queueDropped + a.parseErrors + a.invalidEvents + a.encodeErrors }, show(r)).toEqual({ node: a.node, lost: 0 });
  }, 180_000);

  it('a bpftrace killed on one node: exactly the traces of its gap say "events lost on NODE", no other', async () => {
    const node = 'ip-10-0-0-49';
    // Each keep-alive connection is DNAT'd to one endpoint picked at random (one on this node, one
    // on ip-10-0-1-228): with 4 connections all of them missed this node 1 run in 16; with 16, 1 in 65,536.
    const r = await runLoad({ rate: 200, seconds: 14, conns: 16, killBpftrace: { node, afterS: 5 }, log: (l) => process.stderr.write(`${l}\n`) });
    const killed = BigInt(r.bpftraceKilledAtNs!);
    const list = r.traceList!;
    const marked = list.filter((t) => t.reasons.some((x) => x.startsWith(`events lost on ${node} (its agent reported a gap: bpftrace restart)`)));
    const incomplete = list.filter((t) => t.verdict === 'incomplete');
    const summary = JSON.stringify({ traces: list.length, incomplete: incomplete.length, marked: marked.length, reasons: r.reasons, agents: r.agents });
    process.stderr.write(`bpftrace gap: ${summary}\n`);
    expect(r.agents.find((a) => a.node === node)?.restarts, summary).toBe(1);
    expect(marked.length, summary).toBeGreaterThan(0);
    // every incomplete trace that involves the node is one of the gap's, and says so; no complete
    // trace is marked. An incomplete trace elsewhere (a send inside a pod on another node not seen,
    // about 1 in 6,000 under this load) is not the gap's business, but it stays rare.
    const names = (t: { reasons: string[] }): boolean => t.reasons.some((x) => x.includes(node));
    expect(incomplete.filter((t) => !marked.includes(t) && names(t)), summary).toEqual([]);
    expect(incomplete.filter((t) => !marked.includes(t)).length, summary).toBeLessThanOrEqual(Math.ceil(list.length / 1000));
    expect(marked.every((t) => t.verdict === 'incomplete')).toBe(true);
    // the gap starts at the kill (no earlier trace is marked) and ends when bpftrace is back
    const msFromKill = marked.map((t) => Number((BigInt(t.start) - killed) / 1_000_000n));
    expect(Math.min(...msFromKill), summary).toBeGreaterThan(-200);
    expect(Math.max(...msFromKill), summary).toBeLessThan(10_000);
    const after = list.filter((t) => Number((BigInt(t.start) - killed) / 1_000_000n) > Math.max(...msFromKill) + 1_000);
    expect(after.length, summary).toBeGreaterThan(200 * 2);
    expect(after.filter((t) => t.verdict === 'incomplete' && names(t)), summary).toEqual([]);
  }, 180_000);
});
