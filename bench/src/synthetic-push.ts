/**
 * The trees of a manifest push of `files` files in folders of 100, as a
 * real incremental deploy finds them: 1% changed since the last sync, 0.5%
 * gone from the source. Shared by the bench's plan probe (which times the
 * plan) and the plan's scale test (which checks what it contains).
 */
import type { StateRecord, TreeEntry } from '@ftp-actions/core';

const perDirectory = 100;

export function syntheticPush(files: number): {
  source: Map<string, TreeEntry>;
  target: Map<string, TreeEntry>;
  state: Map<string, StateRecord>;
} {
  const source = new Map<string, TreeEntry>();
  const target = new Map<string, TreeEntry>();
  const state = new Map<string, StateRecord>();
  for (let index = 0; index < files; index += 1) {
    const dir = `section-${Math.floor(index / perDirectory / 10)}/dir-${Math.floor(index / perDirectory)}`;
    if (index % perDirectory === 0) {
      for (const path of [dir.slice(0, dir.indexOf('/')), dir]) {
        source.set(path, { kind: 'directory', path });
        target.set(path, { kind: 'directory', path });
      }
    }
    const path = `${dir}/file-${index}.html`;
    const sha256 = index.toString(16).padStart(64, '0');
    const changed = index % 100 === 7;
    if (index % 200 !== 3)
      source.set(path, { kind: 'file', path, size: 4096, mtimeMs: 0, hashes: { sha256: changed ? `f${sha256.slice(1)}` : sha256 } });
    target.set(path, { kind: 'file', path, size: 4096, mtimeMs: undefined, hashes: { sha256 } });
    state.set(path, { size: 4096, sha256, sentAt: undefined });
  }
  return { source, target, state };
}
