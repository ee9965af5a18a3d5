/**
 * The remote side of a sync: the tree under remote-dir, listed directory by
 * directory in parallel over the pool (see `listRemoteTree`), filtered like
 * the local side, with leftovers of interrupted uploads set apart. And the
 * facts a listing may lack, asked per file and only for the files whose
 * comparison needs them: MDTM where LIST gave no usable time.
 */
import { RemotePathError } from '../errors.js';
import type { ClientPool } from '../ftp/client-port.js';
import { listRemoteTree } from '../ftp/list-remote.js';
import { findRemoteKinds } from '../ftp/remote-kind.js';
import { joinRemote, remoteBasename } from '../ftp/remote-path.js';
import { remoteModifiedAt } from '../ftp/remote-stat.js';
import type { Logger } from '../logger.js';
import { isTemporaryName } from '../transfer/temp-name.js';
import type { PathFilter } from './patterns.js';
import type { TreeEntry } from './types.js';

/** How `scanRemoteTree` lists. */
export interface RemoteScanOptions {
  readonly filter: PathFilter;
  /** A missing remote-dir is an error (the source of a pull); otherwise an empty tree (the target of a first push). */
  readonly mustExist: boolean;
  readonly log: Logger;
}

/** What the listing found. */
export interface RemoteScan {
  readonly tree: Map<string, TreeEntry>;
  /** Temporary files of interrupted uploads, relative paths. */
  readonly leftovers: readonly string[];
  /** False when remote-dir did not exist. */
  readonly exists: boolean;
  /** True when the listing gave modification times (MLSD). */
  readonly hasTimes: boolean;
}

/** Lists `remoteDir` (absolute) recursively. */
export async function scanRemoteTree(pool: ClientPool, remoteDir: string, options: RemoteScanOptions): Promise<RemoteScan> {
  const started = performance.now();
  let listing;
  try {
    listing = await listRemoteTree(pool, remoteDir, { recursive: true, log: options.log });
  } catch (error) {
    if (options.mustExist || !(error instanceof RemotePathError)) throw error;
    // The error may be about a name deep in the tree: only a missing root means "empty".
    const kind = (await pool.run(`checking ${remoteDir}`, (client) => findRemoteKinds(client, [remoteDir]))).get(remoteDir);
    if (kind !== 'missing') throw error;
    options.log.info(`The remote directory ${remoteDir} does not exist yet`);
    return { tree: new Map(), leftovers: [], exists: false, hasTimes: false };
  }

  const tree = new Map<string, TreeEntry>();
  const leftovers: string[] = [];
  let hasTimes = false;
  let links = 0;
  for (const entry of listing) {
    if (entry.type === 'symlink') {
      links += 1;
      options.log.verbose(`Skipping the remote symbolic link ${joinRemote(remoteDir, entry.path)}`);
      continue;
    }
    const isDirectory = entry.type === 'directory';
    if (!isDirectory && isTemporaryName(remoteBasename(entry.path))) {
      leftovers.push(entry.path);
      continue;
    }
    if (options.filter.excludes(entry.path, isDirectory)) continue;
    if (isDirectory) {
      tree.set(entry.path, { kind: 'directory', path: entry.path });
      continue;
    }
    if (entry.modifiedAt !== undefined) hasTimes = true;
    tree.set(entry.path, { kind: 'file', path: entry.path, size: entry.size, mtimeMs: entry.modifiedAt?.getTime(), hashes: {} });
  }
  if (links > 0) options.log.info(`Skipped ${links} remote symbolic links (links are not followed)`);
  const files = [...tree.values()].filter((entry) => entry.kind === 'file').length;
  options.log.info(`Listed ${files} remote files in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { tree, leftovers, exists: true, hasTimes };
}

/**
 * Fills in modification times with MDTM for `paths` (relative to
 * `remoteDir`), one command each over the pool, where the listing (LIST)
 * gave none. Files the server will not date keep no time.
 */
export async function addRemoteTimes(
  pool: ClientPool,
  remoteDir: string,
  tree: Map<string, TreeEntry>,
  paths: readonly string[],
): Promise<void> {
  await Promise.all(
    paths.map(async (path) => {
      const entry = tree.get(path);
      if (entry?.kind !== 'file') return;
      const absolute = joinRemote(remoteDir, path);
      const time = await pool.run(`MDTM of ${absolute}`, (client) => remoteModifiedAt(client, absolute));
      if (time !== undefined) tree.set(path, { ...entry, mtimeMs: time.getTime() });
    }),
  );
}
