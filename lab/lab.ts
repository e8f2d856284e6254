/**
 * Lab lifecycle: build a lab from a topology (`labUp`), remove it (`labDown`, which works from
 * names alone, after a crash or a half-built up), read it (`labStatus`) and run commands in it
 * (`labExec`). Nothing here touches the root network namespace: every link is created from
 * inside a lab netns with its peer in another lab netns.
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa, type Options, type Result } from 'execa';
import { UserError } from '../common/errors.js';
import { childLog } from '../common/log.js';
import { LAB_NAME_PATTERN, LABS_DIR, labPrefix, NETNS_PREFIX } from './naming.js';
import { planLab, type NetnsPlan } from './plan.js';
import { isLabServer, serverScript, startServer, stopProcesses, waitReady, type StartedServer } from './processes.js';
import { iptablesRestore, ipBatch, listNetns, netnsPids, setSysctls } from './run.js';
import { labDir, readLabState, writeLabState, type LabProcess, type LabState } from './state.js';
import { defaultTopologyFile, loadTopology, type LabTopology } from './topology.js';

const log = childLog('lab');

export const DEFAULT_LAB = 'default';
const ETC_NETNS = '/etc/netns';
const READY_TIMEOUT_MS = 15_000;

export interface LabUpOptions {
  name?: string;
  topologyFile?: string;
  topology?: LabTopology;
  onProgress?: (msg: string) => void;
}

/** Network namespaces, veths and iptables need root; say so instead of failing on the first `ip`. */
function requireRoot(what: string): void {
  if (process.getuid?.() !== 0) throw new UserError(`${what} needs root (network namespaces and iptables): run it with sudo`);
}

export function checkLabName(name: string): string {
  if (!LAB_NAME_PATTERN.test(name)) {
    throw new UserError(`invalid lab name "${name}": use 1-12 lowercase letters and digits (it becomes part of netns names)`);
  }
  return name;
}

