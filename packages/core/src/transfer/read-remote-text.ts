/**
 * Reads one small remote file into memory (a deployed version stamp, say)
 * without touching the disk. The size limit is enforced while the data
 * arrives: past it the transfer is cut (closing the connection is the only
 * way to abort a transfer in basic-ftp; the pool replaces it), so a huge file
 * is never read whole.
 */
import { Writable } from 'node:stream';
import { FTPError } from 'basic-ftp';
import prettyBytes from 'pretty-bytes';
import { FtpActionError, TransferError } from '../errors.js';
import type { ClientPool, FtpClient } from '../ftp/client-port.js';
import { describeError, replyCode } from '../ftp/reply.js';
import { isAbsoluteRemote, normalizeRemote } from '../ftp/remote-path.js';
import { sizeThenPassive } from '../ftp/size-then-passive.js';

/** Collects chunks up to `maxBytes` and fails the stream beyond it. */
class LimitedSink extends Writable {
  private readonly chunks: Buffer[] = [];
  private length = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly tooLarge: () => Error,
  ) {
    super();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    if (this.length + chunk.length > this.maxBytes) {
      done(this.tooLarge());
      return;
    }
    this.chunks.push(chunk);
    this.length += chunk.length;
    done();
  }

  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

/** SIZE answers meaning "not offered" (rather than "no such file"): then RETR has to tell. */
const sizeNotOffered = new Set([500, 502, 504]);

/**
 * Asks SIZE before RETR, so that a missing file fails with the server's
 * reply (550), which callers tell apart from a broken connection. RETR
 * alone cannot promise that: ProFTPD answers RETR of a missing file by
 * resetting the data connection it has already accepted, and basic-ftp
 * then fails with ECONNRESET on the data socket and closes the client
 * before the 550 arrives. A file over the limit is refused here too,
 * before any of it is sent.
 */
async function checkSize(client: FtpClient, path: string, maxBytes: number, tooLarge: () => Error, passiveAhead: boolean): Promise<void> {
  let message: string;
  try {
    message = (passiveAhead ? await sizeThenPassive(client, path) : await client.send(`SIZE ${path}`)).message;
  } catch (error) {
    if (error instanceof FTPError && sizeNotOffered.has(error.code)) return;
    throw error;
  }
  // Not client.size(): ftp-srv answers SIZE of an empty file with "213 File status".
  const size = Number.parseInt(message.slice(4), 10);
  if (Number.isSafeInteger(size) && size > maxBytes) throw tooLarge();
}

/** How `readRemoteText` goes about it. */
export interface ReadTextOptions {
  /**
   * Ask for the RETR's passive port along with SIZE (see
   * size-then-passive.ts): one round trip less. Only where the file is
   * expected to be there, or where a transfer follows on the same connection
   * when it is not: some servers (ftp-srv) keep the listener of a passive
   * port nobody connects to, and run out of ports.
   */
  readonly passiveAhead?: boolean;
  /** Before the tasks already waiting for a connection (see `ClientPool.run`). */
  readonly ahead?: boolean;
}

/**
 * The content of `remotePath` (absolute) as UTF-8 text. Throws TransferError
 * when the file is larger than `maxBytes` (without reading the rest), and the
 * server's reply when it cannot be read. Transient failures are retried by
 * the pool.
 */
export async function readRemoteText(
  pool: ClientPool,
  remotePath: string,
  maxBytes: number,
  options: ReadTextOptions = {},
): Promise<string> {
  const path = normalizeRemote(remotePath);
  if (!isAbsoluteRemote(path)) throw new TransferError(remotePath, `The remote file "${remotePath}" must be an absolute path`);
  const tooLarge = (): TransferError =>
    new TransferError(
      path,
      `The remote file "${path}" is larger than ${prettyBytes(maxBytes)} (${maxBytes} bytes); refusing to read it into memory`,
      {
        hint: 'Read only small text files this way (a version stamp, a manifest); download larger ones to disk.',
      },
    );
  return pool.run(
    `reading ${path}`,
    async (client) => {
      const sink = new LimitedSink(maxBytes, tooLarge);
      try {
        await checkSize(client, path, maxBytes, tooLarge, options.passiveAhead === true);
        await client.downloadTo(sink, path);
      } catch (error) {
        if (error instanceof FtpActionError) throw error;
        throw new TransferError(path, `Reading the remote file "${path}" failed: ${describeError(error)}`, {
          code: replyCode(error),
          cause: error,
        });
      }
      return sink.text();
    },
    { ahead: options.ahead === true },
  );
}
