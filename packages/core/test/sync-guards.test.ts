import { describe, expect, it } from 'vitest';
import {
  checkDeleteGuards,
  checkPlanPaths,
  isSafeRelativePath,
  reservedPaths,
  SyncError,
  SyncGuardError,
  type PlanEntry,
  type SyncPlan,
} from '@ftp-actions/core';

function planWith(deletes: number, sourceFiles: number, targetFiles: number, extra: PlanEntry[] = []): SyncPlan {
  const entries: PlanEntry[] = Array.from({ length: deletes }, (_, index) => ({
    path: `f${index}`,
    kind: 'file',
    action: 'delete',
    reason: 'not in the source',
  }));
  return { entries: [...entries, ...extra], sourceFiles, targetFiles };
}

describe('delete guards', () => {
  it('never deletes when the source is empty', () => {
    const check = (): void => checkDeleteGuards(planWith(3, 0, 3), { kind: 'percent', value: 100 }, 'local-dir');
    expect(check).toThrow(SyncGuardError);
    expect(check).toThrow('Refusing to delete 3 files from the target: the source (local-dir) holds no files');
  });

  it.each([
    [{ kind: 'percent', value: 50 } as const, 5, 10, false],
    [{ kind: 'percent', value: 50 } as const, 6, 10, true],
    [{ kind: 'count', value: 5 } as const, 5, 1000, false],
    [{ kind: 'count', value: 5 } as const, 6, 1000, true],
    [{ kind: 'count', value: 0 } as const, 1, 1000, true],
    [{ kind: 'percent', value: 100 } as const, 10, 10, false],
  ])('max-delete %o with %i of %i target files refuses: %s', (limit, deletes, targetFiles, refused) => {
    const check = (): void => checkDeleteGuards(planWith(deletes, 1, targetFiles), limit, 'local-dir');
    if (refused) expect(check).toThrow(/more than max-delete allows/);
    else expect(check).not.toThrow();
  });

  it('names the numbers and the way out', () => {
    expect(() => checkDeleteGuards(planWith(6, 4, 10), { kind: 'percent', value: 50 }, 'local-dir')).toThrow(
      "Refusing to delete 6 of the target's 10 files (60%): more than max-delete allows (50%)",
    );
  });

  it('does not count leftover temporary files, directories or plans without deletes', () => {
    const extra: PlanEntry[] = [
      { path: '.x.ftp-actions-1.part', kind: 'file', action: 'delete', leftover: true, reason: 'temporary' },
      { path: 'dir', kind: 'directory', action: 'delete', reason: 'not in the source' },
    ];
    expect(() => checkDeleteGuards(planWith(0, 0, 10, extra), { kind: 'count', value: 0 }, 'local-dir')).not.toThrow();
  });
});

describe('paths', () => {
  it.each([
    ['a.txt', true],
    ['a/b c/ü.txt', true],
    ['.htaccess', true],
    ['', false],
    ['/etc/passwd', false],
    ['../up', false],
    ['a/../../up', false],
    ['a/./b', false],
    ['a//b', false],
    ['a\\b', false],
    ['a\nb', false],
  ])('isSafeRelativePath(%j) is %s', (path, safe) => {
    expect(isSafeRelativePath(path)).toBe(safe);
  });

  it("reserves the state and lock files inside remote-dir, and FTP-Deploy-Action's state file", () => {
    expect(reservedPaths('/site', '/site/.ftp-actions-state.json', '/site/.ftp-actions-state.json.lock')).toEqual([
      '.ftp-deploy-sync-state.json',
      '.ftp-actions-state.json',
      '.ftp-actions-state.json.lock',
    ]);
    expect(reservedPaths('/site', '/private/state.json', '/private/state.json.lock')).toEqual(['.ftp-deploy-sync-state.json']);
    expect(reservedPaths('/', '/deploy/state.json', '/deploy/state.json.lock')).toEqual([
      '.ftp-deploy-sync-state.json',
      'deploy/state.json',
      'deploy/state.json.lock',
    ]);
  });

  it('refuses a plan with a path that could leave its directory', () => {
    const plan: SyncPlan = {
      entries: [{ path: '../outside', kind: 'file', action: 'delete', reason: 'x' }],
      sourceFiles: 1,
      targetFiles: 1,
    };
    expect(() => checkPlanPaths(plan)).toThrow(SyncError);
  });
});
