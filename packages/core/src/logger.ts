/**
 * The logging interface the core speaks. `report/action-logger.ts` implements it
 * for GitHub Actions and the CLI implements it for terminals, so `ftp/`,
 * `transfer/`, `sync/` and `health/` never import `@actions/core`.
 */
export type LogLevel = 'info' | 'verbose' | 'debug';

export interface Logger {
  readonly level: LogLevel;
  info(message: string): void;
  /** Per-file and per-step detail, shown at `verbose` and `debug`. */
  verbose(message: string): void;
  /** Protocol traces, shown at `debug` only. */
  debug(message: string): void;
  warning(message: string): void;
}

const rank: Record<LogLevel, number> = { info: 0, verbose: 1, debug: 2 };

/** True when messages of `wanted` are shown at `level`. */
export function isLevelEnabled(level: LogLevel, wanted: LogLevel): boolean {
  return rank[level] >= rank[wanted];
}

/**
 * Replaces every occurrence of the secrets in a message with `***`. Applied to
 * everything a logger prints and to every error message, as a second line of
 * defence after `core.setSecret`, which only masks text on GitHub's runner.
 */
export function redact(message: string, secrets: readonly string[]): string {
  let result = message;
  for (const secret of secrets) {
    if (secret.length > 0) result = result.split(secret).join('***');
  }
  return result;
}

/** A logger that drops everything: for tests and for callers that do not care. */
export const silentLogger: Logger = {
  level: 'info',
  info: () => undefined,
  verbose: () => undefined,
  debug: () => undefined,
  warning: () => undefined,
};
