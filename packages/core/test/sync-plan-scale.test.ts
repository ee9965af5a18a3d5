/**
 * A plan over 100,000 files comes out right: 1% changed, 0.5% gone. How
 * long it takes and what memory it holds is measured in the benchmark
 * (bench/src/plan-scale.ts, "The plan at scale"), not here.
 */
import { expect, it } from 'vitest';
import { planSync } from '@ftp-actions/core';
import { syntheticPush } from '../../../bench/src/synthetic-push.js';

const files = 100_000;
it('plans a 100,000-file sync: uploads what changed, deletes what is gone, skips the rest', () => {
  const { source, target, state } = syntheticPush(files);
  const plan = planSync({
    direction: 'push',
    compare: 'manifest',
    preserveMtime: false,
    source,
    target,
    state: { files: state, dirs: new Set(), complete: true, origin: 'ftp-actions' },
    delete: true,
    isProtected: () => false,
  });
  const count = (action: string): number => plan.entries.filter((entry) => entry.action === action).length;
  expect(count('upload')).toBe(files / 100);
  expect(count('delete')).toBe(files / 200);
  expect(plan.sourceFiles).toBe(files - files / 200);
  // Every other file is a skip: 1% of all files changed, and the 0.5% gone never overlap them (index % 100 === 7 is never % 200 === 3).
  expect(plan.entries.filter((entry) => entry.action === 'skip' && entry.path.endsWith('.html')).length).toBe(
    files - files / 100 - files / 200,
  );
});
