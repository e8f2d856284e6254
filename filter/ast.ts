/**
 * The typed filter AST. It maps 1:1 onto proto `FilterExpr` (proto/packetlife.proto): every
 * leaf holds numbers only, so compiling it into a bpftrace program can never carry user text.
 */
import { formatIpv4 } from '../common/ipv4.js';
import { protocolName } from '../common/ip-protocol.js';

/** Which address or port of a packet a term looks at: either, the source or the destination. */
export type FilterSide = 'any' | 'src' | 'dst';

export type FilterExpr =
  | { kind: 'and'; terms: FilterExpr[] }
  | { kind: 'or'; terms: FilterExpr[] }
  | { kind: 'not'; term: FilterExpr }
  | { kind: 'host'; dir: FilterSide; ipv4: number } // ipv4: host-order integer, 0..2^32-1
  | { kind: 'net'; dir: FilterSide; ipv4: number; prefixLen: number } // ipv4 already masked
  | { kind: 'port'; dir: FilterSide; port: number }
  | { kind: 'proto'; ipProto: number }; // 6 tcp, 17 udp, 1 icmp


/** Renders an AST back to filter syntax (for logs and `--json` output). */
export function formatFilter(expr: FilterExpr): string {
  const dir = (d: FilterSide): string => (d === 'any' ? '' : `${d} `);
  switch (expr.kind) {
    case 'and':
      return expr.terms.map((t) => (t.kind === 'or' ? `(${formatFilter(t)})` : formatFilter(t))).join(' and ');
    case 'or':
      return expr.terms.map(formatFilter).join(' or ');
    case 'not': {
      const inner = formatFilter(expr.term);
      return expr.term.kind === 'and' || expr.term.kind === 'or' ? `not (${inner})` : `not ${inner}`;
    }
    case 'host':
      return `${dir(expr.dir)}host ${formatIpv4(expr.ipv4)}`;
    case 'net':
      return `${dir(expr.dir)}net ${formatIpv4(expr.ipv4)}/${expr.prefixLen}`;
    case 'port':
      return `${dir(expr.dir)}port ${expr.port}`;
    case 'proto':
      return protocolName(expr.ipProto);
  }
}

/** Leaf terms (host, net, port, proto) in an expression: what a filter costs in the kernel. */
export function countTerms(expr: FilterExpr | undefined): number {
  if (!expr) return 0;
  switch (expr.kind) {
    case 'and':
    case 'or':
      return expr.terms.reduce((n, t) => n + countTerms(t), 0);
    case 'not':
      return countTerms(expr.term);
    default:
      return 1;
  }
}
