/**
 * Flows: traces grouped through NAT. Each trace brings keys — the conntrack original tuple of
 * every node it crossed, and the direction-free form of every tuple it carried (before and after
 * each rewrite) — and traces sharing a key are one flow. So a request to a VIP and the reply
 * from the endpoint meet: both carry client↔endpoint and client↔VIP. A flow idle longer than
 * the idle timeout is finished; a later packet with the same tuple starts a new flow.
 */
import type { ConntrackInfo, Tuple } from '../../common/event.js';
import type { Flow, FlowDirection, Trace } from '../trace-model.js';
import { fnvBegin, fnvHex, fnvNumber, fnvString } from './hash.js';
import { conversationKey, ctKey } from './flow-keys.js';
import { invert, sameTuple } from './packet-keys.js';

interface FlowState {
  flow: Flow;
  keys: string[]; // a handful per flow: an array with a duplicate check is cheaper than a Set
  lastWall: number;
  done: boolean;
}

export interface FlowStats {
  active: number;
  finished: number;
  evicted: number;
}

export class FlowTracker {
  private readonly byKey = new Map<string, FlowState>();
  private readonly order: FlowState[] = [];
  private head = 0;
  private activeCount = 0;
  readonly stats: FlowStats = { active: 0, finished: 0, evicted: 0 };

  constructor(
    private readonly idleNs: number,
    private readonly maxActive: number,
  ) {}

  /**
   * Put a trace in its flow; sets trace.flowId and trace.direction and returns the updated flow.
   * `segmentDirection` is what conntrack said about the trace's packets, when any node had it.
   */
  assign(trace: Trace, cts: ConntrackInfo[], segmentDirection: FlowDirection | undefined, wall: number): Flow {
    this.expire(wall);
    const keys = traceKeys(trace, cts);
    const found = foundScratch;
    found.length = keys.length;
    let state: FlowState | undefined;
    for (let i = 0; i < keys.length; i++) {
      const s = this.byKey.get(keys[i]!);
      found[i] = s;
      if (!s || s.done) continue;
      if (!state) state = s;
      else if (s !== state) this.merge(state, s);
    }
    if (!state) {
      const first = trace.first;
      const ct = segmentDirection === 'reply' ? cts[cts.length - 1] : cts[0];
      const original = ct ? ct.original : segmentDirection === 'reply' ? invert(first) : first;
      const flow: Flow = {
        id: flowId(original, trace.startNs),
        original,
        ...(ct ? { reply: ct.reply } : {}),
        traceIds: [],
        firstNs: trace.startNs,
        lastNs: trace.endNs,
      };
      state = { flow, keys: [], lastWall: wall, done: false };
      this.order.push(state);
      this.activeCount++;
      if (this.activeCount > this.maxActive) this.evictOldest();
    }
    for (let i = 0; i < keys.length; i++) {
      // Mapped to this flow already means kept in its keys already: most traces bring no new key.
      // (What the first lookup found: a key it found on a flow merged into this one since is in
      // this flow's keys already, and mapped to it, so the steps below change nothing for it.)
      if (found[i] === state) continue;
      const k = keys[i]!;
      addKey(state.keys, k);
      this.byKey.set(k, state);
    }
    const f = state.flow;
    if (!f.reply) {
      for (const c of cts) {
        if (sameTuple(c.original, f.original)) {
          f.reply = c.reply;
          break;
        }
      }
    }
    trace.flowId = f.id;
    trace.direction = segmentDirection ?? inferDirection(trace.first, f.original);
    f.traceIds.push(trace.id);
    if (decimalLess(trace.startNs, f.firstNs)) f.firstNs = trace.startNs;
    if (decimalLess(f.lastNs, trace.endNs)) f.lastNs = trace.endNs;
    for (const n of trace.nats) {
      if (n.service && !f.service) f.service = n.service;
      if (n.endpointPod && !f.endpointPod) f.endpointPod = n.endpointPod;
    }
    if (wall > state.lastWall) state.lastWall = wall;
    return f;
  }

