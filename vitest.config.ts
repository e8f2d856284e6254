import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Lab tests build real namespaces and start real servers: give them room, but keep the
    // whole suite well inside CI's budget.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Two cores: more workers only make the lab tests fight for CPU.
    maxWorkers: 2,
    reporters: ['default'],
  },
});
