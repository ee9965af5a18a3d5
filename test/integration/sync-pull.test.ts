/**
 * Pull against ftp-srv: local-dir becomes equal to remote-dir. Times come
 * from MDTM (ftp-srv has no MLSD), asked only for files of equal size.
 */
import { readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFtpSrv, type RunningServer } from '@ftp-actions/test-servers';
import { changes, readTree, remoteTree, runSync, sameTree, scratch, syncOptions, writeTree } from './sync-helpers.js';

let server: RunningServer;
let local: { dir: string; remove: () => Promise<void> };

beforeAll(async () => {
  server = await startFtpSrv();
});
afterAll(() => server.close());
beforeEach(async () => {
  local = await scratch('sync-pull-');
  await writeTree(join(server.root, 'drop'), {
    'report.csv': 'a,b\n1,2\n',
    'empty.txt': '',
    'nested/deeper/data.json': '{"x":1}',
    'ünïcødé ✓.txt': 'unicode',
  });
});
afterEach(async () => {
  await local.remove();
  for (const name of await readdir(server.root)) await rm(join(server.root, name), { recursive: true, force: true });
});

const pull = (overrides = {}) =>
  syncOptions(join(local.dir, 'mirror'), { direction: 'pull', remoteDir: '/drop', compare: 'size-time', lock: false, ...overrides });

describe('sync pull', () => {
  it('mirrors the server, then moves only what changed there, and deletes what it no longer has', async () => {
    const first = await runSync(server, pull({ preserveMtime: true }));
    expect(first.result.failure).toBeUndefined();
    expect(first.result.counts).toMatchObject({ downloaded: 4, created: 2 });
    expect(sameTree(await readTree(join(local.dir, 'mirror')), await remoteTree(server.root, 'drop'))).toBe(true);
    const remoteTime = (await stat(join(server.root, 'drop/report.csv'))).mtimeMs;
    expect(Math.abs((await stat(join(local.dir, 'mirror/report.csv'))).mtimeMs - remoteTime)).toBeLessThan(1000);

    expect(changes((await runSync(server, pull({ preserveMtime: true }))).result)).toEqual([]);

    await writeFile(join(server.root, 'drop/report.csv'), 'a,b\n1,2\n3,4\n');
    const sameSize = join(server.root, 'drop/nested/deeper/data.json');
    await writeFile(sameSize, '{"x":2}');
    await utimes(sameSize, new Date(Date.now() + 60_000), new Date(Date.now() + 60_000));
    await rm(join(server.root, 'drop/empty.txt'));
    await writeTree(join(local.dir, 'mirror'), { 'local-only.txt': 'x', '.report.csv.ftp-actions-0a1b2c.part': 'half' });
    const second = await runSync(server, pull({ preserveMtime: true, delete: true, maxDelete: { kind: 'count', value: 5 } }));
    expect(
      second.result.plan.entries
        .filter((entry) => entry.unchanged !== true)
        .map((entry) => `${entry.path} ${entry.action}: ${entry.reason}`),
    ).toEqual([
      '.report.csv.ftp-actions-0a1b2c.part delete: temporary file left by an interrupted transfer',
      'empty.txt delete: not in the source',
      'local-only.txt delete: not in the source',
      'nested/deeper/data.json download: modification time differs',
      'report.csv download: size differs (12 bytes on the server, 8 local)',
    ]);
    expect(sameTree(await readTree(join(local.dir, 'mirror')), await remoteTree(server.root, 'drop'))).toBe(true);
  });

  it('without preserve-mtime, a downloaded copy is newer than the server and is not fetched again', async () => {
    await runSync(server, pull());
    const again = await runSync(server, pull());
    expect(changes(again.result)).toEqual([]);
    expect(again.result.counts.skipped).toBe(4);
  });

  it('fails clearly when remote-dir does not exist', async () => {
    await expect(runSync(server, pull({ remoteDir: '/missing' }))).rejects.toThrow('The remote directory "/missing" does not exist');
  });
});
