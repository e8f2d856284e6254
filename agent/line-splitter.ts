/**
 * agent/line-splitter.ts — the complete lines of text that arrives in chunks (bpftrace's stdout
 * and stderr). A last line without its newline (the writer was killed mid-write) is not passed
 * on, nor is a line longer than any the program prints (garbage: dropped rather than grown
 * forever): onFragment counts each.
 *
 *   const s = new LineSplitter(onLine, onFragment); s.push(chunk) ...; s.end()
 */
export const MAX_LINE = 65_536;

export class LineSplitter {
  private rest = '';

  constructor(
    private readonly onLine: (line: string) => void,
    private readonly onFragment: () => void,
  ) {}

  push(chunk: string): void {
    const text = this.rest + chunk;
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      this.onLine(text.slice(start, nl));
      start = nl + 1;
    }
    this.rest = text.slice(start);
    if (this.rest.length > MAX_LINE) {
      this.rest = '';
      this.onFragment();
    }
  }

  end(): void {
    if (this.rest !== '') this.onFragment();
    this.rest = '';
  }
}
