/**
 * CLI: `packetlife collector` runs the collector; `packetlife trace` starts a trace session by
 * names and prints each trace as a hop diagram; `packetlife traces` lists (or follows) traces.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { authHeaders, clientToken, tokenArg } from '../common/client-token.js';
import { writeGeneratedTokens } from './generated-tokens.js';
import { waitForStopSignal } from '../common/signals.js';
import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import WebSocket from 'ws';
import { UserError } from '../common/errors.js';
import { checkOtlpInsecure, otlpEnvironment, otlpSettingsText, parseOtlpHeaders, tracesUrl } from './export/otlp-options.js';
import { renderCompact } from './render-compact.js';
import { sampleRateProblem } from '../bpf/sample-hash.js';
import { renderTrace, renderTraceRow, renderTraceTable } from './render.js';
import type { TopologySourceSpec } from './server.js';
import type { Trace } from './trace-model.js';
import type { ApiErrorBody, SessionView, TraceListResponse, TraceResponse } from './api-types.js';

export const DEFAULT_LISTEN = '127.0.0.1:7420';

const OUTPUTS = ['diagram', 'compact', 'jsonl', 'json', 'table'] as const;
type Output = (typeof OUTPUTS)[number];

/** One trace as `--output` asks (json and table are whole-list forms, handled by the caller). */
function formatTrace(t: Trace, output: Output): string {
  if (output === 'compact') return `${renderCompact(t)}\n`;
  if (output === 'jsonl' || output === 'json') return `${JSON.stringify(t)}\n`;
  if (output === 'table') return `${renderTraceRow(t)}\n`;
  return `${renderTrace(t)}\n\n`;
}

function writeOut(file: string, data: Buffer, flag: string): void {
  try {
    writeFileSync(file, data);
  } catch (err) {
    throw new UserError(`${flag}: cannot write ${file}: ${(err as Error).message}`);
  }
}
const defaultCollector = (): string => process.env.PACKETLIFE_COLLECTOR ?? `http://${DEFAULT_LISTEN}`;

/** The API's base URL, checked: an http(s) URL (the agents' ws:// endpoint is a common slip). */
function collectorBase(given: string | undefined): string {
  const base = given ?? defaultCollector();
  let url: URL | undefined;
  try {
    url = new URL(base);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) throw new UserError(`--collector must be the collector's http(s) URL such as http://${DEFAULT_LISTEN}, got "${base}"`);
  return base;
}

/** --sample N: a power of two (the kernel's sampling nests 1/2N inside 1/N only for those). */
function sampleArg(v: string): number {
  const problem = sampleRateProblem(/^\d+$/.test(v) ? Number(v) : v);
  if (problem) throw new InvalidArgumentError(problem);
  return Number(v);
}

function intArg(name: string, min: number, max: number): (v: string) => number {
  return (v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`${name} must be a whole number ${min}-${max}, got "${v}"`);
    return n;
  };
}

export function parseListen(addr: string): { host: string; port: number } {
  const m = /^(?:\[([^\]]+)\]|([^:]*)):(\d+)$/.exec(addr);
  if (!m) throw new UserError(`--listen must be HOST:PORT (e.g. ${DEFAULT_LISTEN}), got "${addr}"`);
  const port = Number(m[3]);
  if (port > 65535) throw new UserError(`--listen port must be 0-65535, got ${port}`);
  const host = m[1] ?? (m[2] || '0.0.0.0');
  // a dotted quad that is no address (999.1.1.1) would otherwise go to DNS as a name
  if (/^[\d.]+$/.test(host) && isIP(host) === 0) throw new UserError(`--listen: "${host}" is not an IPv4 address`);
  if (m[1] !== undefined && isIP(host) !== 6) throw new UserError(`--listen: "[${host}]" is not an IPv6 address`);
  return { host, port };
}

function posInt(name: string, min: number, max: number): (v: string) => number {
  return intArg(name, min, max);
}

