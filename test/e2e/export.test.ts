/**
 * The exports on a live lab through real processes (issue 10): a collector process exporting over
 * OTLP/HTTP (`--otlp-endpoint`) to a receiver that decodes with the official OTLP protobuf
 * definitions, one agent process per lab node with real bpftrace, and `packetlife trace` asked
 * for the ClusterIP, NodePort-from-another-node and egress walks while their traffic runs, with
 * `--output jsonl`, `--output compact` and `--pcapng FILE`. Each walk's spans are checked against
 * the walk (span count, parent/child, attributes, NAT events, times in order), the ClusterIP
 * pcapng is read back by tshark, and SIGTERM ends the collector cleanly with every trace sent.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { generatedUserTokenFile } from '../../common/client-token.js';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execa, type ResultPromise } from 'execa';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithBpftrace } from '../support/gate.js';
import type { AgentHealth } from '../../collector/ingest.js';
import type { Trace } from '../../collector/trace-model.js';
import { otelSpanId, otelTraceId } from '../../collector/export/otlp-ids.js';
import { runningBpftrace, spawnAgents, stopAgents, type AgentProcess } from '../../demo/agents.js';
import { labDown, labExec, labUp } from '../../lab/lab.js';
import { spansOfTrace, startReceiver, type DecodedSpan, type Receiver } from '../export/receiver.js';
import { DIRECTION, GOOD, tsharkRows } from '../export/tshark.js';
import { isRunning, labAgentPids, labNetns } from './processes.js';
import { expectClusterIpWalk, expectEgressWalk, expectNodePortCrossNodeWalk, requestAndReply } from './walk-expect.js';

const lab = `e2x${process.pid.toString(36)}`;
const NODES = ['ip-10-0-0-75', 'ip-10-0-0-49', 'ip-10-0-1-228'];
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface SessionView {
  id: string;
}

describeWithBpftrace('exports on a live lab: OTLP to a receiver, pcapng read by tshark, one-line output', () => {
  let collector: ResultPromise | undefined;
  let receiver: Receiver;
  let api = '';
  let agents: AgentProcess[] = [];
  let dir = '';
  const exported: Trace[] = [];

  // the collector generated its tokens; the local CLI (trace) finds them itself, this test reads the user's
  // The collector made this run's tokens (no --auth-file): the CLI finds them by port, so do we.
  const authz = (): Record<string, string> => ({ authorization: `Bearer ${readFileSync(generatedUserTokenFile(Number(new URL(api).port)), 'utf8').trim()}` });
  const get = async <T>(path: string): Promise<T> => (await (await fetch(new URL(path, api), { headers: authz() })).json()) as T;

  beforeAll(async () => {
    receiver = await startReceiver();
    await labDown({ name: lab });
    await labUp({ name: lab });
    collector = execa('node', ['dist/cli.js', 'collector', '--lab', lab, '--listen', '127.0.0.1:0', '--otlp-endpoint', receiver.url, '--otlp-header', 'x-scope-orgid=packetlife-e2e'], { reject: false, env: { PACKETLIFE_LOG_LEVEL: 'warn' } });
    api = await new Promise<string>((ok, fail) => {
      let out = '';
      // The start-up lines come within seconds; if they do not match, say what came instead of
      // waiting out the hook's timeout (a changed line once cost a CI run 180 s and no clue).
      const late = setTimeout(() => fail(new Error(`the collector's start-up lines did not come within 60 s; its stdout so far:\n${out}`)), 60_000);
      collector!.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const m = /^collector listening on (http:\/\/127\.0\.0\.1:\d+) /m.exec(out);
        const x = /^exporting traces to (\S+) \(OTLP\/HTTP protobuf; headers x-scope-orgid from --otlp-header\)$/m.exec(out);
        if (m && x) {
          clearTimeout(late);
          expect(x[1]).toBe(`${receiver.url}/v1/traces`);
          ok(m[1]!);
        }
      });
      void collector!.then((r) => {
        clearTimeout(late);
        fail(new Error(`collector exited: ${String(r.stderr)}`));
      });
    });
    dir = mkdtempSync(join(tmpdir(), 'plab-e2e-export-'));
    agents = spawnAgents({ cliScript: resolve('dist/cli.js'), lab, nodes: NODES, collectorUrl: `${api.replace('http', 'ws')}/v1/agents`, logDir: dir });
    for (let i = 0; ; i++) {
      const connected = (await get<AgentHealth[]>('/api/agents')).filter((a) => a.connected && a.snapshot !== null).map((a) => a.node);
      if (NODES.every((n) => connected.includes(n))) break;
      if (i > 300) throw new Error(`agents did not connect: ${connected.join(', ')}`);
      await sleep(100);
    }
  });

  afterAll(async () => {
    const pids = agents.map((a) => a.pid);
    await stopAgents(agents);
    if (collector && collector.exitCode === null) collector.kill('SIGTERM');
    await collector;
    await labDown({ name: lab });
    await receiver?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    expect(await labNetns(lab)).toEqual([]);
    expect(labAgentPids(lab)).toEqual([]);
    expect(pids.filter(isRunning)).toEqual([]);
  });

  /** `packetlife trace ARGS --count 1` per argv, attached on every agent before `drive` runs in the lab. */
  async function traceWhile(argvs: string[][], target: string, drive: string[]) {
    for (let i = 0; agents.some((a) => runningBpftrace(a).length > 0); i++) {
      if (i > 200) throw new Error('agents still run bpftrace after their sessions ended');
      await sleep(100);
    }
    const before = new Set((await get<SessionView[]>('/api/sessions')).map((s) => s.id));
    const children = argvs.map((argv) => execa('node', ['dist/cli.js', 'trace', ...argv, '--count', '1', '--timeout', '30', '--collector', api], { reject: false }));
    for (let i = 0; ; i++) {
      const ids = (await get<SessionView[]>('/api/sessions')).filter((s) => !before.has(s.id)).map((s) => s.id);
      const agentsNow = await get<AgentHealth[]>('/api/agents');
      if (ids.length === argvs.length && ids.every((id) => NODES.every((n) => agentsNow.some((a) => a.connected && a.node === n && a.sessions[id]?.active)))) break;
      if (i > 400) throw new Error('sessions not attached on every agent');
      await sleep(100);
    }
    const run = await labExec(lab, target, drive, { timeout: 10_000 });
    expect(run.exitCode, String(run.stderr)).toBe(0);
    return Promise.all(children);
  }

  const jsonl = (stdout: string): Trace[] => stdout.trim().split('\n').map((l) => JSON.parse(l) as Trace);

  /** Waits until the receiver holds both traces, then checks the spans against them. */
  async function spansOf(t: Trace): Promise<DecodedSpan[]> {
    for (let i = 0; i < 100 && spansOfTrace(receiver.spans, t.id).length === 0; i++) await sleep(100);
    const spans = spansOfTrace(receiver.spans, t.id);
    expect(spans.length, `spans of trace ${t.id} at the receiver`).toBeGreaterThan(0);
    const [root, ...children] = spans;
    expect(root!.traceId).toBe(otelTraceId(t.id));
    expect(root!.attributes).toMatchObject({ 'packetlife.trace.id': t.id, 'packetlife.flow.id': t.flowId, 'packetlife.direction': t.direction, 'packetlife.verdict': 'delivered', 'network.transport': 'tcp', 'source.address': t.first.src, 'destination.address': t.first.dst, 'destination.port': t.first.dport });
    expect(root!.resource['service.name']).toBe('packetlife');
    for (const c of children) expect(c.parentSpanId).toBe(root!.spanId);
    // Span per node stay and per fabric stretch between them, in path order.
    const stays: string[] = [];
    for (const h of t.hops) if (stays[stays.length - 1] !== h.place.node) stays.push(h.place.node);
    expect(children.map((c) => c.name)).toEqual(stays.flatMap((n, i) => (i === 0 ? [`node ${n}`] : ['vpc-fabric', `node ${n}`])));
    // Every hop an event at its kernel time, in order; every observed NAT an event.
    // A hop's number is its node span's packetlife.hop.first plus its place among the span's hops.
    // A node whose agent's clock put its arrival before the send is shifted later as a whole, by
    // its span's packetlife.clock_shift_ns (agents convert the kernel clock to wall time each on
    // their own: on a busy machine their offsets differ by more than the lab's transit).
    const hopEvents = children.flatMap((c) =>
      c.events
        .filter((e) => e.name === 'transmit' || e.name === 'receive')
        .map((e, i) => ({ e, seq: Number(c.attributes['packetlife.hop.first']) + i, shift: BigInt(Number(c.attributes['packetlife.clock_shift_ns'] ?? 0)) })),
    );
    expect(hopEvents.map(({ e, seq, shift }) => [seq, e.name, e.attributes['packetlife.place.label'], String(e.timeNs - shift)])).toEqual(t.hops.map((h) => [h.seq, h.direction, h.place.label, h.timeNs]));
    // Addresses on exactly the hops where they changed (the first hop's are the root's).
    const changed = t.hops.map((h, i) => {
      const b = i === 0 ? t.first : t.hops[i - 1]!.packet;
      return h.packet.src !== b.src || h.packet.dst !== b.dst || h.packet.sport !== b.sport || h.packet.dport !== b.dport;
    });
    expect(hopEvents.map(({ e }) => e.attributes['destination.address'] !== undefined)).toEqual(changed);
    for (const [i, { e }] of hopEvents.entries()) if (changed[i]) expect(e.attributes).toMatchObject({ 'source.address': t.hops[i]!.packet.src, 'destination.address': t.hops[i]!.packet.dst, 'destination.port': t.hops[i]!.packet.dport });
    const natEvents = spans.flatMap((c) => c.events.filter((e) => e.name === 'nat'));
    expect(natEvents.map((e) => [e.attributes['packetlife.nat.kind'], e.attributes['packetlife.nat.cause'], e.attributes['packetlife.nat.after.dst'], e.attributes['packetlife.nat.after.dport']]).sort()).toEqual(t.nats.map((n) => [n.kind, n.cause, n.after.dst, n.after.dport]).sort());
    for (const s of spans) expect(s.startNs <= s.endNs).toBe(true);
    for (let i = 1; i < children.length; i++) expect(children[i]!.startNs >= children[i - 1]!.endNs).toBe(true);
    exported.push(t);
    return spans;
  }

  it('ClusterIP: the walk as spans at the OTLP receiver, as pcapng in tshark, as one compact line', async () => {
    const from = ['--from', 'pod/packetlab/toolbox-a', '--to', 'svc/packetlab/echo-clusterip'];
    const pcap = join(dir, 'clusterip.pcapng');
    const [json, compact] = await traceWhile([[...from, '--output', 'jsonl', '--pcapng', pcap], [...from, '--output', 'compact']], 'packetlab/toolbox-a', ['curl', '-sS', '--max-time', '5', 'http://172.20.122.189/']);
    expect(json!.exitCode, String(json!.stderr)).toBe(0);
    const traces = jsonl(String(json!.stdout));
    const { request, reply } = requestAndReply(traces);
    const endpoint = expectClusterIpWalk(request, reply);
    expect(String(json!.stderr)).toMatch(new RegExp(`wrote \\d+ packets of ${traces.length} trace\\(s\\) to ${pcap.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`));

    const req = await spansOf(request);
    expect(req.map((s) => s.name)).toEqual(['packet request', 'node ip-10-0-0-75', 'vpc-fabric', `node ${request.nodes[1]}`]);
    expect(req[1]!.events.find((e) => e.name === 'route' && e.attributes['packetlife.route.at_hop'] === 1)!.attributes).toMatchObject({ 'packetlife.route.table': 2, 'packetlife.route.dev': 'ens6' });
    expect(req[1]!.events.find((e) => e.name === 'nat')!.attributes).toMatchObject({ 'packetlife.nat.kind': 'DNAT', 'packetlife.nat.service': 'packetlab/echo-clusterip', 'packetlife.nat.endpoint_pod': endpoint, 'packetlife.nat.before.dst': '172.20.122.189' });
    const rep = await spansOf(reply);
    expect(rep[0]!.links).toContainEqual({ traceId: otelTraceId(request.id), spanId: otelSpanId(request.id, 0), attributes: { 'packetlife.link': 'request', 'packetlife.trace.id': request.id } });
    expect(receiver.requests.every((r) => r.headers['x-scope-orgid'] === 'packetlife-e2e' && r.contentType === 'application/x-protobuf')).toBe(true);

    // tshark: every hop of request and reply, to the VIP before the DNAT and to the pod after, checksums good.
    const rows = await tsharkRows(pcap);
    const hops = traces.flatMap((t) => t.hops);
    expect(rows).toHaveLength(hops.length);
    const reqRows = rows.filter((r) => r['frame.comment']!.startsWith(`trace ${request.id} request hop `));
    expect(reqRows.map((r) => `${r['frame.interface_name']} ${DIRECTION[r['frame.packet_flags_direction']!]} ${r['ip.dst']}:${r['tcp.dstport']}`)).toEqual(
      request.hops.map((h) => `${h.place.node}/${h.place.kind === 'pod-eth' ? h.place.pod : 'host'}/${h.place.ifname} ${h.direction === 'receive' ? 'in' : 'out'} ${h.packet.dst}:${h.packet.dport}`),
    );
    expect(reqRows.map((r) => r['ip.dst'])).toEqual(['172.20.122.189', '172.20.122.189', request.last.dst, request.last.dst, request.last.dst, request.last.dst]);
    expect(reqRows[2]!['frame.comment']).toContain(`DNAT 10.0.1.51:${request.first.sport} → 172.20.122.189:80 ⇒ 10.0.1.51:${request.first.sport} → ${request.last.dst}:8080`);
    for (const r of rows) expect([r['ip.checksum.status'], r['tcp.checksum.status']]).toEqual([GOOD, GOOD]);

    expect(compact!.exitCode, String(compact!.stderr)).toBe(0);
    const line = String(compact!.stdout).trim().split('\n').find((l) => l.includes('TCP SYN ') && !l.includes('(reply)'));
    expect(line).toMatch(new RegExp(`^\\w{3} \\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{6} {2}packetlab/toolbox-a:\\d+ → svc packetlab/echo-clusterip:80 ⇒ ${endpoint}:8080 {2}TCP SYN {2}DELIVERED {2}DNAT\\(clusterip\\) {2}ip-10-0-0-75 → ip-10-0-`));
  });

  it('NodePort from another node: the walk as spans (three node spans, two fabric stretches, DNAT+masquerade)', async () => {
    const [json] = await traceWhile([['--from', 'node/ip-10-0-0-49', '--to', 'svc/packetlab/echo-nodeport', '--port', '32385', '--output', 'jsonl']], 'ip-10-0-0-49', ['curl', '-sS', '--max-time', '5', 'http://10.0.0.75:32385/']);
    expect(json!.exitCode, String(json!.stderr)).toBe(0);
    const { request, reply } = requestAndReply(jsonl(String(json!.stdout)));
    expectNodePortCrossNodeWalk(request, reply);
    const req = await spansOf(request);
    expect(req.map((s) => s.name)).toEqual(['packet request', 'node ip-10-0-0-49', 'vpc-fabric', 'node ip-10-0-0-75', 'vpc-fabric', `node ${request.nodes[2]}`]);
    expect(req[3]!.events.find((e) => e.name === 'nat')!.attributes).toMatchObject({ 'packetlife.nat.kind': 'DNAT+SNAT', 'packetlife.nat.cause': 'nodeport-masquerade', 'packetlife.nat.after.src': '10.0.0.75' });
    await spansOf(reply);
  });

  it('egress: the walk as spans (one node span, SNAT on it, the NAT gateway inferred on the root)', async () => {
    const [json] = await traceWhile([['--from', 'pod/packetlab/toolbox-a', '--to', '198.51.100.10', '--port', '80', '--output', 'jsonl']], 'packetlab/toolbox-a', ['curl', '-sS', '--max-time', '5', 'http://198.51.100.10/']);
    expect(json!.exitCode, String(json!.stderr)).toBe(0);
    const { request, reply } = requestAndReply(jsonl(String(json!.stdout)));
    expectEgressWalk(request, reply);
    const req = await spansOf(request);
    expect(req.map((s) => s.name)).toEqual(['packet request', 'node ip-10-0-0-75']);
    expect(req[0]!.events.find((e) => e.name === 'nat')!.attributes).toMatchObject({ 'packetlife.nat.cause': 'nat-gateway', 'packetlife.nat.inferred': true });
    await spansOf(reply);
  });

  it('SIGTERM: the collector flushes and exits 0; each exported trace arrived exactly once; no export dropped', async () => {
    const metrics = await (await fetch(`${api}/metrics`, { headers: authz() })).text();
    expect(metrics).toMatch(/packetlife_otlp_traces_dropped_total\{reason="queue-full"\} 0\n/);
    collector!.kill('SIGTERM');
    const r = await collector!;
    expect(r.exitCode, String(r.stderr)).toBe(0);
    const roots = receiver.spans.filter((s) => s.parentSpanId === '').map((s) => String(s.attributes['packetlife.trace.id']));
    expect(new Set(roots).size).toBe(roots.length);
    for (const t of exported) expect(roots).toContain(t.id);
    expect(receiver.requests.every((q) => q.status === 200)).toBe(true);
  });
});
