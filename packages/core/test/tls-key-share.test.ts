import { createServer, connect, type TLSSocket } from 'node:tls';
import { describe, expect, it } from 'vitest';
import { makeTestPki } from '@ftp-actions/test-servers';
import { contextPreferring, negotiatedGroup, preferGroup } from '../src/ftp/tls-key-share.js';

describe('preferGroup', () => {
  const options = { host: 'example.test', minVersion: 'TLSv1.2' as const };

  it('offers a group the client would not guess first, then the usual ones', () => {
    expect(preferGroup(options, 'prime256v1')).toEqual({ ...options, ecdhCurve: 'prime256v1:X25519:secp384r1:secp521r1' });
    expect(preferGroup(options, 'secp384r1')).toEqual({ ...options, ecdhCurve: 'secp384r1:X25519:prime256v1:secp521r1' });
  });

  it('changes nothing when the guess already matches, nothing was learned, or the groups were chosen', () => {
    expect(preferGroup(options, 'X25519')).toBe(options);
    expect(preferGroup(options, 'X25519MLKEM768')).toBe(options);
    expect(preferGroup(options, undefined)).toBe(options);
    const chosen = { ...options, ecdhCurve: 'secp521r1' };
    expect(preferGroup(chosen, 'prime256v1')).toBe(chosen);
  });

  it('falls back to the plain context when OpenSSL does not know the name', () => {
    expect(() => contextPreferring(options, 'no-such-group')).not.toThrow();
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
