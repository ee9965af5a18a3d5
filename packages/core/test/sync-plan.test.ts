import { describe as group, expect, it } from 'vitest';
import { createProtectMatcher, planSync, type PlanInput } from '@ftp-actions/core';
import { emptyTree, lines, stateOf, tree } from './helpers/sync-trees.js';

const base: Omit<PlanInput, 'source' | 'target'> = {
  direction: 'push',
  compare: 'size',
  preserveMtime: false,
  delete: false,
  isProtected: () => false,
};

const plan = (input: Partial<PlanInput> & Pick<PlanInput, 'source' | 'target'>): string[] => lines(planSync({ ...base, ...input }));

group('planSync: files', () => {
  it.each([
    ['push', 'upload'],
    ['pull', 'download'],
  ] as const)('%s sends a new file and skips an unchanged one', (direction, action) => {
    const result = planSync({ ...base, direction, source: tree({ 'new.txt': 'n', 'same.txt': 'x' }), target: tree({ 'same.txt': 'y' }) });
    expect(lines(result)).toEqual([`new.txt ${action}: new`]);
    expect(result.entries.find((entry) => entry.path === 'same.txt')).toMatchObject({
      action: 'skip',
      unchanged: true,
      reason: 'same size',
    });
    expect(result.entries.find((entry) => entry.path === 'new.txt')?.size).toBe(1);
  });

  it.each([
    // [case, source, target, state, targetListed, expected]
    ['unchanged', { 'a.txt': 'one' }, { 'a.txt': 'one' }, { 'a.txt': 'one' }, false, []],
    [
      'content changed, same size',
      { 'a.txt': 'two' },
      { 'a.txt': 'one' },
      { 'a.txt': 'one' },
      false,
      ['a.txt upload: content changed since the last sync'],
    ],
    [
      'size changed',
      { 'a.txt': 'three' },
      { 'a.txt': 'one' },
      { 'a.txt': 'one' },
      false,
      ['a.txt upload: size changed since the last sync (3 → 5 bytes)'],
    ],
    ['on the target but not in the state file', { 'a.txt': 'one' }, { 'a.txt': 'one' }, {}, true, ['a.txt upload: not in the state file']],
    [
      'changed on the server (verify-remote)',
      { 'a.txt': 'one' },
      { 'a.txt': 'one!' },
      { 'a.txt': 'one' },
      true,
      ['a.txt upload: changed on the server (4 bytes there, 3 in the state file)'],
    ],
    ['missing on the server (verify-remote)', { 'a.txt': 'one' }, {}, { 'a.txt': 'one' }, true, ['a.txt upload: new']],
  ] as const)('manifest: %s', (_, source, target, state, targetListed, expected) => {
    expect(plan({ compare: 'manifest', source: tree(source), target: tree(target), state: stateOf(state), targetListed })).toEqual(
      expected,
    );
  });

  it.each([
    // [case, direction, preserveMtime, source, target, expected]
    ['same size and time', 'push', true, { content: 'a', mtime: 100 }, { content: 'b', mtime: 100 }, []],
    [
      'time differs with preserve-mtime',
      'push',
      true,
      { content: 'a', mtime: 100 },
      { content: 'b', mtime: 50 },
      ['f upload: modification time differs'],
    ],
    ['copy is newer without preserve-mtime', 'push', false, { content: 'a', mtime: 100 }, { content: 'b', mtime: 200 }, []],
    [
      'source is newer without preserve-mtime',
      'push',
      false,
      { content: 'a', mtime: 300 },
      { content: 'b', mtime: 200 },
      ['f upload: newer local'],
    ],
    [
      'server newer on pull',
      'pull',
      false,
      { content: 'a', mtime: 300 },
      { content: 'b', mtime: 200 },
      ['f download: newer on the server'],
    ],
    [
      'size differs on pull',
      'pull',
      false,
      { content: 'aa', mtime: 1 },
      { content: 'b', mtime: 1 },
      ['f download: size differs (2 bytes on the server, 1 local)'],
    ],
    ['no time on one side', 'push', false, { content: 'a', mtime: 300 }, { content: 'b' }, []],
    ['within a second', 'push', true, { content: 'a', mtime: 100.5 }, { content: 'b', mtime: 100 }, []],
  ] as const)('size-time: %s', (_, direction, preserveMtime, source, target, expected) => {
    expect(plan({ compare: 'size-time', direction, preserveMtime, source: tree({ f: source }), target: tree({ f: target }) })).toEqual(
      expected,
    );
  });

  it.each([
    ['same checksum', 'abc', 'abc', false, []],
    ['checksum differs', 'abc', 'abd', false, ['f upload: MD5 differs']],
    ['no checksum from the server', 'abc', undefined, false, ['f upload: the server gave no checksum']],
  ] as const)('checksum: %s', (_, ours, theirs, adopting, expected) => {
    const source = tree({ f: { content: 'x', md5: ours } });
    const target = tree({ f: theirs === undefined ? 'y' : { content: 'y', md5: theirs } });
    expect(plan({ compare: 'checksum', checksumAlgorithm: 'md5', adopting, source, target })).toEqual(expected);
  });

  it('checksum: says "adopted" for files kept on a first sync', () => {
    const result = planSync({
      ...base,
      compare: 'checksum',
      checksumAlgorithm: 'md5',
      adopting: true,
      source: tree({ f: { content: 'x', md5: 'a' } }),
      target: tree({ f: { content: 'x', md5: 'a' } }),
    });
    expect(result.entries[0]?.reason).toBe('same MD5 on the server (adopted)');
  });

  it('checksum: sizes that differ need no checksum', () => {
    expect(plan({ compare: 'checksum', checksumAlgorithm: 'md5', source: tree({ f: 'xx' }), target: tree({ f: 'y' }) })).toEqual([
      'f upload: size differs (2 bytes local, 1 on the server)',
    ]);
  });
});

