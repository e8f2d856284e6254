/**
 * The collector's Welcome (CollectorFrame.welcome) over the real transport: the first frame an
 * agent announcing capabilities.welcome gets in reply to its Hello, saying whether the collector
 * reads its segments, so the agent decides its mode at once (agent/reconnect-mode.ts) instead of
 * waiting RAW_FALLBACK_MS for a topology. An older agent never gets one (its decoder would refuse
 * the frame); an agent that reaches an older collector (no Welcome) keeps the topology rule.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import type { AddressInfo } from 'node:net';
import { ReconnectModeWatch, type RawReason } from '../../agent/reconnect-mode.js';
import { startCollector } from '../../collector/server.js';
import { decodeAgentFrame, encodeAgentFrame, encodeCollectorFrame, type DecodedCollectorFrame } from '../../proto/codec.js';
import type { packetlife } from '../../proto/generated/packetlife.js';
import { N75, labModel } from '../../fixtures/walks.js';
import { closeAll, rawAgent, sleep, startIngest, startUplink, waitFor } from './harness.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
  await closeAll();
});

const url = (t: { port: number }): string => `ws://127.0.0.1:${t.port}/v1/agents`;
const NEW_AGENT: packetlife.v1.ICapabilities = { segments: true, topologyParts: true, topologyDeltas: true, sampling: true, welcome: true };

function topologyFrames(): Uint8Array[] {
  const topology = labModel();
  return [encodeCollectorFrame({ topology: { version: topology.version, json: JSON.stringify(topology.data()) } })];
}

/** A hand-driven agent that sends the Hello it is given and records every frame it gets. */
async function helloWith(port: number, capabilities: packetlife.v1.ICapabilities, agentId: string, node = 'ip-10-0-2-10'): Promise<DecodedCollectorFrame[]> {
  const a = await rawAgent(`ws://127.0.0.1:${port}/v1/agents`);
  a.ws.send(encodeAgentFrame({ hello: { agentId, node, agentVersion: 't', protocolVersion: 1, resumeFromSeq: 1, capabilities } }));
  return a.received;
}

const types = (fs: DecodedCollectorFrame[]): string[] => fs.map((f) => (f.type === 'welcome' ? `welcome:${String(f.welcome.readsSegments)}` : f.type));

/**
 * A collector from before Welcome (protocol 1, as every release before it): it answers heartbeats
 * and acks batches; one that reads segments sends its topology after the Hello, when built
 * (topologyAfterMs); it never sends a Welcome.
 */
async function olderCollector(opts: { topologyAfterMs?: number } = {}): Promise<{ port: number; sent: string[] }> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, path: '/v1/agents' });
  await new Promise<void>((r) => wss.once('listening', () => r()));
  const sent: string[] = [];
  wss.on('connection', (ws) => {
    const send = (body: Parameters<typeof encodeCollectorFrame>[0]): void => {
      sent.push(Object.keys(body)[0]!);
      ws.send(encodeCollectorFrame(body), { binary: true });
    };
    ws.on('message', (data) => {
      const f = decodeAgentFrame(data as Buffer);
      if (f.type === 'hello' && opts.topologyAfterMs !== undefined) setTimeout(() => send({ topology: { version: 1, json: JSON.stringify(labModel().data()) } }), opts.topologyAfterMs);
      if (f.type === 'heartbeat') send({ heartbeat: { unixNs: Date.now() * 1e6, lastSeq: f.heartbeat.lastSeq } });
      if (f.type === 'events') send({ ack: { seq: f.events.seq } });
    });
  });
  cleanups.push(() => new Promise<void>((r) => {
    for (const c of wss.clients) c.terminate();
    wss.close(() => r());
  }));
  return { port: (wss.address() as AddressInfo).port, sent };
}

