/**
 * agent/uplink.ts — the agent's connection to the collector: batches events into protobuf
 * frames over a WebSocket and guarantees that every event is either acknowledged by the
 * collector or counted as lost.
 *
 * API
 *   const up = new Uplink(options: UplinkOptions)
 *   up.start(): void                      connect, and keep reconnecting until stop()
 *   up.push(events: PacketEvent[]): void  never blocks, never throws; bad events are counted
 *   up.flush(): void                      seal the open batch now (instead of at size/time)
 *   up.setTopology(s: ITopologySnapshot)  sent now if connected, and again on every connect
 *   up.setSourceLoss({ bpfLost, parseErrors, bpftraceRestarts })
 *                                         the kernel side's cumulative counters, reported in
 *                                         every following batch
 *   up.setWatermark(wallNs: bigint)      every event stamped earlier has been pushed; carried by the
 *                                         next batch (an empty batch when no event comes, at most
 *                                         every flushIntervalMs), so the collector can close traces
 *                                         on event time
 *   up.setSampling(oneIn: number)         the agent's own sampling (1 in N), carried by every batch
 *   up.pushSegments(segs: Segment[])      node-local segments (agent/segments.ts), batched like events
 *   up.setSegmentCounters(() => c)        the agent's per-node correlation counters, read when a batch is
 *                                         sealed and carried by it
 *   up.addLossWindow(w: ILossWindow)      loss with the time window it covers, carried by the next
 *                                         batch (queue drops add their own)
 *   up.sendSessionAck(a: ISessionAck): boolean   true: sent now; false: not connected, kept
 *                                         (the latest per session id, at most 1000) and sent
 *                                         right after the next Hello
 *   up.stats(): UplinkStats
 *   await up.stop({ drainMs }): Promise<void>    seal, wait up to drainMs for every ack, close
 *   events: 'start-session' (StartSession), 'stop-session' (StopSession), 'goodbye' (reason),
 *           'connected', 'disconnected' ({ code, reason }), 'ack' (seq), 'loss' (DropCount),
 *           'topology' (TopologyUpdate: the collector wants segments, named with this topology),
 *           'welcome' (Welcome: the collector's first frame, whether it reads segments; sent only
 *           when hello.capabilities.welcome), 'older-collector' (the first frame's type, when the
 *           first frame of a connection is not a Welcome: a collector older than Welcome)
 *
 * Delivery. Batches get sequence numbers 1, 2, 3… per agent id. A sealed batch stays in a
 * byte-bounded queue until the collector acks its seq (an Ack frees everything <= seq). Each
 * connection starts with Hello{resume_from_seq = oldest unacked seq}, the latest topology
 * snapshot, then every unacked batch in order, so a collector restart within the queue budget
 * loses nothing (the collector drops duplicates by seq). Delivery is exactly-once while one
 * collector process lives and at-least-once across its restart: a batch the old process stored
 * but whose Ack died with it is sent again, and the new process cannot know it has been seen
 * (the correlator tolerates duplicated events). When a new batch does not fit in the
 * budget the OLDEST batches are dropped and counted in LossCounters.queue_dropped_events /
 * queue_dropped_batches, which the next batch carries (counters are cumulative), and logged.
 *
 * Memory: queueBudgetBytes of sealed frames + one open batch (<= maxBatchBytes) + at most
 * sendHighWaterBytes handed to the socket (ws copies a frame to mask it).
 *
 * Liveness: a Heartbeat every heartbeatIntervalMs; when nothing at all arrives from the
 * collector for peerTimeoutMs the socket is dropped and re-dialled. Reconnects wait a jittered
 * exponential backoff (half fixed, half random, capped) so a fleet does not reconnect in step.
 */
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import type { Logger } from 'pino';
import WebSocket from 'ws';
import type { PacketEvent } from '../common/event.js';
import { childLog } from '../common/log.js';
import { bigintToLong, decodeCollectorFrame, encodeAgentFrame, FrameDecodeError, toNumber } from '../proto/codec.js';
import type { packetlife } from '../proto/generated/packetlife.js';
import { BatchBuilder } from './uplink-batch.js';
import { UnackedQueue, type DropCount } from './uplink-queue.js';
import { AGENT_MAX_COLLECTOR_FRAME_BYTES, PROTOCOL_VERSION } from '../proto/version.js';
import type { SourceLoss } from './source.js';
import type { Segment } from '../collector/correlate/segment.js';

