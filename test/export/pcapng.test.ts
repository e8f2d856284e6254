/**
 * pcapng export (collector/export/pcapng.ts) read back by a real reader, Debian's tshark
 * (scripts/setup.sh installs it): every hop of the ClusterIP walk (recorded real lab events
 * through the production correlator) on its own interface, addresses before and after DNAT,
 * valid IPv4/TCP/UDP/ICMP checksums, the comments; and the API's pcapng routes. The same on a
 * live lab through real processes: test/e2e/export.test.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';
import { CollectorApi } from '../../collector/api.js';
import { tracesToPcapng } from '../../collector/export/pcapng.js';
import { TopologyModel } from '../../collector/topology/model.js';
import type { Trace } from '../../collector/trace-model.js';
import { vpcCniVethName } from '../../collector/topology/model.js';
import { replayWalk, synAndSynAck } from './replay.js';
import { DIRECTION, GOOD, tsharkRows } from './tshark.js';

const dir = mkdtempSync(join(tmpdir(), 'packetlife-pcapng-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, buf: Buffer): string => {
  const f = join(dir, name);
  writeFileSync(f, buf);
  return f;
};

describe('pcapng of the ClusterIP walk, read by tshark', () => {
  const { traces } = replayWalk('clusterip');
  const { request, reply } = synAndSynAck(traces);
  const ep = request.nats[0]!.endpointPod!;
  const epIp = request.last.dst;
  const epNode = request.nodes[1]!;
  const [epNs, epName] = ep.split('/') as [string, string];
  const port = request.first.sport;

  it('every hop of request and reply, on its own device, before and after DNAT, with valid checksums and kernel timestamps', async () => {
    const rows = await tsharkRows(write('clusterip.pcapng', tracesToPcapng([request, reply])));
    const veth = vpcCniVethName('packetlab', 'toolbox-a');
    const epVeth = vpcCniVethName(epNs, epName);
    expect(rows.map((r) => `${r['frame.interface_name']} ${DIRECTION[r['frame.packet_flags_direction']!]} ${r['ip.src']}:${r['tcp.srcport']} > ${r['ip.dst']}:${r['tcp.dstport']}`)).toEqual([
      // The SYN: to the VIP until the node's iptables DNAT, to the endpoint after it.
      `ip-10-0-0-75/packetlab/toolbox-a/eth0 out 10.0.1.51:${port} > 172.20.122.189:80`,
      `ip-10-0-0-75/host/${veth} in 10.0.1.51:${port} > 172.20.122.189:80`,
      `ip-10-0-0-75/host/ens6 out 10.0.1.51:${port} > ${epIp}:8080`,
      `${epNode}/host/ens6 in 10.0.1.51:${port} > ${epIp}:8080`,
      `${epNode}/host/${epVeth} out 10.0.1.51:${port} > ${epIp}:8080`,
      `${epNode}/${ep}/eth0 in 10.0.1.51:${port} > ${epIp}:8080`,
      // The SYN-ACK: from the endpoint until the un-DNAT, from the VIP after it.
      `${epNode}/${ep}/eth0 out ${epIp}:8080 > 10.0.1.51:${port}`,
      `${epNode}/host/${epVeth} in ${epIp}:8080 > 10.0.1.51:${port}`,
      `${epNode}/host/ens6 out ${epIp}:8080 > 10.0.1.51:${port}`,
      `ip-10-0-0-75/host/ens6 in ${epIp}:8080 > 10.0.1.51:${port}`,
      `ip-10-0-0-75/host/${veth} out 172.20.122.189:80 > 10.0.1.51:${port}`,
      `ip-10-0-0-75/packetlab/toolbox-a/eth0 in 172.20.122.189:80 > 10.0.1.51:${port}`,
    ]);
    for (const r of rows) {
      expect([r['ip.checksum.status'], r['tcp.checksum.status']], 'IPv4 and TCP checksums verified good').toEqual([GOOD, GOOD]);
      expect(r['frame.cap_len']).toBe('40');
    }
    const hops = [...request.hops, ...reply.hops];
    // Kernel timestamps to the nanosecond (tshark prints epoch seconds with 9 decimals).
    expect(rows.map((r) => r['frame.time_epoch']!.replace('.', '').replace(/^0+/, ''))).toEqual(hops.map((h) => h.timeNs));
    expect(rows.map((r) => r['ip.id'])).toEqual(hops.map((h) => `0x${h.packet.ipId.toString(16).padStart(4, '0')}`));
    expect(rows.map((r) => r['tcp.flags'])).toEqual([...request.hops.map(() => '0x0002'), ...reply.hops.map(() => '0x0012')]);
    expect(rows.map((r) => r['frame.len'])).toEqual(hops.map((h) => String(h.packet.length)));
    expect(rows[0]!['frame.interface_description']).toBe('packetlab/toolbox-a eth0');
    // Comments: the trace and hop, the DNAT on the first hop that carries it, the routing decision.
    expect(rows[1]!['frame.comment']).toBe(`trace ${request.id} request hop 1: rx veth ${veth} (packetlab/toolbox-a) on ip-10-0-0-75; route: table 2 (ENI ens6 10.0.0.85) via 10.0.0.1 dev ens6; flow ${request.flowId}; payload not captured; original length 60`);
    expect(rows[2]!['frame.comment']).toBe(
      `trace ${request.id} request hop 2: tx ENI ens6 10.0.0.85 on ip-10-0-0-75; DNAT 10.0.1.51:${port} → 172.20.122.189:80 ⇒ 10.0.1.51:${port} → ${epIp}:8080 (ClusterIP DNAT of service packetlab/echo-clusterip to endpoint ${ep}); flow ${request.flowId}; payload not captured; original length 60`,
    );
    expect(rows[5]!['frame.comment']).toContain('; verdict delivered;');
    expect(rows[10]!['frame.comment']).toContain(`trace ${reply.id} reply hop 4: `);
    expect(rows[10]!['frame.comment']).toContain(`un-DNAT ${epIp}:8080 → 10.0.1.51:${port} ⇒ 172.20.122.189:80 → 10.0.1.51:${port}`);
  });

  it("the file's comments say the payload is not captured and which traces it holds", async () => {
    const f = write('comment.pcapng', tracesToPcapng([request]));
    const r = await execa('capinfos', [f]);
    expect(r.stdout).toMatch(/Capture comment: +packetlife trace export: .*Payload is not captured: each packet is its IPv4 and TCP\/UDP\/ICMP headers rebuilt from the traced fields/);
    expect(r.stdout).toMatch(new RegExp(`Capture comment: +traces: ${request.id}\\n`));
    expect(r.stdout).toMatch(/Number of interfaces in file: 6/);
    expect(r.stdout).toMatch(/Time precision = nanoseconds \(9\)/);
    expect(r.stdout).toMatch(/Capture application: packetlife /);
  });

  it('UDP (the DNS walk) and ICMP headers with valid checksums', async () => {
    const dns = replayWalk('dns').traces.find((t) => t.first.dport === 53)!;
    const h = dns.hops[0]!;
    const ping: Trace = { ...dns, id: 'ping', nats: [], routes: [], hops: [{ ...h, packet: { ...h.packet, protocol: 1, sport: 0, dport: 0, icmpType: 8, icmpCode: 0, icmpId: 4242, icmpSeq: 7 } }] };
    const rows = await tsharkRows(write('udp-icmp.pcapng', tracesToPcapng([dns, ping])));
    const udp = rows.filter((r) => r['ip.proto'] === '17');
    expect(udp).toHaveLength(dns.hops.length);
    for (const r of udp) expect(r['udp.checksum.status']).toBe(GOOD);
    expect(udp[0]).toMatchObject({ 'ip.src': dns.first.src, 'ip.dst': '172.20.0.10', 'udp.dstport': '53' });
    expect(udp[udp.length - 1]).toMatchObject({ 'ip.dst': dns.last.dst, 'udp.dstport': '53' });
    const icmp = rows.filter((r) => r['ip.proto'] === '1');
    expect(icmp.map((r) => [r['icmp.type'], r['icmp.checksum.status'], r['ip.checksum.status']])).toEqual([['8', GOOD, GOOD]]);
  });

  it('GET /api/traces/:id/pcapng, /api/flows/:id/pcapng and /api/pcapng?query', async () => {
    const { store } = replayWalk('clusterip');
    const api = new CollectorApi({ store, topology: new TopologyModel(), auth: 'none' }); // auth: test/collector/security.test.ts
    const { url } = await api.listen();
    try {
      const get = async (path: string): Promise<{ status: number; type: string; disposition: string; body: Buffer }> => {
        const res = await fetch(`${url}${path}`);
        return { status: res.status, type: res.headers.get('content-type') ?? '', disposition: res.headers.get('content-disposition') ?? '', body: Buffer.from(await res.arrayBuffer()) };
      };
      const one = await get(`/api/traces/${request.id}/pcapng`);
      expect([one.status, one.type, one.disposition]).toEqual([200, 'application/x-pcapng', `attachment; filename="packetlife-trace-${request.id}.pcapng"`]);
      expect((await tsharkRows(write('api-trace.pcapng', one.body))).map((r) => r['ip.dst'])).toEqual(request.hops.map((h) => h.packet.dst));
      const flow = await get(`/api/flows/${request.flowId}/pcapng`);
      const flowRows = await tsharkRows(write('api-flow.pcapng', flow.body));
      const flowTraces = store.getFlow(request.flowId)!.traceIds.map((id) => store.getTrace(id)!);
      expect(flowRows).toHaveLength(flowTraces.reduce((n, t) => n + t.hops.length, 0));
      const times = flowRows.map((r) => r['frame.time_epoch']!);
      expect(times).toEqual([...times].sort());
      const q = await get('/api/pcapng?verdict=delivered&ip=10.0.1.51&limit=1');
      expect((await tsharkRows(write('api-query.pcapng', q.body))).length).toBe(store.queryTraces({ verdict: 'delivered', ip: '10.0.1.51', limit: 1 })[0]!.hops.length);
      expect((await get('/api/traces/nope/pcapng')).status).toBe(404);
      const bad = await get('/api/pcapng?verdict=maybe');
      expect([bad.status, JSON.parse(bad.body.toString()).error]).toEqual([400, 'verdict must be one of delivered, dropped, incomplete, got "maybe"']);
    } finally {
      await api.close();
    }
  });
});
