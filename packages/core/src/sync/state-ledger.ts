/**
 * The state file being written: the last sync's state, updated as each
 * transfer and delete succeeds. A checkpoint is a snapshot of it taken
 * mid-sync; it never claims a file the server does not hold: a file is
 * recorded only once its transfer is confirmed, and until then keeps the
 * last sync's record (which still describes what is under its final name,
 * since uploads are renamed into place).
 */
import type { StateRecord, SyncState } from './types.js';

/** The files and directories the state file will list, updated as the sync confirms each change. */
export class StateLedger {
  private readonly files: Map<string, StateRecord>;
  private readonly dirs: Set<string>;

  constructor(previous: SyncState | undefined) {
    this.files = new Map(previous?.files);
    this.dirs = new Set(previous?.dirs);
  }

  /** Number of files recorded. */
  get size(): number {
    return this.files.size;
  }

  /** Records a file as now on the server. */
  recordFile(path: string, record: StateRecord): void {
    this.files.set(path, record);
  }

  /** Records a file unless one is recorded already (adopted files keep an earlier record). */
  recordFileIfAbsent(path: string, record: StateRecord): void {
    if (!this.files.has(path)) this.files.set(path, record);
  }

  /** The file or directory is gone from the server. */
  forget(path: string): void {
    this.files.delete(path);
    this.dirs.delete(path);
  }

  recordDirectory(path: string): void {
    this.dirs.add(path);
  }

  /** A copy of the current state; `complete` false for a checkpoint. */
  snapshot(complete: boolean): SyncState {
    return { files: new Map(this.files), dirs: new Set(this.dirs), complete, origin: 'ftp-actions' };
  }
}
