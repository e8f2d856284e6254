/* global document, Node -- browser module */
// Building DOM from data without ever parsing it as HTML: every trace field comes from the
// network (pod names, interface names, drop reasons), so text only ever lands in text nodes and
// attribute values set through the DOM, never in innerHTML.

/**
 * h('div', { class: 'x', title: t, onclick: fn }, child, 'text', [more]) → an element.
 * Props named on* are listeners; dataset is an object of data-* values; null/false props are skipped.
 */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props ?? {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = String(v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

/** Appends children (nested arrays, nodes, or anything else as text); null and false are skipped. */
export function append(el, children) {
  for (const c of [children].flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** Replaces an element's children. */
export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}
