import { describe, expect, it } from 'vitest';
import { cameOutAsForeseen } from '../src/sync/staged-final-state.js';
import type { StateRecord, SyncState } from '../src/sync/types.js';

const record = (size: number, sha256: string, sentAt = '2026-11-25T00:00:00.000Z'): StateRecord => ({ size, sha256, sentAt });
const state = (files: Record<string, StateRecord>, dirs: string[] = []): SyncState => ({
  files: new Map(Object.entries(files)),
  dirs: new Set(dirs),
  complete: true,
  origin: 'ftp-actions',
});

describe('cameOutAsForeseen', () => {
  const foreseen = state({ 'a.txt': record(1, 'aa'), 'd/b.txt': record(2, 'bb') }, ['d']);

  it('holds when the same files and directories came out, whenever each was sent', () => {
    expect(cameOutAsForeseen(state({ 'd/b.txt': record(2, 'bb', 'later'), 'a.txt': record(1, 'aa') }, ['d']), foreseen)).toBe(true);
  });

  it.each([
    ['a file missing (its upload failed)', state({ 'a.txt': record(1, 'aa') }, ['d'])],
    ['another hash', state({ 'a.txt': record(1, 'ab'), 'd/b.txt': record(2, 'bb') }, ['d'])],
    ['another size', state({ 'a.txt': record(3, 'aa'), 'd/b.txt': record(2, 'bb') }, ['d'])],
    ['a directory missing (not made)', state({ 'a.txt': record(1, 'aa'), 'd/b.txt': record(2, 'bb') })],
    ['another directory', state({ 'a.txt': record(1, 'aa'), 'd/b.txt': record(2, 'bb') }, ['e'])],
  ])('fails with %s', (_, actual) => {
    expect(cameOutAsForeseen(actual, foreseen)).toBe(false);
  });
});
