/**
 * Shared by the sync integration tests: `syncTrees` over real pools to an
 * in-process ftp-srv (or a recording proxy in front of it), with quick
 * timings, and the trees on both sides read back for comparison.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ConnectionPool,
  openConnection,
  silentLogger,
  syncTrees,
  type Logger,
  type LockOwner,
  type SyncOptions,
  type SyncResult,
  type SyncTuning,
} from '@ftp-actions/core';
import { recordingLogger, type RecordingLogger } from '../../packages/core/test/helpers/recording-logger.js';
import { readTree, settingsFor } from './transfer-helpers.js';

export { readTree, sameTree, writeTree } from './transfer-helpers.js';

/** Where a sync connects: a server, or a proxy in front of one (same credentials). */
export interface Endpoint {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password: string;
}

export function syncOptions(localDir: string, overrides: Partial<SyncOptions> = {}): SyncOptions {
  return {
    direction: 'push',
    localDir,
    remoteDir: '/site',
    compare: 'manifest',
    verifyRemote: false,
    stateFile: '.ftp-actions-state.json',
    exclude: [],
    excludeDefaults: true,
    includeHidden: false,
    delete: false,
    maxDelete: { kind: 'percent', value: 50 },
    protect: [],
    lock: true,
    lockTimeoutMs: 10_000,
    dryRun: false,
    atomic: true,
    order: 'assets-first',
    preserveMtime: false,
    retries: 2,
    ...overrides,
  };
}

/** Quick intervals for tests; the defaults are for real deploys. */
export const quickTuning: Partial<SyncTuning> = {
  lock: { ttlMs: 60_000, renewMs: 200, pollMs: 50 },
  retryDelayMs: 5,
};

function pool(endpoint: Endpoint, size: number, log: Logger): ConnectionPool {
  const settings = { ...settingsFor({ ...endpoint, root: '', tls: 'none', close: () => Promise.resolve() }), concurrency: size };
  return new ConnectionPool({ size, retries: 2, retryDelayMs: 5, log, open: async () => (await openConnection(settings, { log })).client });
}

export interface SyncRun {
  readonly result: SyncResult;
  readonly log: RecordingLogger;
}

/** Runs one sync and closes its pools. */
export async function runSync(
  endpoint: Endpoint,
  options: SyncOptions,
  extra: {
    owner?: LockOwner;
    tuning?: Partial<SyncTuning>;
    concurrency?: number;
    /** Called before each task on the sync's own connection, with the task's description ("writing /site/…"). */
    beforeControlTask?: (description: string) => Promise<void>;
  } = {},
): Promise<SyncRun> {
  const log = recordingLogger('verbose');
  const main = pool(endpoint, extra.concurrency ?? 4, silentLogger);
  const control = pool(endpoint, 1, silentLogger);
  const hook = extra.beforeControlTask;
  if (hook !== undefined) {
    const run = control.run.bind(control);
    control.run = async (description, task, options) => {
      await hook(description);
      return run(description, task, options);
    };
  }
  try {
    const result = await syncTrees(options, {
      pool: main,
      controlPool: control,
      log,
      now: () => performance.now(),
      owner: extra.owner ?? { runId: `test-${Math.random().toString(16).slice(2)}`, host: 'test-host', description: 'a test sync' },
      tuning: { ...quickTuning, ...extra.tuning },
    });
    return { result, log };
  } finally {
    await Promise.all([main.close(), control.close()]);
  }
}

/** A scratch directory for a local tree, removed by the returned function. */
export async function scratch(prefix: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** The files on the server under `remoteDir`, keyed by relative path; the state and lock files left out unless asked. */
export async function remoteTree(root: string, remoteDir = 'site', withState = false): Promise<Map<string, Buffer>> {
  const files = await readTree(join(root, remoteDir));
  if (!withState) for (const path of [...files.keys()]) if (path.startsWith('.ftp-actions-state.json')) files.delete(path);
  return files;
}

/** `path action` of each changed entry, for compact expectations. */
export function changes(result: SyncResult): string[] {
  return result.plan.entries.filter((entry) => entry.unchanged !== true).map((entry) => `${entry.path} ${entry.action}`);
}
