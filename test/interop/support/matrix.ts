/**
 * The interop matrix for one server kind: a suite per cell (plain FTP,
 * explicit and implicit FTPS, TLS 1.2 and 1.3), its server started once in
 * beforeAll and stopped in afterAll, and in each cell every action's real
 * bundle under Node 24. Each step works in a remote directory of its own
 * and seeds what it needs directly on the server's disk, so the steps are
 * independent and run concurrently; cells run concurrently too.
 *
 * The steps are data: a new action joins with one entry in STEPS.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestPki, node24, type TestPki } from '@ftp-actions/test-servers';
import {
  bundleExists,
  commandsSent,
  errorLine,
  expectSuccess,
  fingerprints,
  runScanned,
  transcript,
  warnings,
  type ActionName,
} from './bundles.js';
import {
  cellPassword,
  cellsFor,
  connectionInputs,
  realServerSkip,
  startCellServer,
  traitsOf,
  type Cell,
  type CellServer,
  type ServerKind,
  type ServerTraits,
} from './cells.js';
import { LocalDirs, distinctTimes, readTree, sampleTree, seconds, secondsOf, seedRemote, treeBytes, writeTimedTree } from './trees.js';

/** What a step gets: its cell, the running server, and helpers bound to both. */
interface StepContext {
  readonly cell: Cell;
  readonly traits: ServerTraits;
  readonly server: CellServer;
  readonly locals: LocalDirs;
  /** Connection inputs plus `inputs`; the run fails the test if it printed the password. */
  run(action: ActionName, inputs: Record<string, string>): ReturnType<typeof runScanned>;
}

interface Step {
  readonly name: string;
  /** The bundles the step runs; see OPTIONAL_ACTIONS. */
  readonly needs: readonly ActionName[];
  /** Left out of cells where it has nothing to show. */
  readonly appliesTo?: (cell: Cell) => boolean;
  readonly run: (context: StepContext) => Promise<void>;
}

/**
 * Actions that join the matrix once their bundle is built: a step that
 * needs one is left out while actions/<name>/dist/index.js is missing. A
 * missing bundle of any other action fails its steps instead.
 */
const OPTIONAL_ACTIONS: ReadonlySet<ActionName> = new Set(['sync']);

const expectedTree = treeBytes(sampleTree);
const samplePaths = Object.keys(sampleTree);

/** The server's copy of `relativeDir`, without the sync's own state and lock files. */
async function remoteTree(server: CellServer, relativeDir: string): Promise<Map<string, Buffer>> {
  const tree = await readTree(join(server.root, relativeDir));
  for (const path of tree.keys()) if (path.startsWith('.ftp-actions-state.json')) tree.delete(path);
  return tree;
}

async function localCopy(context: StepContext, prefix: string): Promise<string> {
  const dir = await context.locals.make(prefix);
  await writeTimedTree(dir, sampleTree);
  return dir;
}

