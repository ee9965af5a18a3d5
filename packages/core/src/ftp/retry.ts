/**
 * Retries with exponential backoff and jitter. p-retry does the timing (a
 * small, well-kept library; backoff maths is easy to get subtly wrong); this
 * file decides what is worth retrying and says so in the log.
 */
import pRetry from 'p-retry';
import type { Logger } from '../logger.js';
import { isTransient } from './failure.js';

export interface RetryOptions {
  /** Attempts after the first one. */
  readonly retries: number;
  readonly log: Logger;
  /** What is being tried, for the log: "upload of a/b.txt". */
  readonly description: string;
  /** First delay; doubles each time, with jitter. Tests pass a few ms. */
  readonly minDelayMs?: number;
  readonly maxDelayMs?: number;
  /** Which failures to retry; defaults to `isTransient`. */
  readonly shouldRetry?: (error: unknown) => boolean;
}

/** Runs `operation`, retrying transient failures; the last failure is thrown as it was. */
export async function withRetry<T>(operation: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const shouldRetry = options.shouldRetry ?? isTransient;
  return pRetry(operation, {
    retries: options.retries,
    factor: 2,
    minTimeout: options.minDelayMs ?? 500,
    maxTimeout: options.maxDelayMs ?? 10_000,
    randomize: true,
    // The backoff timer must hold the process open: when every connection
    // has just died, it is the only thing left, and an unref'd timer let
    // Node exit mid-action with code 13 ("unsettled top-level await") and
    // no error at all.
    shouldRetry: ({ error }) => shouldRetry(error),
    onFailedAttempt: ({ error, attemptNumber, retriesLeft }) => {
      if (retriesLeft > 0 && shouldRetry(error)) {
        options.log.warning(`${options.description} failed (attempt ${attemptNumber}): ${error.message}; retrying`);
      }
    },
  });
}
