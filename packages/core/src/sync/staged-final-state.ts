/**
 * The final state file, stored ahead. While the transfers run, the state as
 * it will be once every planned change succeeded is stored under a
 * temporary name on the otherwise idle control connection; the end of the
 * sync then costs one rename instead of a whole write (EPSV, STOR with its
 * data, 226, the rename: four round trips, a good part of a small sync).
 * When the sync came out otherwise (a failed change), the stored file is
 * dropped and the state written as it came out.
 */
import { aheadOf, type ClientPool } from '../ftp/client-port.js';
import { describeError } from '../ftp/reply.js';
import type { Logger } from '../logger.js';
import { writeRemoteFile } from './remote-file.js';
import type { SyncState } from './types.js';

/** Thrown to `writeRemoteFile` to have the stored file removed instead of put in place. */
class NotWanted extends Error {}

export class StagedFinalState {
  private decide: (wanted: boolean) => void = () => undefined;
  private readonly stored: Promise<boolean>;

  /** Starts storing `text` for `path` (whose directory exists) under a temporary name. */
  constructor(
    pool: ClientPool,
    path: string,
    text: string,
    readonly foreseen: SyncState,
    log: Logger,
  ) {
    const decided = new Promise<boolean>((resolve) => {
      this.decide = resolve;
    });
    const putOnlyIfWanted = async (): Promise<void> => {
      if (!(await decided)) throw new NotWanted();
    };
    // Ahead of the files waiting for a connection: it is one small write, and it must not take a port asked for a file.
    this.stored = writeRemoteFile(aheadOf(pool), path, text, log, true, putOnlyIfWanted).then(
      () => true,
      (error: unknown) => {
        if (!(error instanceof NotWanted)) log.debug(`Storing the final state ahead failed: ${describeError(error)}; it is written anew`);
        return false;
      },
    );
  }

  /** Puts it in place; false when that failed (then write the state the usual way). */
  putInPlace(): Promise<boolean> {
    this.decide(true);
    return this.stored;
  }

  /** Removes the stored file; never throws. */
  async drop(): Promise<void> {
    this.decide(false);
    await this.stored;
  }
}

/** True when `actual` lists the same files (size and hash) and directories as `foreseen`; when each file was sent does not count. */
export function cameOutAsForeseen(actual: SyncState, foreseen: SyncState): boolean {
  if (actual.files.size !== foreseen.files.size || actual.dirs.size !== foreseen.dirs.size) return false;
  for (const [path, record] of actual.files) {
    const expected = foreseen.files.get(path);
    if (expected?.size !== record.size || expected.sha256 !== record.sha256) return false;
  }
  for (const dir of actual.dirs) if (!foreseen.dirs.has(dir)) return false;
  return true;
}
