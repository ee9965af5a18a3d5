/**
 * pure-ftpd and vsftpd take only P-256 for their TLS 1.3 key exchange, so a
 * client that guesses X25519 gets a HelloRetryRequest: one more round trip,
 * on every data connection of an FTPS session. Our connections learn the
 * group from the first handshake and offer it first afterwards. Checked on
 * the wire, through a relay that sees the server's first TLS messages.
 */
import { once } from 'node:events';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
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

/** Whether the server asks a client that guesses only X25519 again. */
const retriesX25519: Record<RealServerKind, boolean> = { 'pure-ftpd': true, vsftpd: true, proftpd: false };

/** Secures a control connection through the relay with a ClientHello that carries only an X25519 key share. */
async function handshakeGuessingX25519(tap: HandshakeTap, port: number): Promise<void> {
  const socket = net.connect({ host: tap.host, port });
  const replies = socket.setEncoding('utf8')[Symbol.asyncIterator]();
  expect(String((await replies.next()).value)).toMatch(/^220/m);
  socket.write('AUTH TLS\r\n');
  expect(String((await replies.next()).value)).toMatch(/^234/m);
  socket.removeAllListeners('data');
  socket.pause();
  const secured = tls.connect({ socket, rejectUnauthorized: false, ecdhCurve: 'X25519:prime256v1' });
  await once(secured, 'secureConnect');
  secured.destroy();
}

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

  it(`a client guessing only X25519 is ${retriesX25519[kind] ? '' : 'not '}asked again (the relay sees retries)`, async () => {
    tap.connections.length = 0;
    await handshakeGuessingX25519(tap, server.port);
    expect(tap.connections.map((connection) => connection.helloRetry)).toEqual([retriesX25519[kind]]);
  });

  it('pays no HelloRetryRequest on a login or a data connection, up or down', async () => {
    tap.connections.length = 0;
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

    expectNoRetry(6);

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
    expectNoRetry(6);
  });

  /** Logins send a P-256 share too, or the group learned; data connections the group their login settled on. */
  function expectNoRetry(files: number): void {
    const control = tap.connections.filter((connection) => connection.port === server.port);
    const data = tap.connections.filter((connection) => connection.port !== server.port);
    expect(control.length).toBeGreaterThanOrEqual(1);
    expect(data.length).toBeGreaterThanOrEqual(files);
    expect(tap.connections.filter((connection) => connection.helloRetry)).toEqual([]);
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
