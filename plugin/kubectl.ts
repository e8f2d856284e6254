#!/usr/bin/env node
/**
 * kubectl-packetlife: `kubectl packetlife trace|traces|verify|agents ...`.
 *
 * Finds the collector the chart installed through the current kube context — the Service
 * labelled app.kubernetes.io/name=packetlife, app.kubernetes.io/component=collector (in
 * --install-namespace, else in any namespace), its CA from the chart's TLS Secret
 * (`<service>-tls`, key ca.crt) unless --ca is given — and reaches it with
 * `kubectl port-forward`, so every request carries the user's own kube credentials to the API
 * server. With --collector URL it talks to that collector directly (--ca for a private CA).
 * The commands themselves are packetlife's (same flags, same output); `agents` lists the
 * agents the collector knows.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clientToken } from '../common/client-token.js';

const CLI = join(dirname(fileURLToPath(import.meta.url)), '..', 'cli.js');
const COMMANDS = ['trace', 'traces', 'verify', 'agents'];
const SELECTOR = 'app.kubernetes.io/name=packetlife,app.kubernetes.io/component=collector';

const HELP = `kubectl packetlife: live packet traces in this cluster (packetlife's agents and collector)

Usage:
  kubectl packetlife trace --from X --to Y [--port P] [--count N] [--json]
  kubectl packetlife traces [--follow] [--namespace NS] [--pod NS/NAME] [-o FORMAT]
  kubectl packetlife verify CLAIMS.yaml [--json]
  kubectl packetlife agents [--json] [--token T]

X and Y: pod/NAMESPACE/NAME, svc/NAMESPACE/NAME, node/NAME or an IP.
Each command's own flags: kubectl packetlife COMMAND --help.

Finding the collector:
  --collector URL            use this collector API (skips discovery), e.g. https://127.0.0.1:7400
  --ca FILE                  CA certificate (PEM) the collector's certificate is signed by
  --install-namespace NS     where the chart is installed (default: search every namespace)
  --context NAME             kube context (default: the current one)
  --kubeconfig FILE          kubeconfig file

Without --collector the plugin looks up the Service labelled
${SELECTOR} through the kube context, reads ca.crt from its "<service>-tls" Secret (unless --ca),
and port-forwards to it with kubectl: your own credentials and RBAC apply.
`;

class PluginError extends Error {}

interface Parsed {
  command: string;
  rest: string[];
  collector?: string;
  ca?: string;
  installNamespace?: string;
  kubectlArgs: string[];
}

/** Takes the plugin's own flags out of argv (anywhere), leaves the command's flags as they are. */
export function parseArgs(argv: string[]): Parsed {
  const rest: string[] = [];
  const kubectlArgs: string[] = [];
  let collector: string | undefined;
  let ca: string | undefined;
  let installNamespace: string | undefined;
  let command = '';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new PluginError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--collector') collector = value();
    else if (flag === '--ca') ca = value();
    else if (flag === '--install-namespace') installNamespace = value();
    else if (flag === '--context' || flag === '--kubeconfig') kubectlArgs.push(flag, value());
    else if (!command && !a.startsWith('-')) command = a;
    else rest.push(a);
  }
  return { command, rest, kubectlArgs, ...(collector ? { collector } : {}), ...(ca ? { ca } : {}), ...(installNamespace ? { installNamespace } : {}) };
}

function kubectl(args: string[]): string {
  const r = spawnSync('kubectl', args, { encoding: 'utf8' });
  if (r.error) throw new PluginError(`cannot run kubectl: ${r.error.message}`);
  if (r.status !== 0) throw new PluginError(`kubectl ${args.join(' ')}: ${r.stderr.trim()}`);
  return r.stdout;
}

interface ServiceRef {
  namespace: string;
  name: string;
  port: number;
  scheme: 'https' | 'http';
}

function findCollector(p: Parsed): ServiceRef {
  const where = p.installNamespace ? ['-n', p.installNamespace] : ['--all-namespaces'];
  const list = JSON.parse(kubectl([...p.kubectlArgs, 'get', 'services', ...where, '-l', SELECTOR, '-o', 'json'])) as {
    items: Array<{ metadata: { namespace: string; name: string }; spec: { ports?: Array<{ name?: string; port: number; appProtocol?: string }> } }>;
  };
  if (list.items.length === 0) throw new PluginError(`no packetlife collector Service (${SELECTOR}) ${p.installNamespace ? `in namespace ${p.installNamespace}` : 'in any namespace'}: is the chart installed? (or pass --collector URL)`);
  if (list.items.length > 1) throw new PluginError(`several packetlife collectors: ${list.items.map((s) => `${s.metadata.namespace}/${s.metadata.name}`).join(', ')}; pick one with --install-namespace`);
  const svc = list.items[0]!;
  const port = svc.spec.ports?.find((x) => x.name === 'api') ?? svc.spec.ports?.[0];
  if (!port) throw new PluginError(`Service ${svc.metadata.namespace}/${svc.metadata.name} has no port`);
  return { namespace: svc.metadata.namespace, name: svc.metadata.name, port: port.port, scheme: port.appProtocol === 'http' ? 'http' : 'https' };
}

/** `kubectl port-forward svc/NAME :PORT`; resolves with the local port once it forwards. */
function portForward(p: Parsed, svc: ServiceRef): Promise<{ child: ChildProcess; localPort: number }> {
  const child = spawn('kubectl', [...p.kubectlArgs, 'port-forward', '-n', svc.namespace, `svc/${svc.name}`, `:${svc.port}`, '--address', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new PluginError(`kubectl port-forward to ${svc.namespace}/${svc.name} did not start within 20 s: ${err.trim()}`)), 20_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Forwarding from 127\.0\.0\.1:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, localPort: Number(m[1]) });
      }
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new PluginError(`kubectl port-forward exited ${code}: ${err.trim()}`));
    });
  });
}

