/**
 * The state file of a manifest push, kept while the plan is applied: what
 * the last sync recorded, minus what this one is about to change, plus what
 * it has sent so far.
 */
import type { ApplyRecorder } from './apply.js';
import type { RemoteLock } from './lock.js';
import { StateWriter } from './state-file.js';
import { StateLedger } from './state-ledger.js';
import type { SyncRunContext } from './sync-run-context.js';
import type { SyncPlan, SyncState, TreeEntry } from './types.js';

/** The writer (checkpoints, the final state) and the recorder the applier reports each change to. */
export interface PreparedState {
  readonly writer: StateWriter;
  readonly recorder: ApplyRecorder;
  /** Resolves once the first checkpoint is in place (at once when none is needed); nothing may change on the target before. */
  readonly checkpointed: Promise<void>;
  /** The final state if every planned change succeeds, to store ahead (`StateWriter.stageFinal`). */
  readonly foreseen: SyncState;
}

/**
 * Starts the state for this sync from the last one. Files about to be
 * replaced or deleted are forgotten first, and that is written before any
 * transfer starts: a sync cut off part-way must never leave a state that
 * vouches for a file it had already begun to change. The checkpoint goes in
 * place only once `mayChange` resolves (the lock confirmed ours, the plan's
 * reading of the state confirmed current; see `RemoteLock.claim`); it is
 * written in the background, and `checkpointed` says when it is there.
 */
export function prepareState(
  run: SyncRunContext,
  context: {
    plan: SyncPlan;
    previous: SyncState | undefined;
    source: ReadonlyMap<string, TreeEntry>;
    statePath: string;
    lock: RemoteLock | undefined;
    /** Resolves when the server may change; rejects when it may not (a lost lock race, a state that changed). */
    mayChange: () => Promise<void>;
    /** The checkpoint is stored only after it: our lock record written first, on the same connection. */
    afterLockWritten: Promise<void>;
  },
): PreparedState {
  const { deps } = run;
  const { plan, previous, source } = context;
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
    path: context.statePath,
    ledger,
    policy: run.tuning.checkpoint,
    log: deps.log,
    now: deps.now,
    date,
    // The lock file sits beside the state file, so holding it proves the directory.
    parentKnown: context.lock !== undefined || (previous !== undefined && previous.origin === 'ftp-actions'),
  });
  // Stored at once, put in place only once the server may change.
  const checkpointed = forgotten ? context.afterLockWritten.then(() => writer.checkpoint(context.mayChange)) : Promise.resolve();
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
  const foreseen = new StateLedger(ledger.snapshot(true));
  for (const entry of plan.entries) {
    const record = entry.action === 'upload' ? recordOf(entry.path) : undefined;
    if (record !== undefined) foreseen.recordFile(entry.path, record);
    if (entry.action === 'mkdir') foreseen.recordDirectory(entry.path);
  }
  return { writer, recorder, checkpointed, foreseen: foreseen.snapshot(true) };
}
