/**
 * `packetlife demo` tells its story as progress lines on stderr; the info-level JSON logs of the
 * lab, collector and claims modules running in the same process would bury it. The logger
 * (common/log.ts) reads PACKETLIFE_LOG_LEVEL once, when it is first imported, so this module
 * must be evaluated before it: cli.ts imports demo/cli.ts first, and demo/cli.ts imports this
 * module first. A level the user set is kept; the agents' log files get it, or info.
 */
export const userLogLevel: string | undefined = process.env.PACKETLIFE_LOG_LEVEL;

if (process.argv[2] === 'demo' && userLogLevel === undefined) process.env.PACKETLIFE_LOG_LEVEL = 'warn';
