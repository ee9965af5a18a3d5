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

/** Reads everything from a pooled socket of `session`, handing each chunk to `onChunk` as it comes. */
async function readAll(session: FTPContext, port: number, onChunk: (chunk: Buffer) => void): Promise<void> {
  const socket: Socket = connect({ host: '127.0.0.1', port, onread: pooledReads(session, () => socket) });
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

  it('reads into a released buffer again, and never into one still held', async () => {
    const content = randomBytes(2 * 1024 * 1024);
    const started = await sender(content);
    server = started.server;
    const session = {} as FTPContext;
    const seen = new Set<ArrayBufferLike>();
    const held: { chunk: Buffer; copy: Buffer }[] = [];
    let index = 0;
    await readAll(session, started.port, (chunk) => {
      seen.add(chunk.buffer);
      // Every other chunk is kept (as a listing being decoded would be), the rest released.
      if (index % 2 === 0) held.push({ chunk, copy: Buffer.from(chunk) });
      else releaseReadChunk(chunk);
      index += 1;
    });
    // Held chunks still hold what was read into them: their buffers were never read into again.
    for (const { chunk, copy } of held) expect(chunk.equals(copy)).toBe(true);
    // Released buffers came round again: fewer buffers than chunks.
    expect(index).toBeGreaterThan(4);
    expect(seen.size).toBeLessThan(index);
    for (const { chunk } of held) expect([...held].filter((other) => other.chunk.buffer === chunk.buffer)).toHaveLength(1);
  });
});
