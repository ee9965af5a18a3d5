import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Client } from 'basic-ftp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFtpSrv } from '@ftp-actions/test-servers';
import type { RunningServer } from '@ftp-actions/test-servers';
import { connectTo, downloadText, uploadText } from './helpers.js';

// ftp-srv 4.6.3 behaviour that tests built on it must expect. If one of
// these fails after an upgrade, the quirk is gone: update SERVERS.md and the
// tests that work around it.
describe('ftp-srv quirks', () => {
  let server: RunningServer;
  let client: Client;

  beforeEach(async () => {
    server = await startFtpSrv();
    client = await connectTo(server);
  });

  afterEach(async () => {
    client.close();
    await server.close();
  });

  it('stores and serves an empty file', async () => {
    await uploadText(client, 'empty.txt', '');
    expect(await downloadText(client, 'empty.txt')).toBe('');
    expect((await client.list()).find((entry) => entry.name === 'empty.txt')?.size).toBe(0);
  });

  it('answers SIZE of an empty file with "213 File status", which basic-ftp cannot parse', async () => {
    await writeFile(join(server.root, 'empty.txt'), '');
    await expect(client.send('SIZE empty.txt')).resolves.toMatchObject({ code: 213, message: '213 File status' });
    await expect(client.size('empty.txt')).rejects.toThrow(/numerical value/);
  });

  it('advertises AUTH TLS in FEAT even without TLS, then refuses it with 502', async () => {
    expect((await client.features()).has('AUTH')).toBe(true);
    await expect(client.send('AUTH TLS')).rejects.toMatchObject({ code: 502 });
  });

  it('does not list MLST, so basic-ftp falls back to LIST without modification times', async () => {
    await writeFile(join(server.root, 'file.txt'), 'x');
    expect((await client.features()).has('MLST')).toBe(false);
    const [entry] = await client.list();
    expect(entry?.modifiedAt).toBeUndefined();
    expect(entry?.rawModifiedAt).not.toBe('');
  });
});
