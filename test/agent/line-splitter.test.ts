import { describe, expect, it } from 'vitest';
import { LineSplitter, MAX_LINE } from '../../agent/line-splitter.js';

function split(chunks: string[]): { lines: string[]; fragments: number } {
  const lines: string[] = [];
  let fragments = 0;
  const s = new LineSplitter((l) => lines.push(l), () => fragments++);
  for (const c of chunks) s.push(c);
  s.end();
  return { lines, fragments };
}

describe('LineSplitter', () => {
  it('joins a line cut across chunks and passes empty lines', () => {
    expect(split(['R 1 2', ' 3\n\nW 4', ' 0\nB 5\n'])).toEqual({ lines: ['R 1 2 3', '', 'W 4 0', 'B 5'], fragments: 0 });
  });

  it('counts a last line without its newline as a fragment, not a line', () => {
    expect(split(['R 1\nR 2'])).toEqual({ lines: ['R 1'], fragments: 1 });
  });

  it('drops what it holds of a line longer than any the program prints, counts it, and goes on', () => {
    const long = 'x'.repeat(MAX_LINE + 1);
    // the garbage's tail after the drop arrives as a line of its own: the parser counts it as an error
    expect(split(['R 1\n', long, 'yy\nR 2\n'])).toEqual({ lines: ['R 1', 'yy', 'R 2'], fragments: 1 });
  });
});
