import { createServer, connect, type TLSSocket } from 'node:tls';
import { describe, expect, it } from 'vitest';
import { makeTestPki } from '@ftp-actions/test-servers';
import { contextPreferring, firstContact, negotiatedGroup, preferGroup } from '../src/ftp/tls-key-share.js';

describe('preferGroup', () => {
  const options = { host: 'example.test', minVersion: 'TLSv1.2' as const };

  it('offers the learned group first, then the usual ones', () => {
    expect(preferGroup(options, 'prime256v1')).toEqual({ ...options, ecdhCurve: 'prime256v1:X25519:secp384r1:secp521r1' });
    expect(preferGroup(options, 'X25519')).toEqual({ ...options, ecdhCurve: 'X25519:prime256v1:secp384r1:secp521r1' });
  });

  it('changes nothing when nothing was learned, or OpenSSL does not know the name', () => {
    expect(preferGroup(options, undefined)).toBe(options);
    expect(preferGroup(options, 'no-such-group')).toBe(options);
    expect(() => contextPreferring(options, 'no-such-group')).not.toThrow();
  });

  it('first contact asks for key shares of both usual guesses where OpenSSL can, else changes nothing', () => {
    const first = firstContact(options);
    // OpenSSL 3.5 (Node 24, where the actions run) takes the key-share syntax; 3.0 (Node 20) does not.
    const [major = 0, minor = 0] = process.versions.openssl.split('.').map(Number);
    if (major > 3 || (major === 3 && minor >= 5)) expect(first.ecdhCurve).toMatch(/\*X25519:\?\*secp256r1/);
    else expect(first).toBe(options);
  });
});

describe('negotiatedGroup', () => {
  it('reads the group a TLS 1.3 handshake settled on, and a context preferring it completes the next one', async () => {
    const pki = await makeTestPki();
    // A server that takes only P-256, as pure-ftpd does.
    const server = createServer({ cert: pki.server.certPem, key: pki.server.keyPem, ecdhCurve: 'prime256v1' }, (socket) => socket.end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const handshake = (secureContext?: ReturnType<typeof contextPreferring>) =>
      new Promise<TLSSocket>((resolve, reject) => {
        const socket = connect({ host: '127.0.0.1', port, ca: pki.ca.certPem, ...(secureContext ? { secureContext } : {}) });
        socket.once('secureConnect', () => resolve(socket));
        socket.once('error', reject);
      });
    try {
      const first = await handshake();
      const group = negotiatedGroup(first);
      first.destroy();
      expect(group).toBe('prime256v1');
      const second = await handshake(contextPreferring({ ca: pki.ca.certPem }, group));
      expect(negotiatedGroup(second)).toBe('prime256v1');
      second.destroy();
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
