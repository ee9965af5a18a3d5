/**
 * startRealServer's `password` option, which gives each matrix cell a
 * password of its own to scan output for: the server takes that password
 * and no other, and vsftpd's account for it (vsftpd checks passwords only
 * against system accounts, through PAM) is gone once the server stops.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Client, FTPError } from 'basic-ftp';
import { describe, expect, it } from 'vitest';
import { realServersAvailable, startRealServer, type RealServerKind, type RunningRealServer } from '@ftp-actions/test-servers';

const availability = realServersAvailable();
const suffix = availability.available ? '' : ` — SKIPPED: ${availability.reason ?? 'real servers unavailable'}`;
if (!availability.available) console.warn(`[interop] startRealServer password${suffix}`);

async function login(server: RunningRealServer, password: string): Promise<void> {
  const client = new Client(10_000);
  try {
    await client.access({ host: server.host, port: server.port, user: server.user, password });
  } finally {
    client.close();
  }
}

async function accountExists(name: string): Promise<boolean> {
  return (await readFile('/etc/passwd', 'utf8')).split('\n').some((line) => line.startsWith(`${name}:`));
}

describe.skipIf(!availability.available)(`startRealServer with a password of its own${suffix}`, () => {
  it.concurrent.each<RealServerKind>(['vsftpd', 'pure-ftpd', 'proftpd'])('%s takes that password and no other', async (kind) => {
    const password = `Own-${kind}-${randomBytes(9).toString('hex')}`;
    const shared = await startRealServer({ kind, tls: 'none' });
    const own = await startRealServer({ kind, tls: 'none', password });
    try {
      expect(own.password).toBe(password);
      await login(own, password);
      // The shared test user's password does not open this server, nor this password the others.
      await expect(login(own, shared.password)).rejects.toSatisfy((error) => error instanceof FTPError && error.code === 530);
      await expect(login(shared, password)).rejects.toSatisfy((error) => error instanceof FTPError && error.code === 530);
      await login(shared, shared.password);
      if (kind === 'vsftpd') expect(await accountExists(own.user)).toBe(true);
    } finally {
      await Promise.all([own.close(), shared.close()]);
    }
    if (kind === 'vsftpd') expect(await accountExists(own.user)).toBe(false);
  });
});
