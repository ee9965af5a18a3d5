/**
 * Walks the local directory: every file and directory the filter lets in,
 * with size and modification time, and (when asked) content hashes.
 * Hashing starts as soon as a file is found and runs with bounded
 * concurrency, so it overlaps both the walk and, since the caller starts the
 * scan before it talks to the server, the network work: in CI every checkout
 * gives files new times, so a push has to hash everything and must not wait
 * for the server to do it.
 */
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import pLimit from 'p-limit';
import prettyBytes from 'pretty-bytes';
import type { Logger } from '../logger.js';
import { isTemporaryName } from '../transfer/temp-name.js';
import { SyncError } from './errors.js';
import { hashFile } from './hash-file.js';
import type { PathFilter } from './patterns.js';
import type { HashAlgorithm, TreeEntry } from './types.js';

/** How `scanLocalTree` walks. */
export interface LocalScanOptions {
  /** Absolute local directory. */
  readonly root: string;
  readonly filter: PathFilter;
  /** Hash every file with these (none: no hashing). */
  readonly hash: readonly HashAlgorithm[];
  /** Files hashed at once; reading more in parallel than the disk serves only costs memory. */
  readonly hashConcurrency: number;
  /** A missing root is an error (the source of a push); otherwise it is an empty tree (the target of a pull). */
  readonly mustExist: boolean;
  readonly log: Logger;
}

/** What the walk found. */
export interface LocalScan {
  readonly tree: Map<string, TreeEntry>;
  /** Temporary files of interrupted downloads (see `temporaryName`), relative paths. */
  readonly leftovers: readonly string[];
  /** False when the root did not exist. */
  readonly exists: boolean;
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** Directory listings and stats at once: enough to keep the disk busy without running out of file descriptors. */
const statConcurrency = 64;

async function checkRoot(options: LocalScanOptions): Promise<boolean> {
  try {
    const found = await lstat(options.root);
    if (found.isDirectory()) return true;
    throw new SyncError(`The local directory "${options.root}" is not a directory`, { hint: 'Check the local-dir input.' });
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
    if (!options.mustExist) return false;
    throw new SyncError(`The local directory "${options.root}" does not exist`, {
      hint: 'Check the local-dir input, and that the build step before this one wrote its output there. Nothing was changed on the server.',
    });
  }
}

/** Walks `options.root`; paths in the result are relative and '/'-separated. */
export async function scanLocalTree(options: LocalScanOptions): Promise<LocalScan> {
  const started = performance.now();
  const tree = new Map<string, TreeEntry>();
  const leftovers: string[] = [];
  if (!(await checkRoot(options))) return { tree, leftovers, exists: false };

  const io = pLimit(statConcurrency);
  const hashing = pLimit(Math.max(1, options.hashConcurrency));
  let links = 0;
  let hashedBytes = 0;

  const addFile = async (path: string): Promise<void> => {
    const facts = await io(() => lstat(join(options.root, path)));
    const hashes = options.hash.length === 0 ? {} : await hashing(() => hashFile(join(options.root, path), options.hash, facts.size));
    hashedBytes += options.hash.length === 0 ? 0 : facts.size;
    tree.set(path, { kind: 'file', path, size: facts.size, mtimeMs: facts.mtimeMs, hashes });
  };

  const walk = async (dir: string): Promise<void> => {
    const entries = await io(() => readdir(dir === '' ? options.root : join(options.root, dir), { withFileTypes: true }));
    const work: Promise<void>[] = [];
    for (const entry of entries) {
      const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
      if (entry.isSymbolicLink()) {
        // Not followed: a link can lead outside local-dir or round in a loop, and
        // what it points to is not what a server would store under its name.
        links += 1;
        options.log.verbose(`Skipping the symbolic link ${path}`);
      } else if (entry.isDirectory()) {
        if (options.filter.excludes(path, true)) continue;
        tree.set(path, { kind: 'directory', path });
        work.push(walk(path));
      } else if (entry.isFile()) {
        if (isTemporaryName(entry.name)) leftovers.push(path);
        else if (!options.filter.excludes(path, false)) work.push(addFile(path));
      }
    }
    await Promise.all(work);
  };

  await walk('');
  if (links > 0) options.log.info(`Skipped ${links} symbolic links in ${options.root} (links are not followed)`);
  const files = [...tree.values()].filter((entry) => entry.kind === 'file').length;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  options.log.info(
    options.hash.length === 0
      ? `Found ${files} local files in ${seconds} s`
      : `Found and hashed ${files} local files (${prettyBytes(hashedBytes)}) in ${seconds} s`,
  );
  return { tree, leftovers, exists: true };
}

/**
 * Adds the `algorithm` digest to the given files of a scanned tree, for a
 * server whose hash command speaks another algorithm than the scan used.
 * Only the files that need it are read again.
 */
export async function addLocalHashes(
  root: string,
  tree: Map<string, TreeEntry>,
  paths: Iterable<string>,
  algorithm: HashAlgorithm,
  concurrency: number,
): Promise<void> {
  const hashing = pLimit(Math.max(1, concurrency));
  await Promise.all(
    [...paths].map((path) =>
      hashing(async () => {
        const entry = tree.get(path);
        if (entry?.kind !== 'file' || entry.hashes[algorithm] !== undefined) return;
        const digest = (await hashFile(join(root, path), [algorithm], entry.size))[algorithm];
        tree.set(path, { ...entry, hashes: { ...entry.hashes, [algorithm]: digest } });
      }),
    ),
  );
}