async function api<T>(base: string, path: string, init: RequestInit & { token?: string | undefined } = {}): Promise<T> {
  let res: Response;
  const { token, ...rest } = init;
  try {
    res = await fetch(new URL(path, base), { ...rest, headers: { ...(rest.headers as Record<string, string> | undefined), ...authHeaders(token) } });
  } catch (err) {
    throw new UserError(`cannot reach the collector at ${base}: ${(err as Error).message} (start one with: packetlife collector, or pass --collector URL)`);
  }
  const text = await res.text();
  if (!res.ok) {
    let msg = text;
    try {
      msg = (JSON.parse(text) as Partial<ApiErrorBody>).error ?? text;
    } catch {
      // not JSON: show as is
    }
    if (res.status === 401) throw new UserError(`collector: ${msg} (HTTP 401): give --token, --token-file or PACKETLIFE_TOKEN, or use a kube context the collector accepts`);
    throw new UserError(`collector: ${msg} (HTTP ${res.status})`);
  }
  return JSON.parse(text) as T;
}

/**
 * A session's filter reaches the kernel only when each agent has started a bpftrace program
 * carrying it (about a second or more): packets sent before then are not traced. Wait for every
 * agent's SessionAck, with progress, and say which agents never attached.
 */
/** Where a sampled session traces every packet: nodes whose older agents cannot sample. */
export function unsampledText(nodes: readonly string[] | undefined): string {
  if (!nodes || nodes.length === 0) return '';
  return ` except on ${nodes.join(', ')} (older agent${nodes.length === 1 ? '' : 's'}: every packet traced there)`;
}

async function waitUntilAttached(base: string, session: SessionView, quiet: boolean, token: string | undefined, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let current = session;
  let said = -1;
  for (;;) {
    for (const r of current.refusals ?? []) throw new UserError(`agent ${r.agent} refused the trace session: ${r.error}`);
    const active = current.activeAgents?.length ?? 0;
    if (active >= current.agents.length) return;
    if (!quiet && active !== said) {
      process.stderr.write(`waiting for agents to attach the filter: ${active}/${current.agents.length}\n`);
      said = active;
    }
    if (Date.now() > deadline) {
      const missing = current.agents.filter((a) => !current.activeAgents.includes(a));
      process.stderr.write(`warning: ${missing.length} agent(s) did not attach within ${timeoutMs / 1000}s: ${missing.join(', ')}; their nodes' packets are missing\n`);
      return;
    }
    await new Promise((r) => setTimeout(r, 200));
    current = await api<SessionView>(base, `/api/sessions/${session.id}`, { token });
  }
}

function readPem(file: string, flag: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UserError(`${flag}: cannot read ${file}: ${(err as Error).message}`);
  }
  if (!text.includes('-----BEGIN ')) throw new UserError(`${flag}: ${file} is not PEM (no "-----BEGIN" line)`);
  return text;
}

