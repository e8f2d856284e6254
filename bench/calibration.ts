/**
 * bench/calibration.ts — a fixed CPU-bound reference workload, printed beside every figure so
 * that figures from different machines (or the same machine at a busier moment) can be compared:
 * a JavaScript integer-hashing loop (what the correlator and the agent's parser are made of) and
 * SHA-256 in native code. Five rounds each; min/median/max, and the load average around them.
 *
 *   import { calibrate } from './calibration.js'; const c = calibrate(); c.text
 *   node dist/bench/calibration.js [--json]
 */
import { createHash } from 'node:crypto';
import { cpus, loadavg } from 'node:os';

export interface Spread {
  min: number;
  median: number;
  max: number;
}

export interface Calibration {
  /** Million FNV-1a steps per second in a JIT-compiled JavaScript loop. */
  jsMopsPerS: Spread;
  /** MB/s of SHA-256 over a 1 MiB buffer (native code). */
  sha256MBPerS: Spread;
  loadavg: number[];
  cpus: number;
  text: string;
}

export function spread(xs: number[]): Spread {
  const s = [...xs].sort((a, b) => a - b);
  const r = (v: number): number => Math.round(v * 10) / 10;
  return { min: r(s[0]!), median: r(s[Math.floor(s.length / 2)]!), max: r(s[s.length - 1]!) };
}

/** A spread as the benches print it: "median (min MIN, max MAX)", `digits` after the point. */
export function spreadText(s: Spread, digits = 0): string {
  return `${s.median.toFixed(digits)} (min ${s.min.toFixed(digits)}, max ${s.max.toFixed(digits)})`;
}

function jsRound(steps: number): number {
  const t0 = process.hrtime.bigint();
  let h = 0x811c9dc5;
  for (let i = 0; i < steps; i++) h = Math.imul(h ^ (i & 0xff), 0x01000193) >>> 0;
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (h === 42) process.stdout.write(''); // keep the loop from being optimised away
  return steps / s / 1e6;
}

function shaRound(buf: Buffer, times: number): number {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < times; i++) createHash('sha256').update(buf).digest();
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  return (buf.length * times) / s / 1e6;
}

export function calibrate(rounds = 5): Calibration {
  jsRound(1e6); // warm up the JIT
  const buf = Buffer.alloc(1 << 20, 7);
  const js: number[] = [];
  const sha: number[] = [];
  for (let i = 0; i < rounds; i++) {
    js.push(jsRound(2e7));
    sha.push(shaRound(buf, 32));
  }
  const c = { jsMopsPerS: spread(js), sha256MBPerS: spread(sha), loadavg: loadavg().map((l) => Math.round(l * 100) / 100), cpus: cpus().length };
  const f = (s: Spread): string => `${s.median} (${s.min}–${s.max})`;
  return { ...c, text: `calibration: JS ${f(c.jsMopsPerS)} M steps/s, SHA-256 ${f(c.sha256MBPerS)} MB/s; load average ${c.loadavg.join(' ')} on ${c.cpus} CPUs` };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const c = calibrate();
  process.stdout.write(process.argv.includes('--json') ? `${JSON.stringify(c)}\n` : `${c.text}\n`);
}
