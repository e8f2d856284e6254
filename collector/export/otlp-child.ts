/**
 * The OTLP export process (collector/export/otlp-process.ts starts it under `nice -n 19`): the
 * exporter's work (otlp-export-side.ts) in a process of its own, so that every thread doing it —
 * its event loop and V8's helper threads, which run its garbage collection and compilation — is
 * niced. A worker thread could nice only itself: its isolate's GC ran on the process-wide helper
 * threads at the event loop's priority (bench/README.md, "OTLP export").
 *
 * In (IPC, advanced serialization): {type: 'init', opts, nice}, then otlp-export-side.ts's
 * messages. Out: its reports. It goes when the collector says (shutdown) or goes away (the IPC
 * channel closes); signals meant for the collector's process group do not cut its flush short.
 */
import { readdirSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { childLog } from '../../common/log.js';
import { runExportSide, type ExportSideIn } from './otlp-export-side.js';
import type { OtlpExportOptions } from './otlp.js';

const log = childLog('otlp');
if (!process.send) throw new Error('otlp-child.ts runs as the collector\'s export process (collector/export/otlp-process.ts)');
const send = (m: unknown): void => void process.send?.(m);

/**
 * Where `nice` was not there to start this process niced: nice every thread there is now (Linux
 * keeps a nice value per thread; threads made later inherit the creating thread's). Returns how
 * many threads were below `nice`.
 */
function niceAllThreads(nice: number): number {
  let raised = 0;
  let tids: string[];
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return 0; // not Linux
  }
  for (const t of tids) {
    try {
      if (getPriority(Number(t)) < nice) {
        setPriority(Number(t), nice);
        raised++;
      }
    } catch {
      // the thread ended, or not permitted
    }
  }
  return raised;
}

for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(s, () => undefined);
process.once('disconnect', () => process.exit(0));

let onMessage: ((m: ExportSideIn) => void) | undefined;
process.on('message', (m: ExportSideIn | { type: 'init'; opts: OtlpExportOptions; nice: number }) => {
  if (m.type === 'init') {
    const raised = niceAllThreads(m.nice);
    if (raised > 0) log.info({ threads: raised, nice: m.nice }, 'OTLP export process: niced its threads itself');
    onMessage = runExportSide(m.opts, send, () => process.disconnect());
    send({ type: 'ready', pid: process.pid });
  } else onMessage?.(m);
});
