/**
 * A tree built from the state file lists every path the last sync kept,
 * including ones the current patterns exclude: filtered the same way as the
 * scans, so an excluded path is neither compared nor deleted.
 */
import type { PathFilter } from './patterns.js';
import type { TreeEntry } from './types.js';

/** Drops the excluded paths, in place; returns the same map. */
export function filterTree(tree: Map<string, TreeEntry>, filter: PathFilter): Map<string, TreeEntry> {
  for (const [path, entry] of tree) if (filter.excludes(path, entry.kind === 'directory')) tree.delete(path);
  return tree;
}
