/**
 * Whether an existing destination is replaced: pure decisions, so each rule
 * is table-tested without a server.
 */
import type { OverwriteMode } from '../settings/transfer.js';

/** A skip and the words the report gives for it, or undefined to transfer. */
export type SkipReason = string | undefined;

/** Facts about the remote file already at an upload's destination. */
export interface RemoteFacts {
  readonly size: number;
  readonly isDirectory: boolean;
}

/**
 * Upload: `never` keeps whatever is there; `if-different` replaces a file
 * whose size differs. Size only, as the action documents: the remote time is
 * the time of upload (or whatever MFMT set), and comparing it with the local
 * time across two clocks would re-send or, worse, skip files at random.
 */
export function decideUpload(mode: OverwriteMode, localSize: number, remote: RemoteFacts | undefined): SkipReason {
  if (mode === 'always' || remote === undefined) return undefined;
  if (mode === 'never') return 'it exists on the server (overwrite: never)';
  if (remote.isDirectory) return undefined;
  return remote.size === localSize ? 'same size on the server (overwrite: if-different)' : undefined;
}

/** Facts about a local file already at a download's destination. */
export interface LocalFacts {
  readonly size: number;
  readonly mtime: Date;
}

/** Times within this are the same: FTP keeps whole seconds. */
const timeToleranceMs = 1000;

/**
 * Download `if-different`: different when the sizes differ or the remote
 * file is newer than the local one (by more than FTP's one-second
 * resolution). "Newer" rather than "not equal": a file downloaded without
 * preserve-mtime carries the time of download, later than the server's, and
 * must not be fetched again on every run. An unknown remote time compares by
 * size alone.
 */
export function isDownloadDifferent(remote: { readonly size: number; readonly modifiedAt: Date | undefined }, local: LocalFacts): boolean {
  if (remote.size !== local.size) return true;
  if (remote.modifiedAt === undefined) return false;
  return remote.modifiedAt.getTime() - local.mtime.getTime() >= timeToleranceMs;
}
