import type { UploadOrder } from '../transfer/order.js';
/**
 * One sync, start to end: lock the remote directory, scan both sides (the
 * local walk and its hashing run while the server is being asked), plan,
 * check the guards, apply, and keep the state file. Knows nothing of GitHub
 * Actions: the action and the CLI both call `syncTrees`.
 */
import { resolveRemoteDir } from '../ftp/resolve-remote-dir.js';
import type { ClientPool } from '../ftp/client-port.js';
import type { ServerFeatures } from '../ftp/connect.js';
import { isAbsoluteRemote, joinRemote, normalizeRemote } from '../ftp/remote-path.js';
import type { Logger } from '../logger.js';
import { applyPlan, type ApplyRecorder, type EntryOutcome } from './apply.js';
import { SyncError, SyncGuardError } from './errors.js';
import { checkDeleteGuards, checkPlanPaths, reservedPaths } from './guards.js';
import { RemoteLock, type LockOwner, type LockTiming } from './lock.js';
import { createPathFilter, createProtectMatcher, type PathFilter } from './patterns.js';
import { planSync } from './plan.js';
import { chooseHashMethod, describeHashMethod, noHashCommandMessage, remoteChecksums, type HashMethod } from './remote-hash.js';
import { addLocalHashes, scanLocalTree, type LocalScan } from './scan-local.js';
import { addRemoteTimes, scanRemoteTree, type RemoteScan } from './scan-remote.js';
import { loadState, StateWriter, type CheckpointPolicy, type LoadedState } from './state-file.js';
import { treeFromState } from './state-format.js';
import { StateLedger } from './state-ledger.js';
import type { CompareMode, HashAlgorithm, MaxDelete, PlanEntry, SyncDirection, SyncPlan, SyncState, TreeEntry } from './types.js';

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

/** Totals of a sync (of the plan, in a dry run). */
export interface SyncCounts {
  readonly uploaded: number;
  readonly downloaded: number;
  readonly deleted: number;
  readonly created: number;
  readonly skipped: number;
  readonly failed: number;
}

/** What a sync did, or (dry run) would do. */
export interface SyncResult {
  readonly direction: SyncDirection;
  readonly dryRun: boolean;
  /** The absolute remote directory. */
  readonly remoteDir: string;
  readonly localDir: string;
  /** The compare mode used (manifest falls back on a first sync). */
  readonly compare: CompareMode;
  /** Things the user should know about how the sync decided (fallbacks). */
  readonly notes: readonly string[];
  readonly plan: SyncPlan;
  /** Per entry, what happened; empty in a dry run or when a guard refused. */
  readonly outcomes: ReadonlyMap<PlanEntry, EntryOutcome>;
  readonly counts: SyncCounts;
  readonly bytes: number;
  readonly durationMs: number;
  /** Set when the step should fail: a guard refused, or some paths could not be synced. */
  readonly failure: Error | undefined;
}

const sleepFor = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The same log with its info lines moved to verbose: for a second reading that says nothing new. */
function quieter(log: Logger): Logger {
  return {
    level: log.level,
    info: (message) => log.verbose(message),
    verbose: (message) => log.verbose(message),
    debug: (message) => log.debug(message),
    warning: (message) => log.warning(message),
  };
}

/** The plan's counts, for a dry run or a refused plan. */
export function countPlan(plan: SyncPlan): SyncCounts {
  const count = (action: PlanEntry['action']): number => plan.entries.filter((entry) => entry.action === action).length;
  return {
    uploaded: count('upload'),
    downloaded: count('download'),
    deleted: count('delete'),
    created: count('mkdir'),
    skipped: count('skip'),
    failed: count('conflict'),
  };
}

/** The counts of what happened. */
export function countOutcomes(plan: SyncPlan, outcomes: ReadonlyMap<PlanEntry, EntryOutcome>): SyncCounts {
  const counts = { uploaded: 0, downloaded: 0, deleted: 0, created: 0, skipped: 0, failed: 0 };
  const done: Partial<Record<PlanEntry['action'], keyof SyncCounts>> = {
    upload: 'uploaded',
    download: 'downloaded',
    delete: 'deleted',
    mkdir: 'created',
  };
  for (const entry of plan.entries) {
    if (entry.action === 'skip') counts.skipped += 1;
    else if (entry.action === 'conflict') counts.failed += 1;
    // A plan a guard refused has no outcomes: nothing was done, nothing counted.
    else if (outcomes.size > 0) {
      const status = outcomes.get(entry)?.status ?? 'kept';
      if (status === 'failed') counts.failed += 1;
      else if (status === 'kept') counts.skipped += 1;
      else counts[done[entry.action] ?? 'skipped'] += 1;
    }
  }
  return counts;
}

