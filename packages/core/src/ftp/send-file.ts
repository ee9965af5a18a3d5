/**
 * Writes a local file into a data connection through two reused buffers.
 *
 * `fs.createReadStream` allocates a fresh buffer for every read. For a
 * 512 MiB upload in 1 MiB reads that is 512 new megabytes for the kernel to
 * map and fault in and for V8 to collect: measured under Node 24 against
 * pure-ftpd on loopback, a raw client piping such a stream into its socket
 * used twice the CPU time and twice the memory of one that reads into two
 * buffers by turns (one filling from the disk while the other is written
 * out), and the action spent about 0.3 s of its upload in garbage
 * collection. A buffer is read into again only once the socket has called
 * back for its last write: until then Node may still hold it.
 *
 * The reads are synchronous, on the main thread, as curl's are: a read of a
 * few megabytes from the page cache takes about a millisecond, less than
 * handing it to libuv's thread pool and back. Measured on the bench's
 * 512 MiB upload (pure-ftpd on loopback, 2 vCPUs, the bench's other work
 * around it): 0.35 to 0.66 s with reads in the thread pool, 0.35 to 0.38 s
 * with reads here. While one buffer is read into, the kernel is still
 * sending the other.
 */
import { close, open, readSync } from 'node:fs';
import { finished } from 'node:stream';

/** Where the data comes from: a file, from `start` to wherever its end is when we get there. */
export interface LocalFileRange {
  readonly path: string;
  readonly start: number;
  /** Bytes per read; a little over the file's size for small files. */
  readonly chunkBytes: number;
}

/** What a send reports while it runs, and how it is stopped. */
export interface SendFileControl {
  /** Bytes read from the file so far. */
  readonly onBytes: (bytes: number) => void;
  /** Called when the file cannot be opened or read, before the send fails with that error. */
  readonly onReadError: (error: Error) => void;
  /** Aborting stops the reads. */
  readonly signal: AbortSignal;
}

function openForReading(path: string): Promise<number> {
  return new Promise((resolve, reject) => open(path, 'r', (error, fd) => (error ? reject(error) : resolve(fd))));
}

function closeQuietly(fd: number): Promise<void> {
  return new Promise((resolve) => close(fd, () => resolve()));
}

/** Resolves once `socket` has called back for the write of `data`; rejects with the write's error. */
function writeTo(socket: NodeJS.WritableStream, data: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.write(data, (error?: Error | null) => (error ? reject(error) : resolve()));
  });
}

/** Resolves once everything written to `socket` is flushed after `end()`; rejects if it fails first. */
function endOf(socket: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve, reject) => {
    finished(socket, { readable: false }, (error) => (error ? reject(error) : resolve()));
    socket.end();
  });
}

/**
 * Sends the file's bytes from `range.start` to its end into `socket`, then
 * ends the socket; returns the number of bytes sent. Reads to the end of
 * file rather than to a known size, so that the caller can tell a file that
 * changed while it was sent.
 */
export async function sendFile(range: LocalFileRange, socket: NodeJS.WritableStream, control: SendFileControl): Promise<number> {
  const readFailed: (error: unknown) => never = (error) => {
    control.onReadError(error as Error);
    throw error;
  };
  const fd = await openForReading(range.path).catch(readFailed);
  try {
    // Each buffer with the write still under way from it.
    let current = { buffer: Buffer.allocUnsafeSlow(range.chunkBytes), write: Promise.resolve() };
    let other = { buffer: Buffer.allocUnsafeSlow(range.chunkBytes), write: Promise.resolve() };
    let position = range.start;
    let sent = 0;
    for (;;) {
      // Read into again only once Node is done with its last write.
      await current.write;
      control.signal.throwIfAborted();
      let bytes: number;
      try {
        bytes = readSync(fd, current.buffer, 0, current.buffer.length, position);
      } catch (error) {
        readFailed(error);
      }
      if (bytes === 0) break;
      position += bytes;
      sent += bytes;
      control.onBytes(sent);
      const { buffer } = current;
      const write = writeTo(socket, bytes === buffer.length ? buffer : buffer.subarray(0, bytes));
      // Seen when this buffer's turn comes again, or at the end; a failure meanwhile waits until then.
      write.catch(() => undefined);
      current.write = write;
      [current, other] = [other, current];
    }
    await Promise.all([current.write, other.write]);
    await endOf(socket);
    return sent;
  } finally {
    await closeQuietly(fd);
  }
}
