/**
 * pure-ftpd and vsftpd take only P-256 for their TLS 1.3 key exchange, so a
 * client that guesses X25519 gets a HelloRetryRequest: one more round trip,
 * on every data connection of an FTPS session. Our connections learn the
 * group from the first handshake and offer it first afterwards. Checked on
 * the wire, through a relay that sees the server's first TLS messages.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeTestPki,
  realServersAvailable,
  runBundle,
  startRealServer,
  type RealServerKind,
  type RunningRealServer,
  type TestPki,
} from '@ftp-actions/test-servers';
import { startHandshakeTap, type HandshakeTap } from './support/handshake-tap.js';

const availability = realServersAvailable();
const suffix = availability.available ? '' : ` — SKIPPED: ${availability.reason ?? 'real servers unavailable'}`;

/** Whether the server asks Node's first guess again (so the relay is seen to notice retries). */
const retriesFirstGuess: Record<RealServerKind, boolean> = { 'pure-ftpd': true, vsftpd: true, proftpd: false };

describe.skipIf(!availability.available).each(['pure-ftpd', 'vsftpd', 'proftpd'] as const)(`TLS key share on %s${suffix}`, (kind) => {
  let pki: TestPki;
  let server: RunningRealServer;
  let tap: HandshakeTap;
  let local: string;

  beforeAll(async () => {
    pki = await makeTestPki();
    server = await startRealServer({ kind, tls: 'explicit', cert: pki.server, passivePorts: 16, passiveAddress: '127.0.0.2' });
    const [first, last] = server.passiveRange;
    tap = await startHandshakeTap([server.port, ...Array.from({ length: last - first + 1 }, (_, index) => first + index)]);
    local = await mkdtemp(join(tmpdir(), 'key-share-'));
  });
  afterAll(async () => {
    await tap.close();
    await server.close();
    await rm(local, { recursive: true, force: true });
  });

  it('pays a HelloRetryRequest at most on the first logins, never on a data connection, up or down', async () => {
    await mkdir(join(local, 'up'));
    for (let index = 0; index < 6; index += 1) await writeFile(join(local, 'up', `f${index}.txt`), `file ${index}`);
    const run = await runBundle('upload', {
      ...connection(),
      'local-dir': join(local, 'up'),
      'remote-dir': 'site',
      concurrency: '2',
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    for (let index = 0; index < 6; index += 1)
      expect(await readFile(join(server.root, 'site', `f${index}.txt`), 'utf8')).toBe(`file ${index}`);

    expectNoRetryOnData(6);

    tap.connections.length = 0;
    const download = await runBundle('download', {
      ...connection(),
      'remote-dir': 'site',
      'local-dir': join(local, 'down'),
      concurrency: '2',
    });
    expect(download.stderr).toBe('');
    expect(download.exitCode).toBe(0);
    for (let index = 0; index < 6; index += 1) expect(await readFile(join(local, 'down', `f${index}.txt`), 'utf8')).toBe(`file ${index}`);
    expectNoRetryOnData(6);
  });

  function expectNoRetryOnData(files: number): void {
    const control = tap.connections.filter((connection) => connection.port === server.port);
    const data = tap.connections.filter((connection) => connection.port !== server.port);
    // Where the server takes only P-256, the first login guesses X25519 and is asked again: the relay does see retries.
    expect(control[0]?.helloRetry).toBe(retriesFirstGuess[kind]);
    expect(data.length).toBeGreaterThanOrEqual(files);
    expect(data.filter((connection) => connection.helloRetry)).toEqual([]);
  }

  function connection(): Record<string, string> {
    return {
      server: tap.host,
      port: String(server.port),
      username: server.user,
      password: server.password,
      protocol: 'ftps',
      // The certificate names 127.0.0.1, the relay listens on 127.0.0.2: pin it instead.
      'tls-fingerprint': pki.server.fingerprint256,
    };
  }
});
