/**
 * The network between agent and collector misbehaves, the collector keeps running: a TCP relay
 * on 127.0.0.1 that can withhold the collector's replies (acks) and cut every connection.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { BatchBuilder } from '../../agent/uplink-batch.js';
import { makeEvent } from '../../fixtures/events.js';
import { closeAll, events, startIngest, startUplink, waitFor } from './harness.js';

interface Relay {
  port: number;
  /** Stop forwarding collector → agent on the open connections (acks pile up unseen). */
  holdReplies(): void;
  /** Destroy every open connection; new ones forward normally unless refusing. */
  cut(): void;
  /** While true, new connections are dropped at once (the collector looks unreachable). */
  refuse(on: boolean): void;
  close(): Promise<void>;
}

async function relay(targetPort: number): Promise<Relay> {
  const pairs = new Set<[Socket, Socket]>();
  let refusing = false;
  const server: Server = createServer((agentSide) => {
    if (refusing) {
      agentSide.destroy();
      return;
    }
    const collectorSide = connect(targetPort, '127.0.0.1');
    const pair: [Socket, Socket] = [agentSide, collectorSide];
    pairs.add(pair);
    agentSide.pipe(collectorSide);
    collectorSide.pipe(agentSide);
    const drop = (): void => {
      pairs.delete(pair);
      agentSide.destroy();
      collectorSide.destroy();
    };
    agentSide.on('error', drop).on('close', drop);
    collectorSide.on('error', drop).on('close', drop);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as AddressInfo).port,
    holdReplies: () => {
      for (const [agentSide, collectorSide] of pairs) {
        collectorSide.unpipe(agentSide);
        collectorSide.pause();
      }
    },
    cut: () => {
      for (const [a, c] of pairs) {
        a.destroy();
        c.destroy();
      }
      pairs.clear();
    },
    refuse: (on) => {
      refusing = on;
    },
    close: async () => {
      for (const [a, c] of pairs) {
        a.destroy();
        c.destroy();
      }
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

let relays: Relay[] = [];
afterEach(async () => {
  await closeAll();
  for (const r of relays) await r.close();
  relays = [];
});

describe('network faults with the collector up', () => {
  it('batches stored but never acked are resent after a cut, ignored as duplicates, and reach the sink once', async () => {
    const t = await startIngest();
    const r = await relay(t.port);
    relays.push(r);
    const up = startUplink(`ws://127.0.0.1:${r.port}/v1/agents`, { maxBatchEvents: 10 });
    up.push(events(0, 100));
    await waitFor('first 10 batches acked', () => up.stats().ackedSeq === 10);

    r.holdReplies();
    up.push(events(100, 100));
    await waitFor('the collector stored 20 batches', () => t.batches.length === 20);
    expect(up.stats().ackedSeq).toBe(10); // their acks are stuck in the relay

    r.cut();
    await waitFor('all acked after the re-dial', () => up.stats().unackedBatches === 0 && up.stats().connects === 2);

    expect(t.indices()).toEqual(Array.from({ length: 200 }, (_, i) => i));
    expect(up.stats().resentBatches).toBe(10);
    const [h] = t.ingest.listAgents();
    expect(h).toMatchObject({ connected: true, lastSeq: 20, batches: 20, duplicateBatches: 10, loss: { gapBatches: 0 } });
  });

  it('batches dropped during an outage show at the same collector as a gap equal to the agent\'s own drop count', async () => {
    const t = await startIngest();
    const r = await relay(t.port);
    relays.push(r);
    const probe = new BatchBuilder();
    for (let i = 0; i < 20; i++) probe.add(makeEvent(i));
    const batchBytes = probe.bytes + 64;
    const up = startUplink(`ws://127.0.0.1:${r.port}/v1/agents`, {
      maxBatchEvents: 20,
      maxBatchBytes: batchBytes * 2,
      queueBudgetBytes: batchBytes * 5,
    });
    up.push(events(0, 100));
    await waitFor('5 batches acked', () => up.stats().ackedSeq === 5);

    r.refuse(true);
    r.cut();
    await waitFor('agent knows it is cut off', () => !up.stats().connected);
    up.push(events(100, 400)); // 20 batches into a queue that holds about 5
    const dropped = up.stats().loss.queueDroppedBatches;
    expect(dropped).toBeGreaterThan(10);

    r.refuse(false);
    await waitFor('queue drained', () => up.stats().unackedBatches === 0 && up.stats().connected, 5000);
    const [h] = t.ingest.listAgents();
    expect(h?.loss.gapBatches).toBe(dropped);
    expect(h?.loss.agent.queueDroppedBatches).toBe(dropped);
    expect(h?.loss.agent.queueDroppedEvents).toBe(dropped * 20);
    const kept = 400 - dropped * 20;
    expect(t.indices()).toEqual([
      ...Array.from({ length: 100 }, (_, i) => i),
      ...Array.from({ length: kept }, (_, i) => 500 - kept + i),
    ]);
  });
});