/** `agents`: GET /api/agents with the token packetlife's own commands would send. */
async function agents(url: string, rest: string[]): Promise<number> {
  const opt = (flag: string): string | undefined => {
    const i = rest.findIndex((a) => a === flag || a.startsWith(`${flag}=`));
    return i < 0 ? undefined : rest[i]!.includes('=') ? rest[i]!.slice(flag.length + 1) : rest[i + 1];
  };
  const json = rest.includes('--json');
  const token = await clientToken({ ...(opt('--token') ? { token: opt('--token')! } : {}), ...(opt('--token-file') ? { tokenFile: opt('--token-file')! } : {}) }, url);
  const res = await fetch(new URL('/api/agents', url), token ? { headers: { authorization: `Bearer ${token}` } } : {});
  if (!res.ok) throw new PluginError(`${url}/api/agents: HTTP ${res.status} ${(await res.text()).slice(0, 200)}`);
  const list = (await res.json()) as Array<{ node: string; agentVersion: string; connected: boolean; events: number; snapshot: unknown; sessions: Record<string, unknown>; loss?: { lostEvents?: number } }>;
  if (json) {
    process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    return 0;
  }
  const rows = [['NODE', 'CONNECTED', 'VERSION', 'EVENTS', 'SESSIONS', 'SNAPSHOT']];
  for (const a of list) rows.push([a.node, a.connected ? 'yes' : 'no', a.agentVersion, String(a.events), String(Object.keys(a.sessions ?? {}).length), a.snapshot ? 'yes' : 'no']);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) process.stdout.write(`${r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()}\n`);
  if (list.length === 0) process.stdout.write('no agents have connected to this collector\n');
  return 0;
}

function runCli(command: string, rest: string[], url: string, caFile: string | undefined): Promise<number> {
  const env = { ...process.env, ...(caFile ? { NODE_EXTRA_CA_CERTS: caFile } : {}) };
  const child = spawn(process.execPath, [CLI, command, ...rest, '--collector', url], { stdio: 'inherit', env });
  const forward = (sig: NodeJS.Signals): void => void child.kill(sig);
  process.on('SIGINT', forward).on('SIGTERM', forward);
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal === 'SIGINT' ? 130 : 1))));
}

async function main(argv: string[]): Promise<number> {
  const p = parseArgs(argv);
  if (!p.command || p.command === 'help' || (p.rest.length === 0 && argv.some((a) => a === '--help' || a === '-h') && !COMMANDS.includes(p.command))) {
    process.stdout.write(HELP);
    return p.command && p.command !== 'help' ? 2 : 0;
  }
  if (!COMMANDS.includes(p.command)) throw new PluginError(`unknown command "${p.command}": one of ${COMMANDS.join(', ')} (kubectl packetlife --help)`);
  if (p.rest.includes('--help') || p.rest.includes('-h')) {
    if (p.command === 'agents') {
      process.stdout.write('Usage: kubectl packetlife agents [--json] [--token T | --token-file F]\n\nthe agents the collector knows: node, connected, version, events, sessions, snapshot\n(the token: as packetlife\'s commands choose it, the kube context\'s credentials by default)\n');
      return 0;
    }
    return runCli(p.command, p.rest, 'http://127.0.0.1:0', undefined);
  }
  const temp = mkdtempSync(join(tmpdir(), 'kubectl-packetlife-'));
  let forwarder: ChildProcess | undefined;
  try {
    let url = p.collector;
    let caFile = p.ca;
    if (!url) {
      const svc = findCollector(p);
      if (!caFile && svc.scheme === 'https') {
        const ca = kubectl([...p.kubectlArgs, 'get', 'secret', '-n', svc.namespace, `${svc.name}-tls`, '-o', 'jsonpath={.data.ca\\.crt}']).trim();
        if (!ca) throw new PluginError(`Secret ${svc.namespace}/${svc.name}-tls has no ca.crt: pass --ca FILE`);
        caFile = join(temp, 'ca.crt');
        writeFileSync(caFile, Buffer.from(ca, 'base64'));
      }
      const f = await portForward(p, svc);
      forwarder = f.child;
      // localhost is in the collector certificate's names (the chart puts it there).
      url = `${svc.scheme}://localhost:${f.localPort}`;
    }
    if (p.command === 'agents') {
      // Node reads NODE_EXTRA_CA_CERTS at start only: with a private CA, ask from a child.
      if (caFile) return await runSelfAgents(url, caFile, p.rest);
      return await agents(url, p.rest);
    }
    return await runCli(p.command, p.rest, url, caFile);
  } finally {
    forwarder?.kill('SIGTERM');
    rmSync(temp, { recursive: true, force: true });
  }
}

/** `agents` with a private CA: Node reads NODE_EXTRA_CA_CERTS at start, so ask in a child. */
function runSelfAgents(url: string, caFile: string, rest: string[]): Promise<number> {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), 'agents', '--collector', url, ...rest], {
    stdio: 'inherit',
    env: { ...process.env, NODE_EXTRA_CA_CERTS: caFile },
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === realpathSync(process.argv[1])) {
  main(process.argv.slice(2))
    .then((code) => process.exit(code))
    .catch((err: unknown) => {
      process.stderr.write(`kubectl packetlife: ${err instanceof PluginError ? err.message : String((err as Error)?.stack ?? err)}\n`);
      process.exit(err instanceof PluginError ? 2 : 1);
    });
}
