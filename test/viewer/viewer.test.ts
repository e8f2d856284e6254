/**
 * The web trace viewer in a real browser (Debian's chromium driven by playwright-core) against
 * the collector's HTTP API, its store filled by the correlator from the reference walks: the
 * list, the ClusterIP walk's hop diagram with its DNAT, table 2 and reply, live arrival over the
 * WebSocket and by polling, filters, the agents panel, and text from the network never run as
 * HTML.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, launchChromium } from '../support/chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PacketEvent } from '../../common/event.js';
import { FileAuthenticator } from '../../collector/auth.js';
import { CollectorApi } from '../../collector/api.js';
import type { AgentListResponse } from '../../collector/api-types.js';
import { Correlator } from '../../collector/correlate/correlator.js';
import { TraceStore } from '../../collector/store.js';
import type { Trace } from '../../collector/trace-model.js';
import { N228, N49, N75, clusterIpReply, clusterIpRequest, droppedOnNode, egressReply, egressRequest, labModel, nodePortFromOtherNode, podToPodCrossNode, veth } from '../../fixtures/walks.js';

const T0 = 5_000_000_000n;
const HOSTILE = '<img src=x onerror="window.__pwned=1">';

if (!existsSync(CHROMIUM)) {
  console.warn(`viewer test skipped: ${CHROMIUM} is absent (scripts/setup.sh installs Debian's chromium)`);
}

// The API needs a token; the page takes it from its link (#token=…) and keeps it for the tab.
const TOKEN = 'viewer-test-token-0123456789';
const viewerAuth = new FileAuthenticator({ users: [{ name: 'viewer', token: TOKEN, namespaces: ['*'] }], agents: [] });

// Needs no browser: runs wherever the suite runs.
describe('web viewer assets on the collector API', () => {
  const api = new CollectorApi({ store: new TraceStore(10, 10), topology: labModel(), auth: viewerAuth });
  let url = '';
  beforeAll(async () => {
    url = (await api.listen()).url;
  });
  afterAll(() => api.close());

  it('serves only its own assets, with a content security policy; HEAD too', async () => {
    const index = await fetch(`${url}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await index.text()).toContain('<script type="module" src="/viewer/main.js">');
    expect((await fetch(`${url}/viewer/trace-view.js`)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    for (const bad of ['/viewer/..%2Fserve.ts', '/viewer/nope.js', '/viewer/static/index.html']) {
      const res = await fetch(`${url}${bad}`);
      expect(res.status, bad).toBe(404);
      expect(await res.text(), bad).toMatch(/^no viewer asset "/);
    }
    expect((await fetch(`${url}/viewer/%2E%2E/serve.ts`)).status).toBe(404); // normalized to /serve.ts: the API's 404
    expect((await fetch(`${url}/elsewhere`)).status).toBe(404); // the API's own 404, untouched
    expect((await fetch(`${url}/api/traces`)).status).toBe(401); // the page is open; the API is not
    expect((await fetch(`${url}/api/traces`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    const head = await fetch(`${url}/viewer/viewer.css`, { method: 'HEAD' });
    expect([head.status, head.headers.get('content-type'), Number(head.headers.get('content-length')) > 1000]).toEqual([200, 'text/css; charset=utf-8', true]);
    expect((await fetch(`${url}/`, { method: 'POST' })).status).toBe(404); // not the viewer's: the API answers
  });

  it('serves the CLI\'s own text modules to the page (one copy), and nothing else of common/', async () => {
    for (const name of ['ip-protocol.js', 'trace-text.js']) {
      const res = await fetch(`${url}/viewer/common/${name}`);
      expect([res.status, res.headers.get('content-type')], name).toEqual([200, 'text/javascript; charset=utf-8']);
      expect(await res.text(), name).toBe(readFileSync(new URL(`../../common/${name}`, import.meta.url), 'utf8'));
    }
    for (const bad of ['/viewer/common/ipv4.ts', '/viewer/common/log.js', '/viewer/common/']) expect((await fetch(`${url}${bad}`)).status, bad).toBe(404);
  });
});

describe.skipIf(!existsSync(CHROMIUM))('web viewer in chromium', () => {
  const store = new TraceStore(100, 100);
  const topology = labModel();
  const correlator = new Correlator({ topology, onTrace: (t) => store.addTrace(t), onFlow: (f) => store.upsertFlow(f) });
  const feed = (events: PacketEvent[]): void => {
    correlator.pushAll(events);
    correlator.flush();
  };
  const api = new CollectorApi({
    store,
    topology,
    auth: viewerAuth,
    agents: {
      // Rows with the fields the agents panel reads (a full AgentHealth has many more).
      listAgents: (now = Date.now()) => [
        { agentId: 'a1', node: N75, connected: true, lastHeartbeatAtMs: now - 2000, lastHeardAtMs: now - 1000, loss: { gapBatches: 0, rateLimitedEvents: 0, invalidEvents: 0, agent: { bpfLost: 0, queueDroppedEvents: 0 } } },
        { agentId: 'a2', node: N228, connected: false, disconnectedAtMs: now - 60_000, lastHeartbeatAtMs: now - 65_000, lastHeardAtMs: now - 61_000, loss: { gapBatches: 1, rateLimitedEvents: 0, invalidEvents: 0, agent: { bpfLost: 12, queueDroppedEvents: 3 } } },
      ] as unknown as AgentListResponse,
    },
  });
  let url = '';
  let profile = '';
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  let requestId = '';

  const byRoute = (t: Trace): string => `${t.direction} ${t.from} → ${t.to}`;
  const traceBy = (direction: string, to: string): Trace => {
    const t = store.queryTraces({ limit: 100 }).find((x) => x.direction === direction && (x.to ?? '').includes(to));
    if (!t) throw new Error(`no ${direction} trace to ${to} in the store: ${store.queryTraces().map(byRoute).join('; ')}`);
    return t;
  };

  beforeAll(async () => {
    feed([...clusterIpRequest(T0).events, ...clusterIpReply(T0 + 2_000_000n).events, ...droppedOnNode(T0 + 4_000_000n).events, ...egressRequest(T0 + 6_000_000n).events]);
    requestId = traceBy('request', 'service packetlab/echo-clusterip').id;
    // A trace whose network-supplied text is HTML: it must show as text and never run.
    const hostile = structuredClone(traceBy('request', 'pod packetlab/echoserver-b'));
    const later = (ns: string): string => (BigInt(ns) + 10_000_000n).toString();
    for (const hop of hostile.hops) hop.timeNs = later(hop.timeNs);
    store.addTrace({
      ...hostile,
      id: 'hostile0000000001',
      flowId: 'hostileflow000001',
      startNs: later(hostile.startNs),
      endNs: later(hostile.endNs),
      from: HOSTILE,
      verdict: 'incomplete',
      incompleteReasons: [`events lost on ${N75}`, '<b>not bold</b>'],
      drops: [],
    });
    url = (await api.listen()).url;
    profile = mkdtempSync(join(tmpdir(), 'packetlife-viewer-chromium-'));
    context = await launchChromium(profile);
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('response', (r) => {
      if (r.status() >= 400) pageErrors.push(`HTTP ${r.status()} ${r.url()}`);
    });
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) pageErrors.push(m.text());
    });
  }, 30_000);

  afterAll(async () => {
    await context?.close();
    await api.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const rowTexts = async (p: Page): Promise<string[]> => p.locator('#trace-list tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));

  it('lists the traces, draws the ClusterIP walk with its DNAT, table 2 and reply, and takes new traces live', async () => {
    await page.goto(`${url}/#token=${TOKEN}`);
    await page.locator('#trace-list tbody tr').nth(4).waitFor();
    await expect.poll(() => page.locator('#stream-status').innerText()).toBe('● live');
    expect(await rowTexts(page)).toEqual([
      `16:00:05.014 ${HOSTILE} → pod packetlab/echoserver-b incomplete ${N75} —`,
      `16:00:05.006 pod packetlab/toolbox-b → internet host 198.51.100.10 delivered ${N49} SNAT 10.0.2.29:40040 → 10.0.0.49:50040; SNAT 10.0.0.49:50040 → 203.0.113.10:50040 (inferred)`,
      `16:00:05.004 pod packetlab/toolbox-a → pod packetlab/echoserver-b dropped ${N75} —`,
      `16:00:05.002 REPLY pod packetlab/echoserver-a → pod packetlab/toolbox-a delivered ${N228}, ${N75} un-DNAT 10.0.3.193:8080 → 172.20.122.189:80`,
      `16:00:05.000 pod packetlab/toolbox-a → service packetlab/echo-clusterip → pod packetlab/echoserver-a delivered ${N75}, ${N228} DNAT 172.20.122.189:80 → 10.0.3.193:8080`,
    ]);

    await page.locator(`#trace-list tr[data-trace-id="${requestId}"]`).click();
    expect(page.url()).toBe(`${url}/#trace=${requestId}`);
    const req = page.locator('article[data-role="selected"]');
    await req.waitFor();
    expect(await req.locator('.trace-head h3').innerText()).toBe('REQUEST pod packetlab/toolbox-a → service packetlab/echo-clusterip → pod packetlab/echoserver-a');
    expect(await req.locator('.node-name').allInnerTexts()).toEqual([`node ${N75}`, `node ${N228}`]);
    expect(await req.locator('.gap-label').allInnerTexts()).toEqual(['VPC router (not observed)']);
    const hops = await req.locator('.hop').evaluateAll((els) =>
      els.map((e) => [e.querySelector('.hop-time')!.textContent, e.querySelector('.hop-dir')!.textContent, e.querySelector('.hop-place')!.textContent, e.querySelector('.hop-tuple')!.textContent].join(' | ')),
    );
    expect(hops).toEqual([
      '+0.0µs | tx | packetlab/toolbox-a eth0 | 10.0.1.51:40020 → 172.20.122.189:80',
      `+3.0µs | rx | veth ${veth('packetlab/toolbox-a')} (packetlab/toolbox-a) | 10.0.1.51:40020 → 172.20.122.189:80`,
      '+8.0µs | tx | ENI ens6 10.0.0.85 | 10.0.1.51:40020 → 10.0.3.193:8080',
      '+31.0µs | rx | ENI ens6 10.0.1.238 | 10.0.1.51:40020 → 10.0.3.193:8080',
      `+36.0µs | tx | veth ${veth('packetlab/echoserver-a')} (packetlab/echoserver-a) | 10.0.1.51:40020 → 10.0.3.193:8080`,
      '+39.0µs | rx | packetlab/echoserver-a eth0 | 10.0.1.51:40020 → 10.0.3.193:8080',
    ]);
    // In path order, inside the node boxes: route lines and the NAT between the hops they follow.
    const boxLines = await req.locator('.node-box').evaluateAll((boxes) =>
      boxes.map((b) => [...b.querySelectorAll('.hops > li')].map((li) => (li.classList.contains('hop') ? `hop ${li.querySelector('.hop-place')!.textContent}` : (li as HTMLElement).innerText.replace(/\n+/g, ' | ')))),
    );
    expect(boxLines).toEqual([
      [
        'hop packetlab/toolbox-a eth0',
        'route: main via 169.254.1.1 dev eth0',
        `hop veth ${veth('packetlab/toolbox-a')} (packetlab/toolbox-a)`,
        'route: table 2 (ENI ens6 10.0.0.85) via 10.0.0.1 dev ens6',
        'DNAT 172.20.122.189:80 → 10.0.3.193:8080 | ClusterIP DNAT of service packetlab/echo-clusterip to endpoint packetlab/echoserver-a | 10.0.1.51:40020 → 172.20.122.189:80 | ⇒ 10.0.1.51:40020 → 10.0.3.193:8080',
        'hop ENI ens6 10.0.0.85',
      ],
      [
        'hop ENI ens6 10.0.1.238',
        `route: main dev ${veth('packetlab/echoserver-a')}`,
        `hop veth ${veth('packetlab/echoserver-a')} (packetlab/echoserver-a)`,
        'hop packetlab/echoserver-a eth0',
      ],
    ]);
    // The flow's reply beside the request, with the reverse rewrite.
    const reply = page.locator('article[data-role="companion"]');
    expect(await reply.locator('.trace-head h3').innerText()).toBe('ITS REPLY pod packetlab/echoserver-a → pod packetlab/toolbox-a');
    expect(await reply.locator('.node-name').allInnerTexts()).toEqual([`node ${N228}`, `node ${N75}`]);
    expect(await reply.locator('.nat-rewrite').allInnerTexts()).toEqual(['un-DNAT 10.0.3.193:8080 → 172.20.122.189:80']);
    expect(await reply.locator('.route').allInnerTexts()).toEqual(['route: table 2 (ENI ens6 10.0.1.238) via 10.0.1.1 dev ens6', `route: main dev ${veth('packetlab/toolbox-a')}`]);
    await page.screenshot({ path: '/tmp/viewer.png', fullPage: true });

    // A new trace reaches the open page over the WebSocket, newest first.
    feed(podToPodCrossNode(T0 + 50_000_000n).events);
    await expect.poll(async () => (await rowTexts(page))[0], { timeout: 5000 }).toBe(`16:00:05.050 pod packetlab/toolbox-a → pod packetlab/echoserver-b delivered ${N75}, ${N49} —`);
    expect(await page.locator('#trace-list tbody tr').count()).toBe(6);
    expect(pageErrors).toEqual([]);
  });

  it('shows network text as text, the incomplete banner, and the agents panel', async () => {
    await page.locator('#trace-list tr[data-trace-id="hostile0000000001"] a').click();
    const t = page.locator('article[data-role="selected"][data-trace-id="hostile0000000001"]');
    await t.waitFor();
    expect(await t.locator('.trace-fromto').innerText()).toBe(`${HOSTILE} → pod packetlab/echoserver-b`);
    expect(await t.locator('.banner-incomplete').innerText()).toBe(`Incomplete:\nevents lost on ${N75}\n<b>not bold</b>`);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('.companion-missing').innerText()).toBe('No reply traced for this flow yet.');
    await page.screenshot({ path: '/tmp/viewer-incomplete.png' });

    const agents = await page.locator('#agent-list tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
    expect(agents).toEqual([`${N75} ● yes 2 s ago 0`, `${N228} ○ no since 1 min ago 1 min ago 15 bpf 12 · queue 3 · missing batches 1`]);
    expect(pageErrors).toEqual([]);
  });

  it('filters through the API and names a bad filter', async () => {
    await page.selectOption('select[name="verdict"]', 'dropped');
    await page.click('#filters button[type="submit"]');
    await expect.poll(() => rowTexts(page)).toEqual([`16:00:05.004 pod packetlab/toolbox-a → pod packetlab/echoserver-b dropped ${N75} —`]);
    await page.fill('input[name="pod"]', 'toolbox-a');
    await page.click('#filters button[type="submit"]');
    await expect.poll(() => page.locator('#filter-error').innerText()).toBe('Filter not applied: pod must be NAMESPACE/NAME, got "toolbox-a"');
    expect(pageErrors.splice(0)).toEqual([`HTTP 400 ${url}/api/traces?pod=toolbox-a&verdict=dropped&limit=100`]); // the only error: the API's answer
    await page.fill('input[name="pod"]', 'packetlab/toolbox-b');
    await page.selectOption('select[name="verdict"]', '');
    await page.click('#filters button[type="submit"]');
    await expect.poll(() => rowTexts(page)).toEqual([
      `16:00:05.006 pod packetlab/toolbox-b → internet host 198.51.100.10 delivered ${N49} SNAT 10.0.2.29:40040 → 10.0.0.49:50040; SNAT 10.0.0.49:50040 → 203.0.113.10:50040 (inferred)`,
    ]);
    expect(await page.locator('#filter-error').isHidden()).toBe(true);
  });

  it('draws a drop with its reason, the world outside with its inferred NAT, and three nodes within 1280px', async () => {
    const droppedId = store.queryTraces({ verdict: 'dropped' })[0]!.id;
    await page.goto(`${url}/#trace=${droppedId}&token=${TOKEN}`);
    const dropped = page.locator('article[data-role="selected"]');
    await dropped.locator('.drop').waitFor();
    expect(await dropped.locator('.drop').innerText()).toBe(`✖ DROPPED: NETFILTER_DROP (after veth ${veth('packetlab/toolbox-a')} (packetlab/toolbox-a))`);
    expect(await dropped.locator('.verdict').innerText()).toBe('dropped');

    await page.goto(`${url}/#trace=${traceBy('request', 'internet host 198.51.100.10').id}&token=${TOKEN}`);
    const egress = page.locator('article[data-role="selected"]');
    await egress.locator('.gap').waitFor();
    expect(await egress.locator('.node-box .nat-rewrite').allInnerTexts()).toEqual(['SNAT 10.0.2.29:40040 → 10.0.0.49:50040']);
    expect(await egress.locator('.gap-external .gap-label').innerText()).toBe('outside the cluster\nto internet host 198.51.100.10 through the VPC and NAT gateway 10.0.100.10 (SNAT to 203.0.113.10); not observed');
    expect(await egress.locator('.gap .nat-inferred .nat-rewrite').innerText()).toBe('SNAT 10.0.0.49:50040 → 203.0.113.10:50040');
    expect(await page.locator('.companion-missing').innerText()).toBe('No reply traced for this flow yet.');
    // The reply arrives while the request is shown: the page draws it without being asked.
    feed(egressReply(T0 + 60_000_000n).events);
    const reply = page.locator('article[data-role="companion"]');
    await reply.waitFor({ timeout: 5000 });
    expect(await reply.locator('.trace-head h3').innerText()).toBe('ITS REPLY internet host 198.51.100.10 → node ip-10-0-0-49 → pod packetlab/toolbox-b');
    expect(await reply.locator('.nat-rewrite').allInnerTexts()).toEqual(['un-SNAT 10.0.0.49:50040 → 10.0.2.29:40040']);
    await page.screenshot({ path: '/tmp/viewer-egress.png', fullPage: true });

    feed(nodePortFromOtherNode(T0 + 70_000_000n).events);
    const np = traceBy('request', 'echoserver-a');
    await page.goto(`${url}/#trace=${np.id}&token=${TOKEN}`);
    const three = page.locator(`article[data-trace-id="${np.id}"]`);
    await three.locator('.node-box').nth(2).waitFor();
    expect(await three.locator('.node-name').allInnerTexts()).toEqual([`node ${N49}`, `node ${N75}`, `node ${N228}`]);
    // All three boxes on one row inside the 1280px window, nothing cut off on the right.
    const boxes = await three.locator('.node-box').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ top: Math.round(r.top), right: r.right })));
    expect(new Set(boxes.map((b) => b.top)).size).toBe(1);
    expect(Math.max(...boxes.map((b) => b.right))).toBeLessThanOrEqual(1280);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    await page.screenshot({ path: '/tmp/viewer-nodeport.png', fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('falls back to polling when the live stream closes, and when ?live=poll asks for it', async () => {
    const cut = await context.newPage();
    try {
      // Every stream socket the page opens is closed at once, as a proxy without WebSockets would.
      let sockets = 0;
      await cut.routeWebSocket(/\/api\/stream/, (ws) => {
        sockets++;
        ws.close({ code: 1011, reason: 'test: no stream' });
      });
      await cut.goto(`${url}/#token=${TOKEN}`);
      await expect.poll(() => cut.locator('#stream-status').innerText()).toBe('polling every 2 s: live stream closed, retrying');
      expect(sockets).toBeGreaterThanOrEqual(1);
      feed(podToPodCrossNode(T0 + 80_000_000n, '18446612000000980000', 40080).events);
      await expect.poll(async () => (await rowTexts(cut))[0], { timeout: 6000 }).toBe(`16:00:05.080 pod packetlab/toolbox-a → pod packetlab/echoserver-b delivered ${N75}, ${N49} —`);
    } finally {
      await cut.close();
    }
    const polled = await context.newPage();
    try {
      await polled.goto(`${url}/?live=poll#token=${TOKEN}`);
      await polled.locator('#trace-list tbody tr').nth(store.stats.traces - 1).waitFor();
      expect(await polled.locator('#stream-status').innerText()).toBe('polling (set by ?live=poll)');
      feed(podToPodCrossNode(T0 + 90_000_000n, '18446612000000990000', 40090).events);
      await expect.poll(async () => (await rowTexts(polled))[0], { timeout: 6000 }).toBe(`16:00:05.090 pod packetlab/toolbox-a → pod packetlab/echoserver-b delivered ${N75}, ${N49} —`);
    } finally {
      await polled.close();
    }
  });
});
