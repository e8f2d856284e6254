import { pino, destination, type Logger } from 'pino';

/**
 * One pino JSON logger for the whole process. Logs go to stderr so that stdout stays free for
 * what a command prints for people (tables, diagrams) or machines (--json, NDJSON events).
 */
export const log: Logger = pino(
  { level: process.env.PACKETLIFE_LOG_LEVEL ?? 'info', base: { pid: process.pid } },
  destination(2),
);

export function childLog(component: string): Logger {
  return log.child({ component });
}
