/**
 * OpenTelemetry ids of a packetlife trace, derived from its id (sha256), so that every export
 * of a trace carries the same ids, a reply can link to its request without looking it up, and
 * the API and web viewer can name a trace's OTLP id without loading the exporter.
 */
import { createHash } from 'node:crypto';

const notZero = (h: string): string => (/^0+$/.test(h) ? `${'0'.repeat(h.length - 1)}1` : h);

/**
 * The ids of recent traces, computed once: a trace's spans need its ids, and a reply (and every
 * later packet of its flow) links to the root span of a trace exported moments before — another
 * sha256 each without this. Bounded: the oldest entries go first. One sha256 a trace: its first
 * 128 bits are the trace id, the next 64 the span ids' base.
 */
const MEMO_MAX = 8192;
interface Ids {
  traceId: string;
  /** the span ids' base, bits 128–191 of the hash, as its high and low 32 bits */
  hi: number;
  lo: number;
  /** span 0's id: the root's, which links name too */
  root: string;
}
const memo = new Map<string, Ids>();
function idsOf(packetlifeTraceId: string): Ids {
  let m = memo.get(packetlifeTraceId);
  if (!m) {
    const h = createHash('sha256').update(`packetlife-trace:${packetlifeTraceId}`).digest('hex');
    // An all-zero id is invalid in OTLP; a sha256 prefix of zeros is astronomically unlikely, but say so.
    const hi = parseInt(h.slice(32, 40), 16);
    const lo = parseInt(h.slice(40, 48), 16);
    m = { traceId: notZero(h.slice(0, 32)), hi, lo, root: spanHex(hi, lo, 0) };
    memo.set(packetlifeTraceId, m);
    if (memo.size > MEMO_MAX) memo.delete(memo.keys().next().value as string);
  }
  return m;
}

/** The OTel trace id (32 hex) of a packetlife trace: stable across exports and collectors. */
export function otelTraceId(packetlifeTraceId: string): string {
  return idsOf(packetlifeTraceId).traceId;
}

/**
 * Span ids: index 0 is the root span, then the spans in the order traceToSpans makes them: bits
 * 128–191 of the trace's hash, the index added to it: distinct within the trace.
 */
export function otelSpanId(packetlifeTraceId: string, index: number): string {
  return spanIds(packetlifeTraceId)(index);
}

/** (hi·2³² + lo + index) mod 2⁶⁴ as 16 hex digits, 0 read as 1: 64-bit arithmetic in two exact halves, no BigInt per span. */
function spanHex(hi: number, lo: number, index: number): string {
  let l = lo + index;
  let h = hi + Math.floor(l / 0x1_0000_0000);
  l %= 0x1_0000_0000;
  h %= 0x1_0000_0000;
  if (h === 0 && l === 0) l = 1;
  return h.toString(16).padStart(8, '0') + l.toString(16).padStart(8, '0');
}

/** All span ids of one trace from one hash. */
export function spanIds(packetlifeTraceId: string): (index: number) => string {
  const { hi, lo, root } = idsOf(packetlifeTraceId);
  return (index) => (index === 0 ? root : spanHex(hi, lo, index));
}

export function rootSpanContext(packetlifeTraceId: string): { traceId: string; spanId: string; traceFlags: number } {
  return { traceId: otelTraceId(packetlifeTraceId), spanId: otelSpanId(packetlifeTraceId, 0), traceFlags: 1 /* sampled */ };
}
