import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConnectionPool, TransferError, silentLogger, type ActionDeps } from '@ftp-actions/core';
import type { Client } from 'basic-ftp';
import { afterEach, describe, expect, it } from 'vitest';
import { parseUploadInputs } from '../src/inputs.js';
import { runUpload } from '../src/run.js';

describe('runUpload', () => {
  let localDir: string | undefined;
  afterEach(async () => {
    if (localDir !== undefined) await rm(localDir, { recursive: true, force: true });
    localDir = undefined;
  });

  it('starts the first login before the local scan is done', async () => {
    localDir = await mkdtemp(join(tmpdir(), 'upload-run-'));
    const settings = parseUploadInputs({ server: 'ftp.example.com', 'remote-dir': 'www', 'local-dir': localDir }, localDir);
    let logins = 0;
    const pools: ConnectionPool[] = [];
    const deps: ActionDeps = {
      log: silentLogger,
      now: () => performance.now(),
      openPool: () => {
        const pool = new ConnectionPool({
          size: 1,
          log: silentLogger,
          open: () => {
            logins += 1;
            // Never logs in: the scan's outcome decides the run.
            return new Promise<Client>(() => undefined);
          },
        });
        pools.push(pool);
        return pool;
      },
    };
    // The folder is empty: the scan finds nothing, and the run fails on that.
    await expect(runUpload(settings, deps)).rejects.toThrow(TransferError);
    expect(logins).toBe(1);
    await Promise.all(pools.map((pool) => pool.close()));
  });
});
