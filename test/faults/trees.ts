/**
 * Tree checks shared by the fault, hostile-input and soak tests: what
 * "finished correctly" and "nothing half-written under a final name" mean
 * on disk, on either side of a transfer.
 */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { isTemporaryName } from '@ftp-actions/core';
import { expect } from 'vitest';
import { readTree } from '../integration/transfer-helpers.js';

/** A tree as path → bytes. */
export type Tree = ReadonlyMap<string, Buffer>;

/** `Record` of contents to a `Tree`. */
export function treeOf(files: Readonly<Record<string, string | Buffer>>): Tree {
  return new Map(Object.entries(files).map(([path, content]) => [path, Buffer.from(content)]));
}

/** Every name under `dir` (files and directories, '/'-separated), for "nothing changed" checks. */
export async function listNames(dir: string): Promise<string[]> {
  const names: string[] = [];
  const walk = async (current: string): Promise<void> => {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      names.push(relative(dir, path).split(sep).join('/') + (entry.isDirectory() ? '/' : ''));
      if (entry.isDirectory()) await walk(path);
    }
  };
  await walk(dir);
  return names.sort();
}

/** The temporary files of atomic transfers (`.name.ftp-actions-<hex>.part`) left under `dir`. */
export async function leftoverTemporaries(dir: string): Promise<string[]> {
  return (await listNames(dir)).filter((path) => isTemporaryName(path.split('/').pop() ?? ''));
}

function describeDifference(actual: Tree, expected: Tree): string[] {
  const problems: string[] = [];
  for (const [path, bytes] of expected) {
    const found = actual.get(path);
    if (found === undefined) problems.push(`missing ${path}`);
    else if (!found.equals(bytes)) problems.push(`${path}: ${found.length} bytes, expected ${bytes.length}`);
  }
  for (const path of actual.keys()) if (!expected.has(path)) problems.push(`unexpected ${path}`);
  return problems;
}

/** `dir` holds exactly `expected`, byte for byte, and no temporary file. */
export async function expectTree(dir: string, expected: Tree): Promise<void> {
  expect(describeDifference(await readTree(dir), expected)).toEqual([]);
}

/**
 * Nothing half-written under a final name: every file in `dir` is one of
 * `complete` with exactly its bytes (or was there before, in `before`),
 * and no temporary file was left behind.
 */
export async function expectOnlyCompleteFiles(dir: string, complete: Tree, before: Tree = new Map()): Promise<void> {
  const problems: string[] = [];
  for (const [path, bytes] of await readTree(dir)) {
    const wanted = complete.get(path) ?? before.get(path);
    if (wanted === undefined) problems.push(`unexpected ${path}`);
    else if (!wanted.equals(bytes) && !(before.get(path)?.equals(bytes) ?? false)) problems.push(`${path} is incomplete or wrong`);
  }
  expect(problems).toEqual([]);
  expect(await leftoverTemporaries(dir)).toEqual([]);
}