export function registerCollectorCommands(program: Command): void {
  program
    .command('collector')
    .description('run the collector: agent ingest, correlation, trace store and API')
    .option('--listen <addr>', 'HOST:PORT for the API and the agents\' WebSocket (/v1/agents)', DEFAULT_LISTEN)
    .addOption(new Option('--kubeconfig <file>', 'topology from the Kubernetes API with this kubeconfig').conflicts(['inCluster', 'topology', 'lab']))
    .addOption(new Option('--in-cluster', 'topology from the Kubernetes API, in-cluster service account').conflicts(['topology', 'lab']))
    .addOption(new Option('--topology <file>', 'static topology: lab YAML, kubectl List dump or /api/topology JSON').conflicts(['lab']))
    .option('--lab <name>', 'topology of a running lab')
    .option('--vpc-cidr <cidr...>', 'VPC CIDRs (for Kubernetes or kubectl topologies)')
    .option('--auth-file <file>', 'users (token, namespaces) and agents (token, node) in YAML (a mounted Secret)')
    .option('--kube-auth', 'authenticate users and agents with the Kubernetes API (TokenReview) and authorize users with SubjectAccessReview on packettraces.packetlife.dev')
    .option('--agent-audience <aud>', 'with --kube-auth: the audience of the agents\' projected ServiceAccount tokens', 'packetlife')
    .option('--agent-service-account <ns/name>', 'with --kube-auth: the agents\' ServiceAccount')
    .option('--insecure-no-auth', 'no authentication at all: anyone who reaches the port reads every trace and runs sessions')
    .option('--metrics-need-token', '/metrics needs a token with cluster-wide get (default: open, like /healthz)')
    .option('--allowed-host <name...>', 'Host names the API answers besides IP addresses and localhost (e.g. the Service name); "*" for any')
    .option('--allowed-origin <origin...>', 'browser origins (scheme://host:port) allowed besides the collector\'s own')
    .option('--tls-cert <file>', 'serve HTTPS/wss with this PEM certificate (with --tls-key)')
    .option('--tls-key <file>', 'PEM private key for --tls-cert')
    .option('--max-traces <n>', 'traces (and flows) the store keeps; the oldest are evicted, counted', intArg('--max-traces', 100, 10_000_000))
    .option('--state-dir <dir>', 'keep sessions and traces here across restarts (append-only files)')
    .option('--state-max-bytes <n>', 'bytes of traces kept in --state-dir', intArg('--state-max-bytes', 1024 * 1024, 2 ** 40))
    .option('--max-stream-clients <n>', 'live-stream clients at once', posInt('--max-stream-clients', 1, 100_000), 64)
    .option('--max-stream-buffer <bytes>', 'a live-stream client further behind is disconnected', posInt('--max-stream-buffer', 64 * 1024, 1024 ** 3), 4 * 1024 * 1024)
    .option('--max-sessions-per-user <n>', 'active trace sessions per user', posInt('--max-sessions-per-user', 1, 16), 4)
    .option('--max-session-terms <n>', 'filter terms (addresses, ports) of one session', posInt('--max-session-terms', 2, 64), 32)
    .option('--max-session-duration <s>', 'longest session, seconds', posInt('--max-session-duration', 1, 7 * 86_400), 3600)
    .option('--allow-unbounded-sessions', 'accept sessions without an end (durationS 0)')
    .option('--ingest-rate <events/s>', 'per-agent events/s before batches are dropped (counted); 0: no limit', intArg('--ingest-rate', 0, 100_000_000), 50_000)
    .option('--ingest-burst <events>', 'per-agent burst above the rate', posInt('--ingest-burst', 1, 100_000_000), 100_000)
    .option('--max-batch-bytes <n>', 'largest agent frame; a bigger one closes that agent\'s connection (counted)', posInt('--max-batch-bytes', 64 * 1024, 64 * 1024 * 1024), 288 * 1024)
    .addOption(new Option('--agent-data <what>', 'what agents ship: "segments" (each agent correlates its node and ships segments; the collector stitches them) or "raw" (every event, for debugging)').choices(['segments', 'raw']).default('segments').env('PACKETLIFE_AGENT_DATA'))
    .option('--otlp-endpoint <url>', 'send every finished trace as OTLP/HTTP to URL (a base URL gets /v1/traces), e.g. http://127.0.0.1:4318')
    .option('--otlp-header <k=v...>', 'HTTP header for the OTLP endpoint (repeatable), e.g. "X-Scope-OrgID=platform"; a secret one is better kept off the command line: OTEL_EXPORTER_OTLP_TRACES_HEADERS="authorization=Bearer%20TOKEN" (a flag wins for the same name)')
    .option('--otlp-insecure', 'do not verify the OTLP endpoint\'s TLS certificate (self-signed test backends); a private CA: OTEL_EXPORTER_OTLP_TRACES_CERTIFICATE=FILE instead; mutual TLS: OTEL_EXPORTER_OTLP_TRACES_CLIENT_CERTIFICATE and _CLIENT_KEY')
    .option('--otlp-json', 'OTLP/HTTP JSON instead of protobuf')
    .option('--otlp-queue <n>', 'traces waiting for OTLP export at most; past it new ones are dropped (counted on /metrics)', intArg('--otlp-queue', 1, 10_000_000), 10_000)
    .option('--otlp-batch <n>', 'traces per OTLP request', intArg('--otlp-batch', 1, 100_000), 256)
    .option('--otlp-timeout <s>', 'seconds one OTLP request may take, its retries included', intArg('--otlp-timeout', 1, 600), 10)
    .action(async (o: { listen: string; kubeconfig?: string; inCluster?: boolean; topology?: string; lab?: string; vpcCidr?: string[]; authFile?: string; kubeAuth?: boolean; agentAudience: string; agentServiceAccount?: string; insecureNoAuth?: boolean; metricsNeedToken?: boolean; allowedHost?: string[]; allowedOrigin?: string[]; tlsCert?: string; tlsKey?: string; maxTraces?: number; stateDir?: string; stateMaxBytes?: number; maxStreamClients: number; maxStreamBuffer: number; maxSessionsPerUser: number; maxSessionTerms: number; maxSessionDuration: number; allowUnboundedSessions?: boolean; ingestRate: number; ingestBurst: number; maxBatchBytes: number; agentData: 'segments' | 'raw'; otlpEndpoint?: string; otlpHeader?: string[]; otlpInsecure?: boolean; otlpJson?: boolean; otlpQueue: number; otlpBatch: number; otlpTimeout: number }) => {
      const { startCollector } = await import('./server.js');
      const { loadAuthFile } = await import('./auth.js');
      const { host, port } = parseListen(o.listen);
      const topology: TopologySourceSpec = o.lab
        ? { kind: 'lab', name: o.lab }
        : o.topology
          ? { kind: 'file', path: o.topology, ...(o.vpcCidr ? { vpcCidrs: o.vpcCidr } : {}) }
          : o.kubeconfig || o.inCluster
            ? { kind: 'kubernetes', ...(o.kubeconfig ? { kubeconfig: o.kubeconfig } : {}), ...(o.inCluster ? { inCluster: true } : {}), ...(o.vpcCidr ? { vpcCidrs: o.vpcCidr } : {}) }
            : { kind: 'none' };
      if (o.insecureNoAuth && (o.authFile || o.kubeAuth)) throw new UserError('--insecure-no-auth contradicts --auth-file/--kube-auth');
      if (o.kubeAuth && !o.agentServiceAccount) throw new UserError('--kube-auth needs --agent-service-account NAMESPACE/NAME (the agents\' ServiceAccount)');
      if (o.kubeAuth && !o.kubeconfig && !o.inCluster) throw new UserError('--kube-auth needs --in-cluster or --kubeconfig FILE (the API server that reviews tokens)');
      let auth: import('./server.js').CollectorServerOptions['auth'];
      if (o.insecureNoAuth) auth = 'none';
      else if (o.authFile || o.kubeAuth) {
        auth = {
          ...(o.authFile ? { file: loadAuthFile(o.authFile) } : {}),
          ...(o.kubeAuth ? { kubernetes: { ...(o.kubeconfig ? { kubeconfig: o.kubeconfig } : {}), ...(o.inCluster ? { inCluster: true } : {}), agentAudience: o.agentAudience, agentServiceAccount: o.agentServiceAccount! } } : {}),
        };
      }
      if ((o.tlsCert === undefined) !== (o.tlsKey === undefined)) throw new UserError('--tls-cert and --tls-key go together');
      const tls = o.tlsCert && o.tlsKey ? { cert: readPem(o.tlsCert, '--tls-cert'), key: readPem(o.tlsKey, '--tls-key') } : undefined;
      if (!o.otlpEndpoint && (o.otlpHeader || o.otlpInsecure || o.otlpJson)) throw new UserError('--otlp-header, --otlp-insecure and --otlp-json need --otlp-endpoint');
      const otlp = o.otlpEndpoint
        ? {
            endpoint: o.otlpEndpoint,
            headers: parseOtlpHeaders(o.otlpHeader ?? []),
            insecure: o.otlpInsecure === true,
            json: o.otlpJson === true,
            maxQueue: o.otlpQueue,
            batchSize: o.otlpBatch,
            timeoutMs: o.otlpTimeout * 1000,
          }
        : undefined;
      // A bad URL, or a malformed header or an unreadable CA in the exporter's own variables, is
      // reported before anything starts.
      if (otlp) tracesUrl(otlp.endpoint);
      const otlpEnv = otlp ? otlpEnvironment() : undefined;
      if (otlp && otlpEnv) checkOtlpInsecure(otlp.insecure, otlpEnv);
      let c: Awaited<ReturnType<typeof startCollector>>;
      try {
        c = await startCollector({
          host,
          port,
          topology,
          ...(auth !== undefined ? { auth } : {}),
          ...(tls ? { tls } : {}),
          ...(o.maxTraces ? { maxTraces: o.maxTraces } : {}),
          ...(o.stateDir ? { stateDir: o.stateDir } : {}),
          ...(o.stateMaxBytes ? { stateMaxBytes: o.stateMaxBytes } : {}),
          maxStreamClients: o.maxStreamClients,
          maxStreamBufferBytes: o.maxStreamBuffer,
          sessionLimits: { perUser: o.maxSessionsPerUser, termsPerSession: o.maxSessionTerms, maxDurationS: o.maxSessionDuration, allowUnbounded: o.allowUnboundedSessions === true },
          rateLimit: o.ingestRate === 0 ? false : { eventsPerSecond: o.ingestRate, burstEvents: o.ingestBurst },
          agentData: o.agentData,
          maxBatchBytes: o.maxBatchBytes,
          ...(o.metricsNeedToken ? { metricsNeedToken: true } : {}),
          ...(o.allowedHost ? { allowedHosts: o.allowedHost } : {}),
          ...(o.allowedOrigin ? { allowedOrigins: o.allowedOrigin } : {}),
          ...(otlp ? { otlp } : {}),
        });
      } catch (err) {
        const e = err as NodeJS.ErrnoException;
        if (e.code === 'EADDRINUSE') throw new UserError(`--listen ${o.listen}: the port is in use (another collector?); pick another with --listen HOST:PORT`);
        if (e.code === 'EADDRNOTAVAIL') throw new UserError(`--listen ${o.listen}: this machine has no address ${host}`);
        if (e.code === 'EACCES') throw new UserError(`--listen ${o.listen}: not allowed to listen there (a port below 1024 needs root)`);
        if (e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN') throw new UserError(`--listen ${o.listen}: cannot resolve "${host}"`);
        throw err;
      }
      const actualPort = Number(new URL(c.url).port);
      const tokenDir = c.generatedAuth ? writeGeneratedTokens(actualPort, c.generatedAuth) : undefined;
      process.stdout.write(`collector listening on ${c.url} (agents: ${c.ingestUrl}; web viewer: ${c.url}/); topology: ${topology.kind}\n`);
      if (tokenDir) process.stdout.write(`tokens generated for this run in ${tokenDir} (user.token for the CLI and the viewer; agents/NODE.token for each node's agent); give --auth-file to choose them\n`);
      if (c.otlp) process.stdout.write(`exporting traces to ${c.otlp.url} (OTLP/HTTP ${otlp?.json ? 'JSON' : 'protobuf'}${otlpSettingsText(Object.keys(otlp?.headers ?? {}), otlpEnv)})\n`);
      if (auth === 'none') process.stdout.write('warning: authentication is off (--insecure-no-auth): anyone who reaches this port reads every trace\n');
      const signal = waitForStopSignal();
      await signal.received;
      await c.close();
      if (tokenDir) rmSync(tokenDir, { recursive: true, force: true });
      signal.release();
    });

  program
    .command('trace')
    .description('trace packets from X to Y (pod/NS/NAME, svc/NS/NAME, node/NAME or an IP) and print each as a hop diagram')
    .requiredOption('--from <x>', 'sender: pod/NS/NAME, svc/NS/NAME, node/NAME or IP')
    .requiredOption('--to <y>', 'receiver: pod/NS/NAME, svc/NS/NAME, node/NAME or IP')
    .option('--port <p>', 'destination port (a service port or NodePort for services)', intArg('--port', 1, 65535))
    .addOption(new Option('--protocol <proto>', 'IP protocol').choices(['tcp', 'udp', 'icmp']))
    .option('--count <n>', 'stop after N packets and their replies', intArg('--count', 1, 100_000), 1)
    .option('--timeout <s>', 'give up after S seconds', intArg('--timeout', 1, 86_400), 30)
    .option('--sample <n>', 'trace 1 packet in N (a power of two: 2, 4, 8, …), the same packets on every node, each traced whole; --count counts sampled packets', sampleArg)
    .option('--collector <url>', 'collector API URL (default: PACKETLIFE_COLLECTOR or http://127.0.0.1:7420)')
    .addOption(new Option('-o, --output <format>', 'diagram (hop diagrams), compact (one line per trace), jsonl (one JSON trace per line), json ({session, traces} at the end)').choices(OUTPUTS).default('diagram'))
    .option('--json', 'same as --output json')
    .option('--pcapng <file>', 'also write every hop of the traces to FILE as pcapng (Wireshark, tshark)')
    .option('--token <token>', 'bearer token (default: --token-file, PACKETLIFE_TOKEN, a local collector\'s generated token, the kube context\'s credentials)', tokenArg)
    .option('--token-file <file>', 'file holding the bearer token')
    .action(async (o: { from: string; to: string; port?: number; protocol?: string; count: number; timeout: number; sample?: number; collector?: string; json?: boolean; output: Output; pcapng?: string; token?: string; tokenFile?: string }) => {
      const output: Output = o.json ? 'json' : o.output;
      if (output === 'table') throw new UserError('--output table is for `packetlife traces`; use diagram, compact, jsonl or json');
      const base = collectorBase(o.collector);
      const token = await clientToken(o, base);
      const body = { from: o.from, to: o.to, count: o.count, durationS: o.timeout, ...(o.port ? { port: o.port } : {}), ...(o.protocol ? { protocol: o.protocol } : {}), ...(o.sample !== undefined ? { sample: o.sample } : {}) };
      const session = await api<SessionView>(base, '/api/sessions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), token });
      const machine = output === 'json' || output === 'jsonl';
      await waitUntilAttached(base, session, machine, token);
      if (!machine) {
        process.stderr.write(`tracing ${session.from.description} → ${session.to.description} (addresses ${session.to.ips.join(', ')}; ports ${session.to.ports.join(', ') || 'any'}) on ${session.agents.length} agent(s)${session.sampledOneIn > 1 ? `, sampled 1/${session.sampledOneIn}${unsampledText(session.unsampledNodes)}` : ''}\n`);
      }
      const printed = new Set<string>();
      const traces: Trace[] = [];
      const deadline = Date.now() + o.timeout * 1000;
      let current = session;
      for (;;) {
        for (const id of current.traceIds) {
          if (printed.has(id)) continue;
          printed.add(id);
          const t = await api<TraceResponse>(base, `/api/traces/${encodeURIComponent(id)}`, { token });
          traces.push(t);
          if (output !== 'json') process.stdout.write(formatTrace(t, output));
        }
        if (current.done || Date.now() > deadline) break;
        await new Promise((r) => setTimeout(r, 300));
        const before = current.sampledOneIn;
        const unsampledBefore = (current.unsampledNodes ?? []).join(',');
        current = await api<SessionView>(base, `/api/sessions/${session.id}`, { token });
        if (!machine && current.sampledOneIn !== before) process.stderr.write(`now sampled 1/${current.sampledOneIn} (${current.sampledOneIn > (o.sample ?? 1) ? 'an agent past its event budget samples on its own' : 'back to the asked rate'})${unsampledText(current.unsampledNodes)}\n`);
        else if (!machine && current.sampledOneIn > 1 && (current.unsampledNodes ?? []).join(',') !== unsampledBefore) process.stderr.write(`sampled 1/${current.sampledOneIn}${unsampledText(current.unsampledNodes) || ' on every node'}\n`);
      }
      if (!current.done) await api(base, `/api/sessions/${session.id}`, { method: 'DELETE', headers: { 'content-type': 'application/json' }, token }).catch(() => undefined);
      if (output === 'json') process.stdout.write(`${JSON.stringify({ session: current, traces }, null, 2)}\n`);
      if (o.pcapng) {
        const { tracesToPcapng } = await import('./export/pcapng.js');
        writeOut(o.pcapng, tracesToPcapng(traces), '--pcapng');
        process.stderr.write(`wrote ${traces.reduce((n, t) => n + t.hops.length, 0)} packets of ${traces.length} trace(s) to ${o.pcapng}\n`);
      }
      if (traces.length === 0) throw new UserError(`no matching packets traced within ${o.timeout}s (${current.endReason ?? 'timeout'})`);
    });

  program
    .command('traces')
    .description('list the collector\'s recent traces, or follow new ones')
    .option('--follow', 'keep printing new traces as they complete')
    .addOption(new Option('-o, --output <format>', 'table (default for a list), compact (one line per trace; default with --follow on a terminal), jsonl (default with --follow into a pipe), json, diagram').choices(OUTPUTS))
    .option('--json', 'same as --output json (with --follow: one trace per line)')
    .option('--pod <ns/name>', 'a trace that this pod sends, receives or is the NAT endpoint of')
    .option('--namespace <ns>', 'a trace that touches a pod of this namespace')
    .option('-l, --label <selector>', 'a trace that touches a pod matching this Kubernetes label selector (app=echoserver,tier!=db)')
    .option('--service <ns/name>')
    .option('--ip <ip>')
    .option('--node <name>')
    .addOption(new Option('--verdict <v>').choices(['delivered', 'dropped', 'incomplete']))
    .addOption(new Option('--protocol <proto>').choices(['tcp', 'udp', 'icmp']))
    .option('--port <p>', 'a source or destination port at any hop or NAT rewrite', intArg('--port', 1, 65535))
    .option('--limit <n>', 'at most N traces', intArg('--limit', 1, 10_000), 50)
    .option('--pcapng <file>', 'write every hop of the listed traces to FILE as pcapng (not with --follow)')
    .option('--collector <url>', 'collector API URL')
    .option('--token <token>', 'bearer token (default: --token-file, PACKETLIFE_TOKEN, a local collector\'s generated token, the kube context\'s credentials)', tokenArg)
    .option('--token-file <file>', 'file holding the bearer token')
    .action(async (o: { follow?: boolean; json?: boolean; output?: Output; pod?: string; namespace?: string; label?: string; service?: string; ip?: string; node?: string; verdict?: string; protocol?: string; port?: number; limit: number; pcapng?: string; collector?: string; token?: string; tokenFile?: string }) => {
      const base = collectorBase(o.collector);
      const token = await clientToken(o, base);
      const params = new URLSearchParams();
      for (const k of ['pod', 'namespace', 'label', 'service', 'ip', 'node', 'verdict', 'protocol'] as const) if (o[k]) params.set(k, o[k]);
      if (o.port !== undefined) params.set('port', String(o.port));
      if (o.pcapng && o.follow) throw new UserError('--pcapng writes a finished list: leave out --follow');
      const output: Output = o.json ? (o.follow ? 'jsonl' : 'json') : (o.output ?? (o.follow ? (process.stdout.isTTY ? 'compact' : 'jsonl') : 'table'));
      if (!o.follow) {
        params.set('limit', String(o.limit));
        const traces = await api<TraceListResponse>(base, `/api/traces?${params.toString()}`, { token });
        if (output === 'json') process.stdout.write(`${JSON.stringify(traces, null, 2)}\n`);
        else if (output === 'table') process.stdout.write(`${renderTraceTable(traces)}\n`);
        else for (const t of traces) process.stdout.write(formatTrace(t, output));
        if (o.pcapng) {
          const { tracesToPcapng } = await import('./export/pcapng.js');
          writeOut(o.pcapng, tracesToPcapng(traces), '--pcapng');
          process.stderr.write(`wrote ${traces.reduce((n, t) => n + t.hops.length, 0)} packets of ${traces.length} trace(s) to ${o.pcapng}\n`);
        }
        return;
      }
      const wsUrl = new URL(`/api/stream?${params.toString()}`, base.replace(/^http/, 'ws'));
      await new Promise<void>((resolve, reject) => {
        const ws = new WebSocket(wsUrl, ['packetlife'], { headers: authHeaders(token) });
        ws.on('message', (data) => {
          const t = JSON.parse(String(data)) as Trace;
          process.stdout.write(output === 'json' || output === 'jsonl' ? `${JSON.stringify(t)}\n` : output === 'table' ? `${renderTraceRow(t)}\n` : formatTrace(t, output));
        });
        ws.on('unexpected-response', (_req, res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => reject(new UserError(`collector refused the stream (HTTP ${res.statusCode}): ${text.trim()}`)));
        });
        ws.on('error', (err) => reject(new UserError(`cannot follow traces at ${wsUrl.toString()}: ${err.message}`)));
        ws.on('close', () => resolve());
        const signal = waitForStopSignal();
        void signal.received.then(() => ws.close());
        ws.once('close', () => signal.release());
      });
    });
}
