/**
 * Generates the bpftrace program for a set of trace sessions. The program text comes from the
 * fixed templates below; the only variable parts are compiled filters (numbers only, see
 * compile-filter.ts) and netns inode numbers, validated as integers. No user text is spliced in.
 *
 * Tracepoint tier (works everywhere; no kprobes needed):
 *  - net:netif_receive_skb (R): the IP header is at skb->data there (eth_type_trans pulled the
 *    MAC header; network_header is only reset after the tracepoint fires).
 *  - net:net_dev_queue (T): chosen over net_dev_start_xmit because it fires exactly once per
 *    dev_queue_xmit() call, before the qdisc (a qdisc drop still shows the transmit attempt)
 *    and before GSO segmentation (one event per skb, not per segment), on the CPU that routed
 *    the packet; POSTROUTING has run, so conntrack and NAT are final there.
 *  - fib:fib_table_lookup (F): carries no skb and no netns. Its netns is taken from the last
 *    matching receive on the same CPU (the CPU tie): for an input-path lookup (iif is a device)
 *    when iif is the device that received and that was less than INPUT_TIE_WINDOW_NS ago; for
 *    an output-path one (iif loopback or 0: local output, replies sent from softirq, addrtype
 *    queries) when that was less than tieWindowNs ago. Untied output-path lookups take the
 *    current task's netns (local output in process context); untied input-path lookups are
 *    skipped (softirq runs on any task). The line says which (`tied`). A lookup is kept when
 *    it is tied to a matching receive (the lookup after a DNAT carries rewritten addresses the
 *    filter may not name) or when its own addresses/ports prove a session filter matches.
 *  - skb:kfree_skb (D): IPv4 drops, headers at head + network_header.
 * Kprobe tier (only where the capability probe found kprobes): nf_nat_ipv4_manip_pkt (N), the
 * exact NAT rewrite with the target tuple.
 *
 * Every probe checks the cheap things first (IPv4, then the filter on a few header words,
 * then the netns scope) so that packets nobody asked about cost a handful of loads.
 */
import { compileFilter } from './compile-filter.js';
import { MAX_SET_ENTRIES, MAX_SET_SESSIONS, SetPlan, setClauses, type SetClause } from './session-sets.js';
import { sampledCondition, sampleHashStatements } from './sample-hash.js';
import { assertLittleEndianHost } from './byteorder.js';
import { countTerms, type FilterExpr } from '../filter/ast.js';
import { UserError } from '../common/errors.js';

export interface ProgramSession {
  id: string;
  filter?: FilterExpr;
  /** Restricts this session to these netns inodes (within the agent's scope). */
  netnsInodes?: Array<number | bigint | string>;
  /** Traces 1 packet in this many (a power of two; absent or 1: every packet). See sample-hash.ts. */
  sampleOneIn?: number;
}

export type ProgramTier = 'tracepoint' | 'kprobe-nat';

export interface ProgramOptions {
  sessions: ProgramSession[];
  /** The agent's scope: netns inodes it may report. Empty: every netns of the node. */
  netnsInodes: Array<number | bigint | string>;
  tier: ProgramTier;
  /** Route lookups this close after a matching receive on the same CPU are tied to it. */
  tieWindowNs?: number;
}

export const DEFAULT_TIE_WINDOW_NS = 100_000;
/**
 * Input-path lookups must also name the receiving device (iif), which makes a stale tie much
 * less likely, so they may come later: a loaded CPU can preempt the softirq between receive
 * and routing for longer than the output-path window.
 */
export const INPUT_TIE_WINDOW_NS = 2_000_000;

/**
 * Inline filters (compile-filter.ts) are a chain of comparisons that every packet nobody asked
 * about runs to its end, and the verifier's work grows faster than the terms: measured on kernel
 * 6.18 with bpftrace 0.17 (bench/session-limits.ts), the receive probe's verifier count is 12.9k
 * instructions at 102 terms (12 ordinary sessions), 82.8k at 135, 98.3k at 162 and 138k at 182;
 * the program still loads, but per-packet work and load time grow with every session. So inline
 * filters are kept small: up to MAX_INLINE_TERMS all sessions stay inline (a comparison is
 * cheaper than a map lookup), past it the sessions in conjunctive form move into BPF maps
 * (session-sets.ts: a fixed number of lookups per packet whatever the sessions), and what must
 * stay inline (filters with `not`) shares MAX_PROGRAM_TERMS.
 */
