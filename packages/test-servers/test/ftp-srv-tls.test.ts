import { TLSSocket } from 'node:tls';
import type { ConnectionOptions } from 'node:tls';
import type { Client } from 'basic-ftp';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeTestPki, startFtpSrv } from '@ftp-actions/test-servers';
import type { RunningServer, TestCertificate, TestPki } from '@ftp-actions/test-servers';
import { connectTo, downloadText, uploadText } from './helpers.js';

let pki: TestPki;
beforeAll(async () => {
  pki = await makeTestPki();
});

const modes = [
  { tls: 'explicit', secure: true },
  { tls: 'implicit', secure: 'implicit' },
] as const;

describe.each(modes)('startFtpSrv with $tls TLS', ({ tls, secure }) => {
  let server: RunningServer | undefined;
  let client: Client | undefined;

  afterEach(async () => {
    client?.close();
    client = undefined;
    await server?.close();
    server = undefined;
  });

  async function serve(cert: TestCertificate): Promise<RunningServer> {
    server = await startFtpSrv({ tls, cert });
    return server;
  }

  function trusting(ca: string, extra: ConnectionOptions = {}): { secure: typeof secure; secureOptions: ConnectionOptions } {
    return { secure, secureOptions: { ca, host: '127.0.0.1', ...extra } };
  }

  it('logs in trusting the CA, presents the server certificate, and moves files', async () => {
    const running = await serve(pki.server);
    client = await connectTo(running, trusting(pki.ca.certPem));

    const socket = client.ftp.socket;
    expect(socket).toBeInstanceOf(TLSSocket);
    if (!(socket instanceof TLSSocket)) throw new Error('control connection is not TLS');
    expect(socket.authorized).toBe(true);
    expect(socket.getPeerCertificate().fingerprint256).toBe(pki.server.fingerprint256);

    await uploadText(client, 'secret.txt', 'over TLS');
    expect(await downloadText(client, 'secret.txt')).toBe('over TLS');
  });

  it('cuts connected TLS clients when closed', async () => {
    const running = await serve(pki.server);
    client = await connectTo(running, trusting(pki.ca.certPem));
    await running.close();
    await expect(client.list()).rejects.toThrow();
    expect(client.closed).toBe(true);
  });

  it('is refused by Node when the certificate has expired', async () => {
    const running = await serve(pki.expired);
    await expect(connectTo(running, trusting(pki.ca.certPem))).rejects.toMatchObject({ code: 'CERT_HAS_EXPIRED' });
  });

  it('is refused by Node when the certificate names another host', async () => {
    const running = await serve(pki.wrongHost);
    await expect(connectTo(running, trusting(pki.ca.certPem))).rejects.toMatchObject({
      code: 'ERR_TLS_CERT_ALTNAME_INVALID',
    });
  });

  it('is refused by Node when self-signed and not trusted', async () => {
    const running = await serve(pki.selfSigned);
    await expect(connectTo(running, trusting(pki.ca.certPem))).rejects.toMatchObject({
      code: 'DEPTH_ZERO_SELF_SIGNED_CERT',
    });
  });

  it('accepts a self-signed certificate when verification is off', async () => {
    const running = await serve(pki.selfSigned);
    client = await connectTo(running, trusting(pki.ca.certPem, { rejectUnauthorized: false }));
    expect(await client.list()).toEqual([]);
  });

  it('accepts a self-signed certificate when it is pinned as the CA', async () => {
    const running = await serve(pki.selfSigned);
    client = await connectTo(running, trusting(pki.selfSigned.certPem));
    expect(await client.list()).toEqual([]);
  });
});

describe('startFtpSrv TLS settings', () => {
  it.each(['explicit', 'implicit'] as const)('refuses tls %s without a certificate', async (tls) => {
    await expect(startFtpSrv({ tls })).rejects.toThrow(/needs a cert/);
  });
});
