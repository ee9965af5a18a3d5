import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sendFile } from '../src/ftp/send-file.js';
import { scratchDir } from './helpers/local-files.js';

/** A loopback connection: the client socket, and everything the other end receives until it closes. */
async function loopback(): Promise<{ client: Socket; received: Promise<Buffer>; server: Server }> {
  let resolveReceived: (data: Buffer) => void = () => undefined;
  const received = new Promise<Buffer>((resolve) => (resolveReceived = resolve));
  const server = createServer((socket) => {
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('end', () => {
      resolveReceived(Buffer.concat(chunks));
      socket.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  const client = connect(address.port, '127.0.0.1');
  await new Promise((resolve) => client.once('connect', resolve));
  return { client, received, server };
}

const noReadError = (): void => undefined;

describe('sendFile', () => {
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  let server: Server | undefined;
  beforeEach(async () => {
    scratch = await scratchDir();
  });
  afterEach(async () => {
    server?.close();
    server = undefined;
    await scratch.remove();
  });

  it('sends the file from the start offset to its end through a socket, reporting bytes read, and ends the socket', async () => {
    const content = randomBytes(5 * 64 * 1024 + 123);
    const path = join(scratch.dir, 'data.bin');
    await writeFile(path, content);
    const connection = await loopback();
    server = connection.server;
    const reported: number[] = [];
    const sent = await sendFile({ path, start: 1000, chunkBytes: 64 * 1024 }, connection.client, {
      onBytes: (bytes) => reported.push(bytes),
      onReadError: noReadError,
      signal: new AbortController().signal,
    });
    expect(sent).toBe(content.length - 1000);
    expect((await connection.received).equals(content.subarray(1000))).toBe(true);
    // Five reads of 64 KiB or less, each reported as the running total.
    expect(reported).toHaveLength(5);
    expect(reported.at(-1)).toBe(content.length - 1000);
    expect(reported).toEqual([...reported].sort((a, b) => a - b));
  });

  it('never reads into a buffer whose write the socket has not called back yet', async () => {
    const content = randomBytes(40 * 1024);
    const path = join(scratch.dir, 'data.bin');
    await writeFile(path, content);
    // A slow writable that keeps each chunk it is given (not a copy) and checks it when it calls
    // back: a buffer read into again too early would have changed by then.
    const written: Buffer[] = [];
    const heldBuffers = new Set<ArrayBufferLike>();
    let changedWhileHeld = 0;
    const slow = new Writable({
      highWaterMark: 1,
      write(chunk: Buffer, _encoding, callback) {
        const copy = Buffer.from(chunk);
        heldBuffers.add(chunk.buffer);
        setTimeout(() => {
          if (!chunk.equals(copy)) changedWhileHeld += 1;
          written.push(copy);
          callback();
        }, 5);
      },
    });
    const sent = await sendFile({ path, start: 0, chunkBytes: 4096 }, slow, {
      onBytes: () => undefined,
      onReadError: noReadError,
      signal: new AbortController().signal,
    });
    expect(sent).toBe(content.length);
    expect(changedWhileHeld).toBe(0);
    expect(Buffer.concat(written).equals(content)).toBe(true);
    // Ten chunks through two buffers, taking turns.
    expect(written).toHaveLength(10);
    expect(heldBuffers.size).toBe(2);
  });

  it('reports a file that cannot be read, and fails with its error', async () => {
    const connection = await loopback();
    server = connection.server;
    const readErrors: Error[] = [];
    const sending = sendFile({ path: join(scratch.dir, 'missing.bin'), start: 0, chunkBytes: 4096 }, connection.client, {
      onBytes: () => undefined,
      onReadError: (error) => readErrors.push(error),
      signal: new AbortController().signal,
    });
    await expect(sending).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readErrors).toHaveLength(1);
    connection.client.destroy();
  });

  it('stops reading once aborted', async () => {
    const path = join(scratch.dir, 'data.bin');
    await writeFile(path, randomBytes(64 * 1024));
    const controller = new AbortController();
    const reported: number[] = [];
    const sink = new Writable({
      write(_chunk: Buffer, _encoding, callback) {
        // The first chunk is written, then the store fails elsewhere.
        controller.abort(new Error('553 refused'));
        callback();
      },
    });
    const sending = sendFile({ path, start: 0, chunkBytes: 4096 }, sink, {
      onBytes: (bytes) => reported.push(bytes),
      onReadError: noReadError,
      signal: controller.signal,
    });
    await expect(sending).rejects.toThrow('553 refused');
    expect(reported.at(-1)).toBeLessThan(64 * 1024);
  });
});
