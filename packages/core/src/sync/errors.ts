/**
 * Errors of the sync: a guard that refused to act, a lock that could not be
 * had or was lost, and the rest (a missing local directory, a server that
 * cannot do what the chosen compare mode needs).
 */
import { FtpActionError } from '../errors.js';

/** The sync cannot run as asked; nothing was changed. */
export class SyncError extends FtpActionError {}

/** A safety guard refused the plan (too many deletes, an empty source); nothing was changed. */
export class SyncGuardError extends FtpActionError {}

/** The remote directory is locked by another sync, or this sync's lock was taken from it. */
export class SyncLockError extends FtpActionError {}

/**
 * Another sync's lock record replaced ours while it settled (see
 * `RemoteLock.claim`): nothing was changed, and the sync claims the lock
 * again. Never reaches the user.
 */
export class LockRaceLost extends Error {}

/**
 * The state file changed between the look before the lock and the reading
 * made once our record was written (another sync finished meanwhile): what
 * was planned from the first reading is thrown away, nothing of it having
 * shown, and the sync plans again from the second.
 */
export class StateChangedMeanwhile extends Error {}
