/**
 * Many sessions in one kernel program, at a per-packet cost that does not grow with them.
 *
 * Inline, every session's filter is a chain of comparisons that a packet nobody asked about runs
 * to the end, and the verifier's work grows faster than the terms (measured with
 * bench/session-limits.ts: 98k processed instructions for the receive probe at 21 ordinary
 * sessions, 138k at 24). Here each session whose filter is an AND of ORs of positive terms (its
 * conjunctive form: what the collector compiles — from-addresses AND (to-addresses OR icmp) AND
 * (ports OR icmp) AND (protocol OR icmp)) takes one bit of a 64-bit mask, and its clause number r
 * (its "role") becomes entries of three BPF maps filled once, in BEGIN, from numbers only:
 *   @pl_a[r, side, prefixLen, masked address] = sessions whose clause r names that address/net
 *   @pl_p[r, side, port]                      = ... that port (host order)
 *   @pl_x[r, protocol]                        = ... that IP protocol
 * A packet's mask is the AND over roles of (sessions without a clause r) | the hits of its
 * addresses, ports and protocol in role r: a session matches iff its bit survives. That costs a
 * fixed number of map lookups per probe (two per prefix length of a role, two for ports, one for
 * the protocol), the first role's first: a packet no session names stops after those. A
 * session's size in the kernel is its map entries, never instructions.
 *
 * Sessions with `not`, or with more clauses than roles, stay inline (bpf/compile-filter.ts).
 * No text from a filter reaches the program: keys are integers checked here.
 */
import { prefixMask } from '../common/ipv4.js';
import type { FilterExpr, FilterSide } from '../filter/ast.js';
import { ipv4ToRaw } from './byteorder.js';

/** Bits of the session mask. bpftrace's integers are signed 64-bit: bit 63 stays unused. */
export const MAX_SET_SESSIONS = 62;
/** Clauses (roles) of one session's conjunctive form: the collector's sessions have at most 4. */
export const MAX_ROLES = 4;
/**
 * The prefix lengths the address map is keyed by; each one a role uses costs two lookups per
 * packet. A net of another length is stored as the nets of the next longer one it contains
 * (a /28 as 16 hosts, a /20 as 16 /24s; at most 128 entries); /0 matches every address.
 */
export const PREFIX_LENGTHS = [32, 24, 16, 8] as const;
/**
 * Map entries of one program (addresses + ports + protocols). BEGIN stores each with ~14
 * instructions; bpftrace's default map size is 4,096 keys.
 */
export const MAX_SET_ENTRIES = 4096;

export interface SetClause {
  addrs: Array<{ side: 0 | 1; ipv4: number; prefixLen: number }>; // side 0 source, 1 destination
  ports: Array<{ side: 0 | 1; port: number }>;
  protos: number[];
}

type Leaf = Exclude<FilterExpr, { kind: 'and' } | { kind: 'or' } | { kind: 'not' }>;

function sides(dir: FilterSide): Array<0 | 1> {
  return dir === 'src' ? [0] : dir === 'dst' ? [1] : [0, 1];
}

/**
 * The conjunctive form of a filter (clauses of positive leaves), or undefined when it has a `not`
 * or more than `maxClauses` clauses. No filter: no clause (every packet).
 */
