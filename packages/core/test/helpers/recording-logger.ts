import type { Logger, LogLevel } from '@ftp-actions/core';

/** A logger that keeps every line, by level. */
export interface RecordingLogger extends Logger {
  readonly lines: { level: LogLevel | 'warning'; message: string }[];
  readonly warnings: string[];
  readonly infos: string[];
}

export function recordingLogger(level: LogLevel = 'verbose'): RecordingLogger {
  const lines: RecordingLogger['lines'] = [];
  const record = (kind: LogLevel | 'warning') => (message: string) => {
    lines.push({ level: kind, message });
  };
  return {
    level,
    lines,
    get warnings() {
      return lines.filter((line) => line.level === 'warning').map((line) => line.message);
    },
    get infos() {
      return lines.filter((line) => line.level === 'info').map((line) => line.message);
    },
    info: record('info'),
    verbose: record('verbose'),
    debug: record('debug'),
    warning: record('warning'),
  };
}
