import { describe, expect, it } from 'vitest';
import {
  LockRaceLost,
  parseLockRecord,
  RemoteLock,
  SyncLockError,
  writeRemoteFile,
  type LockOwner,
  type LockRecord,
  type LockTiming,
} from '@ftp-actions/core';
import { FakePool, FakeServer } from './helpers/fake-ftp.js';
import { manualClock } from './helpers/local-files.js';
import { recordingLogger } from './helpers/recording-logger.js';

const path = '/site/.ftp-actions-state.json.lock';
const timing: LockTiming = { ttlMs: 60_000, renewMs: 20_000, pollMs: 5_000 };
const owner: LockOwner = { runId: '100', host: 'runner-a', description: 'octo/site run 100' };
const epoch = Date.UTC(2026, 0, 1);

function setup(onSleep: (ms: number) => void = () => undefined) {
  const server = new FakeServer();
  server.dirs.add('/site');
  const clock = manualClock();
  const log = recordingLogger('debug');
  const deps = {
    pool: new FakePool(server),
    log,
    now: clock.now,
    clock: () => epoch + clock.now(),
    sleep: (ms: number) => {
      clock.advance(ms);
      onSleep(ms);
      return Promise.resolve();
    },
  };
  return { server, clock, log, deps };
}

function record(overrides: Partial<LockRecord>): string {
  return JSON.stringify({
    tool: 'ftp-actions',
    runId: '999',
    host: 'runner-b',
    holder: 'octo/site run 999',
    token: 'theirs',
    acquiredAt: new Date(epoch).toISOString(),
    expiresAt: new Date(epoch + 60_000).toISOString(),
    ...overrides,
  });
}

const readLock = (server: FakeServer): LockRecord | undefined => parseLockRecord(server.text(path) ?? '');

