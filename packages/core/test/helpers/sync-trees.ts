/**
 * Small builders for sync unit tests: trees and states written as object
 * literals, so each plan table row reads like the directory it describes.
 */
import { createHash } from 'node:crypto';
import type { PlanEntry, StateRecord, SyncPlan, SyncState, Tree, TreeEntry } from '@ftp-actions/core';

/** A file spec: its content (size and SHA-256 follow), and optionally a time in seconds. */
export interface FileSpec {
  readonly content: string;
  readonly mtime?: number;
  /** Digests to claim, e.g. a server's checksum. */
  readonly md5?: string;
}

export const sha256 = (content: string): string => createHash('sha256').update(content).digest('hex');

/** A tree from `{ 'a.txt': 'content', 'dir/': null, 'b.txt': { content, mtime } }`; parent directories are added. */
export function tree(spec: Readonly<Record<string, string | FileSpec | null>>): Map<string, TreeEntry> {
  const result = new Map<string, TreeEntry>();
  const addDirs = (path: string): void => {
    const parts = path.split('/');
    for (let index = 1; index < parts.length; index += 1) {
      const dir = parts.slice(0, index).join('/');
      result.set(dir, { kind: 'directory', path: dir });
    }
  };
  for (const [key, value] of Object.entries(spec)) {
    if (value === null) {
      const path = key.replace(/\/$/, '');
      addDirs(path);
      result.set(path, { kind: 'directory', path });
      continue;
    }
    const file = typeof value === 'string' ? { content: value } : value;
    addDirs(key);
    result.set(key, {
      kind: 'file',
      path: key,
      size: Buffer.byteLength(file.content),
      mtimeMs: file.mtime === undefined ? undefined : file.mtime * 1000,
      hashes: { sha256: sha256(file.content), ...(file.md5 === undefined ? {} : { md5: file.md5 }) },
    });
  }
  return result;
}

/** A state that says these files were sent with this content. */
export function stateOf(files: Readonly<Record<string, string>>, complete = true): SyncState {
  const records = new Map<string, StateRecord>();
  for (const [path, content] of Object.entries(files)) {
    records.set(path, { size: Buffer.byteLength(content), sha256: sha256(content), sentAt: '2026-01-01T00:00:00.000Z' });
  }
  return { files: records, dirs: new Set(), complete, origin: 'ftp-actions' };
}

/** `path action reason` lines of a plan, unchanged files left out, for compact expectations. */
export function lines(plan: SyncPlan): string[] {
  return plan.entries.filter((entry) => entry.unchanged !== true).map(describe);
}

export function describe(entry: PlanEntry): string {
  const early = entry.early === true ? ' (early)' : '';
  return `${entry.path}${entry.kind === 'directory' ? '/' : ''} ${entry.action}${early}: ${entry.reason}`;
}

export const emptyTree: Tree = new Map();
