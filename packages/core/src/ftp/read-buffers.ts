/**
 * Buffers that a session's plain data connections read into, used again
 * once the local file writer has written them to disk.
 *
 * A Node socket reads into a fresh 64 KiB buffer each time. A 512 MiB
 * download is then 8,000 buffers for the allocator and the garbage
 * collector: measured under Node 24 against pure-ftpd on loopback, a raw
 * client that read through a socket's `onread` into buffers it reused took
 * half the CPU time and half the memory of one reading the usual way.
 * basic-ftp still pipes the data socket into the file, so the socket pushes
 * what it read as usual; only the memory comes from here.
 *
 * A buffer goes back to its pool only when `releaseReadChunk` is called
 * with the exact chunk the socket pushed, which only the local file writer
 * does, after the chunk is on disk. A chunk anyone else keeps (a listing
 * being decoded, a chunk copied or sliced on the way) is simply never
 * released and never reused: the pool then allocates a new buffer, as Node
 * would have.
 */
import type { OnReadOpts, Socket } from 'node:net';
import type { FTPContext } from 'basic-ftp';

/** Bytes per read, as Node's own. */
const readBytes = 64 * 1024;
/** Free buffers a pool keeps at most (4 MiB): a download's queue and the writes under way stay well below. */
const keptBuffers = 64;

/** The free buffers of one session. */
class ReadBufferPool {
  private readonly free: Buffer[] = [];

  take(): Buffer {
    return this.free.pop() ?? Buffer.allocUnsafeSlow(readBytes);
  }

  give(buffer: Buffer): void {
    if (this.free.length < keptBuffers) this.free.push(buffer);
  }
}

const pools = new WeakMap<FTPContext, ReadBufferPool>();
/** The pushed chunks not yet released: each one's pool and whole buffer. */
const lent = new WeakMap<Buffer, { readonly pool: ReadBufferPool; readonly buffer: Buffer }>();

function poolOf(ftp: FTPContext): ReadBufferPool {
  let pool = pools.get(ftp);
  if (pool === undefined) {
    pool = new ReadBufferPool();
    pools.set(ftp, pool);
  }
  return pool;
}

/**
 * The `onread` option for a plain (not TLS) data socket of `ftp`: reads go
 * into the session's pooled buffers and are pushed to the socket's readers
 * as usual. `socket` returns the socket the option was given to.
 */
export function pooledReads(ftp: FTPContext, socket: () => Socket | undefined): OnReadOpts {
  const pool = poolOf(ftp);
  return {
    buffer: () => pool.take(),
    callback: (bytes: number, buffer: Uint8Array): boolean => {
      const target = socket();
      const whole = buffer as Buffer;
      if (target === undefined || target.destroyed) {
        pool.give(whole);
        return false;
      }
      const chunk = whole.subarray(0, bytes);
      lent.set(chunk, { pool, buffer: whole });
      // false stops reading until the socket's readers want more, as Node's own reads do.
      return target.push(chunk);
    },
  };
}

/** Gives the buffer behind `chunk` back to its pool, if a data socket read it; the caller is done with the chunk. */
export function releaseReadChunk(chunk: Buffer): void {
  const owner = lent.get(chunk);
  if (owner === undefined) return;
  lent.delete(chunk);
  owner.pool.give(owner.buffer);
}