export const MAX_INLINE_TERMS = 32;
export const MAX_PROGRAM_TERMS = 64;
/** One bit of the sessions' mask each (session-sets.ts). */
export const MAX_PROGRAM_SESSIONS = MAX_SET_SESSIONS;

/**
 * When the agent runs bpftrace with stdout fully buffered (PACKETLIFE_BPFTRACE_BUFFER=full,
 * agent/supervisor.ts), an empty print() this often flushes it, bounding how long a line waits
 * (the agent skips empty lines). bpftrace 0.17 flushes after print(); printf() alone waits for
 * 8 KiB. Line-buffered (the default) it only adds an empty line.
 */
export const FLUSH_MS = 20;

/**
 * With sampling, a process's own output route lookup has no packet to hash: it is held per CPU
 * (fib probe) and printed by the next transmit on that CPU in that netns — the packet it routed,
 * sent in the same system call — only when that packet is sampled, with the lookup's own time.
 */
const HELD_LOOKUP_FIELDS = ['t', 'ns', 'tb', 'err', 'iif', 'oif', 'proto', 'tos', 'sa', 'da', 'gw', 'sp', 'dp', 'name'] as const;
const HELD_LOOKUP_RELEASE = `        if (@pf_t[cpu] != 0 && @pf_ns[cpu] == $ns && nsecs - @pf_t[cpu] < ${INPUT_TIE_WINDOW_NS}) {
          printf("F %llu %u %llu %u %d %d %d %u %u %u %u %u %u %u %u %s\\n", @pf_t[cpu], cpu, @pf_ns[cpu], @pf_tb[cpu], @pf_err[cpu], @pf_iif[cpu], @pf_oif[cpu], @pf_proto[cpu], @pf_tos[cpu], @pf_sa[cpu], @pf_da[cpu], @pf_gw[cpu], @pf_sp[cpu], @pf_dp[cpu], 0, @pf_name[cpu]);
        }`;

/** Watermark marks per CPU per second (see the profile probe below). */
export const MARK_HZ = 50;

function inode(value: number | bigint | string): string {
  const text = String(value);
  if (!/^\d{1,10}$/.test(text) || Number(text) > 0xffffffff) {
    throw new Error(`bpf: netns inode must be an unsigned 32-bit integer, got ${JSON.stringify(text)}`);
  }
  return String(Number(text));
}

function netnsPredicate(variable: string, inodes: Array<number | bigint | string>): string {
  if (inodes.length === 0) return '1';
  return `(${[...new Set(inodes.map(inode))].map((n) => `${variable} == ${n}`).join(' || ')})`;
}

/** Which sessions match through the maps (their bit) and which inline; see layoutSessions. */
export interface SessionLayout {
  plan?: SetPlan;
  bits: Map<ProgramSession, bigint>;
  /** Inline filter terms. */
  inlineTerms: number;
}

/** The mask variable session-sets.ts leaves per context. */
const MASK_VAR = { skb: '$plm', fib: '$plf' } as const;

