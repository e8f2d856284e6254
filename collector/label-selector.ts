/**
 * Kubernetes label selectors as kubectl takes them (`-l app=echoserver,tier!=db`,
 * `env in (prod,staging)`, `!canary`, `team`): equality- and set-based requirements, all of
 * which must hold. Used by `packetlife traces -l` and the API's `label=` filter.
 */

export type Requirement =
  | { key: string; op: 'exists' | 'not-exists' }
  | { key: string; op: 'in' | 'notin'; values: string[] };

const KEY = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const VALUE = /^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/;

export class SelectorError extends Error {}

/** Splits on commas that are not inside a set's parentheses. */
function split(sel: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of sel) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts.map((p) => p.trim());
}

export function parseLabelSelector(sel: string): Requirement[] {
  if (sel.trim() === '') throw new SelectorError('label selector is empty');
  if (sel.length > 1024) throw new SelectorError('label selector longer than 1024 characters');
  const out: Requirement[] = [];
  for (const part of split(sel)) {
    const key = (k: string): string => {
      if (!KEY.test(k)) throw new SelectorError(`label selector: "${k}" is not a valid label key (in "${part}")`);
      return k;
    };
    const value = (v: string): string => {
      if (!VALUE.test(v)) throw new SelectorError(`label selector: "${v}" is not a valid label value (in "${part}")`);
      return v;
    };
    let m: RegExpExecArray | null;
    if ((m = /^([^\s!=()]+)\s+(in|notin)\s*\(([^()]*)\)$/.exec(part))) {
      const values = m[3]!.split(',').map((v) => value(v.trim()));
      out.push({ key: key(m[1]!), op: m[2] as 'in' | 'notin', values });
    } else if ((m = /^([^\s!=()]+)\s*(==|=|!=)\s*([^\s!=()]*)$/.exec(part))) {
      out.push({ key: key(m[1]!), op: m[2] === '!=' ? 'notin' : 'in', values: [value(m[3]!)] });
    } else if ((m = /^!\s*([^\s!=()]+)$/.exec(part))) {
      out.push({ key: key(m[1]!), op: 'not-exists' });
    } else if ((m = /^([^\s!=()]+)$/.exec(part))) {
      out.push({ key: key(m[1]!), op: 'exists' });
    } else {
      throw new SelectorError(`label selector: cannot read "${part}" (expected key=value, key!=value, key in (a,b), key notin (a,b), key or !key)`);
    }
  }
  return out;
}

export function selectorMatches(reqs: Requirement[], labels: Record<string, string>): boolean {
  for (const r of reqs) {
    const has = Object.prototype.hasOwnProperty.call(labels, r.key);
    const v = labels[r.key];
    switch (r.op) {
      case 'exists':
        if (!has) return false;
        break;
      case 'not-exists':
        if (has) return false;
        break;
      case 'in':
        if (!has || !r.values.includes(v!)) return false;
        break;
      case 'notin':
        if (has && r.values.includes(v!)) return false;
        break;
    }
  }
  return true;
}
