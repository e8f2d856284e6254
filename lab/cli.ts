import type { Command } from 'commander';

export function registerLabCommands(_program: Command): void {
  // filled in by the lab work
}
