/**
 * The lock on a real server: two syncs started together take turns, a live
 * lock held elsewhere makes a sync give up after lock-timeout naming its
 * holder, and an expired one is taken over with a warning.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SyncLockError } from '@ftp-actions/core';
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
});
