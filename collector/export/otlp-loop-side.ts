/**
 * What both ways of running the OTLP export (a niced process: otlp-process.ts; a worker thread:
 * otlp-thread.ts) do alike on the collector's side: find the script the export side runs, and
 * pace the hand-over of traces.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../../lab/processes.js';

/** An export-side script (e.g. 'otlp-child.js'): beside this module when running from dist/, else the build's copy. */
export function exportScript(name: string): string {
  const here = fileURLToPath(new URL(`./${name}`, import.meta.url));
  if (existsSync(here)) return here;
  const built = join(packageRoot(), 'dist', 'collector', 'export', name);
  if (!existsSync(built)) throw new Error(`OTLP export: ${built} is missing; run npm run build`);
  return built;
}

/**
 * Hand-overs in batches: at once when `batch` traces wait, else once at the end of this turn of
 * the event loop (a trace never waits for others that may not come).
 */
export class HandOverPacer {
  private scheduled = false;

  constructor(
    private readonly batch: number,
    private readonly handOver: () => void,
  ) {}

  /** A trace was added to the hand-over: `waiting` traces wait in it now. */
  added(waiting: number): void {
    if (waiting >= this.batch) this.handOver();
    else if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => {
        this.scheduled = false;
        this.handOver();
      });
    }
  }
}