const STEPS: readonly Step[] = [
  {
    name: 'health: fit, TLS version as asked, write test leaves nothing behind',
    needs: ['health'],
    run: async (context) => {
      const probeDir = await seedRemote(context.server, 'health');
      const run = await context.run('health', { path: 'health', 'write-test': 'true' });
      expectSuccess(run);
      expect(run.outputs.ok).toBe('true');
      expect(Number(run.outputs['write-ms'])).toBeGreaterThanOrEqual(0);
      expect(run.outputs['tls-protocol']).toBe(context.cell.tlsVersion ?? '');
      // "MLST type*;size*;…": the name is the first word.
      const features = (JSON.parse(run.outputs.features ?? '[]') as string[]).map((feature) => feature.split(' ')[0]);
      expect(features.includes('MLST')).toBe(context.traits.listCommand === 'MLSD');
      expect(await readdir(probeDir)).toEqual([]);
    },
  },
  {
    name: 'upload: sampleTree atomically, byte for byte on the server, then downloaded back byte for byte',
    needs: ['upload', 'download'],
    run: async (context) => {
      const source = await localCopy(context, 'upload-source');
      const upload = await context.run('upload', { 'local-dir': source, 'remote-dir': 'upload' });
      expectSuccess(upload);
      expect(upload.outputs['uploaded-count']).toBe(String(expectedTree.size));
      // Exactly the tree: no temporary names left beside the files.
      expect(fingerprints(await remoteTree(context.server, 'upload'))).toEqual(fingerprints(expectedTree));

      const back = await context.locals.make('upload-back');
      const download = await context.run('download', { 'remote-dir': 'upload', 'local-dir': back });
      expectSuccess(download);
      expect(fingerprints(await readTree(back))).toEqual(fingerprints(expectedTree));
    },
  },
  {
    name: 'download: a tree put on the server, byte for byte, listed with the command the server offers',
    needs: ['download'],
    run: async (context) => {
      await seedRemote(context.server, 'download', sampleTree);
      const target = await context.locals.make('download');
      const run = await context.run('download', { 'remote-dir': 'download', 'local-dir': target, 'log-level': 'debug' });
      expectSuccess(run);
      expect(run.outputs['downloaded-count']).toBe(String(expectedTree.size));
      expect(fingerprints(await readTree(target))).toEqual(fingerprints(expectedTree));
      // MLSD where FEAT lists MLST; without it (vsftpd, ftp-srv) LIST, and nothing else.
      const listings = commandsSent(run).filter((command) => /^(MLSD|LIST)\b/.test(command));
      expect(listings.length).toBeGreaterThanOrEqual(5);
      expect(new Set(listings.map((command) => command.split(' ')[0]))).toEqual(new Set([context.traits.listCommand]));
    },
  },
  {
    name: 'download to-output: a small file read into the output; a missing one named with the 550',
    needs: ['download'],
    run: async (context) => {
      await seedRemote(context.server, 'read', { 'VERSION.txt': 'v1.2.3 ✓\n' });
      const found = await context.run('download', { 'remote-dir': 'read', 'remote-file': 'VERSION.txt', 'to-output': 'true' });
      expectSuccess(found);
      expect(found.outputs.content).toBe('v1.2.3 ✓\n');
      // ProFTPD resets the data connection of a RETR for a missing file before its 550 arrives.
      const missing = await context.run('download', { 'remote-dir': 'read', 'remote-file': 'missing.txt', 'to-output': 'true' });
      expect(missing.exitCode).toBe(1);
      expect(errorLine(missing), transcript(missing)).toMatch(/"\/read\/missing\.txt".*: 55\d /);
    },
  },
  {
    name: 'upload with preserve-mtime: server times equal the local ones, or one warning where the server cannot set them',
    needs: ['upload'],
    run: async (context) => {
      const times = distinctTimes(sampleTree);
      const source = await context.locals.make('upload-mtime');
      await writeTimedTree(source, sampleTree, times);
      const run = await context.run('upload', {
        'local-dir': source,
        'remote-dir': 'upload-mtime',
        'preserve-mtime': 'true',
        'log-level': 'debug',
      });
      expectSuccess(run);
      expect(fingerprints(await remoteTree(context.server, 'upload-mtime'))).toEqual(fingerprints(expectedTree));
      const timeWarnings = warnings(run).filter((line) => /modification time/i.test(line));
      const method = context.traits.setTimeCommand;
      if (method === undefined) {
        expect(timeWarnings).toHaveLength(1);
        expect(timeWarnings[0]).toMatch(/cannot set modification times/);
      } else {
        expect(timeWarnings).toEqual([]);
        // vsftpd has no MFMT: the action falls back to the two-argument MDTM.
        expect(run.stdout).toContain(`Setting remote modification times with ${method}`);
        expect(await secondsOf(join(context.server.root, 'upload-mtime'), samplePaths)).toEqual(seconds(times));
      }
    },
  },
  {
    name: 'download with preserve-mtime: local times equal the server ones',
    needs: ['download'],
    run: async (context) => {
      const times = distinctTimes(sampleTree);
      const remoteDir = await seedRemote(context.server, 'download-mtime', sampleTree, times);
      const target = await context.locals.make('download-mtime');
      const run = await context.run('download', { 'remote-dir': 'download-mtime', 'local-dir': target, 'preserve-mtime': 'true' });
      expectSuccess(run);
      expect(warnings(run).filter((line) => /time/i.test(line))).toEqual([]);
      expect(fingerprints(await readTree(target))).toEqual(fingerprints(expectedTree));
      const serverTimes = await secondsOf(remoteDir, samplePaths);
      expect(serverTimes).toEqual(seconds(times));
      expect(await secondsOf(target, samplePaths)).toEqual(serverTimes);
    },
  },
  {
    name: 'sync: push sampleTree, then pull it into a fresh directory, both byte for byte',
    needs: ['sync'],
    run: async (context) => {
      const source = await localCopy(context, 'sync-source');
      const push = await context.run('sync', { 'local-dir': source, 'remote-dir': 'sync', direction: 'push', 'include-hidden': 'true' });
      expectSuccess(push);
      expect(fingerprints(await remoteTree(context.server, 'sync'))).toEqual(fingerprints(expectedTree));

      const target = await context.locals.make('sync-pull');
      const pull = await context.run('sync', { 'local-dir': target, 'remote-dir': 'sync', direction: 'pull', 'include-hidden': 'true' });
      expectSuccess(pull);
      expect(fingerprints(await readTree(target))).toEqual(fingerprints(expectedTree));
    },
  },
  {
    name: 'sync: a second push with one file changed sends only it, and leaves no lock or temporary file behind',
    needs: ['sync'],
    run: async (context) => {
      const source = await localCopy(context, 'sync-again');
      const inputs = { 'local-dir': source, 'remote-dir': 'sync-again', direction: 'push', 'include-hidden': 'true' };
      expectSuccess(await context.run('sync', inputs));
      // The second push reads the lock with SIZE and EPSV together, stores the checkpoint while the lock settles,
      // and puts it in place only once the lock proved its own.
      const changed = samplePaths.find((path) => (expectedTree.get(path)?.length ?? 0) > 0) ?? '';
      await writeFile(join(source, changed), 'changed on the second push\n');
      const again = await context.run('sync', inputs);
      expectSuccess(again);
      expect(again.outputs['uploaded-count']).toBe('1');
      expect(fingerprints(await remoteTree(context.server, 'sync-again'))).toEqual(fingerprints(await readTree(source)));
      const leftovers = (await readdir(join(context.server.root, 'sync-again'), { recursive: true })).filter(
        (name) => name.endsWith('.lock') || name.endsWith('.part'),
      );
      expect(leftovers).toEqual([]);
    },
  },
  {
    name: 'sync compare checksum: uses HASH where offered, else refuses and changes nothing',
    needs: ['sync'],
    // The server's HASH support does not depend on TLS: the plain cell shows it.
    appliesTo: (cell) => cell.security === 'plain',
    run: async (context) => {
      const remoteDir = await seedRemote(context.server, 'sync-checksum', sampleTree);
      const source = await localCopy(context, 'sync-checksum');
      const run = await context.run('sync', {
        'local-dir': source,
        'remote-dir': 'sync-checksum',
        compare: 'checksum',
        'include-hidden': 'true',
      });
      if (context.traits.hash) {
        expectSuccess(run);
        // Every file's hash matched, so nothing was sent (the plan lists only changes, with the reason).
        const plan = JSON.parse(run.outputs.plan ?? '{}') as { entries?: unknown[] };
        expect(plan.entries).toEqual([]);
        expect(run.outputs['uploaded-count']).toBe('0');
      } else {
        expect(run.exitCode).toBe(1);
        expect(errorLine(run), transcript(run)).toMatch(/checksum/i);
      }
      expect(fingerprints(await readTree(remoteDir))).toEqual(fingerprints(expectedTree));
    },
  },
];

