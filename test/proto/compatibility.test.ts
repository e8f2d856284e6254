/**
 * Wire compatibility across a rollout (proto/COMPATIBILITY.md), checked against the schema as it
 * was before a change: the .proto with the change taken out, parsed by protobufjs, stands for the
 * older peer's generated code.
 *
 * Welcome (CollectorFrame.welcome = 7, Capabilities.welcome = 14): protobufjs skips the unknown
 * oneof member, so an older agent decodes the frame without error — but to a frame with no body,
 * which its decoder (proto/codec.ts decodeCollectorFrame, unchanged since) refuses, closing the
 * connection. Hence rule 4: the collector sends it only to an agent whose Hello announces
 * capabilities.welcome, which no older agent does.
 */
import { readFileSync } from 'node:fs';
import protobuf from 'protobufjs';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeAgentFrame, decodeCollectorFrame, encodeAgentFrame, encodeCollectorFrame } from '../../proto/codec.js';
import { PROTOCOL_VERSION } from '../../proto/version.js';
import { closeAll, rawAgent, startIngest, waitFor } from '../transport/harness.js';
import { labModel } from '../../fixtures/walks.js';

afterEach(closeAll);

const source = readFileSync('proto/packetlife.proto', 'utf8');

/** The schema before Welcome: the oneof member and the capability taken out (the message itself is unused then). */
function beforeWelcome(): protobuf.Root {
  const lines = source.split('\n');
  const without = lines.filter((l) => !/^\s*Welcome welcome = 7;/.test(l) && !/^\s*bool welcome = 14;/.test(l));
  expect(lines.length - without.length).toBe(2);
  return protobuf.parse(without.join('\n'), { keepCase: false }).root;
}

const oldRoot = beforeWelcome();
const OldCollectorFrame = oldRoot.lookupType('packetlife.v1.CollectorFrame');
const OldAgentFrame = oldRoot.lookupType('packetlife.v1.AgentFrame');
/** What an older agent's decodeCollectorFrame looks at: the oneof body it knows, if any. */
const oldBody = (bytes: Uint8Array): string | undefined =>
  (OldCollectorFrame.toObject(OldCollectorFrame.decode(bytes), { oneofs: true }) as { body?: string }).body;

describe('Welcome and an older agent', () => {
  it('the new frame round-trips with the new code', () => {
    for (const readsSegments of [true, false]) {
      const f = decodeCollectorFrame(encodeCollectorFrame({ welcome: { readsSegments } }));
      expect(f.type === 'welcome' && f.welcome.readsSegments).toBe(readsSegments);
    }
  });

  it('protobufjs skips the unknown oneof member: the older schema decodes it, origin kept, no body; a known body still reads', () => {
    const welcome = encodeCollectorFrame({ welcome: { readsSegments: true } });
    expect(() => OldCollectorFrame.decode(welcome)).not.toThrow();
    const m = OldCollectorFrame.toObject(OldCollectorFrame.decode(welcome), { oneofs: true, enums: String }) as { body?: string; origin?: string };
    expect(m).toEqual({ origin: 'COLLECTOR' }); // skipped: no body, nothing else
    // control: a frame the older agent knows keeps its body under the older schema
    expect(oldBody(encodeCollectorFrame({ ack: { seq: 7 } }))).toBe('ack');
    expect(oldBody(encodeCollectorFrame({ topology: { version: 1, json: '{}' } }))).toBe('topology');
  });

  it("so an older agent's decoder would refuse it ('no body'): the frame may only go to agents that announce capabilities.welcome", () => {
    // the check an older agent's decodeCollectorFrame makes, with the older schema's view of the frame
    const olderDecode = (bytes: Uint8Array): string => {
      const body = oldBody(bytes);
      if (body === undefined) throw new Error('malformed CollectorFrame: no body');
      return body;
    };
    expect(() => olderDecode(encodeCollectorFrame({ welcome: { readsSegments: false } }))).toThrow('malformed CollectorFrame: no body');
    expect(olderDecode(encodeCollectorFrame({ heartbeat: { unixNs: 1 } }))).toBe('heartbeat');
    // the same rule in today's decoder: a body it does not know is refused by name
    expect(() => decodeCollectorFrame(OldCollectorFrame.encode(OldCollectorFrame.fromObject({ origin: 2 })).finish())).toThrow('malformed CollectorFrame: no body');
  });

  it('the new collector sends an older agent (no capabilities.welcome) no Welcome: every frame it gets has a body its schema knows', async () => {
    const topology = labModel();
    const t = await startIngest({ segmentTopology: () => ({ frames: [encodeCollectorFrame({ topology: { version: 1, json: JSON.stringify(topology.data()) } })], version: 1 }) });
    t.ingest.startSession('all', { sessionId: 's-1' });
    const frames = async (capabilities: object, agentId: string): Promise<Buffer[]> => {
      const a = await rawAgent(`ws://127.0.0.1:${t.port}/v1/agents`);
      const bytes: Buffer[] = [];
      a.ws.on('message', (d) => bytes.push(d as Buffer));
      a.ws.send(encodeAgentFrame({ hello: { agentId, node: 'ip-10-0-2-10', agentVersion: 'old', protocolVersion: PROTOCOL_VERSION, resumeFromSeq: 1, capabilities } }));
      a.batch(1, []);
      await waitFor('session, topology and ack', () => bytes.length >= 3);
      return bytes;
    };
    const older = await frames({ segments: true }, 'ip-10-0-2-10/old');
    expect(older.map(oldBody)).toEqual(['startSession', 'topology', 'ack']);
    // negative control: the same Hello with capabilities.welcome gets a first frame the older schema has no body for
    const fresh = await frames({ segments: true, welcome: true }, 'ip-10-0-2-10/new');
    expect(fresh.map(oldBody)).toEqual([undefined, 'startSession', 'topology', 'ack']);
  });
});

describe('a new agent and an older collector', () => {
  it("the new Hello (capabilities.welcome) decodes under the older schema: the capability is skipped, the rest is read", () => {
    const hello = encodeAgentFrame({ hello: { agentId: 'n/b/1', node: 'n', protocolVersion: PROTOCOL_VERSION, capabilities: { segments: true, topologyParts: true, welcome: true } } });
    const m = OldAgentFrame.toObject(OldAgentFrame.decode(hello), { oneofs: true }) as { body?: string; hello?: { capabilities?: Record<string, unknown>; protocolVersion?: number } };
    expect(m.body).toBe('hello');
    expect(m.hello?.protocolVersion).toBe(1);
    expect(m.hello?.capabilities).toEqual({ segments: true, topologyParts: true });
    // and today's decoder reads what the older collector sends (no Welcome) as before
    const oldAck = OldCollectorFrame.encode(OldCollectorFrame.fromObject({ ack: { seq: 3 }, origin: 2 })).finish();
    expect(decodeCollectorFrame(oldAck).type).toBe('ack');
    expect(decodeAgentFrame(hello).type).toBe('hello');
  });
});