export function conjunctiveForm(expr: FilterExpr | undefined, maxClauses = MAX_ROLES): Leaf[][] | undefined {
  if (!expr) return [];
  const cnf = (e: FilterExpr): Leaf[][] | undefined => {
    switch (e.kind) {
      case 'not':
        return undefined;
      case 'and': {
        const out: Leaf[][] = [];
        for (const t of e.terms) {
          const c = cnf(t);
          if (!c) return undefined;
          out.push(...c);
          if (out.length > maxClauses) return undefined;
        }
        return out;
      }
      case 'or': {
        let out: Leaf[][] = [[]];
        for (const t of e.terms) {
          const c = cnf(t);
          if (!c) return undefined;
          if (c.length === 0) return []; // one side always true
          const next: Leaf[][] = [];
          for (const a of out) for (const b of c) next.push([...a, ...b]);
          if (next.length > maxClauses) return undefined;
          out = next;
        }
        return out;
      }
      default:
        return [[e]];
    }
  };
  const clauses = cnf(expr);
  if (!clauses) return undefined;
  // The same clause twice (after and-flattening) is one constraint.
  const seen = new Set<string>();
  return clauses.filter((c) => {
    const k = JSON.stringify(c);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function checkedInt(n: number, max: number, what: string): number {
  if (!Number.isInteger(n) || n < 0 || n > max) throw new Error(`bpf: ${what} ${String(n)} out of range`);
  return n;
}

function toClause(leaves: Leaf[]): SetClause {
  const c: SetClause = { addrs: [], ports: [], protos: [] };
  for (const l of leaves) {
    if (l.kind === 'host' || l.kind === 'net') {
      const prefixLen = l.kind === 'host' ? 32 : checkedInt(l.prefixLen, 32, 'prefix length');
      const ipv4 = (checkedInt(l.ipv4, 0xffffffff, 'address') & prefixMask(prefixLen)) >>> 0;
      for (const side of sides(l.dir)) c.addrs.push({ side, ipv4, prefixLen });
    } else if (l.kind === 'port') {
      const port = checkedInt(l.port, 0xffff, 'port');
      for (const side of sides(l.dir)) c.ports.push({ side, port });
    } else {
      c.protos.push(checkedInt(l.ipProto, 0xff, 'IP protocol'));
    }
  }
  return c;
}

/** A session's clauses ordered so the role checked first is the one that rejects most packets: addresses. */
export function setClauses(expr: FilterExpr | undefined): SetClause[] | undefined {
  const form = conjunctiveForm(expr);
  if (!form) return undefined;
  const rank = (c: SetClause): number => (c.addrs.length > 0 ? (c.ports.length + c.protos.length > 0 ? 1 : 0) : c.ports.length > 0 ? 2 : 3);
  return form.map(toClause).sort((a, b) => rank(a) - rank(b));
}

export interface SetSession {
  bit: number;
  clauses: SetClause[];
  netnsInodes: number[];
}

interface Role {
  always: bigint; // sessions with no clause in this role
  lens: Array<{ side: 0 | 1; len: number }>;
  ports: boolean;
  protos: boolean;
}

/** The maps' contents and the per-role layout of a set of sessions (at most MAX_SET_SESSIONS). */
export class SetPlan {
  readonly all: bigint;
  readonly roles: Role[] = [];
  readonly addrs = new Map<string, bigint>(); // "r,side,len,raw" → mask
  readonly ports = new Map<string, bigint>();
  readonly protos = new Map<string, bigint>();
  readonly netns = new Map<number, bigint>();
  /** Sessions free to match in every netns of the scope. */
  readonly netnsFree: bigint;

  constructor(readonly sessions: SetSession[]) {
    if (sessions.length > MAX_SET_SESSIONS) throw new Error(`bpf: ${sessions.length} map-matched sessions; at most ${MAX_SET_SESSIONS}`);
    let all = 0n;
    let free = 0n;
    const roleCount = Math.max(0, ...sessions.map((s) => s.clauses.length));
    for (let r = 0; r < roleCount; r++) this.roles.push({ always: 0n, lens: [], ports: false, protos: false });
    const or = (m: Map<string, bigint>, k: string, bit: bigint): void => {
      m.set(k, (m.get(k) ?? 0n) | bit);
    };
    for (const s of sessions) {
      const bit = 1n << BigInt(checkedInt(s.bit, MAX_SET_SESSIONS - 1, 'session bit'));
      all |= bit;
      if (s.netnsInodes.length === 0) free |= bit;
      for (const n of s.netnsInodes) this.netns.set(checkedInt(n, 0xffffffff, 'netns inode'), (this.netns.get(n) ?? 0n) | bit);
      this.roles.forEach((role, r) => {
        const c = s.clauses[r];
        if (!c) {
          role.always |= bit;
          return;
        }
        if (c.addrs.some((a) => a.prefixLen === 0)) {
          role.always |= bit; // an address clause naming 0.0.0.0/0 holds for every packet
          return;
        }
        for (const a of c.addrs) {
          const len = [...PREFIX_LENGTHS].reverse().find((l) => l >= a.prefixLen)!;
          if (!role.lens.some((l) => l.side === a.side && l.len === len)) role.lens.push({ side: a.side, len });
          const step = 2 ** (32 - len);
          for (let i = 0; i < 2 ** (len - a.prefixLen); i++) or(this.addrs, `${r}, ${a.side}, ${len}, ${ipv4ToRaw(a.ipv4 + i * step)}`, bit);
        }
        for (const p of c.ports) {
          role.ports = true;
          or(this.ports, `${r}, ${p.side}, ${p.port}`, bit);
        }
        for (const p of c.protos) {
          role.protos = true;
          or(this.protos, `${r}, ${p}`, bit);
        }
      });
    }
    this.all = all;
    this.netnsFree = free;
    for (const role of this.roles) role.lens.sort((a, b) => b.len - a.len || a.side - b.side);
  }

  get entries(): number {
    return this.addrs.size + this.ports.size + this.protos.size + this.netns.size;
  }

  /** BEGIN's statements that fill the maps. */
  fill(indent: string): string {
    const lines: string[] = [];
    for (const [k, v] of this.addrs) lines.push(`${indent}@pl_a[${k}] = ${v};`);
    for (const [k, v] of this.ports) lines.push(`${indent}@pl_p[${k}] = ${v};`);
    for (const [k, v] of this.protos) lines.push(`${indent}@pl_x[${k}] = ${v};`);
    for (const [k, v] of this.netns) lines.push(`${indent}@pl_n[${k}] = ${v};`);
    return lines.join('\n');
  }

  /** END's statements (bpftrace prints every map on exit otherwise). */
  clear(indent: string): string {
    const maps: string[] = [];
    if (this.addrs.size) maps.push('@pl_a');
    if (this.ports.size) maps.push('@pl_p');
    if (this.protos.size) maps.push('@pl_x');
    if (this.netns.size) maps.push('@pl_n');
    return maps.map((m) => `${indent}clear(${m});`).join('\n');
  }

  /**
   * Statements leaving in `out` the mask of sessions whose filter the packet matches. skb: raw
   * header words ($sa, $da, $sp, $dp raw, $proto); fib: a route lookup's ($fsa, $fda raw; $fsp,
   * $fdp host order, 0 and protocol 0 on the input path: no port or protocol entry matches, so a
   * lookup passes on its own tuple only when the tuple proves the match).
   */
  match(ctx: 'skb' | 'fib', out: string, indent: string): string {
    const v =
      ctx === 'skb'
        ? { sa: '$sa', da: '$da', proto: '$proto', sp: '(($sp & 0xff) << 8 | $sp >> 8)', dp: '(($dp & 0xff) << 8 | $dp >> 8)' }
        : { sa: '(uint64)$fsa', da: '(uint64)$fda', proto: '(uint64)$fproto', sp: '(uint64)$fsp', dp: '(uint64)$fdp' };
    const h = `${out}h`;
    let code = `${indent}${out} = ${this.all};`;
    let depth = indent;
    for (const [r, role] of this.roles.entries()) {
      const lines = [`${h} = ${role.always};`];
      for (const { side, len } of role.lens) {
        const addr = side === 0 ? v.sa : v.da;
        const key = len === 32 ? addr : `${addr} & ${ipv4ToRaw(prefixMask(len))}`;
        lines.push(`${h} |= @pl_a[${r}, ${side}, ${len}, ${key}];`);
      }
      if (role.ports) {
        const sides = [...this.ports.keys()].filter((k) => k.startsWith(`${r}, `)).map((k) => Number(k.split(', ')[1]));
        const look = [0, 1].filter((s) => sides.includes(s)).map((s) => `${h} |= @pl_p[${r}, ${s}, ${s === 0 ? v.sp : v.dp}];`);
        // Ports mean TCP or UDP (as in compile-filter.ts): an ICMP packet's first word is no port.
        lines.push(`if (${v.proto} == 6 || ${v.proto} == 17) {`, ...look.map((l) => `  ${l}`), '}');
      }
      if (role.protos) lines.push(`${h} |= @pl_x[${r}, ${v.proto}];`);
      lines.push(`${out} &= ${h};`);
      const body = lines.map((l) => `${depth}${l}`).join('\n');
      if (r === 0) {
        code += `\n${body}`;
      } else {
        // Later roles only while some session is still in: a packet no session names pays for role 0 alone.
        code += `\n${depth}if (${out} != 0) {\n${body.replace(/^/gm, '  ')}`;
        depth += '  ';
      }
    }
    for (let r = 1; r < this.roles.length; r++) {
      depth = depth.slice(2);
      code += `\n${depth}}`;
    }
    return code;
  }

  /** A condition: some of `bits`' sessions matched (`maskVar` from match()), in netns `nsVar` when given. */
  matched(maskVar: string, bits: bigint, nsVar?: string): string {
    const m = bits & this.all;
    if (m === 0n) return '0';
    if (!nsVar || this.netns.size === 0 || (this.netnsFree & m) === m) return `(${maskVar} & ${m}) != 0`;
    return `(${maskVar} & ${m} & (${this.netnsFree & m} | @pl_n[(uint64)${nsVar}])) != 0`;
  }
}