function sessionsPredicate(layout: SessionLayout, sessions: ProgramSession[], context: 'skb' | 'fib', withNetns: boolean, nsVar = '$ns', withSample = false): string {
  const parts: string[] = [];
  // Map-matched sessions: one mask test per sampling rate.
  const byRate = new Map<number, bigint>();
  for (const s of sessions) {
    const bit = layout.bits.get(s);
    if (bit === undefined) continue;
    const rate = withSample ? (s.sampleOneIn ?? 1) : 1;
    byRate.set(rate, (byRate.get(rate) ?? 0n) | bit);
  }
  for (const [rate, bits] of byRate) {
    const terms = [layout.plan!.matched(MASK_VAR[context], bits, withNetns ? nsVar : undefined)];
    if (withSample) terms.push(sampledCondition(rate));
    parts.push(`(${terms.filter((t, i) => i === 0 || t !== '1').join(' && ')})`);
  }
  for (const s of sessions) {
    if (layout.bits.has(s)) continue;
    const terms = [compileFilter(s.filter, context)];
    if (withNetns && s.netnsInodes && s.netnsInodes.length > 0) terms.push(netnsPredicate(nsVar, s.netnsInodes));
    if (withSample) terms.push(sampledCondition(s.sampleOneIn ?? 1));
    parts.push(`(${terms.filter((t, i) => i === 0 || t !== '1').join(' && ')})`);
  }
  if (parts.length === 0) return '0';
  return parts.length === 1 ? parts[0]! : `(${parts.join(' || ')})`;
}

/**
 * Decides where each session's filter goes and refuses, naming the limit, what would not load.
 * The collector calls it too (collector/sessions.ts) to refuse a session before sending it.
 */
export function layoutSessions(sessions: ProgramSession[]): SessionLayout {
  if (sessions.length > MAX_PROGRAM_SESSIONS) {
    throw new UserError(`bpf: ${sessions.length} sessions at once; at most ${MAX_PROGRAM_SESSIONS} fit in one kernel program`);
  }
  const total = sessions.reduce((n, s) => n + countTerms(s.filter), 0);
  const bits = new Map<ProgramSession, bigint>();
  if (total <= MAX_INLINE_TERMS) return { bits, inlineTerms: total };
  const inSets: Array<{ bit: number; clauses: SetClause[]; netnsInodes: number[] }> = [];
  let inlineTerms = 0;
  for (const s of sessions) {
    const clauses = setClauses(s.filter);
    if (!clauses) {
      inlineTerms += countTerms(s.filter);
      continue;
    }
    bits.set(s, 1n << BigInt(inSets.length));
    inSets.push({ bit: inSets.length, clauses, netnsInodes: (s.netnsInodes ?? []).map((n) => Number(inode(n))) });
  }
  if (inlineTerms > MAX_PROGRAM_TERMS) {
    throw new UserError(`bpf: the sessions' filters that cannot go into maps (with "not", or more than 4 clauses) have ${inlineTerms} terms together; at most ${MAX_PROGRAM_TERMS} fit in one kernel program`);
  }
  let plan: SetPlan | undefined;
  if (inSets.length > 0) {
    try {
      plan = new SetPlan(inSets);
    } catch (e) {
      throw new UserError(`${(e as Error).message} in one kernel program`);
    }
    if (plan.entries > MAX_SET_ENTRIES) {
      throw new UserError(`bpf: the sessions' address, port and protocol sets have ${plan.entries} map entries together; at most ${MAX_SET_ENTRIES} fit in one kernel program`);
    }
  }
  return { ...(plan ? { plan } : {}), bits, inlineTerms };
}

/**
 * Sampling (sample-hash.ts), when some session asks for it: the hash is computed only for
 * packets a filter matched, then `any` says whether some session samples this packet. When every
 * session samples at the same rate the filters need not be evaluated again.
 */
function samplingPlan(layout: SessionLayout, sessions: ProgramSession[]): { any: string } | undefined {
  const rates = sessions.map((s) => s.sampleOneIn ?? 1);
  for (const r of rates) sampledCondition(r); // validates
  if (rates.every((r) => r === 1)) return undefined;
  if (rates.every((r) => r === rates[0])) return { any: sampledCondition(rates[0]!) };
  return { any: sessionsPredicate(layout, sessions, 'skb', false, '$ns', true) };
}

/**
 * Reads the header words a filter needs with three 8-byte loads (helper calls dominate the
 * per-packet cost, so fewer and wider reads): q0 = w0|w1, q1 = w2|saddr, q2 = daddr|first L4
 * word (valid when the IP header has no options; else one more load). Opens an `if` on the IP
 * version nibble that the caller closes with `}`: non-IPv4 frames (ARP has 0 there, IPv6 6)
 * stop here, which also saves reading skb->protocol.
 */
