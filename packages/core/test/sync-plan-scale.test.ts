/**
 * A plan over 100,000 files comes out right: 1% changed, 0.5% gone. How
 * long it takes and what memory it holds is measured in the benchmark
 * (bench/src/plan-scale.ts, "The plan at scale"), not here.
 */
import { expect, it } from 'vitest';
import { planSync, type StateRecord, type TreeEntry } from '@ftp-actions/core';

const files = 100_000;
const perDirectory = 100;

function build(): { source: Map<string, TreeEntry>; target: Map<string, TreeEntry>; state: Map<string, StateRecord> } {
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
    // 1% changed since the last sync, 0.5% gone from the source.
    const changed = index % 100 === 7;
    if (index % 200 !== 3)
      source.set(path, { kind: 'file', path, size: 4096, mtimeMs: 0, hashes: { sha256: changed ? `f${sha256.slice(1)}` : sha256 } });
    target.set(path, { kind: 'file', path, size: 4096, mtimeMs: undefined, hashes: { sha256 } });
    state.set(path, { size: 4096, sha256, sentAt: undefined });
  }
  return { source, target, state };
}

it('plans a 100,000-file sync: uploads what changed, deletes what is gone, skips the rest', () => {
  const { source, target, state } = build();
  const plan = planSync({
    direction: 'push',
    compare: 'manifest',
    preserveMtime: false,
    source,
    target,
    state: { files: state, dirs: new Set(), complete: true, origin: 'ftp-actions' },
    delete: true,
    isProtected: () => false,
  });
  const count = (action: string): number => plan.entries.filter((entry) => entry.action === action).length;
  expect(count('upload')).toBe(files / 100);
  expect(count('delete')).toBe(files / 200);
  expect(plan.sourceFiles).toBe(files - files / 200);
  // Every other file is a skip: 1% of all files changed, and the 0.5% gone never overlap them (index % 100 === 7 is never % 200 === 3).
  expect(plan.entries.filter((entry) => entry.action === 'skip' && entry.path.endsWith('.html')).length).toBe(
    files - files / 100 - files / 200,
  );
});
