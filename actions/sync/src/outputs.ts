/**
 * The sync's outputs. `plan` is JSON a later step can read: every path the
 * sync changed (or, in a dry run, would change) or deliberately left alone,
 * with the action and the reason. Unchanged files are only counted: listing
 * 100,000 of them would exceed what a step output can hold.
 */
import type { ActionResult, PlanEntry, SyncResult } from '@ftp-actions/core';

/** Step outputs are limited (1 MiB each); the plan stops well short of that and says how much it left out. */
const maxPlanChars = 512 * 1024;

/** One line of the `plan` output. */
export interface PlanOutputEntry {
  readonly path: string;
  readonly type: 'file' | 'directory';
  readonly action: PlanEntry['action'];
  readonly reason: string;
  /** Real runs only: what happened, when it did not simply succeed. */
  readonly result?: 'failed' | 'kept';
  readonly error?: string;
}

/** The `plan` output's shape. */
export interface PlanOutput {
  readonly direction: SyncResult['direction'];
  readonly dryRun: boolean;
  readonly compare: SyncResult['compare'];
  /** Files skipped because nothing changed. */
  readonly unchanged: number;
  readonly entries: readonly PlanOutputEntry[];
  /** Entries left out to keep the output small; the job summary lists them. */
  readonly omitted: number;
}

function outputEntry(entry: PlanEntry, result: SyncResult): PlanOutputEntry {
  const base = { path: entry.path, type: entry.kind, action: entry.action, reason: entry.reason };
  const outcome = result.outcomes.get(entry);
  if (result.dryRun || outcome === undefined || outcome.status === 'done') return base;
  return { ...base, result: outcome.status, ...(outcome.reason === undefined ? {} : { error: outcome.reason }) };
}

/** The `plan` output as JSON. */
export function planJson(result: SyncResult): string {
  const entries: PlanOutputEntry[] = [];
  let unchanged = 0;
  let chars = 0;
  let omitted = 0;
  for (const entry of result.plan.entries) {
    if (entry.unchanged === true) {
      unchanged += 1;
      continue;
    }
    const line = outputEntry(entry, result);
    chars += JSON.stringify(line).length + 1;
    if (chars > maxPlanChars) omitted += 1;
    else entries.push(line);
  }
  const output: PlanOutput = { direction: result.direction, dryRun: result.dryRun, compare: result.compare, unchanged, entries, omitted };
  return JSON.stringify(output);
}

/** True when the sync moved anything (in a dry run: would move anything). */
export function hasChanges(result: SyncResult): boolean {
  const { uploaded, downloaded, deleted, created } = result.counts;
  return uploaded + downloaded + deleted + created > 0;
}

/** Every output action.yml declares. */
export function syncOutputs(result: SyncResult): ActionResult['outputs'] {
  return {
    'uploaded-count': result.counts.uploaded,
    'downloaded-count': result.counts.downloaded,
    'deleted-count': result.counts.deleted,
    'skipped-count': result.counts.skipped,
    'failed-count': result.counts.failed,
    bytes: result.bytes,
    changed: hasChanges(result),
    plan: planJson(result),
    'duration-ms': Math.round(result.durationMs),
  };
}
