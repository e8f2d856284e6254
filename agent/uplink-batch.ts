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
 *   seal(seq, loss, sentUnixNs, watermarkUnixNs?, lost?, segmentCounters?, sampleOneIn?): Uint8Array   the complete frame; the
 *                                   builder is empty again
 *   fromWall, toWall                the batch's earliest and latest event time (wall ns)
 *   addSegment(seg: Segment): void  a node-local segment (issue 11); its strings and places are
 *                                   written once per batch, at seal (EventBatch.strings/places)
 *   useColumns(on)                  segments in the flat form (EventBatch.segment_columns,
 *                                   proto/segment-columns-write.ts) from the next batch on that
 *                                   has none yet — only for a collector that said it reads it
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
import { SegmentTables, segmentToProto } from '../proto/segment-codec.js';
import { SegmentColumnsWriter } from '../proto/segment-columns-write.js';
import type { Segment } from '../collector/correlate/segment.js';
import { packetlife } from '../proto/generated/packetlife.js';

const pb = packetlife.v1;

// tag = field number << 3 | wire type (0 varint, 2 length-delimited)
const TAG_FRAME_EVENTS = (3 << 3) | 2;
const TAG_FRAME_ORIGIN = (15 << 3) | 0;
const TAG_BATCH_SEQ = (1 << 3) | 0;
const TAG_BATCH_LOSS = (3 << 3) | 2;
const TAG_BATCH_SENT = (4 << 3) | 0;
const TAG_BATCH_WATERMARK = (5 << 3) | 0;
const TAG_BATCH_LOST = (6 << 3) | 2;
const TAG_BATCH_SEGMENT = (7 << 3) | 2;
const TAG_BATCH_STRING = (8 << 3) | 2;
const TAG_BATCH_PLACE = (9 << 3) | 2;
const TAG_BATCH_SEGMENT_COUNTERS = (10 << 3) | 2;
const TAG_BATCH_CT = (11 << 3) | 2;
const TAG_BATCH_MONO_OFFSET = (12 << 3) | 0;
const TAG_BATCH_SAMPLE = (20 << 3) | 0;
const TAG_BATCH_SEGMENT_COLUMNS = (21 << 3) | 2;

export class BatchBuilder {
  /** The EventBatch.events fields so far, written in place (proto/event-writer.ts). */
  private readonly events = new EventWriter();
  /** Segments so far, and at seal the batch's other fields (protobufjs). */
  private rest: protobuf.Writer = protobuf.Writer.create();
  private observations = 0;
  /** Strings and places the batch's segments refer to: written when it is sealed. */
  private tables = new SegmentTables();
  private segments = 0;
  /** The flat form: the batch's segments as columns, when the collector reads them. */
  private readonly columns = new SegmentColumnsWriter();
  private columnsOn = false;
  private columnsNext = false;
  /** Earliest and latest event time in the batch (wall ns): the window a dropped batch loses. */
  fromWall = Infinity;
  toWall = -Infinity;

  /** Events, and the observations segments stand for (their hops and drops): what a dropped batch loses. */
  get count(): number {
    return this.observations;
  }

  get segmentCount(): number {
    return this.segments;
  }

  /** Encoded size of the events and segments so far (the frame adds a few dozen bytes of header and counters). */
  get bytes(): number {
    return this.events.length + this.rest.len + this.columns.estimatedBytes;
  }

  /** Takes effect now when the batch holds no segment, else from the next batch (one form per batch). */
  useColumns(on: boolean): void {
    this.columnsNext = on;
    if (this.segments === 0) this.columnsOn = on;
  }

  add(event: PacketEvent): void {
    this.events.event(2, event); // EventBatch.events; throws (and writes nothing) for an unencodable event
    this.observations++;
    const wall = Number(event.wallUnixNs);
    if (wall < this.fromWall) this.fromWall = wall;
    if (wall > this.toWall) this.toWall = wall;
  }

