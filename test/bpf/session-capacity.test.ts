/**
 * Filters that fit any cluster (issue 11, item 5): twenty concurrent sessions of ordinary size
 * still leave room for one more, and a session's size in the kernel does not grow with the
 * cluster. Past a few terms the sessions' filters live in BPF maps filled in BEGIN
 * (bpf/session-sets.ts); what would not load is refused with the limit named, by the agent and
 * before sending by the collector. The kernel part runs the agent's production path
 * (PacketSource, real bpftrace) in a two-netns fixture.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { generateProgram, layoutSessions, MAX_PROGRAM_SESSIONS, type ProgramSession } from '../../bpf/program.js';
import { ipv4ToRaw } from '../../bpf/byteorder.js';
import { MAX_SET_ENTRIES, PREFIX_LENGTHS, type SetPlan } from '../../bpf/session-sets.js';
import { IPS, type PacketEvent, type PacketFields } from '../../common/event.js';
import { parseIpv4, prefixMask } from '../../common/ipv4.js';
import { matchesFilter } from '../../filter/match.js';
import { parseFilter } from '../../filter/parse.js';
import { modelledCluster, ordinaryProgramSessions, ORDINARY_SESSIONS } from '../../fixtures/sessions.js';
import { PacketSource } from '../../agent/source.js';
import { SessionManager } from '../../collector/sessions.js';
import { describeWithBpftrace } from '../support/gate.js';
import { createNetnsFixture, type NetnsFixture } from '../agent/netns-fixture.js';

/** The kernel's match (session-sets.ts `match`) replayed on the plan's map contents. */
function kernelMask(plan: SetPlan, p: PacketFields): bigint {
  const sa = parseIpv4(p.src)!;
  const da = parseIpv4(p.dst)!;
  let m = plan.all;
  plan.roles.forEach((role, r) => {
    if (m === 0n) return;
    let h = role.always;
    for (const { side, len } of role.lens) {
      const addr = ((side === 0 ? sa : da) & prefixMask(len)) >>> 0;
      h |= plan.addrs.get(`${r}, ${side}, ${len}, ${ipv4ToRaw(addr)}`) ?? 0n;
    }
    if (p.protocol === 6 || p.protocol === 17) h |= (plan.ports.get(`${r}, 0, ${p.sport}`) ?? 0n) | (plan.ports.get(`${r}, 1, ${p.dport}`) ?? 0n);
    h |= plan.protos.get(`${r}, ${p.protocol}`) ?? 0n;
    m &= h;
  });
  return m;
}

function packet(src: string, dst: string, protocol: number, sport: number, dport: number): PacketFields {
  return { ipVersion: 4, src, dst, protocol, sport, dport, ipId: 0, ttl: 64, length: 60, tcpFlags: 0, tcpSeq: 0, tcpAck: 0, icmpType: 0, icmpCode: 0, icmpId: 0, icmpSeq: 0 };
}

const big = modelledCluster(997); // 1,000 nodes × 3 ENIs
const small = modelledCluster(7); // 10 nodes

