/**
 * Lists a remote directory tree over the pool: each directory is one pool
 * task (MLSD where FEAT offers MLST, else LIST), with an absolute path and no
 * CWD, so sibling directories are listed in parallel on different
 * connections. Every name is checked before it becomes part of a path.
 */
import { FileType, FTPError, type FileInfo } from 'basic-ftp';
import { RemotePathError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { ClientPool, FtpClient } from './client-port.js';
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
 * Lists one absolute directory on `client`. An empty answer or a refusal is
 * checked against the parent (see remote-kind.ts), because "226 and nothing"
 * is how some servers answer LIST of a directory that does not exist: that
 * becomes a RemotePathError instead of an empty tree. `known.exists` skips
 * that check for a directory just seen in its parent's listing.
 */
export async function listRemoteDirectory(client: FtpClient, dir: string, known: { readonly exists?: boolean } = {}): Promise<FileInfo[]> {
  if (!isAbsoluteRemote(dir)) {
    throw new RemotePathError(dir, `The remote directory "${dir}" must be an absolute path (starting with "/")`);
  }
  let listing: FileInfo[];
  try {
    listing = await client.list(dir);
  } catch (error) {
    if (!(error instanceof FTPError)) throw error;
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
 * Lists `remoteDir` (absolute), optionally recursively, sorted by path.
 * Throws RemotePathError when the directory does not exist, cannot be listed,
 * or the server lists a name that is not safe to use (see `checkSafeName`).
 */
export async function listRemoteTree(pool: ClientPool, remoteDir: string, options: ListRemoteOptions): Promise<RemoteEntry[]> {
  const base = normalizeRemote(remoteDir);
  const entries: RemoteEntry[] = [];

  const visit = async (relativeDir: string): Promise<void> => {
    const dir = relativeDir === '' ? base : joinRemote(base, relativeDir);
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
      if (type === 'directory' && options.recursive) subdirs.push(path);
    }
    // The pool bounds the parallelism; waiting here only orders completion.
    await Promise.all(subdirs.map(visit));
  };

  await visit('');
  return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
