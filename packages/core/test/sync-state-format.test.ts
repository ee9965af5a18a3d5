import { describe, expect, it } from 'vitest';
import { parseState, serializeState, StateLedger, treeFromState, type SyncState } from '@ftp-actions/core';
import { sha256 } from './helpers/sync-trees.js';

const state: SyncState = {
  files: new Map([
    ['b.txt', { size: 2, sha256: sha256('bb'), sentAt: '2026-01-02T03:04:05.000Z' }],
    ['sub/a.txt', { size: 1, sha256: sha256('a'), sentAt: undefined }],
  ]),
  dirs: new Set(['sub', 'empty']),
  complete: true,
  origin: 'ftp-actions',
};

describe('state file format', () => {
  it('round-trips our format, paths sorted', () => {
    const text = serializeState(state, new Date('2026-05-06T07:08:09Z'));
    const json = JSON.parse(text) as { files: Record<string, unknown>; generatedAt: string; dirs: string[] };
    expect(Object.keys(json.files)).toEqual(['b.txt', 'sub/a.txt']);
    expect(json.dirs).toEqual(['empty', 'sub']);
    expect(json.generatedAt).toBe('2026-05-06T07:08:09.000Z');
    expect(parseState(text)).toEqual({ state, dropped: 0 });
  });

  it("reads SamKirkland FTP-Deploy-Action's state file", () => {
    const theirs = JSON.stringify({
      description: 'DO NOT DELETE THIS FILE.',
      version: '1.0.0',
      generatedTime: Date.UTC(2025, 0, 1),
      data: [
        { type: 'folder', name: 'sub' },
        { type: 'folder', name: 'other/' },
        { type: 'file', name: 'sub/a.txt', size: 1, hash: sha256('a').toUpperCase() },
        { type: 'file', name: './index.html', size: 5, hash: sha256('hello') },
      ],
    });
    const parsed = parseState(theirs);
    expect(parsed).toEqual({
      dropped: 0,
      state: {
        files: new Map([
          ['sub/a.txt', { size: 1, sha256: sha256('a'), sentAt: '2025-01-01T00:00:00.000Z' }],
          ['index.html', { size: 5, sha256: sha256('hello'), sentAt: '2025-01-01T00:00:00.000Z' }],
        ]),
        dirs: new Set(['sub', 'other']),
        complete: true,
        origin: 'ftp-deploy',
      },
    });
  });

  it('drops entries whose paths could leave the directory, and hashes that are not SHA-256', () => {
    const text = JSON.stringify({
      version: '1.0.0',
      data: [
        { type: 'file', name: '../../etc/passwd', size: 1, hash: sha256('x') },
        { type: 'file', name: 'md5.txt', size: 1, hash: 'd41d8cd98f00b204e9800998ecf8427e' },
        { type: 'file', name: 'ok.txt', size: 1, hash: sha256('x') },
      ],
    });
    const parsed = parseState(text);
    expect('state' in parsed && [...parsed.state.files.keys()]).toEqual(['ok.txt']);
    expect('dropped' in parsed && parsed.dropped).toBe(2);
  });

  it.each([
    ['not JSON', '{', /^it is not JSON/],
    ['another JSON file', '{"hello": 1}', /neither an ftp-actions state file nor an FTP-Deploy-Action one/],
    ['a future version of ours', '{"format":"ftp-actions/sync-state","version":2}', /does not match version 1/],
  ])('explains why %s cannot be used', (_, text, problem) => {
    const parsed = parseState(text);
    expect('problem' in parsed && parsed.problem).toMatch(problem);
  });

  it('turns a state into the tree it describes, with the directories above each file', () => {
    const tree = treeFromState({ ...state, files: new Map([['x/y/z.txt', { size: 3, sha256: sha256('zzz'), sentAt: undefined }]]) });
    expect([...tree.keys()].sort()).toEqual(['empty', 'sub', 'x', 'x/y', 'x/y/z.txt']);
    expect(tree.get('x/y/z.txt')).toMatchObject({ kind: 'file', size: 3, hashes: { sha256: sha256('zzz') } });
  });
});

describe('state ledger', () => {
  it('starts from the last state and records changes as they are confirmed', () => {
    const ledger = new StateLedger(state);
    ledger.forget('b.txt');
    ledger.recordFileIfAbsent('sub/a.txt', { size: 9, sha256: sha256('other'), sentAt: undefined });
    ledger.recordFile('new.txt', { size: 1, sha256: sha256('n'), sentAt: 'now' });
    ledger.recordDirectory('made');
    const snapshot = ledger.snapshot(false);
    expect([...snapshot.files.keys()].sort()).toEqual(['new.txt', 'sub/a.txt']);
    expect(snapshot.files.get('sub/a.txt')?.size).toBe(1);
    expect([...snapshot.dirs].sort()).toEqual(['empty', 'made', 'sub']);
    expect(snapshot.complete).toBe(false);
    expect(state.files.has('b.txt')).toBe(true);
  });
});