describe('many sessions in one kernel program', () => {
  it(`${ORDINARY_SESSIONS.length} ordinary sessions fit; the per-packet code does not grow with the cluster`, () => {
    for (const topo of [small, big]) {
      const sessions = ordinaryProgramSessions(topo, ORDINARY_SESSIONS.length);
      const layout = layoutSessions(sessions);
      expect(layout.plan, 'the sessions are matched through the maps').toBeDefined();
      // Only the filter with `not` stays inline.
      expect(sessions.filter((s) => !layout.bits.has(s)).map((s) => s.name)).toEqual(['a host, not ssh']);
      expect(layout.plan!.entries).toBeLessThan(MAX_SET_ENTRIES / 4);
    }
    // Past BEGIN's map fill, the per-packet code is bounded by the roles and prefix lengths, not
    // by the nodes: never more than 2 lookups per prefix length, 2 for ports, 1 for the protocol, per role.
    const receive = (text: string): string => text.slice(text.indexOf('tracepoint:net:netif_receive_skb'), text.indexOf('tracepoint:net:net_dev_queue'));
    const lookups = [small, big].map((topo) => (receive(generateProgram({ sessions: ordinaryProgramSessions(topo, 21), netnsInodes: [], tier: 'tracepoint' })).match(/@pl_/g) ?? []).length);
    for (const n of lookups) expect(n).toBeLessThanOrEqual(4 * (2 * PREFIX_LENGTHS.length + 3));
    expect(lookups[1]).toBeLessThanOrEqual(lookups[0]! + 2);
  });

  it('the maps match exactly what the filters match (every session, addresses, nets, ports, ICMP)', () => {
    const sessions = ordinaryProgramSessions(small, ORDINARY_SESSIONS.length);
    const layout = layoutSessions(sessions);
    const plan = layout.plan!;
    const topo = small.data();
    const addrs = [...new Set([...topo.nodes.flatMap((n) => [n.ip, ...n.enis.map((e) => e.ip)]), ...topo.pods.map((p) => p.ip), ...topo.services.flatMap((s) => [s.clusterIP, ...s.loadBalancerIPs]), '198.51.100.10', '203.0.113.20', '10.0.100.30', '10.0.100.20', '10.0.2.200', '10.0.3.9', '10.0.0.1', '172.20.9.9', '8.8.8.8'])].filter((ip): ip is string => !!ip);
    const ports = [0, 22, 53, 80, 443, 8080, 31080, 32385, 40000];
    let compared = 0;
    let matched = 0;
    let rnd = 12345;
    const pick = <T>(xs: T[]): T => xs[(rnd = (rnd * 1103515245 + 12345) % 2 ** 31) % xs.length]!;
    for (let i = 0; i < 12_000; i++) {
      const protocol = pick([1, 6, 6, 17]);
      const p = packet(pick(addrs), pick(addrs), protocol, protocol === 1 ? 0 : pick(ports), protocol === 1 ? 0 : pick(ports));
      const mask = kernelMask(plan, p);
      for (const s of sessions) {
        const bit = layout.bits.get(s);
        if (bit === undefined) continue;
        const want = matchesFilter(s.filter, p);
        expect((mask & bit) !== 0n, `${s.name}: ${p.protocol} ${p.src}:${p.sport} → ${p.dst}:${p.dport}`).toBe(want);
        compared++;
        if (want) matched++;
      }
    }
    expect(compared).toBeGreaterThan(200_000);
    expect(matched).toBeGreaterThan(1000); // the comparison is not all-false
  });

  it('refuses, naming the limit, what one program cannot hold', () => {
    const many = Array.from({ length: MAX_PROGRAM_SESSIONS + 1 }, (_, i): ProgramSession => ({ id: `s${i}`, filter: parseFilter(`port ${i + 1}`) }));
    expect(() => layoutSessions(many)).toThrow(`bpf: 63 sessions at once; at most 62 fit in one kernel program`);
    expect(layoutSessions(many.slice(0, MAX_PROGRAM_SESSIONS)).plan?.sessions).toHaveLength(62);
    const negated = parseFilter(`not (${Array.from({ length: 40 }, (_, i) => `port ${i + 1}`).join(' or ')})`);
    expect(() => layoutSessions([{ id: 'a', filter: negated }, { id: 'b', filter: negated }])).toThrow(
      `bpf: the sessions' filters that cannot go into maps (with "not", or more than 4 clauses) have 80 terms together; at most 64 fit in one kernel program`,
    );
    // A /17 is stored as 128 /24s on each side.
    const wide = Array.from({ length: 40 }, (_, i): ProgramSession => ({ id: `w${i}`, filter: parseFilter(`net 10.${i}.0.0/17`) }));
    expect(() => layoutSessions(wide)).toThrow(`bpf: the sessions' address, port and protocol sets have 10240 map entries together; at most ${MAX_SET_ENTRIES} fit in one kernel program`);
  });

  it('the collector refuses a session the agents could not hold, before sending it', () => {
    const pushed: string[] = [];
    // No session count limit of the collector's own: the agents' rule answers.
    const m = new SessionManager(small, (s) => (pushed.push(s.sessionId!), ['agent-a']), () => undefined, { perUser: 100, active: 1000 });
    for (const s of ORDINARY_SESSIONS) if (s.request) m.start(s.request, 'u');
    expect(pushed).toHaveLength(ORDINARY_SESSIONS.filter((s) => s.request).length);
    // Fill the program to its session count, then one more is refused with the agents' reason.
    for (let i = pushed.length; i < MAX_PROGRAM_SESSIONS; i++) m.start({ from: 'pod/packetlab/toolbox-a', to: 'pod/packetlab/toolbox-b', port: 1000 + i }, 'u');
    expect(() => m.start({ from: 'pod/packetlab/toolbox-a', to: 'pod/packetlab/toolbox-b', port: 999 }, 'u')).toThrow("the agents' kernel program cannot hold this session with the 62 active ones (bpf: 63 sessions at once; at most 62 fit in one kernel program); try again when one ends");
    expect(pushed).toHaveLength(MAX_PROGRAM_SESSIONS);
    m.close();
  });
});

