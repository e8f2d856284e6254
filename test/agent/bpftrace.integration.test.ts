/**
 * The agent's kernel side against real bpftrace on this kernel, in a two-netns fixture with a
 * DNAT (see netns-fixture.ts). Skipped where bpftrace cannot run (not root, no bpftrace).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithBpftrace } from '../support/gate.js';
import { createNetnsFixture, type NetnsFixture } from './netns-fixture.js';
import { PacketSource } from '../../agent/source.js';
import { parseFilter } from '../../filter/parse.js';
import { IPS, type PacketEvent } from '../../common/event.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describeWithBpftrace('agent with real bpftrace (netns fixture)', () => {
  let fx: NetnsFixture;
  let source: PacketSource | undefined;
  const events: PacketEvent[] = [];

  beforeAll(async () => {
    fx = await createNetnsFixture(String(process.pid % 100000));
  });
  afterAll(async () => {
    await source?.stop();
    await fx?.remove();
  });

  async function traceCurl(src: PacketSource, url = 'http://10.99.0.100/'): Promise<PacketEvent[]> {
    events.length = 0;
    expect(await fx.curl(url)).toBe('hello');
    await sleep(500);
    src.flush();
    return [...events];
  }

  it('shows the DNAT: transmit with rewritten dst and conntrack tuples, the same skb received in b, the route lookups', async () => {
    source = new PacketSource({ node: 'fixture', scope: { kind: 'netns', node: 'fixture', names: [fx.a, fx.b] }, tier: 'tracepoint', snapshotIntervalMs: 0 });
    source.on('events', (batch: PacketEvent[]) => events.push(...batch));
    await source.start();
    expect(source.scopeInodes).toEqual([fx.inodeA, fx.inodeB]);
    await source.setSessions([{ id: 's1', filter: parseFilter('tcp and (port 80 or port 8080)') }]);
    const got = await traceCurl(source);

    const syn = got.find((e) => e.kind === 'transmit' && e.netns === fx.inodeA && e.packet?.tcpFlags === 2);
    expect(syn, 'SYN transmit in a').toBeDefined();
    expect(syn!.ifname).toBe('va');
    expect(syn!.node).toBe('fixture');
    expect(syn!.wallUnixNs).toBeGreaterThan(BigInt(Date.now() - 60_000) * 1_000_000n);
    expect(syn!.packet).toMatchObject({ src: '10.99.0.1', dst: '10.99.0.2', dport: 8080, protocol: 6, ttl: 64, length: 60 });
    const port = syn!.packet!.sport;
    expect(syn!.ct).toMatchObject({
      ctinfo: 2, // IP_CT_NEW
      original: { src: '10.99.0.1', dst: '10.99.0.100', sport: port, dport: 80, protocol: 6 },
      reply: { src: '10.99.0.2', dst: '10.99.0.1', sport: 8080, dport: port, protocol: 6 },
    });
    expect(syn!.ct!.status & IPS.DST_NAT).toBe(IPS.DST_NAT);
    expect(syn!.ct!.status & IPS.SRC_NAT).toBe(0);

    const rx = got.find((e) => e.kind === 'receive' && e.skb === syn!.skb);
    expect(rx, 'the same skb received in b').toBeDefined();
    expect(rx!).toMatchObject({ netns: fx.inodeB, ifname: 'vb', packet: { dst: '10.99.0.2', dport: 8080, sport: port, ipId: syn!.packet!.ipId, tcpSeq: syn!.packet!.tcpSeq } });
    expect(rx!.monoNs).toBeGreaterThan(syn!.monoNs);

    const synAck = got.find((e) => e.kind === 'transmit' && e.netns === fx.inodeB && e.packet?.tcpFlags === 0x12);
    expect(synAck!.packet).toMatchObject({ src: '10.99.0.2', sport: 8080, dst: '10.99.0.1', dport: port, tcpAck: (syn!.packet!.tcpSeq + 1) >>> 0 });

    // The output lookup for the SYN, before the DNAT, in a's main table, and the re-lookup after it.
    const routes = got.filter((e) => e.kind === 'route');
    expect(routes.some((e) => e.netns === fx.inodeA && e.route!.table === 254 && e.route!.dst === '10.99.0.100' && e.route!.dport === 80 && e.route!.resultDev === 'va')).toBe(true);
    expect(routes.some((e) => e.netns === fx.inodeA && e.route!.table === 254 && e.route!.dst === '10.99.0.2' && e.route!.error === 0)).toBe(true);
    // The server's SYN-ACK lookup happens in softirq (on the client's task); the CPU tie must
    // still put it in b, not in a.
    expect(routes.some((e) => e.netns === fx.inodeB && e.route!.src === '10.99.0.2' && e.route!.dst === '10.99.0.1' && e.route!.sport === 8080)).toBe(true);
    expect(routes.some((e) => e.netns === fx.inodeA && e.route!.src === '10.99.0.2' && e.route!.sport === 8080)).toBe(false);

    // Nothing outside the filter.
    for (const e of got) if (e.packet) expect([80, 8080]).toContain(e.packet.sport === port ? e.packet.dport : e.packet.sport);
    expect(source.loss()).toEqual({ bpfLost: 0, parseErrors: 0, bpftraceRestarts: 0 });
  });

  it('a filter that excludes the flow yields no events (after a gapless swap)', async () => {
    await source!.setSessions([{ id: 's2', filter: parseFilter('port 9999 or host 10.99.0.77') }]);
    const got = await traceCurl(source!);
    expect(got).toEqual([]);
    expect(source!.supervisorStats.swaps).toBe(1);
  });

  it('reports a netfilter drop with its reason, in the netns where it happened', async () => {
    await source!.setSessions([{ id: 'drops', filter: parseFilter('udp and port 9999') }]);
    events.length = 0;
    await fx.udp(9999);
    await sleep(500);
    source!.flush();
    const drops = events.filter((e) => e.kind === 'drop');
    expect(drops).toHaveLength(1);
    expect(drops[0]).toMatchObject({
      netns: fx.inodeB,
      ifname: 'vb',
      packet: { src: '10.99.0.1', dst: '10.99.0.2', dport: 9999, protocol: 17, length: 29 },
      drop: { reason: 'NETFILTER_DROP', reasonCode: 12 },
    });
    expect(BigInt(drops[0]!.drop!.location)).toBeGreaterThan(0n);
    // The same skb was received in b before it was dropped.
    expect(events.some((e) => e.kind === 'receive' && e.skb === drops[0]!.skb && e.netns === fx.inodeB)).toBe(true);
  });

  it('decodes ICMP: the port unreachable b sends back for a closed UDP port', async () => {
    await source!.setSessions([{ id: 'icmp', filter: parseFilter('icmp') }]);
    events.length = 0;
    await fx.udp(9998);
    await sleep(500);
    source!.flush();
    const tx = events.find((e) => e.kind === 'transmit' && e.netns === fx.inodeB);
    expect(tx, 'ICMP leaving b').toBeDefined();
    expect(tx!.packet).toMatchObject({ protocol: 1, src: '10.99.0.2', dst: '10.99.0.1', icmpType: 3, icmpCode: 3, sport: 0, dport: 0 });
    expect(tx!.packet!.length).toBe(20 + 8 + 20 + 8 + 1); // IP + ICMP + the quoted IP header, UDP header and 1 byte
    expect(events.some((e) => e.kind === 'receive' && e.skb === tx!.skb && e.netns === fx.inodeA && e.ifname === 'va')).toBe(true);
    expect(events.every((e) => e.packet === undefined || e.packet.protocol === 1)).toBe(true);
  });

  it('events of namespaces outside the scope do not appear', async () => {
    await source!.stop();
    source = new PacketSource({ node: 'fixture', scope: { kind: 'netns', node: 'fixture', names: [fx.a] }, tier: 'tracepoint', snapshotIntervalMs: 0 });
    source.on('events', (batch: PacketEvent[]) => events.push(...batch));
    await source.start();
    await source.setSessions([{ id: 's3', filter: parseFilter('tcp') }]);
    const got = await traceCurl(source);
    expect(got.length).toBeGreaterThan(5);
    expect(got.filter((e) => e.netns !== fx.inodeA)).toEqual([]);
    expect(got.some((e) => e.kind === 'receive' && e.ifname === 'va' && e.packet?.src === '10.99.0.2')).toBe(true);
  });

  it('ends a session after its packet count', async () => {
    const ended = new Promise<{ id: string; reason: string }>((resolve) => source!.once('session-ended', resolve));
    await source!.setSessions([{ id: 's4', filter: parseFilter('tcp'), maxPackets: 2 }]);
    await fx.curl('http://10.99.0.100/');
    await expect(ended).resolves.toEqual({ id: 's4', reason: 'packets' });
  });
});
