/**
 * A release-sized tree: 5,000 small files in 100 folders, uploaded and
 * downloaded by the real bundles over 8 connections, compared byte for byte.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { node24, runBundle, startFtpSrv, type RunningServer } from '@ftp-actions/test-servers';
import { readTree, sameTree, writeTree } from './transfer-helpers.js';

const fileCount = 5_000;
let server: RunningServer;
let work: string;
let tree: Record<string, string>;

beforeAll(async () => {
  node24();
  server = await startFtpSrv();
  work = await mkdtemp(join(tmpdir(), 'many-files-'));
  tree = {};
  for (let index = 0; index < fileCount; index += 1)
    tree[`dir-${index % 100}/file-${index}.txt`] = `file ${index} `.repeat(1 + (index % 40));
  await writeTree(join(work, 'site'), tree);
});
afterAll(async () => {
  await server.close();
  await rm(work, { recursive: true, force: true });
});

describe('5,000 small files', () => {
  it('go up and come back down intact over 8 connections', async () => {
    const connection = {
      server: server.host,
      port: String(server.port),
      username: server.user,
      password: server.password,
      protocol: 'ftp',
      concurrency: '8',
    };
    const up = await runBundle(
      'upload',
      { ...connection, 'local-dir': join(work, 'site'), 'remote-dir': '/site' },
      {},
      { timeoutMs: 240_000 },
    );
    expect(up.stdout.split('\n').filter((line) => line.startsWith('::error'))).toEqual([]);
    expect(up.exitCode).toBe(0);
    expect(up.outputs['uploaded-count']).toBe(String(fileCount));
    const expected = new Map(Object.entries(tree).map(([path, content]) => [path, Buffer.from(content)]));
    expect(sameTree(await readTree(join(server.root, 'site')), expected)).toBe(true);

    const down = await runBundle(
      'download',
      { ...connection, 'remote-dir': '/site', 'local-dir': join(work, 'back') },
      {},
      { timeoutMs: 240_000 },
    );
    expect(down.exitCode).toBe(0);
    expect(down.outputs['downloaded-count']).toBe(String(fileCount));
    expect(sameTree(await readTree(join(work, 'back')), expected)).toBe(true);
  }, 600_000);
});
