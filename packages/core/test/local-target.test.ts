import { mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalPathError, prepareLocalTarget } from '@ftp-actions/core';
import { scratchDir } from './helpers/local-files.js';

describe('prepareLocalTarget', () => {
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  let base: string;
  let outside: string;
  beforeEach(async () => {
    scratch = await scratchDir();
    base = join(scratch.dir, 'base');
    outside = join(scratch.dir, 'outside');
    await mkdir(base);
    await mkdir(outside);
  });
  afterEach(() => scratch.remove());

  it('creates the directory of a path inside the base and returns the absolute path', async () => {
    await expect(prepareLocalTarget(base, 'a/b/c.txt')).resolves.toBe(join(base, 'a/b/c.txt'));
    expect(await readdir(join(base, 'a'))).toEqual(['b']);
  });

  it.each(['../outside/x', '/etc/passwd', 'a/../../outside/x', '.', ''])(
    'refuses %j, which lands outside, writing nothing',
    async (path) => {
      await expect(prepareLocalTarget(base, path)).rejects.toThrow(LocalPathError);
      expect(await readdir(outside)).toEqual([]);
      expect(await readdir(base)).toEqual([]);
    },
  );

  it('refuses a symbolic link at the destination', async () => {
    await writeFile(join(outside, 'victim'), 'keep');
    await symlink(join(outside, 'victim'), join(base, 'link'));
    await expect(prepareLocalTarget(base, 'link')).rejects.toThrow(/"link": it is a symbolic link/);
  });

  it('refuses a directory on the way that leads outside through a symbolic link', async () => {
    await symlink(outside, join(base, 'escape'));
    await expect(prepareLocalTarget(base, 'escape/new/x')).rejects.toThrow(/leads outside the local directory/);
    expect(await readdir(outside)).toEqual([]);
  });

  it('accepts a symbolic link on the way that stays inside', async () => {
    await mkdir(join(base, 'real'));
    await symlink(join(base, 'real'), join(base, 'alias'));
    await expect(prepareLocalTarget(base, 'alias/x')).resolves.toBe(join(base, 'alias/x'));
  });

  it('refuses a directory where the file should go', async () => {
    await mkdir(join(base, 'dir'));
    await expect(prepareLocalTarget(base, 'dir')).rejects.toThrow(/a directory is in the way/);
  });
});
