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
import { conversationKey, conversationKeyWords, ctKey, ctKeyWords } from './flow-keys.js';
import { FlowKeyTable } from './flow-key-table.js';
import { invert, sameTuple } from './packet-keys.js';

interface FlowState {
  flow: Flow;
  /** Its compact keys, four words each (a handful per flow: an array with a duplicate check is cheaper than a Set). */
  words: number[];
  /** Its readable keys (tuples without a compact key: IPv6, say). */
  names: string[];
  lastWall: number;
  done: boolean;
}

export interface FlowStats {
  active: number;
  finished: number;
  evicted: number;
}

export class FlowTracker {
  /** Flows by compact key, and by readable key (the keys of tuples without a compact one). */
  private readonly byKey = new FlowKeyTable<FlowState>();
  private readonly byName = new Map<string, FlowState>();
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
    const n = traceKeys(trace, cts);
    const { words, names } = keyScratch;
    const found = foundScratch;
    found.length = n;
    let state: FlowState | undefined;
    for (let i = 0; i < n; i++) {
      const name = names[i];
      const s = name === undefined ? this.byKey.get(words, 4 * i) : this.byName.get(name);
      found[i] = s;
      if (!s || s.done) continue;
      if (!state) state = s;
      else if (s !== state) this.merge(state, s);
    }
    if (!state) {
      const first = trace.first;
      const ct = segmentDirection === 'reply' ? cts[cts.length - 1] : cts[0];
      const original = ct ? ct.original : segmentDirection === 'reply' ? invert(first) : first;
      const id = flowId(original, trace.startNs);
      // Two literals, not a spread of the optional reply (a generic copy per flow): the same fields in the same order.
      const flow: Flow = ct
        ? { id, original, reply: ct.reply, traceIds: [], firstNs: trace.startNs, lastNs: trace.endNs }
        : { id, original, traceIds: [], firstNs: trace.startNs, lastNs: trace.endNs };
      state = { flow, words: [], names: [], lastWall: wall, done: false };
      this.order.push(state);
      this.activeCount++;
      if (this.activeCount > this.maxActive) this.evictOldest();
    }
    for (let i = 0; i < n; i++) {
      // Mapped to this flow already means kept in its keys already: most traces bring no new key.
      // (What the first lookup found: a key it found on a flow merged into this one since is in
      // this flow's keys already, and mapped to it, so the steps below change nothing for it.)
      if (found[i] === state) continue;
      const name = names[i];
      if (name === undefined) {
        addWords(state.words, words, 4 * i);
        this.byKey.set(words, 4 * i, state);
      } else {
        addName(state.names, name);
        this.byName.set(name, state);
      }
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
    for (let i = 0; i < s.words.length; i += 4) this.byKey.deleteIf(s.words, i, s);
    for (const k of s.names) if (this.byName.get(k) === s) this.byName.delete(k);
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
    const moved = movedScratch;
    for (let i = 0; i < from.words.length; i += 4) {
      for (let w = 0; w < 4; w++) moved[w] = from.words[i + w]!;
      addWords(into.words, moved, 0);
      this.byKey.set(moved, 0, into);
    }
    for (const k of from.names) {
      addName(into.names, k);
      this.byName.set(k, into);
    }
    from.words.length = 0;
    from.names.length = 0;
    from.done = true;
    this.activeCount--;
  }
}

/**
 * A trace's flow keys (reused by every assign(): never re-entered, keys copied into flows one by
 * one): key i is names[i] when it is a readable key, else the four words at words[4 * i].
 */
const keyScratch: { words: Int32Array; names: (string | undefined)[] } = { words: new Int32Array(64), names: [] };
// What assign() found under each of them (reused the same way; emptied only by overwriting).
const foundScratch: (FlowState | undefined)[] = [];
// One key of a flow being merged, as words.
const movedScratch = new Int32Array(4);

/** The trace's flow keys, in `keyScratch` (valid until the next call); returns how many. */
function traceKeys(trace: Trace, cts: ConntrackInfo[]): number {
  // A handful of keys: an array with a linear duplicate check beats a Set, in insertion order.
  // Conntrack entries repeat along a path (one per hop that saw it): a tuple already keyed is
  // skipped before its key is built.
  let n = 0;
  for (let i = 0; i < cts.length; i++) {
    const original = cts[i]!.original;
    let seen = false;
    for (let j = 0; j < i && !seen; j++) seen = sameTuple(cts[j]!.original, original);
    if (!seen) n = addTupleKey(n, original, true);
  }
  n = addTupleKey(n, trace.first, false);
  if (!sameTuple(trace.first, trace.last)) n = addTupleKey(n, trace.last, false);
  // A rewrite in the middle of a trace (not at its first or last hop) is covered by those two,
  // except a second rewrite on a later node: add the tuples between rewrites.
  if (trace.nats.length > 1) for (const x of trace.nats) n = addTupleKey(n, x.after, false);
  return n;
}

/** Key n of the trace: the tuple's conntrack key (`ct`) or conversation key, unless one of keys 0..n-1 is the same; returns the count. */
function addTupleKey(n: number, t: Tuple, ct: boolean): number {
  let { words } = keyScratch;
  const { names } = keyScratch;
  if (words.length < 4 * (n + 1)) {
    const more = new Int32Array(words.length * 2);
    more.set(words);
    keyScratch.words = words = more;
  }
  const at = 4 * n;
  if (ct ? ctKeyWords(t, words, at) : conversationKeyWords(t, words, at)) {
    for (let i = 0; i < n; i++) {
      const j = 4 * i;
      if (names[i] === undefined && words[j] === words[at] && words[j + 1] === words[at + 1] && words[j + 2] === words[at + 2] && words[j + 3] === words[at + 3]) return n;
    }
    names[n] = undefined;
  } else {
    const name = ct ? ctKey(t) : conversationKey(t);
    for (let i = 0; i < n; i++) if (names[i] === name) return n;
    names[n] = name;
  }
  return n + 1;
}

/** Add the four words at k[at..] to a flow's compact keys unless there already. */
function addWords(keys: number[], k: Int32Array, at: number): void {
  for (let i = 0; i < keys.length; i += 4) if (keys[i] === k[at] && keys[i + 1] === k[at + 1] && keys[i + 2] === k[at + 2] && keys[i + 3] === k[at + 3]) return;
  keys.push(k[at]!, k[at + 1]!, k[at + 2]!, k[at + 3]!);
}

function addName(keys: string[], k: string): void {
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
