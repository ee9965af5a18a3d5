/**
 * One sync, start to end: lock the remote directory, scan both sides (the
 * local walk and its hashing run while the server is being asked), plan,
 * check the guards, apply, and keep the state file. Knows nothing of GitHub
 * Actions: the action and the CLI both call `syncTrees`.
 *
 * This file only puts the steps in order and holds the lock around them;
 * each step lives in a file of its own (see the imports).
 */
import { resolveRemoteDir } from '../ftp/resolve-remote-dir.js';
import { isAbsoluteRemote, joinRemote, normalizeRemote } from '../ftp/remote-path.js';
import { carryOutPlan } from './carry-out-plan.js';
import { decideComparison, requireHashMethod } from './compare-decision.js';
import { LockRaceLost, StateChangedMeanwhile } from './errors.js';
import { reservedPaths } from './guards.js';
import { RemoteLock } from './lock.js';
import { finishIfNothingToDo } from './no-op-preview.js';
import { createPathFilter } from './patterns.js';
import { planFromScans } from './plan-from-scans.js';
import { scanLocalTree } from './scan-local.js';
import { scanRemoteTree } from './scan-remote.js';
import type { LoadedState } from './state-file.js';
import type { SyncDeps, SyncOptions } from './sync-options.js';
import type { SyncResult } from './sync-result.js';
import { SyncRunContext } from './sync-run-context.js';
import type { HashAlgorithm } from './types.js';

const sleepFor = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Makes the target tree equal the source tree (push: remote = local; pull:
 * local = remote), moving only what changed. Throws for what stops a sync
 * before it changes anything (a missing local directory, a lock held too
 * long, a server without the hash command `compare: checksum` needs, a lost
 * connection); a refused guard and failed paths come back in `failure`.
 */
export async function syncTrees(options: SyncOptions, deps: SyncDeps): Promise<SyncResult> {
  const run = new SyncRunContext(options, deps);
  const started = deps.now();
  const remoteDir = await resolveRemoteDir(deps.controlPool, options.remoteDir);
  const statePath = isAbsoluteRemote(options.stateFile) ? normalizeRemote(options.stateFile) : joinRemote(remoteDir, options.stateFile);
  const lockPath = `${statePath}.lock`;
  const filter = createPathFilter({
    exclude: options.exclude,
    excludeDefaults: options.excludeDefaults,
    includeHidden: options.includeHidden,
    reserved: reservedPaths(remoteDir, statePath, lockPath),
  });
  const method = options.compare === 'checksum' ? await requireHashMethod(run) : undefined;

  const hashes: HashAlgorithm[] = method !== undefined ? [method.algorithm] : run.push && options.compare === 'manifest' ? ['sha256'] : [];
  const localScan = scanLocalTree({
    root: options.localDir,
    filter,
    hash: run.push ? hashes : method === undefined ? [] : [method.algorithm],
    hashConcurrency: run.tuning.hashConcurrency,
    mustExist: run.push,
    log: deps.log,
  });
  // Awaited below; until then a failure must not count as unhandled.
  localScan.catch(() => undefined);

  let lock: RemoteLock | undefined;
  try {
    let previewed: LoadedState | undefined;
    const locking = options.lock && !options.dryRun;
    if (locking) {
      /*
       * The transfers' connections log in while this one looks at the state
       * (the look needs only this one): a push with work then stores its
       * files while the lock settles instead of waiting for their logins. A
       * push the look shows has nothing to do opened them for nothing (they
       * quit at once, having sent nothing but their login).
       */
      deps.pool.warm?.(Number.POSITIVE_INFINITY);
      const preview = await finishIfNothingToDo(run, { remoteDir, statePath, local: localScan, filter, started });
      if (preview.result !== undefined) return preview.result;
      previewed = preview.previewed;
    } else if (options.lock) {
      deps.log.info('Dry run: the remote directory is not locked');
    }
    const planAndApply = async (speculate: boolean): Promise<SyncResult> => {
      const decision = await decideComparison(run, { remoteDir, statePath }, method, previewed, {
        speculate,
        ...(lock === undefined ? {} : { afterLockWritten: lock.written }),
      });
      // A manifest push trusts its state file; the server is listed only when asked to, or to finish an interrupted sync.
      const listTarget = !(run.push && decision.compare === 'manifest') || options.verifyRemote || decision.state?.complete === false;
      if (decision.state?.complete === false)
        run.note('The state file is a checkpoint of a sync that did not finish: the server is listed to finish the job.');
      // Listed only once our lock record is written: while it is, its temporary file is in the tree, and would pass for a leftover.
      if (listTarget || !run.push) await lock?.written;
      const remote =
        listTarget || !run.push ? await scanRemoteTree(deps.pool, remoteDir, { filter, mustExist: !run.push, log: deps.log }) : undefined;
      const local = await localScan;
      const planned = await planFromScans(run, { remoteDir, decision, remote, local, filter, lock });
      return await carryOutPlan(run, { ...planned, remoteDir, statePath, decision, remote, local, lock, started });
    };
    if (!locking) return await planAndApply(false);
    /*
     * The lock is claimed (our record written), and the plan made and its
     * files stored under temporary names while the record settles; nothing
     * shows on the server before the lock is confirmed ours (see
     * `carryOutPlan`'s publish gate). Lost to a sync that wrote its record
     * at the same moment, all is thrown away and the lock claimed again,
     * which waits for that sync.
     *
     * The first plan is made from the state as the look before the lock read
     * it, and the state is read again once our record is written; only when
     * both readings are the same may anything show. When they differ (a sync
     * finished in between), the staged files are removed and the plan made
     * again from the second reading, under the same lock.
     *
     * Why a state read made while our record settles is as good as one made
     * after the lock is confirmed: only a lock holder writes the state file,
     * and only while its record is on the server. Every holder before us
     * wrote its last state before removing its record (release runs after
     * the final write), so those writes had landed when our read of the lock
     * found it free, which came before this read; one whose record expired
     * is the same hazard for any reading (it stops at its next renewal, see
     * `assertHeld`). A sync racing us writes the state only once its own
     * record proved its, and then ours did not: this reading is thrown away.
     */
    const deadline = deps.now() + options.lockTimeoutMs;
    // The first plan is made from the look before the lock, checked against the reading made after our record was written.
    let speculate = true;
    for (;;) {
      lock ??= RemoteLock.begin(lockPath, deps.owner, Math.max(0, deadline - deps.now()), run.tuning.lock, {
        pool: deps.controlPool,
        log: deps.log,
        now: deps.now,
        clock: deps.clock ?? Date.now,
        sleep: deps.sleep ?? sleepFor,
        dirKnown: previewed?.path === statePath,
        // The read-back stays on the lock's own connection: the transfers' connections are busy staging data meanwhile.
      });
      // Planning and staging start once the lock was found free, while our record is written.
      await lock.writing;
      // A lock waited for was another sync's: the state it left is not the one the look before read.
      if (lock.waited) speculate = false;
      try {
        return await planAndApply(speculate);
      } catch (error) {
        speculate = false;
        // Our lock record stays; the plan is made again from the state as it is now.
        if (error instanceof StateChangedMeanwhile) {
          deps.log.verbose(
            'Dropped the plan made from the look before the lock (nothing of it went live): the state file changed meanwhile',
          );
          continue;
        }
        if (!(error instanceof LockRaceLost)) throw error;
        lock = undefined;
      }
    }
  } finally {
    await lock?.release();
  }
}
