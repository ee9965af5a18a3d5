/**
 * Uploads a batch of files over the pool. In order: make sure the common
 * base directory exists, create every needed directory once (parents first,
 * in parallel per level), list the target directories once if the overwrite
 * mode needs to know what is there, then send each file as one pool task,
 * streamed from disk. A file that fails for good is reported with the
 * server's reply and the rest go on.
 */
import { FTPError } from 'basic-ftp';
import { RemotePathError } from '../errors.js';
import type { ClientPool, FtpClient } from '../ftp/client-port.js';
import { createRemoteDirs, ensureRemoteDir } from '../ftp/ensure-dirs.js';
import { describeError } from '../ftp/reply.js';
import { RemoteTimeSetter } from '../ftp/remote-mtime.js';
import {
  commonRemoteDir,
  isAbsoluteRemote,
  joinRemote,
  normalizeRemote,
  remoteBasename,
  remoteDirsToCreate,
  remoteParent,
} from '../ftp/remote-path.js';
import type { Logger } from '../logger.js';
import { attemptFile, isBatchFailure, settleAll, type BatchState } from './attempts.js';
import { decideUpload, type RemoteFacts } from './overwrite.js';
import { TransferProgress } from './progress.js';
import { indexRemoteFiles } from './remote-index.js';
import { planUploadPhases, type UploadOrder } from './order.js';
import type { PublishGate } from './publish-gate.js';
import { StagedRenames } from './staged-renames.js';
import { temporaryName } from './temp-name.js';
import type { FileResult, TransferDeps, TransferOptions, TransferReport } from './types.js';
import {
  isContentItem,
  publishAttempt,
  uploadAttempt,
  type UploadAttemptContext,
  type UploadItem,
  type UploadPlan,
} from './upload-file.js';

export type { UploadContentItem, UploadFileItem, UploadItem } from './upload-file.js';

/**
 * Upload options. `overwrite: 'if-different'` compares sizes only (see
 * `decideUpload`); `preserveMtime` uses MFMT or the two-argument MDTM and
 * warns once when the server has neither.
 */
export interface UploadOptions extends TransferOptions {
  /** The order files are sent in (default as-listed); see `planUploadPhases`. */
  readonly order?: UploadOrder;
  /**
   * Until it opens, nothing the server shows changes: an atomic upload stores
   * data under temporary names and renames once it opens; directories are
   * made and in-place uploads start only then. Shut for good, it stops the
   * batch with its reason, after removing what was staged.
   */
  readonly publishGate?: PublishGate;
}

type Prepared = { readonly plan: UploadPlan } | { readonly invalid: string };

function mtimeOf(item: UploadItem): Date | undefined {
  return isContentItem(item) ? undefined : item.mtime;
}

function plannedSize(item: UploadItem): number {
  return isContentItem(item) ? item.content.length : item.size;
}

/** Normalizes paths and gives each file its temporary name; bad or duplicate paths fail up front. */
function prepare(files: readonly UploadItem[], atomic: boolean): Prepared[] {
  const seen = new Set<string>();
  return files.map((item): Prepared => {
    let remotePath: string;
    try {
      remotePath = normalizeRemote(item.remotePath);
    } catch (error) {
      if (error instanceof RemotePathError) return { invalid: error.message };
      throw error;
    }
    if (!isAbsoluteRemote(remotePath) || remotePath === '/') {
      return { invalid: `the remote path ${JSON.stringify(item.remotePath)} is not an absolute file path` };
    }
    if (seen.has(remotePath)) return { invalid: 'another file of this upload goes to the same remote path' };
    seen.add(remotePath);
    const tempPath = atomic ? joinRemote(remoteParent(remotePath), temporaryName(remoteBasename(remotePath))) : undefined;
    return { plan: { item, remotePath, tempPath, restartFromZero: false } };
  });
}

