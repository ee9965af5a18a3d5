/**
 * Creates remote directories once, up front, before any file is sent: level
 * by level (a directory's parent is always done first), each level in
 * parallel across the pool, MKD with absolute paths. No `ensureDir` per file:
 * it costs round trips per file, leaves the working directory changed, and
 * hides why a MKD failed.
 *
 * MKD of an existing directory is refused (550, 553 or 521 depending on the
 * server) just like MKD without permission, so refusals are recorded and
 * checked once at the end: only the deepest refused directories are looked
 * up (one that exists proves its parents do), grouped by parent so one
 * listing answers for all its siblings.
 */
import { FTPError } from 'basic-ftp';
import { RemotePathError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { ClientPool } from './client-port.js';
import { describeError, replyCode } from './reply.js';
import { findRemoteKinds, type RemoteKind } from './remote-kind.js';
import { compareParentsFirst, normalizeRemote, remoteDepth, remoteParent } from './remote-path.js';

/** What `createRemoteDirs` did with each directory. */
export interface CreateDirsResult {
  /** Made by this call (MKD answered 2xx). */
  readonly created: ReadonlySet<string>;
  /** Refused by MKD but there afterwards: they existed already. */
  readonly existing: ReadonlySet<string>;
  /** Not there afterwards, with the server's reply. */
  readonly failed: ReadonlyMap<string, RemotePathError>;
}

function ancestorsOf(dir: string): string[] {
  const result: string[] = [];
  for (let parent = remoteParent(dir); parent !== '/' && parent !== ''; parent = remoteParent(parent)) result.push(parent);
  return result;
}

function groupByDepth(dirs: readonly string[]): string[][] {
  const levels = new Map<number, string[]>();
  for (const dir of dirs) levels.set(remoteDepth(dir), [...(levels.get(remoteDepth(dir)) ?? []), dir]);
  return [...levels.entries()].sort(([a], [b]) => a - b).map(([, level]) => level);
}

/** Looks up `dirs` in parallel across the pool, one task per parent directory. */
async function lookUp(pool: ClientPool, dirs: readonly string[]): Promise<Map<string, RemoteKind>> {
  const byParent = new Map<string, string[]>();
  for (const dir of dirs) byParent.set(remoteParent(dir), [...(byParent.get(remoteParent(dir)) ?? []), dir]);
  const found = await Promise.all(
    [...byParent.entries()].map(([parent, children]) =>
      pool.run(`checking directories in ${parent}`, (client) => findRemoteKinds(client, children)),
    ),
  );
  return new Map(found.flatMap((kinds) => [...kinds]));
}

/**
 * Creates `dirs` (absolute; any order, duplicates allowed), parents before
 * children. Never throws for a refused MKD: the result says which
 * directories could not be made and why, so the caller can fail just the
 * files inside them. Connection failures (after the pool's retries) do throw.
 * `beforeMaking`, when given, is awaited before the first MKD (a sync makes
 * nothing before its lock is confirmed; see `PublishGate`).
 */
export async function createRemoteDirs(
  pool: ClientPool,
  dirs: readonly string[],
  log: Logger,
  beforeMaking?: () => Promise<void>,
): Promise<CreateDirsResult> {
  const wanted = [...new Set(dirs.map(normalizeRemote))].filter((dir) => dir !== '/' && dir !== '').sort(compareParentsFirst);
  if (wanted.length > 0) await beforeMaking?.();
  const created = new Set<string>();
  const refused = new Map<string, FTPError>();

  for (const level of groupByDepth(wanted)) {
    await Promise.all(
      level.map(async (dir) => {
        try {
          await pool.run(`creating ${dir}`, (client) => client.send(`MKD ${dir}`));
          created.add(dir);
          log.debug(`Created remote directory ${dir}`);
        } catch (error) {
          if (!(error instanceof FTPError)) throw error;
          refused.set(dir, error);
        }
      }),
    );
  }

  const confirmed = new Set<string>();
  const confirm = (dir: string): void => {
    confirmed.add(dir);
    for (const ancestor of ancestorsOf(dir)) confirmed.add(ancestor);
  };
  for (const dir of created) confirm(dir);

  const missing = new Set<string>();
  let unknown = [...refused.keys()].filter((dir) => !confirmed.has(dir));
  while (unknown.length > 0) {
    // Deepest first: if they exist, their ancestors do too and need no look-up.
    const pending = new Set(unknown);
    const hasPendingChild = new Set(unknown.flatMap(ancestorsOf));
    const leaves = unknown.filter((dir) => !hasPendingChild.has(dir));
    const kinds = await lookUp(pool, leaves);
    for (const leaf of leaves) {
      pending.delete(leaf);
      if (kinds.get(leaf) === 'directory') confirm(leaf);
      else missing.add(leaf);
    }
    unknown = [...pending].filter((dir) => !confirmed.has(dir));
  }

  const failed = new Map<string, RemotePathError>();
  for (const dir of [...missing].sort(compareParentsFirst)) {
    const reply = refused.get(dir);
    const failedAncestor = ancestorsOf(dir).find((ancestor) => missing.has(ancestor));
    const message =
      failedAncestor === undefined
        ? `Could not create the remote directory "${dir}": ${reply === undefined ? 'it is not there afterwards' : describeError(reply)}`
        : `Could not create the remote directory "${dir}" because its parent "${failedAncestor}" could not be created`;
    failed.set(
      dir,
      new RemotePathError(dir, message, { code: replyCode(reply), hint: 'Check that this user may create directories there.' }),
    );
  }
  const existing = new Set([...refused.keys()].filter((dir) => confirmed.has(dir)));
  if (failed.size > 0) log.verbose(`${failed.size} remote directories could not be created`);
  return { created, existing, failed };
}

/**
 * Makes sure `dir` (absolute) exists, creating it and any missing parents.
 * Looks first, since the base of a deploy nearly always exists already.
 * Throws RemotePathError when it cannot be made or is a file.
 */
export async function ensureRemoteDir(
  pool: ClientPool,
  dir: string,
  log: Logger,
  beforeMaking?: () => Promise<void>,
): Promise<'existed' | 'created'> {
  const target = normalizeRemote(dir);
  const kind = (await pool.run(`checking ${target}`, (client) => findRemoteKinds(client, [target]))).get(target);
  if (kind === 'directory') return 'existed';
  if (kind === 'file') throw new RemotePathError(target, `The remote path "${target}" is a file, not a directory`);
  const chain = [...ancestorsOf(target).reverse(), target];
  const result = await createRemoteDirs(pool, chain, log, beforeMaking);
  const failure = result.failed.get(target);
  if (failure !== undefined) throw failure;
  log.info(`Created the remote directory ${target}`);
  return 'created';
}
