/**
 * A pcap-filter-like syntax parsed into the typed AST of ./ast.ts.
 *
 *   expr    := or
 *   or      := and (("or" | "||") and)*
 *   and     := unary (("and" | "&&") unary)*
 *   unary   := ("not" | "!") unary | primary
 *   primary := "(" expr ")" | ["src" | "dst"] ("host" IPV4 | "net" IPV4/LEN | "port" N)
 *            | "tcp" | "udp" | "icmp"
 *
 * Precedence as in pcap: not binds tighter than and, and tighter than or. Errors name the
 * 1-based column and what was found, e.g. `filter: expected a port number at column 12, found "abc"`.
 */
import { UserError } from '../common/errors.js';
import { parseCidr, parseIpv4 } from '../common/ipv4.js';
import { IP_PROTOCOLS, TRACED_PROTOCOLS } from '../common/ip-protocol.js';
import type { FilterSide, FilterExpr } from './ast.js';

/** Longer filters than this are refused: the compiled predicate must stay within BPF limits. */
export const MAX_FILTER_LENGTH = 2048;
/** Parentheses/not nesting deeper than this is refused (bounded recursion, bounded program). */
export const MAX_FILTER_DEPTH = 32;
/** More leaf terms than this are refused: each costs instructions on every packet. */
export const MAX_FILTER_TERMS = 64;

export class FilterSyntaxError extends UserError {
  constructor(
    message: string,
    readonly column: number,
  ) {
    super(`filter: ${message}`);
    this.name = 'FilterSyntaxError';
  }
}

interface Token {
  text: string;
  column: number; // 1-based
}

const WORD_CHAR = /[A-Za-z0-9./_:-]/;

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    if (ch === ' ' || ch === '\t') {
      i++;
      continue;
    }
    if (ch === '(' || ch === ')' || ch === '!') {
      tokens.push({ text: ch, column: i + 1 });
      i++;
      continue;
    }
    if ((ch === '&' || ch === '|') && input[i + 1] === ch) {
      tokens.push({ text: ch + ch, column: i + 1 });
      i += 2;
      continue;
    }
    if (WORD_CHAR.test(ch)) {
      const start = i;
      while (i < input.length && WORD_CHAR.test(input[i]!)) i++;
      tokens.push({ text: input.slice(start, i), column: start + 1 });
      continue;
    }
    throw new FilterSyntaxError(`unexpected character ${JSON.stringify(ch)} at column ${i + 1}`, i + 1);
  }
  return tokens;
}

