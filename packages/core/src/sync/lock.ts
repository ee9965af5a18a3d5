/**
 * A lock file on the server that keeps two syncs from writing the same
 * remote directory at once. FTP has no atomic "create if absent" that every
 * server honours (MKD of an existing directory even succeeds on some), so
 * the lock is taken by writing a record with a random token, waiting a
 * little longer than another sync would need to overwrite it, and reading
 * it back: whoever's token is there holds the lock. A sync may read and
 * prepare during that wait (`claim`), but changes nothing before `confirm`
 * says the lock is its own. The holder renews the record while it works;
 * a record not renewed for `ttlMs` has expired (a cancelled or killed job)
 * and is taken over with a warning, and a re-run of the same workflow run
 * takes over its own lock at once.
 */
import { randomBytes } from 'node:crypto';
import prettyMilliseconds from 'pretty-ms';
import type { ClientPool } from '../ftp/client-port.js';
import { describeError } from '../ftp/reply.js';
import type { Logger } from '../logger.js';
import { LockRaceLost, SyncLockError } from './errors.js';
import { deleteRemoteFile, readRemoteFile, writeRemoteFile } from './remote-file.js';

/** Who takes the lock: shown to whoever has to wait for it. */
export interface LockOwner {
  /** GITHUB_RUN_ID, or a random id outside GitHub Actions. */
  readonly runId: string;
  /** The machine's host name. */
  readonly host: string;
  /** "octo/site, workflow deploy, run 123 attempt 2". */
  readonly description: string;
}

/** What a lock file holds. */
export interface LockRecord {
  readonly tool: 'ftp-actions';
  readonly runId: string;
  readonly host: string;
  readonly holder: string;
  readonly token: string;
  readonly acquiredAt: string;
  readonly expiresAt: string;
}

/** How long things take; tests shorten them. */
export interface LockTiming {
  /** A record expires this long after it was last written (about a minute). */
  readonly ttlMs: number;
  /** The holder rewrites its record this often (well inside ttlMs). */
  readonly renewMs: number;
  /** A waiting sync looks again this often. */
  readonly pollMs: number;
}

/** What the lock needs from outside. */
export interface LockDeps {
  /** A pool of its own, so renewals never wait behind transfers. */
  readonly pool: ClientPool;
  readonly log: Logger;
  /** Monotonic milliseconds, for waiting. */
  readonly now: () => number;
  /** Wall-clock milliseconds, for expiry: runners on different machines compare them. */
  readonly clock: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  /** The lock's directory is known to exist (the state file beside it was read): no need to make sure of it first. */
  readonly dirKnown?: boolean;
  /**
   * Another pool for reading the record back once it settled (see `claim`):
   * then that read does not queue behind what the caller does on the
   * lock's own connection meanwhile. Default: `pool`.
   */
  readonly checkPool?: ClientPool;
}

/** A lock file is a few hundred bytes; anything much larger is not ours. */
const maxLockBytes = 64 * 1024;

/** Reads a lock record; undefined when the text is not one. */
export function parseLockRecord(text: string): LockRecord | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
  if (typeof json !== 'object' || json === null) return undefined;
  const record = json as Partial<Record<keyof LockRecord, unknown>>;
  const fields = ['runId', 'host', 'holder', 'token', 'acquiredAt', 'expiresAt'] as const;
  if (record.tool !== 'ftp-actions' || !fields.every((field) => typeof record[field] === 'string')) return undefined;
  return json as LockRecord;
}

/** "octo/site, run 123 on runner-7 (since 12:00:01Z, expires 12:01:30Z)". */
export function describeHolder(record: LockRecord): string {
  return `${record.holder} on ${record.host} (since ${record.acquiredAt}, expires ${record.expiresAt})`;
}

/** True when the record was not renewed in time. */
export function isExpired(record: LockRecord, nowMs: number): boolean {
  const expires = Date.parse(record.expiresAt);
  return Number.isNaN(expires) || nowMs >= expires;
}

