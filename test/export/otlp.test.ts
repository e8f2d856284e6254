/**
 * OTLP export (collector/export/otlp*.ts) against a receiver that decodes with the official OTLP
 * protobuf definitions: the spans of the reference walks (recorded real lab events through the
 * production correlator), exactly-once delivery through 503s, and a backend that never answers.
 * The same against a live lab through real processes: test/e2e/export.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { Registry } from 'prom-client';
import { afterEach, describe, expect, it } from 'vitest';
import { OtlpTraceExporter } from '../../collector/export/otlp.js';
import { OtlpExportThread } from '../../collector/export/otlp-thread.js';
import { HandoverReader, HandoverWriter } from '../../collector/export/otlp-handover.js';
import { checkOtlpInsecure, otlpEnvironment, otlpSettingsText, parseOtlpHeaders, tracesUrl } from '../../collector/export/otlp-options.js';
import { exportView, otelSpanId, otelTraceId, packetlifeResource, traceToSpans } from '../../collector/export/otlp-spans.js';
import { flowLinks } from '../../collector/server.js';
import type { TraceStore } from '../../collector/store.js';
import type { Trace } from '../../collector/trace-model.js';
import { spansOfTrace, startReceiver, type DecodedSpan, type Receiver } from './receiver.js';
import { replayWalk, synAndSynAck, type WalkName } from './replay.js';

const receivers: Receiver[] = [];
afterEach(async () => {
  for (const r of receivers.splice(0)) await r.close();
});
async function receiver(opts: Parameters<typeof startReceiver>[0] = {}): Promise<Receiver> {
  const r = await startReceiver(opts);
  receivers.push(r);
  return r;
}

/** Replays a walk, exports all its traces through a fresh exporter and returns what arrived. */
async function exportWalk(name: WalkName): Promise<{ traces: Trace[]; store: TraceStore; spans: DecodedSpan[]; exporter: OtlpTraceExporter }> {
  const r = await receiver();
  const { traces, store } = replayWalk(name);
  const exporter = new OtlpTraceExporter({ endpoint: r.url, flushIntervalMs: 10, links: (t) => flowLinks(store, t) });
  for (const t of traces) exporter.offer(t);
  await exporter.shutdown();
  expect(exporter.stats).toMatchObject({ offered: traces.length, exported: traces.length, queued: 0, dropped: { 'queue-full': 0, rejected: 0, shutdown: 0 } });
  return { traces, store, spans: r.spans, exporter };
}

const ev = (s: DecodedSpan, name: string): DecodedSpan['events'] => s.events.filter((e) => e.name === name);
const hopEvents = (s: DecodedSpan): DecodedSpan['events'] => s.events.filter((e) => e.name === 'transmit' || e.name === 'receive');
const hopNames = (s: DecodedSpan): string[] => hopEvents(s).map((e) => `${e.name} ${String(e.attributes['packetlife.place.label'])}`);