/** A new agent's uplink with its mode watch, as agent/run-collector.ts wires them. */
function newAgent(port: number, fallbackMs: number, node = N75): { raw: RawReason[]; frames: string[]; welcomes: boolean[]; older: string[]; connectedAt: number[]; rawAt: number[] } {
  const up = startUplink(`ws://127.0.0.1:${port}/v1/agents`, {
    hello: { agentId: `${node}/boot-1/1`, node, agentVersion: 't', capabilities: NEW_AGENT },
    heartbeatIntervalMs: 50, // an older collector's first frame is then its heartbeat reply
  });
  const out = { raw: [] as RawReason[], frames: [] as string[], welcomes: [] as boolean[], older: [] as string[], connectedAt: [] as number[], rawAt: [] as number[] };
  new ReconnectModeWatch((why) => {
    out.raw.push(why);
    out.rawAt.push(Date.now());
  }, fallbackMs).follow(up);
  up.on('connected', () => out.connectedAt.push(Date.now()));
  up.on('welcome', (w) => out.welcomes.push(w.readsSegments));
  up.on('older-collector', (t) => out.older.push(t));
  up.on('topology', () => out.frames.push('topology'));
  return out;
}

describe('the collector sends Welcome first, and only to agents that read it', () => {
  it('before sessions and topology; reads_segments when it reads this agent\'s segments, not otherwise; nothing to an older agent', async () => {
    const wants = await startIngest({ segmentTopology: () => ({ frames: topologyFrames(), version: 1 }) });
    wants.ingest.startSession('all', { sessionId: 's-1' });
    const fresh = await helloWith(wants.port, NEW_AGENT, 'ip-10-0-2-10/new');
    await waitFor('three frames', () => fresh.length === 3);
    expect(types(fresh)).toEqual(['welcome:true', 'startSession', 'topology']);
    // negative control: an older agent (no capabilities.welcome) gets exactly what it always got
    const older = await helloWith(wants.port, { segments: true, topologyParts: true }, 'ip-10-0-2-10/old');
    await waitFor('two frames', () => older.length === 2);
    await sleep(100);
    expect(types(older)).toEqual(['startSession', 'topology']);
    // a new agent that does not build segments: it is told raw events
    const noSegments = await helloWith(wants.port, { welcome: true }, 'ip-10-0-2-10/nosegs');
    await waitFor('two frames', () => noSegments.length === 2);
    expect(types(noSegments)).toEqual(['welcome:false', 'startSession']);
  });

  it('reads_segments false from a collector that wants raw events, or whose topology exceeds the agent\'s frame limit; true while its topology is still being built', async () => {
    const raw = await startIngest();
    const tooLarge = await startIngest({ segmentTopology: () => ({ tooLarge: { bytes: 5 << 20, limit: 4 << 20 } }) });
    const building = await startIngest({ segmentTopology: () => undefined });
    const got = await Promise.all([raw, tooLarge, building].map((t) => helloWith(t.port, NEW_AGENT, 'ip-10-0-2-10/new')));
    await waitFor('a Welcome from each', () => got.every((g) => g.length === 1));
    await sleep(100);
    expect(got.map(types)).toEqual([['welcome:false'], ['welcome:false'], ['welcome:true']]);
  });

  it('the real collector server: Welcome{reads_segments} then the topology with --agent-data segments, Welcome{false} and nothing else with raw', async () => {
    for (const agentData of ['segments', 'raw'] as const) {
      const c = await startCollector({ port: 0, topology: { kind: 'file', path: 'lab/topologies/default.yaml' }, auth: 'none', agentData, tickMs: 50 });
      cleanups.push(() => c.close());
      const port = Number(new URL(c.url).port);
      const frames = await helloWith(port, NEW_AGENT, `${N75}/boot-1/1`, N75);
      if (agentData === 'segments') {
        await waitFor('the topology', () => frames.length >= 3);
        expect(types(frames).slice(0, 3)).toEqual(['welcome:true', 'topology', 'topology']); // cluster part, then node part
      } else {
        await waitFor('the Welcome', () => frames.length === 1);
        await sleep(200);
        expect(types(frames)).toEqual(['welcome:false']);
      }
    }
  });
});

