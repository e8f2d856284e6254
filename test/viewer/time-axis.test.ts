/**
 * The web viewer's time axis, the request and reply side by side, and the links to each trace's
 * pcapng and OTLP trace id, in Debian's chromium (playwright-core), on traces made by the
 * production correlator from recorded real lab events. Checked structurally: lanes, marks and
 * their positions from the DOM/SVG geometry, boxes side by side from their layout, the axis's
 * screenshot sized like its element — never pixel by pixel.
 *
 * PACKETLIFE_VIEWER_SCREENSHOT=FILE also writes the flow strip of the NodePort walk to FILE (the
 * README's screenshot, docs/viewer-time-axis.png).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type Locator, type Page } from 'playwright-core';
import { CHROMIUM, launchChromium } from '../support/chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CollectorApi } from '../../collector/api.js';
import { otelTraceId } from '../../collector/export/otlp-ids.js';
import { TraceStore } from '../../collector/store.js';
import { fromLabTopology, type LabStateLike, type LabTopologyLike } from '../../collector/topology/lab.js';
import { TopologyModel } from '../../collector/topology/model.js';
import type { Trace } from '../../collector/trace-model.js';
import { replayWalk, synAndSynAck } from '../export/replay.js';
import { readFileSync } from 'node:fs';


describe.skipIf(!existsSync(CHROMIUM))('web viewer: time axis, request and reply side by side, export links (chromium)', () => {
  const store = new TraceStore(1000, 1000);
  const np = replayWalk('nodeport-remote');
  const ci = replayWalk('clusterip');
  for (const r of [np, ci]) {
    for (const t of r.traces) store.addTrace(t);
    for (const t of r.traces) {
      const f = r.store.getFlow(t.flowId);
      if (f) store.upsertFlow(f);
    }
  }
  const npPair = synAndSynAck(np.traces);
  const ciPair = synAndSynAck(ci.traces);
  // The ClusterIP SYN again, as agents with differing clocks report it: the endpoint node's clock
  // runs 400 µs behind, so its hops carry times before the send on ip-10-0-0-75.
  const SKEW = 400_000n;
  const skewed: Trace = {
    ...ciPair.request,
    id: 'skewed0000000001',
    flowId: 'skewedflow000001',
    hops: ciPair.request.hops.map((h) => (h.place.node === 'ip-10-0-0-75' ? h : { ...h, timeNs: String(BigInt(h.timeNs) - SKEW) })),
  };
  store.addTrace(skewed);
  store.upsertFlow({ id: skewed.flowId, original: skewed.first, traceIds: [skewed.id], firstNs: skewed.startNs, lastNs: skewed.endNs });

  const state = JSON.parse(readFileSync('test/collector/fixtures/lab-walks-state.json', 'utf8')) as { topology: LabTopologyLike } & LabStateLike;
  const api = new CollectorApi({ store, topology: new TopologyModel(fromLabTopology(state.topology, state)), auth: 'none', otlpEndpoint: 'http://127.0.0.1:4318/v1/traces' }); // auth: test/viewer/viewer.test.ts
  let url = '';
  let profile = '';
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    url = (await api.listen()).url;
    profile = mkdtempSync(join(tmpdir(), 'packetlife-axis-chromium-'));
    context = await launchChromium(profile);
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
  }, 30_000);
  afterAll(async () => {
    await context?.close();
    await api.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  interface Mark {
    seq: number;
    node: string;
    cx: number;
    timeNs: string;
    displayNs: string;
  }
  const marks = (axis: Locator): Promise<Mark[]> =>
    axis.locator('circle.axis-hop').evaluateAll((els) =>
      els.map((e) => ({ seq: Number(e.getAttribute('data-seq')), node: e.closest('g')!.getAttribute('data-node')!, cx: Number(e.getAttribute('cx')), timeNs: e.getAttribute('data-time-ns')!, displayNs: e.getAttribute('data-display-ns')! })),
    );
  const box = async (l: Locator): Promise<{ left: number; right: number; top: number; width: number; height: number }> => {
    // The viewer redraws a card when its flow or export details arrive; a box read across that
    // redraw is null, so read it again once the new card is laid out.
    let b = await l.boundingBox();
    for (let i = 0; b === null && i < 50; i++) {
      await new Promise((r) => setTimeout(r, 20));
      b = await l.boundingBox();
    }
    if (b === null) throw new Error('the element never got a layout box');
    return { left: b.x, right: b.x + b.width, top: b.y, width: b.width, height: b.height };
  };

  it('NodePort walk: three lanes, every hop at its kernel time, two VPC-fabric stretches; request and reply side by side; pcapng and OTLP links', async () => {
    const { request, reply } = npPair;
    await page.goto(`${url}/#trace=${request.id}`);
    const req = page.locator(`.pair .trace-card[data-trace-id="${request.id}"]`);
    const rep = page.locator(`.pair .trace-card[data-trace-id="${reply.id}"]`);
    await rep.locator('svg.time-axis').waitFor();
    const axis = req.locator('svg.time-axis');
    expect(await axis.locator('g.axis-lane').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-node')))).toEqual(['ip-10-0-0-49', 'ip-10-0-0-75', 'ip-10-0-0-49']);
    const m = await marks(axis);
    expect(m.map((x) => x.seq)).toEqual(request.hops.map((h) => h.seq));
    expect(m.map((x) => x.timeNs)).toEqual(request.hops.map((h) => h.timeNs));
    // One kernel clock in the lab: nothing shifted, positions proportional to real time.
    expect(m.map((x) => x.displayNs)).toEqual(m.map((x) => x.timeNs));
    const t0 = BigInt(m[0]!.timeNs);
    const span = Number(BigInt(m[m.length - 1]!.timeNs) - t0);
    const x0 = m[0]!.cx;
    const width = m[m.length - 1]!.cx - x0;
    expect(width).toBeGreaterThan(300);
    for (const x of m) expect(Math.abs((x.cx - x0) / width - Number(BigInt(x.timeNs) - t0) / span), `hop ${x.seq}`).toBeLessThan(0.002);
    expect(m.map((x) => x.cx)).toEqual([...m.map((x) => x.cx)].sort((a, b) => a - b));
    const gaps = await axis.locator('g.axis-gap').evaluateAll((gs) => gs.map((g) => ({ cls: g.getAttribute('class'), from: g.getAttribute('data-from-node'), to: g.getAttribute('data-to-node'), ns: g.getAttribute('data-gap-ns'), w: Number(g.querySelector('rect')!.getAttribute('width')), label: g.querySelector('text')!.textContent })));
    const hopNs = (i: number): bigint => BigInt(request.hops[i]!.timeNs);
    expect(gaps).toEqual([
      { cls: 'axis-gap axis-gap-vpc-fabric', from: 'ip-10-0-0-49', to: 'ip-10-0-0-75', ns: String(hopNs(3) - hopNs(2)), w: expect.any(Number), label: expect.stringMatching(/^VPC fabric \d+\.\d µs$/) },
      { cls: 'axis-gap axis-gap-vpc-fabric', from: 'ip-10-0-0-75', to: 'ip-10-0-0-49', ns: String(hopNs(5) - hopNs(4)), w: expect.any(Number), label: expect.stringMatching(/^VPC fabric \d+\.\d µs$/) },
    ]);
    for (const g of gaps) expect(g.w).toBeGreaterThan(5);
    expect(await axis.locator('path.axis-nat').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-kind')))).toEqual(['DNAT+SNAT']);
    expect(await axis.locator('.axis-skew').count()).toBe(0);

    // Request left, reply right, on one row, both inside the window.
    const [a, b] = [await box(req), await box(rep)];
    expect(Math.abs(a.top - b.top)).toBeLessThan(2);
    expect(b.left).toBeGreaterThanOrEqual(a.right);
    expect(b.right).toBeLessThanOrEqual(1280);
    expect(await rep.locator('.dir-tag').innerText()).toBe('ITS REPLY');
    expect(await rep.locator('g.axis-lane').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-node')))).toEqual(['ip-10-0-0-49', 'ip-10-0-0-75', 'ip-10-0-0-49']);
    expect(await marks(rep.locator('svg.time-axis'))).toHaveLength(reply.hops.length);

    // Links: the pcapng downloads, the OTLP trace id is the exporter's.
    expect(await req.locator('a.pcapng-link').getAttribute('href')).toBe(`/api/traces/${request.id}/pcapng`);
    expect(await req.locator('a.flow-pcapng-link').getAttribute('href')).toBe(`/api/flows/${request.flowId}/pcapng`);
    await expect.poll(() => req.locator('.otlp-id').innerText()).toBe(otelTraceId(request.id));
    expect(await req.locator('.otlp-where').innerText()).toBe(' (exported to http://127.0.0.1:4318/v1/traces)');
    await expect.poll(() => rep.locator('.otlp-id').innerText()).toBe(otelTraceId(reply.id));
    const dl = await page.evaluate(async (href) => {
      const r = await fetch(href);
      return { status: r.status, type: r.headers.get('content-type'), magic: new DataView(await r.arrayBuffer()).getUint32(0, true) };
    }, `/api/traces/${request.id}/pcapng`);
    expect(dl).toEqual({ status: 200, type: 'application/x-pcapng', magic: 0x0a0d0d0a });

    // The axis as a picture: an element screenshot of the axis's own size (not compared by pixel).
    // A redraw (flow or export details arriving) can detach the element mid-shot: take it again.
    let shot: Buffer | undefined;
    for (let i = 0; shot === undefined; i++) {
      try {
        shot = await axis.screenshot();
      } catch (e) {
        if (i >= 5 || !String(e).includes('not attached')) throw e;
      }
    }
    const png = { w: shot.readUInt32BE(16), h: shot.readUInt32BE(20) };
    const ab = await box(axis);
    expect(Math.abs(png.w - Math.round(ab.width))).toBeLessThanOrEqual(1);
    expect(Math.abs(png.h - Math.round(ab.height))).toBeLessThanOrEqual(1);
    if (process.env.PACKETLIFE_VIEWER_SCREENSHOT) await page.locator('.pair').screenshot({ path: process.env.PACKETLIFE_VIEWER_SCREENSHOT });
    expect(pageErrors).toEqual([]);
  });

  it('selecting the reply keeps the request on the left', async () => {
    const { request, reply } = ciPair;
    await page.goto(`${url}/#trace=${reply.id}`);
    const cards = page.locator('.pair .trace-card');
    // The page is already open on another trace: going to a new #trace= only changes the hash, so
    // the previous pair may still be drawn for a moment; wait for this one.
    await expect
      .poll(() => cards.evaluateAll((cs) => cs.map((c) => [c.getAttribute('data-trace-id'), c.getAttribute('data-role')])))
      .toEqual([
      [request.id, 'companion'],
      [reply.id, 'selected'],
    ]);
  });

  it('clocks that differ: a hop is never drawn before the hop that sent it; the shift is said', async () => {
    await page.goto(`${url}/#trace=${skewed.id}`);
    const card = page.locator(`.pair .trace-card[data-trace-id="${skewed.id}"]`);
    const axis = card.locator('svg.time-axis');
    await axis.waitFor();
    const lanes = await axis.locator('g.axis-lane').evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-node'), g.getAttribute('data-shift-ns')]));
    const sendNs = BigInt(skewed.hops[2]!.timeNs);
    const arriveNs = BigInt(skewed.hops[3]!.timeNs);
    expect(arriveNs < sendNs).toBe(true); // as the clocks report it
    expect(lanes).toEqual([
      ['ip-10-0-0-75', '0'],
      [skewed.nodes[1], String(sendNs - arriveNs)],
    ]);
    const m = await marks(axis);
    expect(m.map((x) => x.timeNs)).toEqual(skewed.hops.map((h) => h.timeNs)); // real times kept
    expect(m.map((x) => x.cx)).toEqual([...m.map((x) => x.cx)].sort((a, b) => a - b)); // drawn in causal order
    expect(m[3]!.cx).toBeGreaterThanOrEqual(m[2]!.cx);
    // Within the shifted node the spacing of its own clock is kept.
    expect(BigInt(m[5]!.displayNs) - BigInt(m[3]!.displayNs)).toBe(BigInt(skewed.hops[5]!.timeNs) - BigInt(skewed.hops[3]!.timeNs));
    expect(await axis.locator('.axis-skew').textContent()).toMatch(/^clock skew: drawn \d+\.\d µs later than its clock says$/);
    expect(await axis.locator('g.axis-gap').getAttribute('data-gap-ns')).toBe('0');
    expect(pageErrors).toEqual([]);
  });
});