// Bundles take a second or two each; the limits only catch a hang.
const STEP_TIMEOUT_MS = 120_000;
const SERVER_TIMEOUT_MS = 60_000;

/** Defines the whole matrix for `kind`: one concurrent suite per cell. */
export function defineMatrix(kind: ServerKind): void {
  const skip = realServerSkip(kind);
  const suiteName = `interop matrix: ${kind}${skip.suffix}`;
  // A skip must be seen: in the suite's name and on stderr.
  if (skip.skip) console.warn(`[interop] ${suiteName}`);
  const steps = STEPS.filter((step) => step.needs.every((action) => !OPTIONAL_ACTIONS.has(action) || bundleExists(action)));
  const traits = traitsOf(kind);

  describe.skipIf(skip.skip)(suiteName, () => {
    let pki: TestPki;
    const locals = new LocalDirs();
    beforeAll(async () => {
      node24();
      pki = await makeTestPki();
    }, SERVER_TIMEOUT_MS);
    afterAll(() => locals.removeAll());

    describe.concurrent.each(cellsFor(kind))('$name', (cell) => {
      const password = cellPassword(cell);
      let server: CellServer | undefined;
      beforeAll(async () => {
        server = await startCellServer(cell, pki, password);
      }, SERVER_TIMEOUT_MS);
      afterAll(async () => {
        await server?.close();
      }, SERVER_TIMEOUT_MS);

      const context = (): StepContext => {
        if (server === undefined) throw new Error(`${cell.name}: the server did not start`);
        const running = server;
        return {
          cell,
          traits,
          server: running,
          locals,
          run: (action, inputs) => runScanned(action, { ...connectionInputs(running, pki), ...inputs }, password),
        };
      };

      if (cell.security !== 'plain' && traits.requiresSessionReuse) {
        it('requires TLS session reuse on data connections (its default)', () => {
          expect(context().server.sessionReuseRequired).toBe(true);
        });
      }
      for (const step of steps.filter((candidate) => candidate.appliesTo?.(cell) ?? true)) {
        it(step.name, { timeout: STEP_TIMEOUT_MS }, () => step.run(context()));
      }
    });
  });
}
