import type { Command } from 'commander';

export function registerAgentCommands(_program: Command): void {
  // filled in by the agent work
}
