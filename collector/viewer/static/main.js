/* global document, window, location, CSS, URLSearchParams, FormData, requestAnimationFrame, setTimeout, clearTimeout -- browser module */
// The page: the filtered list of recent traces kept current by the live stream, the selected
// trace (#trace=ID in the address, so a trace can be linked) drawn with its flow's reply, and
// the agents panel.
import { startAgentsPanel } from './agents.js';
import { h, replace } from './dom.js';
import { clockTime, fromTo, isoTime, natSummary } from './format.js';
import { apiToken, fetchJson, LiveTraces } from './live.js';
import { traceCard, traceView, verdictBadge } from './trace-view.js';

/** The list holds at most this many traces (newest kept); older ones are a filter away. */
const MAX_LISTED = 500;
const MAX_SUGGESTIONS = 200;
const FILTER_KEYS = ['pod', 'service', 'ip', 'node', 'verdict'];

const $ = (id) => document.getElementById(id);
const els = {
  form: $('filters'),
  filterError: $('filter-error'),
  listBody: $('trace-list').tBodies[0],
  listEmpty: $('list-empty'),
  count: $('trace-count'),
  status: $('stream-status'),
  detail: $('detail'),
  pods: $('known-pods'),
  nodes: $('known-nodes'),
};

const state = {
  traces: new Map(), // id → trace
  filters: new URLSearchParams(),
  selectedId: undefined,
  selectedFlowId: undefined,
  knownPods: new Set(),
  knownNodes: new Set(),
};

const byNewest = (a, b) => {
  const x = BigInt(a.startNs);
  const y = BigInt(b.startNs);
  return x < y ? 1 : x > y ? -1 : 0;
};

function remember(set, value, datalist) {
  if (typeof value !== 'string' || set.has(value) || set.size >= MAX_SUGGESTIONS) return;
  set.add(value);
  datalist.append(h('option', { value }));
}

function addTraces(list, { replaceAll = false } = {}) {
  if (replaceAll) state.traces.clear();
  let touchesSelection = false;
  for (const t of list) {
    if (!t || typeof t.id !== 'string' || typeof t.startNs !== 'string') continue;
    state.traces.set(t.id, t);
    for (const hop of t.hops ?? []) remember(state.knownPods, hop.place?.pod, els.pods);
    for (const n of t.nodes ?? []) remember(state.knownNodes, n, els.nodes);
    if (t.flowId === state.selectedFlowId) touchesSelection = true;
  }
  if (state.traces.size > MAX_LISTED) {
    const keep = [...state.traces.values()].sort(byNewest).slice(0, MAX_LISTED);
    state.traces = new Map(keep.map((t) => [t.id, t]));
  }
  scheduleListRender();
  // A reply (or a newer version of the shown trace) arrived: redraw the detail with it.
  if (touchesSelection && !replaceAll && state.selectedId) scheduleDetailRender();
}

let listFrame = 0;
function scheduleListRender() {
  if (!listFrame) listFrame = requestAnimationFrame(renderList);
}

function traceRow(t) {
  const select = () => {
    location.hash = `trace=${encodeURIComponent(t.id)}`;
  };
  try {
    return h(
      'tr',
      {
        class: `trace-row${t.id === state.selectedId ? ' selected' : ''}`,
        dataset: { traceId: t.id },
        'aria-current': t.id === state.selectedId ? 'true' : null,
        onclick: select,
      },
      h('td', { class: 'time' }, h('time', { datetime: isoTime(t.startNs) }, clockTime(t.startNs))),
      h(
        'td',
        { class: 'fromto' },
        t.direction === 'reply' ? [h('span', { class: 'dir-tag dir-reply' }, 'reply'), ' '] : null,
        h('a', { href: `#trace=${encodeURIComponent(t.id)}` }, fromTo(t)),
      ),
      h('td', null, verdictBadge(t.verdict)),
      h('td', { class: 'nodes' }, (t.nodes ?? []).map((n, i) => [i > 0 ? ', ' : '', h('span', null, n)])),
      h('td', { class: 'natsum' }, natSummary(t)),
    );
  } catch (err) {
    return h('tr', { class: 'trace-row unreadable' }, h('td', { colspan: 5 }, `trace ${t.id}: unreadable (${err.message})`));
  }
}

function renderList() {
  listFrame = 0;
  const list = [...state.traces.values()].sort(byNewest);
  // Redrawing replaces the rows: keep keyboard focus on the trace it was on.
  const focused = els.listBody.contains(document.activeElement) ? document.activeElement.closest('tr')?.dataset.traceId : undefined;
  replace(els.listBody, list.map(traceRow));
  if (focused) els.listBody.querySelector(`tr[data-trace-id="${CSS.escape(focused)}"] a`)?.focus({ preventScroll: true });
  els.listEmpty.hidden = list.length > 0;
  els.count.textContent = `(${list.length}${list.length >= MAX_LISTED ? ', newest kept' : ''})`;
}

function setStatus(mode, detail) {
  els.status.className = `stream-status stream-${mode}`;
  els.status.textContent = mode === 'live' && detail === 'live' ? '● live' : detail;
}

const live = new LiveTraces({
  query: () => new URLSearchParams(state.filters),
  onTraces: (list) => addTraces(list),
  onStatus: setStatus,
  forcePoll: new URLSearchParams(location.search).get('live') === 'poll',
});

