/**
 * pure-ftpd ends every listing at 10,000 entries (its --limitrecursion
 * default) and says so only in the closing reply, "226 Output truncated to
 * 10000 matches". Downloading from such a listing would silently leave
 * files behind; the download refuses it instead, before fetching anything.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { node24, realServersAvailable, runBundle, startRealServer, type RunningRealServer } from '@ftp-actions/test-servers';
import { errorsOf } from './through-proxy.js';
import { listNames } from './trees.js';

const availability = realServersAvailable();
const suffix = availability.available ? '' : ` — SKIPPED: ${availability.reason ?? 'real servers unavailable'}`;
if (!availability.available) console.warn(`[faults] pure-ftpd listing limit${suffix}`);

describe.skipIf(!availability.available)(`a listing pure-ftpd cut at 10,000 entries${suffix}`, () => {
  let server: RunningRealServer;
  let local: string;
  beforeAll(async () => {
    node24();
    server = await startRealServer({ kind: 'pure-ftpd', tls: 'none' });
    await mkdir(join(server.root, 'big'));
    await Promise.all(Array.from({ length: 10_001 }, (_, index) => writeFile(join(server.root, 'big', `file-${index}.txt`), '')));
    local = await mkdtemp(join(tmpdir(), 'listing-limit-'));
  });
  afterAll(async () => {
    await server.close();
    await rm(local, { recursive: true, force: true });
  });

  it('fails the download naming the server reply, and writes nothing', async () => {
    const before = await listNames(server.root);
    const run = await runBundle('download', {
      server: server.host,
      port: String(server.port),
      username: server.user,
      password: server.password,
      protocol: 'ftp',
      'remote-dir': 'big',
      'local-dir': local,
    });
    expect(run.exitCode).toBe(1);
    const errors = errorsOf(run);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^The server cut the listing of "\/big" short: it answered "226 Output truncated to 10000 matches"/);
    expect(errors[0]).toContain('--limitrecursion');
    expect(await readdir(local)).toEqual([]);
    expect(await listNames(server.root)).toEqual(before);
  });
});
