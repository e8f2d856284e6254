/**
 * What a running lab is, persisted as JSON in /run/packetlife/labs/NAME/state.json. The agent
 * reads it to scope itself to one lab node (the node netns and its pods' netns, matched by
 * inode) and the collector to name things. `lab down` never needs it: it finds everything by name.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabTopology } from './topology.js';
import { LABS_DIR } from './naming.js';

export type NetnsRole = 'node' | 'pod' | 'vpc' | 'natgw' | 'internet' | 'nlb' | 'alb';

export interface LabNetns {
  name: string;
  role: NetnsRole;
  /** The lab node this netns is, or hosts (for pods). */
  node?: string;
  /** namespace/name of the pod. */
  pod?: string;
  /** Decimal inode of /var/run/netns/NAME: the netns's inum, as bpftrace sees it in skb->dev->nd_net. */
  inode: string;
}

export interface LabProcess {
  pid: number;
  netns: string;
  /** e.g. "echo server packetlab/echoserver-a". */
  what: string;
}

export interface LabState {
  name: string;
  topologyFile?: string;
  topology: LabTopology;
  createdAt: string;
  netns: LabNetns[];
  processes: LabProcess[];
}

export function labDir(name: string): string {
  return join(LABS_DIR, name);
}

export function stateFile(name: string): string {
  return join(labDir(name), 'state.json');
}

export function writeLabState(state: LabState): void {
  mkdirSync(labDir(state.name), { recursive: true });
  // Write then rename: a reader never sees half a file.
  const tmp = `${stateFile(state.name)}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(tmp, stateFile(state.name));
}

/** The state of lab NAME, or undefined when it has none (not up, or torn down). */
export function readLabState(name: string): LabState | undefined {
  let text: string;
  try {
    text = readFileSync(stateFile(name), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  return JSON.parse(text) as LabState;
}
