/**
 * Conversion between the filter AST and proto `FilterExpr` (the wire form a collector sends in
 * StartSession). Incoming proto filters are validated as strictly as typed text: an address
 * must be a 32-bit integer, a port 0..65535, a prefix 0..32, nesting bounded.
 */
import { packetlife } from '../proto/generated/packetlife.js';
import { UserError } from '../common/errors.js';
import { prefixMask } from '../common/ipv4.js';
import type { FilterSide, FilterExpr } from './ast.js';
import { MAX_FILTER_DEPTH, MAX_FILTER_TERMS } from './parse.js';

const pb = packetlife.v1;

function dirToProto(dir: FilterSide): packetlife.v1.FilterDir {
  return dir === 'src' ? pb.FilterDir.DIR_SRC : dir === 'dst' ? pb.FilterDir.DIR_DST : pb.FilterDir.DIR_ANY;
}

function dirFromProto(dir: packetlife.v1.FilterDir | null | undefined): FilterSide {
  if (dir === pb.FilterDir.DIR_SRC) return 'src';
  if (dir === pb.FilterDir.DIR_DST) return 'dst';
  if (dir === pb.FilterDir.DIR_ANY || dir === null || dir === undefined) return 'any';
  throw new UserError(`filter: unknown direction ${String(dir)}`);
}

export function filterToProto(expr: FilterExpr): packetlife.v1.IFilterExpr {
  switch (expr.kind) {
    case 'and':
      return { and: { terms: expr.terms.map(filterToProto) } };
    case 'or':
      return { or: { terms: expr.terms.map(filterToProto) } };
    case 'not':
      return { not: filterToProto(expr.term) };
    case 'host':
      return { host: { dir: dirToProto(expr.dir), ipv4: expr.ipv4 } };
    case 'net':
      return { net: { dir: dirToProto(expr.dir), ipv4: expr.ipv4, prefixLen: expr.prefixLen } };
    case 'port':
      return { port: { dir: dirToProto(expr.dir), port: expr.port } };
    case 'proto':
      return { proto: { ipProto: expr.ipProto } };
  }
}

function checkUint(value: unknown, max: number, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    throw new UserError(`filter: ${what} must be an integer 0..${max}, got ${String(value)}`);
  }
  return value;
}

/** Converts a proto FilterExpr to the AST; refuses anything malformed with a clear error. */
export function filterFromProto(msg: packetlife.v1.IFilterExpr): FilterExpr {
  let leaves = 0;
  const convert = (m: packetlife.v1.IFilterExpr, depth: number): FilterExpr => {
    if (depth > MAX_FILTER_DEPTH) throw new UserError(`filter: nested deeper than ${MAX_FILTER_DEPTH} levels`);
    const leaf = (e: FilterExpr): FilterExpr => {
      if (++leaves > MAX_FILTER_TERMS) throw new UserError(`filter: more than ${MAX_FILTER_TERMS} terms`);
      return e;
    };
    if (m.and) {
      const terms = (m.and.terms ?? []).map((t) => convert(t, depth + 1));
      if (terms.length === 0) throw new UserError('filter: "and" with no terms');
      return terms.length === 1 ? terms[0]! : { kind: 'and', terms };
    }
    if (m.or) {
      const terms = (m.or.terms ?? []).map((t) => convert(t, depth + 1));
      if (terms.length === 0) throw new UserError('filter: "or" with no terms');
      return terms.length === 1 ? terms[0]! : { kind: 'or', terms };
    }
    if (m.not) return { kind: 'not', term: convert(m.not, depth + 1) };
    if (m.host) {
      if (m.host.ipv6 && m.host.ipv6.length > 0) throw new UserError('filter: IPv6 hosts are not supported yet');
      return leaf({ kind: 'host', dir: dirFromProto(m.host.dir), ipv4: checkUint(m.host.ipv4 ?? 0, 0xffffffff, 'host address') });
    }
    if (m.net) {
      if (m.net.ipv6 && m.net.ipv6.length > 0) throw new UserError('filter: IPv6 networks are not supported yet');
      const prefixLen = checkUint(m.net.prefixLen ?? 0, 32, 'prefix length');
      const ipv4 = checkUint(m.net.ipv4 ?? 0, 0xffffffff, 'network address');
      return leaf({ kind: 'net', dir: dirFromProto(m.net.dir), ipv4: (ipv4 & prefixMask(prefixLen)) >>> 0, prefixLen });
    }
    if (m.port) return leaf({ kind: 'port', dir: dirFromProto(m.port.dir), port: checkUint(m.port.port ?? 0, 65535, 'port') });
    if (m.proto) return leaf({ kind: 'proto', ipProto: checkUint(m.proto.ipProto ?? 0, 255, 'IP protocol') });
    throw new UserError('filter: empty expression node');
  };
  return convert(msg, 0);
}
