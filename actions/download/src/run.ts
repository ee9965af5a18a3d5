/**
 * Download: resolve remote-dir, then either read one small file into the
 * content output, or list the tree, pick the files by pattern and fetch
 * them over the pool. A dry run lists what would be fetched and writes
 * nothing.
 */
import { join } from 'node:path';
import {
  TransferError,
  countResults,
  downloadFiles,
  isDownloadDifferent,
  joinRemote,
  listRemoteTree,
  localFacts,
  readRemoteText,
  resolveInside,
  resolveRemoteDir,
  sections,
  throughput,
  transferFailure,
  transferSummary,
  type ActionDeps,
  type ActionResult,
  type DownloadItem,
  type FileResult,
  type TransferReport,
} from '@ftp-actions/core';
import { maxOutputBytes, type DownloadSettings } from './inputs.js';
import { selectRemoteFiles } from './select-remote.js';

export function downloadOutputs(report: TransferReport, content = ''): ActionResult['outputs'] {
  const counts = countResults(report);
  return {
    'downloaded-count': counts.transferred,
    'downloaded-bytes': report.bytes,
    'skipped-count': counts.skipped,
    'failed-count': counts.failed,
    files: JSON.stringify(report.files.filter((file) => file.status === 'transferred').map((file) => file.localPath ?? file.remotePath)),
    'duration-ms': Math.round(report.durationMs),
    throughput: throughput(report.bytes, report.durationMs),
    content,
  };
}

/** What a real run would do: same overwrite rules, judged from the listing and local stat. */
async function planDryRun(
  settings: DownloadSettings,
  localDir: string,
  items: readonly DownloadItem[],
  deps: ActionDeps,
  started: number,
): Promise<TransferReport> {
  const files: FileResult[] = [];
  for (const item of items) {
    const target = resolveInside(localDir, item.localPath);
    const local = await localFacts(target);
    let reason: string | undefined;
    if (local !== undefined && settings.overwrite === 'never') reason = 'it exists locally (overwrite: never)';
    if (
      local !== undefined &&
      settings.overwrite === 'if-different' &&
      !isDownloadDifferent({ size: item.size ?? 0, modifiedAt: item.modifiedAt }, local)
    ) {
      reason = 'same size and not newer (overwrite: if-different)';
    }
    files.push({
      remotePath: item.remotePath,
      localPath: target,
      bytes: item.size ?? 0,
      status: reason === undefined ? 'transferred' : 'skipped',
      reason: reason ?? 'dry run: would be fetched',
    });
    deps.log.info(
      `${reason === undefined ? 'Would download' : 'Would skip'} ${item.remotePath}${reason === undefined ? '' : ` (${reason})`}`,
    );
  }
  return {
    files,
    bytes: files.filter((file) => file.status === 'transferred').reduce((sum, file) => sum + file.bytes, 0),
    durationMs: deps.now() - started,
  };
}

function failureOf(report: TransferReport): TransferError | undefined {
  return transferFailure(
    report,
    'download',
    'Transient failures were already retried; the reasons above say what the server or the disk answered. Nothing half-written was left under a final name.',
  );
}

async function readToOutput(settings: DownloadSettings, remoteFile: string, deps: ActionDeps): Promise<ActionResult> {
  const started = deps.now();
  const pool = deps.openPool(settings.connection);
  const path = joinRemote(await resolveRemoteDir(pool, settings.remoteDir), remoteFile);
  const content = await readRemoteText(pool, path, maxOutputBytes);
  const bytes = Buffer.byteLength(content, 'utf8');
  deps.log.info(`Read ${path} (${bytes} bytes) into the content output`);
  const report: TransferReport = { files: [{ remotePath: path, bytes, status: 'transferred' }], bytes, durationMs: deps.now() - started };
  const summary = sections(`## ✅ FTP download: read ${path} into the content output`, `${bytes} bytes from ${settings.connection.host}.`);
  return { outputs: { ...downloadOutputs(report, content), files: JSON.stringify([]) }, summary };
}

export async function runDownload(settings: DownloadSettings, deps: ActionDeps): Promise<ActionResult> {
  const { target } = settings;
  if (target.kind === 'output') return readToOutput(settings, target.remoteFile, deps);
  const started = deps.now();
  const pool = deps.openPool(settings.connection);
  const remoteDir = await resolveRemoteDir(pool, settings.remoteDir);
  const listing = await listRemoteTree(pool, remoteDir, { recursive: target.recursive, log: deps.log });
  const selected = selectRemoteFiles(listing, target.patterns);
  const skippedLinks = listing.filter((entry) => entry.type === 'symlink').length;
  if (skippedLinks > 0) deps.log.info(`Left out ${skippedLinks} symbolic links: their targets may lie outside remote-dir`);
  deps.log.info(
    `${settings.dryRun ? 'Dry run: checking' : 'Downloading'} ${selected.length} of ${listing.length} entries from ${remoteDir} into ${target.localDir}`,
  );
  const items: DownloadItem[] = selected.map((entry) => ({
    remotePath: joinRemote(remoteDir, entry.path),
    localPath: join(target.localDir, ...entry.path.split('/')),
    size: entry.size,
    ...(entry.modifiedAt === undefined ? {} : { modifiedAt: entry.modifiedAt }),
  }));
  const report = settings.dryRun
    ? await planDryRun(settings, target.localDir, items, deps, started)
    : await downloadFiles(
        pool,
        items,
        {
          localDir: target.localDir,
          atomic: settings.atomic,
          overwrite: settings.overwrite,
          preserveMtime: settings.preserveMtime,
          retries: settings.connection.retries,
        },
        { log: deps.log, now: deps.now },
      );
  const summary = transferSummary({
    title: 'FTP download',
    verb: 'downloaded',
    report,
    connection: settings.connection,
    dryRun: settings.dryRun,
    settings: [
      ['remote dir', remoteDir],
      ['local dir', target.localDir],
      ['overwrite', settings.overwrite],
      ['atomic', String(settings.atomic)],
      ['preserve-mtime', String(settings.preserveMtime)],
    ],
  });
  return { outputs: downloadOutputs(report), summary, failure: failureOf(report) };
}