function filterTree(tree: Map<string, TreeEntry>, filter: PathFilter): Map<string, TreeEntry> {
  for (const [path, entry] of tree) if (filter.excludes(path, entry.kind === 'directory')) tree.delete(path);
  return tree;
}

/** Paths of files present on both sides with the same size: the only ones whose times or checksums matter. */
function sameSizeFiles(source: ReadonlyMap<string, TreeEntry>, target: ReadonlyMap<string, TreeEntry>): string[] {
  const paths: string[] = [];
  for (const [path, entry] of source) {
    const other = target.get(path);
    if (entry.kind === 'file' && other?.kind === 'file' && other.size === entry.size) paths.push(path);
  }
  return paths;
}

/** How this sync compares, after looking at the state file and the server. */
interface Decision {
  compare: CompareMode;
  state: SyncState | undefined;
  hashMethod: HashMethod | undefined;
  adopting: boolean;
}

class SyncRun {
  private readonly tuning: SyncTuning;
  private readonly push: boolean;
  private readonly notes: string[] = [];
  private features: ServerFeatures | undefined;
  private lock: RemoteLock | undefined;
  /** The state file as the look without the lock found it. */
  private previewed: LoadedState | undefined;

  constructor(
    private readonly options: SyncOptions,
    private readonly deps: SyncDeps,
  ) {
    this.tuning = { ...defaultSyncTuning, ...deps.tuning };
    this.push = options.direction === 'push';
  }

  private async serverFeatures(): Promise<ServerFeatures> {
    this.features ??= await this.deps.controlPool.run('FEAT', (client) => client.features());
    return this.features;
  }

  private note(message: string): void {
    this.notes.push(message);
    this.deps.log.info(message);
  }

  /** Checksum needs a hash command: refuse before anything else when the server has none. */
  private async requireHashMethod(): Promise<HashMethod> {
    const features = await this.serverFeatures();
    const method = chooseHashMethod(features);
    if (method === undefined) {
      throw new SyncError(noHashCommandMessage(features), {
        hint: `Use compare: ${this.push ? 'manifest (the default for push) or ' : ''}size-time instead. Nothing was changed.`,
      });
    }
    this.deps.log.info(`Comparing with the server's ${describeHashMethod(method)}`);
    return method;
  }

  /** Reads the state (push, manifest) and decides how to compare without one. */
  private async decide(remoteDir: string, statePath: string, method: HashMethod | undefined): Promise<Decision> {
    const { options, deps } = this;
    if (!(this.push && options.compare === 'manifest')) {
      return { compare: options.compare, state: undefined, hashMethod: method, adopting: false };
    }
    const previewed = this.previewed;
    // Read again under the lock: another sync may have finished between the look without it and now.
    const loaded = await loadState(deps.controlPool, statePath, remoteDir, previewed === undefined ? deps.log : quieter(deps.log));
    if (previewed !== undefined && loaded.text !== previewed.text)
      deps.log.info('The state file changed while this sync took the lock (another sync finished meanwhile): planned again from it');
    const { state } = loaded;
    if (state !== undefined) return { compare: 'manifest', state, hashMethod: undefined, adopting: false };
    const hash = chooseHashMethod(await this.serverFeatures());
    if (hash !== undefined) {
      this.note(
        `No state file at ${statePath} yet: files whose ${describeHashMethod(hash)} matches on the server are adopted, the others sent.`,
      );
      return { compare: 'checksum', state: undefined, hashMethod: hash, adopting: true };
    }
    this.note(`No state file at ${statePath} yet: compared by size and time this once; the state file is written at the end.`);
    return { compare: 'size-time', state: undefined, hashMethod: undefined, adopting: false };
  }

