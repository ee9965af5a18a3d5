import { mkdir, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addLocalHashes, createPathFilter, hashBytes, hashFile, scanLocalTree, SyncError, type LocalScanOptions } from '@ftp-actions/core';
import { scratchDir } from './helpers/local-files.js';
import { recordingLogger } from './helpers/recording-logger.js';

let dir: string;
let remove: () => Promise<void>;
beforeEach(async () => {
  ({ dir, remove } = await scratchDir());
});
afterEach(() => remove());

async function write(path: string, content: string): Promise<void> {
  await mkdir(join(dir, path, '..'), { recursive: true });
  await writeFile(join(dir, path), content);
}

const options = (overrides: Partial<LocalScanOptions> = {}): LocalScanOptions => ({
  root: dir,
  filter: createPathFilter({ exclude: [], excludeDefaults: true, includeHidden: false }),
  hash: ['sha256'],
  hashConcurrency: 2,
  mustExist: true,
  log: recordingLogger(),
  ...overrides,
});

describe('hashFile', () => {
  it('gives the same digests read whole (small, size known) as streamed (large or size unknown)', async () => {
    const small = Buffer.from('a small file\n');
    const large = Buffer.alloc(3 * 1024 * 1024 + 7, 'x');
    await writeFile(join(dir, 'small'), small);
    await writeFile(join(dir, 'large'), large);
    for (const [name, bytes] of [
      ['small', small],
      ['large', large],
    ] as const) {
      const expected = { sha256: hashBytes(bytes, 'sha256'), crc32: hashBytes(bytes, 'crc32') };
      expect(await hashFile(join(dir, name), ['sha256', 'crc32'], bytes.length)).toEqual(expected);
      expect(await hashFile(join(dir, name), ['sha256', 'crc32'])).toEqual(expected);
    }
  });
});

describe('scanLocalTree', () => {
  it('finds files and directories with sizes, times and SHA-256, leaving out the excluded, the hidden and links', async () => {
    await write('index.html', '<html>');
    await write('css/site.css', 'body{}');
    await write('ünï/文件.txt', 'unicode');
    await write('.git/HEAD', 'ref');
    await write('node_modules/x/index.js', 'x');
    await write('.env', 'SECRET=1');
    await write('sub/.cache/c', 'c');
    await write('.index.html.ftp-actions-0a1b2c.part', 'half');
    await mkdir(join(dir, 'empty'));
    await symlink(join(dir, 'index.html'), join(dir, 'link.html'));
    await utimes(join(dir, 'index.html'), new Date('2024-01-02T03:04:05Z'), new Date('2024-01-02T03:04:05Z'));

    const scan = await scanLocalTree(options());
    expect([...scan.tree.keys()].sort()).toEqual(['css', 'css/site.css', 'empty', 'index.html', 'sub', 'ünï', 'ünï/文件.txt']);
    expect(scan.tree.get('index.html')).toEqual({
      kind: 'file',
      path: 'index.html',
      size: 6,
      mtimeMs: Date.parse('2024-01-02T03:04:05Z'),
      hashes: { sha256: hashBytes(Buffer.from('<html>'), 'sha256') },
    });
    expect(scan.leftovers).toEqual(['.index.html.ftp-actions-0a1b2c.part']);
  });

  it('includes hidden files when asked, and .git when the defaults are off', async () => {
    await write('.htaccess', 'x');
    await write('.git/HEAD', 'ref');
    const scan = await scanLocalTree(
      options({ filter: createPathFilter({ exclude: [], excludeDefaults: false, includeHidden: true }), hash: [] }),
    );
    expect([...scan.tree.keys()].sort()).toEqual(['.git', '.git/HEAD', '.htaccess']);
    expect(scan.tree.get('.htaccess')).toMatchObject({ hashes: {} });
  });

  it('fails for a missing source, and is empty for a missing target', async () => {
    await expect(scanLocalTree(options({ root: join(dir, 'missing') }))).rejects.toThrow(SyncError);
    await expect(scanLocalTree(options({ root: join(dir, 'missing') }))).rejects.toThrow(/does not exist/);
    const scan = await scanLocalTree(options({ root: join(dir, 'missing'), mustExist: false }));
    expect(scan).toMatchObject({ exists: false, leftovers: [] });
  });

  it('adds another algorithm to the files that need it', async () => {
    await write('a.txt', 'hello');
    const scan = await scanLocalTree(options());
    await addLocalHashes(dir, scan.tree, ['a.txt'], 'md5', 2);
    expect(scan.tree.get('a.txt')).toMatchObject({
      hashes: { sha256: hashBytes(Buffer.from('hello'), 'sha256'), md5: '5d41402abc4b2a76b9719d911017c592' },
    });
  });
});
