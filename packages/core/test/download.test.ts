import { mkdir, readdir, readFile, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { downloadFiles, type DownloadOptions } from '@ftp-actions/core';
import { FakePool, FakeServer } from './helpers/fake-ftp.js';
import { scratchDir } from './helpers/local-files.js';
import { recordingLogger } from './helpers/recording-logger.js';

const payload = Buffer.from('abcdefghij'.repeat(100));
const deps = () => ({ log: recordingLogger(), now: () => 0 });

describe('downloadFiles', () => {
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  let server: FakeServer;
  let options: DownloadOptions;
  beforeEach(async () => {
    scratch = await scratchDir();
    server = new FakeServer();
    server.addFile('/site/a.txt', 'A');
    server.addFile('/site/deep/big.bin', payload);
    options = { localDir: join(scratch.dir, 'out'), atomic: true, overwrite: 'always', preserveMtime: false, retries: 2, retryDelayMs: 1 };
  });
  afterEach(() => scratch.remove());

  it('downloads through a temporary file, leaving only the targets', async () => {
    const report = await downloadFiles(
      new FakePool(server),
      [
        { remotePath: '/site/a.txt', localPath: 'a.txt', size: 1 },
        { remotePath: '/site/deep/big.bin', localPath: 'deep/big.bin', size: payload.length },
      ],
      options,
      deps(),
    );
    expect(report.files.map((file) => file.status)).toEqual(['transferred', 'transferred']);
    expect(report.bytes).toBe(1 + payload.length);
    expect((await readFile(join(options.localDir, 'deep/big.bin'))).equals(payload)).toBe(true);
    expect((await readdir(options.localDir)).sort()).toEqual(['a.txt', 'deep']);
    expect(server.sent('EPSV', 'RETR', 'REST', 'SIZE', 'MDTM').filter((command) => command.includes('a.txt'))).toEqual([
      'RETR /site/a.txt',
    ]);
  });

  it('resumes a dropped download with REST from what the temporary file holds', async () => {
    let broken = false;
    server.breakTransferAfter = (kind) => (kind === 'download' && !broken ? ((broken = true), 400) : undefined);
    const report = await downloadFiles(
      new FakePool(server),
      [{ remotePath: '/site/deep/big.bin', localPath: 'big.bin', size: payload.length }],
      options,
      deps(),
    );
    expect(report.files[0]?.status).toBe('transferred');
    expect(server.sent('REST', 'RETR')).toEqual(['RETR /site/deep/big.bin', 'REST 400', 'RETR /site/deep/big.bin']);
    expect((await readFile(join(options.localDir, 'big.bin'))).equals(payload)).toBe(true);
  });

  it('starts over within the same attempt when the server refuses REST', async () => {
    let broken = false;
    server.breakTransferAfter = (kind) => (kind === 'download' && !broken ? ((broken = true), 400) : undefined);
    server.fault = (command) => (command.startsWith('REST') ? { reply: 502, text: 'Command not implemented' } : undefined);
    const report = await downloadFiles(
      new FakePool(server),
      [{ remotePath: '/site/deep/big.bin', localPath: 'big.bin' }],
      { ...options, retries: 1 },
      deps(),
    );
    expect(report.files[0]?.status).toBe('transferred');
    expect(server.sent('REST', 'RETR')).toEqual(['RETR /site/deep/big.bin', 'REST 400', 'RETR /site/deep/big.bin']);
    expect((await readFile(join(options.localDir, 'big.bin'))).equals(payload)).toBe(true);
  });

  it('refuses a destination outside the local directory or through a symlink, writing nothing, and downloads the rest', async () => {
    await mkdir(options.localDir, { recursive: true });
    await writeFile(join(scratch.dir, 'victim'), 'keep');
    await symlink(join(scratch.dir, 'victim'), join(options.localDir, 'link'));
    const report = await downloadFiles(
      new FakePool(server),
      [
        { remotePath: '/site/a.txt', localPath: '../escaped.txt' },
        { remotePath: '/site/a.txt', localPath: 'link' },
        { remotePath: '/site/a.txt', localPath: 'fine.txt' },
      ],
      options,
      deps(),
    );
    expect(report.files.map((file) => file.status)).toEqual(['failed', 'failed', 'transferred']);
    expect(report.files[0]?.reason).toMatch(/Refused to write "..\/escaped.txt": it would land outside/);
    expect(report.files[1]?.reason).toMatch(/symbolic link/);
    expect(await readFile(join(scratch.dir, 'victim'), 'utf8')).toBe('keep');
    expect((await readdir(scratch.dir)).sort()).toEqual(['out', 'victim']);
    expect(server.sent('RETR')).toEqual(['RETR /site/a.txt']);
  });

  it('fails a file cleanly when the disk is full, removing its temporary file', async () => {
    const { Writable } = await import('node:stream');
    const report = await downloadFiles(new FakePool(server), [{ remotePath: '/site/deep/big.bin', localPath: 'big.bin' }], options, {
      ...deps(),
      openLocalFile: (path) =>
        Promise.resolve(
          new Writable({
            write(_chunk, _encoding, done) {
              void writeFile(path, 'partial').then(() =>
                done(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })),
              );
            },
          }),
        ),
    });
    expect(report.files[0]).toMatchObject({ status: 'failed', reason: 'Download failed: ENOSPC: no space left on device, write' });
    expect(await readdir(options.localDir)).toEqual([]);
  });

  it('overwrite never and if-different decide from the local file and the listing', async () => {
    await mkdir(options.localDir, { recursive: true });
    await writeFile(join(options.localDir, 'kept.txt'), 'X');
    await writeFile(join(options.localDir, 'same.txt'), 'A');
    await writeFile(join(options.localDir, 'older.txt'), 'A');
    await utimes(join(options.localDir, 'older.txt'), new Date('2020-01-01Z'), new Date('2020-01-01Z'));
    const items = (localPath: string) => ({ remotePath: '/site/a.txt', localPath, size: 1, modifiedAt: new Date('2024-01-02T03:04:05Z') });
    const never = await downloadFiles(new FakePool(server), [items('kept.txt')], { ...options, overwrite: 'never' }, deps());
    expect(never.files[0]?.status).toBe('skipped');
    const different = await downloadFiles(
      new FakePool(server),
      [items('same.txt'), items('older.txt')],
      { ...options, overwrite: 'if-different' },
      deps(),
    );
    expect(different.files.map((file) => file.status)).toEqual(['skipped', 'transferred']);
    expect(server.sent('SIZE', 'MDTM')).toEqual([]);
  });

  it('if-different asks SIZE and MDTM only when the listing gave none', async () => {
    await mkdir(options.localDir, { recursive: true });
    await writeFile(join(options.localDir, 'a.txt'), 'A');
    const report = await downloadFiles(
      new FakePool(server),
      [{ remotePath: '/site/a.txt', localPath: 'a.txt' }],
      { ...options, overwrite: 'if-different' },
      deps(),
    );
    expect(report.files[0]?.status).toBe('skipped');
    expect(server.sent('SIZE', 'MDTM')).toEqual(['SIZE /site/a.txt', 'MDTM /site/a.txt']);
  });

  it('sets local times from the listing, else from MDTM', async () => {
    const time = new Date('2021-02-03T04:05:06Z');
    await downloadFiles(
      new FakePool(server),
      [
        { remotePath: '/site/a.txt', localPath: 'listed.txt', modifiedAt: time },
        { remotePath: '/site/a.txt', localPath: 'asked.txt' },
      ],
      { ...options, preserveMtime: true },
      deps(),
    );
    expect((await stat(join(options.localDir, 'listed.txt'))).mtime).toEqual(time);
    expect((await stat(join(options.localDir, 'asked.txt'))).mtime).toEqual(new Date('2024-01-02T03:04:05Z'));
    expect(server.sent('MDTM')).toEqual(['MDTM /site/a.txt']);
  });

  it('reports a missing remote file with the reply and leaves nothing behind', async () => {
    const report = await downloadFiles(new FakePool(server), [{ remotePath: '/site/nope', localPath: 'nope' }], options, deps());
    expect(report.files[0]).toMatchObject({ status: 'failed', reason: 'RETR failed: 550 /site/nope: No such file' });
    expect(await readdir(options.localDir)).toEqual([]);
  });
});
