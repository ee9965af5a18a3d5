/**
 * One attempt at downloading one file, on a client the pool lent us: RETR
 * into a temporary file beside the target (atomic) or into the target
 * itself, streamed, never held in memory. A retry continues from what the
 * earlier attempt wrote, with REST, where the server allows it.
 */
import { constants, open } from 'node:fs';
import { rename, stat, utimes } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { FTPError } from 'basic-ftp';
import { FtpActionError, TransferError } from '../errors.js';
import type { FtpClient } from '../ftp/client-port.js';
import { describeError, replyCode } from '../ftp/reply.js';
import { remoteModifiedAt, remoteSize } from '../ftp/remote-stat.js';
import { IncompleteTransferError } from './attempts.js';
import { LocalFileWriter } from './download-writer.js';
import { isDownloadDifferent, type LocalFacts } from './overwrite.js';

/** A remote file to download. */
export interface DownloadItem {
  /** Absolute remote path. */
  readonly remotePath: string;
  /** Destination, relative to the local directory (or absolute inside it). */
  readonly localPath: string;
  /** From the listing, when known. */
  readonly size?: number;
  /** From the listing (MLSD), when known. */
  readonly modifiedAt?: Date;
}

/** How a local file is opened: `create` must be new, `truncate` empties it, `append` continues it. */
export type LocalOpenMode = 'create' | 'truncate' | 'append';

/** Opens a local file for writing; injectable so tests can fill the disk. */
export type OpenLocalFile = (path: string, mode: LocalOpenMode) => Promise<Writable>;

// O_NOFOLLOW: a symbolic link slipped in at the destination after our check
// makes the open fail instead of writing through it. (Absent on Windows.)
const noFollow = constants.O_NOFOLLOW ?? 0;
const openFlags: Record<LocalOpenMode, number> = {
  create: constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | noFollow,
  truncate: constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | noFollow,
  append: constants.O_WRONLY | constants.O_APPEND | noFollow,
};

function openDescriptor(path: string, mode: LocalOpenMode): Promise<number> {
  return new Promise((resolve, reject) => {
    open(path, openFlags[mode], 0o666, (error, fd) => (error ? reject(error) : resolve(fd)));
  });
}

/** An `OpenLocalFile`: a file stream that closes its descriptor when done or failed (see download-writer.ts). */
export async function openLocalFile(path: string, mode: LocalOpenMode): Promise<Writable> {
  return new LocalFileWriter(await openDescriptor(path, mode));
}

/** What stays the same across the attempts of one file. */
export interface DownloadPlan {
  readonly item: DownloadItem;
  /** Normalized absolute remote path. */
  readonly remotePath: string;
  /** Checked absolute local destination. */
  readonly target: string;
  /** Where the data goes first when atomic; undefined writes in place. */
  readonly tempPath: string | undefined;
  /** The local file as it was before we started, when `if-different` must compare it with the server. */
  compareWith: LocalFacts | undefined;
  /** True once an attempt of this run has opened the destination: from then on its length is ours to resume from. */
  written: boolean;
  /** Set when a resumed download came out wrong: the next attempt starts from byte 0. */
  restartFromZero: boolean;
  /** MDTM asked already (if-different), reused for preserve-mtime. */
  remoteTime: Date | undefined;
}

/** What an attempt needs besides the client and the plan. */
export interface DownloadAttemptContext {
  readonly preserveMtime: boolean;
  readonly openFile: OpenLocalFile;
  /** Bytes of the file written so far (resumed bytes included). */
  readonly onBytes: (bytes: number) => void;
  /** Called when the server gives no time for a file; the caller warns once. */
  readonly onNoRemoteTime: (path: string) => void;
}

/** How an attempt ended when it did not throw. */
export type DownloadOutcome =
  { readonly status: 'transferred'; readonly bytes: number } | { readonly status: 'skipped'; readonly reason: string };

/** REST not understood: the transfer has to start at byte 0. */
const restUnsupported = new Set([500, 501, 502, 504]);

