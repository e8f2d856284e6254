// Moved to fixtures/walks.ts (shared by tests and benchmarks); this re-export keeps branches that
// were started before the move compiling. Import from fixtures/ in new code.
export * from '../../fixtures/walks.js';
