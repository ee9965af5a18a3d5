/**
 * Progress of a batch of transfers, fed by the engines: a log line at most
 * every few seconds (files, bytes, rate, time left) so a long deploy shows
 * life without flooding the log, and one line per file at `verbose`.
 * Byte counts come from basic-ftp's per-transfer progress events, so a single
 * large file moves the numbers too. pretty-bytes and pretty-ms format the
 * numbers: small, well-kept, and they get units and rounding right.
 */
import prettyBytes from 'pretty-bytes';
import prettyMilliseconds from 'pretty-ms';
import type { Logger } from '../logger.js';
import type { FileResult } from './types.js';

/** Where a batch stands. */
export interface ProgressSnapshot {
  readonly filesDone: number;
  readonly filesTotal: number;
  readonly bytesDone: number;
  /** 0 when sizes are not known up front. */
  readonly bytesTotal: number;
  readonly elapsedMs: number;
  readonly bytesPerSecond: number;
  /** Estimated time left; undefined until something is done. */
  readonly remainingMs: number | undefined;
}

/** What a `TransferProgress` counts and where it reports. */
export interface ProgressOptions {
  /** The past-tense verb for per-file and closing lines: "Uploaded", "Downloaded". */
  readonly verb: string;
  readonly filesTotal: number;
  readonly bytesTotal: number;
  readonly log: Logger;
  /** Monotonic milliseconds. */
  readonly now: () => number;
  /** Least time between two progress lines; default 5 s. */
  readonly intervalMs?: number;
  readonly onProgress?: (snapshot: ProgressSnapshot) => void;
}

/** Tracks files and bytes of one batch and reports them. */
export class TransferProgress {
  private readonly started: number;
  private lastLogged: number;
  private filesDone = 0;
  private settledBytes = 0;
  private readonly counts: Record<FileResult['status'], number> = { transferred: 0, skipped: 0, failed: 0 };
  private transferredBytes = 0;
  private readonly inFlight = new Map<string, number>();

  constructor(private readonly options: ProgressOptions) {
    this.started = options.now();
    this.lastLogged = this.started;
  }

  /** `bytes` moved so far for the file `key` in its current attempt (a running count, not a delta). */
  update(key: string, bytes: number): void {
    this.inFlight.set(key, bytes);
    this.report();
  }

  /**
   * The file `key` is done, whatever the outcome. `plannedBytes` is its size
   * as counted in `bytesTotal`, so skipped and failed files still move the
   * bar to the end.
   */
  finish(key: string, label: string, result: FileResult, plannedBytes: number): void {
    this.inFlight.delete(key);
    this.filesDone += 1;
    this.settledBytes += Math.max(plannedBytes, result.bytes);
    this.counts[result.status] += 1;
    if (result.status === 'transferred') this.transferredBytes += result.bytes;
    const { log } = this.options;
    if (result.status === 'transferred') log.verbose(`${this.options.verb} ${label} (${prettyBytes(result.bytes)})`);
    else if (result.status === 'skipped') log.verbose(`Skipped ${label}: ${result.reason ?? ''}`);
    // Failures are shown without verbose: they decide the outcome. Not as
    // warnings: one per file would flood the annotations; the summary lists them.
    else log.info(`Failed ${label}: ${result.reason ?? ''}`);
    this.report();
  }

  /** The numbers now. */
  snapshot(): ProgressSnapshot {
    const { filesTotal, bytesTotal } = this.options;
    const elapsedMs = Math.max(0, this.options.now() - this.started);
    let bytesDone = this.settledBytes;
    for (const bytes of this.inFlight.values()) bytesDone += bytes;
    const bytesPerSecond = elapsedMs > 0 ? (bytesDone * 1000) / elapsedMs : 0;
    let remainingMs: number | undefined;
    if (bytesTotal > 0 && bytesPerSecond > 0) remainingMs = (Math.max(0, bytesTotal - bytesDone) * 1000) / bytesPerSecond;
    else if (bytesTotal === 0 && this.filesDone > 0) remainingMs = (elapsedMs / this.filesDone) * (filesTotal - this.filesDone);
    return { filesDone: this.filesDone, filesTotal, bytesDone, bytesTotal, elapsedMs, bytesPerSecond, remainingMs };
  }

  /** Logs the closing line ("Uploaded 498 of 500 files (1.2 MB) in 3s; 1 skipped, 1 failed") and returns the final numbers. */
  complete(): ProgressSnapshot {
    const snapshot = this.snapshot();
    const { transferred, skipped, failed } = this.counts;
    const others = [skipped > 0 ? `${skipped} skipped` : '', failed > 0 ? `${failed} failed` : ''].filter((part) => part !== '');
    this.options.log.info(
      `${this.options.verb} ${transferred} of ${snapshot.filesTotal} files (${prettyBytes(this.transferredBytes)}) in ${prettyMilliseconds(snapshot.elapsedMs)}` +
        (others.length > 0 ? `; ${others.join(', ')}` : ''),
    );
    return snapshot;
  }

  private report(): void {
    const snapshot = this.snapshot();
    this.options.onProgress?.(snapshot);
    const now = this.options.now();
    if (now - this.lastLogged < (this.options.intervalMs ?? 5000)) return;
    this.lastLogged = now;
    this.options.log.info(describeProgress(snapshot));
  }
}

/** "Progress: 120/500 files, 3.4 MB of 10 MB (34%), 1.2 MB/s, about 6s left" (files done, whatever their outcome). */
export function describeProgress(snapshot: ProgressSnapshot): string {
  const parts = [`Progress: ${snapshot.filesDone}/${snapshot.filesTotal} files`];
  if (snapshot.bytesTotal > 0) {
    const percent = Math.min(100, Math.floor((snapshot.bytesDone / snapshot.bytesTotal) * 100));
    parts.push(`${prettyBytes(snapshot.bytesDone)} of ${prettyBytes(snapshot.bytesTotal)} (${percent}%)`);
  } else {
    parts.push(prettyBytes(snapshot.bytesDone));
  }
  parts.push(`${prettyBytes(snapshot.bytesPerSecond)}/s`);
  if (snapshot.remainingMs !== undefined) parts.push(`about ${prettyMilliseconds(snapshot.remainingMs, { secondsDecimalDigits: 0 })} left`);
  return parts.join(', ');
}