export interface UplinkOptions {
  /** ws://host:port/path or wss://… */
  url: string;
  hello: {
    agentId: string;
    node: string;
    agentVersion: string;
    capabilities?: packetlife.v1.ICapabilities;
    scope?: packetlife.v1.IScope;
  };
  /** File holding the bearer token; read at every connect, so a rotated token is picked up. */
  tokenFile?: string;
  /** The token itself (embedding, tests). tokenFile wins when both are set. */
  token?: string;
  /** PEM of the CA that signed the collector's certificate (or the self-signed cert itself). */
  ca?: string | Buffer;
  maxBatchEvents?: number; // default 1000
  maxBatchBytes?: number; // default 256 KiB
  flushIntervalMs?: number; // default 20
  watermarkIntervalMs?: number; // default 250: a batch with no events (watermark, loss) at most this often
  queueBudgetBytes?: number; // default 32 MiB: ~170k events, ~17 s of 10k events/s without a collector
  heartbeatIntervalMs?: number; // default 5000
  peerTimeoutMs?: number; // default 3 × heartbeatIntervalMs
  backoffInitialMs?: number; // default 250
  backoffMaxMs?: number; // default 2000: a collector that is back is found within 2 s
  sendHighWaterBytes?: number; // default 1 MiB
  handshakeTimeoutMs?: number; // default 10000
  logger?: Logger;
}

export interface UplinkStats {
  connected: boolean;
  connects: number;
  nextSeq: number; // the seq the next sealed batch gets
  ackedSeq: number; // highest seq the collector acknowledged (0: none)
  unackedBatches: number;
  unackedBytes: number;
  openBatchEvents: number;
  sentBatches: number;
  resentBatches: number;
  loss: {
    queueDroppedEvents: number;
    queueDroppedBatches: number;
    encodeErrors: number;
    bpfLost: number;
    parseErrors: number;
    bpftraceRestarts: number;
  };
}

interface UplinkEvents {
  'start-session': [packetlife.v1.StartSession];
  'stop-session': [packetlife.v1.StopSession];
  goodbye: [string];
  connected: [];
  disconnected: [{ code: number; reason: string }];
  ack: [number];
  loss: [DropCount];
  topology: [packetlife.v1.TopologyUpdate];
  welcome: [packetlife.v1.Welcome];
  'older-collector': [string];
}

const LOSS_LOG_INTERVAL_MS = 5000;
const MAX_PENDING_SESSION_ACKS = 1000;

/**
 * How long a batch with events or segments waits for more. The collector finishes a trace when
 * its last segment comes, so this wait is part of every trace's latency: at 100 ms it was 80 ms
 * of the agent's ≈ 110 ms at the median (bench/e2e-latency stages). 20 ms is the period of the
 * kernel's watermark marks (bpf/program.ts MARK_HZ): a segment closes on a mark, and the batch
 * that carries it goes out before the next one: at most about one frame per mark (50/s). A busy
 * agent's frames get smaller (at 8k events/s ≈ 160 instead of ≈ 800 events), which also keeps
 * the collector's decoding of one frame, a step nothing else can interleave with, short.
 */
export const FLUSH_INTERVAL_MS = 20;

