import { describe, expect, it } from 'vitest';
import { decideUpload, isDownloadDifferent, isTemporaryName, temporaryName } from '@ftp-actions/core';

describe('decideUpload', () => {
  it.each([
    ['always', 3, { size: 3, isDirectory: false }, false],
    ['never', 3, undefined, false],
    ['never', 3, { size: 9, isDirectory: false }, true],
    ['if-different', 3, undefined, false],
    ['if-different', 3, { size: 3, isDirectory: false }, true],
    ['if-different', 3, { size: 4, isDirectory: false }, false],
  ] as const)('%s, local %i bytes, remote %j → skip: %s', (mode, size, remote, skip) => {
    expect(decideUpload(mode, size, remote) !== undefined).toBe(skip);
  });
});

describe('isDownloadDifferent', () => {
  const local = { size: 10, mtime: new Date('2024-01-01T00:00:10Z') };
  it.each<[{ size: number; modifiedAt: Date | undefined }, boolean, string]>([
    [{ size: 11, modifiedAt: undefined }, true, 'size differs'],
    [{ size: 10, modifiedAt: undefined }, false, 'same size, no remote time'],
    [{ size: 10, modifiedAt: new Date('2024-01-01T00:00:10Z') }, false, 'same time'],
    [{ size: 10, modifiedAt: new Date('2024-01-01T00:00:10.900Z') }, false, 'within the one-second resolution'],
    [{ size: 10, modifiedAt: new Date('2024-01-01T00:00:12Z') }, true, 'remote newer'],
    [{ size: 10, modifiedAt: new Date('2023-12-31T00:00:00Z') }, false, 'local newer (downloaded without preserve-mtime)'],
  ])('%j → %s (%s)', (remote, different) => {
    expect(isDownloadDifferent(remote, local)).toBe(different);
  });
});

describe('temporaryName', () => {
  it('is hidden, tagged and random', () => {
    expect(temporaryName('index.html', 'abc123')).toBe('.index.html.ftp-actions-abc123.part');
    expect(temporaryName('a')).not.toBe(temporaryName('a'));
    expect(isTemporaryName(temporaryName('x y ✓'))).toBe(true);
    expect(isTemporaryName('index.html')).toBe(false);
  });

  it('stays under 255 bytes for long multi-byte names, cutting between characters', () => {
    const name = temporaryName('é'.repeat(200));
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
    expect(name).not.toContain('\uFFFD');
    expect(isTemporaryName(name)).toBe(true);
  });
});
