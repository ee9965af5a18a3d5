/**
 * STOR and APPE that write the data as soon as the data connection is up,
 * not after the server's 150.
 *
 * basic-ftp's `uploadFrom` waits for 150 before writing. Over FTPS,
 * pure-ftpd sends its 150 only after the data connection's TLS handshake,
 * so that wait is one full round trip per file that nothing needs: the
 * three Debian servers take data written before their 150 (the kernel, or
 * the TLS layer, holds it until the server reads; SERVERS.md, Round trips).
 * Over plain FTP the data goes out once TCP connects, which on a real link
 * is when the 150 would have come anyway.
 *
 * The server's reply wins over what the data connection reports: a refused
 * STOR (553, read-only folder) often also resets the data connection, and
 * the reply says why, and whether a retry can help.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream';
import { TLSSocket } from 'node:tls';
import { Client, type FTPContext, type FTPResponse } from 'basic-ftp';
import type { FtpClient } from './client-port.js';
import { usesPassiveMode } from './passive-mode.js';
import { sendFile, type LocalFileRange } from './send-file.js';

/** Calls `action` once `socket` can carry data: connected, and over TLS with the handshake done. */
function whenWritable(socket: NodeJS.ReadWriteStream & { connecting?: boolean }, action: () => void): void {
  if (socket instanceof TLSSocket) {
    if (socket.getFinished() !== undefined) action();
    else socket.once('secureConnect', action);
  } else if (socket.connecting === true) {
    (socket as NodeJS.EventEmitter).once('connect', action);
  } else {
    action();
  }
}

/** What one store reports while it runs. */
export interface StoreProgress {
  /** Bytes read from the source so far. */
  readonly onBytes: (bytes: number) => void;
}

/** What a store sends: a stream (content held in memory), or a local file read through reused buffers (see send-file.ts). */
export type StoreSource = Readable | LocalFileRange;

/**
 * Sends `command path` on a data connection `client.prepareTransfer` opens
 * (passive mode), writing `source` as soon as the connection can carry it;
 * resolves with the final reply once both the data is written and the
 * server has confirmed it. Returns the number of bytes read from `source`.
 */
export async function storeFrom(
  client: Client,
  source: StoreSource,
  command: 'STOR' | 'APPE',
  remotePath: string,
  progress: StoreProgress,
): Promise<{ reply: FTPResponse; bytes: number }> {
  const ftp = client.ftp;
  if (!(source instanceof Readable)) {
    await client.prepareTransfer(ftp);
    return runStore(ftp, source, `${command} ${remotePath}`, progress);
  }
  const onSourceError = (error: Error): void => ftp.closeWithError(error);
  source.once('error', onSourceError);
  try {
    await client.prepareTransfer(ftp);
    return await runStore(ftp, source, `${command} ${remotePath}`, progress);
  } finally {
    source.removeListener('error', onSourceError);
  }
}

/**
 * True when `storeFrom` can carry `bytes` bytes on `client`: a basic-ftp
 * client in passive mode (active mode's data socket comes later; test
 * fakes have none), and not an empty file, which waits for the 150 the
 * basic-ftp way: ftp-srv accepts TLS data connections before the command
 * and gives up on one that has already ended by the time STOR arrives (425).
 */
export function canStoreEarly(client: FtpClient, bytes: number): client is Client {
  return client instanceof Client && usesPassiveMode(client.ftp) && bytes > 0;
}

/** Stores `content` at `path`: by `storeFrom` where it can, else by basic-ftp's `uploadFrom`. */
export async function storeBuffer(client: FtpClient, content: Buffer, path: string): Promise<void> {
  if (canStoreEarly(client, content.length)) {
    await storeFrom(client, Readable.from([content]), 'STOR', path, { onBytes: () => undefined });
    return;
  }
  await client.uploadFrom(Readable.from([content]), path);
}

/** The part of basic-ftp's task resolver a transfer settles. */
interface TaskResolver {
  resolve(value: FTPResponse): void;
  reject(error: Error): void;
}

function runStore(
  ftp: FTPContext,
  source: StoreSource,
  fullCommand: string,
  progress: StoreProgress,
): Promise<{ reply: FTPResponse; bytes: number }> {
  return new Promise((resolve, reject) => {
    const socket = ftp.dataSocket;
    if (socket === undefined) {
      reject(new Error('Upload should begin but no data connection is available.'));
      return;
    }
    let bytes = 0;
    let dataDone = false;
    let dataError: Error | undefined;
    let final: FTPResponse | undefined;
    let task: TaskResolver | undefined;
    let settled = false;
    // Stops a file being sent when the store fails first.
    const sending = new AbortController();

    const settle = (error?: Error): void => {
      if (settled) return;
      settled = true;
      ftp.socket.setTimeout(ftp.timeout);
      ftp.dataSocket = undefined;
      if (error !== undefined) {
        if (source instanceof Readable) source.destroy();
        else {
          // What pipeline does when its source is destroyed.
          sending.abort(error);
          socket.destroy();
        }
        task?.reject(error);
        reject(error);
      } else if (final !== undefined) {
        task?.resolve(final);
        resolve({ reply: final, bytes });
      }
    };
    const settleIfDone = (): void => {
      if (dataError !== undefined && final !== undefined) settle(dataError);
      else if (dataDone && final !== undefined) settle();
    };

    ftp
      .handle(fullCommand, (reply, resolver) => {
        task = resolver;
        if (reply instanceof Error) {
          // FTPError for a 4xx/5xx reply, else the connection failed or timed out.
          settle(reply);
        } else if (reply.code >= 200 && reply.code < 300) {
          final = reply;
          settleIfDone();
        } else if (reply.code >= 300) {
          const error = new Error(`Unexpected FTP response is requesting an answer: ${reply.message}`);
          settle(error);
          ftp.closeWithError(error);
        }
        // 125 and 150 need nothing: the data is on its way already.
      })
      .catch(() => undefined);

    whenWritable(socket, () => {
      if (settled) return;
      // The data connection is in charge of timeouts while data flows; the
      // control connection is idle meanwhile and takes over again at the end.
      ftp.socket.setTimeout(0);
      socket.setTimeout(ftp.timeout);
      const sent = (error: Error | null | undefined): void => {
        if (settled) return;
        ftp.socket.setTimeout(ftp.timeout);
        // On an error, wait for the server's reply: it usually says more than
        // "socket hang up" (the session is closed if none comes; see data-socket.ts).
        if (error) dataError = error;
        else dataDone = true;
        settleIfDone();
      };
      if (!(source instanceof Readable)) {
        const onBytes = (read: number): void => {
          bytes = read;
          progress.onBytes(read);
        };
        // A file that cannot be read closes the session, as a failing stream does above.
        const onReadError = (error: Error): void => ftp.closeWithError(error);
        sendFile(source, socket, { onBytes, onReadError, signal: sending.signal }).then(
          () => sent(undefined),
          (error: unknown) => sent(error instanceof Error ? error : new Error(String(error))),
        );
        return;
      }
      source.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        progress.onBytes(bytes);
      });
      pipeline(source, socket, sent);
    });
  });
}
