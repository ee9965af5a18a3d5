/**
 * Several commands sent in one go, their replies collected in order: one
 * round trip instead of one per command. RFC 959 servers read the control
 * connection as a stream and answer each command in turn, and the three
 * Debian servers take RNFR, RNTO and the next EPSV together (SERVERS.md,
 * Round trips). Only commands whose replies need not be seen before the
 * next is sent belong here; a transfer's 226 must have arrived first (an
 * EPSV sent during a transfer is refused).
 */
import { FTPError, type FTPContext, type FTPResponse } from 'basic-ftp';

/** Servers (host:port) whose replies to commands sent together came out of step once: no more sending together to them in this process. */
const lockstepServers = new Set<string>();

/** The server `ftp` is connected to; name it before sending, as a closed socket no longer knows its peer. */
export function serverOf(ftp: FTPContext): string {
  return `${ftp.socket.remoteAddress ?? '?'}:${ftp.socket.remotePort ?? '?'}`;
}

/** False once `ftp`'s server has answered commands sent together out of step. */
export function keepsRepliesInStep(ftp: FTPContext): boolean {
  return !lockstepServers.has(serverOf(ftp));
}

/** Records that `server` (see `serverOf`) answered commands sent together out of step. */
export function rememberOutOfStep(server: string): void {
  lockstepServers.add(server);
}

/** A reply: a response (1xx–3xx) or the FTPError basic-ftp makes of a 4xx/5xx. */
export type PipelinedReply = FTPResponse | FTPError;

/**
 * Sends `commands` at once and resolves with one final reply per command
 * (preliminary 1xx replies are skipped). Rejects only when the connection
 * fails or times out, never for a refusal: the caller reads each reply.
 */
export function sendTogether(ftp: FTPContext, commands: readonly string[]): Promise<PipelinedReply[]> {
  const replies: PipelinedReply[] = [];
  const task = ftp.handle(undefined, (reply, resolver) => {
    if (reply instanceof FTPError) {
      replies.push(reply);
    } else if (reply instanceof Error) {
      resolver.reject(reply);
      return;
    } else if (reply.code >= 200) {
      replies.push(reply);
    }
    if (replies.length === commands.length) resolver.resolve({ code: 0, message: '' });
  });
  try {
    for (const command of commands) ftp.send(command);
  } catch (error) {
    // A command with a line break: refused before anything went out, unless an earlier one did.
    ftp.closeWithError(error instanceof Error ? error : new Error(String(error)));
  }
  return task.then(() => replies);
}
