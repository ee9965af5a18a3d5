/**
 * One file of 1 GiB, made at test time, uploaded and downloaded by the real
 * bundles; compared by SHA-256 (streamed), with the bundle's peak memory
 * checked to stay flat: the transfer streams and never holds the file.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { node24, runBundle, startFtpSrv, type RunningServer } from '@ftp-actions/test-servers';

const size = 1024 * 1024 * 1024;
const chunk = 1024 * 1024;
let server: RunningServer;
let work: string;
let expectedHash: string;

async function sha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

/** A 1 GiB file of pseudo-random-looking but reproducible bytes, written in 1 MiB chunks. */
async function makeLargeFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  const out = createWriteStream(path);
  for (let index = 0; index < size / chunk; index += 1) {
    const block = Buffer.alloc(chunk, index % 251);
    block.writeUInt32BE(index, 0);
    hash.update(block);
    if (!out.write(block)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return hash.digest('hex');
}

beforeAll(async () => {
  node24();
  server = await startFtpSrv();
  work = await mkdtemp(join(tmpdir(), 'large-file-'));
  await mkdir(join(work, 'up'));
  expectedHash = await makeLargeFile(join(work, 'up', 'big.bin'));
}, 300_000);
afterAll(async () => {
  await server.close();
  await rm(work, { recursive: true, force: true });
});

describe('a 1 GiB file', () => {
  it('goes up and comes back byte for byte with flat memory', async () => {
    const connection = {
      server: server.host,
      port: String(server.port),
      username: server.user,
      password: server.password,
      protocol: 'ftp',
    };
    const up = await runBundle(
      'upload',
      { ...connection, 'local-dir': join(work, 'up'), 'remote-dir': '/big' },
      {},
      { timeoutMs: 280_000 },
    );
    expect(up.exitCode).toBe(0);
    expect(up.outputs['uploaded-bytes']).toBe(String(size));
    expect(await sha256(join(server.root, 'big', 'big.bin'))).toBe(expectedHash);

    const down = await runBundle(
      'download',
      { ...connection, 'remote-dir': '/big', 'local-dir': join(work, 'down') },
      {},
      { timeoutMs: 280_000 },
    );
    expect(down.exitCode).toBe(0);
    expect(await sha256(join(work, 'down', 'big.bin'))).toBe(expectedHash);

    // Streaming: a bundle moving 1 GiB stays far below the file's size.
    for (const run of [up, down]) {
      if (run.peakRssBytes !== undefined) expect(run.peakRssBytes).toBeLessThan(200 * 1024 * 1024);
    }
    console.log(
      `1 GiB: upload peak RSS ${Math.round((up.peakRssBytes ?? 0) / 1048576)} MiB, download ${Math.round((down.peakRssBytes ?? 0) / 1048576)} MiB`,
    );
  }, 600_000);
});
