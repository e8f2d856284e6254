/** Shared plumbing of the lab's servers: flags, the ready file, clean exit on SIGTERM. */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

export function serverArgs<T extends Record<string, { type: 'string' }>>(options: T): Record<keyof T | 'ready', string | undefined> {
  const { values } = parseArgs({ options: { ...options, ready: { type: 'string' } }, strict: true });
  return values as unknown as Record<keyof T | 'ready', string | undefined>;
}

export function required(value: string | undefined, flag: string): string {
  if (value === undefined || value === '') {
    process.stderr.write(`missing --${flag}\n`);
    process.exit(2);
  }
  return value;
}

/** Tell `lab up` this server listens: it waits for the file rather than guessing with sleeps. */
export function signalReady(readyFile: string | undefined): void {
  if (readyFile) writeFileSync(readyFile, `${process.pid}\n`);
  process.on('SIGTERM', () => process.exit(0));
}
