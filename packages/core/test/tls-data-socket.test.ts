import { randomBytes } from 'node:crypto';
import type { Socket } from 'node:net';
import { createServer, type Server, type TLSSocket } from 'node:tls';
import type { FTPContext } from 'basic-ftp';
import { makeTestPki, type TestCertificate, type TestPki } from '@ftp-actions/test-servers';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connectTlsDataSocket } from '../src/ftp/data-socket.js';
import { pooledReads, releaseReadChunk } from '../src/ftp/read-buffers.js';

/** A TLS server on 127.0.0.1 that sends `content` to whoever connects, then closes. */
async function tlsSender(certificate: TestCertificate, content: Buffer): Promise<{ server: Server; port: number }> {
  const server = createServer({ cert: certificate.certPem, key: certificate.keyPem }, (socket) => socket.end(content));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { server, port: address.port };
}

/** The part of a session `connectTlsDataSocket` reads: TLS options, and no session to resume. */
function session(pki: TestPki, host: string | undefined): FTPContext {
  return {
    tlsOptions: { ...(host === undefined ? {} : { host }), ca: pki.ca.certPem, minVersion: 'TLSv1.2' },
    tlsSessionStore: undefined,
    socket: { getSession: () => undefined },
  } as unknown as FTPContext;
}

/** Connects and reads everything, releasing each chunk; rejects on a TLS error. */
async function download(ftp: FTPContext, port: number): Promise<{ data: Buffer; socket: TLSSocket }> {
  const socket: TLSSocket = connectTlsDataSocket(
    ftp,
    '127.0.0.1',
    port,
    pooledReads(ftp, (): Socket => socket),
  );
  const chunks: Buffer[] = [];
  await new Promise<void>((resolve, reject) => {
    socket.on('data', (chunk: Buffer) => {
      chunks.push(Buffer.from(chunk));
      releaseReadChunk(chunk);
    });
    socket.once('end', resolve);
    socket.once('error', reject);
  });
  return { data: Buffer.concat(chunks), socket };
}

describe('connectTlsDataSocket', () => {
  let pki: TestPki;
  let server: Server | undefined;
  beforeAll(async () => {
    pki = await makeTestPki();
  });
  afterEach(() => {
    server?.close();
    server = undefined;
  });

  it('reads the decrypted data through the pooled buffers, in order', async () => {
    const content = randomBytes(2 * 1024 * 1024 + 5);
    const started = await tlsSender(pki.server, content);
    server = started.server;
    const { data, socket } = await download(session(pki, '127.0.0.1'), started.port);
    expect(data.equals(content)).toBe(true);
    socket.destroy();
  });

  it('checks the certificate against the configured host, not the address it connects to', async () => {
    // This certificate names only wrong.example: right for that host, wrong for 127.0.0.1.
    const started = await tlsSender(pki.wrongHost, Buffer.from('data'));
    server = started.server;
    const named = await download(session(pki, 'wrong.example'), started.port);
    expect(named.data.toString()).toBe('data');
    named.socket.destroy();
    await expect(download(session(pki, undefined), started.port)).rejects.toMatchObject({ code: 'ERR_TLS_CERT_ALTNAME_INVALID' });
  });
});
