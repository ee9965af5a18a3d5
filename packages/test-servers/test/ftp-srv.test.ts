import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Client, FTPError, enterPassiveModeIPv4 } from 'basic-ftp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileSystem, startFtpSrv } from '@ftp-actions/test-servers';
import type { FtpConnection, RunningServer } from '@ftp-actions/test-servers';
import { connectTo, downloadText, uploadText } from './helpers.js';

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error: unknown) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return false;
    throw error;
  }
}

describe('startFtpSrv without TLS', () => {
  let server: RunningServer;
  let client: Client | undefined;

  beforeEach(async () => {
    server = await startFtpSrv();
  });

  afterEach(async () => {
    client?.close();
    client = undefined;
    await server.close();
  });

  it('listens on loopback with the default user and a random password', () => {
    expect(server.host).toBe('127.0.0.1');
    expect(server.port).toBeGreaterThan(0);
    expect(server.user).toBe('deploy');
    expect(server.password.length).toBeGreaterThanOrEqual(12);
    expect(server.tls).toBe('none');
  });

  it('stores an upload in its root and serves it back', async () => {
    client = await connectTo(server);
    await uploadText(client, 'hello.txt', 'hello, ftp');
    expect(await readFile(join(server.root, 'hello.txt'), 'utf8')).toBe('hello, ftp');
    expect(await downloadText(client, 'hello.txt')).toBe('hello, ftp');
  });

  it('answers PASV with a usable loopback address', async () => {
    await writeFile(join(server.root, 'passive.txt'), 'over PASV');
    client = await connectTo(server);
    // basic-ftp tries EPSV first; force the IPv4-only PASV path.
    client.prepareTransfer = enterPassiveModeIPv4;
    expect(await downloadText(client, 'passive.txt')).toBe('over PASV');
  });

  it('refuses a wrong password with 530', async () => {
    const attempt = connectTo(server, { password: `${server.password}x` });
    await expect(attempt).rejects.toBeInstanceOf(FTPError);
    await expect(attempt).rejects.toMatchObject({ code: 530 });
  });

  it('refuses an unknown user with 530', async () => {
    await expect(connectTo(server, { user: 'intruder' })).rejects.toMatchObject({ code: 530 });
  });

  it('removes the temporary root it created when closed', async () => {
    await writeFile(join(server.root, 'left-over.txt'), 'x');
    await server.close();
    expect(await exists(server.root)).toBe(false);
  });

  it('refuses new connections once closed and is safe to close twice', async () => {
    await server.close();
    await server.close();
    await expect(connectTo(server)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('cuts connected clients when closed', async () => {
    client = await connectTo(server);
    await server.close();
    await expect(client.list()).rejects.toThrow();
    expect(client.closed).toBe(true);
  });
});

describe('startFtpSrv options', () => {
  let root: string;
  let server: RunningServer | undefined;
  let client: Client | undefined;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'test-servers-root-'));
    await writeFile(join(root, 'existing.txt'), 'already here');
  });

  afterEach(async () => {
    client?.close();
    client = undefined;
    await server?.close();
    server = undefined;
    await rm(root, { recursive: true, force: true });
  });

  it('serves a given root with given credentials and keeps the root on close', async () => {
    server = await startFtpSrv({ root, user: 'alice', password: 's3cret' });
    client = await connectTo(server);
    expect(server.root).toBe(root);
    expect(await downloadText(client, 'existing.txt')).toBe('already here');
    await server.close();
    expect(await readFile(join(root, 'existing.txt'), 'utf8')).toBe('already here');
  });

  it('sends the greeting in its 220 reply', async () => {
    server = await startFtpSrv({ greeting: 'Welcome to the test server' });
    client = new Client(10_000);
    const welcome = await client.access({ host: server.host, port: server.port, user: server.user, password: server.password });
    expect(welcome.code).toBe(220);
    expect(welcome.message).toContain('Welcome to the test server');
  });

  it('leaves no signal handlers of its own on the process', async () => {
    const counts = (): number[] => ['SIGTERM', 'SIGINT', 'SIGQUIT'].map((signal) => process.listenerCount(signal));
    const before = counts();
    server = await startFtpSrv();
    expect(counts()).toEqual(before);
  });

  it('uses an injected file system for each connection', async () => {
    class FullDisk extends FileSystem {
      override write(): Promise<never> {
        return Promise.reject(new Error('No space left on device'));
      }
    }
    server = await startFtpSrv({ root, fileSystem: (connection, served) => new FullDisk(connection, { root: served, cwd: '/' }) });
    client = await connectTo(server);
    expect(await downloadText(client, 'existing.txt')).toBe('already here');
    await expect(uploadText(client, 'big.bin', 'x')).rejects.toMatchObject({ code: 550, message: '550 No space left on device' });
  });

  it('refuses readOnly together with an injected file system', async () => {
    const fileSystem = (connection: FtpConnection): FileSystem => new FileSystem(connection, { root, cwd: '/' });
    await expect(startFtpSrv({ root, readOnly: true, fileSystem })).rejects.toThrow(/cannot be combined/);
  });

  describe('readOnly', () => {
    let reader: Client;

    beforeEach(async () => {
      server = await startFtpSrv({ root, readOnly: true });
      reader = await connectTo(server);
    });

    afterEach(() => {
      reader.close();
    });

    it('still lists and serves files', async () => {
      expect((await reader.list()).map((entry) => entry.name)).toEqual(['existing.txt']);
      expect(await downloadText(reader, 'existing.txt')).toBe('already here');
    });

    it('refuses STOR with 550 and writes nothing', async () => {
      await expect(uploadText(reader, 'new.txt', 'nope')).rejects.toMatchObject({ code: 550 });
      expect(await exists(join(root, 'new.txt'))).toBe(false);
    });

    it('refuses APPE with 550 and leaves the file alone', async () => {
      await expect(reader.appendFrom(Readable.from([Buffer.from('more')]), 'existing.txt')).rejects.toMatchObject({
        code: 550,
      });
      expect(await readFile(join(root, 'existing.txt'), 'utf8')).toBe('already here');
    });

    it.each(['DELE existing.txt', 'RMD existing.txt', 'MKD new-dir'])('refuses %s with 550', async (command) => {
      await expect(reader.send(command)).rejects.toMatchObject({ code: 550 });
      expect(await exists(join(root, 'existing.txt'))).toBe(true);
      expect(await exists(join(root, 'new-dir'))).toBe(false);
    });

    it('refuses a rename at RNTO with 550', async () => {
      await expect(reader.rename('existing.txt', 'renamed.txt')).rejects.toMatchObject({ code: 550 });
      expect(await exists(join(root, 'existing.txt'))).toBe(true);
      expect(await exists(join(root, 'renamed.txt'))).toBe(false);
    });

    it('keeps the connection usable after a refusal', async () => {
      await expect(reader.send('MKD new-dir')).rejects.toMatchObject({ code: 550 });
      expect(await downloadText(reader, 'existing.txt')).toBe('already here');
    });
  });
});