  /** A node-local segment (proto/segment-codec.ts): encoded now, its strings and places at seal. */
  addSegment(seg: Segment): void {
    // the agent's node is written as ref 0 (the collector knows whose batch it reads)
    if (this.segments === 0 && this.tables.node !== seg.node) this.tables = new SegmentTables(seg.node);
    if (this.columnsOn) this.columns.add(seg, this.tables); // throws with the columns as they were
    else {
      const wire = segmentToProto(seg, this.tables); // throws before the writer is touched
      pb.Segment.encode(wire, this.rest.uint32(TAG_BATCH_SEGMENT).fork()).ldelim();
    }
    this.segments++;
    this.observations += seg.hops.length + seg.drops.length;
    if (seg.firstWall < this.fromWall) this.fromWall = seg.firstWall;
    if (seg.lastWall > this.toWall) this.toWall = seg.lastWall;
  }

  seal(
    seq: number,
    loss: packetlife.v1.ILossCounters,
    sentUnixNs: bigint,
    watermarkUnixNs = 0n,
    lost: readonly packetlife.v1.ILossWindow[] = [],
    segmentCounters?: packetlife.v1.ISegmentCounters,
    sampleOneIn = 1,
  ): Uint8Array {
    // The batch's other fields, once per batch, after its segments.
    const w = this.rest;
    if (this.columns.count > 0) w.uint32(TAG_BATCH_SEGMENT_COLUMNS).bytes(this.columns.finish());
    if (this.segments > 0) {
      for (const str of this.tables.strings) w.uint32(TAG_BATCH_STRING).string(str);
      for (const p of this.tables.places) pb.SegmentPlace.encode(p, w.uint32(TAG_BATCH_PLACE).fork()).ldelim();
      for (const c of this.tables.cts) pb.Conntrack.encode(c, w.uint32(TAG_BATCH_CT).fork()).ldelim();
      if (this.tables.monoOffset !== undefined) w.uint32(TAG_BATCH_MONO_OFFSET).sint64(this.tables.monoOffset.toString());
    }
    if (segmentCounters) pb.SegmentCounters.encode(segmentCounters, w.uint32(TAG_BATCH_SEGMENT_COUNTERS).fork()).ldelim();
    w.uint32(TAG_BATCH_SEQ).uint64(seq);
    pb.LossCounters.encode(loss, w.uint32(TAG_BATCH_LOSS).fork()).ldelim();
    w.uint32(TAG_BATCH_SENT).uint64(bigintToLong(sentUnixNs));
    if (watermarkUnixNs > 0n) w.uint32(TAG_BATCH_WATERMARK).uint64(bigintToLong(watermarkUnixNs));
    for (const l of lost) pb.LossWindow.encode(l, w.uint32(TAG_BATCH_LOST).fork()).ldelim();
    if (sampleOneIn > 1) w.uint32(TAG_BATCH_SAMPLE).uint32(sampleOneIn);
    const trailer = w.finish();
    const events = this.events.bytes();
    const batchLen = events.length + trailer.length;
    // AgentFrame { events (3) = EventBatch { events..., segments and the rest }, origin (15) = AGENT }
    const head = protobuf.Writer.create().uint32(TAG_FRAME_EVENTS).uint32(batchLen).finish();
    const tail = protobuf.Writer.create().uint32(TAG_FRAME_ORIGIN).uint32(pb.FrameOrigin.AGENT).finish();
    const frame = new Uint8Array(head.length + batchLen + tail.length);
    frame.set(head, 0);
    frame.set(events, head.length);
    frame.set(trailer, head.length + events.length);
    frame.set(tail, head.length + batchLen);
    this.events.reset();
    this.rest = protobuf.Writer.create();
    this.observations = 0;
    this.segments = 0;
    this.columnsOn = this.columnsNext;
    this.tables.clear();
    this.fromWall = Infinity;
    this.toWall = -Infinity;
    return frame;
  }
}
