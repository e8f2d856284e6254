/**
 * Whether a file holds a string, read a chunk at a time. /proc/kallsyms is 5 MB and more: read
 * whole (readFileSync + a UTF-8 string) it made the agent's start allocate ≈ 20 MB on the heap
 * for one yes/no, and that peak stayed in the agent's RSS high-water mark for good.
 */
import { closeSync, openSync, readSync } from 'node:fs';

const CHUNK = 64 * 1024;

export function fileIncludes(path: string, needle: string): boolean {
  const want = Buffer.from(needle);
  // the last want.length - 1 bytes of each read are kept in front of the next, so that a match
  // cut across two reads is found
  const buf = Buffer.allocUnsafe(CHUNK + want.length);
  const fd = openSync(path, 'r');
  try {
    let kept = 0;
    for (;;) {
      const n = readSync(fd, buf, kept, buf.length - kept, null);
      if (n === 0) return false;
      const end = kept + n;
      if (buf.subarray(0, end).includes(want)) return true;
      kept = Math.min(want.length - 1, end);
      buf.copy(buf, 0, end - kept, end);
    }
  } finally {
    closeSync(fd);
  }
}