export class Uplink extends EventEmitter<UplinkEvents> {
  private readonly opts: Required<
    Omit<UplinkOptions, 'tokenFile' | 'token' | 'ca' | 'logger' | 'hello'>
  > & Pick<UplinkOptions, 'tokenFile' | 'token' | 'ca' | 'hello'>;
  private readonly log: Logger;
  private readonly queue: UnackedQueue;
  private builder = new BatchBuilder();
  private nextSeq = 1;
  private ackedSeq = 0;
  private highestSentSeq = 0;
  private sendCursor = 1; // next seq to hand to the current socket
  private ws: WebSocket | undefined;
  private connected = false;
  private stopped = true;
  private attempt = 0;
  private lastHeardAt = 0;
  /** A frame other than Goodbye came on this connection: the first one said which collector this is. */
  private firstFrameSeen = false;
  private topology: packetlife.v1.ITopologySnapshot | undefined;
  private readonly pendingSessionAcks = new Map<string, packetlife.v1.ISessionAck>();
  private flushTimer: NodeJS.Timeout | undefined;
  private heartbeatTimer: NodeJS.Timeout | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private lastLossLogAt = 0;
  private watermark = 0n;
  private sampleOneIn = 1;
  private flushTimerForEvents = false;
  private sealedWatermark = 0n;
  /** When a batch with events was last sealed (ms): the watermark that finishes its traces follows promptly. */
  private eventsSealedAtMs = -Infinity;
  private lossWindows: packetlife.v1.ILossWindow[] = [];
  private segmentCounters: (() => packetlife.v1.ISegmentCounters) | undefined;
  private readonly counters = {
    connects: 0,
    sentBatches: 0,
    resentBatches: 0,
    queueDroppedEvents: 0,
    queueDroppedBatches: 0,
    encodeErrors: 0,
    bpfLost: 0,
    parseErrors: 0,
    bpftraceRestarts: 0,
  };

  constructor(options: UplinkOptions) {
    super();
    const heartbeatIntervalMs = options.heartbeatIntervalMs ?? 5000;
    this.opts = {
      url: options.url,
      hello: options.hello,
      tokenFile: options.tokenFile,
      token: options.token,
      ca: options.ca,
      maxBatchEvents: options.maxBatchEvents ?? 1000,
      maxBatchBytes: options.maxBatchBytes ?? 256 * 1024,
      flushIntervalMs: options.flushIntervalMs ?? FLUSH_INTERVAL_MS,
      watermarkIntervalMs: options.watermarkIntervalMs ?? 250,
      queueBudgetBytes: options.queueBudgetBytes ?? 32 * 1024 * 1024,
      heartbeatIntervalMs,
      peerTimeoutMs: options.peerTimeoutMs ?? 3 * heartbeatIntervalMs,
      backoffInitialMs: options.backoffInitialMs ?? 250,
      backoffMaxMs: options.backoffMaxMs ?? 2000,
      sendHighWaterBytes: options.sendHighWaterBytes ?? 1024 * 1024,
      handshakeTimeoutMs: options.handshakeTimeoutMs ?? 10_000,
    };
    if (!/^wss?:\/\//.test(options.url)) {
      throw new RangeError(`collector URL must start with ws:// or wss://, got ${JSON.stringify(options.url)}`);
    }
    if (this.opts.maxBatchBytes * 2 > this.opts.queueBudgetBytes) {
      throw new RangeError(
        `queueBudgetBytes (${this.opts.queueBudgetBytes}) must hold at least two batches of maxBatchBytes (${this.opts.maxBatchBytes})`,
      );
    }
    this.queue = new UnackedQueue(this.opts.queueBudgetBytes);
    this.log = (options.logger ?? childLog('uplink')).child({ collector: options.url });
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.connect();
  }

  push(events: readonly PacketEvent[]): void {
    for (const e of events) {
      try {
        this.builder.add(e);
      } catch (err) {
        this.counters.encodeErrors++;
        this.logLoss(`event not encodable: ${(err as Error).message}`);
        continue;
      }
      if (this.builder.count >= this.opts.maxBatchEvents || this.builder.bytes >= this.opts.maxBatchBytes) {
        this.seal();
      }
    }
    if (this.builder.count > 0) this.armFlush();
  }

