// One trace drawn like the reference article's packet walks: node boxes left to right in the
// order the packet crossed them, the unobserved stretches (the VPC router, the world outside)
// between them, and inside each box the hops with their time, direction and tuple, the routing
// table each forwarding decision used, NAT rewrites set off with before → after and why, drops.
import { h } from './dom.js';
import { consultedText, durationText, formatTuple, fromTo, isoTime, micros, natRewriteText, protocolName, routeText } from './format.js';
import { downloadFile, fetchJson } from './live.js';
import { timeAxis } from './time-axis.js';

/**
 * Where else this trace lives: its pcapng (Wireshark) and its trace id in an OTLP backend (Jaeger,
 * Tempo), which the collector derives from the packetlife id (filled in when the answer comes).
 */
function exportLinks(t) {
  const otlp = h('code', { class: 'otlp-id', title: 'OpenTelemetry trace id (the same in every export)' }, '…');
  const where = h('span', { class: 'otlp-where' });
  fetchJson(`/api/traces/${encodeURIComponent(t.id)}/otlp`).then(
    (r) => {
      otlp.textContent = r.traceId;
      if (r.exported) where.textContent = ` (exported to ${r.exported})`;
    },
    () => {
      otlp.textContent = 'unavailable';
    },
  );
  // The links name the files; a click fetches them with the API token (a link alone carries none).
  const file = (cls, href, name, text) =>
    h(
      'a',
      {
        class: cls,
        href,
        download: name,
        onclick: (ev) => {
          ev.preventDefault();
          downloadFile(href, name).catch((err) => {
            ev.target.title = `download failed: ${err.message}`;
          });
        },
      },
      text,
    );
  return h(
    'p',
    { class: 'trace-links' },
    file('pcapng-link', `/api/traces/${encodeURIComponent(t.id)}/pcapng`, `packetlife-trace-${t.id}.pcapng`, 'pcapng'),
    ' · ',
    file('flow-pcapng-link', `/api/flows/${encodeURIComponent(t.flowId)}/pcapng`, `packetlife-flow-${t.flowId}.pcapng`, 'flow pcapng'),
    ' · OTLP trace id ',
    otlp,
    where,
  );
}

/**
 * Splits the hops into what is drawn left to right: a box per stay on a node, and a connector
 * wherever the trace records a gap or an inferred (unobserved) NAT. Same grouping as the
 * terminal diagram: a gap after hop i closes the box even if the next hop is on the same node.
 */
export function segments(t) {
  const gapsAfter = new Map();
  for (const g of t.gaps ?? []) gapsAfter.set(g.afterHop, [...(gapsAfter.get(g.afterHop) ?? []), g]);
  const out = [];
  const lead = gapsAfter.get(-1) ?? [];
  const leadNats = t.nats.filter((n) => n.afterHop < 0);
  if (lead.length > 0 || leadNats.length > 0) out.push({ type: 'gap', gaps: lead, nats: leadNats });
  let box;
  t.hops.forEach((hop, i) => {
    if (!box || box.node !== hop.place.node) {
      box = { type: 'node', node: hop.place.node, hops: [] };
      out.push(box);
    }
    box.hops.push(i);
    const gaps = gapsAfter.get(i) ?? [];
    const inferred = t.nats.filter((n) => n.afterHop === i && n.inferred);
    if (gaps.length > 0 || inferred.length > 0) {
      out.push({ type: 'gap', gaps, nats: inferred });
      box = undefined;
    }
  });
  return out;
}

const DIRECTION = { transmit: ['tx', 'transmit'], receive: ['rx', 'receive'] };

function hopRow(t, hop) {
  const [short, long] = DIRECTION[hop.direction] ?? ['?', String(hop.direction)];
  return h(
    'li',
    { class: `hop hop-${short}`, dataset: { seq: hop.seq } },
    h('span', { class: 'hop-time' }, micros(t.startNs, hop.timeNs)),
    h('abbr', { class: 'hop-dir', title: long }, short),
    h(
      'span',
      { class: 'hop-body' },
      h('span', { class: 'hop-place', title: `${hop.place.kind} · netns ${hop.place.netns} · ifindex ${hop.place.ifindex}` }, hop.place.label),
      h('code', { class: 'hop-tuple' }, formatTuple(hop.packet)),
    ),
  );
}

function routeRow(r) {
  return h('li', { class: `route${r.error !== undefined ? ' route-error' : ''}`, title: consultedText(r) || null }, routeText(r));
}

function natBlock(n) {
  return h(
    'li',
    { class: `nat${n.inferred ? ' nat-inferred' : ''}`, dataset: { kind: n.kind } },
    h('span', { class: 'nat-rewrite' }, natRewriteText(n)),
    h('span', { class: 'nat-reason' }, n.reason, n.inferred && !/inferred/i.test(n.reason) ? ' (inferred from the topology, not observed)' : ''),
    h('code', { class: 'nat-tuples' }, h('span', null, formatTuple(n.before)), h('span', null, `⇒ ${formatTuple(n.after)}`)),
  );
}

function dropRow(d) {
  return h('li', { class: 'drop', role: 'note' }, h('strong', null, '✖ DROPPED: '), d.reason, d.place ? ` (after ${d.place.label})` : '', d.meaning ? h('span', { class: 'drop-meaning' }, `: ${d.meaning}`) : null);
}

function nodeBox(t, seg) {
  const items = [];
  for (const i of seg.hops) {
    const hop = t.hops[i];
    items.push(hopRow(t, hop));
    for (const r of t.routes.filter((x) => x.atHop === i)) items.push(routeRow(r));
    for (const n of t.nats.filter((x) => x.afterHop === i && !x.inferred)) items.push(natBlock(n));
    for (const d of t.drops.filter((x) => x.atHop === i)) items.push(dropRow(d));
  }
  return h(
    'section',
    { class: 'node-box', 'aria-label': `node ${seg.node}` },
    h('h4', { class: 'node-name' }, h('span', { class: 'node-kw' }, 'node '), seg.node),
    h('ol', { class: 'hops' }, items),
  );
}

