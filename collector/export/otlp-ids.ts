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
const memo = new Map<string, { traceId: string; spanBase: bigint }>();
function idsOf(packetlifeTraceId: string): { traceId: string; spanBase: bigint } {
  let m = memo.get(packetlifeTraceId);
  if (!m) {
    const h = createHash('sha256').update(`packetlife-trace:${packetlifeTraceId}`).digest('hex');
    // An all-zero id is invalid in OTLP; a sha256 prefix of zeros is astronomically unlikely, but say so.
    m = { traceId: notZero(h.slice(0, 32)), spanBase: BigInt(`0x${h.slice(32, 48)}`) };
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

/** All span ids of one trace from one hash. */
export function spanIds(packetlifeTraceId: string): (index: number) => string {
  const base = idsOf(packetlifeTraceId).spanBase;
  return (index) => {
    const v = (base + BigInt(index)) & 0xffffffffffffffffn;
    return (v === 0n ? 1n : v).toString(16).padStart(16, '0');
  };
}

export function rootSpanContext(packetlifeTraceId: string): { traceId: string; spanId: string; traceFlags: number } {
  return { traceId: otelTraceId(packetlifeTraceId), spanId: otelSpanId(packetlifeTraceId, 0), traceFlags: 1 /* sampled */ };
}
