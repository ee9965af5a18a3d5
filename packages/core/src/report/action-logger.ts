/**
 * The `Logger` for GitHub Actions: `core.info` for every level we show (the
 * runner's own debug channel only appears with ACTIONS_STEP_DEBUG, which
 * users rarely set), warnings as annotations, secrets masked in every line.
 */
import * as core from '@actions/core';
import { isLevelEnabled, redact, type LogLevel, type Logger } from '../logger.js';

export function createActionLogger(level: LogLevel, secrets: readonly string[]): Logger {
  const clean = (message: string): string => redact(message, secrets);
  return {
    level,
    info: (message) => core.info(clean(message)),
    verbose: (message) => {
      if (isLevelEnabled(level, 'verbose')) core.info(clean(message));
    },
    debug: (message) => {
      if (isLevelEnabled(level, 'debug')) core.info(`[debug] ${clean(message)}`);
    },
    warning: (message) => core.warning(clean(message)),
  };
}
