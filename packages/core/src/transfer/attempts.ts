/**
 * Attempts of one file: a pool task per attempt, transient failures retried
 * with backoff on a fresh connection, everything else handed back as that
 * file's failure. A connection that cannot be had at all (server down, login
 * refused) is not one file's problem: it stops the whole batch, once,
 * instead of failing thousands of files with the same reason.
 */
import { TransferError } from '../errors.js';
import type { ClientPool, FtpClient } from '../ftp/client-port.js';
import { isTransient } from '../ftp/failure.js';
import { withRetry } from '../ftp/retry.js';
import type { Logger } from '../logger.js';

/** A file that was found incomplete after a resumed transfer; the next attempt starts over. */
export class IncompleteTransferError extends TransferError {}

/** Shared by the files of one batch: the first failure that stops them all. */
export interface BatchState {
  fatal: unknown;
}

/** The pool could not lend a connection; carries the pool's error. */
class ConnectionUnavailable extends Error {
  constructor(readonly reason: unknown) {
    super(reason instanceof Error ? reason.message : String(reason));
  }
}

/** Thrown to files that had not started when the batch was stopped. */
class BatchStopped extends Error {}

/** True when another attempt may succeed. */
export function isRetryable(error: unknown): boolean {
  return error instanceof IncompleteTransferError || isTransient(error);
}

/** Retry settings and the words for the log, for one file. */
export interface AttemptSettings {
  readonly retries: number;
  readonly retryDelayMs?: number;
  readonly log: Logger;
  /** "upload of /site/a.txt", for retry warnings. */
  readonly description: string;
}

/**
 * Runs `task` for one file until it succeeds, fails for good, or runs out of
 * retries; `attempt` counts from 1. Throws the file's last error, or the
 * batch's fatal error (also recorded in `batch`) when no connection could be had.
 */
export async function attemptFile<T>(
  pool: ClientPool,
  batch: BatchState,
  settings: AttemptSettings,
  task: (client: FtpClient, attempt: number) => Promise<T>,
): Promise<T> {
  try {
    return await withRetry(
      async (attempt) => {
        if (batch.fatal !== undefined) throw new BatchStopped();
        let lent = false;
        try {
          return await pool.use(async (client) => {
            lent = true;
            try {
              return await task(client, attempt);
            } catch (error) {
              // A connection that just failed a transfer may still owe a late
              // reply or hold a half-open data connection: retry on a fresh one.
              if (isRetryable(error) && !client.closed) client.close();
              throw error;
            }
          });
        } catch (error) {
          if (!lent) throw new ConnectionUnavailable(error);
          throw error;
        }
      },
      {
        retries: settings.retries,
        log: settings.log,
        description: settings.description,
        shouldRetry: (error) => (error instanceof ConnectionUnavailable ? isTransient(error.reason) : isRetryable(error)),
        ...(settings.retryDelayMs === undefined ? {} : { minDelayMs: settings.retryDelayMs }),
      },
    );
  } catch (error) {
    if (error instanceof ConnectionUnavailable) {
      batch.fatal ??= error.reason;
      throw batch.fatal;
    }
    if (error instanceof BatchStopped) throw batch.fatal;
    throw error;
  }
}

/** True when `error` is the batch's fatal error rather than one file's. */
export function isBatchFailure(batch: BatchState, error: unknown): boolean {
  return batch.fatal !== undefined && error === batch.fatal;
}

/**
 * Most files in flight at once. The pool runs at most 32 transfers; twice
 * that keeps it busy, while memory grows with what is in flight rather than
 * with the batch: 20,000 files started at once, each waiting for a
 * connection, took an upload to 357 MiB.
 */
export const maxFilesInFlight = 64;

/**
 * Runs every file, in order, at most `limit` at a time, and returns their
 * results in order. Each `run` turns its own failures into a result; only
 * the batch's fatal error escapes, and it is thrown once every started file
 * has settled (so no task still holds a connection when the caller closes
 * the pool). Files not started by then are not started at all.
 */
export async function settleAll<T>(count: number, run: (index: number) => Promise<T>, limit = maxFilesInFlight): Promise<T[]> {
  const results = new Array<T>(count);
  let next = 0;
  let failure: { readonly reason: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < count) {
      const index = next;
      next += 1;
      try {
        results[index] = await run(index);
      } catch (error) {
        failure ??= { reason: error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
  if (failure !== undefined) throw failure.reason;
  return results;
}