async function applyFilters() {
  const q = new URLSearchParams();
  const data = new FormData(els.form);
  for (const k of FILTER_KEYS) {
    const v = String(data.get(k) ?? '').trim();
    if (v) q.set(k, v);
  }
  try {
    // The API validates the filters and names what is wrong; only valid ones replace the list.
    const qs = q.toString();
    const list = await fetchJson(`/api/traces?${qs ? `${qs}&` : ''}limit=100`);
    state.filters = q;
    els.filterError.hidden = true;
    addTraces(list, { replaceAll: true });
    live.start();
  } catch (err) {
    els.filterError.textContent = `Filter not applied: ${err.message}`;
    els.filterError.hidden = false;
  }
}

let detailTimer = 0;
function scheduleDetailRender() {
  clearTimeout(detailTimer);
  detailTimer = setTimeout(() => void renderDetail(state.selectedId, { keepScroll: true }), 150);
}

/** The other direction of the flow nearest the selected trace: its reply, or its request. */
function companionOf(t, flowTraces) {
  const other = flowTraces.filter((x) => x.id !== t.id && x.direction !== t.direction);
  if (other.length === 0) return undefined;
  const start = BigInt(t.startNs);
  const dist = (x) => {
    const d = BigInt(x.startNs) - start;
    // A reply comes after its request: prefer that side, then the nearest in time.
    const wrongSide = t.direction === 'request' ? d < 0n : d > 0n;
    return [wrongSide ? 1 : 0, d < 0n ? -d : d];
  };
  return other.sort((a, b) => {
    const [sa, da] = dist(a);
    const [sb, db] = dist(b);
    return sa - sb || (da < db ? -1 : da > db ? 1 : 0);
  })[0];
}

async function renderDetail(id, { keepScroll = false } = {}) {
  if (!id) {
    state.selectedFlowId = undefined;
    replace(els.detail, h('p', { class: 'empty' }, 'Select a trace to see its hops.'));
    return;
  }
  let t;
  try {
    t = await fetchJson(`/api/traces/${encodeURIComponent(id)}`);
  } catch (err) {
    replace(els.detail, h('p', { class: 'error', role: 'alert' }, err.status === 404 ? `Trace ${id} is no longer held by the collector.` : `Could not load trace ${id}: ${err.message}`));
    return;
  }
  if (id !== state.selectedId) return; // another trace was selected meanwhile
  state.selectedFlowId = t.flowId;
  let flowTraces = [];
  try {
    flowTraces = await fetchJson(`/api/traces?flow=${encodeURIComponent(t.flowId)}&limit=50`);
  } catch {
    // the trace alone still reads; its flow is extra
  }
  if (id !== state.selectedId) return;
  const companion = companionOf(t, flowTraces);
  const others = flowTraces.filter((x) => x.id !== t.id && x.id !== companion?.id);
  const scroll = window.scrollY;
  let view;
  try {
    const otherHeading = companion ? (companion.direction === 'reply' ? 'Its reply' : 'Its request') : '';
    const missingText = t.direction === 'request' ? 'No reply traced for this flow yet.' : 'The request of this flow was not traced.';
    const missing = () => h('p', { class: 'empty companion-missing' }, missingText);
    // The flow strip: request on the left, reply on the right, whichever of the two was selected.
    const cards = [traceCard(t, { role: 'selected' }), companion ? traceCard(companion, { role: 'companion', heading: otherHeading }) : h('div', { class: 'trace-card card-missing' }, h('p', { class: 'empty' }, missingText))];
    const pair = t.direction === 'reply' ? cards.reverse() : cards;
    view = [
      h('div', { class: 'pair', 'aria-label': `flow ${t.flowId}: request and reply` }, pair),
      traceView(t, { role: 'selected' }),
      companion ? traceView(companion, { role: 'companion', heading: otherHeading }) : missing(),
      others.length > 0
        ? h(
            'nav',
            { class: 'flow-others', 'aria-label': 'other packets of this flow' },
            h('h4', null, `Other packets of flow ${t.flowId}`),
            h('ul', null, others.map((x) => h('li', null, h('a', { href: `#trace=${encodeURIComponent(x.id)}` }, `${clockTime(x.startNs)} ${x.direction} ${x.verdict}`)))),
          )
        : null,
    ];
  } catch (err) {
    view = h('p', { class: 'error', role: 'alert' }, `Trace ${id} could not be drawn: ${err.message}`);
  }
  replace(els.detail, view);
  if (keepScroll) window.scrollTo(0, scroll);
}

function onHash() {
  apiToken(); // a link's #token=… is taken (and removed) before the hash is read
  const m = /^#trace=(.+)$/.exec(location.hash);
  state.selectedId = m ? decodeURIComponent(m[1]) : undefined;
  scheduleListRender();
  void renderDetail(state.selectedId).then(() => {
    if (state.selectedId) els.detail.focus({ preventScroll: true });
  });
}

els.form.addEventListener('submit', (ev) => {
  ev.preventDefault();
  void applyFilters();
});
els.form.addEventListener('reset', () => setTimeout(() => void applyFilters(), 0));
window.addEventListener('hashchange', onHash);

startAgentsPanel({ body: $('agent-list').tBodies[0], empty: $('agents-empty'), error: $('agents-error') });
void applyFilters();
onHash();
