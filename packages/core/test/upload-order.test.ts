import { describe, expect, it } from 'vitest';
import { assetsFirstPhase, planUploadPhases } from '@ftp-actions/core';

const entries = [
  { path: '/www/index.html', size: 10 },
  { path: '/www/css/site.css', size: 300 },
  { path: '/www/blog/post.html', size: 20 },
  { path: '/www/img/logo.png', size: 5000 },
  { path: '/www/blog/index.php', size: 30 },
  { path: '/www/contact.php', size: 40 },
  { path: '/www/js/app.js', size: 700 },
];

describe('deploy order', () => {
  it.each([
    ['index.html', 2],
    ['blog/INDEX.HTM', 2],
    ['default.php', 2],
    ['about.html', 1],
    ['form.php', 1],
    ['site.css', 0],
    ['index.html.gz', 0],
    ['app.js', 0],
  ] as const)('%s is in phase %i of assets-first', (path, phase) => {
    expect(assetsFirstPhase(path)).toBe(phase);
  });

  it('assets-first: assets, then pages, then entry pages, each in listed order', () => {
    expect(planUploadPhases(entries, 'assets-first')).toEqual([
      [1, 3, 6],
      [2, 5],
      [0, 4],
    ]);
  });

  it('as-listed keeps the order in one phase', () => {
    expect(planUploadPhases(entries, 'as-listed')).toEqual([[0, 1, 2, 3, 4, 5, 6]]);
  });

  it('largest-first sorts by size, ties in listed order', () => {
    expect(planUploadPhases(entries, 'largest-first')).toEqual([[3, 6, 1, 5, 4, 2, 0]]);
    expect(
      planUploadPhases(
        [
          { path: 'a', size: 1 },
          { path: 'b', size: 1 },
        ],
        'largest-first',
      ),
    ).toEqual([[0, 1]]);
  });

  it('an empty upload has no phases', () => {
    expect(planUploadPhases([], 'assets-first')).toEqual([]);
  });
});