  async run(): Promise<SyncResult> {
    const { options, deps } = this;
    const started = deps.now();
    const remoteDir = await resolveRemoteDir(deps.controlPool, options.remoteDir);
    const statePath = isAbsoluteRemote(options.stateFile) ? normalizeRemote(options.stateFile) : joinRemote(remoteDir, options.stateFile);
    const lockPath = `${statePath}.lock`;
    const filter = createPathFilter({
      exclude: options.exclude,
      excludeDefaults: options.excludeDefaults,
      includeHidden: options.includeHidden,
      reserved: reservedPaths(remoteDir, statePath, lockPath),
    });
    const method = options.compare === 'checksum' ? await this.requireHashMethod() : undefined;

    const hashes: HashAlgorithm[] =
      method !== undefined ? [method.algorithm] : this.push && options.compare === 'manifest' ? ['sha256'] : [];
    const localScan = scanLocalTree({
      root: options.localDir,
      filter,
      hash: this.push ? hashes : method === undefined ? [] : [method.algorithm],
      hashConcurrency: this.tuning.hashConcurrency,
      mustExist: this.push,
      log: deps.log,
    });
    // Awaited below; until then a failure must not count as unhandled.
    localScan.catch(() => undefined);

    try {
      if (options.lock && !options.dryRun) {
        const unchanged = await this.finishIfNothingToDo({ remoteDir, statePath, local: localScan, filter, started });
        if (unchanged !== undefined) return unchanged;
        this.lock = await RemoteLock.acquire(lockPath, deps.owner, options.lockTimeoutMs, this.tuning.lock, {
          pool: deps.controlPool,
          log: deps.log,
          now: deps.now,
          clock: deps.clock ?? Date.now,
          sleep: deps.sleep ?? sleepFor,
          dirKnown: this.previewed?.path === statePath,
        });
      } else if (options.lock) {
        deps.log.info('Dry run: the remote directory is not locked');
      }
      const decision = await this.decide(remoteDir, statePath, method);
      const listTarget = !(this.push && decision.compare === 'manifest') || options.verifyRemote || decision.state?.complete === false;
      if (decision.state?.complete === false)
        this.note('The state file is a checkpoint of a sync that did not finish: the server is listed to finish the job.');
      const remote =
        listTarget || !this.push ? await scanRemoteTree(deps.pool, remoteDir, { filter, mustExist: !this.push, log: deps.log }) : undefined;
      const local = await localScan;
      return await this.planAndApply({ remoteDir, statePath, decision, remote, local, filter, started });
    } finally {
      await this.lock?.release();
    }
  }

  /**
   * A push by the state file looks before it locks: when the state says the
   * server already has every local file as it is, nothing is written at all
   * (no lock, no state), and the sync ends after one read. Otherwise the
   * connections for the transfers start opening, and the caller takes the
   * lock and reads the state again under it.
   *
   * Why that is safe. A lock keeps two syncs from changing the same tree at
   * once; a sync that changes nothing cannot collide with one that does:
   * - The state file is replaced atomically, and a sync forgets (checkpoints
   *   out) every file it is about to change before it changes it. So a
   *   state we read vouches only for files that are on the server as it
   *   says, even while another sync runs, and one another sync has begun to
   *   rewrite says `complete: false`, which never takes this path.
   * - Another sync may add files in the meantime that the state does not yet
   *   list. Then the outcome is the one of this sync running just before
   *   that one: it changed nothing, and the other's plan stays right.
   * - A plan with changes is never applied from this look: the state is
   *   read again once the lock is held (`decide`), when no other sync can
   *   write it any more, and the plan is made from that reading. A sync
   *   that finished between the two reads is thus seen, and its files are
   *   neither re-sent blindly nor its deletions missed.
   * Only manifest pushes with a complete state of ours take this path:
   * everything else lists the server, and does that once, under the lock.
   */
  private async finishIfNothingToDo(context: {
    remoteDir: string;
    statePath: string;
    local: Promise<LocalScan>;
    filter: PathFilter;
    started: number;
  }): Promise<SyncResult | undefined> {
    const { options, deps } = this;
    if (!(this.push && options.compare === 'manifest' && !options.verifyRemote)) return undefined;
    this.previewed = await loadState(deps.controlPool, context.statePath, context.remoteDir, deps.log);
    const { state } = this.previewed;
    if (state === undefined || !state.complete || state.origin !== 'ftp-actions' || this.previewed.path !== context.statePath)
      return undefined;
    const local = await context.local;
    const plan = planSync({
      direction: options.direction,
      compare: 'manifest',
      preserveMtime: options.preserveMtime,
      checksumAlgorithm: undefined,
      adopting: false,
      targetListed: false,
      source: local.tree,
      target: filterTree(treeFromState(state), context.filter),
      state,
      delete: options.delete,
      isProtected: createProtectMatcher(options.protect),
      leftovers: [],
    });
    const work = plan.entries.filter((entry) => entry.action !== 'skip').length;
    if (work > 0) {
      deps.pool.warm?.(work);
      return undefined;
    }
    checkPlanPaths(plan);
    deps.log.info('The state file says the server has every file as it is here: nothing to change, so the remote directory was not locked');
    return {
      direction: options.direction,
      dryRun: false,
      remoteDir: context.remoteDir,
      localDir: options.localDir,
      compare: 'manifest',
      notes: this.notes,
      plan,
      outcomes: new Map(),
      counts: countPlan(plan),
      bytes: 0,
      durationMs: deps.now() - context.started,
      failure: undefined,
    };
  }