  /** Finish flows idle for longer than the idle timeout (relative to `wall`). */
  expire(wall: number): void {
    while (this.head < this.order.length) {
      const s = this.order[this.head]!;
      if (!s.done && s.lastWall + this.idleNs > wall) break;
      this.head++;
      if (!s.done) this.finish(s);
    }
    if (this.head > 1024 && this.head * 2 > this.order.length) {
      this.order.splice(0, this.head);
      this.head = 0;
    }
    this.stats.active = this.activeCount;
  }

  private finish(s: FlowState): void {
    s.done = true;
    this.activeCount--;
    this.stats.finished++;
    for (const k of s.keys) if (this.byKey.get(k) === s) this.byKey.delete(k);
  }

  private evictOldest(): void {
    while (this.head < this.order.length) {
      const s = this.order[this.head++]!;
      if (s.done) continue;
      this.finish(s);
      this.stats.evicted++;
      return;
    }
  }

  private merge(into: FlowState, from: FlowState): void {
    for (const id of from.flow.traceIds) if (!into.flow.traceIds.includes(id)) into.flow.traceIds.push(id);
    for (const k of from.keys) {
      addKey(into.keys, k);
      this.byKey.set(k, into);
    }
    from.keys.length = 0;
    from.done = true;
    this.activeCount--;
  }
}

// One array reused by every assign() (never re-entered, keys copied into flows one by one).
const keyScratch: string[] = [];
// What assign() found under each of them (reused the same way; emptied only by overwriting).
const foundScratch: (FlowState | undefined)[] = [];

/** The trace's flow keys, in `keyScratch` (valid until the next call). */
function traceKeys(trace: Trace, cts: ConntrackInfo[]): string[] {
  // A handful of keys: an array with a linear duplicate check beats a Set, in insertion order.
  // Conntrack entries repeat along a path (one per hop that saw it): a tuple already keyed is
  // skipped before its key is built.
  const keys = keyScratch;
  keys.length = 0;
  for (let i = 0; i < cts.length; i++) {
    const original = cts[i]!.original;
    let seen = false;
    for (let j = 0; j < i && !seen; j++) seen = sameTuple(cts[j]!.original, original);
    if (!seen) addKey(keys, ctKey(original));
  }
  addKey(keys, conversationKey(trace.first));
  if (!sameTuple(trace.first, trace.last)) addKey(keys, conversationKey(trace.last));
  // A rewrite in the middle of a trace (not at its first or last hop) is covered by those two,
  // except a second rewrite on a later node: add the tuples between rewrites.
  if (trace.nats.length > 1) for (const n of trace.nats) addKey(keys, conversationKey(n.after));
  return keys;
}

function addKey(keys: string[], k: string): void {
  if (!keys.includes(k)) keys.push(k);
}

/**
 * fnv1a64Hex(`flow|${tupleKey(original)}|${startNs}`) fed piece by piece: the same id, without
 * building the key string.
 */
function flowId(original: Tuple, startNs: string): string {
  fnvBegin();
  fnvString('flow|');
  fnvNumber(original.protocol);
  fnvString('|');
  fnvString(original.src);
  fnvString('|');
  fnvNumber(original.sport);
  fnvString('|');
  fnvString(original.dst);
  fnvString('|');
  fnvNumber(original.dport);
  fnvString('|');
  fnvString(startNs);
  return fnvHex();
}

function inferDirection(first: Tuple, original: Tuple): FlowDirection {
  if (first.src === original.src && first.sport === original.sport) return 'request';
  if (first.dst === original.src && first.dport === original.sport) return 'reply';
  return 'request';
}

/** a < b for non-negative decimal strings, without BigInt parsing. */
function decimalLess(a: string, b: string): boolean {
  return a.length !== b.length ? a.length < b.length : a < b;
}
