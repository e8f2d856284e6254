/**
 * The OTLP export's command-line options, checked without loading the exporter (every CLI
 * command imports this; the OpenTelemetry packages load only in a collector that exports).
 */
import { accessSync, constants, statSync } from 'node:fs';
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

/**
 * What the OpenTelemetry exporter will also take from its own environment variables (it reads
 * them itself; the Helm chart sets them from Secrets so that tokens stay out of the pod's args):
 * headers from OTEL_EXPORTER_OTLP_HEADERS and OTEL_EXPORTER_OTLP_TRACES_HEADERS ("name=value,…",
 * values URL-encoded; a flag's header of the same name wins), a CA file from
 * OTEL_EXPORTER_OTLP_TRACES_CERTIFICATE or OTEL_EXPORTER_OTLP_CERTIFICATE, and a client
 * certificate and key (mutual TLS) from the _CLIENT_CERTIFICATE / _CLIENT_KEY forms. The exporter
 * skips a malformed header and an unreadable file with no more than a debug message, and then
 * every request fails; checked here instead, so the collector refuses to start and names what is wrong (header
 * names only: their values are secrets).
 */
export interface OtlpEnvironment {
  /** Header names the environment adds, lower-cased, in order. */
  headerNames: string[];
  /** The CA file the exporter will trust, when the environment names one. */
  caFile?: string;
  /** The client certificate and key it will present (mutual TLS), when the environment names them. */
  clientCert?: { cert: string; key: string };
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export function otlpEnvironment(env: NodeJS.ProcessEnv = process.env, readable: (path: string) => boolean = canRead): OtlpEnvironment {
  const names: string[] = [];
  for (const variable of ['OTEL_EXPORTER_OTLP_HEADERS', 'OTEL_EXPORTER_OTLP_TRACES_HEADERS']) {
    const raw = env[variable];
    if (raw === undefined || raw.trim() === '') continue;
    // As the exporter reads it (the W3C baggage form): entries split at ",", name and value split
    // at the first "=", both trimmed and URL-decoded; what follows a ";" is metadata, which the
    // exporter drops, and an entry with an empty value it skips. Either would send less than
    // was meant: refused here.
    raw.split(',').forEach((entry, i) => {
      if (entry.trim() === '') return; // "a=b," — nothing, as for the exporter
      const what = `${variable}: entry ${i + 1}`;
      if (entry.includes(';')) throw new UserError(`${what} holds a ";" (the exporter would cut the value there): write it URL-encoded, %3B`);
      const eq = entry.indexOf('=');
      let name: string;
      let value: string;
      try {
        name = decodeURIComponent(eq > 0 ? entry.slice(0, eq).trim() : '');
        value = decodeURIComponent(eq > 0 ? entry.slice(eq + 1).trim() : '');
      } catch {
        throw new UserError(`${what} is not URL-encoded (e.g. "authorization=Bearer%20TOKEN")`);
      }
      if (!HEADER_NAME.test(name)) throw new UserError(`${what} is not name=value with an HTTP header name (the form is "name=value,name2=value2", values URL-encoded)`);
      if (value === '') throw new UserError(`${what}: header "${name}" has an empty value (the exporter would leave it out)`);
      if (/[\r\n]/.test(value)) throw new UserError(`${what}: the value of header "${name}" holds a line break`);
      const lower = name.toLowerCase();
      if (!names.includes(lower)) names.push(lower);
    });
  }
  const out: OtlpEnvironment = { headerNames: names };
  // A file each, the traces-specific variable winning, as in the exporter.
  const file = (what: string, suffix: string): string | undefined => {
    for (const variable of [`OTEL_EXPORTER_OTLP_TRACES_${suffix}`, `OTEL_EXPORTER_OTLP_${suffix}`]) {
      const f = env[variable];
      if (f === undefined || f === '') continue;
      if (!readable(f)) throw new UserError(`${variable}: cannot read the ${what} file "${f}"`);
      return f;
    }
    return undefined;
  };
  const ca = file('CA', 'CERTIFICATE');
  if (ca !== undefined) out.caFile = ca;
  const cert = file('client certificate', 'CLIENT_CERTIFICATE');
  const key = file('client key', 'CLIENT_KEY');
  if ((cert === undefined) !== (key === undefined)) {
    throw new UserError(`OTEL_EXPORTER_OTLP_TRACES_CLIENT_CERTIFICATE and OTEL_EXPORTER_OTLP_TRACES_CLIENT_KEY (or their non-TRACES forms) go together: only the ${cert === undefined ? 'key' : 'certificate'} is given`);
  }
  if (cert !== undefined && key !== undefined) out.clientCert = { cert, key };
  return out;
}

/**
 * --otlp-insecure gives the exporter agent options of its own, and with them it drops the CA and
 * the client certificate its variables name: refused together rather than dropped unsaid.
 */
export function checkOtlpInsecure(insecure: boolean, env: OtlpEnvironment): void {
  if (!insecure) return;
  if (env.caFile) throw new UserError(`--otlp-insecure turns the backend's certificate check off, and OTEL_EXPORTER_OTLP_*CERTIFICATE names a CA to check it with (${env.caFile}): give one or the other`);
  if (env.clientCert) throw new UserError('--otlp-insecure cannot be given with a client certificate (OTEL_EXPORTER_OTLP_*CLIENT_CERTIFICATE): the exporter would leave the certificate out');
}

function canRead(path: string): boolean {
  try {
    accessSync(path, constants.R_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The start-up line's account of where the export's headers, CA and client certificate come from (names, never values). */
export function otlpSettingsText(flagHeaders: string[], env: OtlpEnvironment | undefined): string {
  const parts: string[] = [];
  const fromFlags = flagHeaders.map((h) => h.toLowerCase());
  const fromEnv = (env?.headerNames ?? []).filter((h) => !fromFlags.includes(h));
  if (fromFlags.length > 0) parts.push(`headers ${fromFlags.join(', ')} from --otlp-header`);
  if (fromEnv.length > 0) parts.push(`headers ${fromEnv.join(', ')} from OTEL_EXPORTER_OTLP_*HEADERS`);
  if (env?.caFile) parts.push(`CA ${env.caFile}`);
  if (env?.clientCert) parts.push(`client certificate ${env.clientCert.cert}`);
  return parts.length > 0 ? `; ${parts.join('; ')}` : '';
}