  private async planAndApply(context: {
    remoteDir: string;
    statePath: string;
    decision: Decision;
    remote: RemoteScan | undefined;
    local: LocalScan;
    filter: PathFilter;
    started: number;
  }): Promise<SyncResult> {
    const { options, deps } = this;
    const { remoteDir, decision, remote, local } = context;
    const remoteTree = remote?.tree ?? filterTree(treeFromState(decision.state ?? emptyState), context.filter);
    const [source, target] = this.push ? [local.tree, remoteTree] : [remoteTree, local.tree];
    const candidates = decision.compare === 'size-time' || decision.compare === 'checksum' ? sameSizeFiles(source, target) : [];
    if (decision.compare === 'size-time' && remote !== undefined && !remote.hasTimes && candidates.length > 0) {
      await addRemoteTimes(deps.pool, remoteDir, remote.tree, candidates);
    }
    const method = decision.hashMethod;
    if (decision.compare === 'checksum' && method !== undefined && candidates.length > 0) {
      const digests = await remoteChecksums(deps.pool, remoteDir, candidates, method);
      for (const [path, digest] of digests) {
        const entry = remoteTree.get(path);
        if (entry?.kind === 'file') remoteTree.set(path, { ...entry, hashes: { ...entry.hashes, [method.algorithm]: digest } });
      }
      await addLocalHashes(options.localDir, local.tree, candidates, method.algorithm, this.tuning.hashConcurrency);
    }
    // Leftovers are removed only where no other sync can be writing them: under our lock, or on the local side.
    const leftovers = this.push ? (this.lock === undefined ? [] : (remote?.leftovers ?? [])) : local.leftovers;
    const plan = planSync({
      direction: options.direction,
      compare: decision.compare,
      preserveMtime: options.preserveMtime,
      checksumAlgorithm: method?.algorithm,
      adopting: decision.adopting,
      targetListed: remote !== undefined,
      source,
      target,
      state: decision.state,
      delete: options.delete,
      isProtected: createProtectMatcher(options.protect),
      leftovers,
    });
    checkPlanPaths(plan);
    const result = (outcomes: ReadonlyMap<PlanEntry, EntryOutcome>, bytes: number, failure: Error | undefined): SyncResult => ({
      direction: options.direction,
      dryRun: options.dryRun,
      remoteDir,
      localDir: options.localDir,
      compare: decision.compare,
      notes: this.notes,
      plan,
      outcomes,
      counts: options.dryRun ? countPlan(plan) : countOutcomes(plan, outcomes),
      bytes,
      durationMs: deps.now() - context.started,
      failure,
    });
    try {
      checkDeleteGuards(plan, options.maxDelete, this.push ? 'local-dir' : 'remote-dir');
    } catch (error) {
      if (error instanceof SyncGuardError) return result(new Map(), 0, error);
      throw error;
    }
    if (options.dryRun) return result(new Map(), 0, undefined);

    // Connections for the transfers log in while the state checkpoint is written.
    const work = plan.entries.filter((entry) => entry.action !== 'skip' && entry.action !== 'conflict').length;
    if (work > 0) deps.pool.warm?.(work);
    const keepsState = this.push && options.compare === 'manifest';
    const writer = keepsState ? await this.prepareState(plan, decision.state, source, context.statePath) : undefined;
    const report = await applyPlan(plan, {
      direction: options.direction,
      pool: deps.pool,
      remoteDir,
      localDir: options.localDir,
      source,
      targetExists: this.push ? (remote?.exists ?? true) : local.exists,
      transfer: {
        atomic: options.atomic,
        order: options.order,
        preserveMtime: options.preserveMtime,
        retries: options.retries,
        ...(this.tuning.retryDelayMs === undefined ? {} : { retryDelayMs: this.tuning.retryDelayMs }),
      },
      ...(writer === undefined ? {} : { recorder: writer.recorder }),
      beforeDeletes: () => this.lock?.assertHeld(),
      log: deps.log,
      now: deps.now,
    });
    if (writer !== undefined) {
      await writer.writer.settle();
      this.lock?.assertHeld();
      const changed = [...report.outcomes.values()].some((outcome) => outcome.status === 'done');
      if (changed || decision.state === undefined || decision.state.origin !== 'ftp-actions' || !decision.state.complete) {
        await writer.writer.finish();
      }
    }
    const counts = countOutcomes(plan, report.outcomes);
    const failure =
      counts.failed > 0
        ? new SyncError(`${counts.failed} of the sync's changes failed`, {
            hint: 'The job summary lists each one with the reason. What succeeded is recorded; run the sync again to retry the rest.',
          })
        : undefined;
    return result(report.outcomes, report.bytes, failure);
  }

