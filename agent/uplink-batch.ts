/**
 * agent/uplink-batch.ts — accumulates events into one AgentFrame{events: EventBatch} as they
 * arrive, so the batch's exact byte size is known at every moment (batching by bytes) and the
 * events are encoded once, never re-encoded when the batch is sealed.
 *
 * API
 *   new BatchBuilder()
 *   add(event: PacketEvent): void   throws CodecError for an unencodable event;
 *                                   the builder is unchanged in that case
 *   count, bytes                    events and encoded bytes so far
 *   seal(seq, loss, sentUnixNs, watermarkUnixNs?, lost?): Uint8Array   the complete frame; the
 *                                   builder is empty again
 *   fromWall, toWall                the batch's earliest and latest event time (wall ns)
 *
 * Events are written in place by proto/event-writer.ts as they arrive; the frame around them
 * (once per batch) with protobufjs' Writer, using the field numbers of packetlife.proto
 * (AgentFrame.events = 3, EventBatch.seq = 1 / events = 2 / loss = 3 / sent_unix_ns = 4,
 * AgentFrame.origin = 15); test/transport/uplink-unit.test.ts decodes it with the generated
 * decoder, so a schema change that breaks this fails there.
 */
import protobuf from 'protobufjs/minimal.js';
import type { PacketEvent } from '../common/event.js';
import { bigintToLong } from '../proto/codec.js';
import { EventWriter } from '../proto/event-writer.js';
import { packetlife } from '../proto/generated/packetlife.js';

const pb = packetlife.v1;

// tag = field number << 3 | wire type (0 varint, 2 length-delimited)
const TAG_FRAME_EVENTS = (3 << 3) | 2;
const TAG_FRAME_ORIGIN = (15 << 3) | 0;
const TAG_BATCH_SEQ = (1 << 3) | 0;
const TAG_BATCH_EVENT = (2 << 3) | 2;
const TAG_BATCH_LOSS = (3 << 3) | 2;
const TAG_BATCH_SENT = (4 << 3) | 0;
const TAG_BATCH_WATERMARK = (5 << 3) | 0;
const TAG_BATCH_LOST = (6 << 3) | 2;

export class BatchBuilder {
  /** The EventBatch.events fields so far, written in place (proto/event-writer.ts). */
  private readonly events = new EventWriter();
  private eventCount = 0;
  /** Earliest and latest event time in the batch (wall ns): the window a dropped batch loses. */
  fromWall = Infinity;
  toWall = -Infinity;

  get count(): number {
    return this.eventCount;
  }

  /** Encoded size of the events so far (the frame adds a few dozen bytes of header and counters). */
  get bytes(): number {
    return this.events.length;
  }

  add(event: PacketEvent): void {
    this.events.event(2, event); // EventBatch.events; throws (and writes nothing) for an unencodable event
    this.eventCount++;
    const wall = Number(event.wallUnixNs);
    if (wall < this.fromWall) this.fromWall = wall;
    if (wall > this.toWall) this.toWall = wall;
  }

  seal(
    seq: number,
    loss: packetlife.v1.ILossCounters,
    sentUnixNs: bigint,
    watermarkUnixNs = 0n,
    lost: readonly packetlife.v1.ILossWindow[] = [],
  ): Uint8Array {
    // The batch's other fields, once per batch, by protobufjs.
    const t = protobuf.Writer.create();
    t.uint32(TAG_BATCH_SEQ).uint64(seq);
    pb.LossCounters.encode(loss, t.uint32(TAG_BATCH_LOSS).fork()).ldelim();
    t.uint32(TAG_BATCH_SENT).uint64(bigintToLong(sentUnixNs));
    if (watermarkUnixNs > 0n) t.uint32(TAG_BATCH_WATERMARK).uint64(bigintToLong(watermarkUnixNs));
    for (const l of lost) pb.LossWindow.encode(l, t.uint32(TAG_BATCH_LOST).fork()).ldelim();
    const trailer = t.finish();
    const events = this.events.bytes();
    const batchLen = events.length + trailer.length;
    // AgentFrame { events (3) = EventBatch { events..., trailer }, origin (15) = AGENT }
    const head = protobuf.Writer.create().uint32(TAG_FRAME_EVENTS).uint32(batchLen).finish();
    const tail = protobuf.Writer.create().uint32(TAG_FRAME_ORIGIN).uint32(pb.FrameOrigin.AGENT).finish();
    const frame = new Uint8Array(head.length + batchLen + tail.length);
    frame.set(head, 0);
    frame.set(events, head.length);
    frame.set(trailer, head.length + events.length);
    frame.set(tail, head.length + batchLen);
    this.events.reset();
    this.eventCount = 0;
    this.fromWall = Infinity;
    this.toWall = -Infinity;
    return frame;
  }
}
