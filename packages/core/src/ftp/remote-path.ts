/**
 * POSIX paths on the server. FTP servers speak '/'-separated paths whatever
 * they run on, and every command we send carries an absolute path, so these
 * helpers never consult a working directory. `node:path/posix` is not enough
 * on its own: it silently clamps `/../x` to `/x`, and here a `..` that climbs
 * out of the base is an error to report, not a path to repair.
 */
import { RemotePathError } from '../errors.js';

// eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
const controlCharacters = /[\u0000-\u001f\u007f]/;

/** Longest name accepted from a listing; far above what any real file system allows. */
const maxNameBytes = 1024;

/** True for `/`-rooted paths. */
export function isAbsoluteRemote(path: string): boolean {
  return path.startsWith('/');
}

/**
 * Collapses `//` and `.`, resolves `..` that stays inside the path, and drops
 * a trailing `/` (except for the root). Throws RemotePathError for a `..`
 * that would climb above the start of the path (above `/` when absolute,
 * above the first segment when relative) and for control characters, which
 * would end the FTP command early and start another.
 */
export function normalizeRemote(path: string): string {
  if (controlCharacters.test(path)) {
    throw new RemotePathError(path, `The remote path ${JSON.stringify(path)} contains a control character`, {
      hint: 'Line breaks, tabs and NUL cannot be sent inside an FTP command; rename the file.',
    });
  }
  const absolute = isAbsoluteRemote(path);
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) {
        throw new RemotePathError(path, `The remote path ${JSON.stringify(path)} climbs above its base with ".."`, {
          hint: 'Give a path that stays inside the remote directory.',
        });
      }
      segments.pop();
      continue;
    }
    segments.push(segment);
  }
  const joined = segments.join('/');
  return absolute ? `/${joined}` : joined;
}

/**
 * Joins a base with relative parts and normalizes the result. The parts may
 * not climb above the base: `joinRemote('/site', '../x')` throws rather than
 * giving `/x`, so a name can never lead outside the directory it came from.
 */
export function joinRemote(base: string, ...parts: readonly string[]): string {
  const normalizedBase = normalizeRemote(base);
  const relative = normalizeRemote(parts.join('/').replace(/^\/+/, ''));
  if (relative === '') return normalizedBase;
  if (normalizedBase === '') return relative;
  return normalizedBase.endsWith('/') ? `${normalizedBase}${relative}` : `${normalizedBase}/${relative}`;
}

/** The directory holding `path`: `/a/b` → `/a`, `/a` → `/`, `/` → `/`, `a` → ``. */
export function remoteParent(path: string): string {
  const normalized = normalizeRemote(path);
  const slash = normalized.lastIndexOf('/');
  if (slash < 0) return '';
  if (slash === 0) return '/';
  return normalized.slice(0, slash);
}

/** The last segment of `path`: `/a/b.txt` → `b.txt`; `/` → ``. */
export function remoteBasename(path: string): string {
  const normalized = normalizeRemote(path);
  return normalized.slice(normalized.lastIndexOf('/') + 1);
}

/** True when `path` is `dir` itself or lies below it (both normalized). */
export function isInsideRemote(path: string, dir: string): boolean {
  if (dir === '') return !isAbsoluteRemote(path);
  if (dir === '/') return isAbsoluteRemote(path);
  return path === dir || path.startsWith(`${dir}/`);
}

/** `path` relative to `dir` ('' for `dir` itself); throws when `path` is not inside `dir`. */
export function relativeRemote(path: string, dir: string): string {
  const normalizedPath = normalizeRemote(path);
  const normalizedDir = normalizeRemote(dir);
  if (!isInsideRemote(normalizedPath, normalizedDir)) {
    throw new RemotePathError(path, `The remote path ${JSON.stringify(path)} is not inside ${JSON.stringify(dir)}`);
  }
  if (normalizedPath === normalizedDir) return '';
  const prefix = normalizedDir === '/' || normalizedDir === '' ? normalizedDir : `${normalizedDir}/`;
  return normalizedPath.slice(prefix.length);
}

/** Number of segments below the root: `/` → 0, `/a/b` → 2. */
export function remoteDepth(path: string): number {
  const normalized = normalizeRemote(path);
  return normalized.split('/').filter((segment) => segment !== '').length;
}

/**
 * Every directory the files need below `baseDir`, parents before children
 * (sorted by depth, then by name), each once. `baseDir` itself and the
 * directories above it are left out: the caller makes sure the base exists
 * (see `ensureRemoteDir`). Throws RemotePathError for a file outside the base.
 */
export function remoteDirsToCreate(filePaths: Iterable<string>, baseDir: string): string[] {
  const base = normalizeRemote(baseDir);
  const dirs = new Set<string>();
  for (const filePath of filePaths) {
    const file = normalizeRemote(filePath);
    if (file === base || !isInsideRemote(file, base)) {
      throw new RemotePathError(
        filePath,
        `The remote file ${JSON.stringify(filePath)} is not inside the remote directory ${JSON.stringify(baseDir)}`,
      );
    }
    for (let dir = remoteParent(file); dir !== base && !dirs.has(dir); dir = remoteParent(dir)) {
      dirs.add(dir);
    }
  }
  return [...dirs].sort(compareParentsFirst);
}

/** Orders paths so that every directory comes before anything inside it. */
export function compareParentsFirst(a: string, b: string): number {
  const depth = remoteDepth(a) - remoteDepth(b);
  if (depth !== 0) return depth;
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * Checks a name that came FROM a server listing before it is joined to any
 * path. A hostile or broken server could answer `..`, `a/b` or `C:\x` to make
 * a download land outside its directory; such a name is refused with an
 * error that names it, never cleaned up and used.
 */
export function checkSafeName(name: string, where = ''): void {
  const shown = JSON.stringify(name);
  const place = where === '' ? '' : ` in ${JSON.stringify(where)}`;
  const refuse = (why: string): never => {
    throw new RemotePathError(
      where === '' ? name : `${where}/${name}`,
      `The server listed an entry ${shown}${place} that is not a safe file name: ${why}`,
      {
        hint: 'The entry was not transferred. Rename it on the server, or leave it out with a pattern.',
      },
    );
  };
  if (name === '') refuse('it is empty');
  if (name === '.' || name === '..') refuse('it names a directory link');
  if (name.includes('/')) refuse('it contains "/"');
  if (name.includes('\\')) refuse('it contains "\\"');
  if (controlCharacters.test(name)) refuse('it contains a control character (NUL, line break or similar)');
  if (Buffer.byteLength(name, 'utf8') > maxNameBytes) refuse(`it is longer than ${maxNameBytes} bytes`);
}

/** `checkSafeName` as a test, for callers that skip unsafe names rather than stop. */
export function isSafeName(name: string): boolean {
  try {
    checkSafeName(name);
    return true;
  } catch (error) {
    if (error instanceof RemotePathError) return false;
    throw error;
  }
}

/** The deepest directory holding every one of `filePaths` (absolute, normalized). */
export function commonRemoteDir(filePaths: readonly string[]): string {
  const [first, ...rest] = filePaths;
  if (first === undefined) return '/';
  let common = remoteParent(first);
  for (const path of rest) {
    while (common !== '/' && (path === common || !isInsideRemote(path, common))) common = remoteParent(common);
  }
  return common;
}
