/**
 * Picks the remote files to download from a listing with picomatch, the
 * matcher behind most of the JavaScript ecosystem's globbing: a file is
 * taken when a pattern selects it and no `!` pattern excludes it.
 */
import type { RemoteEntry } from '@ftp-actions/core';
import picomatch from 'picomatch';

export function selectRemoteFiles(entries: readonly RemoteEntry[], patterns: readonly string[]): RemoteEntry[] {
  const options = { dot: true };
  const include = patterns.filter((pattern) => !pattern.startsWith('!')).map((pattern) => picomatch(pattern, options));
  const exclude = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => picomatch(pattern.slice(1), options));
  return entries.filter(
    (entry) => entry.type === 'file' && include.some((test) => test(entry.path)) && !exclude.some((test) => test(entry.path)),
  );
}
