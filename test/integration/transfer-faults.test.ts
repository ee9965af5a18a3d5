/**
 * Faults injected into ftp-srv's file system: a write refused for one path, a
 * server that refuses every write, a connection cut in the middle of a
 * transfer (421, then the socket closes), a rename that will not replace a file.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { downloadFiles, uploadFiles, type TransferOptions } from '@ftp-actions/core';
import { FileSystem, startFtpSrv, type FtpConnection, type FtpSrvOptions, type RunningServer } from '@ftp-actions/test-servers';
import { recordingLogger } from '../../packages/core/test/helpers/recording-logger.js';
import { quietDeps, readTree, sameTree, sampleTree, tracedPool, uploadItems, writeTree, type TracedPool } from './transfer-helpers.js';

const options: TransferOptions = { atomic: true, overwrite: 'always', preserveMtime: false, retries: 3, retryDelayMs: 5 };
const big = Buffer.from(Array.from({ length: 256 * 1024 }, (_, index) => (index * 31) % 251));

/** Answers 421 and closes the control connection, as a server does when it gives up on a client. */
function cutConnection(connection: FtpConnection): void {
  void connection.reply(421, 'Injected fault: closing control connection').then(() => {
    const socket: unknown = Reflect.get(connection, 'commandSocket');
    if (socket instanceof net.Socket) socket.destroy();
  });
}

/** Passes the first `limit` bytes to `inner`, flushes them to disk, then cuts the connection. */
function cuttingWriter(inner: Writable, limit: number, cut: () => void): Writable {
  let written = 0;
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (written >= limit) return; // the connection is being cut: leave the write hanging
      const part = chunk.subarray(0, limit - written);
      written += part.length;
      inner.write(part, () => (written >= limit ? inner.end(cut) : done()));
    },
    final(done) {
      inner.end(done);
    },
  });
}

interface Faults {
  /** Cut the first upload (of a temporary file) after this many bytes. */
  cutUploadAfter?: number;
  /** Cut the first download after this many bytes. */
  cutDownloadAfter?: number;
  /** Refuse writes to names containing this. */
  refuseWritesTo?: string;
  /** Refuse RNTO onto an existing file, like IIS. */
  refuseRenameOverExisting?: boolean;
}

/** ftp-srv's disk file system with the faults of `faults`, each injected once. */
function faultyFileSystem(faults: Faults): NonNullable<FtpSrvOptions['fileSystem']> {
  let uploadCut = false;
  let downloadCut = false;
  return (connection, root) => {
    class Faulty extends FileSystem {
      override write(fileName: string, flags?: { append?: boolean; start?: number }): unknown {
        if (faults.refuseWritesTo !== undefined && fileName.includes(faults.refuseWritesTo)) throw new Error('Permission denied');
        const opened = super.write(fileName, flags) as { stream: Writable; clientPath: string };
        if (faults.cutUploadAfter === undefined || uploadCut || !fileName.endsWith('.part')) return opened;
        uploadCut = true;
        return { ...opened, stream: cuttingWriter(opened.stream, faults.cutUploadAfter, () => cutConnection(connection)) };
      }

      override async read(fileName: string, flags?: { start?: number }): Promise<unknown> {
        const opened = (await super.read(fileName, flags)) as { stream: Readable; clientPath: string };
        if (faults.cutDownloadAfter === undefined || downloadCut) return opened;
        downloadCut = true;
        const limit = faults.cutDownloadAfter;
        const head = Readable.from(
          (async function* () {
            let sent = 0;
            for await (const chunk of opened.stream) {
              const buffer = chunk as Buffer;
              yield buffer.subarray(0, limit - sent);
              sent += buffer.length;
              if (sent >= limit) break;
            }
            opened.stream.destroy();
            // Give the client time to write what it got, then drop it mid-transfer.
            await new Promise((resolve) => setTimeout(resolve, 200));
            cutConnection(connection);
            await new Promise(() => undefined);
          })(),
        );
        return { ...opened, stream: head };
      }

      override async rename(from: string, to: string): Promise<unknown> {
        if (faults.refuseRenameOverExisting && existsSync(join(this.root, to))) {
          throw new Error('Cannot create a file when that file already exists.');
        }
        return super.rename(from, to);
      }
    }
    return new Faulty(connection, { root, cwd: '/' });
  };
}

