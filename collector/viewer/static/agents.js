/* global setInterval -- browser module */
// The agents panel: which nodes report, since when, and what they lost (events lost mean the
// traces through that node may be incomplete).
import { h, replace } from './dom.js';
import { ago } from './format.js';
import { fetchJson } from './live.js';

function lossCell(a) {
  const l = a.loss ?? {};
  const ag = l.agent ?? {};
  const parts = [
    ['bpf', ag.bpfLost],
    ['queue', ag.queueDroppedEvents],
    ['rate-limited', l.rateLimitedEvents],
    ['invalid', l.invalidEvents],
    ['missing batches', l.gapBatches],
  ].filter(([, n]) => typeof n === 'number' && n > 0);
  const events = (ag.bpfLost ?? 0) + (ag.queueDroppedEvents ?? 0) + (l.rateLimitedEvents ?? 0) + (l.invalidEvents ?? 0);
  if (parts.length === 0) return h('td', { class: 'num' }, '0');
  return h('td', { class: 'num lossy', title: 'events lost, by cause' }, `${events} `, h('span', { class: 'loss-detail' }, parts.map(([k, n]) => `${k} ${n}`).join(' · ')));
}

function agentRow(a, now) {
  const beat = a.lastHeartbeatAtMs ?? a.lastHeardAtMs;
  return h(
    'tr',
    { class: a.connected ? 'agent-up' : 'agent-down' },
    h('td', { title: `agent ${a.agentId ?? ''} ${a.agentVersion ?? ''} from ${a.remoteAddress ?? ''}` }, a.node || a.agentId || '?'),
    h(
      'td',
      null,
      a.connected ? h('span', { class: 'up' }, '● yes') : h('span', { class: 'down' }, '○ no'),
      !a.connected && a.disconnectedAtMs ? h('span', { class: 'since' }, `since ${ago(a.disconnectedAtMs, now)}`) : null,
    ),
    h('td', null, ago(beat, now)),
    lossCell(a),
  );
}

export function startAgentsPanel({ body, empty, error, everyMs = 5000 }) {
  const refresh = async () => {
    try {
      const agents = await fetchJson('/api/agents');
      const list = Array.isArray(agents) ? agents : [];
      const now = Date.now();
      replace(body, list.map((a) => agentRow(a, now)));
      empty.hidden = list.length > 0;
      error.hidden = true;
    } catch (err) {
      error.textContent = `agents: ${err.message}`;
      error.hidden = false;
    }
  };
  void refresh();
  return setInterval(refresh, everyMs);
}
