import { mkdtemp, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  downloadFiles,
  listRemoteTree,
  openLocalFile,
  readRemoteText,
  RemotePathError,
  silentLogger,
  TransferError,
  uploadFiles,
  type DownloadOptions,
  type RemoteEntry,
} from '@ftp-actions/core';
import { makeTestPki, startFtpSrv, type RunningServer } from '@ftp-actions/test-servers';
import { quietDeps, readTree, sameTree, sampleTree, tracedPool, uploadItems, writeTree, type TracedPool } from './transfer-helpers.js';

describe('downloading from ftp-srv', () => {
  let server: RunningServer;
  let traced: TracedPool;
  let local: string;
  let options: DownloadOptions;
  beforeEach(async () => {
    server = await startFtpSrv();
    await writeTree(join(server.root, 'site'), sampleTree);
    traced = tracedPool(server, 4);
    local = await mkdtemp(join(tmpdir(), 'download-dst-'));
    options = { localDir: local, atomic: true, overwrite: 'always', preserveMtime: false, retries: 2, retryDelayMs: 5 };
  });
  afterEach(async () => {
    await traced.pool.close();
    await server.close();
    await rm(local, { recursive: true, force: true });
  });

  const filesOf = (entries: readonly RemoteEntry[]) =>
    entries
      .filter((entry) => entry.type === 'file')
      .map((entry) => ({ remotePath: `/site/${entry.path}`, localPath: entry.path, size: entry.size }));

  it('lists the tree and downloads it back byte for byte, leaving no temporary files', async () => {
    const entries = await listRemoteTree(traced.pool, '/site', { recursive: true, log: silentLogger });
    expect(entries.filter((entry) => entry.type === 'file').map((entry) => entry.path)).toEqual(Object.keys(sampleTree).sort());
    const report = await downloadFiles(traced.pool, filesOf(entries), options, quietDeps());
    expect(report.files.filter((file) => file.status !== 'transferred')).toEqual([]);
    expect(sameTree(await readTree(local), await readTree(join(server.root, 'site')))).toBe(true);
    // One EPSV + RETR per file, nothing else.
    const perFile = traced.commands.filter((command) => !command.startsWith('LIST'));
    expect(perFile.filter((command) => command.startsWith('RETR'))).toHaveLength(Object.keys(sampleTree).length);
    expect(perFile.filter((command) => !/^(EPSV|RETR)/.test(command))).toEqual([]);
  });

  it('writes in place when not atomic', async () => {
    const entries = await listRemoteTree(traced.pool, '/site', { recursive: true, log: silentLogger });
    await downloadFiles(traced.pool, filesOf(entries), { ...options, atomic: false }, quietDeps());
    expect(sameTree(await readTree(local), await readTree(join(server.root, 'site')))).toBe(true);
  });

  it('fails to list a directory that does not exist (ftp-srv answers LIST with 451)', async () => {
    const listing = listRemoteTree(traced.pool, '/nope/deeper', { recursive: true, log: silentLogger });
    await expect(listing).rejects.toThrow(RemotePathError);
    await expect(listRemoteTree(traced.pool, '/nope/deeper', { recursive: true, log: silentLogger })).rejects.toThrow('does not exist');
  });

  it('sets local times from MDTM when the listing has none, and skips unchanged files with if-different', async () => {
    const remoteTime = new Date('2022-03-04T05:06:07Z');
    await utimes(join(server.root, 'site/index.html'), remoteTime, remoteTime);
    const item = { remotePath: '/site/index.html', localPath: 'index.html' };
    await downloadFiles(traced.pool, [item], { ...options, preserveMtime: true }, quietDeps());
    expect((await stat(join(local, 'index.html'))).mtime).toEqual(remoteTime);

    traced.commands.length = 0;
    const again = await downloadFiles(traced.pool, [item], { ...options, overwrite: 'if-different' }, quietDeps());
    expect(again.files[0]?.status).toBe('skipped');
    expect(traced.commands).toEqual(['SIZE /site/index.html', 'MDTM /site/index.html']);

    await writeFile(join(local, 'index.html'), 'local edit of another size');
    const changed = await downloadFiles(traced.pool, [item], { ...options, overwrite: 'if-different' }, quietDeps());
    expect(changed.files[0]?.status).toBe('transferred');
  });

  it('fails a file cleanly when the local disk is full, removing its temporary file', async () => {
    const report = await downloadFiles(
      traced.pool,
      [
        { remotePath: '/site/css/fonts/deep/font.bin', localPath: 'font.bin' },
        { remotePath: '/site/index.html', localPath: 'index.html' },
      ],
      options,
      {
        ...quietDeps(),
        openLocalFile: async (path, mode) => {
          if (!path.includes('font.bin')) return openLocalFile(path, mode);
          await writeFile(path, 'partial');
          return new Writable({
            write: (_chunk, _encoding, done) =>
              done(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })),
          });
        },
      },
    );
    expect(report.files.map((file) => file.status)).toEqual(['failed', 'transferred']);
    expect(report.files[0]?.reason).toMatch(/ENOSPC/);
    expect(await readdir(local)).toEqual(['index.html']);
  });
});

