/**
 * Carries out a plan: the delete guard, then (unless a dry run) the
 * transfers, with the state file kept alongside on a manifest push, and the
 * result of it all.
 */
import { PublishGate } from '../transfer/publish-gate.js';
import { applyPlan, type ApplyReport, type EntryOutcome } from './apply.js';
import type { CompareDecision } from './compare-decision.js';
import { SyncError, SyncGuardError } from './errors.js';
import { checkDeleteGuards } from './guards.js';
import type { RemoteLock } from './lock.js';
import type { PlannedSync } from './plan-from-scans.js';
import { prepareState } from './prepare-state.js';
import type { LocalScan } from './scan-local.js';
import type { RemoteScan } from './scan-remote.js';
import { countOutcomes, countPlan, type SyncResult } from './sync-result.js';
import type { SyncRunContext } from './sync-run-context.js';
import type { PlanEntry } from './types.js';

export async function carryOutPlan(
  run: SyncRunContext,
  context: PlannedSync & {
    remoteDir: string;
    statePath: string;
    decision: CompareDecision & { readonly verified: Promise<void> };
    remote: RemoteScan | undefined;
    local: LocalScan;
    lock: RemoteLock | undefined;
    started: number;
  },
): Promise<SyncResult> {
  const { options, deps } = run;
  const { plan, source, remoteDir, decision, remote, local, lock } = context;
  const result = (outcomes: ReadonlyMap<PlanEntry, EntryOutcome>, bytes: number, failure: Error | undefined): SyncResult => ({
    direction: options.direction,
    dryRun: options.dryRun,
    remoteDir,
    localDir: options.localDir,
    compare: decision.compare,
    notes: run.notes,
    plan,
    outcomes,
    counts: options.dryRun ? countPlan(plan) : countOutcomes(plan, outcomes),
    bytes,
    durationMs: deps.now() - context.started,
    failure,
  });
  // A refused guard is the user's answer, not a crash: it comes back in the result, with nothing done.
  try {
    checkDeleteGuards(plan, options.maxDelete, run.push ? 'local-dir' : 'remote-dir');
  } catch (error) {
    if (error instanceof SyncGuardError) return result(new Map(), 0, error);
    throw error;
  }
  if (options.dryRun) return result(new Map(), 0, undefined);

  // Connections for the transfers log in while the state checkpoint is written (a locked push opened them at its start).
  const work = plan.entries.filter((entry) => entry.action !== 'skip' && entry.action !== 'conflict').length;
  if (work > 0) deps.pool.warm?.(work);
  const keepsState = run.push && options.compare === 'manifest';
  // The server may change once the lock is ours and the state the plan was made from proved current.
  const mayChange = async (): Promise<void> => {
    await decision.verified;
    await lock?.confirm();
  };
  const state = keepsState
    ? prepareState(run, {
        plan,
        previous: decision.state,
        source,
        statePath: context.statePath,
        lock,
        mayChange,
        afterLockWritten: lock?.written ?? Promise.resolve(),
      })
    : undefined;
  /*
   * Nothing that shows on the server changes before that and before the
   * checkpoint is in place (its rename waits for the same); atomic uploads
   * store their data under temporary names meanwhile, and take their final
   * names once the gate opens.
   */
  const publishGate = new PublishGate(
    (async () => {
      await state?.checkpointed;
      await mayChange();
    })(),
  );
  if (work > 0) {
    // Stored ahead, under a temporary name, on a transfer connection (as one more file), once our lock record is there.
    if (state !== undefined)
      void (lock?.written ?? Promise.resolve()).then(
        () => state.writer.stageFinal(state.foreseen, deps.pool),
        () => undefined,
      );
    // The lock's release check goes ahead once the gate opens; a read that old still stands at the release (see `prepareRelease`).
    void publishGate.wait().then(
      () => lock?.prepareRelease(deps.pool),
      () => undefined,
    );
  }
  let report: ApplyReport;
  try {
    report = await applyPlan(plan, {
      direction: options.direction,
      pool: deps.pool,
      remoteDir,
      localDir: options.localDir,
      source,
      targetExists: run.push ? (remote?.exists ?? true) : local.exists,
      transfer: {
        atomic: options.atomic,
        order: options.order,
        preserveMtime: options.preserveMtime,
        retries: options.retries,
        ...(run.tuning.retryDelayMs === undefined ? {} : { retryDelayMs: run.tuning.retryDelayMs }),
      },
      ...(state === undefined ? {} : { recorder: state.recorder }),
      beforeDeletes: () => lock?.assertHeld(),
      publishGate,
      log: deps.log,
      now: deps.now,
    });
    // A plan with nothing that waited for the gate still must not write the state of a race it lost.
    await publishGate.wait();
  } catch (error) {
    // Whatever stopped the transfers, the checkpoint's write is over, and the state stored ahead removed, before the lock's release starts.
    await publishGate.wait().catch(() => undefined);
    await state?.writer.dropStaged();
    throw error;
  }
  if (state !== undefined) {
    try {
      await state.writer.settle();
      lock?.assertHeld();
      // An unchanged tree with a complete state of ours already on the server needs no new one.
      const changed = [...report.outcomes.values()].some((outcome) => outcome.status === 'done');
      if (changed || decision.state === undefined || decision.state.origin !== 'ftp-actions' || !decision.state.complete) {
        // The transfers' connections are idle now: one of them checks the lock for its release meanwhile.
        lock?.prepareRelease(deps.pool);
        await state.writer.finish();
      }
    } finally {
      await state.writer.dropStaged();
    }
  }
  const counts = countOutcomes(plan, report.outcomes);
  const failure =
    counts.failed > 0
      ? new SyncError(`${counts.failed} of the sync's changes failed`, {
          hint: 'The job summary lists each one with the reason. What succeeded is recorded; run the sync again to retry the rest.',
        })
      : undefined;
  return result(report.outcomes, report.bytes, failure);
}
