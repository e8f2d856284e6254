import { readFileSync } from 'node:fs';

/** The kernel's boot id: with the node name and pid it makes an agent id unique per start. */
export function bootId(): string {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return 'unknown-boot';
  }
}