/** Deletes a failed atomic upload's temporary file; a leftover is worth a warning, not a failure. */
async function removeTemporary(pool: ClientPool, tempPath: string, log: Logger): Promise<void> {
  try {
    await pool.use((client) => client.send(`DELE ${tempPath}`));
    log.debug(`Removed the temporary file ${tempPath}`);
  } catch (error) {
    // 550 is "no such file" on every server we know: the upload never created it.
    if (error instanceof FTPError && error.code === 550) return;
    log.warning(`Could not remove the temporary file ${tempPath}: ${describeError(error)}`);
  }
}

/**
 * Uploads `files` (absolute remote paths) and reports each one. Throws only
 * when nothing can proceed: the base directory cannot be made, or no
 * connection can be had.
 */
export async function uploadFiles(
  pool: ClientPool,
  files: readonly UploadItem[],
  options: UploadOptions,
  deps: TransferDeps,
): Promise<TransferReport> {
  const started = deps.now();
  const { log } = deps;
  const prepared = prepare(files, options.atomic);
  const plans = prepared.flatMap((entry) => ('plan' in entry ? [entry.plan] : []));
  const finalPaths = plans.map((plan) => plan.remotePath);
  const gate = options.publishGate;
  // Only an atomic upload has something to do that shows nowhere.
  if (gate !== undefined && !options.atomic && plans.length > 0) await gate.wait();
  const beforeMaking = gate === undefined ? undefined : () => gate.wait();

  const failedDirs = new Map<string, RemotePathError>();
  // A base that had to be created holds nothing yet. Directories MKD made
  // below an existing base are listed all the same: some servers (ftp-srv)
  // answer 257 to MKD of a directory that already exists.
  let baseIsNew = false;
  if (plans.length > 0) {
    const base = commonRemoteDir(finalPaths);
    baseIsNew = (await ensureRemoteDir(pool, base, log, beforeMaking)) === 'created';
    const dirs = await createRemoteDirs(pool, remoteDirsToCreate(finalPaths, base), log, beforeMaking);
    for (const [dir, error] of dirs.failed) failedDirs.set(dir, error);
  }

  const targets = [...new Set(finalPaths.map(remoteParent))].filter((dir) => !failedDirs.has(dir));
  const remote = options.overwrite === 'always' || baseIsNew ? new Map<string, RemoteFacts>() : await indexRemoteFiles(pool, targets, log);

  const progress = new TransferProgress({
    verb: 'Uploaded',
    filesTotal: files.length,
    bytesTotal: files.reduce((sum, item) => sum + plannedSize(item), 0),
    log,
    now: deps.now,
    ...(deps.progressIntervalMs === undefined ? {} : { intervalMs: deps.progressIntervalMs }),
    ...(deps.onProgress === undefined ? {} : { onProgress: deps.onProgress }),
  });
  const timeSetter = options.preserveMtime ? new RemoteTimeSetter(log) : undefined;
  const batch: BatchState = { fatal: undefined };
  const staged = new StagedRenames(pool, timeSetter, log);
  // An atomic upload asks for the next passive port along with its rename
  // when a file waits for a connection, and that file then gets this
  // connection: a port nobody uses would only keep a listener open on the
  // server.
  const reserveNextPortFor = (client: FtpClient) => (): boolean => pool.claimWaiter?.(client) ?? false;

  /** Waits for the gate with a file staged; a gate shut for good stops the batch, this file's temporary removed first. */
  const waitToPublish = async (plan: UploadPlan): Promise<void> => {
    try {
      await gate?.wait();
    } catch (reason) {
      batch.fatal ??= reason;
      if (plan.tempPath !== undefined) await removeTemporary(pool, plan.tempPath, log);
      throw batch.fatal;
    }
  };

  const uploadOne = async (plan: UploadPlan, key: string): Promise<FileResult> => {
    const base = { remotePath: plan.remotePath, ...(isContentItem(plan.item) ? {} : { localPath: plan.item.localPath }) };
    const dirFailure = failedDirs.get(remoteParent(plan.remotePath));
    const skip = decideUpload(options.overwrite, plannedSize(plan.item), remote.get(plan.remotePath));
    if (dirFailure !== undefined) return { ...base, bytes: 0, status: 'failed', reason: dirFailure.message };
    if (skip !== undefined) return { ...base, bytes: plannedSize(plan.item), status: 'skipped', reason: skip };
    const attemptContext = (client: FtpClient): UploadAttemptContext => ({
      timeSetter,
      reserveNextPort: reserveNextPortFor(client),
      onBytes: (sent) => progress.update(key, sent),
      ...(gate === undefined ? {} : { mayPublish: () => gate.isOpen }),
    });
    const settings = { retries: options.retries, log, description: `Upload of ${plan.remotePath}`, ...retryDelay(options) };
    try {
      const stored = await attemptFile(pool, batch, settings, (client, attempt) =>
        uploadAttempt(client, plan, attempt, attemptContext(client)),
      );
      let { bytes } = stored;
      if (!stored.published && plan.tempPath !== undefined) {
        await waitToPublish(plan);
        const renamed = await staged.rename({ tempPath: plan.tempPath, remotePath: plan.remotePath, mtime: mtimeOf(plan.item) });
        // Unsure whether the rename happened, only a resumed upload (`attempt` > 1) is safe.
        const skip = renamed === 'unsure' ? 1 : 0;
        if (renamed !== 'renamed') {
          bytes = await attemptFile(pool, batch, settings, (client, attempt) =>
            publishAttempt(client, plan, stored, attempt + skip, attemptContext(client)),
          );
        }
      }
      return { ...base, bytes, status: 'transferred' };
    } catch (error) {
      if (isBatchFailure(batch, error)) throw error;
      if (plan.tempPath !== undefined && batch.fatal === undefined) await removeTemporary(pool, plan.tempPath, log);
      return { ...base, bytes: 0, status: 'failed', reason: describeError(error) };
    }
  };

  const sendOne = async (index: number, heldBack: boolean): Promise<FileResult> => {
    const entry = prepared[index];
    const item = files[index];
    if (entry === undefined || item === undefined) throw new RangeError(`no file at index ${index}`);
    const key = String(index);
    const result: FileResult = heldBack
      ? {
          remotePath: item.remotePath,
          bytes: 0,
          status: 'failed',
          reason: 'Not sent: a file of an earlier phase failed, and pages must not go live before their assets',
        }
      : 'plan' in entry
        ? await uploadOne(entry.plan, key)
        : { remotePath: item.remotePath, bytes: 0, status: 'failed', reason: `Refused: ${entry.invalid}` };
    progress.finish(key, result.remotePath, result, plannedSize(item));
    deps.onFileDone?.(result, index);
    return result;
  };

  // Phases run one after another; within a phase the pool starts files in order.
  const phases = planUploadPhases(
    files.map((item) => ({ path: item.remotePath, size: plannedSize(item) })),
    options.order ?? 'as-listed',
  );
  const results: FileResult[] = new Array<FileResult>(files.length);
  let earlierPhaseFailed = false;
  for (const phase of phases) {
    const held: boolean = earlierPhaseFailed;
    const settled: FileResult[] = await settleAll(phase.length, (position: number) => sendOne(phase[position] ?? -1, held));
    settled.forEach((result, position) => {
      results[phase[position] ?? -1] = result;
    });
    earlierPhaseFailed ||= settled.some((result) => result.status === 'failed');
  }

  progress.complete();
  const bytes = results.reduce((sum, result) => sum + (result.status === 'transferred' ? result.bytes : 0), 0);
  return { files: results, bytes, durationMs: deps.now() - started };
}

function retryDelay(options: TransferOptions): { retryDelayMs?: number } {
  return options.retryDelayMs === undefined ? {} : { retryDelayMs: options.retryDelayMs };
}
