/**
 * `iptables-save` text → tables → chains → rules, each rule with its options split out, so that
 * claims can match structurally (`--probability 0.5`, `--random-fully`, `--set-xmark 0x80/0x80`)
 * as well as by regular expression.
 */
import type { IptablesExpect } from './schema.js';

export interface IptablesRule {
  table: string;
  chain: string;
  /** The rule as iptables-save prints it, without the leading "-A CHAIN". */
  text: string;
  /** Option → its values (flags: []); a negated option is stored as "!--opt". */
  options: Map<string, string[]>;
  target?: string;
}

export type IptablesRuleset = Map<string, Map<string, IptablesRule[]>>; // table → chain → rules

/** Splits on blanks, keeping double-quoted strings (comments) whole, without their quotes. */
function tokenize(line: string): string[] {
  const tokens: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|(\S+)/g;
  for (let m = re.exec(line); m !== null; m = re.exec(line)) tokens.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2]!);
  return tokens;
}

export function parseIptablesSave(text: string): IptablesRuleset {
  const tables: IptablesRuleset = new Map();
  let table: Map<string, IptablesRule[]> | undefined;
  let tableName = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('*')) {
      tableName = line.slice(1);
      table = tables.get(tableName) ?? new Map();
      tables.set(tableName, table);
    } else if (line.startsWith(':') && table) {
      const chain = line.slice(1).split(/\s+/)[0]!;
      if (!table.has(chain)) table.set(chain, []);
    } else if (line.startsWith('-A ') && table) {
      const tokens = tokenize(line);
      const chain = tokens[1]!;
      const rest = tokens.slice(2);
      const options = new Map<string, string[]>();
      let current: string[] | undefined;
      let negate = false;
      for (const tok of rest) {
        if (tok === '!') {
          negate = true;
        } else if (/^--?[a-zA-Z]/.test(tok)) {
          const key = negate ? `!${tok}` : tok;
          negate = false;
          current = options.get(key) ?? [];
          options.set(key, current);
        } else current?.push(tok);
      }
      const rule: IptablesRule = { table: tableName, chain, text: line.slice(3 + chain.length).trim(), options, target: options.get('-j')?.[0] };
      const rules = table.get(chain) ?? [];
      rules.push(rule);
      table.set(chain, rules);
    }
  }
  return tables;
}

/** "0x80/0x80" → [128, 128]; "0x4000" → [16384]; else undefined. */
function parseMark(s: string): number[] | undefined {
  if (!/^0x[0-9a-f]+(\/0x[0-9a-f]+)?$/i.test(s)) return undefined;
  return s.split('/').map((p) => Number.parseInt(p, 16));
}

function valueMatches(values: string[] | undefined, want: boolean | number | string): boolean {
  if (want === false) return values === undefined;
  if (values === undefined) return false;
  if (want === true) return true;
  if (typeof want === 'number') return values.some((v) => v !== '' && Number(v) === want);
  const wantMark = parseMark(want);
  return values.some((v) => {
    if (v === want) return true;
    const got = parseMark(v);
    return wantMark !== undefined && got !== undefined && got.length === wantMark.length && got.every((g, i) => g === wantMark[i]);
  });
}

export function ruleMatches(rule: IptablesRule, match: IptablesExpect['rule']): boolean {
  if (match.target !== undefined && rule.target !== match.target) return false;
  if (match.regex !== undefined && !new RegExp(match.regex).test(rule.text)) return false;
  for (const [opt, want] of Object.entries(match.options ?? {})) {
    const key = opt.startsWith('-') || opt.startsWith('!') ? opt : `--${opt}`;
    if (!valueMatches(rule.options.get(key), want)) return false;
  }
  return true;
}

/**
 * The chain a claim names: a plain name, or the chain that a rule of `jumpedFrom` matching
 * `where` jumps to (kube-proxy's KUBE-SVC-<hash> chains are named by hash, not by service).
 */
export function resolveChain(rules: IptablesRuleset, table: string, chain: IptablesExpect['chain']): { chain?: string; why: string } {
  const t = rules.get(table);
  if (!t) return { why: `no ${table} table in iptables-save` };
  if (typeof chain === 'string') return t.has(chain) ? { chain, why: chain } : { why: `no chain ${chain} in table ${table}` };
  const from = t.get(chain.jumpedFrom);
  if (!from) return { why: `no chain ${chain.jumpedFrom} in table ${table}` };
  const re = new RegExp(chain.where);
  const jump = from.find((r) => re.test(r.text) && r.target !== undefined && t.has(r.target));
  if (!jump?.target) return { why: `no rule in ${table} ${chain.jumpedFrom} matching /${chain.where}/ jumps to a chain` };
  const jumpText = jump.text.replace(/ -m comment --comment (?:"[^"]*"|\S+)/g, '');
  return { chain: jump.target, why: `${jump.target} (jumped to from ${chain.jumpedFrom}: ${jumpText})` };
}
