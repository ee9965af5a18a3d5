/**
 * Upload: select the local files (or take the in-memory content), resolve
 * remote-dir, send everything over the pool, and report. A dry run lists
 * what would be sent and changes nothing on the server.
 */
import {
  TransferError,
  countResults,
  indexRemoteFiles,
  joinRemote,
  remoteParent,
  resolveRemoteDir,
  decideUpload,
  throughput,
  transferFailure,
  transferSummary,
  uploadFiles,
  type ActionDeps,
  type ActionResult,
  type ConnectionPool,
  type FileResult,
  type TransferReport,
  type UploadItem,
} from '@ftp-actions/core';
import type { UploadSettings } from './inputs.js';
import { selectLocalFiles } from './select-files.js';

/** Upload items with paths relative to remote-dir; made absolute once remote-dir is resolved. */
async function collectItems(settings: UploadSettings): Promise<UploadItem[]> {
  const { source } = settings;
  if (source.kind === 'content') return [{ content: Buffer.from(source.content, 'utf8'), remotePath: source.remoteFile }];
  const files = await selectLocalFiles(source.localDir, source.patterns);
  return files.map((file) => ({ localPath: file.localPath, remotePath: file.relativePath, size: file.size, mtime: file.mtime }));
}

function sizeOf(item: UploadItem): number {
  return 'content' in item ? item.content.length : item.size;
}

/** What a real run would do, without writing: skips are judged from one listing per directory. */
async function planDryRun(
  settings: UploadSettings,
  items: readonly UploadItem[],
  pool: ConnectionPool,
  deps: ActionDeps,
  started: number,
): Promise<TransferReport> {
  let skips = new Map<string, string>();
  if (settings.overwrite !== 'always') {
    const remote = await indexRemoteFiles(pool, new Set(items.map((item) => remoteParent(item.remotePath))), deps.log);
    skips = new Map(
      items.flatMap((item) => {
        const reason = decideUpload(settings.overwrite, sizeOf(item), remote.get(item.remotePath));
        return reason === undefined ? [] : [[item.remotePath, reason] as const];
      }),
    );
  }
  const files: FileResult[] = items.map((item) => {
    const reason = skips.get(item.remotePath);
    const local = 'localPath' in item ? { localPath: item.localPath } : {};
    return {
      remotePath: item.remotePath,
      ...local,
      bytes: sizeOf(item),
      status: reason === undefined ? 'transferred' : 'skipped',
      ...(reason === undefined ? { reason: 'dry run: would be sent' } : { reason }),
    };
  });
  for (const file of files)
    deps.log.info(
      `${file.status === 'transferred' ? 'Would upload' : 'Would skip'} ${file.remotePath}${file.status === 'skipped' ? ` (${file.reason ?? ''})` : ''}`,
    );
  return {
    files,
    bytes: files.filter((file) => file.status === 'transferred').reduce((sum, file) => sum + file.bytes, 0),
    durationMs: deps.now() - started,
  };
}

export function uploadOutputs(report: TransferReport): ActionResult['outputs'] {
  const counts = countResults(report);
  return {
    'uploaded-count': counts.transferred,
    'uploaded-bytes': report.bytes,
    'skipped-count': counts.skipped,
    'failed-count': counts.failed,
    files: JSON.stringify(report.files.filter((file) => file.status === 'transferred').map((file) => file.remotePath)),
    'duration-ms': Math.round(report.durationMs),
    throughput: throughput(report.bytes, report.durationMs),
  };
}

function failureOf(report: TransferReport): TransferError | undefined {
  return transferFailure(
    report,
    'upload',
    "Transient failures were already retried; the reasons above are the server's replies. Fix them and run the job again: files already sent are sent again unless overwrite says otherwise.",
  );
}

export async function runUpload(settings: UploadSettings, deps: ActionDeps): Promise<ActionResult> {
  const started = deps.now();
  // The first login (a few round trips) goes on while the local files are
  // scanned. A scan that finds nothing fails the step before anything is
  // sent: the pool is closed with the action.
  const pool = deps.openPool(settings.connection);
  pool.warm(1);
  const relativeItems = await collectItems(settings);
  if (relativeItems.length === 0) {
    throw new TransferError(
      '',
      `No files matched the files patterns in ${settings.source.kind === 'files' ? settings.source.localDir : 'local-dir'}; nothing was uploaded`,
      {
        hint: 'Check local-dir and files (patterns are relative to local-dir; did the build step run?).',
      },
    );
  }
  const remoteDir = await resolveRemoteDir(pool, settings.remoteDir);
  const items = relativeItems.map((item) => ({ ...item, remotePath: joinRemote(remoteDir, item.remotePath) }));
  deps.log.info(
    `${settings.dryRun ? 'Dry run: checking' : 'Uploading'} ${items.length} files to ${remoteDir} on ${settings.connection.host}`,
  );

  const report = settings.dryRun
    ? await planDryRun(settings, items, pool, deps, started)
    : await uploadFiles(
        pool,
        items,
        {
          atomic: settings.atomic,
          overwrite: settings.overwrite,
          order: settings.order,
          preserveMtime: settings.preserveMtime,
          retries: settings.connection.retries,
        },
        { log: deps.log, now: deps.now },
      );

  const summary = transferSummary({
    title: 'FTP upload',
    verb: 'uploaded',
    report,
    connection: settings.connection,
    dryRun: settings.dryRun,
    settings: [
      ['remote dir', remoteDir],
      ['overwrite', settings.overwrite],
      ['order', settings.order],
      ['atomic', String(settings.atomic)],
      ['preserve-mtime', String(settings.preserveMtime)],
    ],
  });
  return { outputs: uploadOutputs(report), summary, failure: failureOf(report) };
}