describeWithBpftrace('twenty ordinary sessions and one more, on this kernel', () => {
  let fx: NetnsFixture;
  let source: PacketSource | undefined;
  const events: PacketEvent[] = [];
  const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

  beforeAll(async () => {
    fx = await createNetnsFixture(`c${process.pid % 10000}`);
  });
  afterAll(async () => {
    await source?.stop();
    await fx?.remove();
  });

  it('loads 20 sessions of a 1,000-node cluster, attaches a 21st, and traces exactly its packets', async () => {
    source = new PacketSource({ node: 'fixture', scope: { kind: 'netns', node: 'fixture', names: [fx.a, fx.b] }, tier: 'tracepoint', snapshotIntervalMs: 0 });
    source.on('events', (batch: PacketEvent[]) => events.push(...batch));
    await source.start();
    const twenty = ordinaryProgramSessions(big, 20);
    await source.setSessions(twenty.map((s) => ({ id: s.id, filter: s.filter })));
    expect(twenty.every((s) => source!.isActive(s.id))).toBe(true);
    // The one more, shaped as the collector compiles a pod → service session: the client, and
    // (the service's VIP or endpoint, with its port or target port, over TCP) or ICMP.
    const oneMore = { id: 'one-more', filter: parseFilter('host 10.99.0.1 and ((host 10.99.0.100 or host 10.99.0.2) and (port 80 or port 8080) and tcp or icmp)') };
    expect(layoutSessions([...twenty, oneMore]).bits.has(oneMore)).toBe(true);
    await source.addSession(oneMore);
    expect(source.isActive('one-more')).toBe(true);
    expect(twenty.every((s) => source!.isActive(s.id))).toBe(true);

    events.length = 0;
    expect(await fx.curl('http://10.99.0.100/')).toBe('hello');
    await fx.udp(9999); // UDP: not the session's (dropped in b)
    await fx.udp(9998); // UDP: not the session's; b's ICMP port unreachable is
    await sleep(600);
    source.flush();
    const syn = events.find((e) => e.kind === 'transmit' && e.netns === fx.inodeA && e.packet?.tcpFlags === 2);
    expect(syn, 'the SYN leaving a').toBeDefined();
    expect(syn!.packet).toMatchObject({ src: '10.99.0.1', dst: '10.99.0.2', dport: 8080, protocol: 6 });
    expect(syn!.ct!.original).toMatchObject({ dst: '10.99.0.100', dport: 80 });
    expect(syn!.ct!.status & IPS.DST_NAT).toBe(IPS.DST_NAT);
    expect(events.some((e) => e.kind === 'receive' && e.skb === syn!.skb && e.netns === fx.inodeB), 'the SYN received in b').toBe(true);
    expect(events.some((e) => e.kind === 'transmit' && e.netns === fx.inodeB && e.packet?.tcpFlags === 0x12), 'the SYN-ACK').toBe(true);
    // The output route lookups prove the match on their own tuple (ports in host order in the map).
    expect(events.some((e) => e.kind === 'route' && e.netns === fx.inodeA && e.route!.dst === '10.99.0.100' && e.route!.dport === 80)).toBe(true);
    const icmp = events.find((e) => e.kind === 'transmit' && e.netns === fx.inodeB && e.packet?.protocol === 1);
    expect(icmp?.packet).toMatchObject({ src: '10.99.0.2', dst: '10.99.0.1', icmpType: 3, icmpCode: 3 });
    // Nothing else: no UDP, only the session's ports.
    const packets = events.filter((e) => e.packet);
    expect(packets.filter((e) => e.packet!.protocol === 17)).toEqual([]);
    for (const e of packets) if (e.packet!.protocol === 6) expect([80, 8080]).toContain(e.packet!.sport === syn!.packet!.sport ? e.packet!.dport : e.packet!.sport);
    expect(source.loss()).toEqual({ bpfLost: 0, parseErrors: 0, bpftraceRestarts: 0 });
  }, 120_000);

  it('sessions sampling at different rates among map-matched ones compile (one mask test per rate)', async () => {
    const sessions = ordinaryProgramSessions(big, 21).map((s, i) => ({ ...s, sampleOneIn: i % 3 === 0 ? 4 : i % 3 === 1 ? 16 : 1 }));
    const text = generateProgram({ sessions, netnsInodes: [], tier: 'kprobe-nat' });
    expect(text).toContain('@pl_a[');
    const dir = mkdtempSync(join(tmpdir(), 'packetlife-cap-'));
    try {
      writeFileSync(join(dir, 'p.bt'), text);
      const r = await execa('bpftrace', ['--emit-elf', join(dir, 'p.elf'), join(dir, 'p.bt')], { reject: false, timeout: 60_000 });
      expect(r.stderr.split('\n').filter((l) => l.includes('ERROR') && !l.includes('RLIMIT_MEMLOCK'))).toEqual([]);
      expect(r.exitCode).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);

  it('a session narrowed to one netns sees only that netns, through the maps', async () => {
    const twenty = ordinaryProgramSessions(big, 20);
    await source!.setSessions([...twenty.map((s) => ({ id: s.id, filter: s.filter })), { id: 'only-b', filter: parseFilter('host 10.99.0.2 and tcp and port 8080'), netnsInodes: [fx.inodeB] }]);
    expect(source!.isActive('only-b')).toBe(true);
    events.length = 0;
    expect(await fx.curl('http://10.99.0.2:8080/')).toBe('hello');
    await sleep(600);
    source!.flush();
    const packets = events.filter((e) => e.kind !== 'route');
    expect(packets.some((e) => e.kind === 'receive' && e.netns === fx.inodeB && e.packet?.tcpFlags === 2)).toBe(true);
    expect(packets.filter((e) => e.netns !== fx.inodeB)).toEqual([]);
  }, 120_000);
});
