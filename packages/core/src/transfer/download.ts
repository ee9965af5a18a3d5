/**
 * Downloads a batch of remote files over the pool, each file one pool task,
 * streamed to disk. Every destination is checked before anything is written
 * (see local-target.ts); a file that fails is reported with its reason, its
 * partial data removed, and the rest go on.
 */
import { lstat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { RemotePathError } from '../errors.js';
import type { ClientPool } from '../ftp/client-port.js';
import { describeError } from '../ftp/reply.js';
import { isAbsoluteRemote, normalizeRemote } from '../ftp/remote-path.js';
import type { Logger } from '../logger.js';
import { attemptFile, isBatchFailure, settleAll, type BatchState } from './attempts.js';
import { downloadAttempt, openLocalFile, type DownloadItem, type DownloadPlan, type OpenLocalFile } from './download-file.js';
import { prepareLocalTarget } from './local-target.js';
import { TransferProgress } from './progress.js';
import { temporaryName } from './temp-name.js';
import type { FileResult, TransferDeps, TransferOptions, TransferReport } from './types.js';

export { openLocalFile, type DownloadItem, type LocalOpenMode, type OpenLocalFile } from './download-file.js';

/**
 * Download options. `overwrite: 'if-different'` replaces a local file whose
 * size differs or that is older than the server's (see `isDownloadDifferent`).
 */
export interface DownloadOptions extends TransferOptions {
  /** The local base directory: nothing is ever written outside it. */
  readonly localDir: string;
}

/** `TransferDeps` plus the local file opener. */
export interface DownloadDeps extends TransferDeps {
  /** Opens local files for writing (default `openLocalFile`); tests inject a full disk here. */
  readonly openLocalFile?: OpenLocalFile;
}

/** Removes what a failed download left; a leftover is worth a warning, not a failure. */
async function removePartial(path: string, log: Logger): Promise<void> {
  try {
    await unlink(path);
    log.debug(`Removed the partial file ${path}`);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return;
    log.warning(`Could not remove the partial file ${path}: ${describeError(error)}`);
  }
}

/** Size and time of an existing local file at `path` (not following links), or undefined. */
export async function localFacts(path: string): Promise<{ size: number; mtime: Date } | undefined> {
  try {
    const found = await lstat(path);
    return { size: found.size, mtime: found.mtime };
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Downloads `files` and reports each one. Throws only when no connection can
 * be had at all.
 */
export async function downloadFiles(
  pool: ClientPool,
  files: readonly DownloadItem[],
  options: DownloadOptions,
  deps: DownloadDeps,
): Promise<TransferReport> {
  const started = deps.now();
  const { log } = deps;
  const progress = new TransferProgress({
    verb: 'Downloaded',
    filesTotal: files.length,
    bytesTotal: files.reduce((sum, item) => sum + (item.size ?? 0), 0),
    log,
    now: deps.now,
    ...(deps.progressIntervalMs === undefined ? {} : { intervalMs: deps.progressIntervalMs }),
    ...(deps.onProgress === undefined ? {} : { onProgress: deps.onProgress }),
  });
  const batch: BatchState = { fatal: undefined };
  let warnedNoTime = false;
  const context = {
    preserveMtime: options.preserveMtime,
    openFile: deps.openLocalFile ?? openLocalFile,
    onNoRemoteTime: (path: string) => {
      if (warnedNoTime) return;
      warnedNoTime = true;
      log.warning(
        `The server gave no modification time for ${path} (nor, probably, for the others); local files keep the time of download.`,
      );
    },
  };
  const claimed = new Set<string>();

  const downloadOne = async (item: DownloadItem, key: string): Promise<FileResult> => {
    const failed = (reason: string, localPath = item.localPath): FileResult => ({
      remotePath: item.remotePath,
      localPath,
      bytes: 0,
      status: 'failed',
      reason,
    });
    let remotePath: string;
    let target: string;
    let existing: { size: number; mtime: Date } | undefined;
    try {
      remotePath = normalizeRemote(item.remotePath);
      if (!isAbsoluteRemote(remotePath)) return failed(`Refused: the remote path ${JSON.stringify(item.remotePath)} is not absolute`);
      target = await prepareLocalTarget(options.localDir, item.localPath);
      existing = await localFacts(target);
    } catch (error) {
      if (error instanceof RemotePathError) return failed(`Refused: ${error.message}`);
      return failed(describeError(error));
    }
    if (claimed.has(target)) return failed('Refused: another file of this download goes to the same local path', target);
    claimed.add(target);

    const base = { remotePath, localPath: target };
    if (existing !== undefined && options.overwrite === 'never') {
      return { ...base, bytes: existing.size, status: 'skipped', reason: 'it exists locally (overwrite: never)' };
    }
    const plan: DownloadPlan = {
      item,
      remotePath,
      target,
      tempPath: options.atomic ? join(dirname(target), temporaryName(basename(target))) : undefined,
      compareWith: existing !== undefined && options.overwrite === 'if-different' ? existing : undefined,
      written: false,
      restartFromZero: false,
      remoteTime: undefined,
    };
    try {
      const outcome = await attemptFile(
        pool,
        batch,
        {
          retries: options.retries,
          log,
          description: `Download of ${remotePath}`,
          ...(options.retryDelayMs === undefined ? {} : { retryDelayMs: options.retryDelayMs }),
        },
        (client) => downloadAttempt(client, plan, { ...context, onBytes: (bytes) => progress.update(key, bytes) }),
      );
      if (outcome.status === 'skipped') return { ...base, bytes: existing?.size ?? 0, status: 'skipped', reason: outcome.reason };
      return { ...base, bytes: outcome.bytes, status: 'transferred' };
    } catch (error) {
      if (isBatchFailure(batch, error)) throw error;
      // A half-written file looks complete to whatever runs next: remove it,
      // the temporary one always, the destination itself if we wrote into it.
      if (plan.tempPath !== undefined) await removePartial(plan.tempPath, log);
      else if (plan.written) await removePartial(target, log);
      return { ...base, bytes: 0, status: 'failed', reason: describeError(error) };
    }
  };

  const results = await settleAll(files.length, async (index) => {
    const item = files[index];
    if (item === undefined) throw new RangeError(`no file at index ${index}`);
    const key = String(index);
    const result = await downloadOne(item, key);
    progress.finish(key, result.localPath ?? item.localPath, result, item.size ?? 0);
    deps.onFileDone?.(result, index);
    return result;
  });

  progress.complete();
  const bytes = results.reduce((sum, result) => sum + (result.status === 'transferred' ? result.bytes : 0), 0);
  return { files: results, bytes, durationMs: deps.now() - started };
}
