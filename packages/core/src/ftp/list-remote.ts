/**
 * Lists a remote directory tree over the pool: each directory is one pool
 * task (MLSD where FEAT offers MLST, else LIST), with an absolute path and no
 * CWD, so sibling directories are listed in parallel on different
 * connections. Every name is checked before it becomes part of a path.
 */
import { FileType, FTPError, parseList, type FileInfo } from 'basic-ftp';
import { ConnectionError, RemotePathError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { ClientPool, FtpClient } from './client-port.js';
import { lastListing, ListingTooLargeError, maxListingBytes, UnterminatedListingError } from './listing-watch.js';
import { describeError, replyCode } from './reply.js';
import { findRemoteKinds } from './remote-kind.js';
import { checkSafeName, isAbsoluteRemote, joinRemote, normalizeRemote } from './remote-path.js';

/** One entry of a remote tree. */
export interface RemoteEntry {
  /** Relative to the listed directory, '/'-separated. */
  readonly path: string;
  readonly size: number;
  /** Only when the server gave a reliable time (MLSD); LIST times are not parsed. */
  readonly modifiedAt?: Date;
  readonly type: 'file' | 'directory' | 'symlink';
}

/** How `listRemoteTree` walks the tree. */
export interface ListRemoteOptions {
  /** Descend into subdirectories (symbolic links are listed, never followed). */
  readonly recursive: boolean;
  readonly log: Logger;
}

function missingDirectory(dir: string, kind: 'missing' | 'file'): RemotePathError {
  const what = kind === 'file' ? 'is a file, not a directory' : 'does not exist';
  // No `cause`: the listing's reply (often 450/451) would make this look transient.
  return new RemotePathError(dir, `The remote directory "${dir}" ${what}`, {
    hint: 'Check the remote directory input (remote paths are case-sensitive on most servers).',
  });
}

/**
 * A listing whose data connection ended early. 426 is what a server
 * answers when a data connection closes mid-transfer; this is the same
 * failure seen from our side, and like 426 it is worth another attempt.
 */
export class ListingCutError extends ConnectionError {
  constructor(dir: string) {
    super(`The listing of "${dir}" ended in the middle of a line: its data connection was cut short`, { code: 426 });
  }
}

/**
 * Refuses a listing the server says it cut short (pure-ftpd: "226 Output
 * truncated to 10000 matches"): trusting it would silently leave files out.
 */
function checkNotTruncated(client: FtpClient, dir: string): void {
  const reply = lastListing(client)?.reply ?? '';
  if (!/truncat/i.test(reply)) return;
  throw new RemotePathError(dir, `The server cut the listing of "${dir}" short: it answered "${reply.split('\n').pop() ?? reply}"`, {
    hint: "Nothing was transferred from an incomplete listing. Split the directory into smaller ones, or raise the server's limit (pure-ftpd: --limitrecursion).",
  });
}

/**
 * `client.list(dir)`, checked for completeness. A listing ending mid-line
 * is fetched once more: a second, complete one replaces it; the very same
 * text again is how this server ends listings, and is used; anything else
 * was cut, and ListingCutError lets the caller's retries fetch it afresh.
 */
async function listComplete(client: FtpClient, dir: string): Promise<FileInfo[]> {
  let first: string;
  try {
    return checked(client, dir, await client.list(dir));
  } catch (error) {
    if (!(error instanceof UnterminatedListingError)) throw error;
    first = error.raw;
  }
  try {
    return checked(client, dir, await client.list(dir));
  } catch (error) {
    if (!(error instanceof UnterminatedListingError)) throw error;
    if (error.raw !== first) throw new ListingCutError(dir);
    return checked(client, dir, parseList(error.raw));
  }
}

function checked(client: FtpClient, dir: string, listing: FileInfo[]): FileInfo[] {
  checkNotTruncated(client, dir);
  return listing;
}

/** basic-ftp's listing buffer overflowed: the transfer was abandoned and the client may still owe replies. */
function isListingOverflow(error: unknown): boolean {
  return error instanceof Error && !(error instanceof FTPError) && /StringWriter: Maximum bytes exceeded/.test(error.message);
}

/**
 * 425/426: the data connection could not be opened or broke. That says
 * nothing about the directory, so it is not checked against the parent (which
 * would fail the same way); it stays transient, with the likely causes.
 */
function dataConnectionFailed(dir: string, error: FTPError): ConnectionError {
  return new ConnectionError(`The server could not open a data connection to list "${dir}": ${describeError(error)}`, {
    code: error.code,
    cause: error,
    hint: "With data-mode: active the server must reach the runner at the announced address (check active-address, firewalls and NAT); in passive mode a firewall may block the server's passive ports.",
  });
}

function listingTooLarge(dir: string, what: string): RemotePathError {
  return new RemotePathError(dir, `The listing of "${dir}" has ${what}, more than this action will hold in memory`, {
    hint: 'Nothing was transferred. Split the directory into smaller ones; a listing this large is usually a mistake or a misbehaving server.',
  });
}

/**
 * Lists one absolute directory on `client`. An empty answer or a refusal is
 * checked against the parent (see remote-kind.ts), because "226 and nothing"
 * is how some servers answer LIST of a directory that does not exist: that
 * becomes a RemotePathError instead of an empty tree. `known.exists` skips
 * that check for a directory just seen in its parent's listing. A listing
 * the server cut short, or one too large to hold, is refused (see `listComplete`).
 */
export async function listRemoteDirectory(client: FtpClient, dir: string, known: { readonly exists?: boolean } = {}): Promise<FileInfo[]> {
  if (!isAbsoluteRemote(dir)) {
    throw new RemotePathError(dir, `The remote directory "${dir}" must be an absolute path (starting with "/")`);
  }
  let listing: FileInfo[];
  try {
    listing = await listComplete(client, dir);
  } catch (error) {
    if (isListingOverflow(error)) {
      client.close();
      throw listingTooLarge(dir, `more than ${maxListingBytes / 1024 / 1024} MiB of text`);
    }
    if (error instanceof ListingTooLargeError) throw listingTooLarge(dir, error.message);
    if (!(error instanceof FTPError)) throw error;
    if (error.code === 425 || error.code === 426) throw dataConnectionFailed(dir, error);
    const kind = (await findRemoteKinds(client, [dir])).get(dir) ?? 'missing';
    if (kind !== 'directory') throw missingDirectory(dir, kind);
    throw new RemotePathError(dir, `Listing the remote directory "${dir}" failed: ${describeError(error)}`, {
      code: replyCode(error),
      cause: error,
      hint: 'Check that this user may list the directory.',
    });
  }
  if (listing.length === 0 && dir !== '/' && known.exists !== true) {
    const kind = (await findRemoteKinds(client, [dir])).get(dir) ?? 'missing';
    if (kind !== 'directory') throw missingDirectory(dir, kind);
  }
  return listing;
}

function entryType(info: FileInfo): RemoteEntry['type'] | undefined {
  switch (info.type) {
    case FileType.File:
      return 'file';
    case FileType.Directory:
      return 'directory';
    case FileType.SymbolicLink:
      return 'symlink';
    default:
      return undefined;
  }
}

/**
 * Bounds on a whole tree, against a server that lists without end: a tree
 * deeper than any real site (a directory that contains itself, or a server
 * inventing one more level per listing) or wider than memory allows.
 */
export const maxTreeDepth = 100;
export const maxTreeEntries = 250_000;

function treeTooLarge(base: string, what: string): RemotePathError {
  return new RemotePathError(base, `The remote tree "${base}" ${what}; refusing to walk it further`, {
    hint: 'Nothing was transferred. Choose a smaller remote directory, or recursive: false; a tree this large is usually a loop or a misbehaving server.',
  });
}

/**
 * Lists `remoteDir` (absolute), optionally recursively, sorted by path.
 * Throws RemotePathError when the directory does not exist, cannot be listed,
 * the server lists a name that is not safe to use (see `checkSafeName`), or
 * the tree is deeper or larger than `maxTreeDepth` and `maxTreeEntries`.
 */
export async function listRemoteTree(pool: ClientPool, remoteDir: string, options: ListRemoteOptions): Promise<RemoteEntry[]> {
  const base = normalizeRemote(remoteDir);
  const entries: RemoteEntry[] = [];

  const visit = async (relativeDir: string): Promise<void> => {
    const dir = relativeDir === '' ? base : joinRemote(base, relativeDir);
    if (relativeDir.split('/').length > maxTreeDepth) throw treeTooLarge(base, `is more than ${maxTreeDepth} directories deep`);
    // Subdirectories were just listed by their parent: empty means empty.
    const known = { exists: relativeDir !== '' };
    const listing = await pool.run(`listing of ${dir}`, (client) => listRemoteDirectory(client, dir, known));
    options.log.debug(`Listed ${dir}: ${listing.length} entries`);
    const subdirs: string[] = [];
    for (const info of listing) {
      checkSafeName(info.name, dir);
      const type = entryType(info);
      const path = relativeDir === '' ? info.name : `${relativeDir}/${info.name}`;
      if (type === undefined) {
        options.log.verbose(`Skipping ${joinRemote(dir, info.name)}: neither a file, a directory nor a symbolic link`);
        continue;
      }
      entries.push({ path, size: info.size, type, ...(info.modifiedAt === undefined ? {} : { modifiedAt: info.modifiedAt }) });
      if (entries.length > maxTreeEntries) throw treeTooLarge(base, `has more than ${maxTreeEntries} entries`);
      if (type === 'directory' && options.recursive) subdirs.push(path);
    }
    // The pool bounds the parallelism; waiting here only orders completion.
    await Promise.all(subdirs.map(visit));
  };

  await visit('');
  return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
