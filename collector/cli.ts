import type { Command } from 'commander';

export function registerCollectorCommands(_program: Command): void {
  // filled in by the collector work
}
