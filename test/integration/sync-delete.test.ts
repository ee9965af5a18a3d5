/**
 * Deletes against ftp-srv, with their guards: what only the server has goes
 * (directories deepest first), protected paths stay, an empty source or too
 * many deletes refuse the whole sync before anything changes, and paths that
 * turn from file into directory (and back) are cleared before they are written.
 */
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SyncGuardError } from '@ftp-actions/core';
import { startFtpSrv, type RunningServer } from '@ftp-actions/test-servers';
import { changes, readTree, remoteTree, runSync, sameTree, scratch, syncOptions, writeTree } from './sync-helpers.js';

let server: RunningServer;
let local: { dir: string; remove: () => Promise<void> };

beforeAll(async () => {
  server = await startFtpSrv();
});
afterAll(() => server.close());
beforeEach(async () => {
  local = await scratch('sync-delete-');
});
afterEach(async () => {
  await local.remove();
  for (const name of await readdir(server.root)) await rm(join(server.root, name), { recursive: true, force: true });
});

const site = { 'index.html': 'home', 'a.html': 'a', 'b.html': 'b', 'assets/app.js': 'js', 'assets/app.css': 'css' };

describe('sync deletes', () => {
  it('removes what only the server has, files and then directories deepest first, and keeps protected paths', async () => {
    await writeTree(local.dir, site);
    await writeTree(join(server.root, 'site'), {
      ...site,
      'old/deeper/gone.txt': 'x',
      'old/gone.txt': 'y',
      'uploads/photo.jpg': 'user content',
      'robots.txt': 'stays: protected',
    });
    await mkdir(join(server.root, 'site/old/empty'));
    const options = syncOptions(local.dir, {
      delete: true,
      compare: 'size',
      protect: ['uploads/', '/robots.txt'],
      maxDelete: { kind: 'count', value: 10 },
    });
    const { result } = await runSync(server, options);
    expect(result.failure).toBeUndefined();
    expect(changes(result)).toEqual([
      'old delete',
      'old/deeper delete',
      'old/deeper/gone.txt delete',
      'old/empty delete',
      'old/gone.txt delete',
      'robots.txt skip',
      'uploads skip',
      'uploads/photo.jpg skip',
    ]);
    expect(result.counts).toMatchObject({ deleted: 5, uploaded: 0, failed: 0 });
    const remote = await remoteTree(server.root);
    expect([...remote.keys()].sort()).toEqual([
      'a.html',
      'assets/app.css',
      'assets/app.js',
      'b.html',
      'index.html',
      'robots.txt',
      'uploads/photo.jpg',
    ]);
  });

  it('refuses to delete anything when the source is empty, and changes nothing', async () => {
    await mkdir(join(local.dir, 'dist'));
    await writeTree(join(server.root, 'site'), site);
    const before = await remoteTree(server.root, 'site', true);
    const { result } = await runSync(
      server,
      syncOptions(join(local.dir, 'dist'), { delete: true, compare: 'size', maxDelete: { kind: 'percent', value: 100 } }),
    );
    expect(result.failure).toBeInstanceOf(SyncGuardError);
    expect(result.failure?.message).toBe('Refusing to delete 5 files from the target: the source (local-dir) holds no files');
    expect(result.counts).toMatchObject({ deleted: 0, uploaded: 0 });
    expect(await remoteTree(server.root, 'site', true)).toEqual(before);
  });

  it('refuses a plan that deletes more than max-delete, before uploading anything', async () => {
    await writeTree(local.dir, { 'index.html': 'home, new', 'a.html': 'a' });
    await writeTree(join(server.root, 'site'), site);
    const before = await remoteTree(server.root, 'site', true);
    const { result } = await runSync(server, syncOptions(local.dir, { delete: true, compare: 'size' }));
    expect(result.failure?.message).toBe("Refusing to delete 3 of the target's 5 files (60%): more than max-delete allows (50%)");
    expect(await remoteTree(server.root, 'site', true)).toEqual(before);
    const raised = await runSync(
      server,
      syncOptions(local.dir, { delete: true, compare: 'size', maxDelete: { kind: 'percent', value: 60 } }),
    );
    expect(raised.result.failure).toBeUndefined();
    expect(sameTree(await remoteTree(server.root), await readTree(local.dir))).toBe(true);
  });

  it('turns a file into a directory and a directory into a file', async () => {
    await writeTree(join(server.root, 'site'), { docs: 'docs was a file', 'api/v1.json': '{}', 'api/v2/x.json': '{}' });
    await writeTree(local.dir, { 'docs/index.md': '# docs', api: 'api is now a file' });
    const { result } = await runSync(
      server,
      syncOptions(local.dir, { delete: true, compare: 'size', maxDelete: { kind: 'percent', value: 100 } }),
    );
    expect(result.failure).toBeUndefined();
    expect(sameTree(await remoteTree(server.root), await readTree(local.dir))).toBe(true);
  });

  it('a directory delete the server refuses (it holds files the sync leaves alone) is kept, not failed', async () => {
    await writeTree(local.dir, { 'index.html': 'home' });
    await writeTree(join(server.root, 'site'), { 'index.html': 'home', 'old/page.html': 'p', 'old/.htaccess': 'hidden: never listed' });
    const { result } = await runSync(
      server,
      syncOptions(local.dir, { delete: true, compare: 'size', maxDelete: { kind: 'percent', value: 100 } }),
    );
    expect(result.failure).toBeUndefined();
    const outcomes = new Map([...result.outcomes].map(([entry, outcome]) => [entry.path, outcome]));
    expect(outcomes.get('old/page.html')).toMatchObject({ status: 'done' });
    expect(outcomes.get('old')).toMatchObject({ status: 'kept' });
    expect(outcomes.get('old')?.reason).toMatch(/^the server did not remove it \(5\d\d .*\); it may hold files this sync leaves alone$/);
    expect(result.counts).toMatchObject({ deleted: 1, skipped: 2 });
    expect(await readdir(join(server.root, 'site/old'))).toEqual(['.htaccess']);
  });
});
