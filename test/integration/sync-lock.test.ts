/**
 * The lock on a real server: two syncs started together take turns, a live
 * lock held elsewhere makes a sync give up after lock-timeout naming its
 * holder, and an expired one is taken over with a warning. A push the state
 * file shows has nothing to do takes no lock; one that waited for the lock
 * plans from the state as it is once the lock is held.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SyncLockError } from '@ftp-actions/core';
import { sha256 } from '../../packages/core/test/helpers/sync-trees.js';
import { startFtpSrv, type RunningServer } from '@ftp-actions/test-servers';
import { changes, readTree, remoteTree, runSync, sameTree, scratch, syncOptions, writeTree } from './sync-helpers.js';

let server: RunningServer;
let local: { dir: string; remove: () => Promise<void> };
const lockFile = (): string => join(server.root, 'site/.ftp-actions-state.json.lock');

beforeAll(async () => {
  server = await startFtpSrv();
});
afterAll(() => server.close());
beforeEach(async () => {
  local = await scratch('sync-lock-');
  const tree: Record<string, string> = {};
  for (let index = 0; index < 120; index += 1) tree[`page-${index}.html`] = `page ${index}`;
  await writeTree(local.dir, tree);
});
afterEach(async () => {
  await local.remove();
  for (const name of await readdir(server.root)) await rm(join(server.root, name), { recursive: true, force: true });
});

function heldBy(runId: string, expiresInMs: number): string {
  return JSON.stringify({
    tool: 'ftp-actions',
    runId,
    host: 'runner-elsewhere',
    holder: `octo/site, workflow "deploy", run ${runId}`,
    token: 'not-yours',
    acquiredAt: new Date(Date.now() - 5_000).toISOString(),
    expiresAt: new Date(Date.now() + expiresInMs).toISOString(),
  });
}

describe('sync lock', () => {
  it('two syncs started together take turns: the second waits, then finds nothing left to do', async () => {
    const owner = (runId: string) => ({ runId, host: 'test-host', description: `run ${runId}` });
    const [first, second] = await Promise.all([
      runSync(server, syncOptions(local.dir), { owner: owner('1') }),
      runSync(server, syncOptions(local.dir), { owner: owner('2') }),
    ]);
    for (const run of [first, second]) expect(run.result.failure).toBeUndefined();
    const waited = [first, second].filter((run) => run.log.infos.some((line) => line.startsWith('Waiting for the lock')));
    expect(waited).toHaveLength(1);
    expect(waited[0]?.log.infos.join('\n')).toMatch(
      /Waiting for the lock \/site\/.ftp-actions-state.json.lock, held by run [12] on test-host/,
    );
    expect(changes(waited[0]?.result ?? first.result)).toEqual([]);
    expect(sameTree(await remoteTree(server.root), await readTree(local.dir))).toBe(true);
    expect((await readdir(join(server.root, 'site'))).filter((name) => name.includes('.lock'))).toEqual([]);
  });

  it('gives up after lock-timeout, naming the holder, and changes nothing', async () => {
    await mkdir(join(server.root, 'site'));
    await writeFile(lockFile(), heldBy('777', 3_600_000));
    const attempt = runSync(server, syncOptions(local.dir, { lockTimeoutMs: 300 }));
    await expect(attempt).rejects.toThrow(SyncLockError);
    await expect(attempt).rejects.toThrow(
      /locked by octo\/site, workflow "deploy", run 777 on runner-elsewhere \(since .*, expires .*\); gave up after waiting 300ms/,
    );
    expect(await readdir(join(server.root, 'site'))).toEqual(['.ftp-actions-state.json.lock']);
  });

  it('takes over an expired lock with a warning, and releases it at the end', async () => {
    await mkdir(join(server.root, 'site'));
    await writeFile(lockFile(), heldBy('778', -1_000));
    const { result, log } = await runSync(server, syncOptions(local.dir, { lockTimeoutMs: 0 }));
    expect(result.failure).toBeUndefined();
    expect(log.warnings.join('\n')).toMatch(
      /held by octo\/site, workflow "deploy", run 778 on runner-elsewhere .* has expired \(its job was probably cancelled\); taking it over/,
    );
    expect(result.counts.uploaded).toBe(120);
    expect((await readdir(join(server.root, 'site'))).includes('.ftp-actions-state.json.lock')).toBe(false);
  });

  it('a push with nothing to do neither waits for a lock held elsewhere nor writes one', async () => {
    await runSync(server, syncOptions(local.dir));
    await writeFile(lockFile(), heldBy('780', 3_600_000));
    const { result, log } = await runSync(server, syncOptions(local.dir, { lockTimeoutMs: 0 }));
    expect(result.failure).toBeUndefined();
    expect(result.counts).toMatchObject({ uploaded: 0, skipped: 120, failed: 0 });
    expect(log.infos.join('\n')).toContain('nothing to change, so the remote directory was not locked');
    expect((JSON.parse(await readFile(lockFile(), 'utf8')) as { token: string }).token).toBe('not-yours');
  });

  it('a push that waited for the lock plans from the state another sync left meanwhile', async () => {
    // Every file went, and is in the state: a failure here (ftp-srv out of passive ports) would show up below as "new" files.
    expect((await runSync(server, syncOptions(local.dir))).result.failure).toBeUndefined();
    await writeFile(join(local.dir, 'page-7.html'), 'page 7, changed');
    await writeFile(lockFile(), heldBy('781', 3_600_000));
    const waiting = runSync(server, syncOptions(local.dir, { lockTimeoutMs: 20_000 }));
    // The holder finishes meanwhile: it sends the same change, writes its state, and releases.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const other = await runSync(server, syncOptions(local.dir, { lock: false }));
    expect(changes(other.result)).toEqual(['page-7.html upload']);
    await rm(lockFile());
    const { result, log } = await waiting;
    expect(log.infos.join('\n')).toContain('Waiting for the lock');
    expect(log.infos.join('\n')).toContain('The state file changed while this sync took the lock');
    expect(result.failure).toBeUndefined();
    expect(changes(result)).toEqual([]);
    expect(sameTree(await remoteTree(server.root), await readTree(local.dir))).toBe(true);
  });

  it('plans from the look before the lock, and plans again when the state changed before the lock was written', async () => {
    expect((await runSync(server, syncOptions(local.dir))).result.failure).toBeUndefined();
    await writeFile(join(local.dir, 'page-7.html'), 'page 7, changed');
    // Another sync finishes just before our lock record is written: it sent the same change and recorded it.
    const statePath = join(server.root, 'site/.ftp-actions-state.json');
    let finishedElsewhere = false;
    const beforeControlTask = async (description: string): Promise<void> => {
      if (finishedElsewhere || !description.startsWith('writing /site/.ftp-actions-state.json.lock')) return;
      finishedElsewhere = true;
      await writeFile(join(server.root, 'site/page-7.html'), 'page 7, changed');
      const state = JSON.parse(await readFile(statePath, 'utf8')) as { files: Record<string, { size: number; sha256: string }> };
      state.files['page-7.html'] = { ...state.files['page-7.html'], size: 15, sha256: sha256('page 7, changed') };
      await writeFile(statePath, JSON.stringify(state));
    };
    const { result, log } = await runSync(server, syncOptions(local.dir), { beforeControlTask });
    expect(finishedElsewhere).toBe(true);
    expect(result.failure).toBeUndefined();
    expect(log.infos.join('\n')).toContain(
      'The state file changed while this sync took the lock (another sync finished meanwhile): planned again from it',
    );
    // The first plan (page-7.html changed, its data stored under a temporary name) was thrown away; the second has nothing to do.
    expect(log.lines.map((line) => line.message)).toContain(
      'Dropped the plan made from the look before the lock (nothing of it went live): the state file changed meanwhile',
    );
    expect(changes(result)).toEqual([]);
    // What the first plan stored under a temporary name is gone, and nothing else changed.
    expect(sameTree(await remoteTree(server.root), await readTree(local.dir))).toBe(true);
    expect((await readdir(join(server.root, 'site'))).filter((name) => name.endsWith('.part') || name.endsWith('.lock'))).toEqual([]);
  });
});
