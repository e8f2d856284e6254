/**
 * Time across nodes (issue 12, 7): each agent stamps events with its own wall clock, and two
 * nodes' clocks may differ by more than a packet's transit. Hops stay in causal order (the
 * departure, then the arrival it caused); a time across the gap is shown only where one clock
 * measured both ends (the lab: one kernel), and the trace says which.
 */
import { describe, expect, it } from 'vitest';
import type { PacketEvent } from '../../common/event.js';
import { Correlator, type CorrelatorOptions } from '../../collector/correlate/correlator.js';
import { renderTrace } from '../../collector/render.js';
import type { Trace } from '../../collector/trace-model.js';
import { N49, N75, labModel, podToPodCrossNode } from './walks.js';

/** ip-10-0-0-49's agent's wall clock runs 40 µs behind ip-10-0-0-75's: its arrival seems to come 17 µs before the departure. */
function skewed(): PacketEvent[] {
  return podToPodCrossNode(5_000_000_000n).events.map((e) => (e.node === N49 ? { ...e, wallUnixNs: e.wallUnixNs - 40_000n } : e));
}

function trace(opts: Partial<CorrelatorOptions> = {}): Trace {
  const traces: Trace[] = [];
  const c = new Correlator({ ...opts, topology: labModel(), onTrace: (t) => traces.push(t) });
  for (const n of [N75, N49]) c.setAgent(n, true);
  c.pushAll(skewed());
  c.flush();
  expect(traces).toHaveLength(1);
  return traces[0]!;
}

const times = (text: string): string[] => [...text.matchAll(/^│ (\S+µs)\s+(tx|rx)\s+(.+?)\s+\d+\.\d+\.\d+\.\d+:/gm)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);

describe('time order across nodes', () => {
  it('clocks not known to agree: causal order, no time across the gap, and the trace says so', () => {
    const t = trace();
    expect(t.hops.map((h) => `${h.place.node} ${h.direction}`)).toEqual([
      `${N75} transmit`, `${N75} receive`, `${N75} transmit`, `${N49} receive`, `${N49} transmit`, `${N49} receive`,
    ]);
    // The arrival's own clock says it came first: the order is causality's, not the clocks'.
    expect(BigInt(t.hops[3]!.timeNs) < BigInt(t.hops[2]!.timeNs)).toBe(true);
    expect(t.gaps).toEqual([{ afterHop: 2, kind: 'vpc-fabric', label: 'VPC router (not observed)', clocks: 'unknown' }]);
    const text = renderTrace(t);
    expect(text).not.toMatch(/\+-/);
    expect(times(text)).toEqual([
      '+0.0µs tx packetlab/toolbox-a eth0',
      '+3.0µs rx veth enid7e69f2b922 (packetlab/toolbox-a)',
      '+8.0µs tx ENI ens6 10.0.0.85',
      '+0.0µs rx ENI ens6 10.0.0.59',
      '+5.0µs tx veth eni771d6be1154 (packetlab/echoserver-b)',
      '+8.0µs rx packetlab/echoserver-b eth0',
    ]);
    expect(text).toContain('┊ VPC router (not observed); clocks of ip-10-0-0-75 and ip-10-0-0-49 not known to agree: no time across, times on ip-10-0-0-49 start again at +0');
  });

  it('one clock at both ends (the lab): the transit from the monotonic clock, times continue across', () => {
    const t = trace({ sharedClock: () => true });
    expect(t.gaps).toEqual([{ afterHop: 2, kind: 'vpc-fabric', label: 'VPC router (not observed)', clocks: 'shared', transitNs: '23000' }]);
    const text = renderTrace(t);
    expect(times(text).map((l) => l.split(' ')[0])).toEqual(['+0.0µs', '+3.0µs', '+8.0µs', '+31.0µs', '+36.0µs', '+39.0µs']);
    expect(text).toContain('┊ VPC router (not observed), 23.0µs in transit (one clock at both ends)');
  });
});
