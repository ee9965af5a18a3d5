/**
 * Memory that a session's data connections read into, used again once the
 * local file writer has written it to disk.
 *
 * A Node socket reads into a fresh 64 KiB buffer each time. A 512 MiB
 * download is then 8,000 buffers for the allocator and the garbage
 * collector: measured under Node 24 against pure-ftpd on loopback, a raw
 * client that read through a socket's `onread` into buffers it reused took
 * half the CPU time and half the memory of one reading the usual way.
 * basic-ftp still pipes the data socket into the file, so the socket pushes
 * what it read as usual; only the memory comes from here.
 *
 * Reads fill slabs front to back: each read is offered the rest of its
 * socket's current slab, and a chunk holds only the bytes it read, so the
 * memory held follows the bytes queued for the disk, however small the
 * reads come. A socket starts on 64 KiB slabs; once a read fills all it was
 * offered (the server sends faster than we read, as with a large file) it
 * moves to 1 MiB slabs, and reads of up to 1 MiB. Each read costs a trip
 * through the stream machinery and the file writer, whatever its size:
 * measured on a 512 MiB RETR from pure-ftpd on loopback (the bench's single
 * file), the action took 0.47 s with 64 KiB reads against curl's 0.37 s,
 * 0.40 s with reads of up to 1 MiB. Listings and small files never fill a
 * read and keep to small slabs.
 *
 * A slab goes back to its pool once its socket has moved on from it and
 * every chunk read into it is released: `releaseReadChunk` is called with
 * the exact chunk the socket pushed, which only the local file writer does,
 * after the chunk is on disk. A chunk anyone else keeps (a listing being
 * decoded, a chunk copied or sliced on the way) is simply never released:
 * its slab is left to the garbage collector and the pool allocates another.
 */
import type { OnReadOpts, Socket } from 'node:net';
import type { FTPContext } from 'basic-ftp';

/** Slab size while reads come in smaller than offered, as Node's own read size. */
const smallSlabBytes = 64 * 1024;
/** Slab size once a read has filled what it was offered. */
const largeSlabBytes = 1024 * 1024;
/** A read is offered no less than this: a slab with less left is retired. */
const leastReadBytes = 16 * 1024;
/** Free bytes a pool keeps of each slab size: more than a download holds at once (the local file writer writes each chunk as it comes). */
const keptBytes = 4 * 1024 * 1024;

/** Memory that one socket's reads fill front to back. */
class Slab {
  /** Where the next read goes. */
  filled = 0;
  /** Chunks read into it and not yet released, plus one while its socket may still read into it. */
  holds = 0;

  constructor(readonly memory: Buffer) {}
}

/** The free slabs of one session, by size. */
class SlabPool {
  private readonly free = new Map<number, Slab[]>([
    [smallSlabBytes, []],
    [largeSlabBytes, []],
  ]);

  take(bytes: number): Slab {
    return this.free.get(bytes)?.pop() ?? new Slab(Buffer.allocUnsafeSlow(bytes));
  }

  /** Drops one hold on `slab`; the last one returns it to the pool, empty. */
  release(slab: Slab): void {
    slab.holds -= 1;
    if (slab.holds > 0) return;
    const free = this.free.get(slab.memory.length);
    if (free === undefined || (free.length + 1) * slab.memory.length > keptBytes) return;
    slab.filled = 0;
    free.push(slab);
  }
}

const pools = new WeakMap<FTPContext, SlabPool>();
/** The pushed chunks not yet released: each one's pool and slab. */
const lent = new WeakMap<Buffer, { readonly pool: SlabPool; readonly slab: Slab }>();

function poolOf(ftp: FTPContext): SlabPool {
  let pool = pools.get(ftp);
  if (pool === undefined) {
    pool = new SlabPool();
    pools.set(ftp, pool);
  }
  return pool;
}

/**
 * The `onread` option for a data socket of `ftp` (plain, or the TCP socket
 * under TLS): reads go into the session's pooled slabs and are pushed to the
 * socket's readers as usual. `socket` returns the socket the option was
 * given to. Node asks for the first read's buffer while it makes the socket
 * (before `socket` can return it), then for each next one only after the
 * last read's callback: a socket has one offered buffer at a time.
 */
export function pooledReads(ftp: FTPContext, socket: () => Socket | undefined): OnReadOpts {
  const pool = poolOf(ftp);
  let slabBytes = smallSlabBytes;
  let current: Slab | undefined;
  let watchingClose = false;
  const retire = (): void => {
    if (current === undefined) return;
    pool.release(current);
    current = undefined;
  };
  return {
    buffer: () => {
      if (current !== undefined && current.memory.length - current.filled < leastReadBytes) retire();
      if (current === undefined) {
        current = pool.take(slabBytes);
        current.holds += 1;
      }
      return current.memory.subarray(current.filled);
    },
    callback: (bytes: number, buffer: Uint8Array): boolean => {
      const target = socket();
      const slab = current;
      if (target === undefined || target.destroyed || slab === undefined) return false;
      if (!watchingClose) {
        // Once the socket is gone its last slab goes back with the chunks read into it.
        // (A socket that reads nothing leaves its first slab to the garbage collector.)
        target.once('close', retire);
        watchingClose = true;
      }
      const chunk = (buffer as Buffer).subarray(0, bytes);
      slab.filled += bytes;
      slab.holds += 1;
      lent.set(chunk, { pool, slab });
      if (bytes === buffer.length && slabBytes === smallSlabBytes) {
        slabBytes = largeSlabBytes;
        retire();
      }
      // false stops reading until the socket's readers want more, as Node's own reads do.
      return target.push(chunk);
    },
  };
}

/** Releases the memory behind `chunk`, if a data socket read it; the caller is done with the chunk. */
export function releaseReadChunk(chunk: Buffer): void {
  const owner = lent.get(chunk);
  if (owner === undefined) return;
  lent.delete(chunk);
  owner.pool.release(owner.slab);
}
