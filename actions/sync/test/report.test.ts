import { describe, expect, it } from 'vitest';
import type { EntryOutcome, PlanEntry, SyncResult } from '@ftp-actions/core';
import { readActionYml } from '@ftp-actions/test-servers';
import { parseSyncInputs } from '../src/inputs.js';
import { planJson, syncOutputs, type PlanOutput } from '../src/outputs.js';
import { syncSummary } from '../src/summary.js';

const settings = parseSyncInputs(
  { server: 'ftp.example.com', 'local-dir': '/build', 'remote-dir': '/www', password: 'hunter2-secret' },
  '/work',
);

function result(entries: PlanEntry[], overrides: Partial<SyncResult> = {}, outcomes = new Map<PlanEntry, EntryOutcome>()): SyncResult {
  const count = (action: string): number => entries.filter((entry) => entry.action === action).length;
  return {
    direction: 'push',
    dryRun: false,
    remoteDir: '/www',
    localDir: '/build',
    compare: 'manifest',
    notes: [],
    plan: { entries, sourceFiles: 10, targetFiles: 10 },
    outcomes,
    counts: {
      uploaded: count('upload'),
      downloaded: 0,
      deleted: count('delete'),
      created: count('mkdir'),
      skipped: count('skip'),
      failed: 0,
    },
    bytes: 1234,
    durationMs: 2500.4,
    failure: undefined,
    ...overrides,
  };
}

const uploads = (count: number): PlanEntry[] =>
  Array.from({ length: count }, (_, index) => ({ path: `page-${index}.html`, kind: 'file', action: 'upload', size: 10, reason: 'new' }));
const unchanged: PlanEntry = { path: 'same.html', kind: 'file', action: 'skip', reason: 'unchanged since the last sync', unchanged: true };

describe('sync outputs', () => {
  it('sets exactly the outputs action.yml declares', async () => {
    const yml = await readActionYml('sync');
    expect(Object.keys(syncOutputs(result([]))).sort()).toEqual(Object.keys(yml.outputs ?? {}).sort());
  });

  it('writes counts, bytes, changed and a rounded duration', () => {
    expect(syncOutputs(result([...uploads(2), unchanged]))).toMatchObject({
      'uploaded-count': 2,
      'skipped-count': 1,
      bytes: 1234,
      changed: true,
      'duration-ms': 2500,
    });
    expect(syncOutputs(result([unchanged])).changed).toBe(false);
  });

  it('lists every change in the plan output with its reason, counts the unchanged, and adds what went wrong', () => {
    const failed: PlanEntry = { path: 'broken.html', kind: 'file', action: 'upload', size: 1, reason: 'new' };
    const plan = JSON.parse(
      planJson(result([failed, unchanged], {}, new Map([[failed, { status: 'failed', reason: 'STOR failed: 550 Denied', bytes: 0 }]]))),
    ) as PlanOutput;
    expect(plan).toEqual({
      direction: 'push',
      dryRun: false,
      compare: 'manifest',
      unchanged: 1,
      omitted: 0,
      entries: [{ path: 'broken.html', type: 'file', action: 'upload', reason: 'new', result: 'failed', error: 'STOR failed: 550 Denied' }],
    });
  });

  it('keeps the plan output well under the 1 MiB a step output may hold', () => {
    const json = planJson(result(uploads(20_000)));
    const plan = JSON.parse(json) as PlanOutput;
    expect(json.length).toBeLessThan(600 * 1024);
    expect(plan.entries.length + plan.omitted).toBe(20_000);
    expect(plan.omitted).toBeGreaterThan(0);
  });
});

describe('sync summary', () => {
  it('says "dry run" at the very top', () => {
    const summary = syncSummary(settings, result(uploads(1), { dryRun: true }));
    expect(summary.split('\n')[0]).toBe('## 🔎 Dry run: nothing was changed');
    expect(summary).toContain('### Would upload (1)');
  });

  it('groups the plan by action with reasons, folding long groups', () => {
    const deletes: PlanEntry[] = [{ path: 'old', kind: 'directory', action: 'delete', reason: 'not in the source' }];
    const summary = syncSummary(settings, result([...uploads(25), ...deletes, unchanged]));
    expect(summary.split('\n')[0]).toBe('## ✅ FTP sync (push) /build → ftp.example.com:/www: 25 uploaded, 1 deleted');
    expect(summary).toContain('<details><summary>Uploaded (25)</summary>');
    expect(summary).toContain('| page-0.html | new |');
    expect(summary).toContain('### Deleted (1)\n\n| path | reason |\n| --- | --- |\n| old/ | not in the source |');
    expect(summary).toContain('| unchanged | 1 |');
    expect(summary).not.toContain('same.html');
    expect(summary).not.toContain('hunter2-secret');
  });

  it('on failure leads with the reason and what to try, and marks each failed path', () => {
    const failed: PlanEntry = { path: 'a|b.html', kind: 'file', action: 'upload', size: 1, reason: 'new' };
    const failure = Object.assign(new Error("1 of the sync's changes failed"), { hint: 'Run it again.' });
    const summary = syncSummary(
      settings,
      result([failed], { failure }, new Map([[failed, { status: 'failed', reason: 'STOR failed: 550 Denied', bytes: 0 }]])),
    );
    expect(summary).toMatch(/^## ❌ FTP sync \(push\)/);
    expect(summary).toContain("**Reason:** 1 of the sync's changes failed\n\n**Try:** Run it again.");
    expect(summary).toContain('| a\\|b.html | new | ❌ STOR failed: 550 Denied |');
  });
});
