import { describe, expect, it } from 'vitest';
import {
  checkSafeName,
  commonRemoteDir,
  joinRemote,
  normalizeRemote,
  relativeRemote,
  remoteBasename,
  remoteDirsToCreate,
  remoteParent,
  RemotePathError,
} from '@ftp-actions/core';

describe('normalizeRemote', () => {
  it.each([
    ['/a//b/./c/', '/a/b/c'],
    ['/', '/'],
    ['//', '/'],
    ['/a/b/../c', '/a/c'],
    ['a/./b', 'a/b'],
    ['', ''],
    ['/ leading space/x', '/ leading space/x'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeRemote(input)).toBe(expected);
  });

  it.each(['/..', '/a/../../b', '../x', 'a/../..'])('refuses %j, which climbs above its start', (input) => {
    expect(() => normalizeRemote(input)).toThrow(RemotePathError);
  });

  it('refuses control characters, which would end the FTP command early', () => {
    expect(() => normalizeRemote('/a\r\nDELE /b')).toThrow(/control character/);
    expect(() => normalizeRemote('/a\0b')).toThrow(RemotePathError);
  });
});

describe('joinRemote', () => {
  it('joins and normalizes', () => {
    expect(joinRemote('/site', 'a/b.txt')).toBe('/site/a/b.txt');
    expect(joinRemote('/', 'a')).toBe('/a');
    expect(joinRemote('/site/', '/a', './b')).toBe('/site/a/b');
    expect(joinRemote('/site', '')).toBe('/site');
  });

  it('refuses parts that climb above the base', () => {
    expect(() => joinRemote('/site', '../etc/passwd')).toThrow(RemotePathError);
    expect(() => joinRemote('/site', 'a/../../x')).toThrow(RemotePathError);
    expect(joinRemote('/site', 'a/../b')).toBe('/site/b');
  });
});

describe('remoteParent, remoteBasename, relativeRemote', () => {
  it('walks up', () => {
    expect(remoteParent('/a/b/c.txt')).toBe('/a/b');
    expect(remoteParent('/a')).toBe('/');
    expect(remoteParent('/')).toBe('/');
    expect(remoteBasename('/a/b c.txt')).toBe('b c.txt');
  });

  it('gives paths relative to a directory', () => {
    expect(relativeRemote('/site/a/b', '/site')).toBe('a/b');
    expect(relativeRemote('/a', '/')).toBe('a');
    expect(relativeRemote('/site', '/site')).toBe('');
    expect(() => relativeRemote('/sitex/a', '/site')).toThrow(RemotePathError);
  });
});

describe('remoteDirsToCreate', () => {
  it('lists every directory below the base once, parents before children', () => {
    const dirs = remoteDirsToCreate(['/site/a/b/c/1.txt', '/site/a/2.txt', '/site/z/3.txt', '/site/a/b/4.txt', '/site/top.txt'], '/site');
    expect(dirs).toEqual(['/site/a', '/site/z', '/site/a/b', '/site/a/b/c']);
  });

  it('leaves out the base and everything above it', () => {
    expect(remoteDirsToCreate(['/x/y/f'], '/x/y')).toEqual([]);
    expect(remoteDirsToCreate(['/f', '/d/g'], '/')).toEqual(['/d']);
  });

  it('refuses a file outside the base', () => {
    expect(() => remoteDirsToCreate(['/other/f'], '/site')).toThrow(/not inside/);
  });
});

describe('commonRemoteDir', () => {
  it('finds the deepest directory holding every file', () => {
    expect(commonRemoteDir(['/site/a/1', '/site/a/b/2'])).toBe('/site/a');
    expect(commonRemoteDir(['/site/a/1', '/site/b/2'])).toBe('/site');
    expect(commonRemoteDir(['/one'])).toBe('/');
    expect(commonRemoteDir(['/site/version.txt'])).toBe('/site');
    expect(commonRemoteDir(['/a/b', '/a/b/c'])).toBe('/a');
  });
});

describe('checkSafeName', () => {
  it.each(['index.html', 'with space.txt', 'ünïcödé ✓.txt', '.hidden', '...', 'a..b'])('accepts %j', (name) => {
    expect(() => checkSafeName(name)).not.toThrow();
  });

  it.each([
    ['', /empty/],
    ['.', /directory link/],
    ['..', /directory link/],
    ['../x', /contains "\/"/],
    ['a/b', /contains "\/"/],
    ['..\\x', /contains "\\"/],
    ['a\0b', /control character/],
    ['line\nbreak', /control character/],
    ['bell\u0007', /control character/],
    ['x'.repeat(1025), /longer than 1024 bytes/],
    ['é'.repeat(513), /longer than 1024 bytes/],
  ])('refuses %j, naming it', (name, why) => {
    const error = (() => {
      try {
        checkSafeName(name, '/site');
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(RemotePathError);
    expect((error as RemotePathError).message).toMatch(why);
    expect((error as RemotePathError).message).toContain(JSON.stringify(name));
    expect((error as RemotePathError).message).toContain('"/site"');
  });
});
