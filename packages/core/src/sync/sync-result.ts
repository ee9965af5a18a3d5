/**
 * What a sync reports back: `SyncResult`, and its counts, taken from the
 * plan (a dry run, a refused plan) or from what was actually done.
 */
import type { EntryOutcome } from './apply.js';
import type { CompareMode, PlanEntry, SyncDirection, SyncPlan } from './types.js';

/** Totals of a sync (of the plan, in a dry run). */
export interface SyncCounts {
  readonly uploaded: number;
  readonly downloaded: number;
  readonly deleted: number;
  readonly created: number;
  readonly skipped: number;
  readonly failed: number;
}

/** What a sync did, or (dry run) would do. */
export interface SyncResult {
  readonly direction: SyncDirection;
  readonly dryRun: boolean;
  /** The absolute remote directory. */
  readonly remoteDir: string;
  readonly localDir: string;
  /** The compare mode used (manifest falls back on a first sync). */
  readonly compare: CompareMode;
  /** Things the user should know about how the sync decided (fallbacks). */
  readonly notes: readonly string[];
  readonly plan: SyncPlan;
  /** Per entry, what happened; empty in a dry run or when a guard refused. */
  readonly outcomes: ReadonlyMap<PlanEntry, EntryOutcome>;
  readonly counts: SyncCounts;
  readonly bytes: number;
  readonly durationMs: number;
  /** Set when the step should fail: a guard refused, or some paths could not be synced. */
  readonly failure: Error | undefined;
}

/** The plan's counts, for a dry run or a refused plan. */
export function countPlan(plan: SyncPlan): SyncCounts {
  const count = (action: PlanEntry['action']): number => plan.entries.filter((entry) => entry.action === action).length;
  return {
    uploaded: count('upload'),
    downloaded: count('download'),
    deleted: count('delete'),
    created: count('mkdir'),
    skipped: count('skip'),
    failed: count('conflict'),
  };
}

/** The counts of what happened. */
export function countOutcomes(plan: SyncPlan, outcomes: ReadonlyMap<PlanEntry, EntryOutcome>): SyncCounts {
  const counts = { uploaded: 0, downloaded: 0, deleted: 0, created: 0, skipped: 0, failed: 0 };
  const done: Partial<Record<PlanEntry['action'], keyof SyncCounts>> = {
    upload: 'uploaded',
    download: 'downloaded',
    delete: 'deleted',
    mkdir: 'created',
  };
  for (const entry of plan.entries) {
    if (entry.action === 'skip') counts.skipped += 1;
    else if (entry.action === 'conflict') counts.failed += 1;
    // A plan a guard refused has no outcomes: nothing was done, nothing counted.
    else if (outcomes.size > 0) {
      const status = outcomes.get(entry)?.status ?? 'kept';
      if (status === 'failed') counts.failed += 1;
      else if (status === 'kept') counts.skipped += 1;
      else counts[done[entry.action] ?? 'skipped'] += 1;
    }
  }
  return counts;
}
