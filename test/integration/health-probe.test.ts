import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthenticationError, CheckFailedError, ConnectionError, RemotePathError, TlsError, TransferError } from '@ftp-actions/core';
import { findClosedPort, makeTestPki, startFtpSrv, startSilentServer, type RunningServer, type TestPki } from '@ftp-actions/test-servers';
import { inputsFor, probe } from '../support/health.js';

let pki: TestPki;
const servers: RunningServer[] = [];
async function start(options: Parameters<typeof startFtpSrv>[0]): Promise<RunningServer> {
  const server = await startFtpSrv(options);
  servers.push(server);
  return server;
}

beforeAll(async () => {
  pki = await makeTestPki();
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

describe('health probe: a fit server', () => {
  it('passes over plain FTP with a write test and reports what it measured', async () => {
    const server = await start({});
    await mkdir(join(server.root, 'www'));
    const result = await probe(inputsFor(server, { path: 'www', 'write-test': 'true', 'require-features': 'UTF8, SIZE' }));
    expect(result.message).toBe(`${server.host}:${server.port} is fit for a deploy`);
    expect(result.ok).toBe(true);
    expect(result.connectMs).toBeGreaterThan(0);
    expect(result.loginMs).toBeGreaterThan(0);
    expect(result.listMs).toBeGreaterThan(0);
    expect(result.writeMs).toBeGreaterThan(0);
    expect(result.features).toContain('UTF8');
    expect(result.system).toMatch(/UNIX/);
    expect(result.workingDir).toBe('/');
    expect(result.tls).toBeUndefined();
    expect(result.steps.map((step) => `${step.name}:${step.status}`)).toEqual([
      'connect:passed',
      'log in:passed',
      'certificate:skipped',
      'features:passed',
      'list path:passed',
      'write test:passed',
    ]);
    // The probe file is gone again.
    expect(await readdir(join(server.root, 'www'))).toEqual([]);
  });

  it.each(['explicit', 'implicit'] as const)('passes over %s FTPS with the CA trusted and reports the certificate', async (tls) => {
    const server = await start({ tls, cert: pki.server });
    const result = await probe(inputsFor(server, { 'tls-ca': pki.ca.certPem, 'write-test': 'true', 'min-cert-days': '30' }));
    expect(result.message).toMatch(/fit for a deploy/);
    expect(result.tls?.protocol).toMatch(/^TLSv1\.[23]$/);
    expect(result.tls?.cipher).not.toBe('');
    expect(result.tls?.certificate?.subject).toContain('CN=');
    expect(result.tls?.certificate?.issuer).toContain('CN=');
    expect(result.certDaysLeft).toBeGreaterThanOrEqual(360);
  });

  it('passes with a pinned fingerprint of a self-signed certificate', async () => {
    const server = await start({ tls: 'explicit', cert: pki.selfSigned });
    const result = await probe(inputsFor(server, { 'tls-fingerprint': pki.selfSigned.fingerprint256 }));
    expect(result.ok).toBe(true);
    expect(result.tls?.certificate?.fingerprint256).toBe(pki.selfSigned.fingerprint256);
  });

  it('waits for a server that comes up during the attempts', async () => {
    const port = await findClosedPort();
    const later = new Promise<RunningServer>((resolve, reject) => {
      setTimeout(() => {
        start({ port, password: 'pw' }).then(resolve, reject);
      }, 700);
    });
    const result = await probe({
      server: '127.0.0.1',
      port: String(port),
      username: 'deploy',
      password: 'pw',
      protocol: 'ftp',
      attempts: '10',
      'retry-delay': '0.3',
    });
    const server = await later;
    expect(server.port).toBe(port);
    expect(result.attemptsUsed).toBeGreaterThan(1);
    expect(result.ok).toBe(true);
  });
});

describe('health probe: every failure is named', () => {
  it('a refused port', async () => {
    const port = await findClosedPort();
    const result = await probe({ server: '127.0.0.1', port: String(port), protocol: 'ftp' });
    expect(result.ok).toBe(false);
    expect(result.failure).toBeInstanceOf(ConnectionError);
    expect(result.message).toBe(`Connection to 127.0.0.1:${port} was refused`);
  });

  it('an unknown host', async () => {
    const result = await probe({ server: 'no-such-host.invalid', protocol: 'ftp', timeout: '5' });
    expect(result.failure).toBeInstanceOf(ConnectionError);
    expect(result.message).toMatch(/The host name "no-such-host.invalid" could not be resolved/);
  });

  it('a wrong password, without retrying it', async () => {
    const server = await start({});
    const result = await probe(inputsFor(server, { password: 'wrong-password', attempts: '3', 'retry-delay': '0' }));
    expect(result.failure).toBeInstanceOf(AuthenticationError);
    expect(result.attemptsUsed).toBe(1);
    expect(result.message).toMatch(/refused the login as "deploy": 530/);
    expect(result.message).not.toContain('wrong-password');
    // The connection itself worked, and the report still says how long it took.
    expect(result.connectMs).toBeGreaterThan(0);
  });

  it('a server without TLS when ftps is asked: refused, never downgraded', async () => {
    const server = await start({});
    const result = await probe(inputsFor(server, { protocol: 'ftps' }));
    expect(result.failure).toBeInstanceOf(TlsError);
    expect(result.message).toMatch(/does not offer explicit TLS/);
    expect(result.loginMs).toBeUndefined();
  });

  it.each([
    ['self-signed', 'selfSigned', /self-signed/],
    ['expired', 'expired', /has expired/],
    ['wrong host', 'wrongHost', /another host name/],
  ] as const)('an untrusted certificate: %s', async (_name, certificate, message) => {
    const server = await start({ tls: 'explicit', cert: pki[certificate] });
    const ca = certificate === 'selfSigned' ? {} : { 'tls-ca': pki.ca.certPem };
    const result = await probe(inputsFor(server, ca));
    expect(result.failure).toBeInstanceOf(TlsError);
    expect(result.message).toMatch(message);
    expect(result.failure?.hint).toMatch(/tls-ca|tls-fingerprint/);
  });

  it('a certificate with the wrong fingerprint', async () => {
    const server = await start({ tls: 'explicit', cert: pki.selfSigned });
    const result = await probe(inputsFor(server, { 'tls-fingerprint': pki.server.fingerprint256 }));
    expect(result.failure).toBeInstanceOf(TlsError);
    expect(result.message).toMatch(/does not match tls-fingerprint/);
  });

  it('a certificate that expires sooner than min-cert-days', async () => {
    const server = await start({ tls: 'explicit', cert: pki.shortLived });
    const result = await probe(inputsFor(server, { 'tls-ca': pki.ca.certPem, 'min-cert-days': '30' }));
    expect(result.failure).toBeInstanceOf(CheckFailedError);
    expect(result.message).toMatch(/expires on .*, in [45] days, sooner than min-cert-days \(30\)/);
    expect(result.certDaysLeft).toBeLessThan(30);
  });

  it('a path that does not exist', async () => {
    const server = await start({});
    const result = await probe(inputsFor(server, { path: 'no/such/dir', 'write-test': 'true' }));
    expect(result.failure).toBeInstanceOf(RemotePathError);
    expect(result.message).toMatch(/refused the remote path "no\/such\/dir": 550/);
    expect(result.steps.find((step) => step.name === 'write test')?.status).toBe('skipped');
  });

  it('a read-only server for the write test', async () => {
    const server = await start({ readOnly: true });
    const result = await probe(inputsFor(server, { 'write-test': 'true' }));
    expect(result.failure).toBeInstanceOf(TransferError);
    expect(result.message).toMatch(/failed on .*: 550/);
    expect(result.steps.find((step) => step.name === 'list path')?.status).toBe('passed');
  });

  it('missing required features', async () => {
    const server = await start({});
    const result = await probe(inputsFor(server, { 'require-features': 'MLSD, MFMT, UTF8' }));
    expect(result.failure).toBeInstanceOf(CheckFailedError);
    expect(result.message).toMatch(/lacks required features: MLSD, MFMT \(FEAT offers /);
  });

  it('a server that never answers times out', async () => {
    const silent = await startSilentServer();
    try {
      const started = Date.now();
      const result = await probe({ server: silent.host, port: String(silent.port), protocol: 'ftp', timeout: '1' });
      expect(result.failure).toBeInstanceOf(ConnectionError);
      expect(result.message).toMatch(/did not answer within 1 s \(while connecting\)/);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await silent.close();
    }
  });

  it('reports every failed check together', async () => {
    const server = await start({ tls: 'explicit', cert: pki.shortLived });
    const result = await probe(
      inputsFor(server, { 'tls-ca': pki.ca.certPem, 'min-cert-days': '30', 'require-features': 'MLSD', path: 'missing' }),
    );
    expect(result.steps.filter((step) => step.status === 'failed').map((step) => step.name)).toEqual([
      'certificate',
      'features',
      'list path',
    ]);
    expect(result.message.split('; ')).toHaveLength(3);
  });
});
