import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { uploadFiles, type TransferOptions } from '@ftp-actions/core';
import { startFtpSrv, type RunningServer } from '@ftp-actions/test-servers';
import { recordingLogger } from '../../packages/core/test/helpers/recording-logger.js';
import { quietDeps, readTree, sameTree, sampleTree, tracedPool, uploadItems, writeTree, type TracedPool } from './transfer-helpers.js';

const options: TransferOptions = { atomic: true, overwrite: 'always', preserveMtime: false, retries: 2, retryDelayMs: 5 };

let local: string;
beforeAll(async () => {
  local = await mkdtemp(join(tmpdir(), 'upload-src-'));
  await writeTree(local, sampleTree);
});
afterAll(() => rm(local, { recursive: true, force: true }));

describe('uploadFiles against ftp-srv', () => {
  let server: RunningServer;
  let traced: TracedPool;
  beforeEach(async () => {
    server = await startFtpSrv();
    traced = tracedPool(server, 4);
  });
  afterEach(async () => {
    await traced.pool.close();
    await server.close();
  });

  it.each([true, false])('uploads a tree (atomic: %s) that arrives byte for byte, leaving no temporary files', async (atomic) => {
    const report = await uploadFiles(traced.pool, await uploadItems(local, '/deploy/site'), { ...options, atomic }, quietDeps());
    expect(report.files.filter((file) => file.status !== 'transferred')).toEqual([]);
    expect(report.bytes).toBe([...(await readTree(local)).values()].reduce((sum, bytes) => sum + bytes.length, 0));
    // readTree sees every file, so a leftover temporary file would fail the comparison.
    expect(sameTree(await readTree(join(server.root, 'deploy/site')), await readTree(local))).toBe(true);
    expect(await readdir(server.root)).toEqual(['deploy']);
  });

  it('costs EPSV + STOR per file in place, and EPSV + STOR + RNFR + RNTO atomically', async () => {
    await mkdir(join(server.root, 'flat'));
    const flat = await mkdtemp(join(tmpdir(), 'flat-'));
    try {
      for (let index = 0; index < 6; index += 1) await writeFile(join(flat, `f${index}.txt`), `file ${index}`);
      const items = await uploadItems(flat, '/flat');

      await uploadFiles(traced.pool, items, { ...options, atomic: false }, quietDeps());
      // One-time: the base directory is looked up by listing its parent (ftp-srv offers no MLST).
      expect(traced.verbs()).toEqual({ EPSV: 6 + 1, LIST: 1, STOR: 6 });

      traced.commands.length = 0;
      await uploadFiles(traced.pool, items, { ...options, atomic: true }, quietDeps());
      // A port asked for ahead of time goes to the file that gets that
      // connection next (the pool's claim), so none goes unused.
      expect(traced.verbs()).toEqual({ EPSV: 6 + 1, LIST: 1, STOR: 6, RNFR: 6, RNTO: 6 });
    } finally {
      await rm(flat, { recursive: true, force: true });
    }
  });

  it('on one connection, asks for the next passive port with each rename and uses it: one EPSV per file', async () => {
    const single = tracedPool(server, 1);
    await mkdir(join(server.root, 'one'));
    const flat = await mkdtemp(join(tmpdir(), 'one-'));
    try {
      for (let index = 0; index < 5; index += 1) await writeFile(join(flat, `f${index}.txt`), `file ${index}`);
      const report = await uploadFiles(single.pool, await uploadItems(flat, '/one'), { ...options, atomic: true }, quietDeps());
      expect(report.files.map((file) => file.status)).toEqual(Array(5).fill('transferred'));
      const verbs = single.commands.map((command) => command.split(' ')[0]).filter((verb) => verb !== 'LIST');
      // One EPSV for the listing that finds the base folder, one for the first
      // file; then every rename but the last carries the next file's EPSV.
      expect(verbs.slice(0, 2)).toEqual(['EPSV', 'EPSV']);
      expect(verbs.slice(2)).toEqual([
        ...Array.from({ length: 4 }, () => ['STOR', 'RNFR', 'RNTO', 'EPSV']).flat(),
        ...['STOR', 'RNFR', 'RNTO'],
      ]);
      const stored = await readdir(join(server.root, 'one'));
      expect(stored.sort()).toEqual(['f0.txt', 'f1.txt', 'f2.txt', 'f3.txt', 'f4.txt']);
      for (let index = 0; index < 5; index += 1)
        expect(await readFile(join(server.root, 'one', `f${index}.txt`), 'utf8')).toBe(`file ${index}`);
    } finally {
      await single.pool.close();
      await rm(flat, { recursive: true, force: true });
    }
  });

  it('creates each directory once, up front, parents first', async () => {
    await uploadFiles(traced.pool, await uploadItems(local, '/deploy'), options, quietDeps());
    const mkds = traced.commands.filter((command) => command.startsWith('MKD '));
    expect(mkds.sort()).toEqual([
      'MKD /deploy',
      'MKD /deploy/css',
      'MKD /deploy/css/fonts',
      'MKD /deploy/css/fonts/deep',
      'MKD /deploy/docs',
      'MKD /deploy/docs/a b',
      'MKD /deploy/js',
    ]);
    expect(traced.commands.filter((command) => command.startsWith('CWD'))).toEqual([]);
  });

  it('overwrite never keeps what is there; if-different replaces only files whose size changed', async () => {
    await writeTree(join(server.root, 'site'), { 'index.html': 'OLD', 'js/app.js': 'console.log("hi");\n' });
    const items = await uploadItems(local, '/site');

    const never = await uploadFiles(traced.pool, items, { ...options, overwrite: 'never' }, quietDeps());
    expect(
      never.files
        .filter((file) => file.status === 'skipped')
        .map((file) => file.remotePath)
        .sort(),
    ).toEqual(['/site/index.html', '/site/js/app.js']);
    expect(await readFile(join(server.root, 'site/index.html'), 'utf8')).toBe('OLD');
    expect(traced.commands.filter((command) => /^(SIZE|MDTM)/.test(command))).toEqual([]);

    await writeFile(join(server.root, 'site/with space.txt'), 'changed, and of another size');
    const different = await uploadFiles(traced.pool, items, { ...options, overwrite: 'if-different' }, quietDeps());
    const byPath = new Map(different.files.map((file) => [file.remotePath, file.status]));
    expect(byPath.get('/site/with space.txt')).toBe('transferred');
    expect(byPath.get('/site/index.html')).toBe('transferred');
    expect(byPath.get('/site/css/site.css')).toBe('skipped');
    expect(sameTree(await readTree(join(server.root, 'site')), await readTree(local))).toBe(true);
  });

  it('uploads in-memory content', async () => {
    const report = await uploadFiles(
      traced.pool,
      [{ content: Buffer.from('v2.0.1\n'), remotePath: '/stamp/VERSION' }],
      options,
      quietDeps(),
    );
    expect(report.files[0]?.status).toBe('transferred');
    expect(await readFile(join(server.root, 'stamp/VERSION'), 'utf8')).toBe('v2.0.1\n');
  });

  it('warns once, not per file, that ftp-srv cannot set modification times', async () => {
    const log = recordingLogger('info');
    const report = await uploadFiles(traced.pool, await uploadItems(local, '/times'), { ...options, preserveMtime: true }, quietDeps(log));
    expect(report.files.every((file) => file.status === 'transferred')).toBe(true);
    expect(log.warnings).toHaveLength(1);
    expect(log.warnings[0]).toMatch(/cannot set modification times/);
  });
});