export async function labUp(opts: LabUpOptions): Promise<LabState> {
  const name = checkLabName(opts.name ?? DEFAULT_LAB);
  requireRoot('lab up');
  const progress = opts.onProgress ?? ((): void => undefined);
  const topologyFile = opts.topology ? opts.topologyFile : (opts.topologyFile ?? defaultTopologyFile());
  const topology = opts.topology ?? loadTopology(topologyFile);
  const started = Date.now();

  const existing = (await listNetns()).filter((n) => n.startsWith(labPrefix(name)));
  if (existing.length > 0) {
    throw new UserError(`lab "${name}" is already up (${existing.length} netns); run "packetlife lab down --name ${name}" first`);
  }
  // State without a single netns is what a crash or a reboot leaves: clear it (and any server
  // it still names) rather than refuse.
  if (readLabState(name)) await labDown({ name });
  const plan = planLab(name, topology);
  const scripts = {
    echo: serverScript('echo'),
    dns: serverScript('dns'),
    checkip: serverScript('checkip'),
    alb: serverScript('alb'),
    healthz: serverScript('healthz'),
  };
  const dir = labDir(name);
  try {
    mkdirSync(join(dir, 'run'), { recursive: true });
    mkdirSync(join(dir, 'logs'), { recursive: true });

    progress(`creating ${plan.netns.length} network namespaces`);
    await ipBatch(plan.netns.map((n) => `netns add ${n.name}`));

    progress('creating veth pairs (ENIs, pod veths, VPC links)');
    await Promise.all(plan.netns.map((n) => ipBatch(n.links, n.name)));

    progress('configuring addresses, routes, rules, neighbours, sysctls and iptables');
    await Promise.all(plan.netns.map((n) => configure(n)));

    const dnsRecordsFile = join(dir, 'dns-records.json');
    writeFileSync(dnsRecordsFile, `${JSON.stringify(plan.dnsRecords, null, 2)}\n`);

    progress(`starting ${plan.servers.length} servers`);
    const running: Array<StartedServer & { what: string; netns: string }> = [];
    for (const [i, s] of plan.servers.entries()) {
      const extra = s.kind === 'dns' ? ['--records', dnsRecordsFile, '--domain', topology.clusterDomain] : [];
      const readyFile = join(dir, 'run', `server-${i}.ready`);
      const logFile = join(dir, 'logs', `${s.kind}-${i}.log`);
      running.push({ ...startServer(s.netns, scripts[s.kind], [...s.args, ...extra], readyFile, logFile), what: s.what, netns: s.netns });
    }
    // Record the processes right away: a failure below must still be able to stop them.
    const processes: LabProcess[] = running.map((r) => ({ pid: r.pid, netns: r.netns, what: r.what }));
    const state: LabState = {
      name,
      ...(topologyFile ? { topologyFile } : {}),
      topology,
      createdAt: new Date().toISOString(),
      netns: plan.netns.map((n) => ({
        name: n.name,
        role: n.role,
        ...(n.node ? { node: n.node } : {}),
        ...(n.pod ? { pod: n.pod } : {}),
        inode: String(statSync(`/var/run/netns/${n.name}`).ino),
      })),
      processes,
    };
    writeLabState(state);
    await waitReady(running, READY_TIMEOUT_MS);
    progress(`lab "${name}" is up in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    log.info({ lab: name, ms: Date.now() - started, netns: plan.netns.length, servers: running.length }, 'lab up');
    return state;
  } catch (err) {
    log.error({ lab: name, err: (err as Error).message }, 'lab up failed; removing what was made');
    await labDown({ name }).catch((e: unknown) => log.error({ err: e }, 'cleanup after failed lab up'));
    throw err;
  }
}

async function configure(n: NetnsPlan): Promise<void> {
  // ip_forward first: writing it resets per-device forwarding settings.
  await setSysctls(n.name, n.sysctls);
  await ipBatch(n.config, n.name);
  await iptablesRestore(n.name, n.iptables);
  if (n.resolvConf !== undefined) {
    mkdirSync(join(ETC_NETNS, n.name), { recursive: true });
    writeFileSync(join(ETC_NETNS, n.name, 'resolv.conf'), n.resolvConf);
  }
}

/** Lab names found anywhere: netns names, state dirs, /etc/netns dirs. */
async function allLabNames(): Promise<string[]> {
  const names = new Set<string>();
  const fromNetns = (n: string): void => {
    if (!n.startsWith(NETNS_PREFIX)) return;
    const lab = n.slice(NETNS_PREFIX.length).split('-')[0];
    if (lab) names.add(lab);
  };
  (await listNetns()).forEach(fromNetns);
  safeReaddir(ETC_NETNS).forEach(fromNetns);
  safeReaddir(LABS_DIR).forEach((n) => names.add(n));
  return [...names].sort();
}

function safeReaddir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/**
 * Remove a lab completely, from names alone: stop every process inside its netns (and any
 * recorded server still alive elsewhere), delete every netns named plab-NAME-*, its /etc/netns
 * files and its state directory. Safe to run twice, after a crash, or on a half-built lab.
 */
export async function labDown(opts: { name?: string; all?: boolean }): Promise<{ removed: string[] }> {
  requireRoot('lab down');
  const labs = opts.all ? await allLabNames() : [checkLabName(opts.name ?? DEFAULT_LAB)];
  const removed: string[] = [];
  for (const lab of labs) removed.push(...(await removeLab(lab)));
  return { removed };
}

async function removeLab(lab: string): Promise<string[]> {
  const prefix = labPrefix(lab);
  const netns = (await listNetns()).filter((n) => n.startsWith(prefix));
  const pids = new Set<number>();
  for (const pids_ of await Promise.all(netns.map((n) => netnsPids(n)))) pids_.forEach((p) => pids.add(p));
  let state: LabState | undefined;
  try {
    state = readLabState(lab);
  } catch {
    state = undefined; // a corrupt state file must not stop the cleanup
  }
  for (const p of state?.processes ?? []) if (isLabServer(p.pid)) pids.add(p.pid);
  if (pids.size > 0) await stopProcesses([...pids]);
  if (netns.length > 0) await ipBatch(netns.map((n) => `netns del ${n}`));
  for (const d of safeReaddir(ETC_NETNS).filter((d) => d.startsWith(prefix))) rmSync(join(ETC_NETNS, d), { recursive: true, force: true });
  rmSync(labDir(lab), { recursive: true, force: true });
  if (netns.length > 0 || pids.size > 0) log.info({ lab, netns: netns.length, processes: pids.size }, 'lab down');
  return netns;
}

export async function labStatus(name: string): Promise<LabState | undefined> {
  return readLabState(checkLabName(name));
}

const ROLE_TARGETS = new Set(['vpc', 'natgw', 'internet', 'nlb', 'alb']);

/** The netns of a target: a pod (`toolbox-a` or `packetlab/toolbox-a`), a node name, or vpc/natgw/internet/nlb/alb. */
export function resolveTarget(state: LabState, target: string): string {
  const found = ROLE_TARGETS.has(target)
    ? state.netns.filter((n) => n.role === target)
    : target.includes('/')
      ? state.netns.filter((n) => n.role === 'pod' && n.pod === target)
      : state.netns.filter((n) => (n.role === 'node' && n.node === target) || (n.role === 'pod' && n.pod?.split('/')[1] === target));
  if (found.length === 1) return found[0]!.name;
  if (found.length > 1) throw new UserError(`target "${target}" is ambiguous: ${found.map((n) => n.pod ?? n.name).join(', ')}; use NAMESPACE/NAME`);
  const pods = state.netns.filter((n) => n.role === 'pod').map((n) => n.pod);
  const nodes = state.netns.filter((n) => n.role === 'node').map((n) => n.node);
  throw new UserError(
    `no target "${target}" in lab "${state.name}": pods ${pods.join(', ')}; nodes ${nodes.join(', ')}; or ${[...ROLE_TARGETS].join(', ')}`,
  );
}

/** Run argv inside a lab netns (`ip netns exec NETNS ...`). Resolves with the execa result, whatever the exit code. */
export async function labExec(name: string, target: string, argv: string[], opts: Options = {}): Promise<Result> {
  const state = readLabState(checkLabName(name));
  if (!state) throw new UserError(`lab "${name}" is not up (run "packetlife lab up --name ${name}")`);
  requireRoot('lab exec');
  if (argv.length === 0) throw new UserError('no command given (lab exec TARGET -- CMD...)');
  const netns = resolveTarget(state, target);
  return execa('ip', ['netns', 'exec', netns, ...argv], { reject: false, ...opts }) as Promise<Result>;
}
