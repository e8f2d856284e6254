/**
 * Imported first by benchmarks that run agent code in-process: the agent logs a warning per
 * "Lost N events" and per unparsable line, which at saturation floods the terminal and costs the
 * process being measured. Losses are counted by the benchmark itself. An explicit
 * PACKETLIFE_LOG_LEVEL still wins. (ES modules run in import order, so this runs before
 * common/log.ts reads the variable.)
 */
process.env.PACKETLIFE_LOG_LEVEL ??= 'error';
