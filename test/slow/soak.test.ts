/**
 * The soak: 20,000 small files up to a real pure-ftpd and back down with
 * the upload and download bundles over 8 connections, twice. Each run must
 * move every file intact (trees compared byte for byte), keep its memory
 * bounded, use no more than its 8 connections, and leave nothing open
 * behind it: no established connection on the server's port, no session
 * process on the server, no file descriptor in this process.
 *
 * The files are spread over 20 directories of 1,000: pure-ftpd cuts any
 * listing at 10,000 entries, which the download refuses (see
 * test/faults/listing-limit.test.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  establishedConnections,
  node24,
  openFileDescriptors,
  peakRssProbe,
  realServersAvailable,
  runBundle,
  sampleMaximum,
  sessionProcesses,
  settlesTo,
  startRealServer,
  type BundleRun,
  type PeakRssProbe,
  type RunningRealServer,
} from '@ftp-actions/test-servers';
import { writeTree } from '../integration/transfer-helpers.js';
import { errorsOf, warningsOf } from '../faults/through-proxy.js';
import { expectTree, type Tree } from '../faults/trees.js';

const FILES = 20_000;
const DIRECTORIES = 20;
const CONNECTIONS = 8;
const ROUNDS = 2;
const MiB = 1024 * 1024;
// Measured 240 to 330 MiB, of which 30 to 90 MiB live heap: V8 lets the heap
// grow well past what is live before it collects. Started all at once, the
// 20,000 files took an upload to 357 MiB; now at most 64 are in flight.
const PEAK_RSS_BOUND = 400 * MiB;

/** Small files of varied sizes (0 to 2 KiB) with contents unique to each. */
function makeTree(): Tree {
  const files = new Map<string, Buffer>();
  for (let index = 0; index < FILES; index += 1) {
    const header = `file ${index}\n`;
    const size = (index * 37) % 2048;
    const body = Buffer.alloc(Math.max(0, size - header.length), String.fromCharCode(97 + (index % 26)));
    files.set(
      `dir-${String(index % DIRECTORIES).padStart(2, '0')}/file-${index}.txt`,
      size === 0 ? Buffer.alloc(0) : Buffer.concat([Buffer.from(header), body]),
    );
  }
  return files;
}

const availability = realServersAvailable();
const suffix = availability.available ? '' : ` — SKIPPED: ${availability.reason ?? 'real servers unavailable'}`;
if (!availability.available) console.warn(`[soak]${suffix}`);

interface RunFigures {
  readonly label: string;
  readonly seconds: number;
  readonly peakRssMiB: number;
  readonly maxConnections: number;
  /** Retries the run logged (pure-ftpd runs short of passive ports under this load and answers 425). */
  readonly retries: number;
}

describe.skipIf(!availability.available)(`soak: ${FILES} files, ${CONNECTIONS} connections, ${ROUNDS} rounds${suffix}`, () => {
  let server: RunningRealServer;
  let work: string;
  let rss: PeakRssProbe;
  const tree = makeTree();
  const figures: RunFigures[] = [];

  beforeAll(async () => {
    node24();
    work = await mkdtemp(join(tmpdir(), 'soak-'));
    await writeTree(join(work, 'source'), Object.fromEntries(tree));
    server = await startRealServer({ kind: 'pure-ftpd', tls: 'none' });
    rss = await peakRssProbe();
  });
  afterAll(async () => {
    console.log(
      `[soak] ${figures.map((run) => `${run.label}: ${run.seconds.toFixed(1)} s, peak RSS ${run.peakRssMiB} MiB, ${run.maxConnections} connections, ${run.retries} retries`).join('; ')}`,
    );
    await server.close();
    await rss.dispose();
    await rm(work, { recursive: true, force: true });
  });

  /** Runs a bundle while counting the server's connections; then checks it left nothing open. */
  async function measured(label: string, action: 'upload' | 'download', inputs: Record<string, string>): Promise<BundleRun> {
    const connections = sampleMaximum(() => establishedConnections(server, 'client'));
    const started = performance.now();
    const run = await runBundle(
      action,
      {
        server: server.host,
        port: String(server.port),
        username: server.user,
        password: server.password,
        protocol: 'ftp',
        concurrency: String(CONNECTIONS),
        ...inputs,
      },
      rss.env,
    );
    const seconds = (performance.now() - started) / 1000;
    const maxConnections = await connections.stop();
    const peak = (await rss.read()).at(-1) ?? Infinity;
    const retries = warningsOf(run).filter((warning) => /failed \(attempt \d+\).*retrying/.test(warning)).length;
    figures.push({ label, seconds, peakRssMiB: Math.round(peak / MiB), maxConnections, retries });
    expect(errorsOf(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(peak).toBeLessThan(PEAK_RSS_BOUND);
    // A connection the pool replaced after a failure may still be closing
    // while its successor opens, so a few more than the pool size can be
    // seen at one instant; a leak would keep growing past that.
    expect(maxConnections).toBeLessThanOrEqual(CONNECTIONS + 4);
    expect(maxConnections).toBeGreaterThan(1);
    // Every connection the run opened is closed, and the server ended each session.
    expect(await settlesTo(() => establishedConnections(server), 0, 5000)).toBe(0);
    expect(await settlesTo(() => sessionProcesses(server.pid), 0, 5000)).toBe(0);
    return run;
  }

  it('moves every file up and back down, twice, leaking nothing', async () => {
    const fdsBefore = await openFileDescriptors();
    for (let round = 1; round <= ROUNDS; round += 1) {
      const up = await measured(`upload ${round}`, 'upload', { 'local-dir': join(work, 'source'), 'remote-dir': 'soak' });
      expect(up.outputs['uploaded-count']).toBe(String(FILES));
      await expectTree(join(server.root, 'soak'), tree);

      const target = join(work, `download-${round}`);
      const down = await measured(`download ${round}`, 'download', { 'remote-dir': 'soak', 'local-dir': target });
      expect(down.outputs['downloaded-count']).toBe(String(FILES));
      await expectTree(target, tree);
      await rm(target, { recursive: true, force: true });
    }
    // The runs are child processes; this process only waited on them and read files.
    expect(await openFileDescriptors()).toBeLessThanOrEqual(fdsBefore);
  });
});
