import { describe, expect, it } from 'vitest';
import { summaryRowLimit, transferSummary, type ConnectionSettings, type FileResult } from '@ftp-actions/core';

const connection: ConnectionSettings = {
  host: 'ftp.example.com',
  port: 21,
  username: 'deploy',
  password: 'not shown',
  protocol: 'ftps',
  tls: { verify: true, ca: undefined, fingerprint: undefined },
  timeoutMs: 30_000,
  concurrency: 8,
  retries: 3,
  encoding: 'utf8',
  logLevel: 'info',
  dataMode: 'passive',
  activeAddress: undefined,
};

function files(count: number, status: FileResult['status'] = 'transferred'): FileResult[] {
  return Array.from({ length: count }, (_, index) => ({
    remotePath: `/site/assets/some/deeper/folder/file-${String(index).padStart(6, '0')}.js`,
    localPath: `/home/runner/work/site/site/dist/assets/some/deeper/folder/file-${String(index).padStart(6, '0')}.js`,
    bytes: 1024,
    status,
    ...(status === 'failed' ? { reason: 'STOR failed: 553 Could not create file on the server because it is full' } : {}),
  }));
}

function summaryOf(results: FileResult[]): string {
  return transferSummary({
    title: 'FTP upload',
    verb: 'uploaded',
    report: { files: results, bytes: 1024 * results.length, durationMs: 1000 },
    connection,
    dryRun: false,
    settings: [['remote dir', '/site']],
  });
}

describe('transferSummary', () => {
  it('lists every file of a small batch', () => {
    const text = summaryOf(files(30));
    expect(text).toContain('<summary>All 30 files</summary>');
    expect(text).toContain('file-000029.js');
    expect(text).not.toContain('more, not listed');
  });

  it('stays under the 1 MiB GitHub accepts for 20,000 files, all failed, saying how many it left out', () => {
    const text = summaryOf(files(20_000, 'failed'));
    expect(Buffer.byteLength(text)).toBeLessThan(1024 * 1024);
    expect(text).toContain('## ❌ FTP upload: 0 uploaded, 0 skipped, 20000 failed');
    expect(text).toContain(`file-${String(summaryRowLimit - 1).padStart(6, '0')}.js`);
    expect(text).not.toContain(`file-${String(summaryRowLimit).padStart(6, '0')}.js`);
    // Once under "Failures", once under "All 20000 files".
    expect(text.match(/… and 19000 more, not listed/g)).toHaveLength(2);
  });
});