function headerReads(ipPtr: string, indent: string): string {
  return `${indent}$ip = ${ipPtr};
${indent}$q0 = *(uint64 *)$ip;
${indent}if (($q0 & 0xf0) == 0x40) {
${indent}  $q1 = *(uint64 *)($ip + 8);
${indent}  $q2 = *(uint64 *)($ip + 16);
${indent}  $w0 = $q0 & 0xffffffff;
${indent}  $w2 = $q1 & 0xffffffff;
${indent}  $sa = $q1 >> 32;
${indent}  $da = $q2 & 0xffffffff;
${indent}  $proto = ($w2 >> 8) & 0xff;
${indent}  $l4 = $ip + ($w0 & 0xf) * 4;
${indent}  $l0 = $q2 >> 32;
${indent}  if (($w0 & 0xf) != 5) {
${indent}    $l0 = *(uint32 *)$l4;
${indent}  }
${indent}  $sp = $l0 & 0xffff;
${indent}  $dp = $l0 >> 16;`;
}

const SKB_FORMAT = '%llu %u %u %d %llu %u %u %u %u %u %u %u %u %u %u';
const SKB_ARGS =
  'nsecs, cpu, $ns, $s->dev->ifindex, (uint64)$s, $s->mark, ' +
  '$w0, $q0 >> 32, $w2, $sa, $da, $l0, *(uint32 *)($l4 + 4), *(uint32 *)($l4 + 8), *(uint32 *)($l4 + 12)';
const CT_FORMAT = '%llu %llu %u %u %u %u %u %u %u %u %u %u';
const CT_ARGS =
  '$nfct, $c->status, $c->mark, ' +
  '$c->tuplehash[0].tuple.src.u3.ip, $c->tuplehash[0].tuple.dst.u3.ip, ' +
  '$c->tuplehash[0].tuple.src.u.all, $c->tuplehash[0].tuple.dst.u.all, ' +
  '$c->tuplehash[1].tuple.src.u3.ip, $c->tuplehash[1].tuple.dst.u3.ip, ' +
  '$c->tuplehash[1].tuple.src.u.all, $c->tuplehash[1].tuple.dst.u.all, ' +
  '$c->tuplehash[0].tuple.dst.protonum';

/**
 * With sampling, `body` (a probe's reaction to a packet its filters matched) runs only for
 * sampled packets: the hash is computed here, after the filters, so unmatched packets never pay
 * for it. `indent` is the body's indentation.
 */
function whenSampled(body: string, sampling: { any: string } | undefined, indent: string): string {
  if (!sampling) return body;
  return `${sampleHashStatements(indent)}\n${indent}if (${sampling.any}) {\n${body.replace(/^/gm, '  ')}\n${indent}}`;
}

/** `a && b`, leaving out a side that is the constant 1. */
function both(a: string, b: string): string {
  const parts = [a, b].filter((p) => p !== '1');
  return parts.length === 0 ? '1' : parts.join(' && ');
}

