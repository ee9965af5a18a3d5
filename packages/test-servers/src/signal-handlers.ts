const SIGNALS = ['SIGTERM', 'SIGINT', 'SIGQUIT'] as const;

/**
 * Runs `construct` and then removes exactly the SIGTERM/SIGINT/SIGQUIT
 * listeners it added to `process`, leaving everyone else's in place.
 *
 * Why: every ftp-srv instance registers handlers for these signals that
 * close the server and call process.exit(0). In a test worker that turns a
 * signal (vitest stopping a worker, a timeout, Ctrl-C) into a clean exit
 * code, which can hide a failure; one listener per instance also trips
 * Node's MaxListenersExceededWarning after ten servers. Tests close their
 * servers themselves.
 */
export function withoutAddedSignalHandlers<T>(construct: () => T): T {
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  try {
    return construct();
  } finally {
    for (const signal of SIGNALS) {
      const existing = before.get(signal);
      for (const listener of process.listeners(signal)) {
        if (!existing?.has(listener)) process.removeListener(signal, listener);
      }
    }
  }
}
