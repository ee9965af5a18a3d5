import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '@ftp-actions/core';
import { parseDownloadInputs } from '../src/inputs.js';

const base = { server: 'ftp.example.com', 'remote-dir': 'drop' };
const issues = (raw: Record<string, string>): string[] => {
  try {
    parseDownloadInputs(raw, '/workspace');
  } catch (error) {
    if (error instanceof ConfigurationError) return error.issues.map((issue) => `${issue.input}: ${issue.message}`);
    throw error;
  }
  return [];
};

describe('download inputs', () => {
  it('defaults: the whole tree into the workspace', () => {
    expect(parseDownloadInputs(base, '/workspace').target).toEqual({
      kind: 'tree',
      patterns: ['**'],
      recursive: true,
      localDir: '/workspace',
    });
  });

  it('to-output reads one file', () => {
    expect(parseDownloadInputs({ ...base, 'remote-file': 'VERSION', 'to-output': 'true' }, '/w').target).toEqual({
      kind: 'output',
      remoteFile: 'VERSION',
    });
  });

  it.each([
    [{ 'to-output': 'true' }, 'to-output: needs remote-file: the remote text file to read'],
    [{ 'remote-file': 'VERSION' }, 'remote-file: is only used with to-output: true; to download files to disk use files'],
    [{ files: '!*.log' }, 'files: holds only exclusions (!); add a pattern that selects files, e.g. **'],
  ])('refuses %o', (extra, message) => {
    expect(issues({ ...base, ...extra })).toEqual([message]);
  });
});
