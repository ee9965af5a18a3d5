/**
 * How a sync compares files, decided before it plans: the compare mode the
 * user asked for, except that a manifest push without a state file falls
 * back (on checksums the server can compute, else size and time) for this
 * one run, and says so.
 */
import type { Logger } from '../logger.js';
import { StateChangedMeanwhile, SyncError } from './errors.js';
import { chooseHashMethod, describeHashMethod, noHashCommandMessage, type HashMethod } from './remote-hash.js';
import { loadState, type LoadedState } from './state-file.js';
import type { SyncRunContext } from './sync-run-context.js';
import type { CompareMode, SyncState } from './types.js';

/** How this sync compares, after looking at the state file and the server. */
export interface CompareDecision {
  readonly compare: CompareMode;
  /** The state file's content (manifest push), when there is one. */
  readonly state: SyncState | undefined;
  readonly hashMethod: HashMethod | undefined;
  /** A first sync by checksum: files that match are taken into the state file rather than sent. */
  readonly adopting: boolean;
}

/** Checksum needs a hash command: refuse before anything else when the server has none. */
export async function requireHashMethod(run: SyncRunContext): Promise<HashMethod> {
  const features = await run.serverFeatures();
  const method = chooseHashMethod(features);
  if (method === undefined) {
    throw new SyncError(noHashCommandMessage(features), {
      hint: `Use compare: ${run.push ? 'manifest (the default for push) or ' : ''}size-time instead. Nothing was changed.`,
    });
  }
  run.deps.log.info(`Comparing with the server's ${describeHashMethod(method)}`);
  return method;
}

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

/**
 * Reads the state (push, manifest) and decides how to compare without one.
 * `previewed` is the state as read before the lock was claimed, if it was.
 * With `speculate`, the plan is made from it at once, and the state is read
 * again in the background: `verified` rejects with StateChangedMeanwhile
 * when that reading differs (nothing may show on the server before it
 * resolves). Without, this reading is the one the plan is made from.
 * Either way the reading starts once `afterLockWritten` resolves (our lock
 * record on the server: see `syncTrees` for why that is the reading to trust).
 */
export async function decideComparison(
  run: SyncRunContext,
  where: { remoteDir: string; statePath: string },
  method: HashMethod | undefined,
  previewed: LoadedState | undefined,
  how: { readonly speculate?: boolean; readonly afterLockWritten?: Promise<void> } = {},
): Promise<CompareDecision & { readonly verified: Promise<void> }> {
  const { speculate = false, afterLockWritten = Promise.resolve() } = how;
  const { options, deps } = run;
  if (!(run.push && options.compare === 'manifest')) {
    return { compare: options.compare, state: undefined, hashMethod: method, adopting: false, verified: Promise.resolve() };
  }
  // Read again once our lock record is written: another sync may have finished between the look without it and now
  // (why a reading made while the record settles is as good as one made after: see `syncTrees`).
  const reading = afterLockWritten.then(() =>
    loadState(deps.controlPool, where.statePath, where.remoteDir, previewed === undefined ? deps.log : quieter(deps.log)),
  );
  if (speculate && previewed?.state !== undefined && previewed.path === where.statePath) {
    const verified = reading.then((loaded) => {
      if (loaded.text !== previewed.text) throw new StateChangedMeanwhile('The state file changed while this sync took the lock');
    });
    // Awaited by whoever may change the server; until then a rejection must not count as unhandled.
    verified.catch(() => undefined);
    return { compare: 'manifest', state: previewed.state, hashMethod: undefined, adopting: false, verified };
  }
  const loaded = await reading;
  if (previewed !== undefined && loaded.text !== previewed.text)
    deps.log.info('The state file changed while this sync took the lock (another sync finished meanwhile): planned again from it');
  const { state } = loaded;
  const verified = Promise.resolve();
  if (state !== undefined) return { compare: 'manifest', state, hashMethod: undefined, adopting: false, verified };
  const hash = chooseHashMethod(await run.serverFeatures());
  if (hash !== undefined) {
    run.note(
      `No state file at ${where.statePath} yet: files whose ${describeHashMethod(hash)} matches on the server are adopted, the others sent.`,
    );
    return { compare: 'checksum', state: undefined, hashMethod: hash, adopting: true, verified };
  }
  run.note(`No state file at ${where.statePath} yet: compared by size and time this once; the state file is written at the end.`);
  return { compare: 'size-time', state: undefined, hashMethod: undefined, adopting: false, verified };
}