function expectTimesInOrder(spans: DecodedSpan[]): void {
  const [root, ...children] = spans;
  for (const s of spans) {
    expect(s.startNs <= s.endNs, `${s.name} starts before it ends`).toBe(true);
    const times = s.events.map((e) => e.timeNs);
    expect(times, `${s.name} events in time order`).toEqual([...times].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(s.startNs >= root!.startNs && s.endNs <= root!.endNs, `${s.name} within the root span`).toBe(true);
  }
  // Children follow the path: each starts where the one before it ended.
  for (let i = 1; i < children.length; i++) expect(children[i]!.startNs >= children[i - 1]!.endNs, `${children[i]!.name} after ${children[i - 1]!.name}`).toBe(true);
}

function expectCommon(t: Trace, spans: DecodedSpan[]): DecodedSpan {
  const root = spans[0]!;
  expect(root.traceId).toBe(otelTraceId(t.id));
  expect(root.spanId).toBe(otelSpanId(t.id, 0));
  expect(root.parentSpanId).toBe('');
  expect(root.name).toBe(`packet ${t.direction}`);
  expect(root.resource['service.name']).toBe('packetlife');
  expect(root.scope).toBe('packetlife');
  for (const c of spans.slice(1)) {
    expect(c.traceId).toBe(root.traceId);
    expect(c.parentSpanId, `${c.name} is a child of the root`).toBe(root.spanId);
  }
  expect(root.attributes).toMatchObject({ 'network.transport': 'tcp', 'network.type': 'ipv4', 'source.address': t.first.src, 'source.port': t.first.sport, 'destination.address': t.first.dst, 'destination.port': t.first.dport, 'packetlife.trace.id': t.id, 'packetlife.flow.id': t.flowId, 'packetlife.verdict': 'delivered', 'packetlife.direction': t.direction });
  expect(root.status.code).toBe(1); // OK
  expectTimesInOrder(spans);
  return root;
}

describe('OTLP spans of the reference walks (recorded real lab events, decoded with the official OTLP definitions)', () => {
  it('ClusterIP: a root, the sender node, the VPC fabric and the endpoint node; DNAT and table 2 as events; the reply linked to its request', async () => {
    const { traces, spans } = await exportWalk('clusterip');
    const { request, reply } = synAndSynAck(traces);
    expect(new Set(spans.map((s) => s.traceId)).size).toBe(traces.length);
    const req = spansOfTrace(spans, request.id);
    const ep = request.nats[0]!.endpointPod!;
    const epNode = request.nodes[1]!;
    expect(req.map((s) => s.name)).toEqual(['packet request', 'node ip-10-0-0-75', 'vpc-fabric', `node ${epNode}`]);
    const root = expectCommon(request, req);
    expect(root.attributes).toMatchObject({ 'destination.address': '172.20.122.189', 'destination.port': 80, 'k8s.namespace.name': 'packetlab', 'k8s.pod.name': 'toolbox-a', 'packetlife.nodes': ['ip-10-0-0-75', epNode], 'packetlife.last.dport': 8080 });
    const [, n75, fabric, nEp] = req;
    expect(n75!.attributes['k8s.node.name']).toBe('ip-10-0-0-75');
    expect(hopNames(n75!)).toEqual(['transmit packetlab/toolbox-a eth0', `receive ${request.hops[1]!.place.label}`, 'transmit ENI ens6 10.0.0.85']);
    // The packet's flags once, on the root; a hop says its device, and its addresses only where
    // they changed: here after the DNAT (the first hop's are the root's).
    expect(root.attributes['packetlife.tcp.flags']).toBe(2);
    expect(hopEvents(n75!).map((e) => e.attributes)).toEqual([
      { 'packetlife.place.label': 'packetlab/toolbox-a eth0', 'k8s.pod.name': 'toolbox-a', 'k8s.namespace.name': 'packetlab' },
      { 'packetlife.place.label': request.hops[1]!.place.label },
      { 'packetlife.place.label': 'ENI ens6 10.0.0.85', 'source.address': '10.0.1.51', 'source.port': request.first.sport, 'destination.address': request.last.dst, 'destination.port': 8080 },
    ]);
    expect(n75!.attributes).toEqual({ 'k8s.node.name': 'ip-10-0-0-75', 'packetlife.hop.first': 0, 'packetlife.hop.last': 2 });
    const [dnat] = ev(n75!, 'nat');
    expect(dnat!.attributes).toMatchObject({
      'packetlife.nat.kind': 'DNAT', 'packetlife.nat.cause': 'clusterip', 'packetlife.nat.service': 'packetlab/echo-clusterip', 'packetlife.nat.endpoint_pod': ep,
      'packetlife.nat.before.dst': '172.20.122.189', 'packetlife.nat.before.dport': 80, 'packetlife.nat.after.dst': request.last.dst, 'packetlife.nat.after.dport': 8080, 'packetlife.nat.after_hop': 1,
    });
    expect(dnat!.timeNs).toBe(BigInt(request.hops[1]!.timeNs));
    expect(ev(n75!, 'route').map((e) => e.attributes)).toContainEqual(expect.objectContaining({ 'packetlife.route.table': 2, 'packetlife.route.table_name': 'table 2 (ENI ens6 10.0.0.85)', 'packetlife.route.gateway': '10.0.0.1', 'packetlife.route.dev': 'ens6', 'packetlife.route.at_hop': 1 }));
    expect(fabric!.attributes).toEqual({ 'packetlife.gap.label': 'VPC router (not observed)', 'packetlife.gap.from_node': 'ip-10-0-0-75', 'packetlife.gap.to_node': epNode });
    // the NAT and the route name no node: their span does
    expect(dnat!.attributes['packetlife.nat.node']).toBeUndefined();
    expect(fabric!.startNs).toBe(BigInt(request.hops[2]!.timeNs));
    expect(fabric!.endNs).toBe(BigInt(request.hops[3]!.timeNs));
    expect(hopNames(nEp!)).toEqual([`receive ${request.hops[3]!.place.label}`, `transmit ${request.hops[4]!.place.label}`, `receive ${ep} eth0`]);
    expect(ev(nEp!, 'route')[0]!.attributes).toMatchObject({ 'packetlife.route.table': 254, 'packetlife.route.table_name': 'main' });

    const rep = spansOfTrace(spans, reply.id);
    expect(rep.map((s) => s.name)).toEqual(['packet reply', `node ${epNode}`, 'vpc-fabric', 'node ip-10-0-0-75']);
    expectCommon(reply, rep);
    expect(ev(rep[3]!, 'nat')[0]!.attributes).toMatchObject({ 'packetlife.nat.kind': 'UNDNAT', 'packetlife.nat.cause': 'reply', 'packetlife.nat.after.src': '172.20.122.189', 'packetlife.nat.after.sport': 80 });
    // The reply's root links to the request it answers (its root span, by derived ids).
    expect(rep[0]!.links).toContainEqual({ traceId: otelTraceId(request.id), spanId: otelSpanId(request.id, 0), attributes: { 'packetlife.link': 'request', 'packetlife.trace.id': request.id } });
  });

  it('NodePort from another node: three node spans and two fabric spans; DNAT+masquerade on the NodePort node', async () => {
    const { traces, spans } = await exportWalk('nodeport-remote');
    const { request, reply } = synAndSynAck(traces);
    const epNode = request.nodes[2]!;
    const req = spansOfTrace(spans, request.id);
    expect(req.map((s) => s.name)).toEqual(['packet request', 'node ip-10-0-0-49', 'vpc-fabric', 'node ip-10-0-0-75', 'vpc-fabric', `node ${epNode}`]);
    expectCommon(request, req);
    expect(req[0]!.attributes).toMatchObject({ 'source.address': '10.0.2.29', 'destination.address': '10.0.0.75', 'destination.port': 32385 });
    expect(req[0]!.attributes).toMatchObject({ 'k8s.namespace.name': 'packetlab', 'k8s.pod.name': 'toolbox-b' });
    expect(hopNames(req[1]!)).toEqual(['transmit packetlab/toolbox-b eth0', `receive ${request.hops[1]!.place.label}`, 'transmit ENI ens5 10.0.0.49']);
    expect(hopNames(req[3]!)).toEqual(['receive ENI ens5 10.0.0.75', 'transmit ENI ens5 10.0.0.75']);
    expect(ev(req[3]!, 'nat').map((e) => e.attributes)).toEqual([
      expect.objectContaining({ 'packetlife.nat.kind': 'DNAT+SNAT', 'packetlife.nat.cause': 'nodeport-masquerade', 'packetlife.nat.service': 'packetlab/echo-nodeport', 'packetlife.nat.before.dport': 32385, 'packetlife.nat.after.src': '10.0.0.75', 'packetlife.nat.after.dport': 8080 }),
    ]);
    expect(req[4]!.attributes).toMatchObject({ 'packetlife.gap.from_node': 'ip-10-0-0-75', 'packetlife.gap.to_node': epNode });
    const rep = spansOfTrace(spans, reply.id);
    expect(rep.map((s) => s.name)).toEqual(['packet reply', `node ${epNode}`, 'vpc-fabric', 'node ip-10-0-0-75', 'vpc-fabric', 'node ip-10-0-0-49']);
    expectCommon(reply, rep);
    expect(ev(rep[3]!, 'nat').map((e) => e.attributes['packetlife.nat.kind']).sort()).toEqual(['UNDNAT', 'UNSNAT']);
  });

  it('egress: one node span; the VPC CNI SNAT on it, the NAT gateway (inferred) and the way out on the root', async () => {
    const { traces, spans } = await exportWalk('egress');
    const { request, reply } = synAndSynAck(traces);
    const req = spansOfTrace(spans, request.id);
    const node = request.nodes[0]!;
    expect(req.map((s) => s.name)).toEqual(['packet request', `node ${node}`]);
    expectCommon(request, req);
    expect(req[0]!.attributes).toMatchObject({ 'destination.address': '198.51.100.10', 'destination.port': 80 });
    expect(hopNames(req[1]!)).toHaveLength(3);
    expect(ev(req[1]!, 'nat')[0]!.attributes).toMatchObject({ 'packetlife.nat.kind': 'SNAT', 'packetlife.nat.cause': 'vpc-cni-egress-snat', 'packetlife.nat.after.src': request.nats[0]!.after.src });
    // In the pod: main, out of eth0; on the node: connmark 0x80 → main, out of the primary ENI.
    expect(ev(req[1]!, 'route').map((e) => [e.attributes['packetlife.route.at_hop'], e.attributes['packetlife.route.table'], e.attributes['packetlife.route.dev']])).toEqual([[0, 254, 'eth0'], [1, 254, 'ens5']]);
    expect(ev(req[0]!, 'nat')[0]!.attributes).toMatchObject({ 'packetlife.nat.cause': 'nat-gateway', 'packetlife.nat.inferred': true, 'packetlife.nat.after.src': '203.0.113.10' });
    expect(ev(req[0]!, 'gap')[0]!.attributes).toMatchObject({ 'packetlife.gap.kind': 'external', 'packetlife.gap.after_hop': 2 });
    const rep = spansOfTrace(spans, reply.id);
    expect(rep.map((s) => s.name)).toEqual(['packet reply', `node ${node}`]);
    expect(ev(rep[1]!, 'nat')[0]!.attributes).toMatchObject({ 'packetlife.nat.kind': 'UNSNAT', 'packetlife.nat.after.dst': request.first.src });
    expect(ev(rep[0]!, 'gap')[0]!.attributes).toMatchObject({ 'packetlife.gap.kind': 'external', 'packetlife.gap.after_hop': -1 });
  });

  it('a re-export sends the same trace and span ids (a backend keeps one copy)', async () => {
    const a = await exportWalk('clusterip');
    const b = await exportWalk('clusterip');
    const ids = (s: DecodedSpan[]): string[] => s.map((x) => `${x.traceId}/${x.spanId}/${x.parentSpanId}`).sort();
    expect(ids(b.spans)).toEqual(ids(a.spans));
  });

  it("clock skew: a node whose clock stamps the arrival before the send is shifted later as a whole, the shift said; spans follow the path", async () => {
    const r = await receiver();
    const { traces } = replayWalk('nodeport-remote');
    const { request } = synAndSynAck(traces);
    expect(request.nodes).toHaveLength(3);
    // The middle node's clock 3 ms behind: its hops (and a drop there) stamped 3 ms early.
    const mid = request.nodes[1]!;
    const early = (ns: string): string => String(BigInt(ns) - 3_000_000n);
    const midHops = request.hops.filter((h) => h.place.node === mid);
    const lastMid = midHops[midHops.length - 1]!;
    const skewed: Trace = {
      ...request,
      id: `${request.id}s`,
      hops: request.hops.map((h) => (h.place.node === mid ? { ...h, timeNs: early(h.timeNs) } : h)),
      drops: [{ node: mid, atHop: lastMid.seq, reason: 'TEST_DROP', timeNs: early(lastMid.timeNs), place: lastMid.place }],
    };
    const exporter = new OtlpTraceExporter({ endpoint: r.url, flushIntervalMs: 10 });
    exporter.offer(skewed);
    await exporter.shutdown();
    const spans = spansOfTrace(r.spans, skewed.id);
    expect(spans.map((s) => s.name)).toEqual(['packet request', `node ${request.nodes[0]}`, 'vpc-fabric', `node ${mid}`, 'vpc-fabric', `node ${request.nodes[2]}`]);
    const [root, n0, f1, n1, f2, n2] = spans;
    const sendTime = BigInt(request.hops[Number(n0!.attributes['packetlife.hop.last'])]!.timeNs);
    const midFirst = BigInt(skewed.hops[midHops[0]!.seq]!.timeNs);
    const shift = sendTime - midFirst; // the arrival drawn at the send: a zero-length stretch
    expect(shift > 0n).toBe(true);
    expect([f1!.startNs, f1!.endNs]).toEqual([sendTime, sendTime]);
    expect(f1!.attributes['packetlife.clock_skew_ns']).toBe(Number(shift));
    expect(n1!.attributes['packetlife.clock_shift_ns']).toBe(Number(shift));
    // Its hops keep their spacing (one clock), each at its own time + the shift; the drop too.
    expect(hopEvents(n1!).map((e) => e.timeNs)).toEqual(midHops.map((h) => BigInt(early(h.timeNs)) + shift));
    expect(ev(n1!, 'drop')[0]!.timeNs).toBe(BigInt(early(lastMid.timeNs)) + shift);
    // The next node's clock is right: the stretch after the shifted node is the true one when
    // it is still after it, and that node is not shifted.
    const n2First = BigInt(request.hops[Number(n2!.attributes['packetlife.hop.first'])]!.timeNs);
    expect(f2!.startNs).toBe(BigInt(early(lastMid.timeNs)) + shift);
    expect(n2First > f2!.startNs).toBe(true); // the shift is 3 ms less the first stretch: the last stays after
    expect(n2!.attributes['packetlife.clock_shift_ns']).toBeUndefined();
    expect(f2!.endNs).toBe(n2First);
    expect(n0!.attributes['packetlife.clock_shift_ns']).toBeUndefined();
    expect(root!.endNs).toBe(n2!.endNs);
    expectTimesInOrder(spans);
  });

  it('a dropped packet: error status with the kernel reason on the root and on the node span', async () => {
    const r = await receiver();
    const { traces } = replayWalk('clusterip');
    const t = traces[0]!;
    const dropped: Trace = { ...t, id: `${t.id}d`, verdict: 'dropped', drops: [{ node: t.hops[1]!.place.node, atHop: 1, reason: 'NETFILTER_DROP', timeNs: t.hops[1]!.timeNs, place: t.hops[1]!.place }] };
    const exporter = new OtlpTraceExporter({ endpoint: r.url, flushIntervalMs: 10 });
    exporter.offer(dropped);
    await exporter.shutdown();
    const [root, node] = spansOfTrace(r.spans, dropped.id);
    expect(root!.status).toEqual({ code: 2, message: `dropped on ${t.hops[1]!.place.node}: NETFILTER_DROP` });
    expect(root!.attributes['error.type']).toBe('NETFILTER_DROP');
    expect(node!.status).toEqual({ code: 2, message: 'NETFILTER_DROP' });
    expect(ev(node!, 'drop')[0]!.attributes).toMatchObject({ 'packetlife.drop.reason': 'NETFILTER_DROP', 'packetlife.drop.at_hop': 1 });
  });
});

describe('OTLP export from a worker thread (what the collector runs)', () => {
  it('what crosses to the worker (the hand-over record) reads back as exactly the exportView, which makes exactly the spans the whole trace makes, on every walk', () => {
    const resource = packetlifeResource();
    // Plain data of the spans (spanContext is a function): ids, names, times, attributes, events, links, status.
    const plain = (t: Parameters<typeof traceToSpans>[0], links: ReturnType<typeof flowLinks>): unknown =>
      traceToSpans(t, resource, links).map((s) => ({ ...s, ctx: s.spanContext(), spanContext: undefined, resource: undefined }));
    // A small string table, so that it is reset (both sides start again) several times on the way.
    const writer = new HandoverWriter(64, 40);
    const reader = new HandoverReader();
    let compared = 0;
    let resets = 0;
    for (const name of ['clusterip', 'nodeport-remote', 'egress', 'cross-node', 'same-node', 'dns'] as const) {
      const { traces, store } = replayWalk(name);
      const t0 = traces[0]!;
      const dropped: Trace = { ...t0, id: `${t0.id}d`, verdict: 'dropped', drops: [{ node: t0.hops[1]!.place.node, atHop: 1, reason: 'NETFILTER_DROP', timeNs: t0.hops[1]!.timeNs, place: t0.hops[1]!.place }] };
      // What the walks lack: structured incomplete reasons, a gap's transit time, an inferred NAT, a failed route.
      const odd: Trace = {
        ...t0,
        id: `${t0.id}o`,
        verdict: 'incomplete',
        incompleteReasons: ['events lost on ip-10-0-0-49 (its agent reported 3)', 'open start'],
        incompleteDetails: [
          { code: 'events-lost', node: 'ip-10-0-0-49', text: 'events lost on ip-10-0-0-49 (its agent reported 3)' },
          { code: 'open-start', text: 'open start' },
        ],
        gaps: [{ afterHop: 0, kind: 'vpc-fabric', label: 'VPC router', clocks: 'shared', transitNs: '23000' }, { afterHop: -1, kind: 'external', label: 'internet' }],
        nats: [{ node: 'ip-10-0-0-75', kind: 'SNAT', afterHop: 1, before: t0.first, after: { ...t0.first, src: '203.0.113.10' }, reason: 'NAT gateway', cause: 'nat-gateway', inferred: true, service: 'a/b', endpointPod: 'a/c' }],
        routes: [{ node: 'ip-10-0-0-75', atHop: 0, table: 254, tableName: 'main', dst: '198.51.100.10', dev: 'ens5', error: -101 }],
      };
      delete (odd as Partial<Trace>).from;
      // What the hand-over writes only where it differs (otlp-handover.ts, a hop's head word): a
      // mark, a hop numbered other than by its place, addresses that are not IPv4, a time more
      // than 2 s after the hop before, protocol fields that change on the way.
      const hops = t0.hops.map((h, i) =>
        i === 0
          ? { ...h, mark: 0x8000_0001 }
          : i === 1
            ? { ...h, seq: 7, timeNs: (BigInt(h.timeNs) + 5_000_000_000n).toString(), packet: { ...h.packet, src: 'fd00::1', dst: 'fd00::2', tcpFlags: h.packet.tcpFlags ^ 0x10 } }
            : h,
      );
      const hopsOdd: Trace = { ...t0, id: `${t0.id}h`, hops, first: { ...t0.first, dst: 'fd00::3' }, routes: t0.routes.map((r) => ({ ...r, dst: 'fd00::4', table: 0xffff_fff0 })) };
      const all = [...traces, dropped, odd, hopsOdd];
      // in two batches: the second names strings the first interned
      const half = Math.ceil(all.length / 2);
      const read: Array<ReturnType<typeof exportView>> = [];
      for (const part of [all.slice(0, half), all.slice(half)]) {
        for (const t of part) writer.add(t);
        const batch = writer.take();
        if (batch.reset) resets++;
        expect(batch.count).toBe(part.length);
        read.push(...reader.read(structuredClone(batch)));
      }
      for (let i = 0; i < all.length; i++) {
        const t = all[i]!;
        expect(read[i]).toStrictEqual(exportView(t));
        expect(plain(read[i]!, flowLinks(store, t))).toEqual(plain(t, flowLinks(store, t)));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(18);
    expect(resets).toBeGreaterThan(1);
  });

  it('batches taken in and read later (the worker backlog) read back exactly, across string-table resets; kept traces only', () => {
    const { traces } = replayWalk('clusterip');
    // A table so small that nearly every batch resets it: the batches taken before a reset are read after it.
    const writer = new HandoverWriter(64, 10);
    const reader = new HandoverReader();
    const pending: ReturnType<HandoverReader["accept"]>[] = [];
    const expected: ReturnType<typeof exportView>[] = [];
    let resets = 0;
    for (let b = 0; b < 6; b++) {
      const part = traces.slice(b % 3, (b % 3) + 3).map((t) => ({ ...t, id: `${t.id}/${b}` }));
      for (const t of part) writer.add(t);
      const batch = writer.take();
      if (batch.reset) resets++;
      // the last batch: only its first trace is kept (no room for more)
      const keep = b === 5 ? 1 : part.length;
      pending.push(reader.accept(structuredClone(batch), keep));
      expected.push(...part.slice(0, keep).map(exportView));
    }
    expect(resets).toBeGreaterThanOrEqual(3);
    expect(pending.map((p) => [p.count, p.kept])).toEqual([[3, 3], [3, 3], [3, 3], [3, 3], [3, 3], [3, 1]]);
    const read = pending.flatMap((p) => Array.from({ length: p.kept }, () => reader.next(p)));
    expect(read).toStrictEqual(expected);
    expect(() => reader.next(pending[0]!)).toThrow('no trace left');
  });

  it('a 503 then 200s: every trace exactly once, links kept by the exporter itself, counters on /metrics', async () => {
    const r = await receiver({ failFirst: 1, retryAfterS: 1 });
    const { traces } = replayWalk('clusterip');
    const registry = new Registry();
    const exporter = new OtlpExportThread({ endpoint: r.url, flushIntervalMs: 10, registry });
    for (const t of traces) exporter.offer(t);
    await exporter.shutdown(10_000);
    expect(r.requests[0]!.status).toBe(503);
    const roots = r.spans.filter((s) => s.parentSpanId === '');
    expect(roots.map((s) => s.attributes['packetlife.trace.id']).sort()).toEqual(traces.map((t) => t.id).sort());
    const { request, reply } = synAndSynAck(traces);
    expect(spansOfTrace(r.spans, reply.id)[0]!.links).toContainEqual({ traceId: otelTraceId(request.id), spanId: otelSpanId(request.id, 0), attributes: { 'packetlife.link': 'request', 'packetlife.trace.id': request.id } });
    expect(exporter.stats).toMatchObject({ offered: traces.length, exported: traces.length, queued: 0, dropped: { 'queue-full': 0, rejected: 0, shutdown: 0 } });
    const text = await registry.metrics();
    expect(text).toContain(`packetlife_otlp_traces_exported_total ${traces.length}\n`);
    expect(text).toContain('packetlife_otlp_requests_total{outcome="failed"} 0\n'); // the 503 was retried inside one request
  });

  it('the export thread runs at nice +10, the event loop at its own priority (Linux: a nice value per thread)', async () => {
    const r = await receiver();
    const nices = (): Map<number, number> =>
      new Map(readdirSync('/proc/self/task').map((t) => [Number(t), Number(readFileSync(`/proc/self/task/${t}/stat`, 'utf8').split(') ')[1]!.split(' ')[16])]));
    const before = nices();
    const exporter = new OtlpExportThread({ endpoint: r.url, flushIntervalMs: 10 });
    exporter.offer(replayWalk('clusterip').traces[0]!);
    await expect.poll(() => exporter.stats.exported, { timeout: 10_000 }).toBe(1);
    const raised = [...nices()].filter(([tid, n]) => !before.has(tid) && n === 10);
    await exporter.shutdown();
    expect(raised).toHaveLength(1); // the worker thread, and only it
    expect(nices().get(process.pid)).toBe(before.get(process.pid));
  });

  it('a receiver that never answers: the hand-over is bounded too, drops counted', async () => {
    const r = await receiver({ neverAnswer: true });
    const { traces } = replayWalk('egress');
    const exporter = new OtlpExportThread({ endpoint: r.url, flushIntervalMs: 10, batchSize: 50, maxQueue: 300, timeoutMs: 300 });
    for (let i = 0; i < 5000; i++) {
      exporter.offer({ ...traces[i % traces.length]!, id: `n${i}` });
      if (i % 500 === 0) await new Promise((ok) => setTimeout(ok, 20));
    }
    await new Promise((ok) => setTimeout(ok, 400));
    const s = exporter.stats;
    expect(s.queued).toBeLessThanOrEqual(300);
    expect(s.dropped['queue-full']).toBeGreaterThanOrEqual(5000 - 300 - 50);
    expect(s.exported).toBe(0);
    await exporter.shutdown(300);
    const d = exporter.stats.dropped;
    expect(exporter.stats.offered - d['queue-full'] - d.shutdown - d.rejected).toBeLessThanOrEqual(50); // at most the batch in flight
  });
});

describe('OTLP delivery', () => {
  it('503 with Retry-After twice, then 200: every trace arrives exactly once, after the asked wait', async () => {
    const r = await receiver({ failFirst: 2, retryAfterS: 1 });
    const { traces, store } = replayWalk('clusterip');
    const registry = new Registry();
    const exporter = new OtlpTraceExporter({ endpoint: r.url, flushIntervalMs: 10, batchSize: 1000, registry, links: (t) => flowLinks(store, t) });
    for (const t of traces) exporter.offer(t);
    await exporter.shutdown(15_000);
    expect(r.requests.map((q) => q.status)).toEqual([503, 503, 200]);
    expect(r.requests[1]!.atMs - r.requests[0]!.atMs).toBeGreaterThanOrEqual(950);
    expect(r.requests[2]!.atMs - r.requests[1]!.atMs).toBeGreaterThanOrEqual(950);
    const roots = r.spans.filter((s) => s.parentSpanId === '').map((s) => s.attributes['packetlife.trace.id']);
    expect(roots.sort()).toEqual(traces.map((t) => t.id).sort());
    expect(exporter.stats).toMatchObject({ exported: traces.length, dropped: { 'queue-full': 0, rejected: 0, shutdown: 0 } });
    expect(await registry.metrics()).toContain(`packetlife_otlp_traces_exported_total ${traces.length}`);
  });

  it('retries that run out keep the batch and try again later: still exactly once', async () => {
    // Retry-After 3 s exceeds the 1 s request budget: the exporter gives up, packetlife backs off and resends.
    const r = await receiver({ failFirst: 1, retryAfterS: 3 });
    const { traces } = replayWalk('egress');
    const exporter = new OtlpTraceExporter({ endpoint: r.url, flushIntervalMs: 10, batchSize: 1000, timeoutMs: 1000, backoffMs: 200 });
    for (const t of traces) exporter.offer(t);
    for (let i = 0; i < 100 && exporter.stats.exported < traces.length; i++) await new Promise((ok) => setTimeout(ok, 50));
    await exporter.shutdown();
    expect(r.requests.map((q) => q.status)).toEqual([503, 200]);
    expect(r.spans.filter((s) => s.parentSpanId === '')).toHaveLength(traces.length);
    expect(exporter.stats.failedRequests).toBe(1);
  });

  it('a receiver that never answers: the queue stays within its bound, memory stays bounded, every drop counted', async () => {
    const r = await receiver({ neverAnswer: true });
    const { traces } = replayWalk('clusterip');
    const registry = new Registry();
    const exporter = new OtlpTraceExporter({ endpoint: r.url, flushIntervalMs: 10, batchSize: 100, maxQueue: 1000, timeoutMs: 300, backoffMs: 100, registry });
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const heap = (): number => {
      gc();
      return process.memoryUsage().heapUsed;
    };
    const offerMany = async (n: number, tag: string): Promise<void> => {
      for (let i = 0; i < n; i++) {
        const t = traces[i % traces.length]!;
        // Distinct objects, as a collector makes them: a queue that kept them would grow.
        exporter.offer({ ...t, id: `${t.id}-${tag}-${i}`, hops: t.hops.map((h) => ({ ...h, packet: { ...h.packet } })) });
        if (i % 5000 === 0) await new Promise((ok) => setImmediate(ok));
      }
    };
    await offerMany(20_000, 'warm');
    const before = heap();
    await offerMany(100_000, 'more');
    const after = heap();
    expect(exporter.stats.queued).toBeLessThanOrEqual(1000);
    expect(after - before, `heap grew ${((after - before) / 1e6).toFixed(1)} MB over 100k more traces`).toBeLessThan(8e6);
    const s = exporter.stats;
    expect(s.offered).toBe(120_000);
    expect(s.dropped['queue-full']).toBeGreaterThanOrEqual(120_000 - 1000 - 100);
    expect(s.exported).toBe(0);
    expect(await registry.metrics()).toMatch(new RegExp(`packetlife_otlp_traces_dropped_total\\{reason="queue-full"\\} ${s.dropped['queue-full']}\\n`));
    await exporter.shutdown(500);
    // Offered = exported + dropped (any reason) + still in flight when the wait ran out.
    const d = exporter.stats.dropped;
    expect(exporter.stats.offered - d['queue-full'] - d.shutdown - d.rejected).toBeLessThanOrEqual(100);
    expect(r.requests.length).toBeGreaterThanOrEqual(1);
  });

  it('shutdown sends what is queued at once (no waiting for a full batch or the flush interval)', async () => {
    const r = await receiver();
    const { traces } = replayWalk('nodeport-remote');
    const exporter = new OtlpTraceExporter({ endpoint: r.url, flushIntervalMs: 3_600_000, batchSize: 10_000 });
    for (const t of traces) exporter.offer(t);
    await new Promise((ok) => setTimeout(ok, 100));
    expect(r.requests).toHaveLength(0);
    const t0 = Date.now();
    await exporter.shutdown();
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(r.spans.filter((s) => s.parentSpanId === '')).toHaveLength(traces.length);
    exporter.offer(traces[0]!);
    expect(exporter.stats.dropped.shutdown).toBe(1); // nothing is taken after shutdown, and that is counted
  });

  it('headers go out with each request; the JSON encoding behind a flag', async () => {
    const r = await receiver();
    const { traces } = replayWalk('egress');
    const exporter = new OtlpTraceExporter({ endpoint: `${r.url}/`, json: true, headers: parseOtlpHeaders(['x-scope-orgid=lab', 'authorization=Bearer abc=def']), flushIntervalMs: 10 });
    exporter.offer(traces[0]!);
    await exporter.shutdown();
    expect(r.requests[0]!.contentType).toBe('application/json');
    expect(r.requests[0]!.headers).toMatchObject({ 'x-scope-orgid': 'lab', authorization: 'Bearer abc=def' });
    const body = r.jsonBodies[0] as { resourceSpans: Array<{ scopeSpans: Array<{ spans: Array<{ traceId: string; name: string }> }> }> };
    expect(body.resourceSpans[0]!.scopeSpans[0]!.spans[0]).toMatchObject({ traceId: otelTraceId(traces[0]!.id), name: `packet ${traces[0]!.direction}` });
  });

  it('bad options are errors naming the option', () => {
    expect(tracesUrl('http://127.0.0.1:4318')).toBe('http://127.0.0.1:4318/v1/traces');
    expect(tracesUrl('https://tempo.example:4318/otlp/')).toBe('https://tempo.example:4318/otlp/v1/traces');
    expect(tracesUrl('http://127.0.0.1:4318/v1/traces')).toBe('http://127.0.0.1:4318/v1/traces');
    expect(() => tracesUrl('127.0.0.1:4318')).toThrow(/--otlp-endpoint must be/);
    expect(() => tracesUrl('ftp://x/')).toThrow(/--otlp-endpoint must be http:\/\/ or https:\/\/, got "ftp:"/);
    expect(() => parseOtlpHeaders(['novalue'])).toThrow('--otlp-header must be NAME=VALUE with an HTTP header name, got "novalue"');
    expect(() => parseOtlpHeaders(['bad name=x'])).toThrow(/--otlp-header must be NAME=VALUE/);
  });

  it("the OpenTelemetry variables the exporter reads itself are checked at start: a header it would skip or cut, an unreadable CA — named, never a header's value", () => {
    const readable = (p: string): boolean => p === '/etc/otlp-ca/ca.crt';
    expect(otlpEnvironment({}, readable)).toEqual({ headerNames: [] });
    const ok = otlpEnvironment(
      {
        OTEL_EXPORTER_OTLP_HEADERS: 'X-Scope-OrgID=platform, authorization = Bearer%20abc,',
        OTEL_EXPORTER_OTLP_TRACES_HEADERS: 'api-key=k%3Bey',
        OTEL_EXPORTER_OTLP_TRACES_CERTIFICATE: '/etc/otlp-ca/ca.crt',
        OTEL_EXPORTER_OTLP_CERTIFICATE: '/nonexistent',
      },
      readable,
    );
    expect(ok).toEqual({ headerNames: ['x-scope-orgid', 'authorization', 'api-key'], caFile: '/etc/otlp-ca/ca.crt' });
    expect(otlpSettingsText(['X-Scope-OrgID'], ok)).toBe('; headers x-scope-orgid from --otlp-header; headers authorization, api-key from OTEL_EXPORTER_OTLP_*HEADERS; CA /etc/otlp-ca/ca.crt');
    expect(otlpSettingsText([], { headerNames: [] })).toBe('');
    const refuse = (env: Record<string, string>): string => {
      try {
        otlpEnvironment(env, readable);
      } catch (err) {
        expect(String(err)).not.toContain('s3cret');
        return (err as Error).message;
      }
      throw new Error('accepted');
    };
    expect(refuse({ OTEL_EXPORTER_OTLP_TRACES_HEADERS: 'a=1,authorization=Bearer s3cret;x' })).toBe('OTEL_EXPORTER_OTLP_TRACES_HEADERS: entry 2 holds a ";" (the exporter would cut the value there): write it URL-encoded, %3B');
    expect(refuse({ OTEL_EXPORTER_OTLP_HEADERS: 's3cret' })).toBe('OTEL_EXPORTER_OTLP_HEADERS: entry 1 is not name=value with an HTTP header name (the form is "name=value,name2=value2", values URL-encoded)');
    expect(refuse({ OTEL_EXPORTER_OTLP_HEADERS: 'bad name=s3cret' })).toMatch(/^OTEL_EXPORTER_OTLP_HEADERS: entry 1 is not name=value/);
    expect(refuse({ OTEL_EXPORTER_OTLP_HEADERS: 'authorization=%E0%A4%As3cret' })).toBe('OTEL_EXPORTER_OTLP_HEADERS: entry 1 is not URL-encoded (e.g. "authorization=Bearer%20TOKEN")');
    expect(refuse({ OTEL_EXPORTER_OTLP_HEADERS: 'authorization=' })).toBe('OTEL_EXPORTER_OTLP_HEADERS: entry 1: header "authorization" has an empty value (the exporter would leave it out)');
    expect(refuse({ OTEL_EXPORTER_OTLP_HEADERS: 'authorization=s3cret%0D%0Ax-evil=1' })).toBe('OTEL_EXPORTER_OTLP_HEADERS: entry 1: the value of header "authorization" holds a line break');
    expect(refuse({ OTEL_EXPORTER_OTLP_CERTIFICATE: '/nonexistent/ca.crt' })).toBe('OTEL_EXPORTER_OTLP_CERTIFICATE: cannot read the CA file "/nonexistent/ca.crt"');
    // a client certificate (mutual TLS): both files, readable; not with --otlp-insecure, which would drop it (and the CA)
    const certs = (p: string): boolean => p.startsWith('/etc/otlp-');
    const mtls = otlpEnvironment({ OTEL_EXPORTER_OTLP_TRACES_CLIENT_CERTIFICATE: '/etc/otlp-client/tls.crt', OTEL_EXPORTER_OTLP_CLIENT_KEY: '/etc/otlp-client/tls.key' }, certs);
    expect(mtls).toEqual({ headerNames: [], clientCert: { cert: '/etc/otlp-client/tls.crt', key: '/etc/otlp-client/tls.key' } });
    expect(otlpSettingsText([], mtls)).toBe('; client certificate /etc/otlp-client/tls.crt');
    expect(() => otlpEnvironment({ OTEL_EXPORTER_OTLP_TRACES_CLIENT_CERTIFICATE: '/etc/otlp-client/tls.crt' }, certs)).toThrow(
      'OTEL_EXPORTER_OTLP_TRACES_CLIENT_CERTIFICATE and OTEL_EXPORTER_OTLP_TRACES_CLIENT_KEY (or their non-TRACES forms) go together: only the certificate is given',
    );
    expect(() => otlpEnvironment({ OTEL_EXPORTER_OTLP_TRACES_CLIENT_CERTIFICATE: '/etc/otlp-client/tls.crt', OTEL_EXPORTER_OTLP_TRACES_CLIENT_KEY: '/nonexistent/tls.key' }, certs)).toThrow(
      'OTEL_EXPORTER_OTLP_TRACES_CLIENT_KEY: cannot read the client key file "/nonexistent/tls.key"',
    );
    expect(() => checkOtlpInsecure(false, { ...mtls, caFile: '/etc/otlp-ca/ca.crt' })).not.toThrow();
    expect(() => checkOtlpInsecure(true, { headerNames: ['authorization'] })).not.toThrow();
    expect(() => checkOtlpInsecure(true, mtls)).toThrow('--otlp-insecure cannot be given with a client certificate (OTEL_EXPORTER_OTLP_*CLIENT_CERTIFICATE): the exporter would leave the certificate out');
    expect(() => checkOtlpInsecure(true, { headerNames: [], caFile: '/etc/otlp-ca/ca.crt' })).toThrow(/^--otlp-insecure turns the backend's certificate check off, and OTEL_EXPORTER_OTLP_\*CERTIFICATE names a CA to check it with \(\/etc\/otlp-ca\/ca.crt\): give one or the other$/);
  });
});
