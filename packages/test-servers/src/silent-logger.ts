/**
 * The part of a bunyan logger that ftp-srv calls. ftp-srv logs every command
 * and every client error to stdout through bunyan by default, which buries
 * test output; handing it this no-op logger keeps runs quiet without making
 * bunyan (ftp-srv's own dependency) one of ours.
 */
export interface FtpSrvLogger {
  child(fields: Record<string, unknown>): FtpSrvLogger;
  trace(...args: unknown[]): void;
  debug(...args: unknown[]): void;
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
  fatal(...args: unknown[]): void;
}

const ignore = (): void => undefined;

export const silentLogger: FtpSrvLogger = {
  child: () => silentLogger,
  trace: ignore,
  debug: ignore,
  info: ignore,
  warn: ignore,
  error: ignore,
  fatal: ignore,
};
