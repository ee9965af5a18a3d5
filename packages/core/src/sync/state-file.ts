/**
 * The state file on the server: read at the start of a push (ours, else
 * FTP-Deploy-Action's), and written through a `StateWriter` that takes
 * checkpoints while files are sent and the final state once all is done.
 * Every write is atomic (see remote-file.ts) and goes over the sync's own
 * control connection, so it never waits behind the transfers.
 */
import prettyBytes from 'pretty-bytes';
import type { ClientPool } from '../ftp/client-port.js';
import { describeError } from '../ftp/reply.js';
import { joinRemote, normalizeRemote } from '../ftp/remote-path.js';
import type { Logger } from '../logger.js';
import { ftpDeployStateName } from './guards.js';
import { readRemoteFile, writeRemoteFile } from './remote-file.js';
import { StagedFinalState, cameOutAsForeseen } from './staged-final-state.js';
import type { StateLedger } from './state-ledger.js';
import { parseState, serializeState } from './state-format.js';
import type { SyncState } from './types.js';

/** A state file larger than this is refused rather than read into memory (100,000 files take about 15 MB). */
export const maxStateBytes = 256 * 1024 * 1024;

/** The state read at the start, and where it came from, for the log. */
export interface LoadedState {
  readonly state: SyncState | undefined;
  /** The file it was read from, when one was. */
  readonly path: string | undefined;
  /** Its text as read, to tell whether it changed since. */
  readonly text: string | undefined;
}

async function readOne(pool: ClientPool, path: string, log: Logger): Promise<{ state: SyncState; text: string } | undefined> {
  const text = await readRemoteFile(pool, path, maxStateBytes);
  if (text === undefined) return undefined;
  const parsed = parseState(text);
  if ('problem' in parsed) {
    log.warning(`The state file ${path} cannot be used: ${parsed.problem}. It will be replaced after this sync.`);
    return undefined;
  }
  if (parsed.dropped > 0)
    log.warning(`The state file ${path} lists ${parsed.dropped} entries that were left out (unsafe paths or not SHA-256).`);
  return { state: parsed.state, text };
}

/**
 * Reads the state file at `statePath`, or else FTP-Deploy-Action's in
 * `remoteDir`. A missing or unreadable file gives no state (the caller
 * falls back and says so); a lost connection throws.
 */
export async function loadState(pool: ClientPool, statePath: string, remoteDir: string, log: Logger): Promise<LoadedState> {
  const ours = await readOne(pool, statePath, log);
  if (ours !== undefined) {
    log.info(
      `Read the state file ${statePath}: ${ours.state.files.size} files${ours.state.complete ? '' : ' (a checkpoint of a sync that did not finish)'}`,
    );
    return { state: ours.state, path: statePath, text: ours.text };
  }
  const theirsPath = joinRemote(remoteDir, ftpDeployStateName);
  if (normalizeRemote(theirsPath) === normalizeRemote(statePath)) return { state: undefined, path: undefined, text: undefined };
  const theirs = await readOne(pool, theirsPath, log);
  if (theirs !== undefined) log.info(`Read FTP-Deploy-Action's state file ${theirsPath}: ${theirs.state.files.size} files`);
  return { state: theirs?.state, path: theirs === undefined ? undefined : theirsPath, text: theirs?.text };
}

/** When checkpoints are taken. */
export interface CheckpointPolicy {
  /** After this many files have been recorded since the last write… */
  readonly everyFiles: number;
  /** …or this much time has passed, whichever comes first. */
  readonly everyMs: number;
}

/** What a `StateWriter` needs. */
export interface StateWriterOptions {
  readonly pool: ClientPool;
  readonly path: string;
  readonly ledger: StateLedger;
  readonly policy: CheckpointPolicy;
  readonly log: Logger;
  /** Monotonic milliseconds. */
  readonly now: () => number;
  /** Wall-clock time, for `generatedAt`. */
  readonly date: () => Date;
  /** True when the state file's directory is known to exist (the state was read from it, or the lock written there). */
  readonly parentKnown: boolean;
}

