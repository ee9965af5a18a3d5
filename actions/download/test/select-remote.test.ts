import { describe, expect, it } from 'vitest';
import type { RemoteEntry } from '@ftp-actions/core';
import { selectRemoteFiles } from '../src/select-remote.js';

const entries: RemoteEntry[] = [
  { path: 'build.zip', size: 10, type: 'file' },
  { path: 'build.zip.sha256', size: 64, type: 'file' },
  { path: 'logs', size: 0, type: 'directory' },
  { path: 'logs/a.log', size: 1, type: 'file' },
  { path: '.hidden', size: 1, type: 'file' },
  { path: 'latest', size: 0, type: 'symlink' },
];

const pick = (patterns: string[]) => selectRemoteFiles(entries, patterns).map((entry) => entry.path);

describe('selecting remote files', () => {
  it('takes every file (dot files too) with **, never directories or symlinks', () => {
    expect(pick(['**'])).toEqual(['build.zip', 'build.zip.sha256', 'logs/a.log', '.hidden']);
  });

  it('excludes with !', () => {
    expect(pick(['**', '!**/*.log', '!.*'])).toEqual(['build.zip', 'build.zip.sha256']);
  });

  it('matches relative paths', () => {
    expect(pick(['*.zip'])).toEqual(['build.zip']);
    expect(pick(['logs/*'])).toEqual(['logs/a.log']);
  });
});
