/**
 * Compiles a typed filter AST into a bpftrace boolean expression. Only numbers from the AST
 * reach the output, each checked to be an integer in range, so no filter can inject program
 * text. Two contexts:
 *  - 'skb': the packet headers read from an skb; addresses and ports are raw wire-order loads
 *    ($sa, $da, $sp, $dp) and $proto is the IP protocol.
 *  - 'fib': a fib_table_lookup record; addresses raw ($fsa, $fda), ports in host order
 *    ($fsp, $fdp) and $fproto. Input-path lookups carry no ports and no protocol (0): a term that
 *    cannot be decided there makes the whole predicate false (false under an even number of
 *    `not`s, true under an odd number), so it under-approximates: a lookup passes on its own
 *    tuple only when the tuple proves the match. Input-path lookups are not lost by this: they
 *    follow the receive of their packet on the same CPU and pass through the CPU tie (see
 *    program.ts), which is decided on the packet's full headers.
 */
import { prefixMask } from '../common/ipv4.js';
import type { FilterExpr } from '../filter/ast.js';
import { ipv4ToRaw, portToRaw } from './byteorder.js';

export type FilterContext = 'skb' | 'fib';

function u32(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new Error(`filter compiler: ${n} is not a u32`);
  return String(n);
}

function u16(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 0xffff) throw new Error(`filter compiler: ${n} is not a u16`);
  return String(n);
}

function u8(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 0xff) throw new Error(`filter compiler: ${n} is not a u8`);
  return String(n);
}

function either(dir: 'any' | 'src' | 'dst', src: string, dst: string): string {
  if (dir === 'src') return src;
  if (dir === 'dst') return dst;
  return `(${src} || ${dst})`;
}

export function compileFilter(expr: FilterExpr | undefined, context: FilterContext): string {
  if (!expr) return '1';
  return compile(expr, context, true);
}

function compile(expr: FilterExpr, ctx: FilterContext, positive: boolean): string {
  const sa = ctx === 'skb' ? '$sa' : '$fsa';
  const da = ctx === 'skb' ? '$da' : '$fda';
  switch (expr.kind) {
    case 'and':
      return `(${expr.terms.map((t) => compile(t, ctx, positive)).join(' && ')})`;
    case 'or':
      return `(${expr.terms.map((t) => compile(t, ctx, positive)).join(' || ')})`;
    case 'not':
      return `!(${compile(expr.term, ctx, !positive)})`;
    case 'host': {
      const raw = u32(ipv4ToRaw(Number(u32(expr.ipv4))));
      return either(expr.dir, `${sa} == ${raw}`, `${da} == ${raw}`);
    }
    case 'net': {
      if (!Number.isInteger(expr.prefixLen) || expr.prefixLen < 0 || expr.prefixLen > 32) {
        throw new Error(`filter compiler: ${String(expr.prefixLen)} is not a prefix length`);
      }
      const mask = u32(ipv4ToRaw(prefixMask(expr.prefixLen)));
      const net = u32(ipv4ToRaw(Number(u32(expr.ipv4))));
      return either(expr.dir, `(${sa} & ${mask}) == ${net}`, `(${da} & ${mask}) == ${net}`);
    }
    case 'proto':
      if (ctx === 'skb') return `$proto == ${u8(expr.ipProto)}`;
      return `($fproto == ${u8(expr.ipProto)} || $fproto == 0 && ${positive ? 0 : 1})`;
    case 'port': {
      if (ctx === 'skb') {
        const raw = u16(portToRaw(Number(u16(expr.port))));
        return `(($proto == 6 || $proto == 17) && ${either(expr.dir, `$sp == ${raw}`, `$dp == ${raw}`)})`;
      }
      const port = u16(expr.port);
      const known = either(expr.dir, `$fsp == ${port}`, `$fdp == ${port}`);
      return `(${known} || ($fsp == 0 && $fdp == 0 && ${positive ? 0 : 1}))`;
    }
  }
}