describe('transfers with faults', () => {
  let server: RunningServer | undefined;
  let traced: TracedPool;
  let local: string;
  const start = async (serverOptions: FtpSrvOptions): Promise<void> => {
    server = await startFtpSrv(serverOptions);
    traced = tracedPool(server, 3);
  };
  beforeEach(async () => {
    local = await mkdtemp(join(tmpdir(), 'faults-'));
  });
  afterEach(async () => {
    await traced.pool.close();
    await server?.close();
    await rm(local, { recursive: true, force: true });
  });

  it('reports each file of a read-only server with its reply', async () => {
    await start({ readOnly: true });
    await mkdir(join(server?.root ?? '', 'site'));
    await writeTree(local, sampleTree);
    const report = await uploadFiles(traced.pool, await uploadItems(local, '/site'), options, quietDeps());
    expect(report.files.every((file) => file.status === 'failed')).toBe(true);
    const byPath = new Map(report.files.map((file) => [file.remotePath, file.reason]));
    expect(byPath.get('/site/index.html')).toMatch(/^STOR failed: 550 Permission denied: write .* on a read-only server$/);
    expect(byPath.get('/site/css/site.css')).toMatch(/^Could not create the remote directory "\/site\/css": 550 Permission denied/);
    expect(await readdir(join(server?.root ?? '', 'site'))).toEqual([]);
  });

  it('fails a file refused with 550 while the others arrive', async () => {
    await start({ fileSystem: faultyFileSystem({ refuseWritesTo: 'with space' }) });
    await writeTree(local, sampleTree);
    const report = await uploadFiles(traced.pool, await uploadItems(local, '/site'), options, quietDeps());
    const failed = report.files.filter((file) => file.status === 'failed');
    expect(failed).toEqual([
      {
        remotePath: '/site/with space.txt',
        localPath: join(local, 'with space.txt'),
        bytes: 0,
        status: 'failed',
        reason: 'STOR failed: 550 Permission denied',
      },
    ]);
    const arrived = await readTree(join(server?.root ?? '', 'site'));
    const expected = await readTree(local);
    expected.delete('with space.txt');
    expect(sameTree(arrived, expected)).toBe(true);
  });

  it('resumes an upload cut by the server with APPE and a size check, byte for byte', async () => {
    await start({ fileSystem: faultyFileSystem({ cutUploadAfter: 100_000 }) });
    await writeTree(local, { 'big.bin': big });
    const log = recordingLogger('info');
    const report = await uploadFiles(traced.pool, await uploadItems(local, '/data'), options, quietDeps(log));
    expect(report.files[0]).toMatchObject({ status: 'transferred', bytes: big.length });
    expect((await readFile(join(server?.root ?? '', 'data/big.bin'))).equals(big)).toBe(true);
    const temp = traced.commands.find((command) => command.startsWith('STOR '))?.slice(5) ?? '';
    expect(traced.commands.filter((command) => /^(STOR|APPE|SIZE|RNFR|RNTO)/.test(command))).toEqual([
      `STOR ${temp}`,
      `SIZE ${temp}`,
      `APPE ${temp}`,
      `SIZE ${temp}`,
      `RNFR ${temp}`,
      'RNTO /data/big.bin',
    ]);
    expect(log.warnings.join('\n')).toMatch(/Upload of \/data\/big.bin failed \(attempt 1\).*421/);
    expect(await readdir(join(server?.root ?? '', 'data'))).toEqual(['big.bin']);
  });

  it('resumes a download cut by the server with REST, byte for byte', async () => {
    await start({ fileSystem: faultyFileSystem({ cutDownloadAfter: 64 * 1024 }) });
    await writeTree(join(server?.root ?? '', 'data'), { 'big.bin': big });
    const report = await downloadFiles(
      traced.pool,
      [{ remotePath: '/data/big.bin', localPath: 'big.bin', size: big.length }],
      { ...options, localDir: local },
      quietDeps(),
    );
    expect(report.files[0]).toMatchObject({ status: 'transferred', bytes: big.length });
    expect((await readFile(join(local, 'big.bin'))).equals(big)).toBe(true);
    const rest = traced.commands.find((command) => command.startsWith('REST '));
    expect(Number(rest?.slice(5))).toBeGreaterThan(0);
    expect(await readdir(local)).toEqual(['big.bin']);
  });

  it('says clearly when the server will not rename onto an existing file, leaving it and no temporary file', async () => {
    await start({ fileSystem: faultyFileSystem({ refuseRenameOverExisting: true }) });
    await writeTree(join(server?.root ?? '', 'site'), { 'index.html': 'live version' });
    await writeTree(local, { 'index.html': 'new version', 'new.html': 'brand new' });
    const report = await uploadFiles(traced.pool, await uploadItems(local, '/site'), options, quietDeps());
    const byPath = new Map(report.files.map((file) => [file.remotePath, file]));
    expect(byPath.get('/site/new.html')?.status).toBe('transferred');
    expect(byPath.get('/site/index.html')?.reason).toMatch(
      /refused to rename the uploaded file onto the existing "\/site\/index.html" \(RNTO answered 550 Cannot create a file when that file already exists.\)/,
    );
    expect(await readFile(join(server?.root ?? '', 'site/index.html'), 'utf8')).toBe('live version');
    expect((await readdir(join(server?.root ?? '', 'site'))).sort()).toEqual(['index.html', 'new.html']);

    const inPlace = await uploadFiles(traced.pool, await uploadItems(local, '/site'), { ...options, atomic: false }, quietDeps());
    expect(inPlace.files.every((file) => file.status === 'transferred')).toBe(true);
    expect(await readFile(join(server?.root ?? '', 'site/index.html'), 'utf8')).toBe('new version');
  });
});
