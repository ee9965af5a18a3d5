import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatFtpTime, uploadFiles, type TransferOptions, type UploadFileItem } from '@ftp-actions/core';
import { FakePool, FakeServer } from './helpers/fake-ftp.js';
import { localFile, scratchDir } from './helpers/local-files.js';
import { recordingLogger } from './helpers/recording-logger.js';

const options: TransferOptions = { atomic: true, overwrite: 'always', preserveMtime: true, retries: 0 };

describe('formatFtpTime', () => {
  it('writes YYYYMMDDHHMMSS in UTC', () => {
    expect(formatFtpTime(new Date('2023-05-06T07:08:09.999Z'))).toBe('20230506070809');
  });
});

describe('preserve-mtime on upload', () => {
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  let server: FakeServer;
  let items: UploadFileItem[];
  beforeEach(async () => {
    scratch = await scratchDir();
    server = new FakeServer();
    server.dirs.add('/site');
    items = await Promise.all(['a', 'b', 'c', 'd'].map((name) => localFile(scratch.dir, name, name, `/site/${name}`)));
  });
  afterEach(() => scratch.remove());

  it('uses MFMT on the final names when FEAT lists it', async () => {
    server.features.set('MFMT', '');
    const log = recordingLogger();
    await uploadFiles(new FakePool(server), items, options, { log, now: () => 0 });
    expect(server.sent('MFMT').sort()).toEqual(['a', 'b', 'c', 'd'].map((name) => `MFMT 20230506070809 /site/${name}`));
    expect(server.files.get('/site/c')?.mtime).toEqual(new Date('2023-05-06T07:08:09Z'));
    expect(server.sent('FEAT')).toHaveLength(1);
    expect(log.warnings).toEqual([]);
  });

  it('falls back to the two-argument MDTM, checked once by reading the time back', async () => {
    server.mdtmSetsTime = true;
    const log = recordingLogger();
    await uploadFiles(new FakePool(server), items, options, { log, now: () => 0 });
    expect(server.sent('MDTM').filter((command) => command.startsWith('MDTM 2023'))).toHaveLength(4);
    expect(server.sent('MDTM').filter((command) => command.startsWith('MDTM /site'))).toHaveLength(1);
    expect(server.files.get('/site/d')?.mtime).toEqual(new Date('2023-05-06T07:08:09Z'));
    expect(log.warnings).toEqual([]);
  });

  it('warns once, not per file, when the server cannot set times, and still uploads', async () => {
    const log = recordingLogger();
    const report = await uploadFiles(new FakePool(server), items, options, { log, now: () => 0 });
    expect(report.files.every((file) => file.status === 'transferred')).toBe(true);
    expect(log.warnings).toHaveLength(1);
    expect(log.warnings[0]).toMatch(/cannot set modification times \(MDTM: 550/);
    // Probed on one file only.
    expect(server.sent('MDTM', 'MFMT')).toHaveLength(1);
  });
});
