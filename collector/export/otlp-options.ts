/**
 * The OTLP export's command-line options, checked without loading the exporter (every CLI
 * command imports this; the OpenTelemetry packages load only in a collector that exports).
 */
import { UserError } from '../../common/errors.js';

/** `--otlp-endpoint` as typed: a base URL gets /v1/traces (as OTEL_EXPORTER_OTLP_ENDPOINT does). */
export function tracesUrl(endpoint: string): string {
  let u: URL;
  try {
    u = new URL(endpoint);
  } catch {
    throw new UserError(`--otlp-endpoint must be an http:// or https:// URL (e.g. http://127.0.0.1:4318), got "${endpoint}"`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new UserError(`--otlp-endpoint must be http:// or https://, got "${u.protocol}" in "${endpoint}"`);
  if (u.search || u.hash) throw new UserError(`--otlp-endpoint takes no query or fragment, got "${endpoint}"`);
  if (!u.pathname.endsWith('/v1/traces')) u.pathname = `${u.pathname.replace(/\/+$/, '')}/v1/traces`;
  return u.toString();
}

/** `--otlp-header K=V` values as a header map; a malformed one is an error naming it. */
export function parseOtlpHeaders(values: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values) {
    const i = v.indexOf('=');
    const k = i > 0 ? v.slice(0, i).trim() : '';
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(k)) throw new UserError(`--otlp-header must be NAME=VALUE with an HTTP header name, got "${v}"`);
    const value = v.slice(i + 1);
    if (/[\r\n]/.test(value)) throw new UserError(`--otlp-header ${k}: the value holds a line break`);
    out[k] = value;
  }
  return out;
}