describe('over explicit FTPS', () => {
  it('uploads and downloads the tree, empty file included, byte for byte', async () => {
    const pki = await makeTestPki();
    const server = await startFtpSrv({ tls: 'explicit', cert: pki.server });
    const traced = tracedPool(server, 3, { protocol: 'ftps', tls: { verify: true, ca: pki.ca.certPem, fingerprint: undefined } });
    const source = await mkdtemp(join(tmpdir(), 'ftps-src-'));
    const target = await mkdtemp(join(tmpdir(), 'ftps-dst-'));
    try {
      await writeTree(source, sampleTree);
      const items = await uploadItems(source, '/secure');
      const options = { atomic: true, overwrite: 'always', preserveMtime: false, retries: 1, retryDelayMs: 5 } as const;
      const sent = await uploadFiles(traced.pool, items, options, quietDeps());
      expect(sent.files.filter((file) => file.status !== 'transferred')).toEqual([]);
      const entries = await listRemoteTree(traced.pool, '/secure', { recursive: true, log: silentLogger });
      const received = await downloadFiles(
        traced.pool,
        entries
          .filter((entry) => entry.type === 'file')
          .map((entry) => ({ remotePath: `/secure/${entry.path}`, localPath: entry.path, size: entry.size })),
        { ...options, localDir: target },
        quietDeps(),
      );
      expect(received.files.filter((file) => file.status !== 'transferred')).toEqual([]);
      expect(sameTree(await readTree(target), await readTree(source))).toBe(true);
    } finally {
      await traced.pool.close();
      await server.close();
      await rm(source, { recursive: true, force: true });
      await rm(target, { recursive: true, force: true });
    }
  });
});

describe('readRemoteText', () => {
  let server: RunningServer;
  let traced: TracedPool;
  beforeEach(async () => {
    server = await startFtpSrv();
    traced = tracedPool(server, 2);
  });
  afterEach(async () => {
    await traced.pool.close();
    await server.close();
  });

  it('reads a small file into memory', async () => {
    await writeFile(join(server.root, 'VERSION'), 'v1.4.2 ✓\n');
    await expect(readRemoteText(traced.pool, '/VERSION', 1024)).resolves.toBe('v1.4.2 ✓\n');
  });

  it('refuses a file over the limit without reading it all, and the pool carries on', async () => {
    await writeFile(join(server.root, 'big.log'), Buffer.alloc(8 * 1024 * 1024, 'x'));
    const reading = readRemoteText(traced.pool, '/big.log', 1024 * 1024);
    await expect(reading).rejects.toThrow(TransferError);
    await expect(readRemoteText(traced.pool, '/big.log', 1024 * 1024)).rejects.toThrow(
      /is larger than 1.05 MB \(1048576 bytes\); refusing/,
    );
    await writeFile(join(server.root, 'small'), 'ok');
    await expect(readRemoteText(traced.pool, '/small', 10)).resolves.toBe('ok');
  });

  it('reports a missing file with the server reply', async () => {
    await expect(readRemoteText(traced.pool, '/missing', 10)).rejects.toThrow(/Reading the remote file "\/missing" failed: 550 /);
  });
});
