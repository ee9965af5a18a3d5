/**
 * Where a download may write. Remote names are checked when listed, but the
 * last line of defence is here, on the path actually opened: it must resolve
 * inside the local base directory, the directories on the way must not lead
 * outside it through a symbolic link, and the destination itself must not be
 * a symbolic link (writing through one would change a file elsewhere).
 * Every check runs before anything is created or written.
 */
import { lstat, mkdir, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { FtpActionError } from '../errors.js';

/** A local path a download must not write to. */
export class LocalPathError extends FtpActionError {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message, { hint: 'Nothing was written for this file. Check the remote names and the local directory.' });
  }
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** `lstat`, or undefined when nothing is there. */
async function lstatOrUndefined(path: string): Promise<Awaited<ReturnType<typeof lstat>> | undefined> {
  try {
    return await lstat(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

function isInside(path: string, base: string): boolean {
  const rel = relative(base, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** Throws LocalPathError unless `localPath` (relative to `localDir`, or absolute) lies inside `localDir`. */
export function resolveInside(localDir: string, localPath: string): string {
  const base = resolve(localDir);
  const target = resolve(base, localPath);
  if (!isInside(target, base)) {
    throw new LocalPathError(localPath, `Refused to write "${localPath}": it would land outside the local directory "${base}"`);
  }
  return target;
}

/**
 * Checks the destination of a download and creates its directory. Returns
 * the absolute path to write. Throws LocalPathError for a path outside
 * `localDir`, a symbolic link or directory at the destination, or a
 * symbolic link on the way that leads outside `localDir`.
 */
export async function prepareLocalTarget(localDir: string, localPath: string): Promise<string> {
  const target = resolveInside(localDir, localPath);
  const base = resolve(localDir);
  await mkdir(base, { recursive: true });
  const realBase = await realpath(base);

  // The deepest directory on the way that exists already: it, and so every
  // directory we create below it, must really be inside the base.
  let existing = dirname(target);
  while (existing !== base && (await lstatOrUndefined(existing)) === undefined) existing = dirname(existing);
  const realExisting = await realpath(existing);
  if (realExisting !== realBase && !isInside(realExisting, realBase)) {
    throw new LocalPathError(
      localPath,
      `Refused to write "${localPath}": "${existing}" leads outside the local directory through a symbolic link`,
    );
  }

  const found = await lstatOrUndefined(target);
  if (found?.isSymbolicLink()) {
    throw new LocalPathError(
      localPath,
      `Refused to write "${localPath}": it is a symbolic link, and writing through it would change another file`,
    );
  }
  if (found?.isDirectory()) throw new LocalPathError(localPath, `Refused to write "${localPath}": a directory is in the way`);
  await mkdir(dirname(target), { recursive: true });
  return target;
}