class Parser {
  private pos = 0;
  private terms = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly inputLength: number,
  ) {}

  parse(): FilterExpr {
    const expr = this.parseOr(0);
    const extra = this.peek();
    if (extra) this.fail(`expected "and", "or" or the end`, extra);
    return expr;
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private next(what: string): Token {
    const token = this.tokens[this.pos];
    if (!token) {
      throw new FilterSyntaxError(`expected ${what} at column ${this.inputLength + 1}, found the end`, this.inputLength + 1);
    }
    this.pos++;
    return token;
  }

  private fail(expected: string, token: Token): never {
    throw new FilterSyntaxError(`${expected} at column ${token.column}, found ${JSON.stringify(token.text)}`, token.column);
  }

  private isWord(token: Token | undefined, ...words: string[]): boolean {
    return token !== undefined && words.includes(token.text.toLowerCase());
  }

  private checkDepth(depth: number, token: Token): void {
    if (depth > MAX_FILTER_DEPTH) {
      throw new FilterSyntaxError(`nested deeper than ${MAX_FILTER_DEPTH} levels at column ${token.column}`, token.column);
    }
  }

  private parseOr(depth: number): FilterExpr {
    const terms = [this.parseAnd(depth)];
    while (this.isWord(this.peek(), 'or', '||')) {
      this.pos++;
      terms.push(this.parseAnd(depth));
    }
    return terms.length === 1 ? terms[0]! : { kind: 'or', terms };
  }

  private parseAnd(depth: number): FilterExpr {
    const terms = [this.parseUnary(depth)];
    while (this.isWord(this.peek(), 'and', '&&')) {
      this.pos++;
      terms.push(this.parseUnary(depth));
    }
    return terms.length === 1 ? terms[0]! : { kind: 'and', terms };
  }

  private parseUnary(depth: number): FilterExpr {
    const token = this.peek();
    if (token && this.isWord(token, 'not', '!')) {
      this.checkDepth(depth + 1, token);
      this.pos++;
      return { kind: 'not', term: this.parseUnary(depth + 1) };
    }
    return this.parsePrimary(depth);
  }

  private parsePrimary(depth: number): FilterExpr {
    const token = this.next('a filter term (host, net, port, tcp, udp, icmp, not or "(")');
    const word = token.text.toLowerCase();
    if (word === '(') {
      this.checkDepth(depth + 1, token);
      const inner = this.parseOr(depth + 1);
      const close = this.next('")"');
      if (close.text !== ')') this.fail('expected ")"', close);
      return inner;
    }
    if ((TRACED_PROTOCOLS as readonly string[]).includes(word)) {
      return this.leaf(token, { kind: 'proto', ipProto: IP_PROTOCOLS[word as (typeof TRACED_PROTOCOLS)[number]] });
    }
    let dir: FilterSide = 'any';
    let qualifier = token;
    if (word === 'src' || word === 'dst') {
      dir = word;
      qualifier = this.next('"host", "net" or "port" after "' + word + '"');
    }
    switch (qualifier.text.toLowerCase()) {
      case 'host':
        return this.leaf(token, { kind: 'host', dir, ipv4: this.parseHostValue() });
      case 'net':
        return this.leaf(token, { kind: 'net', dir, ...this.parseNetValue() });
      case 'port':
        return this.leaf(token, { kind: 'port', dir, port: this.parsePortValue() });
      default:
        return this.fail(
          dir === 'any'
            ? 'expected a filter term (host, net, port, tcp, udp, icmp, not or "(")'
            : `expected "host", "net" or "port" after "${dir}"`,
          qualifier,
        );
    }
  }

  private leaf(token: Token, expr: FilterExpr): FilterExpr {
    this.terms++;
    if (this.terms > MAX_FILTER_TERMS) {
      throw new FilterSyntaxError(`more than ${MAX_FILTER_TERMS} terms at column ${token.column}`, token.column);
    }
    return expr;
  }

  private parseHostValue(): number {
    const token = this.next('an IPv4 address');
    const ip = parseIpv4(token.text);
    if (ip === undefined) this.fail('expected an IPv4 address', token);
    return ip;
  }

  private parseNetValue(): { ipv4: number; prefixLen: number } {
    const token = this.next('a network like 10.0.0.0/16');
    const net = parseCidr(token.text);
    if (net === undefined) return this.fail('expected a network like 10.0.0.0/16', token);
    if (net.ip !== net.network) this.fail(`expected a network address with no bits set past /${net.prefixLen}`, token);
    return { ipv4: net.ip, prefixLen: net.prefixLen };
  }

  private parsePortValue(): number {
    const token = this.next('a port number');
    if (!/^\d{1,5}$/.test(token.text) || Number(token.text) > 65535) this.fail('expected a port number', token);
    return Number(token.text);
  }
}

/** Parses a filter; an empty or blank string means "everything" and returns undefined. */
export function parseFilter(input: string): FilterExpr | undefined {
  if (input.length > MAX_FILTER_LENGTH) {
    throw new FilterSyntaxError(`longer than ${MAX_FILTER_LENGTH} characters`, MAX_FILTER_LENGTH + 1);
  }
  const tokens = tokenize(input);
  if (tokens.length === 0) return undefined;
  return new Parser(tokens, input.length).parse();
}
