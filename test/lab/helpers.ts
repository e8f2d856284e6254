/**
 * Shared plumbing of the lab tests: each test file builds its own lab (a short, unique name, so
 * files can run in parallel) in beforeAll and removes it in afterAll, also when tests fail.
 */
import { execa } from 'execa';
import { afterAll, beforeAll } from 'vitest';
import { canRunAsRoot } from '../support/gate.js';
import { labDown, labUp } from '../../lab/lab.js';
import { netnsName } from '../../lab/naming.js';
import type { LabState } from '../../lab/state.js';
import { loadTopology, type LabTopology } from '../../lab/topology.js';

export interface LabHandle {
  readonly state: LabState;
  /** netns names of this lab. */
  readonly ns: {
    node: (node: string) => string;
    pod: (key: string) => string;
    vpc: string;
    natgw: string;
    internet: string;
    nlb: string;
    alb: string;
  };
}

/** Build lab NAME for this file (optionally from a modified default topology) and always tear it down; only where the root gate (test/support/gate.ts) lets lab suites run. */
export function useLab(name: string, modify?: (t: LabTopology) => void): LabHandle {
  let state: LabState | undefined;
  // Without root (or in a unit run) the file's suites are skipped by the gate: build nothing.
  if (canRunAsRoot) {
    beforeAll(async () => {
      await labDown({ name }); // a previous crashed run must not make this one fail
      const topology = loadTopology();
      modify?.(topology);
      state = await labUp({ name, topology });
    });
    afterAll(async () => {
      await labDown({ name });
    });
  }
  return {
    get state(): LabState {
      if (!state) throw new Error(`lab ${name} is not up`);
      return state;
    },
    ns: {
      node: (node) => netnsName.node(name, node),
      pod: (key) => {
        const [namespace, pod] = key.split('/') as [string, string];
        return netnsName.pod(name, namespace, pod);
      },
      vpc: netnsName.vpc(name),
      natgw: netnsName.natgw(name),
      internet: netnsName.internet(name),
      nlb: netnsName.nlb(name),
      alb: netnsName.alb(name),
    },
  };
}

/** Run argv in a netns; resolves with the result whatever the exit code. */
export async function nsExec(netns: string, argv: string[], timeoutMs = 20_000): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  const r = await execa('ip', ['netns', 'exec', netns, ...argv], { reject: false, timeout: timeoutMs });
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode ?? -1 };
}

export async function ipJson<T>(netns: string, args: string[]): Promise<T> {
  const r = await execa('ip', ['-n', netns, '-j', ...args]);
  return JSON.parse(r.stdout || '[]') as T;
}

/** One HTTP GET with curl inside a netns; the body, or an error with curl's message. */
export async function curl(netns: string, url: string): Promise<string> {
  const r = await nsExec(netns, ['curl', '-sS', '--max-time', '5', url]);
  if (r.exitCode !== 0) throw new Error(`curl ${url} in ${netns} failed (${r.exitCode}): ${r.stderr}`);
  return r.stdout;
}

/** COUNT sequential GETs (one new connection each) from one process: what each echo reply said. */
export async function curlMany(netns: string, url: string, count: number): Promise<Array<{ hostname: string; client: string; body: string }>> {
  const sep = '=====PACKETLIFE-END=====';
  // A fixed script; the URL travels as $1, never spliced into the shell text.
  const script = `for i in $(seq ${count}); do curl -sS --max-time 5 "$1" || echo curl-failed; echo "${sep}"; done`;
  const r = await nsExec(netns, ['sh', '-c', script, 'sh', url], 120_000);
  const bodies = r.stdout.split(`${sep}\n`).filter((b) => b.trim() !== '');
  return bodies.map((body) => ({ hostname: echoField(body, 'Hostname'), client: echoField(body, 'client_address'), body }));
}

/** A field of an echo server reply: `Hostname: X`, `client_address=X`, `x-forwarded-for=X`. */
export function echoField(body: string, field: string): string {
  const m = new RegExp(`^\\s*${field}(?::\\s*|=)(.*)$`, 'm').exec(body);
  return m?.[1]?.trim() ?? '';
}

export interface ConntrackEntry {
  proto: string;
  orig: { src: string; dst: string; sport: number; dport: number };
  reply: { src: string; dst: string; sport: number; dport: number };
}

/** `conntrack -L` of a netns, parsed (the first src/dst/sport/dport are the original direction). */
export async function conntrack(netns: string, args: string[] = []): Promise<ConntrackEntry[]> {
  const r = await nsExec(netns, ['conntrack', '-L', ...args]);
  return r.stdout
    .split('\n')
    .filter((l) => l.includes('src='))
    .map((l) => {
      const all = (k: string): string[] => [...l.matchAll(new RegExp(`\\b${k}=(\\S+)`, 'g'))].map((m) => m[1]!);
      const [src, dst, sport, dport] = [all('src'), all('dst'), all('sport'), all('dport')];
      return {
        proto: l.split(/\s+/)[0]!,
        orig: { src: src[0]!, dst: dst[0]!, sport: Number(sport[0]), dport: Number(dport[0]) },
        reply: { src: src[1]!, dst: dst[1]!, sport: Number(sport[1]), dport: Number(dport[1]) },
      };
    });
}