  flush(): void {
    this.seal();
  }

  /** The agent's own sampling (1 in N), carried by every batch from the next one on. */
  setSampling(oneIn: number): void {
    this.sampleOneIn = oneIn;
  }

  pushSegments(segs: readonly Segment[]): void {
    for (const seg of segs) {
      try {
        this.builder.addSegment(seg);
      } catch (err) {
        this.counters.encodeErrors += seg.hops.length;
        this.logLoss(`segment not encodable: ${(err as Error).message}`);
        continue;
      }
      if (this.builder.count >= this.opts.maxBatchEvents || this.builder.bytes >= this.opts.maxBatchBytes) {
        this.seal();
      }
    }
    if (this.builder.count > 0) this.armFlush();
  }

  /** Segments in the flat form (EventBatch.segment_columns): the collector's topology said it reads it. */
  setSegmentColumns(on: boolean): void {
    this.builder.useColumns(on);
  }

  setSegmentCounters(c: () => packetlife.v1.ISegmentCounters): void {
    this.segmentCounters = c;
  }

  setWatermark(wallNs: bigint): void {
    if (wallNs <= this.watermark) return;
    this.watermark = wallNs;
    this.armFlush();
  }

  addLossWindow(w: packetlife.v1.ILossWindow): void {
    // bounded: past 1000 windows since the last batch, the oldest ones merge into one
    if (this.lossWindows.length >= 1000) {
      const [a, b] = this.lossWindows.splice(0, 2) as [packetlife.v1.ILossWindow, packetlife.v1.ILossWindow];
      this.lossWindows.unshift({
        fromUnixNs: Math.min(Number(a.fromUnixNs), Number(b.fromUnixNs)),
        toUnixNs: Math.max(Number(a.toUnixNs), Number(b.toUnixNs)),
        events: Number(a.events ?? 0) + Number(b.events ?? 0),
        cause: a.cause === b.cause ? a.cause : `${a.cause ?? ''}, ${b.cause ?? ''}`,
      });
    }
    this.lossWindows.push(w);
    this.armFlush();
  }

  /**
   * A batch goes out within flushIntervalMs when there are events; one that would only move the
   * watermark or report loss waits up to watermarkIntervalMs (a fleet of idle agents must not
   * flood the collector with empty batches) — except in the second after a batch with events:
   * the collector finishes a trace only once its nodes' watermarks passed its last event, so the
   * watermark after a node's last packets goes out as promptly as events do (packet → trace
   * latency of a burst's last packets: one flush interval, not a watermark interval).
   */
  private armFlush(): void {
    if (this.flushTimer) {
      if (this.builder.count === 0 || this.flushTimerForEvents) return;
      clearTimeout(this.flushTimer); // events came: the sooner deadline
    }
    this.flushTimerForEvents = this.builder.count > 0;
    this.flushTimer = setTimeout(
      () => {
        this.flushTimer = undefined;
        this.seal();
      },
      this.flushTimerForEvents || Date.now() - this.eventsSealedAtMs < 1000 ? this.opts.flushIntervalMs : Math.max(this.opts.flushIntervalMs, this.opts.watermarkIntervalMs),
    );
  }

  setSourceLoss(loss: Partial<SourceLoss>): void {
    if (loss.bpfLost !== undefined) this.counters.bpfLost = loss.bpfLost;
    if (loss.parseErrors !== undefined) this.counters.parseErrors = loss.parseErrors;
    if (loss.bpftraceRestarts !== undefined) this.counters.bpftraceRestarts = loss.bpftraceRestarts;
  }

  setTopology(snapshot: packetlife.v1.ITopologySnapshot): void {
    this.topology = snapshot;
    if (this.connected) this.sendNow({ topology: snapshot });
  }

