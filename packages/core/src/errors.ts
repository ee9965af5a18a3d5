/**
 * The error hierarchy of the pack. Every error a user can see is one of these,
 * so `runAction` can print what failed, where, and what to try next.
 */

/** Base class: a message for the log plus an optional hint on what to try. */
export class FtpActionError extends Error {
  /** What the user can try to fix it; printed after the message. */
  readonly hint: string | undefined;

  constructor(message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.hint = options.hint;
  }
}

/** One bad input, named as in action.yml. */
export interface InputIssue {
  readonly input: string;
  readonly message: string;
}

/** The user's inputs are wrong; lists every bad input at once. */
export class ConfigurationError extends FtpActionError {
  readonly issues: readonly InputIssue[];

  constructor(issues: readonly InputIssue[]) {
    const lines = issues.map((issue) => `  - ${issue.input}: ${issue.message}`);
    const noun = issues.length === 1 ? 'input is' : 'inputs are';
    super(`${issues.length} ${noun} not valid:\n${lines.join('\n')}`, {
      hint: 'Fix the inputs named above in the workflow file; nothing was changed on the server or on disk.',
    });
    this.issues = issues;
  }
}

/** An error that came with an FTP reply keeps its code. */
export interface FtpReplyDetails {
  /** The FTP reply code (e.g. 421, 550), when the server sent one. */
  readonly code?: number | undefined;
  readonly hint?: string | undefined;
  readonly cause?: unknown;
}

abstract class FtpReplyError extends FtpActionError {
  readonly code: number | undefined;

  constructor(message: string, details: FtpReplyDetails = {}) {
    super(message, details);
    this.code = details.code;
  }
}

/** The TCP connection could not be made or was lost (refused, unknown host, timeout, 421). */
export class ConnectionError extends FtpReplyError {}

/** TLS could not be negotiated or the server's certificate was not trusted. */
export class TlsError extends FtpReplyError {}

/** The server refused the user name or password. */
export class AuthenticationError extends FtpReplyError {}

/** A remote path does not exist, is not a directory, or may not be used. */
export class RemotePathError extends FtpReplyError {
  readonly path: string;

  constructor(path: string, message: string, details: FtpReplyDetails = {}) {
    super(message, details);
    this.path = path;
  }
}

/** A file transfer failed. */
export class TransferError extends FtpReplyError {
  readonly path: string;

  constructor(path: string, message: string, details: FtpReplyDetails = {}) {
    super(message, details);
    this.path = path;
  }
}

/** A check the user asked for did not pass (e.g. a certificate expiring too soon). */
export class CheckFailedError extends FtpActionError {}