group('planSync: deletes, protect and what only the target has', () => {
  const source = tree({ 'keep.txt': 'k' });
  const target = tree({ 'keep.txt': 'k', 'old.txt': 'o', 'old-dir/x.txt': 'x', 'empty/': null, 'uploads/u.jpg': 'u' });

  it('keeps what only the target has when delete is off', () => {
    expect(plan({ source, target })).toEqual([
      'empty/ skip: only on the target (delete is off)',
      'old-dir/ skip: only on the target (delete is off)',
      'old-dir/x.txt skip: only on the target (delete is off)',
      'old.txt skip: only on the target (delete is off)',
      'uploads/ skip: only on the target (delete is off)',
      'uploads/u.jpg skip: only on the target (delete is off)',
    ]);
  });

  it('deletes files and (empty) directories only on the target, keeping protected paths and the directories holding them', () => {
    expect(plan({ source, target, delete: true, isProtected: createProtectMatcher(['uploads/']) })).toEqual([
      'empty/ delete: not in the source',
      'old-dir/ delete: not in the source',
      'old-dir/x.txt delete: not in the source',
      'old.txt delete: not in the source',
      'uploads/ skip: protected',
      'uploads/u.jpg skip: protected',
    ]);
  });

  it('keeps a directory that holds a protected file', () => {
    const withHtaccess = tree({ 'a.txt': 'a', 'old/.htaccess': 'deny', 'old/page.html': 'p' });
    expect(
      plan({ source: tree({ 'a.txt': 'a' }), target: withHtaccess, delete: true, isProtected: createProtectMatcher(['.htaccess']) }),
    ).toEqual(['old/ skip: kept: it holds files that stay', 'old/.htaccess skip: protected', 'old/page.html delete: not in the source']);
  });

  it('never overwrites a protected file, nor creates one', () => {
    const isProtected = createProtectMatcher(['.env', 'config/local.php']);
    expect(
      plan({
        source: tree({ '.env': 'dev', 'config/local.php': 'dev', 'config/app.php': 'new' }),
        target: tree({ '.env': 'prod!' }),
        isProtected,
      }),
    ).toEqual(['.env skip: protected', 'config/ mkdir: new directory', 'config/app.php upload: new', 'config/local.php skip: protected']);
  });

  it('removes leftover temporary files, unless protected', () => {
    const result = planSync({ ...base, source: emptyTree, target: emptyTree, leftovers: ['.a.txt.ftp-actions-0a1b.part'] });
    expect(lines(result)).toEqual(['.a.txt.ftp-actions-0a1b.part delete: temporary file left by an interrupted transfer']);
    expect(result.entries[0]?.leftover).toBe(true);
  });
});

