/**
 * The look before the lock: a manifest push whose state file already
 * vouches for every local file ends here, after one read, having written
 * nothing on the server.
 */
import { checkPlanPaths } from './guards.js';
import { createProtectMatcher, type PathFilter } from './patterns.js';
import { planSync } from './plan.js';
import type { LocalScan } from './scan-local.js';
import { filterTree } from './filter-tree.js';
import { loadState, type LoadedState } from './state-file.js';
import { treeFromState } from './state-format.js';
import { countPlan, type SyncResult } from './sync-result.js';
import type { SyncRunContext } from './sync-run-context.js';

/** What the look found. */
export interface NoOpPreview {
  /** The state file as read without the lock; undefined when this sync does not take this path. */
  readonly previewed: LoadedState | undefined;
  /** The finished sync when there is nothing to do; otherwise the caller locks and plans. */
  readonly result: SyncResult | undefined;
}

/**
 * A push by the state file looks before it locks: when the state says the
 * server already has every local file as it is, nothing is written at all
 * (no lock, no state), and the sync ends after one read. Otherwise the
 * connections for the transfers start opening, and the caller takes the
 * lock and reads the state again under it.
 *
 * Why that is safe. A lock keeps two syncs from changing the same tree at
 * once; a sync that changes nothing cannot collide with one that does:
 * - The state file is replaced atomically, and a sync forgets (checkpoints
 *   out) every file it is about to change before it changes it. So a
 *   state we read vouches only for files that are on the server as it
 *   says, even while another sync runs, and one another sync has begun to
 *   rewrite says `complete: false`, which never takes this path.
 * - Another sync may add files in the meantime that the state does not yet
 *   list. Then the outcome is the one of this sync running just before
 *   that one: it changed nothing, and the other's plan stays right.
 * - A plan with changes is never applied from this look: the state is
 *   read again once the lock is held (`decideComparison`), when no other
 *   sync can write it any more, and the plan is made from that reading. A
 *   sync that finished between the two reads is thus seen, and its files
 *   are neither re-sent blindly nor its deletions missed.
 * Only manifest pushes with a complete state of ours take this path:
 * everything else lists the server, and does that once, under the lock.
 */
export async function finishIfNothingToDo(
  run: SyncRunContext,
  context: {
    remoteDir: string;
    statePath: string;
    local: Promise<LocalScan>;
    filter: PathFilter;
    started: number;
  },
): Promise<NoOpPreview> {
  const { options, deps } = run;
  if (!(run.push && options.compare === 'manifest' && !options.verifyRemote)) return { previewed: undefined, result: undefined };
  const previewed = await loadState(deps.controlPool, context.statePath, context.remoteDir, deps.log);
  const { state } = previewed;
  if (state === undefined || !state.complete || state.origin !== 'ftp-actions' || previewed.path !== context.statePath)
    return { previewed, result: undefined };
  const local = await context.local;
  const plan = planSync({
    direction: options.direction,
    compare: 'manifest',
    preserveMtime: options.preserveMtime,
    checksumAlgorithm: undefined,
    adopting: false,
    targetListed: false,
    source: local.tree,
    target: filterTree(treeFromState(state), context.filter),
    state,
    delete: options.delete,
    isProtected: createProtectMatcher(options.protect),
    leftovers: [],
  });
  const work = plan.entries.filter((entry) => entry.action !== 'skip').length;
  if (work > 0) {
    deps.pool.warm?.(work);
    return { previewed, result: undefined };
  }
  checkPlanPaths(plan);
  deps.log.info('The state file says the server has every file as it is here: nothing to change, so the remote directory was not locked');
  const result: SyncResult = {
    direction: options.direction,
    dryRun: false,
    remoteDir: context.remoteDir,
    localDir: options.localDir,
    compare: 'manifest',
    notes: run.notes,
    plan,
    outcomes: new Map(),
    counts: countPlan(plan),
    bytes: 0,
    durationMs: deps.now() - context.started,
    failure: undefined,
  };
  return { previewed, result };
}