  sendSessionAck(ack: packetlife.v1.ISessionAck): boolean {
    if (this.connected) {
      this.sendNow({ sessionAck: ack });
      return true;
    }
    const id = ack.sessionId ?? '';
    this.pendingSessionAcks.delete(id); // re-insert: the map's order is the order to send in
    this.pendingSessionAcks.set(id, ack);
    if (this.pendingSessionAcks.size > MAX_PENDING_SESSION_ACKS) {
      this.pendingSessionAcks.delete(this.pendingSessionAcks.keys().next().value as string);
    }
    return false;
  }

  stats(): UplinkStats {
    const c = this.counters;
    return {
      connected: this.connected,
      connects: c.connects,
      nextSeq: this.nextSeq,
      ackedSeq: this.ackedSeq,
      unackedBatches: this.queue.length,
      unackedBytes: this.queue.bytes,
      openBatchEvents: this.builder.count,
      sentBatches: c.sentBatches,
      resentBatches: c.resentBatches,
      loss: {
        queueDroppedEvents: c.queueDroppedEvents,
        queueDroppedBatches: c.queueDroppedBatches,
        encodeErrors: c.encodeErrors,
        bpfLost: c.bpfLost,
        parseErrors: c.parseErrors,
        bpftraceRestarts: c.bpftraceRestarts,
      },
    };
  }

