/**
 * A passive-mode reply (EPSV or PASV) asked for ahead of time, so the next
 * transfer on the same control connection skips that round trip. An atomic
 * upload sends RNFR, RNTO and the next transfer's EPSV in one write (see
 * `pipeline.ts`); the reply to that EPSV waits here.
 *
 * Such a reply may only be used while it is certainly still the server's
 * current one: no other command may have gone out on the control connection
 * since (servers close the passive listener on the next command, and its
 * port could then belong to another session's listener), and it must be
 * young (servers stop listening after a while: vsftpd after a minute).
 * Both are checked here: by the control socket's byte count, which any
 * command, NOOP keep-alives included, moves on; and by age.
 */
import type { FTPContext, FTPResponse } from 'basic-ftp';

/** Well under every server's accept timeout we know of (vsftpd 60 s, pure-ftpd and ProFTPD longer). */
const MAX_AGE_MS = 10_000;

interface CachedReply {
  readonly command: string;
  readonly reply: FTPResponse;
  /** `ftp.socket.bytesWritten` when the reply arrived: the request was the last thing sent. */
  readonly sentBytes: number;
  readonly at: number;
}

const cache = new WeakMap<FTPContext, CachedReply>();

/** Keeps `reply` to `command` for the next transfer on `ftp`. */
export function keepPassiveReply(ftp: FTPContext, command: string, reply: FTPResponse): void {
  cache.set(ftp, { command, reply, sentBytes: ftp.socket.bytesWritten, at: performance.now() });
}

/** The kept reply to `command`, once, if nothing was sent since and it is young enough. */
export function takePassiveReply(ftp: FTPContext, command: string): FTPResponse | undefined {
  const cached = cache.get(ftp);
  if (cached === undefined) return undefined;
  cache.delete(ftp);
  const untouched = cached.command === command && ftp.socket.bytesWritten === cached.sentBytes;
  const young = performance.now() - cached.at < MAX_AGE_MS;
  return untouched && young ? cached.reply : undefined;
}
