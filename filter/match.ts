/**
 * The same filter semantics as the compiled kernel predicate, evaluated in user space on a
 * parsed event. The agent uses it to attribute events to sessions (packet limits count per
 * session) and tests use it as the reference the kernel predicate must agree with.
 */
import type { PacketFields } from '../common/event.js';
import { parseIpv4, prefixMask } from '../common/ipv4.js';
import type { FilterExpr } from './ast.js';

function hasPorts(p: PacketFields): boolean {
  return p.protocol === 6 || p.protocol === 17;
}

export function matchesFilter(expr: FilterExpr | undefined, p: PacketFields): boolean {
  if (!expr) return true;
  switch (expr.kind) {
    case 'and':
      return expr.terms.every((t) => matchesFilter(t, p));
    case 'or':
      return expr.terms.some((t) => matchesFilter(t, p));
    case 'not':
      return !matchesFilter(expr.term, p);
    case 'proto':
      return p.protocol === expr.ipProto;
    case 'host':
    case 'net': {
      const mask = expr.kind === 'net' ? prefixMask(expr.prefixLen) : 0xffffffff;
      const hit = (addr: string): boolean => {
        const ip = parseIpv4(addr);
        return ip !== undefined && (ip & mask) >>> 0 === expr.ipv4;
      };
      if (expr.dir === 'src') return hit(p.src);
      if (expr.dir === 'dst') return hit(p.dst);
      return hit(p.src) || hit(p.dst);
    }
    case 'port': {
      if (!hasPorts(p)) return false;
      if (expr.dir === 'src') return p.sport === expr.port;
      if (expr.dir === 'dst') return p.dport === expr.port;
      return p.sport === expr.port || p.dport === expr.port;
    }
  }
}
