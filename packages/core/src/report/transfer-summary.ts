/**
 * The job summary of a batch transfer (upload, download): a verdict, the
 * totals, the failures with their reasons, every file in a table (folded
 * when long), and the settings that mattered.
 */
import prettyBytes from 'pretty-bytes';
import { TransferError } from '../errors.js';
import type { ConnectionSettings } from '../settings/connection.js';
import type { FileResult, TransferReport } from '../transfer/types.js';
import { countResults } from '../transfer/types.js';
import { details, sections, table } from './markdown.js';

/** Lists longer than this are folded into a details block. */
const foldAfter = 20;

/**
 * Most rows in each list of the summary. GitHub refuses a job summary over
 * 1 MiB, and a row takes 100 to 300 bytes: 20,000 files made a 2.4 MB table
 * that the runner would have dropped, built at the very end of the run when
 * memory peaks. The `files` output still names every file.
 */
export const summaryRowLimit = 1000;

export interface TransferSummaryOptions {
  /** "Upload", "Download". */
  readonly title: string;
  /** Past tense for the totals: "uploaded", "downloaded". */
  readonly verb: string;
  readonly report: TransferReport;
  readonly connection: ConnectionSettings;
  /** Further settings worth showing: [name, value]. */
  readonly settings: readonly (readonly [string, string])[];
  readonly dryRun: boolean;
}

/** Bytes per second, 0 when nothing took time. */
export function throughput(bytes: number, durationMs: number): number {
  return durationMs > 0 ? Math.round((bytes * 1000) / durationMs) : 0;
}

function fileRows(files: readonly FileResult[]): string {
  const rows = table(
    ['file', 'result', 'size', 'note'],
    files
      .slice(0, summaryRowLimit)
      .map((file) => [
        file.localPath === undefined ? file.remotePath : `${file.remotePath} ← ${file.localPath}`,
        file.status,
        prettyBytes(file.bytes),
        file.reason,
      ]),
  );
  const left = files.length - summaryRowLimit;
  if (left <= 0) return rows;
  return sections(rows, `… and ${left} more, not listed (a job summary holds at most 1 MiB)`).trimEnd();
}

export function transferSummary(options: TransferSummaryOptions): string {
  const { report, connection } = options;
  const counts = countResults(report);
  const mark = counts.failed > 0 ? '❌' : '✅';
  const heading = options.dryRun
    ? `## 🔍 ${options.title} (dry run): ${counts.transferred} files would be ${options.verb}, nothing was changed`
    : `## ${mark} ${options.title}: ${counts.transferred} ${options.verb}, ${counts.skipped} skipped, ${counts.failed} failed`;
  const totals = table(
    ['', 'value'],
    [
      [options.dryRun ? `would be ${options.verb}` : options.verb, `${counts.transferred} files, ${prettyBytes(report.bytes)}`],
      ['skipped', counts.skipped],
      ['failed', counts.failed],
      ['time', `${(report.durationMs / 1000).toFixed(1)} s`],
      ['throughput', `${prettyBytes(throughput(report.bytes, report.durationMs))}/s`],
    ],
  );
  const failures = report.files.filter((file) => file.status === 'failed');
  const failureTable = failures.length === 0 ? undefined : `### Failures\n\n${fileRows(failures)}`;
  const all = report.files.length === 0 ? 'No files.' : fileRows(report.files);
  const fileList = report.files.length > foldAfter ? details(`All ${report.files.length} files`, all) : `### Files\n\n${all}`;
  const settings = table(
    ['setting', 'value'],
    [
      ['server', `${connection.host}:${connection.port}`],
      ['protocol', connection.protocol],
      ['concurrency', connection.concurrency],
      ...options.settings,
    ],
  );
  return sections(heading, totals, failureTable, fileList, settings);
}

/** Failed files listed in the step's error before the rest is left to the job summary. */
const listedFailures = 20;

/**
 * The step's failure for a batch with failed files: each one with its
 * reason (the server's reply or the disk's error), or undefined when none
 * failed. `verb` is "upload" or "download".
 */
export function transferFailure(report: TransferReport, verb: string, hint: string): TransferError | undefined {
  const failed = report.files.filter((file) => file.status === 'failed');
  if (failed.length === 0) return undefined;
  const lines = failed.slice(0, listedFailures).map((file) => `  - ${file.remotePath}: ${file.reason ?? 'failed'}`);
  if (failed.length > listedFailures) lines.push(`  … and ${failed.length - listedFailures} more (see the job summary)`);
  return new TransferError(
    failed[0]?.remotePath ?? '',
    `${failed.length} of ${report.files.length} files failed to ${verb}:\n${lines.join('\n')}`,
    { hint },
  );
}
