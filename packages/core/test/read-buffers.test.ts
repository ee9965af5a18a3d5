import { randomBytes } from 'node:crypto';
import { connect, createServer, type Server, type Socket } from 'node:net';
import type { FTPContext } from 'basic-ftp';
import { afterEach, describe, expect, it } from 'vitest';
import { pooledReads, releaseReadChunk } from '../src/ftp/read-buffers.js';

/** A server that sends `content` to whoever connects, then closes. */
async function sender(content: Buffer): Promise<{ server: Server; port: number }> {
  const server = createServer((socket) => socket.end(content));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { server, port: address.port };
}

/**
 * Reads everything from a pooled socket of `session`, handing each chunk to
 * `onChunk` as it comes. With `lateMs`, reading starts that long after the
 * connection, so the sender is ahead (as a server sending a large file is).
 */
async function readAll(session: FTPContext, port: number, onChunk: (chunk: Buffer) => void, lateMs = 0): Promise<void> {
  const socket: Socket = connect({ host: '127.0.0.1', port, onread: pooledReads(session, () => socket) });
  if (lateMs > 0) {
    socket.pause();
    setTimeout(() => socket.resume(), lateMs);
  }
  await new Promise<void>((resolve, reject) => {
    socket.on('data', onChunk);
    socket.once('end', resolve);
    socket.once('error', reject);
  });
}

describe('pooledReads', () => {
  let server: Server | undefined;
  afterEach(() => {
    server?.close();
    server = undefined;
  });

  it('pushes what the socket reads, in order, to its readers', async () => {
    const content = randomBytes(3 * 1024 * 1024 + 17);
    const started = await sender(content);
    server = started.server;
    const copies: Buffer[] = [];
    await readAll({} as FTPContext, started.port, (chunk) => {
      copies.push(Buffer.from(chunk));
      releaseReadChunk(chunk);
    });
    expect(Buffer.concat(copies).equals(content)).toBe(true);
  });

  it('reads into memory again once every chunk read into it is released', async () => {
    const content = randomBytes(12 * 1024 * 1024);
    const started = await sender(content);
    server = started.server;
    const memory = new Set<ArrayBufferLike>();
    const copies: Buffer[] = [];
    await readAll({} as FTPContext, started.port, (chunk) => {
      memory.add(chunk.buffer);
      copies.push(Buffer.from(chunk));
      releaseReadChunk(chunk);
    });
    expect(Buffer.concat(copies).equals(content)).toBe(true);
    // 12 MiB went through a few slabs of at most 1 MiB each: they came round again.
    expect(memory.size).toBeLessThanOrEqual(6);
  });

  it('never reads into memory that a held chunk still holds', async () => {
    const content = randomBytes(12 * 1024 * 1024);
    const started = await sender(content);
    server = started.server;
    const held: { chunk: Buffer; copy: Buffer }[] = [];
    let index = 0;
    await readAll({} as FTPContext, started.port, (chunk) => {
      // Every other chunk is kept (as a listing being decoded would be), the rest released.
      if (index % 2 === 0) held.push({ chunk, copy: Buffer.from(chunk) });
      else releaseReadChunk(chunk);
      index += 1;
    });
    expect(index).toBeGreaterThan(4);
    // Held chunks still hold what was read into them, and no two share a byte.
    for (const { chunk, copy } of held) expect(chunk.equals(copy)).toBe(true);
    for (const { chunk } of held) {
      const overlapping = held.filter(
        ({ chunk: other }) =>
          other.buffer === chunk.buffer &&
          other.byteOffset < chunk.byteOffset + chunk.length &&
          chunk.byteOffset < other.byteOffset + other.length,
      );
      expect(overlapping).toHaveLength(1);
    }
  });

  it('fills a slab front to back with small reads', async () => {
    const pieces = Array.from({ length: 8 }, () => randomBytes(1024));
    const server_ = createServer((socket) => {
      // One piece every few milliseconds: each read finds a piece or two.
      let next = 0;
      const timer = setInterval(() => {
        if (next < pieces.length) socket.write(pieces[next++] ?? Buffer.alloc(0));
        else {
          clearInterval(timer);
          socket.end();
        }
      }, 3);
    });
    await new Promise<void>((resolve) => server_.listen(0, '127.0.0.1', resolve));
    server = server_;
    const address = server_.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    const chunks: Buffer[] = [];
    await readAll({} as FTPContext, address.port, (chunk) => chunks.push(chunk));
    expect(Buffer.concat(chunks).equals(Buffer.concat(pieces))).toBe(true);
    let offset = chunks[0]?.byteOffset ?? -1;
    for (const chunk of chunks) {
      expect(chunk.buffer).toBe(chunks[0]?.buffer);
      expect(chunk.byteOffset).toBe(offset);
      offset += chunk.length;
    }
  });

  it('reads into 64 KiB slabs until a read fills what it was offered, then into 1 MiB slabs', async () => {
    const content = randomBytes(3 * 1024 * 1024);
    const started = await sender(content);
    server = started.server;
    const reads: { bytes: number; end: number; buffer: number }[] = [];
    const copies: Buffer[] = [];
    await readAll(
      {} as FTPContext,
      started.port,
      (chunk) => {
        reads.push({ bytes: chunk.length, end: chunk.byteOffset + chunk.length, buffer: chunk.buffer.byteLength });
        copies.push(Buffer.from(chunk));
        releaseReadChunk(chunk);
      },
      50,
    );
    expect(Buffer.concat(copies).equals(content)).toBe(true);
    expect(reads[0]?.buffer).toBe(64 * 1024);
    const firstLarge = reads.findIndex((read) => read.buffer === 1024 * 1024);
    expect(firstLarge).toBeGreaterThan(0);
    // Only a read that filled what it was offered (the rest of its 64 KiB slab) moves the connection to large reads, and it stays there.
    expect(reads[firstLarge - 1]).toMatchObject({ end: 64 * 1024, buffer: 64 * 1024 });
    expect(reads.slice(firstLarge).every((read) => read.buffer === 1024 * 1024)).toBe(true);
    expect(reads.some((read) => read.bytes > 64 * 1024)).toBe(true);
  });

  it('keeps to 64 KiB slabs for data that never fills a read', async () => {
    const content = randomBytes(10 * 1024);
    const started = await sender(content);
    server = started.server;
    const buffers: number[] = [];
    await readAll({} as FTPContext, started.port, (chunk) => {
      buffers.push(chunk.buffer.byteLength);
      releaseReadChunk(chunk);
    });
    expect(buffers.length).toBeGreaterThan(0);
    expect(buffers.every((size) => size === 64 * 1024)).toBe(true);
  });
});
