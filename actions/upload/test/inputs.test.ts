import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '@ftp-actions/core';
import { parseUploadInputs } from '../src/inputs.js';

const base = { server: 'ftp.example.com', 'remote-dir': 'www' };
const issues = (raw: Record<string, string>): string[] => {
  try {
    parseUploadInputs(raw, '/workspace');
  } catch (error) {
    if (error instanceof ConfigurationError) return error.issues.map((issue) => `${issue.input}: ${issue.message}`);
    throw error;
  }
  return [];
};

describe('upload inputs', () => {
  it('defaults: all files of the workspace, atomic, overwrite always', () => {
    const settings = parseUploadInputs(base, '/workspace');
    expect(settings.source).toEqual({ kind: 'files', localDir: '/workspace', patterns: ['**'] });
    expect(settings).toMatchObject({ remoteDir: 'www', overwrite: 'always', atomic: true, preserveMtime: false, dryRun: false });
  });

  it('resolves local-dir against the workspace and drops comments and blank lines from files', () => {
    const settings = parseUploadInputs({ ...base, 'local-dir': 'dist', files: '# the site\n**\n\n!**/*.map\n' }, '/workspace');
    expect(settings.source).toEqual({ kind: 'files', localDir: '/workspace/dist', patterns: ['**', '!**/*.map'] });
  });

  it('keeps content exactly, trailing newline included', () => {
    const settings = parseUploadInputs({ ...base, content: 'v1.0.0\n', 'remote-file': 'VERSION' }, '/workspace');
    expect(settings.source).toEqual({ kind: 'content', content: 'v1.0.0\n', remoteFile: 'VERSION' });
  });

  it.each([
    [{ content: 'x' }, 'content: needs remote-file: the remote path to write the text to'],
    [{ 'remote-file': 'a.txt' }, 'remote-file: is only used with content; to upload local files use files and local-dir'],
    [{ content: 'x', 'remote-file': 'dir/' }, 'remote-file: must name a file, not a folder'],
    [{ files: '!**/*.map' }, 'files: holds only exclusions (!); add a pattern that selects files, e.g. **'],
    [{ overwrite: 'sometimes' }, 'overwrite: expected one of always, never, if-different, got "sometimes"'],
  ])('refuses %o', (extra, message) => {
    expect(issues({ ...base, ...extra })).toEqual([message]);
  });

  it('requires remote-dir', () => {
    expect(issues({ server: 'h' })).toEqual(['remote-dir: is required and was not given']);
  });
});
