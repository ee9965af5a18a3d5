import { describe, expect, it } from 'vitest';
import { createPathFilter, createProtectMatcher } from '@ftp-actions/core';

describe('path filter', () => {
  const defaults = createPathFilter({ exclude: [], excludeDefaults: true, includeHidden: true });

  it.each([
    ['.git', true, true],
    ['.git/config', false, true],
    ['node_modules', true, true],
    ['a/node_modules/x.js', false, true],
    ['.github/workflows/x.yml', false, false],
    ['.htaccess', false, false],
    ['src/app.js', false, false],
  ])('with the default excludes, %s (dir: %s) excluded: %s', (path, isDirectory, excluded) => {
    expect(defaults.excludes(path, isDirectory)).toBe(excluded);
  });

  it('exclude-defaults false lets .git and node_modules in', () => {
    const filter = createPathFilter({ exclude: [], excludeDefaults: false, includeHidden: true });
    expect(filter.excludes('node_modules', true)).toBe(false);
    expect(filter.excludes('.git/HEAD', false)).toBe(false);
  });

  it('include-hidden false leaves out every path with a hidden segment', () => {
    const filter = createPathFilter({ exclude: [], excludeDefaults: false, includeHidden: false });
    expect(filter.excludes('.htaccess', false)).toBe(true);
    expect(filter.excludes('.well-known/acme', false)).toBe(true);
    expect(filter.excludes('a/.cache', true)).toBe(true);
    expect(filter.excludes('a/b.txt', false)).toBe(false);
  });

  it('speaks gitignore: directories, anchors, globs, negation and comments', () => {
    const filter = createPathFilter({
      exclude: ['# source maps', '*.map', '!keep.map', '/build-only', 'tmp/', ''],
      excludeDefaults: false,
      includeHidden: true,
    });
    expect(filter.excludes('js/app.js.map', false)).toBe(true);
    expect(filter.excludes('keep.map', false)).toBe(false);
    expect(filter.excludes('build-only', false)).toBe(true);
    expect(filter.excludes('sub/build-only', false)).toBe(false);
    expect(filter.excludes('tmp', true)).toBe(true);
    expect(filter.excludes('tmp', false)).toBe(false);
    expect(filter.excludes('a/tmp/x', false)).toBe(true);
  });

  it('always leaves out reserved paths', () => {
    const filter = createPathFilter({ exclude: [], excludeDefaults: false, includeHidden: true, reserved: ['.ftp-actions-state.json'] });
    expect(filter.excludes('.ftp-actions-state.json', false)).toBe(true);
    expect(filter.excludes('sub/.ftp-actions-state.json', false)).toBe(false);
  });
});

describe('protect', () => {
  it('protects matching paths and everything below a protected directory', () => {
    const isProtected = createProtectMatcher(['uploads/', '.well-known/', '.htaccess', '/.env']);
    expect(isProtected('uploads', true)).toBe(true);
    expect(isProtected('uploads/2026/a.jpg', false)).toBe(true);
    expect(isProtected('.well-known/acme-challenge/x', false)).toBe(true);
    expect(isProtected('blog/.htaccess', false)).toBe(true);
    expect(isProtected('.env', false)).toBe(true);
    expect(isProtected('config/.env', false)).toBe(false);
    expect(isProtected('index.html', false)).toBe(false);
  });

  it('protects nothing without patterns', () => {
    expect(createProtectMatcher([])('anything', false)).toBe(false);
  });
});
