/**
 * The core `Logger` for a terminal: levels as `log-level` asks, warnings
 * marked, progress redrawn in place on a TTY, and every secret replaced by
 * `***` before anything reaches the stream.
 */
import { isLevelEnabled, redact, type LogLevel, type Logger } from '@ftp-actions/core';
import type { OutputStream } from './io.js';
import { progressOf } from './progress.js';
import { StatusLineWriter } from './status-line.js';

export interface TerminalLogger extends Logger {
  /** Ends a progress line still on screen; call before printing the results. */
  finish(): void;
}

export interface TerminalLoggerOptions {
  readonly level: LogLevel;
  readonly secrets: readonly string[];
  /** Every log line goes to one stream, so lines keep their order and the progress line stays at the bottom. */
  readonly stream: OutputStream;
}

export function createTerminalLogger(options: TerminalLoggerOptions): TerminalLogger {
  const { level, secrets } = options;
  const writer = new StatusLineWriter(options.stream);
  // basic-ftp's protocol traces end in a newline; trimmed, they do not double-space the log.
  const clean = (message: string): string => redact(message, secrets).trimEnd();
  return {
    level,
    info: (message) => {
      const progress = progressOf(message);
      if (progress === undefined) writer.line(clean(message));
      else writer.update(clean(message), progress.final);
    },
    verbose: (message) => {
      if (isLevelEnabled(level, 'verbose')) writer.line(clean(message));
    },
    debug: (message) => {
      if (!isLevelEnabled(level, 'debug')) return;
      const text = clean(message);
      // basic-ftp also traces empty messages; a bare "[debug]" line says nothing.
      if (text !== '') writer.line(`[debug] ${text}`);
    },
    warning: (message) => writer.line(`warning: ${clean(message)}`),
    finish: () => writer.finish(),
  };
}
