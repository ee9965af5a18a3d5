/**
 * What a sync is given: the parsed inputs (`SyncOptions`), the intervals and
 * limits (`SyncTuning`, which tests shorten) and what it needs from outside
 * (`SyncDeps`, which tests replace with fakes).
 */
import type { ClientPool } from '../ftp/client-port.js';
import type { Logger } from '../logger.js';
import type { UploadOrder } from '../transfer/order.js';
import type { LockOwner, LockTiming } from './lock.js';
import type { CheckpointPolicy } from './state-file.js';
import type { CompareMode, MaxDelete, SyncDirection } from './types.js';

/** What to sync and how: the parsed inputs of the sync action. */
export interface SyncOptions {
  readonly direction: SyncDirection;
  /** Absolute local directory. */
  readonly localDir: string;
  /** Absolute, or relative to the login directory. */
  readonly remoteDir: string;
  readonly compare: CompareMode;
  /** Manifest: also list the server and re-send files missing there or of another size. */
  readonly verifyRemote: boolean;
  /** The state file: relative to remoteDir, or absolute. */
  readonly stateFile: string;
  readonly exclude: readonly string[];
  readonly excludeDefaults: boolean;
  readonly includeHidden: boolean;
  readonly delete: boolean;
  readonly maxDelete: MaxDelete;
  readonly protect: readonly string[];
  readonly lock: boolean;
  readonly lockTimeoutMs: number;
  readonly dryRun: boolean;
  readonly atomic: boolean;
  /** The order uploads go in (push only); assets-first keeps pages from going live before their assets. */
  readonly order: UploadOrder;
  readonly preserveMtime: boolean;
  readonly retries: number;
}

/** Intervals and limits; tests shorten them. */
export interface SyncTuning {
  readonly checkpoint: CheckpointPolicy;
  readonly lock: LockTiming;
  /** Files hashed at once. */
  readonly hashConcurrency: number;
  /** First backoff delay of a retried transfer. */
  readonly retryDelayMs?: number;
}

/** The defaults: a checkpoint every 500 files or 30 s; a lock renewed every 20 s that expires a minute after. */
export const defaultSyncTuning: SyncTuning = {
  checkpoint: { everyFiles: 500, everyMs: 30_000 },
  lock: { ttlMs: 60_000, renewMs: 20_000, pollMs: 5_000 },
  hashConcurrency: 8,
};

/** What `syncTrees` needs from outside. */
export interface SyncDeps {
  /** Transfers and listings. */
  readonly pool: ClientPool;
  /** One connection of its own for the lock and the state file, so neither waits behind transfers. */
  readonly controlPool: ClientPool;
  readonly log: Logger;
  /** Monotonic milliseconds. */
  readonly now: () => number;
  /** Wall-clock milliseconds (default Date.now). */
  readonly clock?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly owner: LockOwner;
  readonly tuning?: Partial<SyncTuning>;
}