type Found = { readonly kind: 'none' } | { readonly kind: 'unreadable' } | { readonly kind: 'record'; readonly record: LockRecord };

/** A lock held on the server; `release` it in `finally`. */
export class RemoteLock {
  private lostTo: LockRecord | undefined;
  private timer: NodeJS.Timeout | undefined;
  private renewing: Promise<void> | undefined;
  private readonly acquiredAt: string;
  /** Whether the record written proved ours once it settled (see `claim`). */
  private confirmation: Promise<boolean> = Promise.resolve(false);
  /** See `begin`. */
  writing: Promise<void> = Promise.resolve();
  written: Promise<void> = Promise.resolve();
  /** True once the lock was found held by another sync (it was waited for): whatever was read before it is stale. */
  waited = false;
  /** The read `release` needs, started early by `prepareRelease`; undefined when that read failed. */
  private releaseCheck: Promise<{ readonly found: Found; readonly at: number } | undefined> | undefined;

  private constructor(
    private readonly path: string,
    private readonly owner: LockOwner,
    private readonly token: string,
    private readonly timing: LockTiming,
    private readonly deps: LockDeps,
  ) {
    this.acquiredAt = new Date(deps.clock()).toISOString();
  }

  /**
   * Takes the lock at `path`, waiting up to `timeoutMs` for another holder.
   * Throws SyncLockError naming the holder when it is still held then.
   */
  static async acquire(path: string, owner: LockOwner, timeoutMs: number, timing: LockTiming, deps: LockDeps): Promise<RemoteLock> {
    const deadline = deps.now() + timeoutMs;
    for (;;) {
      const lock = await RemoteLock.claim(path, owner, Math.max(0, deadline - deps.now()), timing, deps);
      if (await lock.confirmation) return lock;
    }
  }

  /**
   * Writes this sync's record as soon as the lock is free (waiting up to
   * `timeoutMs`, as `acquire`), and returns at once, while the record
   * settles: whether it stays ours is known a little later (the wait after
   * the write, then the read back). Meanwhile the caller may read and
   * prepare, and must call `confirm` before it changes anything; when
   * another sync's record replaced ours, `confirm` throws `LockRaceLost`
   * and the caller claims again (which waits for that sync).
   */
  static async claim(path: string, owner: LockOwner, timeoutMs: number, timing: LockTiming, deps: LockDeps): Promise<RemoteLock> {
    const lock = RemoteLock.begin(path, owner, timeoutMs, timing, deps);
    await lock.written;
    return lock;
  }

  /**
   * `claim` without waiting for anything: the lock is read, and our record
   * written, in the background. `writing` says when the lock was found free
   * (the write under way), `written` when our record is on the server; both
   * reject with SyncLockError when another holder kept it past `timeoutMs`.
   * What the caller does from `writing` on may only store data under
   * temporary names (see `claim` for the rest).
   */
  static begin(path: string, owner: LockOwner, timeoutMs: number, timing: LockTiming, deps: LockDeps): RemoteLock {
    const lock = new RemoteLock(path, owner, randomBytes(12).toString('hex'), timing, deps);
    let foundFree = (): void => undefined;
    const taking = lock.take(timeoutMs, () => foundFree());
    lock.writing = new Promise<void>((resolve, reject) => {
      foundFree = resolve;
      taking.catch(reject);
    });
    lock.written = taking.then(() => undefined);
    lock.confirmation = taking.then((raceWindowMs) => lock.settle(raceWindowMs));
    // Awaited by the caller, `confirm` or `release`; until then a failure must not count as unhandled.
    for (const promise of [lock.writing, lock.written, lock.confirmation]) promise.catch(() => undefined);
    return lock;
  }

