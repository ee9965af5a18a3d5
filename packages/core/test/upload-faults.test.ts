import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuthenticationError, uploadFiles, type ClientPool, type FtpClient, type TransferOptions } from '@ftp-actions/core';
import { FakePool, FakeServer } from './helpers/fake-ftp.js';
import { localFile, scratchDir } from './helpers/local-files.js';
import { recordingLogger } from './helpers/recording-logger.js';

const atomic: TransferOptions = { atomic: true, overwrite: 'always', preserveMtime: false, retries: 2, retryDelayMs: 1 };
const payload = Buffer.from('0123456789'.repeat(100));

describe('uploadFiles when things go wrong', () => {
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  let server: FakeServer;
  beforeEach(async () => {
    scratch = await scratchDir();
    server = new FakeServer();
    server.dirs.add('/site');
  });
  afterEach(() => scratch.remove());

  it('resumes a dropped atomic upload with APPE from the size of the temporary file, on a fresh connection', async () => {
    let broken = false;
    server.breakTransferAfter = (kind) => {
      if (kind !== 'upload' || broken) return undefined;
      broken = true;
      return 300;
    };
    const item = await localFile(scratch.dir, 'big.bin', payload, '/site/big.bin');
    const log = recordingLogger();
    const pool = new FakePool(server);
    const report = await uploadFiles(pool, [item], atomic, { log, now: () => 0 });

    expect(report.files[0]?.status).toBe('transferred');
    expect(server.files.get('/site/big.bin')?.data.equals(payload)).toBe(true);
    const temp = server.sent('STOR')[0]?.slice(5) ?? '';
    expect(server.sent('STOR', 'SIZE', 'APPE', 'RNFR', 'RNTO')).toEqual([
      `STOR ${temp}`,
      `SIZE ${temp}`,
      `APPE ${temp}`,
      `SIZE ${temp}`,
      `RNFR ${temp}`,
      'RNTO /site/big.bin',
    ]);
    expect(pool.clients.length).toBe(2);
    expect(pool.clients[0]?.closed).toBe(true);
    expect(log.warnings.some((line) => line.includes('Upload of /site/big.bin failed (attempt 1)'))).toBe(true);
  });

  it('asks again, after a pause, when RNFR says the file it just stored is not there yet (ftp-srv, object-store gateways)', async () => {
    let refusals = 0;
    server.fault = (command) => (command.startsWith('RNFR ') && refusals++ < 1 ? { reply: 550, text: 'ENOENT: no such file' } : undefined);
    const item = await localFile(scratch.dir, 'late.txt', payload, '/site/late.txt');
    const report = await uploadFiles(new FakePool(server), [item], { ...atomic, retries: 0 }, { log: recordingLogger(), now: () => 0 });

    expect(report.files[0]?.status).toBe('transferred');
    expect(server.files.get('/site/late.txt')?.data.equals(payload)).toBe(true);
    expect(server.sent('RNFR')).toHaveLength(2);
  });

  it('still reports a refused RNFR when asking again does not help', async () => {
    server.fault = (command) => (command.startsWith('RNFR ') ? { reply: 550, text: 'Permission denied' } : undefined);
    const item = await localFile(scratch.dir, 'denied.txt', payload, '/site/denied.txt');
    const report = await uploadFiles(new FakePool(server), [item], { ...atomic, retries: 0 }, { log: recordingLogger(), now: () => 0 });

    expect(report.files[0]?.status).toBe('failed');
    expect(report.files[0]?.reason).toMatch(/RNFR failed: 550 Permission denied/);
    expect(server.sent('RNFR')).toHaveLength(3);
  });

  it('starts in-place uploads over rather than appending to what may be an older file', async () => {
    let broken = false;
    server.breakTransferAfter = () => (broken ? undefined : ((broken = true), 300));
    const item = await localFile(scratch.dir, 'big.bin', payload, '/site/big.bin');
    await uploadFiles(new FakePool(server), [item], { ...atomic, atomic: false }, { log: recordingLogger(), now: () => 0 });
    expect(server.sent('STOR', 'APPE', 'SIZE')).toEqual(['STOR /site/big.bin', 'STOR /site/big.bin']);
    expect(server.files.get('/site/big.bin')?.data.equals(payload)).toBe(true);
  });

  it('fails a file refused for good with the server reply, removes its temporary file, and sends the others', async () => {
    server.fault = (command) => (command.startsWith('STOR /site/.secret') ? { reply: 550, text: 'Permission denied' } : undefined);
    const items = [await localFile(scratch.dir, 'secret', 's', '/site/secret'), await localFile(scratch.dir, 'open', 'o', '/site/open')];
    const report = await uploadFiles(new FakePool(server), items, atomic, { log: recordingLogger(), now: () => 0 });
    expect(report.files.map(({ status, reason }) => ({ status, reason }))).toEqual([
      { status: 'failed', reason: 'STOR failed: 550 Permission denied' },
      { status: 'transferred', reason: undefined },
    ]);
    // Not retried: a 550 stays a 550.
    expect(server.sent('STOR').filter((command) => command.includes('secret'))).toHaveLength(1);
    expect(server.sent('DELE')).toHaveLength(1);
    expect([...server.files.keys()]).toEqual(['/site/open']);
  });

  it('gives up after the retries on a fault that does not pass, and says why', async () => {
    server.fault = (command) => (command.startsWith('STOR') ? { reply: 451, text: 'Local error in processing' } : undefined);
    const item = await localFile(scratch.dir, 'a', 'a', '/site/a');
    const report = await uploadFiles(new FakePool(server), [item], atomic, { log: recordingLogger(), now: () => 0 });
    expect(report.files[0]).toMatchObject({ status: 'failed', reason: 'STOR failed: 451 Local error in processing' });
    expect(server.sent('STOR')).toHaveLength(3);
  });

  it('says so when the server will not rename onto an existing file, and suggests atomic: false', async () => {
    server.refuseRenameOverExisting = true;
    server.addFile('/site/index.html', 'old');
    const item = await localFile(scratch.dir, 'index.html', 'new', '/site/index.html');
    const report = await uploadFiles(new FakePool(server), [item], atomic, { log: recordingLogger(), now: () => 0 });
    expect(report.files[0]?.status).toBe('failed');
    expect(report.files[0]?.reason).toMatch(
      /refused to rename the uploaded file onto the existing "\/site\/index.html" \(RNTO answered 550/,
    );
    expect(server.text('/site/index.html')).toBe('old');
    // The temporary file is gone; nothing was deleted to make room.
    expect([...server.files.keys()]).toEqual(['/site/index.html']);
    expect(server.sent('DELE')[0]).toMatch(/^DELE \/site\/\.index\.html\.ftp-actions-/);
  });

  it('fails the files of a directory that could not be created with the MKD reply', async () => {
    server.fault = (command) => (command === 'MKD /site/locked' ? { reply: 550, text: 'Permission denied' } : undefined);
    const items = [await localFile(scratch.dir, 'l/x', 'x', '/site/locked/x'), await localFile(scratch.dir, 'y', 'y', '/site/y')];
    const report = await uploadFiles(new FakePool(server), items, atomic, { log: recordingLogger(), now: () => 0 });
    expect(report.files[0]).toMatchObject({
      status: 'failed',
      reason: 'Could not create the remote directory "/site/locked": 550 Permission denied',
    });
    expect(report.files[1]?.status).toBe('transferred');
  });

  it('fails a local file that cannot be read without touching the server for it', async () => {
    const item = { localPath: `${scratch.dir}/missing`, remotePath: '/site/missing', size: 1, mtime: new Date() };
    const report = await uploadFiles(new FakePool(server), [item], atomic, { log: recordingLogger(), now: () => 0 });
    expect(report.files[0]?.reason).toMatch(/^Reading the local file failed: ENOENT/);
    expect(server.sent('STOR')).toEqual([]);
  });

  it('stops the whole batch when no connection can be had, without retrying each file', async () => {
    const working = new FakePool(server);
    let refused = 0;
    // Directory work gets through; then the server stops taking logins.
    const pool: ClientPool = {
      use: <T>(_task: (client: FtpClient) => Promise<T>): Promise<T> => {
        refused += 1;
        return Promise.reject(new AuthenticationError('127.0.0.1:21 refused the login as "deploy": 530 Login incorrect', { code: 530 }));
      },
      run: (description, task) => working.run(description, task),
    };
    const items = await Promise.all(['a', 'b', 'c'].map((name) => localFile(scratch.dir, name, name, `/site/${name}`)));
    await expect(uploadFiles(pool, items, atomic, { log: recordingLogger(), now: () => 0 })).rejects.toThrow(/530 Login incorrect/);
    expect(refused).toBe(3);
  });
});
