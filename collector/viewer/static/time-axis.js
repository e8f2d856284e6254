/* global document -- browser module */
// A trace on a time axis: one lane per stay on a node, each hop a mark at its kernel time, the
// unobserved stretch between two nodes (the VPC fabric) drawn as a bar from the sending hop to the
// receiving one, NAT rewrites marked where they first show.
//
// Agents' clocks differ: a hop on the next node can carry a time earlier than the hop that sent
// the packet there. The axis never draws a hop before the hop that caused it: a node's lane whose
// first hop would fall before the previous node's last hop is shifted right, as a whole (times
// within one node come from one clock and keep their spacing), and the shift is said on the lane.
import { durationText, micros } from './format.js';

const SVG = 'http://www.w3.org/2000/svg';
const W = 620; // viewBox units; the SVG scales to its box (half the page: about 1:1)
const LEFT = 104;
const RIGHT = 14;
const LANE = 32;
const TOP = 20;
const GAP_NAME = { 'vpc-fabric': 'VPC fabric', 'no-agent': 'no agent', external: 'outside', unobserved: 'not observed' };

function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs ?? {})) if (v !== undefined && v !== null) el.setAttribute(k, String(v));
  for (const c of children.flat()) if (c !== null && c !== undefined) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

/**
 * Display times (ns, bigint) of every hop in causal order: per lane the real times, each lane
 * shifted so that it starts no earlier than the previous lane ended. Returns the lanes too.
 */
export function causalTimes(t) {
  const lanes = [];
  for (const hop of t.hops) {
    const last = lanes[lanes.length - 1];
    if (last && last.node === hop.place.node) last.hops.push(hop);
    else lanes.push({ node: hop.place.node, hops: [hop], shiftNs: 0n });
  }
  const display = new Map();
  let floor;
  for (const lane of lanes) {
    const first = BigInt(lane.hops[0].timeNs);
    if (floor !== undefined && first < floor) lane.shiftNs = floor - first;
    for (const hop of lane.hops) display.set(hop.seq, BigInt(hop.timeNs) + lane.shiftNs);
    floor = display.get(lane.hops[lane.hops.length - 1].seq);
  }
  return { lanes, display };
}

export function timeAxis(t) {
  if (t.hops.length === 0) return null;
  const { lanes, display } = causalTimes(t);
  const t0 = display.get(t.hops[0].seq);
  let t1 = t0;
  for (const v of display.values()) if (v > t1) t1 = v;
  const span = t1 > t0 ? t1 - t0 : 1n;
  const x = (ns) => LEFT + (Number(ns - t0) / Number(span)) * (W - LEFT - RIGHT);
  const laneY = (i) => TOP + i * LANE + LANE / 2;
  const height = TOP + lanes.length * LANE + 8;
  const parts = [];
  // Ticks: start, quarters, end, in µs from the first hop.
  for (let i = 0; i <= 4; i++) {
    const ns = t0 + (span * BigInt(i)) / 4n;
    const tx = x(ns);
    parts.push(s('line', { class: 'axis-tick', x1: tx, x2: tx, y1: TOP - 4, y2: height - 6 }));
    parts.push(s('text', { class: 'axis-tick-label', x: tx, y: TOP - 8, 'text-anchor': i === 0 ? 'start' : i === 4 ? 'end' : 'middle' }, micros(String(t0), String(ns))));
  }
  lanes.forEach((lane, i) => {
    const y = laneY(i);
    const a = x(display.get(lane.hops[0].seq));
    const b = x(display.get(lane.hops[lane.hops.length - 1].seq));
    const g = s('g', { class: 'axis-lane', 'data-node': lane.node, 'data-shift-ns': String(lane.shiftNs) });
    g.append(s('text', { class: 'axis-lane-label', x: 4, y: y + 4 }, lane.node));
    g.append(s('line', { class: 'axis-lane-line', x1: LEFT, x2: W - RIGHT, y1: y, y2: y }));
    g.append(s('rect', { class: 'axis-stay', x: a, y: y - 7, width: Math.max(b - a, 1.5), height: 14, rx: 3 }));
    if (lane.shiftNs > 0n) {
      g.append(s('text', { class: 'axis-skew', x: W - RIGHT, y: y - 9, 'text-anchor': 'end' }, `clock skew: drawn ${durationText('0', String(lane.shiftNs))} later than its clock says`));
    }
    for (const hop of lane.hops) {
      const hx = x(display.get(hop.seq));
      const dir = hop.direction === 'transmit' ? 'tx' : 'rx';
      g.append(
        s(
          'circle',
          { class: `axis-hop axis-${dir}`, cx: hx, cy: y, r: 5, 'data-seq': hop.seq, 'data-time-ns': hop.timeNs, 'data-display-ns': String(display.get(hop.seq)) },
          s('title', null, `${dir} ${hop.place.label} ${micros(t.hops[0].timeNs, hop.timeNs)}`),
        ),
      );
    }
    parts.push(g);
    // The stretch to the next node: from this lane's last hop to the next lane's first.
    const next = lanes[i + 1];
    if (next) {
      const from = display.get(lane.hops[lane.hops.length - 1].seq);
      const to = display.get(next.hops[0].seq);
      const gap = (t.gaps ?? []).find((gp) => gp.afterHop === lane.hops[lane.hops.length - 1].seq);
      const gx = x(from);
      const gw = Math.max(x(to) - gx, 1.5);
      const kind = gap?.kind ?? 'unobserved';
      // The label sits between the two lanes, centred on the stretch, kept inside the axis.
      const mid = Math.min(Math.max(gx + gw / 2, LEFT + 70), W - RIGHT - 70);
      parts.push(
        s(
          'g',
          { class: `axis-gap axis-gap-${kind}`, 'data-from-node': lane.node, 'data-to-node': next.node, 'data-gap-ns': String(to - from) },
          s('title', null, gap?.label ?? 'not observed'),
          s('rect', { x: gx, y: y + 4, width: gw, height: LANE - 8, rx: 2 }),
          s('text', { class: 'axis-gap-label', x: mid, y: y + LANE / 2 + 3, 'text-anchor': 'middle' }, `${GAP_NAME[kind] ?? kind} ${durationText(String(from), String(to))}`),
        ),
      );
    }
  });
  // NAT rewrites: a diamond on the hop after which they first show.
  for (const n of t.nats) {
    if (n.inferred || n.afterHop < 0 || n.afterHop >= t.hops.length) continue;
    const hop = t.hops[n.afterHop];
    const li = lanes.findIndex((l) => l.hops.includes(hop));
    const hx = x(display.get(hop.seq));
    const y = laneY(li) - 12;
    parts.push(s('path', { class: 'axis-nat', d: `M ${hx} ${y - 5} L ${hx + 5} ${y} L ${hx} ${y + 5} L ${hx - 5} ${y} Z`, 'data-kind': n.kind }, s('title', null, `${n.kind}: ${n.reason}`)));
  }
  return s(
    'svg',
    { class: 'time-axis', viewBox: `0 0 ${W} ${height}`, role: 'img', 'aria-label': `time axis of trace ${t.id}: ${t.hops.length} hops over ${durationText(String(t0), String(t1))}` },
    parts,
  );
}
