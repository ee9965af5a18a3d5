/**
 * The job summary: the verdict first (and "dry run" at the very top when it
 * is one), the totals, then the plan as tables grouped by action with the
 * reason for each path, folded when long.
 */
import prettyBytes from 'pretty-bytes';
import { cell, describeMaxDelete, details, sections, table, type PlanEntry, type SyncResult } from '@ftp-actions/core';
import type { SyncSettings } from './inputs.js';

/** Groups longer than this are folded. */
const foldAfter = 20;
/** Rows shown per group; the summary must stay under GitHub's 1 MiB. */
const maxRows = 1000;

const groups: readonly { action: PlanEntry['action']; title: string; dryTitle: string }[] = [
  { action: 'conflict', title: 'Conflicts', dryTitle: 'Conflicts' },
  { action: 'upload', title: 'Uploaded', dryTitle: 'Would upload' },
  { action: 'download', title: 'Downloaded', dryTitle: 'Would download' },
  { action: 'mkdir', title: 'Directories made', dryTitle: 'Would make directories' },
  { action: 'delete', title: 'Deleted', dryTitle: 'Would delete' },
  { action: 'skip', title: 'Left alone', dryTitle: 'Would leave alone' },
];

function pathCell(entry: PlanEntry): string {
  return entry.kind === 'directory' ? `${entry.path}/` : entry.path;
}

function groupTable(result: SyncResult, entries: readonly PlanEntry[]): string {
  const shown = entries.slice(0, maxRows);
  const withResult = shown.some((entry) => {
    const status = result.outcomes.get(entry)?.status;
    return status !== undefined && status !== 'done';
  });
  const rows = shown.map((entry) => {
    const outcome = result.outcomes.get(entry);
    const row: (string | number | undefined)[] = [pathCell(entry), entry.reason];
    if (withResult)
      row.push(
        outcome === undefined
          ? undefined
          : outcome.status === 'done'
            ? '✅'
            : `${outcome.status === 'failed' ? '❌' : '➖'} ${outcome.reason ?? outcome.status}`,
      );
    return row;
  });
  const more = entries.length > maxRows ? `\n\n… and ${entries.length - maxRows} more (the plan output lists them).` : '';
  return table(withResult ? ['path', 'reason', 'result'] : ['path', 'reason'], rows) + more;
}

function planSections(result: SyncResult): string[] {
  const parts: string[] = [];
  for (const group of groups) {
    const entries = result.plan.entries.filter((entry) => entry.action === group.action && entry.unchanged !== true);
    if (entries.length === 0) continue;
    const title = `${result.dryRun ? group.dryTitle : group.title} (${entries.length})`;
    parts.push(entries.length > foldAfter ? details(title, groupTable(result, entries)) : `### ${title}\n\n${groupTable(result, entries)}`);
  }
  return parts;
}

function verdict(settings: SyncSettings, result: SyncResult): string {
  const { connection } = settings;
  const where = `${connection.host}:${result.remoteDir}`;
  const arrow = result.direction === 'push' ? `${result.localDir} → ${where}` : `${where} → ${result.localDir}`;
  const { uploaded, downloaded, deleted, failed } = result.counts;
  const moved = result.direction === 'push' ? `${uploaded} uploaded` : `${downloaded} downloaded`;
  if (result.dryRun) {
    const verb = result.direction === 'push' ? `${uploaded} to upload` : `${downloaded} to download`;
    return `## 🔎 Dry run: nothing was changed\n\nFTP sync (${result.direction}) ${arrow}: ${verb}, ${deleted} to delete${result.failure === undefined ? '' : ' (but the real run would be refused, see below)'}.`;
  }
  if (result.failure !== undefined) return `## ❌ FTP sync (${result.direction}) ${arrow}: ${moved}, ${deleted} deleted, ${failed} failed`;
  return `## ✅ FTP sync (${result.direction}) ${arrow}: ${moved}, ${deleted} deleted`;
}

function failureText(result: SyncResult): string | undefined {
  const { failure } = result;
  if (failure === undefined) return undefined;
  const hint = 'hint' in failure && typeof failure.hint === 'string' ? `\n\n**Try:** ${failure.hint}` : '';
  return `**Reason:** ${cell(failure.message)}${hint}`;
}

/** The job summary of a sync. */
export function syncSummary(settings: SyncSettings, result: SyncResult): string {
  const { sync } = settings;
  const unchanged = result.plan.entries.filter((entry) => entry.unchanged === true).length;
  const { uploaded, downloaded, deleted, created, skipped, failed } = result.counts;
  const totals = table(
    ['', 'files'],
    [
      [
        result.direction === 'push' ? 'uploaded' : 'downloaded',
        `${result.direction === 'push' ? uploaded : downloaded} (${prettyBytes(result.bytes)})`,
      ],
      ['deleted', deleted],
      ['directories made', created],
      ['unchanged', unchanged],
      ['left alone (protected, kept, delete off)', skipped - unchanged],
      ['failed', failed],
      ['time', `${(result.durationMs / 1000).toFixed(1)} s`],
    ],
  );
  const notes = result.notes.length === 0 ? undefined : result.notes.map((note) => `> ${note}`).join('\n>\n');
  const plan = planSections(result);
  const settingsTable = details(
    'Settings',
    table(
      ['setting', 'value'],
      [
        ['compare', result.compare === sync.compare ? sync.compare : `${result.compare} (instead of ${sync.compare}, this once)`],
        ['delete', sync.delete ? `yes, at most ${describeMaxDelete(sync.maxDelete)}` : 'no'],
        ['protect', sync.protect.join(', ')],
        ['exclude', [...(sync.excludeDefaults ? ['.git/', 'node_modules/'] : []), ...sync.exclude].join(', ')],
        ['hidden files', sync.includeHidden ? 'included' : 'left out'],
        ['lock', sync.lock ? 'yes' : 'no'],
        ['atomic', sync.atomic ? 'yes' : 'no'],
        ['concurrency', settings.connection.concurrency],
      ],
    ),
  );
  return sections(
    verdict(settings, result),
    failureText(result),
    notes,
    totals,
    plan.length === 0 ? 'Nothing to change.' : plan.join('\n\n'),
    settingsTable,
  );
}
