import { X509Certificate, createPrivateKey } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestPki } from '@ftp-actions/test-servers';
import type { TestCertificate, TestPki } from '@ftp-actions/test-servers';

const DAY_MS = 24 * 60 * 60 * 1000;

function x509(certificate: TestCertificate): X509Certificate {
  return new X509Certificate(certificate.certPem);
}

function daysFromNow(date: Date): number {
  return (date.getTime() - Date.now()) / DAY_MS;
}

describe('makeTestPki', () => {
  let pki: TestPki;
  beforeAll(async () => {
    pki = await makeTestPki();
  });

  it('makes the PKI once per process', async () => {
    expect(await makeTestPki()).toBe(pki);
  });

  it('makes a CA certificate', () => {
    expect(x509(pki.ca).ca).toBe(true);
  });

  it.each(['server', 'expired', 'wrongHost', 'shortLived', 'selfSigned'] as const)(
    '%s is a leaf whose key, fingerprint and expiry match its certificate',
    (name) => {
      const certificate = pki[name];
      const parsed = x509(certificate);
      expect(parsed.ca).toBe(false);
      expect(parsed.checkPrivateKey(createPrivateKey(certificate.keyPem))).toBe(true);
      expect(certificate.fingerprint256).toBe(parsed.fingerprint256);
      expect(certificate.fingerprint256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
      expect(certificate.notAfter.getTime()).toBe(new Date(parsed.validTo).getTime());
    },
  );

  it.each(['server', 'expired', 'wrongHost', 'shortLived'] as const)('%s is signed by the CA', (name) => {
    const ca = x509(pki.ca);
    const leaf = x509(pki[name]);
    expect(leaf.checkIssued(ca)).toBe(true);
    expect(leaf.verify(ca.publicKey)).toBe(true);
  });

  it('server names 127.0.0.1 and localhost and is valid for a year', () => {
    const server = x509(pki.server);
    expect(server.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(server.checkHost('localhost')).toBe('localhost');
    expect(new Date(server.validFrom).getTime()).toBeLessThan(Date.now());
    expect(daysFromNow(pki.server.notAfter)).toBeCloseTo(365, 0);
  });

  it('expired started 60 days ago and ended yesterday', () => {
    const expired = x509(pki.expired);
    expect(daysFromNow(new Date(expired.validFrom))).toBeCloseTo(-60, 0);
    expect(daysFromNow(pki.expired.notAfter)).toBeCloseTo(-1, 0);
    expect(expired.checkIP('127.0.0.1')).toBe('127.0.0.1');
  });

  it('wrongHost names only wrong.example', () => {
    const wrongHost = x509(pki.wrongHost);
    expect(wrongHost.subjectAltName).toBe('DNS:wrong.example');
    expect(wrongHost.checkIP('127.0.0.1')).toBeUndefined();
    expect(daysFromNow(pki.wrongHost.notAfter)).toBeGreaterThan(300);
  });

  it('shortLived is valid now and ends in five days', () => {
    expect(new Date(x509(pki.shortLived).validFrom).getTime()).toBeLessThan(Date.now());
    expect(daysFromNow(pki.shortLived.notAfter)).toBeCloseTo(5, 0);
  });

  it('selfSigned is issued by itself, not by the CA', () => {
    const selfSigned = x509(pki.selfSigned);
    // checkIssued(itself) is false: OpenSSL also wants keyCertSign, which a leaf has not.
    expect(selfSigned.issuer).toBe(selfSigned.subject);
    expect(selfSigned.verify(selfSigned.publicKey)).toBe(true);
    expect(selfSigned.checkIssued(x509(pki.ca))).toBe(false);
    expect(selfSigned.checkIP('127.0.0.1')).toBe('127.0.0.1');
  });
});
