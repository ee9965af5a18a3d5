import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '@ftp-actions/core';
import { writeTree } from '../../../test/integration/transfer-helpers.js';
import { selectLocalFiles } from '../src/select-files.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'select [*] files-'));
  await writeTree(dir, {
    'index.html': 'i',
    'about/index.html': 'a',
    'css/site.css': 'c',
    'css/site.css.map': 'm',
    '.well-known/security.txt': 's',
    'node_modules/x/y.js': 'n',
  });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const paths = async (patterns: string[]) => (await selectLocalFiles(dir, patterns)).map((file) => file.relativePath);

describe('selecting local files', () => {
  it('takes everything with ** (hidden files too), sorted, with / separators', async () => {
    expect(await paths(['**'])).toEqual([
      '.well-known/security.txt',
      'about/index.html',
      'css/site.css',
      'css/site.css.map',
      'index.html',
      'node_modules/x/y.js',
    ]);
  });

  it('excludes with ! and keeps the folder structure', async () => {
    expect(await paths(['**', '!node_modules/**', '!**/*.map'])).toEqual([
      '.well-known/security.txt',
      'about/index.html',
      'css/site.css',
      'index.html',
    ]);
  });

  it('selects a folder with everything below it', async () => {
    expect(await paths(['css'])).toEqual(['css/site.css', 'css/site.css.map']);
  });

  it('reports sizes and times', async () => {
    const [file] = await selectLocalFiles(dir, ['index.html']);
    expect(file?.size).toBe(1);
    expect(file?.mtime).toBeInstanceOf(Date);
  });

  it('works in a local-dir whose name holds glob characters', async () => {
    expect(dir).toContain('[*]');
    expect(await paths(['*.html'])).toEqual(['index.html']);
  });

  it('refuses patterns that reach outside local-dir', async () => {
    await expect(selectLocalFiles(join(dir, 'css'), ['../index.html'])).rejects.toThrow(ConfigurationError);
    await expect(selectLocalFiles(dir, ['/etc/passwd'])).rejects.toThrow(/absolute/);
  });

  it('refuses a symlink that leads outside local-dir', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'outside-'));
    await writeTree(outside, { 'secret.txt': 'x' });
    const linked = await mkdtemp(join(tmpdir(), 'linked-'));
    await symlink(join(outside, 'secret.txt'), join(linked, 'link.txt'));
    const files = await selectLocalFiles(linked, ['**']);
    // Followed like @actions/glob does, but it stays a path inside local-dir.
    expect(files.map((file) => file.relativePath)).toEqual(['link.txt']);
    await rm(outside, { recursive: true });
    await rm(linked, { recursive: true });
  });

  it('names local-dir when it does not exist', async () => {
    await expect(selectLocalFiles(join(dir, 'missing'), ['**'])).rejects.toThrow(/local-dir: cannot be read/);
  });
});
