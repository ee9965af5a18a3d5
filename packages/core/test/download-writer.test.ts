import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readlinkSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLocalFile } from '@ftp-actions/core';
import { scratchDir } from './helpers/local-files.js';

function closed(stream: Writable): Promise<void> {
  return new Promise((resolve) => (stream.closed ? resolve() : stream.once('close', () => resolve())));
}

/** Descriptors this process has open on `path`. */
function descriptorsOn(path: string): number {
  return readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`) === path;
    } catch (error) {
      // The descriptor readdir itself used is gone by now.
      if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return false;
      throw error;
    }
  }).length;
}

describe('openLocalFile', () => {
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  beforeEach(async () => {
    scratch = await scratchDir();
  });
  afterEach(() => scratch.remove());

  it('writes what a fast socket-like source pushes, in order, and closes the file', async () => {
    const path = join(scratch.dir, 'out.bin');
    const chunks = Array.from({ length: 300 }, (_, index) => randomBytes(1 + ((index * 7919) % 65_536)));
    const stream = await openLocalFile(path, 'create');
    // A source that pushes everything at once, in chunks of every size.
    await pipeline(Readable.from(chunks, { objectMode: false }), stream);
    await closed(stream);
    const expected = createHash('sha256').update(Buffer.concat(chunks)).digest('hex');
    expect(
      createHash('sha256')
        .update(await readFile(path))
        .digest('hex'),
    ).toBe(expected);
    expect(descriptorsOn(path)).toBe(0);
  });

  it('appends after what is there (resume) and truncates when asked', async () => {
    const path = join(scratch.dir, 'out.txt');
    await writeFile(path, 'abc');
    const append = await openLocalFile(path, 'append');
    await pipeline(Readable.from([Buffer.from('def'), Buffer.from('ghi')]), append);
    expect(await readFile(path, 'utf8')).toBe('abcdefghi');
    const truncate = await openLocalFile(path, 'truncate');
    await pipeline(Readable.from([Buffer.from('xyz')]), truncate);
    expect(await readFile(path, 'utf8')).toBe('xyz');
    await expect(openLocalFile(path, 'create')).rejects.toMatchObject({ code: 'EEXIST' });
  });

  it.runIf(existsSync('/dev/full'))('fails with ENOSPC on a full disk and closes the file', async () => {
    const stream = await openLocalFile('/dev/full', 'truncate');
    const source = Readable.from([Buffer.alloc(65_536, 1), Buffer.alloc(65_536, 2)]);
    await expect(pipeline(source, stream)).rejects.toMatchObject({ code: 'ENOSPC' });
    await closed(stream);
    expect(descriptorsOn('/dev/full')).toBe(0);
  });

  it('closes the file when destroyed before the end', async () => {
    const path = join(scratch.dir, 'partial.bin');
    const stream = await openLocalFile(path, 'create');
    const failure = new Promise((resolve) => stream.once('error', resolve));
    stream.write(Buffer.from('partial'));
    stream.destroy(new Error('data connection reset'));
    expect(await failure).toMatchObject({ message: 'data connection reset' });
    await closed(stream);
    expect(descriptorsOn(path)).toBe(0);
  });

  it('keeps the buffers written to it intact (openLocalFile)', async () => {
    const path = join(scratch.dir, 'out.bin');
    const own = Buffer.alloc(65_536, 7);
    await pipeline(Readable.from([own]), await openLocalFile(path, 'create'));
    expect(own.length).toBe(65_536);
    expect((await readFile(path)).equals(own)).toBe(true);
  });
});
