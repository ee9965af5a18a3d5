import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uploadFiles, type TransferOptions, type UploadItem } from '@ftp-actions/core';
import { FakePool, FakeServer } from './helpers/fake-ftp.js';
import { localFile, scratchDir } from './helpers/local-files.js';
import { recordingLogger } from './helpers/recording-logger.js';

const atomic: TransferOptions = { atomic: true, overwrite: 'always', preserveMtime: false, retries: 2, retryDelayMs: 1 };
const deps = () => ({ log: recordingLogger(), now: () => 0 });

describe('uploadFiles', () => {
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  let server: FakeServer;
  beforeEach(async () => {
    scratch = await scratchDir();
    server = new FakeServer();
    server.dirs.add('/site');
  });
  afterEach(() => scratch.remove());

  it('atomic: sends EPSV, STOR to a temporary name, RNFR and RNTO per file, and nothing else', async () => {
    const item = await localFile(scratch.dir, 'a.txt', 'hello', '/site/a.txt');
    const report = await uploadFiles(new FakePool(server), [item], atomic, deps());
    expect(report.files).toEqual([{ remotePath: '/site/a.txt', localPath: item.localPath, bytes: 5, status: 'transferred' }]);
    expect(server.text('/site/a.txt')).toBe('hello');
    // The base directory is looked up once (a listing of its parent here, no MLST), then the file.
    const [lookEpsv, look, epsv, stor, rnfr, rnto, ...rest] = server.commands;
    expect([lookEpsv, look]).toEqual(['EPSV', 'LIST -a /']);
    expect(epsv).toBe('EPSV');
    expect(stor).toMatch(/^STOR \/site\/\.a\.txt\.ftp-actions-[0-9a-f]{12}\.part$/);
    expect(rnfr).toBe(`RNFR ${stor?.slice(5) ?? ''}`);
    expect(rnto).toBe('RNTO /site/a.txt');
    expect(rest).toEqual([]);
    expect([...server.files.keys()]).toEqual(['/site/a.txt']);
  });

  it('in place: sends EPSV and STOR to the final name', async () => {
    const items = [await localFile(scratch.dir, 'a.txt', 'A', '/site/a.txt'), await localFile(scratch.dir, 'b.txt', 'BB', '/site/b.txt')];
    await uploadFiles(new FakePool(server), items, { ...atomic, atomic: false }, deps());
    const transfers = server.commands.filter((command) => /^(STOR|APPE|SIZE|MDTM|RNFR|RNTO|DELE|MKD)/.test(command));
    expect(transfers.sort()).toEqual(['STOR /site/a.txt', 'STOR /site/b.txt']);
    expect(server.text('/site/b.txt')).toBe('BB');
  });

  it('creates every directory once, up front, and uploads in-memory content', async () => {
    const items: UploadItem[] = [
      await localFile(scratch.dir, 'x/y/1.txt', '1', '/site/x/y/1.txt'),
      await localFile(scratch.dir, 'x/2.txt', '2', '/site/x/2.txt'),
      { content: Buffer.from('v1.2.3\n'), remotePath: '/site/x/y/version.txt' },
      { content: Buffer.alloc(0), remotePath: '/site/empty.txt' },
    ];
    const report = await uploadFiles(new FakePool(server), items, atomic, deps());
    expect(report.files.map((file) => file.status)).toEqual(['transferred', 'transferred', 'transferred', 'transferred']);
    expect(server.sent('MKD')).toEqual(['MKD /site/x', 'MKD /site/x/y']);
    expect(server.text('/site/x/y/version.txt')).toBe('v1.2.3\n');
    expect(server.text('/site/empty.txt')).toBe('');
    expect(report.bytes).toBe(1 + 1 + 7 + 0);
  });

  it('creates a missing base directory', async () => {
    const item = await localFile(scratch.dir, 'a.txt', 'a', '/new/base/a.txt');
    await uploadFiles(new FakePool(server), [item], atomic, deps());
    expect(server.text('/new/base/a.txt')).toBe('a');
  });

  it('overwrite never: skips what exists, from one listing per directory, without SIZE', async () => {
    server.addFile('/site/old.txt', 'old');
    const items = [
      await localFile(scratch.dir, 'old.txt', 'new!', '/site/old.txt'),
      await localFile(scratch.dir, 'b.txt', 'b', '/site/b.txt'),
    ];
    const report = await uploadFiles(new FakePool(server), items, { ...atomic, overwrite: 'never' }, deps());
    expect(report.files.map((file) => [file.status, file.reason])).toEqual([
      ['skipped', 'it exists on the server (overwrite: never)'],
      ['transferred', undefined],
    ]);
    expect(server.text('/site/old.txt')).toBe('old');
    expect(server.sent('SIZE', 'MDTM')).toEqual([]);
    expect(server.sent('LIST').filter((command) => command.endsWith(' /site'))).toHaveLength(1);
  });

  it('overwrite if-different: replaces files whose size differs', async () => {
    server.addFile('/site/same.txt', 'abc');
    server.addFile('/site/other.txt', 'abc');
    const items = [
      await localFile(scratch.dir, 'same.txt', 'xyz', '/site/same.txt'),
      await localFile(scratch.dir, 'other.txt', 'longer', '/site/other.txt'),
    ];
    const report = await uploadFiles(new FakePool(server), items, { ...atomic, overwrite: 'if-different' }, deps());
    expect(report.files.map((file) => file.status)).toEqual(['skipped', 'transferred']);
    expect(server.text('/site/same.txt')).toBe('abc');
    expect(server.text('/site/other.txt')).toBe('longer');
  });

  it('refuses relative, escaping and duplicate remote paths before sending anything for them', async () => {
    const item = await localFile(scratch.dir, 'a.txt', 'a', '/site/a.txt');
    const report = await uploadFiles(
      new FakePool(server),
      [item, { ...item, remotePath: 'relative.txt' }, { ...item, remotePath: '/site/../../x' }, { ...item, remotePath: '/site//a.txt' }],
      atomic,
      deps(),
    );
    expect(report.files.map((file) => file.status)).toEqual(['transferred', 'failed', 'failed', 'failed']);
    expect(report.files[1]?.reason).toMatch(/not an absolute file path/);
    expect(report.files[2]?.reason).toMatch(/climbs above/);
    expect(report.files[3]?.reason).toMatch(/same remote path/);
  });

  it('logs each file at verbose and a closing line', async () => {
    const items = await Promise.all(['1', '2', '3'].map((name) => localFile(scratch.dir, name, name, `/site/${name}`)));
    const log = recordingLogger();
    await uploadFiles(new FakePool(server), items, atomic, { log, now: () => 0 });
    const lines = log.lines.filter((line) => line.level === 'verbose' && line.message.startsWith('Uploaded /site/'));
    expect(lines.map((line) => line.message).sort()).toEqual([
      'Uploaded /site/1 (1 B)',
      'Uploaded /site/2 (1 B)',
      'Uploaded /site/3 (1 B)',
    ]);
    expect(log.infos.at(-1)).toBe('Uploaded 3 of 3 files (3 B) in 0ms');
  });
});