function whenClosed(stream: Writable): Promise<void> {
  if (stream.closed) return Promise.resolve();
  // Not events.once: it would reject on an 'error' the transfer already handled.
  return new Promise((resolve) => stream.once('close', () => resolve()));
}

async function localSize(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return 0;
    throw error;
  }
}

function wrap(path: string, error: unknown): unknown {
  if (error instanceof FtpActionError) return error;
  const what = error instanceof FTPError ? 'RETR failed' : 'Download failed';
  return new TransferError(path, `${what}: ${describeError(error)}`, { code: replyCode(error), cause: error });
}

/** Streams the remote file into `destination` from `offset`; waits until the local file is closed. */
async function receive(
  client: FtpClient,
  plan: DownloadPlan,
  destination: string,
  offset: number,
  context: DownloadAttemptContext,
): Promise<void> {
  const mode: LocalOpenMode = offset > 0 ? 'append' : plan.written || plan.tempPath === undefined ? 'truncate' : 'create';
  const stream = await context.openFile(destination, mode);
  plan.written = true;
  client.trackProgress((info) => context.onBytes(offset + info.bytes));
  try {
    await client.downloadTo(stream, plan.remotePath, offset);
    if (!stream.writableEnded) stream.end();
  } catch (error) {
    // Close the file before the caller reopens or removes it; what reached
    // the disk is what a resumed attempt continues from.
    stream.destroy();
    throw error;
  } finally {
    client.trackProgress();
    await whenClosed(stream);
  }
}

/** Decides `if-different` with the facts the listing did not give (SIZE, MDTM), asked only when needed. */
async function isUnchanged(client: FtpClient, plan: DownloadPlan, local: LocalFacts): Promise<boolean> {
  const size = plan.item.size ?? (await remoteSize(client, plan.remotePath));
  if (size === undefined || size !== local.size) return false;
  let time = plan.item.modifiedAt;
  if (time === undefined) {
    time = await remoteModifiedAt(client, plan.remotePath);
    plan.remoteTime = time;
  }
  return !isDownloadDifferent({ size, modifiedAt: time }, local);
}

/** Sets the local times from the listing, else from MDTM; a server without times is reported, not fatal. */
async function applyRemoteTime(client: FtpClient, plan: DownloadPlan, path: string, context: DownloadAttemptContext): Promise<void> {
  const time = plan.item.modifiedAt ?? plan.remoteTime ?? (await remoteModifiedAt(client, plan.remotePath));
  if (time === undefined) {
    context.onNoRemoteTime(plan.remotePath);
    return;
  }
  await utimes(path, time, time);
}

/** One attempt; skips (if-different, unchanged) or downloads and returns the file's size. */
export async function downloadAttempt(client: FtpClient, plan: DownloadPlan, context: DownloadAttemptContext): Promise<DownloadOutcome> {
  try {
    if (plan.compareWith !== undefined) {
      if (await isUnchanged(client, plan, plan.compareWith)) {
        return { status: 'skipped', reason: 'same size and not newer on the server (overwrite: if-different)' };
      }
      plan.compareWith = undefined;
    }
    const destination = plan.tempPath ?? plan.target;
    const offset = plan.written && !plan.restartFromZero ? await localSize(destination) : 0;
    plan.restartFromZero = false;
    try {
      await receive(client, plan, destination, offset, context);
    } catch (error) {
      // A server without REST: start over in this same attempt rather than spend a retry.
      if (!(offset > 0 && error instanceof FTPError && restUnsupported.has(error.code))) throw error;
      await receive(client, plan, destination, 0, context);
    }
    const bytes = await localSize(destination);
    if (offset > 0 && plan.item.size !== undefined && bytes !== plan.item.size) {
      plan.restartFromZero = true;
      throw new IncompleteTransferError(
        plan.remotePath,
        `The resumed download of "${plan.remotePath}" came to ${bytes} bytes instead of ${plan.item.size}; starting over`,
      );
    }
    if (context.preserveMtime) await applyRemoteTime(client, plan, destination, context);
    if (plan.tempPath !== undefined) await rename(plan.tempPath, plan.target);
    return { status: 'transferred', bytes };
  } catch (error) {
    throw wrap(plan.remotePath, error);
  }
}
