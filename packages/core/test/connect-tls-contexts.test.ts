/**
 * TLS contexts cost start-up time: OpenSSL's first context of a process,
 * and Node's bundled root certificates loaded into a context that names no
 * CA. A plain FTP connection makes none, and the key-share probe never
 * loads the roots. Counted by wrapping `tls.createSecureContext`, which
 * `syncBuiltinESMExports` makes the function every importer of node:tls
 * calls.
 */
import { syncBuiltinESMExports } from 'node:module';
import tls, { type SecureContextOptions } from 'node:tls';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFtpSrv } from '@ftp-actions/test-servers';
import { openConnection } from '../src/ftp/connect.js';
import { firstContact, preferGroup } from '../src/ftp/tls-key-share.js';
import { silentLogger } from '../src/logger.js';
import type { ConnectionSettings } from '../src/settings/connection.js';

const original = tls.createSecureContext;
let contexts: (SecureContextOptions | undefined)[] = [];

beforeEach(() => {
  contexts = [];
  tls.createSecureContext = (options?: SecureContextOptions) => {
    contexts.push(options);
    return original(options);
  };
  syncBuiltinESMExports();
});

afterEach(() => {
  tls.createSecureContext = original;
  syncBuiltinESMExports();
});

describe('TLS contexts', () => {
  it('a plain FTP connection creates none', async () => {
    const server = await startFtpSrv();
    try {
      const settings: ConnectionSettings = {
        host: server.host,
        port: server.port,
        username: server.user,
        password: server.password,
        protocol: 'ftp',
        tls: { verify: true, ca: undefined, fingerprint: undefined },
        timeoutMs: 10_000,
        concurrency: 1,
        retries: 0,
        encoding: 'utf8',
        logLevel: 'info',
        dataMode: 'passive',
        activeAddress: undefined,
      };
      const { client } = await openConnection(settings, { log: silentLogger });
      await client.list('/');
      client.close();
      expect(contexts).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('the key-share probe names an (empty) CA list, so it never loads the bundled roots', () => {
    // Group lists not probed before in this process, so each is probed now.
    firstContact({ host: 'probe.test' });
    preferGroup({ host: 'probe.test' }, 'secp384r1');
    expect(contexts.length).toBeGreaterThan(0);
    for (const options of contexts) expect(options?.ca).toEqual([]);
  });
});