  /**
   * Starts the state for this sync from the last one. Files about to be
   * replaced or deleted are forgotten first, and that is written before any
   * transfer starts: a sync cut off part-way must never leave a state that
   * vouches for a file it had already begun to change.
   */
  private async prepareState(
    plan: SyncPlan,
    previous: SyncState | undefined,
    source: ReadonlyMap<string, TreeEntry>,
    statePath: string,
  ): Promise<{ writer: StateWriter; recorder: ApplyRecorder }> {
    const { deps } = this;
    const ledger = new StateLedger(previous);
    const date = (): Date => new Date((deps.clock ?? Date.now)());
    const recordOf = (path: string): { size: number; sha256: string; sentAt: string } | undefined => {
      const entry = source.get(path);
      const sha256 = entry?.kind === 'file' ? entry.hashes.sha256 : undefined;
      return entry?.kind === 'file' && sha256 !== undefined ? { size: entry.size, sha256, sentAt: date().toISOString() } : undefined;
    };
    let forgotten = false;
    for (const entry of plan.entries) {
      if (entry.action === 'upload' || entry.action === 'delete') {
        forgotten ||= previous?.files.has(entry.path) === true || previous?.dirs.has(entry.path) === true;
        ledger.forget(entry.path);
      } else if (entry.unchanged === true) {
        const record = recordOf(entry.path);
        if (record !== undefined) ledger.recordFileIfAbsent(entry.path, record);
      }
    }
    const making = new Set(plan.entries.filter((entry) => entry.action === 'mkdir').map((entry) => entry.path));
    for (const [path, entry] of source) if (entry.kind === 'directory' && !making.has(path)) ledger.recordDirectory(path);
    const writer = new StateWriter({
      pool: deps.controlPool,
      path: statePath,
      ledger,
      policy: this.tuning.checkpoint,
      log: deps.log,
      now: deps.now,
      date,
      // The lock file sits beside the state file, so holding it proves the directory.
      parentKnown: this.lock !== undefined || (previous !== undefined && previous.origin === 'ftp-actions'),
    });
    if (forgotten) await writer.checkpoint();
    const recorder: ApplyRecorder = {
      fileTransferred: (path) => {
        const record = recordOf(path);
        if (record !== undefined) ledger.recordFile(path, record);
        writer.noteChange();
      },
      removed: (path) => {
        ledger.forget(path);
        writer.noteChange();
      },
      directoryMade: (path) => ledger.recordDirectory(path),
    };
    return { writer, recorder };
  }
}

const emptyState: SyncState = { files: new Map(), dirs: new Set(), complete: true, origin: 'ftp-actions' };

/**
 * Makes the target tree equal the source tree (push: remote = local; pull:
 * local = remote), moving only what changed. Throws for what stops a sync
 * before it changes anything (a missing local directory, a lock held too
 * long, a server without the hash command `compare: checksum` needs, a lost
 * connection); a refused guard and failed paths come back in `failure`.
 */
export function syncTrees(options: SyncOptions, deps: SyncDeps): Promise<SyncResult> {
  return new SyncRun(options, deps).run();
}
