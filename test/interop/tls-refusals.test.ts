/**
 * TLS against real servers with the real bundles: a certificate that is
 * untrusted, expired or issued for another host is refused before the
 * password is sent, and accepted only when the user trusts it explicitly
 * (tls-ca or tls-fingerprint); a server without TLS is refused when ftps
 * was asked, never used in clear.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeTestPki,
  node24,
  realServersAvailable,
  startRealServer,
  type RealServerKind,
  type RunningRealServer,
  type TestCertificate,
  type TestPki,
} from '@ftp-actions/test-servers';
import { commandsSent, errorLine, expectSuccess, runScanned, transcript } from './support/bundles.js';

const availability = realServersAvailable();
const suffix = availability.available ? '' : ` — SKIPPED: ${availability.reason ?? 'real servers unavailable'}`;
if (!availability.available) console.warn(`[interop] TLS refusals${suffix}`);

// vsftpd and ProFTPD: both offer explicit and implicit FTPS and require session reuse.
const KINDS: readonly RealServerKind[] = ['vsftpd', 'proftpd'];

type CertName = 'selfSigned' | 'expired' | 'wrongHost';

describe.skipIf(!availability.available)(`TLS refusals against real servers${suffix}`, () => {
  let pki: TestPki;
  beforeAll(async () => {
    node24();
    pki = await makeTestPki();
  });

  describe.concurrent.each(KINDS)('%s', (kind) => {
    const password = `Pw-tls-${kind}-${randomBytes(12).toString('hex')}!`;
    const servers = new Map<CertName | 'plain', RunningRealServer>();
    beforeAll(async () => {
      const started = await Promise.allSettled([
        ...(['selfSigned', 'expired', 'wrongHost'] as const).map(async (name) => {
          servers.set(name, await startRealServer({ kind, tls: 'explicit-required', cert: pki[name], password }));
        }),
        (async () => servers.set('plain', await startRealServer({ kind, tls: 'none', password })))(),
      ]);
      const failed = started.find((result) => result.status === 'rejected');
      if (failed !== undefined) throw failed.reason;
      // A file to read once the connection is accepted.
      const expired = server('expired');
      await mkdir(join(expired.root, 'www'), { recursive: true });
      await writeFile(join(expired.root, 'www', 'VERSION'), 'v9\n');
    }, 60_000);
    afterAll(async () => {
      await Promise.all([...servers.values()].map((running) => running.close()));
    }, 60_000);

    function server(name: CertName | 'plain'): RunningRealServer {
      const running = servers.get(name);
      if (running === undefined) throw new Error(`${kind}: the ${name} server did not start`);
      return running;
    }

    function inputs(name: CertName | 'plain', extra: Record<string, string>): Record<string, string> {
      const running = server(name);
      return {
        server: running.host,
        port: String(running.port),
        username: running.user,
        password,
        protocol: 'ftps',
        timeout: '10',
        retries: '0',
        'log-level': 'debug',
        ...extra,
      };
    }

    /** Refused: exit 1, the TLS error, and neither USER nor PASS ever sent. */
    async function expectRefused(name: CertName | 'plain', extra: Record<string, string>, message: RegExp): Promise<void> {
      const run = await runScanned('health', inputs(name, extra), password);
      expect(run.exitCode, transcript(run)).toBe(1);
      expect(errorLine(run), transcript(run)).toMatch(message);
      expect(commandsSent(run).filter((command) => /^(USER|PASS)\b/.test(command))).toEqual([]);
      expect(run.outputs.ok).toBe('false');
    }

    async function expectAccepted(name: CertName, extra: Record<string, string>): Promise<void> {
      const run = await runScanned('health', inputs(name, extra), password);
      expectSuccess(run);
      expect(run.outputs.ok).toBe('true');
      expect(run.outputs['tls-protocol']).toMatch(/^TLSv1\.[23]$/);
    }

    const untrusted = /The TLS certificate of 127\.0\.0\.1:\d+ is not trusted: /;
    const fingerprintOf = (name: CertName): string => (pki[name] satisfies TestCertificate).fingerprint256;

    it('refuses a self-signed certificate that is not trusted', async () => {
      await expectRefused('selfSigned', {}, new RegExp(`${untrusted.source}the certificate is self-signed`));
      // A CA that did not sign it does not help either.
      await expectRefused('selfSigned', { 'tls-ca': pki.ca.certPem }, untrusted);
    });

    it('accepts the self-signed certificate given in tls-ca', async () => {
      await expectAccepted('selfSigned', { 'tls-ca': pki.selfSigned.certPem });
    });

    it('accepts the self-signed certificate pinned by tls-fingerprint (with or without colons)', async () => {
      await expectAccepted('selfSigned', { 'tls-fingerprint': fingerprintOf('selfSigned') });
      await expectAccepted('selfSigned', { 'tls-fingerprint': fingerprintOf('selfSigned').replace(/:/g, '').toLowerCase() });
    });

    it('refuses a pinned fingerprint that does not match, before logging in', async () => {
      await expectRefused('selfSigned', { 'tls-fingerprint': fingerprintOf('wrongHost') }, /does not match tls-fingerprint/);
    });

    it('refuses an expired certificate even from a trusted CA', async () => {
      await expectRefused(
        'expired',
        { 'tls-ca': pki.ca.certPem },
        new RegExp(`${untrusted.source}the certificate has expired \\(CERT_HAS_EXPIRED\\)`),
      );
    });

    it('connects to the expired certificate when pinned: transfers work, the health gate still fails on the date', async () => {
      const pinned = { 'tls-fingerprint': fingerprintOf('expired') };
      const health = await runScanned('health', inputs('expired', pinned), password);
      expect(health.exitCode).toBe(1);
      expect(errorLine(health), transcript(health)).toMatch(/The TLS certificate expired on \d{4}-\d{2}-\d{2}/);
      // It got as far as logging in: the pin was honoured.
      expect(commandsSent(health)).toContain('PASS ###');
      const read = await runScanned(
        'download',
        { ...inputs('expired', pinned), 'remote-dir': 'www', 'remote-file': 'VERSION', 'to-output': 'true' },
        password,
      );
      expectSuccess(read);
      expect(read.outputs.content).toBe('v9\n');
    });

    it('refuses a certificate issued for another host name', async () => {
      await expectRefused(
        'wrongHost',
        { 'tls-ca': pki.ca.certPem },
        new RegExp(`${untrusted.source}the certificate was issued for another host name`),
      );
    });

    it('accepts the wrong-host certificate when pinned by tls-fingerprint', async () => {
      await expectAccepted('wrongHost', { 'tls-fingerprint': fingerprintOf('wrongHost') });
    });

    it('refuses a server without TLS when ftps is asked, never falling back to plain FTP', async () => {
      await expectRefused('plain', { 'tls-ca': pki.ca.certPem }, /does not offer explicit TLS: AUTH TLS was answered "5\d\d/);
      const run = await runScanned('health', inputs('plain', { 'tls-ca': pki.ca.certPem }), password);
      expect(commandsSent(run)).toEqual(['AUTH TLS', 'QUIT']);
    });

    it('refuses a server without TLS when ftps-implicit is asked', async () => {
      await expectRefused('plain', { protocol: 'ftps-implicit', 'tls-ca': pki.ca.certPem }, /TLS negotiation with 127\.0\.0\.1:\d+ failed/);
    });
  });
});
