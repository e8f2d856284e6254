/**
 * Waiting for SIGINT/SIGTERM so that the agent can stop bpftrace and drain before it exits.
 *
 * The listeners stay registered until release() (not `process.once`): execa's signal-exit
 * handler re-raises a signal when it finds no other listener left, and `once` removes ours
 * before signal-exit looks, which kills the process before the clean-up runs.
 */
export interface StopSignal {
  /** Resolves with the signal's name when one arrives. */
  received: Promise<'SIGINT' | 'SIGTERM'>;
  /** Removes the listeners: call after the clean-up, so a second signal then ends the process. */
  release(): void;
}

export function waitForStopSignal(): StopSignal {
  let onInt: () => void = () => undefined;
  let onTerm: () => void = () => undefined;
  const received = new Promise<'SIGINT' | 'SIGTERM'>((resolve) => {
    onInt = () => resolve('SIGINT');
    onTerm = () => resolve('SIGTERM');
  });
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return {
    received,
    release(): void {
      process.removeListener('SIGINT', onInt);
      process.removeListener('SIGTERM', onTerm);
    },
  };
}
