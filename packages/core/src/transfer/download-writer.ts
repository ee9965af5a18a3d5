/**
 * The local end of a download: a Writable on a file descriptor, made for
 * what basic-ftp pipes into it, a data socket that hands over a chunk per
 * read (see read-buffers.ts).
 *
 * Each chunk is written at once, synchronously, on the main thread, as
 * curl does: a write of a read's worth of data into the page cache takes a
 * fraction of a millisecond, less than handing it to libuv's thread pool
 * and back. Measured on a 512 MiB RETR from pure-ftpd on loopback (2 vCPUs,
 * the server on the same machine), with the bench's other work around it:
 * writes through the thread pool (fs's own `createWriteStream`, or one
 * writev per queued batch) cost 3,000 to 6,000 context switches per
 * download, and the download took 0.40 to 1.69 s (FTPS 0.94 to 2.09 s),
 * swinging with whatever else ran; written here, 350 to 700 context
 * switches and 0.38 to 0.41 s (FTPS 0.80 to 0.94 s; curl 0.36 to 0.47 s and
 * 0.81 to 0.92 s in the same runs). A disk that stalls stalls the event
 * loop with it, and every transfer waits on that disk anyway.
 *
 * Once written, a chunk's memory goes back to the data connection's pool.
 */
import { close, writeSync } from 'node:fs';
import { Writable } from 'node:stream';
import { releaseReadChunk } from '../ftp/read-buffers.js';

type Callback = (error?: Error | null) => void;

/** Writes all of `data` at the current file position, continuing after short writes (a signal, a nearly full disk). */
function writeAllSync(fd: number, data: Buffer): void {
  for (let offset = 0; offset < data.length;) {
    const bytes = writeSync(fd, data, offset);
    if (bytes === 0) throw new Error('The local file took no more data');
    offset += bytes;
  }
}

/**
 * A file written from a pipe; closes its descriptor when finished or
 * destroyed. Each write is done before `_write` returns, so chunks never
 * queue and there is nothing to gather into a writev.
 */
export class LocalFileWriter extends Writable {
  constructor(private readonly fd: number) {
    super();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: Callback): void {
    let failure: Error | undefined;
    try {
      writeAllSync(this.fd, chunk);
    } catch (error) {
      failure = error as Error;
    }
    releaseReadChunk(chunk);
    callback(failure);
  }

  override _destroy(error: Error | null, callback: Callback): void {
    close(this.fd, (closeError) => callback(error ?? closeError));
  }
}
