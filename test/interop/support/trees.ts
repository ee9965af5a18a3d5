/**
 * Trees on both sides of an interop test: written locally or straight into
 * a server's root (owned by the user the server runs as), read back byte
 * for byte, and their modification times.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readTree, sampleTree, writeTree } from '../../integration/transfer-helpers.js';
import type { CellServer } from './cells.js';

const run = promisify(execFile);

export type Tree = Readonly<Record<string, string | Buffer>>;

export { readTree, sampleTree };

/** `tree` as readTree returns it, for sameTree. */
export function treeBytes(tree: Tree): Map<string, Buffer> {
  return new Map(Object.entries(tree).map(([path, content]) => [path, Buffer.from(content)]));
}

/**
 * A modification time for every file of `tree`, whole seconds, each
 * different and years in the past, so a time that was not carried over
 * (the time of the transfer) can never pass for one that was.
 */
export function distinctTimes(tree: Tree): Map<string, Date> {
  const base = Date.UTC(2021, 5, 15, 10, 20, 30);
  return new Map(Object.keys(tree).map((path, index) => [path, new Date(base + index * 86_400_000 + index * 61_000)]));
}

/** Modification times of the files in `dir`, in whole seconds (all FTP keeps). */
export async function secondsOf(dir: string, paths: Iterable<string>): Promise<Map<string, number>> {
  const times = new Map<string, number>();
  for (const path of paths) times.set(path, Math.floor((await stat(join(dir, path))).mtimeMs / 1000));
  return times;
}

export function seconds(times: ReadonlyMap<string, Date>): Map<string, number> {
  return new Map([...times].map(([path, time]) => [path, Math.floor(time.getTime() / 1000)]));
}

/** Writes `tree` under `dir`, with `times` when given. */
export async function writeTimedTree(dir: string, tree: Tree, times?: ReadonlyMap<string, Date>): Promise<void> {
  await writeTree(dir, tree);
  for (const [path, time] of times ?? []) await utimes(join(dir, path), time, time);
}

/**
 * Puts `tree` into `relativeDir` of the server's root directly on disk,
 * so a download test needs no upload before it. Real servers serve as
 * their test user, so the files are handed to it (the owner of the root).
 */
export async function seedRemote(
  server: CellServer,
  relativeDir: string,
  tree: Tree = {},
  times?: ReadonlyMap<string, Date>,
): Promise<string> {
  const dir = join(server.root, relativeDir);
  await mkdir(dir, { recursive: true });
  await writeTimedTree(dir, tree, times);
  // chown keeps the times: they were set above and stay.
  if (server.real) await run('chown', ['-R', `--reference=${server.root}`, dir]);
  return dir;
}

/** Fresh local directories, removed by `removeAll` (afterAll). */
export class LocalDirs {
  private readonly dirs: string[] = [];

  async make(prefix: string): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), `interop-${prefix}-`));
    this.dirs.push(dir);
    return dir;
  }

  async removeAll(): Promise<void> {
    await Promise.all(this.dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  }
}
