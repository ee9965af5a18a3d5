import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { TLSSocket, connect as tlsConnect, createServer as createTlsServer } from 'node:tls';
import type { ConnectionOptions } from 'node:tls';
import { Client, FTPError } from 'basic-ftp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestPki } from '@ftp-actions/test-servers';
import type { TestPki } from '@ftp-actions/test-servers';
import { REAL_SERVER_CAPABILITIES, realServersAvailable, startRealServer } from '../src/index.js';
import type { RealServerKind, RealServerOptions, RealServerTlsMode, RunningRealServer, RealServerTlsVersion } from '../src/index.js';
import { processExists } from '../src/real/process-group.js';

const KINDS: readonly RealServerKind[] = ['vsftpd', 'pure-ftpd', 'proftpd'];
const TLS_VERSIONS: readonly RealServerTlsVersion[] = ['TLSv1.2', 'TLSv1.3'];
const SMALL = Buffer.from('small file\nwith two lines\n');

const availability = realServersAvailable();
// A skip must be seen: the reason goes into the suite's name (vitest lists
// skipped suites by name) and onto stderr.
const suiteName = availability.available ? 'real FTP servers' : `real FTP servers — SKIPPED: ${availability.reason ?? 'unavailable'}`;
if (!availability.available) console.warn(`[real-servers.test.ts] ${suiteName}`);

function secureOption(tls: RealServerTlsMode): boolean | 'implicit' {
  if (tls === 'none') return false;
  return tls === 'implicit' ? 'implicit' : true;
}

async function connect(server: RunningRealServer, ca: string, extra: ConnectionOptions = {}): Promise<Client> {
  const client = new Client(10_000);
  try {
    await client.access({
      host: server.host,
      port: server.port,
      user: server.user,
      password: server.password,
      secure: secureOption(server.tls),
      secureOptions: { ca, ...extra },
    });
    return client;
  } catch (error: unknown) {
    client.close();
    throw error;
  }
}

/**
 * A zero-byte upload source that basic-ftp can store over FTPS. It ends
 * only once the data connection's TLS handshake is done (basic-ftp starts
 * piping as soon as getCipher() is defined, which Node makes true before
 * the handshake when a session is being resumed), and then one macrotask
 * later: ending inside the handshake's own callbacks loses the client's
 * last handshake message, and the server sees EOF in the middle of
 * SSL_accept. See "empty uploads" below for what the naive way does.
 */
function emptySource(client: Client): Readable {
  let asked = false;
  return new Readable({
    read(): void {
      if (asked) return;
      asked = true;
      const end = (): void => {
        setTimeout(() => this.push(null), 0);
      };
      const socket = client.ftp.dataSocket;
      if (socket instanceof TLSSocket && socket.getFinished() === undefined) socket.once('secureConnect', end);
      else end();
    },
  });
}

async function download(client: Client, remotePath: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done): void {
      chunks.push(chunk);
      done();
    },
  });
  await client.downloadTo(sink, remotePath);
  return Buffer.concat(chunks);
}

/** Pids of processes whose command line mentions `text` (the server's config dir). */
async function processesMentioning(text: string): Promise<number[]> {
  const found: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const commandLine = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch((error: unknown) => {
      // The process ended while we looked: it is not running.
      if (error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'ESRCH')) return '';
      throw error;
    });
    if (commandLine.includes(text)) found.push(Number(entry));
  }
  return found;
}

async function expectGone(server: RunningRealServer): Promise<void> {
  expect(processExists(server.pid)).toBe(false);
  expect(await processesMentioning(server.configDir)).toEqual([]);
  expect(existsSync(server.configDir)).toBe(false);
}

function run(command: string, args: readonly string[]): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({ ok: error === null, output: `${stdout}${stderr}` });
    });
  });
}

const cells = KINDS.flatMap((kind) => REAL_SERVER_CAPABILITIES[kind].tlsModes.map((tls) => ({ kind, tls })));

// Starting a server takes about 0.1 s; the limits only catch a hang.
const TEST_TIMEOUT_MS = 30_000;
const HOOK_TIMEOUT_MS = 30_000;