function skbProbe(opts: {
  probe: string;
  tag: 'R' | 'T';
  ipPtr: string;
  scope: string;
  sessions: string;
  sessionsNoNetns: string;
  tieReceive: boolean;
  /** Statements computing the sessions' mask (session-sets.ts), or ''. */
  match: string;
  sampling?: { any: string };
  /** Transmit probe with sampling: print the route lookup held for this packet (see generateProgram). */
  releaseHeldLookup?: boolean;
}): string {
  const tie = opts.tieReceive ? '\n      @cpu_ns[cpu] = $ns;\n      @cpu_if[cpu] = $s->dev->ifindex;\n      @cpu_t[cpu] = nsecs;' : '';
  const held = opts.releaseHeldLookup ? `${HELD_LOOKUP_RELEASE}\n` : '';
  const body = `      $ns = $s->dev->nd_net.net->ns.inum;${tie}
      if (${both(opts.scope, opts.sessions)}) {
${held}        $nfct = $s->_nfct;
        $c = (struct nf_conn *)($nfct & 0xfffffffffffffff8);
        printf("${opts.tag} ${SKB_FORMAT} ${CT_FORMAT} %s\\n", ${SKB_ARGS}, ${CT_ARGS}, $s->dev->name);
      }${opts.releaseHeldLookup ? '\n      @pf_t[cpu] = 0;' : ''}`;
  // Sampled out: no event, and no tie either (a route lookup on this CPU must not be taken for
  // a sampled packet's).
  let sampled = whenSampled(body, opts.sampling, '      ');
  if (opts.sampling && opts.tieReceive) sampled += ' else {\n        @cpu_t[cpu] = 0;\n      }';
  if (opts.sampling && opts.releaseHeldLookup) sampled += ' else {\n        @pf_t[cpu] = 0;\n      }';
  return `${opts.probe}
{
  $s = (struct sk_buff *)args->skbaddr;
${headerReads(opts.ipPtr, '  ')}${opts.match}
    if (${opts.sessionsNoNetns}) {
${sampled}
    }
  }
}
`;
}

