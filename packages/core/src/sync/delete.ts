/**
 * Removing what the plan deletes, on either side: files first (in parallel
 * over the pool, or on disk), then directories deepest first, so each one is
 * empty by the time it is removed. A directory that will not go (it holds
 * files the sync leaves alone, or the server refuses) is kept and reported,
 * not failed: the files that mattered are gone.
 */
import { rmdir, unlink } from 'node:fs/promises';
import { FTPError } from 'basic-ftp';
import type { ClientPool } from '../ftp/client-port.js';
import { describeError } from '../ftp/reply.js';
import { joinRemote } from '../ftp/remote-path.js';
import { remoteFileExists } from '../ftp/remote-stat.js';
import type { Logger } from '../logger.js';
import { resolveInside } from '../transfer/local-target.js';
import { isSafeRelativePath } from './guards.js';
import type { PlanEntry } from './types.js';

/** What became of one delete. */
export interface DeleteOutcome {
  readonly status: 'done' | 'failed' | 'kept';
  readonly reason?: string;
}

/** Removes one path; returns how it went. Throws only when the connection is lost for good. */
type Remover = (entry: PlanEntry) => Promise<DeleteOutcome>;

function depth(path: string): number {
  return path.split('/').length;
}

/** Runs `remove` for files in parallel, then for directories level by level, deepest first. */
async function removeAll(entries: readonly PlanEntry[], remove: Remover, log: Logger): Promise<Map<PlanEntry, DeleteOutcome>> {
  const outcomes = new Map<PlanEntry, DeleteOutcome>();
  const run = async (entry: PlanEntry): Promise<void> => {
    // Plans are checked already; this is the last line before anything is removed.
    const outcome = isSafeRelativePath(entry.path) ? await remove(entry) : { status: 'failed' as const, reason: 'refused: unsafe path' };
    outcomes.set(entry, outcome);
    if (outcome.status === 'done') log.verbose(`Deleted ${entry.path}`);
    else log.info(`Not deleted ${entry.path}: ${outcome.reason ?? ''}`);
  };
  await Promise.all(entries.filter((entry) => entry.kind === 'file').map(run));
  const levels = new Map<number, PlanEntry[]>();
  for (const entry of entries) {
    if (entry.kind === 'directory') levels.set(depth(entry.path), [...(levels.get(depth(entry.path)) ?? []), entry]);
  }
  for (const level of [...levels.keys()].sort((a, b) => b - a)) await Promise.all((levels.get(level) ?? []).map(run));
  return outcomes;
}

/** Deletes plan entries under `remoteDir` on the server. */
export function deleteRemoteEntries(
  pool: ClientPool,
  remoteDir: string,
  entries: readonly PlanEntry[],
  log: Logger,
): Promise<Map<PlanEntry, DeleteOutcome>> {
  return removeAll(
    entries,
    async (entry) => {
      const path = joinRemote(remoteDir, entry.path);
      const command = entry.kind === 'file' ? `DELE ${path}` : `RMD ${path}`;
      try {
        await pool.run(command, (client) => client.send(command));
        return { status: 'done' };
      } catch (error) {
        if (!(error instanceof FTPError)) throw error;
        if (entry.kind === 'directory')
          return {
            status: 'kept',
            reason: `the server did not remove it (${describeError(error)}); it may hold files this sync leaves alone`,
          };
        // 550 is both "no such file" and "not allowed": only a file still there has failed.
        const stillThere = await pool.run(`checking ${path}`, (client) => remoteFileExists(client, path));
        return stillThere
          ? { status: 'failed', reason: `DELE failed: ${describeError(error)}` }
          : { status: 'done', reason: 'already gone' };
      }
    },
    log,
  );
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** Deletes plan entries under `localDir` on disk. */
export function deleteLocalEntries(localDir: string, entries: readonly PlanEntry[], log: Logger): Promise<Map<PlanEntry, DeleteOutcome>> {
  return removeAll(
    entries,
    async (entry) => {
      const path = resolveInside(localDir, entry.path);
      try {
        if (entry.kind === 'file') await unlink(path);
        else await rmdir(path);
        return { status: 'done' };
      } catch (error) {
        const code = errorCode(error);
        if (code === 'ENOENT') return { status: 'done', reason: 'already gone' };
        if (entry.kind === 'directory' && (code === 'ENOTEMPTY' || code === 'EEXIST')) {
          return { status: 'kept', reason: 'it holds files this sync leaves alone' };
        }
        return { status: 'failed', reason: describeError(error) };
      }
    },
    log,
  );
}