  /** Resolves once the record proved ours; throws `LockRaceLost` when another sync's replaced it while it settled. */
  async confirm(): Promise<void> {
    if (!(await this.confirmation)) throw new LockRaceLost(`Another sync took the lock ${this.path} at the same moment`);
  }

  /** Throws when another sync has taken this lock over (this one stalled past the expiry). */
  assertHeld(): void {
    if (this.lostTo === undefined) return;
    throw new SyncLockError(`The lock ${this.path} was taken over by ${describeHolder(this.lostTo)} while this sync ran`, {
      hint: 'This sync stopped before deleting anything or writing the state file; run it again once the other one has finished.',
    });
  }

  /**
   * Starts the read `release` needs (is the record still ours?) over `pool`,
   * another connection than the lock's, so that it runs while the sync
   * finishes (its last files, the final state) rather than after. Once
   * started, later calls keep it. A read younger than a quarter of the
   * lock's life stands for one made at the removal: the record it found was
   * renewed at most `renewMs` before, so it had at least `ttlMs - renewMs`
   * to live, and nobody takes over a record before it expires. An older one
   * is made again. A takeover the renewals see stops the release anyway.
   */
  prepareRelease(pool: ClientPool): void {
    if (this.lostTo !== undefined || this.releaseCheck !== undefined) return;
    this.releaseCheck = this.read(pool, true, true).then(
      (found) => ({ found, at: this.deps.now() }),
      (error: unknown) => {
        this.deps.log.debug(`Reading the lock ${this.path} ahead of its release failed: ${describeError(error)}; reading it again`);
        return undefined;
      },
    );
  }

  /** The release check, if one was made recently enough to stand for a fresh one (see `prepareRelease`). */
  private async recentCheck(): Promise<Found | undefined> {
    const check = await this.releaseCheck;
    if (check === undefined || this.deps.now() - check.at > this.timing.ttlMs / 4) return undefined;
    return check.found;
  }

  /** Stops renewing and removes the lock file if it is still ours. Never throws: a leftover lock expires by itself. */
  async release(): Promise<void> {
    clearInterval(this.timer);
    await this.renewing;
    if (this.lostTo !== undefined) return;
    // A record that never proved ours is another sync's now (or was never written): nothing to remove.
    if (!(await this.confirmation.catch(() => false))) return;
    try {
      const found = (await this.recentCheck()) ?? (await this.read());
      if (found.kind === 'record' && found.record.token === this.token) await deleteRemoteFile(this.deps.pool, this.path);
      this.deps.log.verbose(`Released the lock ${this.path}`);
    } catch (error) {
      this.deps.log.warning(`Could not remove the lock ${this.path}: ${describeError(error)}; it expires by itself`);
    }
  }

  private record(): LockRecord {
    return {
      tool: 'ftp-actions',
      runId: this.owner.runId,
      host: this.owner.host,
      holder: this.owner.description,
      token: this.token,
      acquiredAt: this.acquiredAt,
      expiresAt: new Date(this.deps.clock() + this.timing.ttlMs).toISOString(),
    };
  }

  /**
   * Reads the record. Its SIZE goes with RETR's passive command (one round
   * trip less) unless `passiveAhead` is false: where the record may be
   * missing and no write follows at once, the port would go unused.
   */
  private async read(pool: ClientPool = this.deps.pool, passiveAhead = true, ahead = false): Promise<Found> {
    const text = await readRemoteFile(pool, this.path, maxLockBytes, { passiveAhead, ahead });
    if (text === undefined) return { kind: 'none' };
    const record = parseLockRecord(text);
    return record === undefined ? { kind: 'unreadable' } : { kind: 'record', record };
  }

  private async write(parentKnown = true): Promise<void> {
    await writeRemoteFile(this.deps.pool, this.path, `${JSON.stringify(this.record(), null, 2)}\n`, this.deps.log, parentKnown);
  }

