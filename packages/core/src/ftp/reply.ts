/**
 * Reading FTP replies out of errors, for messages that quote the server
 * ("550 Permission denied") rather than a stack of wrappers around it.
 */
import { FTPError } from 'basic-ftp';
import { FtpActionError } from '../errors.js';

/** The FTP reply code carried by `error` (or by its cause), if any. */
export function replyCode(error: unknown): number | undefined {
  if (error instanceof FTPError) return error.code;
  if (error instanceof FtpActionError) {
    if ('code' in error && typeof error.code === 'number') return error.code;
    return replyCode(error.cause);
  }
  return undefined;
}

/** "550 Permission denied" for an FTP reply, else the first line of the error's message. */
export function describeError(error: unknown): string {
  if (error instanceof FTPError) {
    const first = error.message.split(/\r?\n/)[0] ?? '';
    const text = first.replace(/^\d{3}[ -]?/, '').trim();
    return text === '' ? String(error.code) : `${error.code} ${text}`;
  }
  // OpenSSL and some socket errors end in a newline or run over several lines.
  const text = error instanceof Error ? error.message : String(error);
  return (
    text
      .split(/\r?\n/)
      .find((line) => line.trim() !== '')
      ?.trim() ?? text
  );
}
