/**
 * Expectations over many packets: latency (round trips paired request → reply within a flow, or
 * one-way spans) and how connections spread over a service's endpoints.
 */
import type { Trace } from '../collector/trace-model.js';
import type { LatencyExpect, SpreadExpect } from './schema.js';
import { podOfIp } from './names.js';
import { fail, inconclusive, pass, type Check } from './result.js';
import { isDnat, judgeable, type TrafficContext } from './trace-checks.js';

// ---------- latency ----------

function firstIcmp(t: Trace): { id: number; seq: number } | undefined {
  const p = t.hops[0]?.packet;
  return p && p.protocol === 1 ? { id: p.icmpId, seq: p.icmpSeq } : undefined;
}

/** Round trips: each request paired with its reply in the same flow (by ICMP id/seq, else by order). */
export function roundTripsNs(ctx: TrafficContext): { request: Trace; reply: Trace; ns: bigint }[] {
  const used = new Set<string>();
  const out: { request: Trace; reply: Trace; ns: bigint }[] = [];
  for (const req of judgeable(ctx.matched)) {
    const icmp = firstIcmp(req);
    const candidates = ctx.all
      .filter((r) => r.direction === 'reply' && r.flowId === req.flowId && !used.has(r.id) && BigInt(r.startNs) >= BigInt(req.startNs) && r.verdict !== 'incomplete')
      .filter((r) => {
        if (!icmp) return true;
        const ri = firstIcmp(r);
        return ri !== undefined && ri.id === icmp.id && ri.seq === icmp.seq;
      })
      .sort((a, b) => (BigInt(a.startNs) < BigInt(b.startNs) ? -1 : 1));
    const reply = candidates[0];
    if (!reply) continue;
    used.add(reply.id);
    out.push({ request: req, reply, ns: BigInt(reply.endNs) - BigInt(req.startNs) });
  }
  return out;
}

const ms = (ns: bigint | number): number => Number(ns) / 1e6;
const fmtMs = (v: number): string => `${v < 1 ? v.toFixed(3) : v.toFixed(2)} ms`;

export function checkLatency(ctx: TrafficContext, want: LatencyExpect): Check {
  let samples: number[];
  let ids: string[];
  if (want.measure === 'round-trip') {
    const trips = roundTripsNs(ctx);
    samples = trips.map((t) => ms(t.ns));
    ids = trips.flatMap((t) => [t.request.id, t.reply.id]);
  } else {
    const complete = ctx.matched.filter((t) => t.verdict === 'delivered');
    samples = complete.map((t) => ms(BigInt(t.endNs) - BigInt(t.startNs)));
    ids = complete.map((t) => t.id);
  }
  if (samples.length < want.minSamples) {
    return inconclusive('latency', `${samples.length} ${want.measure} samples, need ${want.minSamples}`, ids);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const p50 = sorted[Math.ceil(sorted.length / 2) - 1]!;
  const max = sorted[sorted.length - 1]!;
  const figures = `${want.measure} p50 ${fmtMs(p50)}, max ${fmtMs(max)} over ${samples.length} samples`;
  if (want.p50Ms !== undefined && p50 > want.p50Ms) return fail('latency', `${figures}: p50 above ${want.p50Ms} ms`, ids);
  if (want.maxMs !== undefined && max > want.maxMs) return fail('latency', `${figures}: max above ${want.maxMs} ms`, ids);
  const bounds = [want.p50Ms !== undefined ? `p50 ≤ ${want.p50Ms} ms` : '', want.maxMs !== undefined ? `max ≤ ${want.maxMs} ms` : ''].filter(Boolean).join(', ');
  return pass('latency', `${figures} (${bounds})`, ids);
}

// ---------- spread over endpoints ----------

export function checkSpread(ctx: TrafficContext, want: SpreadExpect): Check {
  // One connection = one flow; its endpoint is where its first DNAT sent it.
  const byFlow = new Map<string, { ip: string; pod?: string; trace: string }>();
  for (const t of judgeable(ctx.matched)) {
    if (byFlow.has(t.flowId)) continue;
    const dnat = t.nats.find(isDnat);
    if (dnat) byFlow.set(t.flowId, { ip: dnat.after.dst, pod: dnat.endpointPod ?? podOfIp(ctx.names, dnat.after.dst), trace: t.id });
  }
  const n = byFlow.size;
  const ids = [...byFlow.values()].map((v) => v.trace);
  if (n < want.minConnections) return inconclusive('spread', `${n} DNATed connections seen, need ${want.minConnections}`, ids);
  const counts = new Map<string, { count: number; label: string }>();
  const keyOf = (ip: string, pod?: string): string => (pod ? `${pod} (${ip})` : ip);
  if (want.endpoints) {
    for (const e of want.endpoints) {
      const pod = e.replace(/^pod\//, '');
      const ip = ctx.names.pods[pod]?.ip ?? e;
      counts.set(ip, { count: 0, label: keyOf(ip, ctx.names.pods[pod] ? pod : podOfIp(ctx.names, ip)) });
    }
  }
  const others = new Map<string, number>();
  for (const v of byFlow.values()) {
    const c = counts.get(v.ip);
    if (c) c.count++;
    else if (want.endpoints) others.set(keyOf(v.ip, v.pod), (others.get(keyOf(v.ip, v.pod)) ?? 0) + 1);
    else counts.set(v.ip, { count: 1, label: keyOf(v.ip, v.pod) });
  }
  const pct = (c: number): string => `${Math.round((100 * c) / n)}%`;
  const table = [...counts.values()].map((c) => `${c.label} ${c.count}/${n} (${pct(c.count)})`);
  if (others.size > 0) table.push(...[...others].map(([k, c]) => `unexpected ${k} ${c}/${n}`));
  const summary = table.join(', ');
  if (others.size > 0) return fail('spread', `connections went to endpoints not listed: ${summary}`, ids);
  if (want.count !== undefined && counts.size < want.count) {
    return fail('spread', `only ${counts.size} of ${want.count} endpoints chosen over ${n} connections: ${summary}`, ids);
  }
  const low = [...counts.values()].filter((c) => c.count / n < want.minShare);
  if (low.length > 0) {
    return fail('spread', `${low.map((c) => c.label).join(', ')} below ${Math.round(want.minShare * 100)}% share: ${summary}`, ids);
  }
  return pass('spread', `${summary} (each ≥ ${Math.round(want.minShare * 100)}%)`, ids);
}