describe.skipIf(!availability.available)(suiteName, { timeout: TEST_TIMEOUT_MS }, () => {
  let pki: TestPki;
  beforeAll(async () => {
    pki = await makeTestPki();
  }, HOOK_TIMEOUT_MS);

  function start(options: Omit<RealServerOptions, 'cert'>): Promise<RunningRealServer> {
    return startRealServer({ ...options, ...(options.tls === 'none' ? {} : { cert: pki.server }) });
  }

  describe.each(cells)('$kind, tls $tls', ({ kind, tls }) => {
    const capabilities = REAL_SERVER_CAPABILITIES[kind];
    let server: RunningRealServer;
    let client: Client | undefined;

    beforeAll(async () => {
      server = await start({ kind, tls });
    }, HOOK_TIMEOUT_MS);
    afterAll(async () => {
      client?.close();
      await server.close();
    });

    it('answers on its own loopback port and passive range', () => {
      expect(server.host).toBe('127.0.0.1');
      expect(server.passiveRange[0]).toBeGreaterThan(server.port);
      expect(server.passiveRange[1] - server.passiveRange[0]).toBeGreaterThanOrEqual(9);
      expect(server.sessionReuseRequired).toBe(tls !== 'none' && capabilities.requiresSessionReuseByDefault);
      expect(processExists(server.pid)).toBe(true);
    });

    it('logs in and moves a small and an empty file up and back down', async () => {
      client = await connect(server, pki.ca.certPem);
      if (tls !== 'none') {
        expect(client.ftp.socket).toBeInstanceOf(TLSSocket);
      }
      await client.uploadFrom(Readable.from([SMALL]), 'small.txt');
      await client.uploadFrom(emptySource(client), 'empty.txt');
      await client.ensureDir('/sub dir');
      await client.uploadFrom(Readable.from([SMALL]), 'nested.txt');
      await client.cd('/');

      // What the server stored, read straight from its root.
      expect(await readFile(join(server.root, 'small.txt'))).toEqual(SMALL);
      expect(await readFile(join(server.root, 'empty.txt'))).toEqual(Buffer.alloc(0));
      expect(await readFile(join(server.root, 'sub dir', 'nested.txt'))).toEqual(SMALL);

      expect(await download(client, 'small.txt')).toEqual(SMALL);
      expect(await download(client, 'empty.txt')).toEqual(Buffer.alloc(0));
      expect(await download(client, '/sub dir/nested.txt')).toEqual(SMALL);
    });

    it('lists the directory with names, sizes and types', async () => {
      client ??= await connect(server, pki.ca.certPem);
      const listing = await client.list('/');
      const byName = new Map(listing.map((entry) => [entry.name, entry]));
      expect(byName.get('small.txt')?.size).toBe(SMALL.length);
      expect(byName.get('small.txt')?.isFile).toBe(true);
      expect(byName.get('empty.txt')?.size).toBe(0);
      expect(byName.get('sub dir')?.isDirectory).toBe(true);
      expect(byName.has('.')).toBe(false);
    });

    it('advertises in FEAT what REAL_SERVER_CAPABILITIES says', async () => {
      client ??= await connect(server, pki.ca.certPem);
      const features = (await client.send('FEAT')).message
        .split(/\r?\n/)
        .slice(1, -1)
        .map((line) => line.trim().split(' ')[0]?.toUpperCase());
      expect(features.includes('MLST')).toBe(capabilities.mlsd);
      expect(features.includes('MFMT')).toBe(capabilities.mfmt);
      expect(features.includes('HASH')).toBe(capabilities.hash);
      expect(features).toContain('EPSV');
      expect(features).toContain('SIZE');
      expect(features).toContain('MDTM');
      if (tls === 'explicit' || tls === 'explicit-required') expect(features).toContain('AUTH');
      if (tls === 'none') {
        // pure-ftpd lists AUTH TLS in FEAT even with TLS off (-Y 0), then refuses it.
        expect(features.includes('AUTH')).toBe(kind === 'pure-ftpd');
        await expect(client.send('AUTH TLS')).rejects.toSatisfy((error) => error instanceof FTPError && error.code >= 500);
      }
    });

    it('sets a modification time, and hashes only where HASH is offered', async () => {
      client ??= await connect(server, pki.ca.certPem);
      // vsftpd has no MFMT but takes a time as MDTM's first argument (mdtm_write).
      const setTime = capabilities.mfmt ? 'MFMT' : 'MDTM';
      expect((await client.send(`${setTime} 20200102030405 small.txt`)).code).toBe(213);
      expect((await stat(join(server.root, 'small.txt'))).mtime.toISOString()).toBe('2020-01-02T03:04:05.000Z');
      expect((await client.lastMod('small.txt')).toISOString()).toBe('2020-01-02T03:04:05.000Z');
      if (capabilities.hash) {
        await client.send('OPTS HASH SHA-256');
        const expected = createHash('sha256').update(SMALL).digest('hex');
        expect((await client.send('HASH small.txt')).message.toLowerCase()).toContain(expected);
      } else {
        await expect(client.send('HASH small.txt')).rejects.toSatisfy((error) => error instanceof FTPError && error.code >= 500);
      }
    });

    if (tls === 'explicit-required') {
      it('refuses a login without TLS', async () => {
        const plain = new Client(10_000);
        try {
          const login = plain.access({ host: server.host, port: server.port, user: server.user, password: server.password });
          // vsftpd and ProFTPD answer USER with 530/550; pure-ftpd hangs up with 421.
          await expect(login).rejects.toSatisfy((error) => error instanceof FTPError && error.code >= 400);
        } finally {
          plain.close();
        }
      });
    }

    it('close() stops the server and every process it forked', async () => {
      client?.close();
      client = undefined;
      await server.close();
      await expectGone(server);
      // Idempotent: a second close (afterAll's) is harmless.
      await server.close();
    });
  });

  describe.each(KINDS.flatMap((kind) => TLS_VERSIONS.map((version) => ({ kind, version }))))(
    '$kind limited to $version',
    ({ kind, version }) => {
      let server: RunningRealServer;
      beforeAll(async () => {
        server = await start({ kind, tls: 'explicit', tlsMinVersion: version, tlsMaxVersion: version });
      }, HOOK_TIMEOUT_MS);
      afterAll(async () => {
        await server.close();
      });

      it(`negotiates ${version} with a client that allows both, and moves files`, async () => {
        const client = await connect(server, pki.ca.certPem);
        try {
          const socket = client.ftp.socket;
          if (!(socket instanceof TLSSocket)) throw new Error('control connection is not TLS');
          expect(socket.getProtocol()).toBe(version);
          await client.uploadFrom(Readable.from([SMALL]), `small-${version}.txt`);
          await client.uploadFrom(emptySource(client), `empty-${version}.txt`);
          expect(await download(client, `small-${version}.txt`)).toEqual(SMALL);
          expect(await download(client, `empty-${version}.txt`)).toEqual(Buffer.alloc(0));
        } finally {
          client.close();
        }
      });

      it('refuses a client that insists on the other version', async () => {
        const other: RealServerTlsVersion = version === 'TLSv1.2' ? 'TLSv1.3' : 'TLSv1.2';
        await expect(connect(server, pki.ca.certPem, { minVersion: other, maxVersion: other })).rejects.toThrow();
      });
    },
  );

  describe('TLS session reuse on data connections', () => {
    // curl --no-sessionid opens each data connection with a fresh TLS
    // session: exactly what a server requiring reuse must refuse.
    async function listWithoutReuse(server: RunningRealServer, caFile: string): Promise<{ ok: boolean; output: string }> {
      return run('curl', [
        '-sS',
        '--ssl-reqd',
        '--no-sessionid',
        '--cacert',
        caFile,
        '--user',
        `${server.user}:${server.password}`,
        `ftp://${server.host}:${server.port}/`,
      ]);
    }

    const reuseCells = KINDS.flatMap((kind) =>
      (REAL_SERVER_CAPABILITIES[kind].canRequireSessionReuse ? [true, false] : [false]).map((required) => ({ kind, required })),
    );

    it.each(reuseCells)('$kind with requireSessionReuse $required', async ({ kind, required }) => {
      const server = await start({ kind, tls: 'explicit', requireSessionReuse: required });
      try {
        const caFile = join(server.configDir, 'test-ca.pem');
        await writeFile(caFile, pki.ca.certPem);
        const result = await listWithoutReuse(server, caFile);
        expect(result.ok, result.output).toBe(!required);
        // basic-ftp resumes the session, so it works either way.
        const client = await connect(server, pki.ca.certPem);
        try {
          expect(await client.list()).toEqual([]);
        } finally {
          client.close();
        }
      } finally {
        await server.close();
      }
    });

    it('pure-ftpd refuses to pretend it can require reuse', async () => {
      await expect(start({ kind: 'pure-ftpd', tls: 'explicit', requireSessionReuse: true })).rejects.toThrow(
        /cannot require TLS session reuse/,
      );
    });
  });

  describe('empty uploads over FTPS with a plain empty stream (basic-ftp quirk)', () => {
    // basic-ftp waits for 'secureConnect' only when the data socket's
    // getCipher() is undefined; Node returns the resumed session's cipher
    // before the handshake, so an empty source ends the data connection
    // while the server is still in SSL_accept (vsftpd logs "DATA connection
    // terminated without SSL shutdown", answers 426 and logs FAIL UPLOAD;
    // ProFTPD logs "unexpected eof while reading"). The server still
    // creates the empty file, but the client gets an error: usually a TLS
    // alert that also closes the client, sometimes 425/426.
    it('Node reports a cipher before the handshake of a resumed session', async () => {
      // The root cause in isolation: basic-ftp's "may I write yet?" check.
      const server = createTlsServer({ cert: pki.server.certPem, key: pki.server.keyPem, maxVersion: 'TLSv1.2' }, (socket) =>
        socket.resume(),
      );
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const address = server.address();
      if (address === null || typeof address === 'string') throw new Error('no TCP address');
      const options = { host: '127.0.0.1', port: address.port, ca: pki.ca.certPem };
      try {
        const first = tlsConnect(options);
        const session = await new Promise<Buffer>((resolve) => first.once('session', resolve));
        first.end();
        const second = tlsConnect({ ...options, session });
        // Right after connect(), before a single byte came back:
        expect(second.getFinished()).toBeUndefined();
        expect(second.getCipher()).toMatchObject({ name: expect.any(String) as unknown });
        await new Promise((resolve) => second.once('secureConnect', resolve));
        expect(second.isSessionReused()).toBe(true);
        second.end();
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    });

    const failing = [
      { kind: 'vsftpd', version: 'TLSv1.2' },
      { kind: 'vsftpd', version: 'TLSv1.3' },
      { kind: 'pure-ftpd', version: 'TLSv1.2' },
      { kind: 'proftpd', version: 'TLSv1.2' },
      { kind: 'proftpd', version: 'TLSv1.3' },
    ] as const;

    it.each(failing)('$kind over $version: the upload fails, the empty file is created anyway', async ({ kind, version }) => {
      const server = await start({ kind, tls: 'explicit', tlsMinVersion: version, tlsMaxVersion: version });
      const client = await connect(server, pki.ca.certPem);
      try {
        await expect(client.uploadFrom(Readable.from([]), 'naive-empty.txt')).rejects.toThrow();
        expect(await readFile(join(server.root, 'naive-empty.txt'))).toEqual(Buffer.alloc(0));
      } finally {
        client.close();
        await server.close();
      }
    });

    it('pure-ftpd over TLSv1.3 happens to accept it', async () => {
      const server = await start({ kind: 'pure-ftpd', tls: 'explicit', tlsMinVersion: 'TLSv1.3' });
      const client = await connect(server, pki.ca.certPem);
      try {
        await client.uploadFrom(Readable.from([]), 'naive-empty.txt');
        expect(await readFile(join(server.root, 'naive-empty.txt'))).toEqual(Buffer.alloc(0));
      } finally {
        client.close();
        await server.close();
      }
    });

    it.each(KINDS)('curl and lftp store an empty file on %s over FTPS', async (kind) => {
      const server = await start({ kind, tls: 'explicit' });
      try {
        const caFile = join(server.configDir, 'test-ca.pem');
        const emptyFile = join(server.configDir, 'empty-upload');
        await writeFile(caFile, pki.ca.certPem);
        await writeFile(emptyFile, '');
        const url = `ftp://${server.host}:${server.port}`;
        const curl = await run('curl', [
          '-sS',
          '--ssl-reqd',
          '--cacert',
          caFile,
          '--user',
          `${server.user}:${server.password}`,
          '-T',
          emptyFile,
          `${url}/curl.txt`,
        ]);
        expect(curl.ok, curl.output).toBe(true);
        const lftp = await run('lftp', [
          '-u',
          `${server.user},${server.password}`,
          '-p',
          String(server.port),
          '-e',
          `set ssl:ca-file ${caFile}; set ftp:ssl-force yes; set ftp:ssl-protect-data yes; put ${emptyFile} -o lftp.txt; quit`,
          server.host,
        ]);
        expect(lftp.ok, lftp.output).toBe(true);
        expect(await readFile(join(server.root, 'curl.txt'))).toEqual(Buffer.alloc(0));
        expect(await readFile(join(server.root, 'lftp.txt'))).toEqual(Buffer.alloc(0));
      } finally {
        await server.close();
      }
    });
  });

  describe('lifecycle', () => {
    it('runs all three servers at once on separate ports and passive ranges', async () => {
      const servers = await Promise.all(KINDS.map((kind) => start({ kind, tls: 'explicit' })));
      try {
        const ports = servers.flatMap((server) => [server.port, ...server.passiveRange]);
        expect(new Set(servers.map((server) => server.port)).size).toBe(servers.length);
        for (const [index, server] of servers.entries()) {
          for (const other of servers.slice(index + 1)) {
            const overlap = server.passiveRange[0] <= other.passiveRange[1] && other.passiveRange[0] <= server.passiveRange[1];
            expect(
              overlap,
              `passive ranges ${server.kind} ${String(server.passiveRange)} / ${other.kind} ${String(other.passiveRange)}`,
            ).toBe(false);
          }
        }
        expect(ports.every((port) => port > 1024)).toBe(true);
        for (const server of servers) {
          const client = await connect(server, pki.ca.certPem);
          try {
            await client.uploadFrom(Readable.from([SMALL]), 'together.txt');
          } finally {
            client.close();
          }
        }
      } finally {
        await Promise.all(servers.map((server) => server.close()));
      }
      for (const server of servers) await expectGone(server);
    });

    it('close() also ends sessions still connected', async () => {
      const server = await start({ kind: 'vsftpd', tls: 'none' });
      const client = await connect(server, pki.ca.certPem);
      try {
        await server.close();
        await expectGone(server);
        await expect(client.list()).rejects.toThrow();
      } finally {
        client.close();
      }
    });

    it('serves a root passed in, hands it to the test user and keeps it', async () => {
      const holder = await startRealServer({ kind: 'proftpd', tls: 'none' });
      const root = join(holder.configDir, 'given root');
      const server = await startRealServer({ kind: 'pure-ftpd', tls: 'none', root });
      try {
        expect(server.root).toBe(root);
        const client = await connect(server, pki.ca.certPem);
        try {
          await client.uploadFrom(Readable.from([SMALL]), 'given.txt');
        } finally {
          client.close();
        }
        expect(await readFile(join(root, 'given.txt'))).toEqual(SMALL);
      } finally {
        await server.close();
      }
      expect(existsSync(join(root, 'given.txt'))).toBe(true);
      await holder.close();
    });

    it('fails to start with the server’s own words when the key does not match the certificate', async () => {
      const start = startRealServer({
        kind: 'proftpd',
        tls: 'explicit',
        cert: { certPem: pki.server.certPem, keyPem: pki.expired.keyPem },
      });
      await expect(start).rejects.toThrow(/proftpd did not start[\s\S]*(key|certificate)/i);
    });

    it('refuses options that contradict each other', async () => {
      await expect(startRealServer({ kind: 'vsftpd', tls: 'explicit' })).rejects.toThrow(/needs a cert/);
      await expect(startRealServer({ kind: 'vsftpd', tls: 'none', tlsMaxVersion: 'TLSv1.2' })).rejects.toThrow(/tls mode/);
      await expect(startRealServer({ kind: 'pure-ftpd', tls: 'implicit', cert: pki.server })).rejects.toThrow(/no implicit FTPS/);
    });
  });
});