group('planSync: paths that change type', () => {
  it('replaces a file with a directory, deleting the file first, even with delete off', () => {
    expect(plan({ source: tree({ 'docs/a.md': 'a' }), target: tree({ docs: 'was a file' }) })).toEqual([
      'docs delete (early): a directory replaces this file',
      'docs/ mkdir: replaces a file',
      'docs/a.md upload: new',
    ]);
  });

  it('replaces a directory with a file only with delete on, removing the whole directory first', () => {
    const source = tree({ docs: 'now a file' });
    const target = tree({ 'docs/a.md': 'a', 'docs/sub/b.md': 'b' });
    expect(plan({ source, target })).toEqual([
      'docs conflict: the target has a directory here; set delete: true to replace it with this file',
      'docs/a.md skip: only on the target (delete is off)',
      'docs/sub/ skip: only on the target (delete is off)',
      'docs/sub/b.md skip: only on the target (delete is off)',
    ]);
    expect(plan({ source, target, delete: true })).toEqual([
      'docs/ delete (early): a file replaces this directory',
      'docs upload: replaces a directory',
      'docs/a.md delete (early): inside a directory a file replaces',
      'docs/sub/ delete (early): inside a directory a file replaces',
      'docs/sub/b.md delete (early): inside a directory a file replaces',
    ]);
  });

  it('refuses to replace a directory holding protected files', () => {
    const result = plan({
      source: tree({ docs: 'file' }),
      target: tree({ 'docs/keep.txt': 'k' }),
      delete: true,
      isProtected: createProtectMatcher(['keep.txt']),
    });
    expect(result).toEqual([
      'docs conflict: the target has a directory here holding protected "docs/keep.txt"',
      'docs/keep.txt skip: protected',
    ]);
  });

  it('blocks a directory, and everything below it, when a protected file is in the way', () => {
    expect(
      plan({ source: tree({ 'logs/today.txt': 't' }), target: tree({ logs: 'a file' }), isProtected: createProtectMatcher(['/logs']) }),
    ).toEqual([
      'logs/ conflict: the target has a protected file where the source has a directory',
      'logs/today.txt conflict: its directory "logs" cannot be made: a protected file is in the way',
    ]);
  });
});

group('planSync: names', () => {
  it('keeps a target file whose name differs only in case, instead of deleting what may be the same file', () => {
    expect(plan({ source: tree({ 'Index.html': 'new' }), target: tree({ 'index.html': 'old' }), delete: true })).toEqual([
      'Index.html upload: new',
      'index.html skip: kept: differs only in letter case or Unicode form from "Index.html"',
    ]);
  });

  it('treats two Unicode forms of one name the same way', () => {
    const composed = 'caf\u00e9.txt';
    const decomposed = 'cafe\u0301.txt';
    expect(plan({ source: tree({ [decomposed]: 'x' }), target: tree({ [composed]: 'x' }), delete: true })).toEqual([
      `${decomposed} upload: new`,
      `${composed} skip: kept: differs only in letter case or Unicode form from "${decomposed}"`,
    ]);
  });

  it('handles unicode, spaces and deep names like any other', () => {
    const source = tree({ '文件/ünï cødé ✓.txt': 'u', 'a b/c d/e f.txt': 'e' });
    expect(plan({ source, target: emptyTree })).toEqual([
      'a b/ mkdir: new directory',
      'a b/c d/ mkdir: new directory',
      'a b/c d/e f.txt upload: new',
      '文件/ mkdir: new directory',
      '文件/ünï cødé ✓.txt upload: new',
    ]);
  });

  it('creates empty directories and counts files on each side', () => {
    const result = planSync({
      ...base,
      source: tree({ 'empty/deeper/': null, 'a.txt': 'a' }),
      target: tree({ 'a.txt': 'a', 'b.txt': 'b' }),
    });
    expect(lines(result)).toEqual([
      'b.txt skip: only on the target (delete is off)',
      'empty/ mkdir: new directory',
      'empty/deeper/ mkdir: new directory',
    ]);
    expect([result.sourceFiles, result.targetFiles]).toEqual([1, 2]);
  });
});
