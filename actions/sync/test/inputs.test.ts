import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '@ftp-actions/core';
import { parseSyncInputs } from '../src/inputs.js';

const required = { server: 'ftp.example.com', 'local-dir': 'dist', 'remote-dir': 'www', password: 'hunter2-secret' };

function issuesOf(raw: Record<string, string>): string[] {
  try {
    parseSyncInputs({ ...required, ...raw }, '/work');
  } catch (error) {
    if (error instanceof ConfigurationError) return error.issues.map((issue) => `${issue.input}: ${issue.message}`);
    throw error;
  }
  return [];
}

describe('sync inputs', () => {
  it('defaults a push to manifest with a lock, and resolves local-dir against the workspace', () => {
    const { sync } = parseSyncInputs(required, '/work');
    expect(sync).toMatchObject({
      direction: 'push',
      localDir: '/work/dist',
      remoteDir: 'www',
      compare: 'manifest',
      lock: true,
      lockTimeoutMs: 300_000,
      stateFile: '.ftp-actions-state.json',
      delete: false,
      maxDelete: { kind: 'percent', value: 50 },
      excludeDefaults: true,
      includeHidden: false,
      atomic: true,
      dryRun: false,
    });
  });

  it('defaults a pull to size-time without a lock', () => {
    expect(parseSyncInputs({ ...required, direction: 'pull' }, '/work').sync).toMatchObject({ compare: 'size-time', lock: false });
    expect(parseSyncInputs({ ...required, direction: 'pull', lock: 'true' }, '/work').sync.lock).toBe(true);
  });

  it('reads patterns one per line, dropping blanks and comments', () => {
    const { sync } = parseSyncInputs(
      { ...required, exclude: '*.map\n\n# drafts\ndrafts/, old/\n', protect: 'uploads/\n.well-known/' },
      '/work',
    );
    expect(sync.exclude).toEqual(['*.map', 'drafts/, old/']);
    expect(sync.protect).toEqual(['uploads/', '.well-known/']);
  });

  it.each([
    ['200', { kind: 'count', value: 200 }],
    ['0', { kind: 'count', value: 0 }],
    ['100%', { kind: 'percent', value: 100 }],
    [' 5 % ', { kind: 'percent', value: 5 }],
  ])('max-delete %j', (raw, expected) => {
    expect(parseSyncInputs({ ...required, 'max-delete': raw }, '/work').sync.maxDelete).toEqual(expected);
  });

  it('reports every bad input at once, by name', () => {
    expect(
      issuesOf({ direction: 'both', compare: 'hash', 'max-delete': '120%', 'state-file': 'state/', 'lock-timeout': 'soon', lock: 'yes' }),
    ).toEqual([
      'direction: expected one of push, pull, got "both"',
      'compare: expected one of manifest, size-time, size, checksum, got "hash"',
      'state-file: must name a file (relative to remote-dir, or absolute)',
      'max-delete: expected a number of files (e.g. 200) or a percentage from 0% to 100% (e.g. 50%), got "120%"',
      'lock: expected true or false, got "yes"',
      'lock-timeout: expected a number of seconds from 0 to 21600, got "soon"',
    ]);
  });

  it('refuses combinations that cannot work', () => {
    expect(issuesOf({ direction: 'pull', compare: 'manifest' })).toEqual([
      'compare: manifest works only with direction push (the state file records what a push sent); for pull use size-time, size or checksum',
    ]);
    expect(issuesOf({ compare: 'size-time', 'verify-remote': 'true' })).toEqual([
      'verify-remote: applies only to compare manifest, but compare is size-time',
    ]);
    expect(issuesOf({ direction: 'pull', 'verify-remote': 'true' })).toEqual([
      'verify-remote: applies only to compare manifest, but compare is size-time',
    ]);
  });

  it('requires local-dir and remote-dir', () => {
    expect(issuesOf({ 'local-dir': '', 'remote-dir': ' ' })).toEqual([
      'local-dir: is required and was not given',
      'remote-dir: is required and was not given',
    ]);
  });
});