describe('RemoteLock', () => {
  it('takes a free lock, writes who holds it until when, and removes it on release', async () => {
    const { server, deps, log } = setup();
    const lock = await RemoteLock.acquire(path, owner, 10_000, timing, deps);
    expect(readLock(server)).toMatchObject({ runId: '100', host: 'runner-a', holder: 'octo/site run 100' });
    expect(Date.parse(readLock(server)?.expiresAt ?? '') - epoch).toBe(60_000);
    expect(log.infos.join('\n')).toContain(`Locked ${path}`);
    // Written atomically: a temporary name, then a rename.
    expect(server.sent('STOR', 'RNFR', 'RNTO').map((command) => command.split(' ')[0])).toEqual(['STOR', 'RNFR', 'RNTO']);
    await lock.release();
    expect(server.files.has(path)).toBe(false);
  });

  it('waits up to the timeout for a live lock, then fails naming the holder', async () => {
    const { server, deps, log, clock } = setup();
    server.addFile(path, record({ expiresAt: new Date(epoch + 3_600_000).toISOString() }));
    const attempt = RemoteLock.acquire(path, owner, 12_000, timing, deps);
    await expect(attempt).rejects.toThrow(SyncLockError);
    await expect(attempt).rejects.toThrow(
      /locked by octo\/site run 999 on runner-b \(since 2026-01-01T00:00:00.000Z, expires 2026-01-01T01:00:00.000Z\); gave up after waiting 12s/,
    );
    expect(clock.now()).toBe(12_000);
    expect(log.infos.filter((line) => line.startsWith('Waiting for the lock'))).toHaveLength(1);
    expect(readLock(server)?.token).toBe('theirs');
  });

  it('gets the lock once its holder releases it', async () => {
    let sleeps = 0;
    const { server, deps } = setup(() => {
      sleeps += 1;
      if (sleeps === 2) server.files.delete(path);
    });
    server.addFile(path, record({}));
    const lock = await RemoteLock.acquire(path, owner, 60_000, timing, deps);
    expect(readLock(server)?.runId).toBe('100');
    await lock.release();
  });

  it('takes over an expired lock with a warning', async () => {
    const { server, deps, log } = setup();
    server.addFile(path, record({ expiresAt: new Date(epoch - 1).toISOString() }));
    const lock = await RemoteLock.acquire(path, owner, 0, timing, deps);
    expect(log.warnings.join('\n')).toMatch(/held by octo\/site run 999 on runner-b .* has expired .*taking it over/);
    expect(readLock(server)?.runId).toBe('100');
    await lock.release();
  });

  it('takes over a lock of the same workflow run at once (a re-run)', async () => {
    const { server, deps, log, clock } = setup();
    server.addFile(path, record({ runId: '100', expiresAt: new Date(epoch + 3_600_000).toISOString() }));
    const lock = await RemoteLock.acquire(path, owner, 0, timing, deps);
    expect(log.infos.join('\n')).toContain('left by this same workflow run');
    expect(clock.now()).toBeLessThan(1000);
    await lock.release();
  });

  it('leaves a lock alone on release once another sync holds it', async () => {
    const { server, deps } = setup();
    const lock = await RemoteLock.acquire(path, owner, 0, timing, deps);
    server.addFile(path, record({}));
    await lock.release();
    expect(readLock(server)?.token).toBe('theirs');
  });

  it('notices when renewing that the lock was taken over, and then refuses to go on', async () => {
    const { server, deps, log } = setup();
    const lock = await RemoteLock.acquire(path, owner, 0, { ...timing, renewMs: 5 }, deps);
    server.addFile(path, record({}));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(() => lock.assertHeld()).toThrow(/was taken over by octo\/site run 999/);
    expect(log.warnings.join('\n')).toContain('was taken over');
    await lock.release();
  });

  it('renews its record while held', async () => {
    const { server, deps, clock } = setup();
    const lock = await RemoteLock.acquire(path, owner, 0, { ...timing, renewMs: 5 }, deps);
    clock.advance(30_000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // 30 s on, plus the short wait after the first write: renewed to a minute from now.
    expect(Date.parse(readLock(server)?.expiresAt ?? '') - epoch - 90_000).toBeGreaterThanOrEqual(0);
    expect(Date.parse(readLock(server)?.expiresAt ?? '') - epoch - 90_000).toBeLessThan(1000);
    lock.assertHeld();
    await lock.release();
  });

  it('claims the lock by writing its record, and confirms it once the record settled and was read back as ours', async () => {
    const { server, deps } = setup();
    const lock = await RemoteLock.claim(path, owner, 10_000, timing, deps);
    // Claimed: our record is on the server, not yet read back; the caller may read and prepare meanwhile.
    expect(readLock(server)?.runId).toBe('100');
    expect(server.sent('RETR')).toHaveLength(0);
    await lock.confirm();
    expect(server.sent('RETR')).toHaveLength(1);
    await lock.release();
    expect(server.files.has(path)).toBe(false);
  });

  it('reads the record back over the check pool when given one, so that read does not wait for the lock connection', async () => {
    const { server, deps } = setup();
    const checkPool = new FakePool(server);
    const lock = await RemoteLock.claim(path, owner, 10_000, timing, { ...deps, checkPool });
    await lock.confirm();
    expect(checkPool.clients).toHaveLength(1);
    expect(server.sent('RETR')).toHaveLength(1);
    await lock.release();
  });

  it('refuses to confirm when another sync wrote its record over ours while it settled, and leaves that record alone', async () => {
    const { server, deps, log } = setup(() => server.addFile(path, record({})));
    const lock = await RemoteLock.claim(path, owner, 10_000, timing, deps);
    await expect(lock.confirm()).rejects.toThrow(LockRaceLost);
    expect(log.infos.join('\n')).toContain('Another sync took the lock');
    await lock.release();
    expect(readLock(server)?.token).toBe('theirs');
  });

  it("a write staged while the lock settles is removed, never put in place, when the lock proves another sync's", async () => {
    const { server, deps, log } = setup(() => server.addFile(path, record({})));
    server.addFile('/site/state.json', 'old');
    const lock = await RemoteLock.claim(path, owner, 10_000, timing, deps);
    const staged = writeRemoteFile(deps.pool, '/site/state.json', 'new', log, true, () => lock.confirm());
    await expect(staged).rejects.toThrow(LockRaceLost);
    expect(server.text('/site/state.json')).toBe('old');
    expect(server.sent('STOR')).toHaveLength(2); // our lock record, then the staged write
    expect([...server.files.keys()].sort()).toEqual([path, '/site/state.json']);
  });

  it('reads its record for the release over another pool ahead of time, then only removes it', async () => {
    const { server, deps } = setup();
    const lock = await RemoteLock.acquire(path, owner, 0, timing, deps);
    const other = new FakePool(server);
    lock.prepareRelease(other);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(other.clients).toHaveLength(1);
    const before = server.commands.length;
    await lock.release();
    expect(server.commands.slice(before).map((command) => command.split(' ')[0])).toEqual(['DELE']);
    expect(server.files.has(path)).toBe(false);
  });

  it('keeps the first read ahead of the release, and reads again at the release once it is older than a quarter of the lock life', async () => {
    const { server, deps, clock } = setup();
    const lock = await RemoteLock.acquire(path, owner, 0, timing, deps);
    const other = new FakePool(server);
    lock.prepareRelease(other);
    lock.prepareRelease(other);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(other.clients).toHaveLength(1);
    clock.advance(timing.ttlMs / 4 + 1);
    const before = server.commands.length;
    await lock.release();
    expect(server.commands.slice(before).map((command) => command.split(' ')[0])).toEqual(['SIZE', 'EPSV', 'RETR', 'DELE']);
    expect(server.files.has(path)).toBe(false);
  });

  it('leaves the lock alone when the read ahead of the release found another sync holding it', async () => {
    const { server, deps } = setup();
    const lock = await RemoteLock.acquire(path, owner, 0, timing, deps);
    server.addFile(path, record({}));
    lock.prepareRelease(new FakePool(server));
    await lock.release();
    expect(readLock(server)?.token).toBe('theirs');
  });
});