  /** Whether the lock as found may be taken now; logs why. */
  private mayTake(found: Found): boolean {
    const { log, clock } = this.deps;
    if (found.kind === 'none') return true;
    if (found.kind === 'unreadable') {
      log.warning(`The lock file ${this.path} cannot be read as a lock; taking it over`);
      return true;
    }
    const { record } = found;
    if (record.runId === this.owner.runId) {
      log.info(`Taking over the lock ${this.path} left by this same workflow run (${record.holder}): a re-run`);
      return true;
    }
    if (isExpired(record, clock())) {
      log.warning(`The lock ${this.path} held by ${describeHolder(record)} has expired (its job was probably cancelled); taking it over`);
      return true;
    }
    return false;
  }

  /** Waits until the lock may be taken, then writes our record; resolves with how long the read and the write took. */
  private async take(timeoutMs: number, onFree: () => void): Promise<number> {
    const { log, now, sleep } = this.deps;
    const deadline = now() + timeoutMs;
    let waitingFor: string | undefined;
    for (;;) {
      const started = now();
      // Found, RETR uses the port; not found, the write that follows does, unless it first makes sure of the directory.
      const found = await this.read(this.deps.pool, this.deps.dirKnown === true);
      if (this.mayTake(found)) {
        onFree();
        // No lock file found says nothing about its directory (a first sync to a new remote-dir).
        await this.write(found.kind !== 'none' || this.deps.dirKnown === true);
        return now() - started;
      }
      const holder = found.kind === 'record' ? describeHolder(found.record) : 'another sync';
      if (now() >= deadline) {
        throw new SyncLockError(
          `The remote directory is locked by ${holder}; gave up after waiting ${prettyMilliseconds(timeoutMs)} (lock-timeout)`,
          {
            hint: `Wait for that sync to finish, or raise lock-timeout. A lock whose job was killed expires ${prettyMilliseconds(this.timing.ttlMs)} after its last renewal. Nothing was changed.`,
          },
        );
      }
      if (waitingFor !== holder) log.info(`Waiting for the lock ${this.path}, held by ${holder}`);
      waitingFor = holder;
      this.waited = true;
      await sleep(Math.max(0, Math.min(this.timing.pollMs, deadline - now())));
    }
  }

  /**
   * Another sync that read "free" just before our write lands its own write
   * within about the time ours took (`raceWindowMs`): waits longer than
   * that, then sees whose token is there. Ours: renewals start.
   */
  private async settle(raceWindowMs: number): Promise<boolean> {
    await this.deps.sleep(Math.min(5000, Math.max(50, raceWindowMs * 1.5)));
    // Ahead of the transfers staging their data meanwhile on that pool: they wait for this answer.
    const check = await this.read(this.deps.checkPool ?? this.deps.pool, true, true);
    if (!(check.kind === 'record' && check.record.token === this.token)) {
      this.deps.log.info(`Another sync took the lock ${this.path} at the same moment; waiting for it`);
      return false;
    }
    this.deps.log.info(`Locked ${this.path} (expires ${prettyMilliseconds(this.timing.ttlMs)} after the last renewal)`);
    this.timer = setInterval(() => this.renew(), this.timing.renewMs);
    // Renewal alone must never keep the process alive once the sync is done.
    this.timer.unref();
    return true;
  }

  private renew(): void {
    if (this.renewing !== undefined || this.lostTo !== undefined) return;
    this.renewing = (async () => {
      try {
        const found = await this.read();
        if (found.kind === 'record' && found.record.token !== this.token) {
          this.lostTo = found.record;
          this.deps.log.warning(`The lock ${this.path} was taken over by ${describeHolder(found.record)}`);
          return;
        }
        await this.write();
        this.deps.log.debug(`Renewed the lock ${this.path}`);
      } catch (error) {
        this.deps.log.warning(`Could not renew the lock ${this.path}: ${describeError(error)}; trying again shortly`);
      } finally {
        this.renewing = undefined;
      }
    })();
  }
}
