import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadFiles, listRemoteTree, silentLogger, uploadFiles } from '@ftp-actions/core';
import { startFtpSrv, type RunningServer } from '@ftp-actions/test-servers';
import { quietDeps, readTree, sameTree, tracedPool, uploadItems, writeTree, type TracedPool } from './transfer-helpers.js';

const fileCount = 500;

describe('500 small files over a pool of 4', () => {
  let server: RunningServer;
  let traced: TracedPool;
  let source: string;
  let target: string;
  beforeAll(async () => {
    server = await startFtpSrv();
    traced = tracedPool(server, 4);
    source = await mkdtemp(join(tmpdir(), 'many-src-'));
    target = await mkdtemp(join(tmpdir(), 'many-dst-'));
    const tree: Record<string, string> = {};
    // 20 directories of 25 files, sizes from 0 up, so empty files are in the mix.
    for (let index = 0; index < fileCount; index += 1) tree[`d${index % 20}/file ${index}.txt`] = `${index}:`.repeat(index % 37);
    await writeTree(source, tree);
  });
  afterAll(async () => {
    await traced.pool.close();
    await server.close();
    await rm(source, { recursive: true, force: true });
    await rm(target, { recursive: true, force: true });
  });

  it('uploads every file, byte for byte, on at most 4 connections', async () => {
    const items = await uploadItems(source, '/many');
    expect(items).toHaveLength(fileCount);
    const report = await uploadFiles(
      traced.pool,
      items,
      { atomic: true, overwrite: 'always', preserveMtime: false, retries: 2 },
      quietDeps(),
    );
    expect(report.files.filter((file) => file.status !== 'transferred')).toEqual([]);
    expect(sameTree(await readTree(join(server.root, 'many')), await readTree(source))).toBe(true);
    expect(traced.pool.stats.opened).toBe(4);
    expect(traced.verbs().STOR).toBe(fileCount);
  });

  it('lists and downloads every file back', async () => {
    const entries = await listRemoteTree(traced.pool, '/many', { recursive: true, log: silentLogger });
    const files = entries.filter((entry) => entry.type === 'file');
    expect(files).toHaveLength(fileCount);
    const report = await downloadFiles(
      traced.pool,
      files.map((entry) => ({ remotePath: `/many/${entry.path}`, localPath: entry.path, size: entry.size })),
      { localDir: target, atomic: true, overwrite: 'always', preserveMtime: false, retries: 2 },
      quietDeps(),
    );
    expect(report.files.filter((file) => file.status !== 'transferred')).toEqual([]);
    expect(sameTree(await readTree(target), await readTree(source))).toBe(true);
  });
});