  /** Seals the open batch, waits up to drainMs for the collector to ack everything, then closes. */
  async stop(options: { drainMs?: number } = {}): Promise<void> {
    this.seal();
    const drainMs = options.drainMs ?? 0;
    if (drainMs > 0 && this.queue.length > 0 && !this.stopped) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          clearTimeout(timer);
          this.off('ack', onAck);
          resolve();
        };
        const onAck = (): void => {
          if (this.queue.length === 0) done();
        };
        const timer = setTimeout(done, drainMs);
        this.on('ack', onAck);
      });
    }
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    const ws = this.ws;
    if (!ws) return;
    await new Promise<void>((resolve) => {
      if (ws.readyState === WebSocket.CLOSED) return resolve();
      const force = setTimeout(() => ws.terminate(), 2000);
      ws.once('close', () => {
        clearTimeout(force);
        resolve();
      });
      if (ws.readyState === WebSocket.CONNECTING) ws.terminate();
      else ws.close(1000, 'agent stopping');
    });
  }

  // ---------- batching ----------

  private seal(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    if (this.builder.count === 0 && this.watermark === this.sealedWatermark && this.lossWindows.length === 0) return;
    const events = this.builder.count;
    if (events > 0) this.eventsSealedAtMs = Date.now();
    const { fromWall, toWall } = this.builder;
    const seq = this.nextSeq++;
    // Make room first, so that this batch's counters already report what making room cost.
    // 64 bytes covers the frame's header, seq, counters and timestamp.
    const dropped = this.queue.dropOldestFor(this.builder.bytes + 64 + this.lossWindows.length * 40);
    if (dropped.batches > 0) this.countDrop(dropped);
    const frame = this.builder.seal(seq, this.lossCounters(), BigInt(Date.now()) * 1_000_000n, this.watermark, this.lossWindows, this.segmentCounters?.(), this.sampleOneIn);
    this.sealedWatermark = this.watermark;
    this.lossWindows = [];
    const overflow = this.queue.push({ seq, frame, events, fromWall, toWall });
    if (overflow.batches > 0) this.countDrop(overflow);
    if (this.sendCursor < (this.queue.oldestSeq ?? seq)) this.sendCursor = this.queue.oldestSeq ?? seq;
    this.pump();
  }

  private countDrop(d: DropCount): void {
    this.counters.queueDroppedBatches += d.batches;
    this.counters.queueDroppedEvents += d.events;
    if (d.events > 0 && d.fromWall !== undefined && d.toWall !== undefined) {
      this.lossWindows.push({ fromUnixNs: d.fromWall, toUnixNs: d.toWall, events: d.events, cause: 'queue dropped' });
    }
    this.emit('loss', d);
    this.logLoss('queue budget exceeded: dropped the oldest unacknowledged batches');
  }

  /** Loss is logged with the running totals, at most once per interval, so an outage cannot flood the log. */
  private logLoss(why: string): void {
    const now = Date.now();
    if (now - this.lastLossLogAt < LOSS_LOG_INTERVAL_MS) return;
    this.lastLossLogAt = now;
    this.log.warn({ loss: this.stats().loss, unackedBytes: this.queue.bytes, connected: this.connected }, why);
  }

  private lossCounters(): packetlife.v1.ILossCounters {
    const c = this.counters;
    return {
      bpfLost: c.bpfLost,
      queueDroppedEvents: c.queueDroppedEvents,
      queueDroppedBatches: c.queueDroppedBatches,
      parseErrors: c.parseErrors,
      bpftraceRestarts: c.bpftraceRestarts,
      encodeErrors: c.encodeErrors,
    };
  }

  // ---------- sending ----------

  /** Hands queued batches to the socket while its buffer is below the high-water mark. */
  private pump(): void {
    const ws = this.ws;
    if (!this.connected || !ws) return;
    while (this.sendCursor < this.nextSeq && ws.bufferedAmount < this.opts.sendHighWaterBytes) {
      const batch = this.queue.get(this.sendCursor);
      if (!batch) {
        // acked or dropped meanwhile: continue from the oldest batch still held
        const oldest = this.queue.oldestSeq;
        if (oldest === undefined || oldest < this.sendCursor) {
          this.sendCursor = this.nextSeq;
          return;
        }
        this.sendCursor = oldest;
        continue;
      }
      this.sendCursor++;
      if (batch.seq <= this.highestSentSeq) this.counters.resentBatches++;
      else this.highestSentSeq = batch.seq;
      this.counters.sentBatches++;
      ws.send(batch.frame, { binary: true }, (err) => {
        if (!err) this.pump();
      });
    }
  }

  private sendNow(body: Parameters<typeof encodeAgentFrame>[0]): void {
    this.ws?.send(encodeAgentFrame(body), { binary: true });
  }

  // ---------- connection ----------

  private readToken(): string | undefined {
    if (this.opts.tokenFile) return readFileSync(this.opts.tokenFile, 'utf8').trim();
    return this.opts.token;
  }

  private connect(): void {
    if (this.stopped) return;
    let token: string | undefined;
    try {
      token = this.readToken();
    } catch (err) {
      this.log.error({ err: (err as Error).message, tokenFile: this.opts.tokenFile }, 'cannot read the token file');
      this.scheduleReconnect();
      return;
    }
    const ws = new WebSocket(this.opts.url, {
      headers: token ? { Authorization: `Bearer ${token}` } : {},
      ...(this.opts.ca ? { ca: this.opts.ca } : {}),
      handshakeTimeout: this.opts.handshakeTimeoutMs,
      maxPayload: AGENT_MAX_COLLECTOR_FRAME_BYTES, // collector frames are small (the topology is kept under it); a huge one is a fault
      perMessageDeflate: false,
    });
    this.ws = ws;
    ws.on('open', () => this.onOpen(ws));
    ws.on('message', (data, isBinary) => this.onMessage(ws, data, isBinary));
    ws.on('error', (err) => {
      if (/server response: 401/.test(err.message)) {
        this.log.error({ tokenFile: this.opts.tokenFile }, 'the collector refused our bearer token (HTTP 401): check the token');
      } else {
        this.log.warn({ err: err.message }, 'collector connection error');
      }
    });
    ws.on('close', (code, reason) => this.onClose(ws, code, reason.toString()));
  }

  private onOpen(ws: WebSocket): void {
    if (ws !== this.ws) return;
    this.connected = true;
    this.attempt = 0;
    this.counters.connects++;
    this.lastHeardAt = Date.now();
    this.firstFrameSeen = false;
    const resumeFrom = this.queue.oldestSeq ?? this.nextSeq;
    this.sendNow({
      hello: {
        ...this.opts.hello,
        protocolVersion: PROTOCOL_VERSION,
        resumeFromSeq: resumeFrom,
      },
    });
    if (this.topology) this.sendNow({ topology: this.topology });
    for (const ack of this.pendingSessionAcks.values()) this.sendNow({ sessionAck: ack });
    this.pendingSessionAcks.clear();
    this.sendCursor = resumeFrom;
    this.log.info({ resumeFrom, unacked: this.queue.length }, 'connected to the collector');
    this.heartbeatTimer = setInterval(() => this.heartbeat(ws), this.opts.heartbeatIntervalMs);
    this.emit('connected');
    this.pump();
  }

  private heartbeat(ws: WebSocket): void {
    if (Date.now() - this.lastHeardAt > this.opts.peerTimeoutMs) {
      this.log.warn({ silentMs: Date.now() - this.lastHeardAt }, 'collector silent: reconnecting');
      ws.terminate();
      return;
    }
    this.sendNow({ heartbeat: { unixNs: bigintToLong(BigInt(Date.now()) * 1_000_000n), lastSeq: this.nextSeq - 1 } });
  }

  private onMessage(ws: WebSocket, data: WebSocket.RawData, isBinary: boolean): void {
    if (ws !== this.ws) return;
    this.lastHeardAt = Date.now();
    let frame;
    try {
      if (!isBinary) throw new FrameDecodeError('text frame where a binary CollectorFrame was expected');
      frame = decodeCollectorFrame(rawToBuffer(data));
    } catch (err) {
      const reason = (err as Error).message;
      this.log.error({ reason }, 'bad frame from the collector: reconnecting');
      ws.close(1007, reason.slice(0, 120));
      return;
    }
    // A collector that knows Welcome sends it first (to an agent announcing capabilities.welcome);
    // any other first frame comes from an older one. A Goodbye says nothing of the collector's age
    // (a refused Hello gets one first), and the connection ends with it.
    if (!this.firstFrameSeen && frame.type !== 'goodbye') {
      this.firstFrameSeen = true;
      if (frame.type !== 'welcome') this.emit('older-collector', frame.type);
    }
    switch (frame.type) {
      case 'ack': {
        const seq = toNumber(frame.ack.seq);
        if (seq > this.ackedSeq) this.ackedSeq = seq;
        this.queue.ackUpTo(seq);
        this.emit('ack', seq);
        this.pump();
        break;
      }
      case 'heartbeat':
        break;
      case 'startSession':
        this.emit('start-session', frame.startSession);
        break;
      case 'stopSession':
        this.emit('stop-session', frame.stopSession);
        break;
      case 'topology':
        this.emit('topology', frame.topology);
        break;
      case 'welcome':
        this.emit('welcome', frame.welcome);
        break;
      case 'goodbye':
        this.log.warn({ reason: frame.goodbye.reason }, 'collector said goodbye');
        this.emit('goodbye', frame.goodbye.reason);
        break;
    }
  }

  private onClose(ws: WebSocket, code: number, reason: string): void {
    if (ws !== this.ws) return;
    const wasConnected = this.connected;
    this.connected = false;
    this.ws = undefined;
    clearInterval(this.heartbeatTimer);
    if (wasConnected) {
      this.log.warn({ code, reason, unacked: this.queue.length }, 'disconnected from the collector');
      this.emit('disconnected', { code, reason });
    }
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.stopped) return;
    const delay = backoffDelay(this.attempt++, this.opts.backoffInitialMs, this.opts.backoffMaxMs);
    this.log.debug({ delay, attempt: this.attempt }, 'reconnecting after backoff');
    this.reconnectTimer = setTimeout(() => this.connect(), delay);
  }
}

/** Half of the capped exponential delay is fixed, half random: never 0, never in lockstep. */
export function backoffDelay(attempt: number, initialMs: number, maxMs: number, random = Math.random): number {
  const cap = Math.min(maxMs, initialMs * 2 ** Math.min(attempt, 30));
  return Math.round(cap / 2 + random() * (cap / 2));
}

function rawToBuffer(data: WebSocket.RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}