/** A caption over gaps that are not simply the VPC router between two observed nodes. */
const GAP_KIND = { external: 'outside the cluster', 'no-agent': 'no agent', unobserved: 'not observed' };

function gapBox(seg, { first, last }) {
  const kind = seg.gaps[0]?.kind ?? 'unobserved';
  // Arrows only toward boxes that exist: a gap at either end of the path has nothing beyond.
  return h(
    'div',
    { class: `gap gap-${kind}`, role: 'group', 'aria-label': 'not observed' },
    first ? null : h('span', { class: 'gap-arrow', 'aria-hidden': 'true' }, '→'),
    h(
      'div',
      { class: 'gap-box' },
      seg.gaps.map((g) => h('div', { class: 'gap-label' }, GAP_KIND[g.kind] ? h('span', { class: 'gap-kind' }, GAP_KIND[g.kind]) : null, g.label)),
      // Time across the gap only where one clock measured both ends; else say why there is none.
      seg.gaps.map((g) => (g.clocks === 'shared' && g.transitNs !== undefined
        ? h('div', { class: 'gap-clock' }, `${(Number(g.transitNs) / 1000).toFixed(1)} µs in transit (one clock at both ends)`)
        : g.clocks === 'unknown' ? h('div', { class: 'gap-clock' }, 'the two nodes\' clocks are not known to agree: no time across') : null)),
      seg.nats.length > 0 ? h('ol', { class: 'hops' }, seg.nats.map(natBlock)) : null,
    ),
    last ? null : h('span', { class: 'gap-arrow', 'aria-hidden': 'true' }, '→'),
  );
}

const VERDICT_TEXT = { delivered: 'delivered', dropped: 'dropped', incomplete: 'incomplete' };

export function verdictBadge(v) {
  return h('span', { class: `verdict verdict-${VERDICT_TEXT[v] ?? 'unknown'}` }, String(v));
}

/** The whole trace: heading, incomplete banner, the path, drops not tied to a hop. */
export function traceView(t, opts = {}) {
  const heading = opts.heading ?? (t.direction === 'reply' ? 'Reply' : 'Request');
  const path = segments(t).map((seg, i, all) => {
    const el = seg.type === 'node' ? nodeBox(t, seg) : gapBox(seg, { first: i === 0, last: i === all.length - 1 });
    // Boxes that follow each other without a gap between them still show the direction.
    const next = all[i + 1];
    return seg.type === 'node' && next?.type === 'node' ? [el, h('span', { class: 'gap-arrow solo', 'aria-hidden': 'true' }, '→')] : el;
  });
  const looseDrops = t.drops.filter((d) => !(d.atHop >= 0 && d.atHop < t.hops.length));
  return h(
    'article',
    { class: `trace trace-${t.direction}`, dataset: { traceId: t.id, role: opts.role ?? 'selected' } },
    h(
      'header',
      { class: 'trace-head' },
      h('h3', null, h('span', { class: `dir-tag dir-${t.direction}` }, heading), ' ', h('span', { class: 'trace-fromto' }, fromTo(t))),
      h(
        'p',
        { class: 'trace-meta' },
        verdictBadge(t.verdict),
        h('code', null, `${protocolName(t.first.protocol)} ${formatTuple(t.first)}`),
        h('span', null, `${t.hops.length} hops`),
        h('span', null, `${t.nodes.length} ${t.nodes.length === 1 ? 'node' : 'nodes'}`),
        h('span', null, durationText(t.startNs, t.endNs)),
        h('time', { datetime: isoTime(t.startNs) }, isoTime(t.startNs)),
        h('span', { class: 'ids' }, `trace ${t.id} · flow ${t.flowId}`),
      ),
    ),
    // The kernel answering rather than data (a TCP RST, an ICMP error): say what it means.
    t.meaning ? h('p', { class: 'trace-meaning', role: 'note' }, '⚑ ', t.meaning) : null,
    t.incompleteReasons.length > 0
      ? h('div', { class: 'banner banner-incomplete', role: 'note' }, h('strong', null, 'Incomplete: '), h('ul', null, t.incompleteReasons.map((r) => h('li', null, r))))
      : null,
    h('div', { class: 'path' }, path),
    looseDrops.length > 0 ? h('ol', { class: 'hops loose-drops' }, looseDrops.map((d) => h('li', { class: 'drop', role: 'note' }, h('strong', null, '✖ DROPPED: '), `${d.reason} (${d.node})${d.meaning ? `: ${d.meaning}` : ''}`))) : null,
  );
}

/**
 * A trace's card in the flow strip: direction, from → to, verdict, its links (pcapng, OTLP id)
 * and its time axis. The strip shows a request and its reply side by side above their diagrams.
 */
export function traceCard(t, opts = {}) {
  const heading = opts.heading ?? (t.direction === 'reply' ? 'Reply' : 'Request');
  return h(
    'section',
    { class: `trace-card card-${t.direction}`, dataset: { traceId: t.id, role: opts.role ?? 'selected' }, 'aria-label': `${heading} time axis` },
    h('h3', null, h('span', { class: `dir-tag dir-${t.direction}` }, heading), ' ', h('span', { class: 'trace-fromto' }, fromTo(t)), ' ', verdictBadge(t.verdict)),
    exportLinks(t),
    h('div', { class: 'axis-wrap' }, timeAxis(t)),
  );
}
