/**
 * Shapes shared by the upload and download engines.
 */
import type { Logger } from '../logger.js';
// `always` replaces an existing destination, `never` keeps it, `if-different`
// replaces it when it differs (each engine says what "differs" means there).
import type { OverwriteMode } from '../settings/transfer.js';
import type { ProgressSnapshot } from './progress.js';

/** What became of one file. */
export type FileStatus = 'transferred' | 'skipped' | 'failed';

/** The outcome for one file. */
export interface FileResult {
  readonly remotePath: string;
  readonly localPath?: string;
  /** The file's size: bytes sent or received when transferred, its size when skipped, 0 when failed. */
  readonly bytes: number;
  readonly status: FileStatus;
  /** Why it was skipped or failed, quoting the server's reply where there was one. */
  readonly reason?: string;
}

/** The outcome of a batch; the caller decides whether failures fail the action. */
export interface TransferReport {
  /** One result per requested file, in the order given. */
  readonly files: readonly FileResult[];
  /** Bytes of the files transferred. */
  readonly bytes: number;
  readonly durationMs: number;
}

/** The options both engines share. */
export interface TransferOptions {
  /** Write to a temporary name beside the target and rename it into place. */
  readonly atomic: boolean;
  readonly overwrite: OverwriteMode;
  /** Carry modification times across. */
  readonly preserveMtime: boolean;
  /** Attempts after the first for a transient failure of a file. */
  readonly retries: number;
  /** First backoff delay (doubles each attempt); default 500 ms. */
  readonly retryDelayMs?: number;
}

/** What the engines need from outside, injectable for tests. */
export interface TransferDeps {
  readonly log: Logger;
  /** Monotonic milliseconds (e.g. `performance.now`). */
  readonly now: () => number;
  /** Called with every progress update, for a caller that draws its own progress. */
  readonly onProgress?: (snapshot: ProgressSnapshot) => void;
  /** Least time between two progress lines in the log; default 5 s. */
  readonly progressIntervalMs?: number;
  /**
   * Called once per file as soon as it is settled, with its index in the
   * batch: lets a caller record progress that must survive a crash (sync's
   * state checkpoints) without waiting for the whole batch.
   */
  readonly onFileDone?: (result: FileResult, index: number) => void;
}

/** Totals of a report, for outputs and summaries. */
export function countResults(report: TransferReport): Record<FileStatus, number> {
  const counts: Record<FileStatus, number> = { transferred: 0, skipped: 0, failed: 0 };
  for (const file of report.files) counts[file.status] += 1;
  return counts;
}
