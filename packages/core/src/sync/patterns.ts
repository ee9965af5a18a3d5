/**
 * Which paths the sync looks at (exclude, include-hidden) and which it must
 * leave alone (protect). Patterns are gitignore-style and matched with the
 * `ignore` package: the matcher ESLint, Prettier and many others use,
 * well-kept and tested against git's own `check-ignore`, so `dist/`,
 * `/root-only`, `*.map` and `!keep.map` mean here what they mean in a
 * .gitignore, which is what users already know.
 */
import ignore, { type Ignore } from 'ignore';

/** Excluded unless `exclude-defaults` is false: never part of a deploy. */
export const defaultExcludes: readonly string[] = ['.git/', 'node_modules/'];

/** Decides whether a relative path takes part in the sync. */
export interface PathFilter {
  /** True when `path` (relative, '/'-separated) is left out; `isDirectory` lets `dir/` patterns match. */
  excludes(path: string, isDirectory: boolean): boolean;
}

/** How a `PathFilter` is built. */
export interface PathFilterOptions {
  readonly exclude: readonly string[];
  readonly excludeDefaults: boolean;
  readonly includeHidden: boolean;
  /** Paths that are never part of the sync whatever the patterns say (the state and lock files). */
  readonly reserved?: readonly string[];
}

function matcher(patterns: readonly string[]): Ignore | undefined {
  const lines = patterns.map((pattern) => pattern.trim()).filter((pattern) => pattern !== '' && !pattern.startsWith('#'));
  return lines.length === 0 ? undefined : ignore().add(lines);
}

function isHidden(path: string): boolean {
  return path.startsWith('.') || path.includes('/.');
}

function asked(path: string, isDirectory: boolean): string {
  return isDirectory ? `${path}/` : path;
}

/** A filter for both sides of a sync: an excluded path is neither sent, compared nor deleted. */
export function createPathFilter(options: PathFilterOptions): PathFilter {
  const patterns = matcher([...(options.excludeDefaults ? defaultExcludes : []), ...options.exclude]);
  const reserved = new Set(options.reserved ?? []);
  return {
    excludes(path, isDirectory) {
      if (reserved.has(path)) return true;
      if (!options.includeHidden && isHidden(path)) return true;
      return patterns?.ignores(asked(path, isDirectory)) ?? false;
    },
  };
}

/** True for target paths a sync must never create, overwrite or delete. */
export type ProtectMatcher = (path: string, isDirectory: boolean) => boolean;

/** A matcher for the `protect` patterns; with no patterns nothing is protected. */
export function createProtectMatcher(patterns: readonly string[]): ProtectMatcher {
  const protectedPaths = matcher(patterns);
  if (protectedPaths === undefined) return () => false;
  return (path, isDirectory) => protectedPaths.ignores(asked(path, isDirectory));
}
