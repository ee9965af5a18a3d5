/**
 * Carries out a plan, in an order that keeps the target usable throughout:
 * 1. paths that change between file and directory are cleared (they must be
 *    before anything can be written there);
 * 2. directories are made, parents first, once;
 * 3. files are transferred by the core engine (parallel pool, atomic
 *    renames, retries, resume), each one reported as soon as it lands;
 * 4. only then, and only if every transfer succeeded, what is gone from
 *    the source is deleted, directories deepest first.
 * With a `publishGate` (a sync whose lock is not yet confirmed), atomic
 * uploads store their data meanwhile; every change that shows waits for it.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ClientPool } from '../ftp/client-port.js';
import { createRemoteDirs, ensureRemoteDir } from '../ftp/ensure-dirs.js';
import { joinRemote } from '../ftp/remote-path.js';
import type { Logger } from '../logger.js';
import { downloadFiles, type DownloadItem } from '../transfer/download.js';
import { resolveInside } from '../transfer/local-target.js';
import type { PublishGate } from '../transfer/publish-gate.js';
import type { FileResult, TransferOptions } from '../transfer/types.js';
import { uploadFiles, type UploadFileItem, type UploadOptions } from '../transfer/upload.js';
import { deleteLocalEntries, deleteRemoteEntries, type DeleteOutcome } from './delete.js';
import { ancestorsOf } from './plan.js';
import type { PlanEntry, SyncDirection, SyncPlan, Tree } from './types.js';

/** What became of one plan entry. */
export interface EntryOutcome {
  readonly status: 'done' | 'failed' | 'kept';
  readonly reason?: string | undefined;
  /** Bytes moved, for transfers. */
  readonly bytes: number;
}

/** Told about each change as soon as it is confirmed, to keep the state file up to date. */
export interface ApplyRecorder {
  fileTransferred(path: string): void;
  removed(path: string): void;
  directoryMade(path: string): void;
}

/** Everything `applyPlan` works with. */
export interface ApplyContext {
  readonly direction: SyncDirection;
  readonly pool: ClientPool;
  /** Absolute remote directory. */
  readonly remoteDir: string;
  /** Absolute local directory. */
  readonly localDir: string;
  /** The source tree, for sizes and times of the files to send. */
  readonly source: Tree;
  /** False when the target directory is known not to exist yet. */
  readonly targetExists: boolean;
  /** Transfer options; `order` applies to uploads (push). */
  readonly transfer: Omit<UploadOptions, 'overwrite'>;
  readonly recorder?: ApplyRecorder;
  /** Called before the deletes; throws to stop them (a lost lock). */
  readonly beforeDeletes?: () => void;
  /** Nothing that shows on the target changes before it opens (see `PublishGate`). */
  readonly publishGate?: PublishGate;
  readonly log: Logger;
  readonly now: () => number;
}

/** The outcome of applying a plan. */
export interface ApplyReport {
  readonly outcomes: ReadonlyMap<PlanEntry, EntryOutcome>;
  /** Bytes transferred. */
  readonly bytes: number;
}

const noRecorder: ApplyRecorder = { fileTransferred: () => undefined, removed: () => undefined, directoryMade: () => undefined };

function fromDelete(outcome: DeleteOutcome): EntryOutcome {
  return { status: outcome.status, reason: outcome.reason, bytes: 0 };
}

function fromTransfer(result: FileResult): EntryOutcome {
  return result.status === 'failed'
    ? { status: 'failed', reason: result.reason, bytes: 0 }
    : { status: 'done', reason: result.status === 'skipped' ? result.reason : undefined, bytes: result.bytes };
}

class Applier {
  readonly outcomes = new Map<PlanEntry, EntryOutcome>();
  private readonly recorder: ApplyRecorder;
  private readonly push: boolean;

  constructor(private readonly context: ApplyContext) {
    this.recorder = context.recorder ?? noRecorder;
    this.push = context.direction === 'push';
  }

  private setAll(outcomes: ReadonlyMap<PlanEntry, DeleteOutcome>): void {
    for (const [entry, outcome] of outcomes) {
      this.outcomes.set(entry, fromDelete(outcome));
      if (outcome.status === 'done') this.recorder.removed(entry.path);
    }
  }

  private remove(entries: readonly PlanEntry[]): Promise<Map<PlanEntry, DeleteOutcome>> {
    const { pool, remoteDir, localDir, log } = this.context;
    return this.push ? deleteRemoteEntries(pool, remoteDir, entries, log) : deleteLocalEntries(localDir, entries, log);
  }

  async clearEarly(entries: readonly PlanEntry[]): Promise<void> {
    if (entries.length > 0) this.setAll(await this.remove(entries));
  }

  /** Makes the directories no transfer will make on its way (empty ones, mostly). */
  async makeDirectories(mkdirs: readonly PlanEntry[], transfers: readonly PlanEntry[]): Promise<void> {
    const { context } = this;
    if (!this.push) {
      for (const entry of mkdirs) {
        await mkdir(resolveInside(context.localDir, entry.path), { recursive: true });
        this.outcomes.set(entry, { status: 'done', bytes: 0 });
      }
      return;
    }
    const madeByTransfers = new Set(transfers.flatMap((entry) => ancestorsOf(entry.path)));
    const own = mkdirs.filter((entry) => !madeByTransfers.has(entry.path));
    if (own.length === 0) return;
    await context.publishGate?.wait();
    if (!context.targetExists) await ensureRemoteDir(context.pool, context.remoteDir, context.log);
    const result = await createRemoteDirs(
      context.pool,
      own.map((entry) => joinRemote(context.remoteDir, entry.path)),
      context.log,
    );
    for (const entry of own) {
      const failure = result.failed.get(joinRemote(context.remoteDir, entry.path));
      this.outcomes.set(
        entry,
        failure === undefined ? { status: 'done', bytes: 0 } : { status: 'failed', reason: failure.message, bytes: 0 },
      );
      if (failure === undefined) this.recorder.directoryMade(entry.path);
    }
  }