describe('a new agent decides its mode on the Welcome, with no wait; against an older collector as before', () => {
  it('Welcome{reads_segments}: segments, no switch though no topology comes for many times the wait; an older collector\'s silence: raw at the wait', async () => {
    // the new collector's topology is not built yet: only its Welcome says it reads segments
    const t = await startIngest({ segmentTopology: () => undefined });
    const a = newAgent(t.port, 200);
    // negative control: the same agent against an older collector that sends no topology
    const old = await olderCollector();
    const b = newAgent(old.port, 200, 'ip-10-0-0-49');
    await waitFor('the older collector\'s fallback', () => b.raw.length === 1);
    await sleep(600); // 4× the wait since a connected
    expect({ welcomes: a.welcomes, older: a.older, raw: a.raw, topology: a.frames }).toEqual({ welcomes: [true], older: [], raw: [], topology: [] });
    expect({ welcomes: b.welcomes, older: b.older, raw: b.raw }).toEqual({ welcomes: [], older: ['heartbeat'], raw: ['no-topology'] });
    expect(b.rawAt[0]! - b.connectedAt[0]!).toBeGreaterThanOrEqual(190);
    expect(old.sent).not.toContain('welcome');
  });

  it('Welcome without reads_segments: raw events at once, long before the wait; an older collector\'s frames: the agent still waits', async () => {
    const WAIT = 60_000; // far beyond the test's timeouts: a switch seen here did not come from the timer
    const t = await startIngest(); // wants raw events
    const a = newAgent(t.port, WAIT);
    await waitFor('the switch', () => a.raw.length === 1);
    expect(a.raw).toEqual(['welcome']);
    expect(a.rawAt[0]! - a.connectedAt[0]!).toBeLessThan(5_000);
    // negative control: an older collector answering heartbeats, no topology: nothing yet
    const old = await olderCollector();
    const b = newAgent(old.port, WAIT, 'ip-10-0-0-49');
    await waitFor('its first frame', () => b.older.length === 1);
    await sleep(300);
    expect(b.raw).toEqual([]);
    expect(a.raw).toEqual(['welcome']);
  });

  it('an older collector that reads segments: its topology, after its first frame and within the wait, keeps the agent on segments', async () => {
    const old = await olderCollector({ topologyAfterMs: 150 });
    const a = newAgent(old.port, 1_500);
    await waitFor('its topology', () => a.frames.length === 1);
    await sleep(1_700);
    expect({ older: a.older, raw: a.raw }).toEqual({ older: ['heartbeat'], raw: [] });
  });
});

describe('a Goodbye first says nothing of the collector\'s age', () => {
  it('a new collector refusing the Hello (the agent id is connected already): goodbyes, no Welcome, and not taken for an older collector', async () => {
    const t = await startIngest({ segmentTopology: () => undefined });
    await helloWith(t.port, NEW_AGENT, 'ip-10-0-2-10/boot-1/1'); // holds the agent id, and answers pings
    await waitFor('the first connection', () => t.ingest.listAgents().length === 1);
    const up = startUplink(url(t), { hello: { agentId: 'ip-10-0-2-10/boot-1/1', node: 'ip-10-0-2-10', agentVersion: 't', capabilities: NEW_AGENT } });
    const seen: string[] = [];
    up.on('goodbye', (reason) => seen.push(`goodbye: ${reason}`));
    up.on('welcome', () => seen.push('welcome'));
    up.on('older-collector', (first) => seen.push(`older: ${first}`));
    await waitFor('two refusals', () => seen.length >= 2);
    expect(seen.slice(0, 2)).toEqual(['goodbye: this agent is already connected; retry later', 'goodbye: this agent is already connected; retry later']);
    expect(seen.filter((s) => !s.startsWith('goodbye'))).toEqual([]);
  });
});
