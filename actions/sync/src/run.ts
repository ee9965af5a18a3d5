/**
 * Runs the sync over two pools (the transfers, and one connection for the
 * lock and the state file) and turns its result into outputs and a summary.
 * The step fails when a guard refused the plan or some paths failed.
 */
import { syncTrees, type ActionDeps, type ActionResult } from '@ftp-actions/core';
import type { SyncSettings } from './inputs.js';
import { lockOwner } from './lock-owner.js';
import { syncOutputs } from './outputs.js';
import { syncSummary } from './summary.js';

/** The action's `run`: sync, then outputs, summary and the failure (if any). */
export async function runSync(settings: SyncSettings, deps: ActionDeps): Promise<ActionResult> {
  const pool = deps.openPool(settings.connection);
  // One more connection: the lock must be renewed however busy the transfers keep the pool.
  const controlPool = deps.openPool({ ...settings.connection, concurrency: 1 });
  const result = await syncTrees(settings.sync, { pool, controlPool, log: deps.log, now: deps.now, owner: lockOwner(process.env) });
  const { counts } = result;
  const verb = result.dryRun ? 'Dry run, nothing changed: would' : 'Done:';
  deps.log.info(
    `${verb} ${result.direction === 'push' ? `upload ${counts.uploaded}` : `download ${counts.downloaded}`}, delete ${counts.deleted}, ` +
      `make ${counts.created} directories; ${counts.skipped} skipped, ${counts.failed} failed`,
  );
  return { outputs: syncOutputs(result), summary: syncSummary(settings, result), failure: result.failure };
}