export function generateProgram(options: ProgramOptions): string {
  assertLittleEndianHost();
  if (options.sessions.length === 0) throw new Error('bpf: a program needs at least one session');
  const layout = layoutSessions(options.sessions);
  const match = (ctx: 'skb' | 'fib', indent: string): string => (layout.plan ? `\n${layout.plan.match(ctx, MASK_VAR[ctx], indent)}` : '');
  const tieWindow = options.tieWindowNs ?? DEFAULT_TIE_WINDOW_NS;
  if (!Number.isInteger(tieWindow) || tieWindow < 0 || tieWindow > 1e9) throw new Error('bpf: bad tie window');
  const scope = netnsPredicate('$ns', options.netnsInodes);
  // When no session narrows the netns set, the inner re-check of the sessions would repeat the
  // outer one: emit '1' instead so the kernel does not evaluate the filter twice.
  const narrowed = options.sessions.some((s) => s.netnsInodes && s.netnsInodes.length > 0);
  const skbSessionsNoNetns = sessionsPredicate(layout, options.sessions, 'skb', false);
  const sampling = samplingPlan(layout, options.sessions);
  // Sessions sampling at different rates: each one's rate is checked with its own filter.
  const mixedRates = sampling !== undefined && sampling.any !== sampledCondition(options.sessions[0]!.sampleOneIn ?? 1);
  const skbSessions = narrowed ? sessionsPredicate(layout, options.sessions, 'skb', true, '$ns', mixedRates) : '1';
  const fibSessions = narrowed ? sessionsPredicate(layout, options.sessions, 'fib', true) : '1';
  // A route lookup carries no packet to hash. With sampling, only lookups tied to a sampled
  // receive (input path: that packet's own lookup) are kept, plus untied output-path ones for
  // sessions that trace every packet; an output-path tie is not made (it would be some other
  // packet's lookup — a reply sent from softirq — whose hash is unknown).
  const unsampled = options.sessions.filter((s) => (s.sampleOneIn ?? 1) === 1);
  const fibUntied = sampling === undefined ? sessionsPredicate(layout, options.sessions, 'fib', false) : unsampled.length > 0 ? sessionsPredicate(layout, unsampled, 'fib', false) : '0';
  const outputTie = sampling === undefined ? `(args->iif <= 1 && $age < ${tieWindow}) || ` : '';
  const sampledSessions = options.sessions.filter((s) => (s.sampleOneIn ?? 1) > 1);
  const holdLookup = sampledSessions.length === 0 ? '' : `
  // Sampling: a process's own output lookup waits for its packet's transmit (HELD_LOOKUP_RELEASE).
  if (!$tied && args->iif <= 1 && ${sessionsPredicate(layout, sampledSessions, 'fib', false)}) {
    @pf_t[cpu] = nsecs;
    @pf_ns[cpu] = (uint64)curtask->nsproxy->net_ns->ns.inum;
    @pf_tb[cpu] = args->tb_id;
    @pf_err[cpu] = args->err;
    @pf_iif[cpu] = args->iif;
    @pf_oif[cpu] = args->oif;
    @pf_proto[cpu] = $fproto;
    @pf_tos[cpu] = args->tos;
    @pf_sa[cpu] = $fsa;
    @pf_da[cpu] = $fda;
    @pf_gw[cpu] = (uint32)args->gw4[0] | ((uint32)args->gw4[1] << 8) | ((uint32)args->gw4[2] << 16) | ((uint32)args->gw4[3] << 24);
    @pf_sp[cpu] = $fsp;
    @pf_dp[cpu] = $fdp;
    @pf_name[cpu] = args->name;
  }`;

  const parts: string[] = [];
  // The held lookup's time is typed by its first assignment in program order: unsigned, like nsecs.
  const typeHeld = sampling ? '\n  @pf_t[cpu] = (uint64)0;' : '';
  parts.push(`// generated by packetlife bpf/program.ts: do not edit
BEGIN
{${typeHeld}${layout.plan ? `\n${layout.plan.fill('  ')}` : ''}
  printf("B %llu\\n", nsecs);
}
`);
  parts.push(
    skbProbe({
      probe: 'tracepoint:net:netif_receive_skb',
      tag: 'R',
      ipPtr: '$s->data',
      scope,
      sessions: skbSessions,
      sessionsNoNetns: skbSessionsNoNetns,
      tieReceive: true,
      match: match('skb', '    '),
      sampling,
    }),
  );
  parts.push(
    skbProbe({
      probe: 'tracepoint:net:net_dev_queue',
      tag: 'T',
      ipPtr: '$s->head + $s->network_header',
      scope,
      sessions: skbSessions,
      sessionsNoNetns: skbSessionsNoNetns,
      tieReceive: false,
      match: match('skb', '    '),
      sampling,
      releaseHeldLookup: sampledSessions.length > 0,
    }),
  );
  parts.push(`tracepoint:fib:fib_table_lookup
{
  $fsa = (uint32)args->src[0] | ((uint32)args->src[1] << 8) | ((uint32)args->src[2] << 16) | ((uint32)args->src[3] << 24);
  $fda = (uint32)args->dst[0] | ((uint32)args->dst[1] << 8) | ((uint32)args->dst[2] << 16) | ((uint32)args->dst[3] << 24);
  $fproto = args->proto;
  $fsp = args->sport;
  $fdp = args->dport;${match('fib', '  ')}
  $tied = 0;
  // An input-path lookup (iif is a real device, not loopback) belongs to the tied receive only
  // when it is about the device that received: ARP or other non-IPv4 work in another netns on
  // the same CPU must not inherit the tie.
  $age = nsecs - @cpu_t[cpu];
  if (${outputTie}(args->iif > 1 && args->iif == @cpu_if[cpu] && $age < ${INPUT_TIE_WINDOW_NS})) {
    $tied = 1;
  }
  // Untied, only output-path lookups (iif loopback) remain: their netns is the current task's.
  // An untied input-path lookup has no knowable netns (softirq runs on any task): skip it.
  if ($tied || (args->iif <= 1 && ${fibUntied})) {
    $ns = (uint64)curtask->nsproxy->net_ns->ns.inum;
    if ($tied) {
      $ns = @cpu_ns[cpu];
    }
    if (${both(scope, fibSessions === '1' ? '1' : `($tied || ${fibSessions})`)}) {
      // gw4 is left unwritten (stale bytes of an earlier trace record) when the next hop has
      // no gateway: the agent keeps it only when a route in that netns has this gateway.
      $gw = (uint32)args->gw4[0] | ((uint32)args->gw4[1] << 8) | ((uint32)args->gw4[2] << 16) | ((uint32)args->gw4[3] << 24);
      printf("F %llu %u %llu %u %d %d %d %u %u %u %u %u %u %u %u %s\\n", nsecs, cpu, $ns, args->tb_id, args->err, args->iif, args->oif, $fproto, args->tos, $fsa, $fda, $gw, $fsp, $fdp, $tied, args->name);
    }
  }${holdLookup}
}
`);
  parts.push(`tracepoint:skb:kfree_skb
{
  if (args->protocol == 0x0800) {
    $s = (struct sk_buff *)args->skbaddr;
${headerReads('$s->head + $s->network_header', '    ')}${match('skb', '      ')}
      if (${skbSessionsNoNetns}) {
${whenSampled(`        $ns = (uint64)$s->dev->nd_net.net->ns.inum;
        if ($ns == 0) {
          $ns = (uint64)$s->sk->__sk_common.skc_net.net->ns.inum;
        }
        if (${both(scope, skbSessions)}) {
          printf("D ${SKB_FORMAT} %u %llu %s\\n", ${SKB_ARGS}, (uint32)args->reason, (uint64)args->location, $s->dev->name);
        }`, sampling, '        ')}
      }
    }
  }
}
`);
  if (options.tier === 'kprobe-nat') {
    parts.push(`kprobe:nf_nat_ipv4_manip_pkt
{
  $s = (struct sk_buff *)arg0;
  $t = (struct nf_conntrack_tuple *)arg2;
${headerReads('$s->head + $s->network_header', '  ')}${match('skb', '    ')}
    if (${skbSessionsNoNetns}) {
${whenSampled(`      $ns = $s->dev->nd_net.net->ns.inum;
      if (${both(scope, skbSessions)}) {
        printf("N ${SKB_FORMAT} %u %u %u %u %u %s\\n", ${SKB_ARGS}, (uint32)arg3, $t->src.u3.ip, $t->dst.u3.ip, $t->src.u.all, $t->dst.u.all, $s->dev->name);
      }`, sampling, '      ')}
    }
  }
}
`);
  }
  // A heartbeat line every second: bpftrace only notices that its reader died (SIGPIPE) when it
  // writes, so without it a bpftrace orphaned by a killed agent would trace on forever on a
  // quiet filter. It also shows the supervisor the process is alive.
  parts.push(`interval:s:1
{
  printf("H %llu\\n", nsecs);
}
`);
  parts.push(`interval:ms:${FLUSH_MS}
{
  print("");
}
`);
  // A watermark mark on every CPU, 50 times a second. bpftrace's output buffers are per CPU and
  // read one after another, so lines arrive out of time order across CPUs (measured here under
  // load: 1.5% of events, by up to a second); a mark is written into its CPU's buffer after
  // everything that CPU traced before it, so once every CPU's mark of time t has been read, no
  // event older than t can follow. A perf-event program does not run while a tracepoint's
  // program runs on that CPU (bpf_prog_active), so a mark never splits an event's time from
  // its line.
  parts.push(`profile:hz:${MARK_HZ}
{
  printf("W %llu %u\\n", nsecs, cpu);
}
`);
  // bpftrace prints every map when it exits; clearing ours keeps that noise out of the stream.
  parts.push(`END
{
  clear(@cpu_ns);
  clear(@cpu_if);
  clear(@cpu_t);${sampling ? HELD_LOOKUP_FIELDS.map((f) => `\n  clear(@pf_${f});`).join('') : ''}${layout.plan ? `\n${layout.plan.clear('  ')}` : ''}
}
`);
  return parts.join('\n');
}

/**
 * The benchmark floor: the same tracepoints with empty bodies, so that the cost of attaching
 * BPF programs at all can be told apart from the cost of the agent's probes.
 */
export function generateEmptyProgram(): string {
  const begin = 'BEGIN\n{\n  printf("B %llu\\n", nsecs);\n}\n\n';
  return begin + ['tracepoint:net:netif_receive_skb', 'tracepoint:net:net_dev_queue', 'tracepoint:fib:fib_table_lookup', 'tracepoint:skb:kfree_skb']
    .map((p) => `${p}\n{\n}\n`)
    .join('\n');
}