/**
 * Writes the ledger to the state file: checkpoints while the sync runs (one
 * at a time, never two in flight), then the final state.
 */
export class StateWriter {
  private pending = 0;
  private lastWrite: number;
  private lastWriteMs = 0;
  /** False until a write succeeded, unless the state was read from this path: the directory may not exist yet. */
  private parentKnown: boolean;
  private inFlight: Promise<void> | undefined;
  private staged: StagedFinalState | undefined;
  /** Checkpoints written, for the log and tests. */
  checkpoints = 0;

  constructor(private readonly options: StateWriterOptions) {
    this.lastWrite = options.now();
    this.parentKnown = options.parentKnown;
  }

  /** Counts a change to the ledger and starts a checkpoint when one is due. */
  noteChange(): void {
    this.pending += 1;
    if (this.inFlight !== undefined) return;
    const elapsed = this.options.now() - this.lastWrite;
    // A state of 100,000 files is megabytes: never spend more than about a
    // fifth of the time rewriting it, however small the policy's interval.
    if (elapsed < this.lastWriteMs * 4) return;
    if (this.pending < this.options.policy.everyFiles && elapsed < this.options.policy.everyMs) return;
    this.inFlight = this.write(false)
      .then(
        () => {
          this.checkpoints += 1;
        },
        (error: unknown) =>
          this.options.log.warning(`Could not write a checkpoint of the state file: ${describeError(error)}; the sync goes on`),
      )
      .finally(() => {
        this.inFlight = undefined;
      });
  }

  /**
   * Writes a checkpoint now (before transfers start, so the state never
   * claims a file that is about to change). With `beforeRename`, it is
   * stored under its temporary name meanwhile and put in place only once
   * that resolves (see `writeRemoteFile`).
   */
  async checkpoint(beforeRename?: () => Promise<void>): Promise<void> {
    await this.inFlight;
    await this.write(false, beforeRename);
  }

  /**
   * Starts storing the final state ahead, as `foreseen`, over `pool` (see
   * staged-final-state.ts). Not where the directory may be missing: that
   * first write goes the careful way, at the end.
   */
  stageFinal(foreseen: SyncState, pool: ClientPool = this.options.pool): void {
    if (!this.parentKnown || this.staged !== undefined) return;
    const text = serializeState(foreseen, this.options.date());
    this.staged = new StagedFinalState(pool, this.options.path, text, foreseen, this.options.log);
  }

  /** Removes a final state stored ahead and not used; never throws. */
  async dropStaged(): Promise<void> {
    const staged = this.staged;
    this.staged = undefined;
    await staged?.drop();
  }

  /**
   * Waits for any checkpoint, then writes the final state: puts the one
   * stored ahead in place when the sync came out as foreseen, else writes
   * it now. Throws when it cannot be written.
   */
  async finish(): Promise<void> {
    await this.inFlight;
    const staged = this.staged;
    this.staged = undefined;
    if (staged !== undefined) {
      const final = this.options.ledger.snapshot(true);
      if (cameOutAsForeseen(final, staged.foreseen) && (await staged.putInPlace())) {
        this.options.log.verbose(`Wrote the state file ${this.options.path} (${final.files.size} files, stored ahead)`);
        return;
      }
      await staged.drop();
    }
    await this.write(true);
  }

  /** Waits for a checkpoint in flight, without writing (when the sync stops early). */
  async settle(): Promise<void> {
    await this.inFlight;
  }

  private async write(complete: boolean, beforeRename?: () => Promise<void>): Promise<void> {
    const started = this.options.now();
    this.pending = 0;
    const text = serializeState(this.options.ledger.snapshot(complete), this.options.date());
    await writeRemoteFile(this.options.pool, this.options.path, text, this.options.log, this.parentKnown, beforeRename);
    this.parentKnown = true;
    this.lastWrite = this.options.now();
    this.lastWriteMs = this.lastWrite - started;
    this.options.log.verbose(
      `Wrote the state file ${this.options.path} (${this.options.ledger.size} files, ${prettyBytes(Buffer.byteLength(text))})${complete ? '' : ' as a checkpoint'}`,
    );
  }
}
