/**
 * The safety rules a sync never breaks, whatever the inputs say. Pure checks
 * on paths and on the plan, run before anything is changed:
 * - never delete when the source is empty (a failed build, a wrong path);
 * - never delete more than max-delete of the target's files;
 * - never touch the state file, the lock file, or another tool's state file;
 * - never act on a path that could lead outside remote-dir or local-dir.
 * Protected paths are kept out of the plan's changes by `planSync` itself.
 */
import { isInsideRemote, normalizeRemote, relativeRemote } from '../ftp/remote-path.js';
import { SyncError, SyncGuardError } from './errors.js';
import type { MaxDelete, SyncPlan } from './types.js';

/** SamKirkland's FTP-Deploy-Action keeps its state here, in the server directory. */
export const ftpDeployStateName = '.ftp-deploy-sync-state.json';

// eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
const controlCharacters = /[\u0000-\u001f\u007f]/;

/**
 * True for a relative path that stays inside its base: not empty, no leading
 * '/', no '.' or '..' or empty segment, no backslash, no control character.
 * Paths from a state file (which anyone with write access could edit) and
 * from listings pass this before they are joined to a directory.
 */
export function isSafeRelativePath(path: string): boolean {
  if (path === '' || path.startsWith('/') || path.includes('\\') || controlCharacters.test(path)) return false;
  return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/**
 * The paths inside `remoteDir` (relative) that the sync must never list,
 * send, overwrite or delete: the state file, its lock, and
 * FTP-Deploy-Action's state file. A state file outside remote-dir is not in
 * the tree at all, so there is nothing to reserve for it.
 */
export function reservedPaths(remoteDir: string, stateFile: string, lockFile: string): string[] {
  const base = normalizeRemote(remoteDir);
  const reserved = [ftpDeployStateName];
  for (const file of [stateFile, lockFile]) {
    const path = normalizeRemote(file);
    if (path !== base && isInsideRemote(path, base)) reserved.push(relativeRemote(path, base));
  }
  return reserved;
}

/** Refuses a plan with any path that could lead outside its base directory (defence in depth). */
export function checkPlanPaths(plan: SyncPlan): void {
  const unsafe = plan.entries.find((entry) => !isSafeRelativePath(entry.path));
  if (unsafe !== undefined) {
    throw new SyncError(`Refusing to sync: the path ${JSON.stringify(unsafe.path)} could lead outside the synced directory`, {
      hint: 'Nothing was changed. Rename the file, or leave it out with exclude.',
    });
  }
}

/** Files the plan removes from the target (leftover temporary files are ours, not the user's, and not counted). */
export function countFileDeletes(plan: SyncPlan): number {
  let count = 0;
  for (const entry of plan.entries) if (entry.action === 'delete' && entry.kind === 'file' && entry.leftover !== true) count += 1;
  return count;
}

/** Words for max-delete in messages: "50%", "200 files". */
export function describeMaxDelete(limit: MaxDelete): string {
  return limit.kind === 'percent' ? `${limit.value}%` : `${limit.value} files`;
}

/**
 * Throws SyncGuardError when the plan deletes files from the target while
 * the source is empty, or deletes more than `maxDelete` of the target's
 * files. `sourceName` names the source for the message ("local-dir").
 */
export function checkDeleteGuards(plan: SyncPlan, maxDelete: MaxDelete, sourceName: string): void {
  const deletes = countFileDeletes(plan);
  if (deletes === 0) return;
  if (plan.sourceFiles === 0) {
    throw new SyncGuardError(`Refusing to delete ${deletes} files from the target: the source (${sourceName}) holds no files`, {
      hint: 'An empty source usually means a failed build or a wrong path. Nothing was changed.',
    });
  }
  const share = plan.targetFiles === 0 ? 100 : (deletes * 100) / plan.targetFiles;
  const over = maxDelete.kind === 'count' ? deletes > maxDelete.value : share > maxDelete.value;
  if (over) {
    throw new SyncGuardError(
      `Refusing to delete ${deletes} of the target's ${plan.targetFiles} files (${Math.round(share)}%): more than max-delete allows (${describeMaxDelete(maxDelete)})`,
      { hint: 'Check local-dir, remote-dir and exclude; if the deletes are intended, raise max-delete (e.g. 100%). Nothing was changed.' },
    );
  }
}