  /** Directories made on the way by transfers: done when a file inside them arrived. */
  settleMadeOnTheWay(mkdirs: readonly PlanEntry[], transfers: readonly PlanEntry[]): void {
    const reached = new Set<string>();
    for (const entry of transfers) {
      if (this.outcomes.get(entry)?.status === 'done') for (const ancestor of ancestorsOf(entry.path)) reached.add(ancestor);
    }
    for (const entry of mkdirs) {
      if (this.outcomes.has(entry)) continue;
      if (reached.has(entry.path)) {
        this.outcomes.set(entry, { status: 'done', bytes: 0 });
        this.recorder.directoryMade(entry.path);
      } else {
        this.outcomes.set(entry, { status: 'failed', reason: 'not made: no file inside it could be transferred', bytes: 0 });
      }
    }
  }

  async transfer(entries: readonly PlanEntry[]): Promise<number> {
    if (entries.length === 0) return 0;
    const { context } = this;
    const options: TransferOptions = { ...context.transfer, overwrite: 'always' };
    const deps = {
      log: context.log,
      now: context.now,
      onFileDone: (result: FileResult, index: number) => {
        if (result.status !== 'transferred') return;
        const entry = entries[index];
        if (entry !== undefined) this.recorder.fileTransferred(entry.path);
      },
    };
    const report = this.push
      ? await uploadFiles(
          context.pool,
          entries.map((entry) => this.uploadItem(entry)),
          context.publishGate === undefined ? options : { ...options, publishGate: context.publishGate },
          deps,
        )
      : await downloadFiles(
          context.pool,
          entries.map((entry) => this.downloadItem(entry)),
          { ...options, localDir: context.localDir },
          deps,
        );
    report.files.forEach((result, index) => {
      const entry = entries[index];
      if (entry !== undefined) this.outcomes.set(entry, fromTransfer(result));
    });
    return report.bytes;
  }

  async deleteRest(deletes: readonly PlanEntry[]): Promise<void> {
    if (deletes.length === 0) return;
    const failed = [...this.outcomes.values()].filter((outcome) => outcome.status === 'failed').length;
    if (failed > 0) {
      // A half-done deploy keeps what it had: removing files now could take
      // away what the pages that failed to update still link to.
      this.context.log.warning(`Skipping ${deletes.length} deletes because ${failed} changes failed; run the sync again`);
      for (const entry of deletes) this.outcomes.set(entry, { status: 'kept', reason: 'not deleted: other changes failed', bytes: 0 });
      return;
    }
    await this.context.publishGate?.wait();
    this.context.beforeDeletes?.();
    this.setAll(await this.remove(deletes));
  }

  private uploadItem(entry: PlanEntry): UploadFileItem {
    const source = this.context.source.get(entry.path);
    const mtimeMs = source?.kind === 'file' ? source.mtimeMs : undefined;
    return {
      localPath: join(this.context.localDir, entry.path),
      remotePath: joinRemote(this.context.remoteDir, entry.path),
      size: entry.size ?? 0,
      mtime: new Date(mtimeMs ?? Date.now()),
    };
  }

  private downloadItem(entry: PlanEntry): DownloadItem {
    const source = this.context.source.get(entry.path);
    const mtimeMs = source?.kind === 'file' ? source.mtimeMs : undefined;
    return {
      remotePath: joinRemote(this.context.remoteDir, entry.path),
      localPath: entry.path,
      ...(entry.size === undefined ? {} : { size: entry.size }),
      ...(mtimeMs === undefined ? {} : { modifiedAt: new Date(mtimeMs) }),
    };
  }
}

/** Applies `plan`; failures of single paths are in the outcomes, lost connections throw. */
export async function applyPlan(plan: SyncPlan, context: ApplyContext): Promise<ApplyReport> {
  const applier = new Applier(context);
  const transferAction = context.direction === 'push' ? 'upload' : 'download';
  const early = plan.entries.filter((entry) => entry.action === 'delete' && entry.early === true);
  const mkdirs = plan.entries.filter((entry) => entry.action === 'mkdir');
  const transfers = plan.entries.filter((entry) => entry.action === transferAction);
  const deletes = plan.entries.filter((entry) => entry.action === 'delete' && entry.early !== true);

  // Only atomic uploads have work that shows nowhere: anything else waits for the gate first.
  const stagesFirst = context.direction === 'push' && context.transfer.atomic && early.length === 0;
  if (!stagesFirst) await context.publishGate?.wait();
  await applier.clearEarly(early);
  await applier.makeDirectories(mkdirs, transfers);
  const bytes = await applier.transfer(transfers);
  applier.settleMadeOnTheWay(mkdirs, transfers);
  await applier.deleteRest(deletes);
  return { outcomes: applier.outcomes, bytes };
}
