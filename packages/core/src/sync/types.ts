/**
 * The shapes the sync modules share: scanned trees, the state of the last
 * sync, and the plan. Plain data, so `plan.ts` stays pure and every step can
 * be tested on its own.
 */

/** Which way files move: push sends local to remote, pull fetches remote to local. */
export type SyncDirection = 'push' | 'pull';

/** The compare modes a user can choose. */
export const compareModes = ['manifest', 'size-time', 'size', 'checksum'] as const;

/** How "changed" is decided (see the sync action's README). */
export type CompareMode = (typeof compareModes)[number];

/** Content hashes the sync computes: SHA-256 for the state file, the others to match a server's hash command. */
export type HashAlgorithm = 'sha256' | 'sha1' | 'md5' | 'crc32';

/** How hash algorithms are named in messages: "SHA-256", "MD5". */
export const hashAlgorithmNames: Readonly<Record<HashAlgorithm, string>> = {
  sha256: 'SHA-256',
  sha1: 'SHA-1',
  md5: 'MD5',
  crc32: 'CRC-32',
};

/** A file of a scanned tree. */
export interface TreeFile {
  readonly kind: 'file';
  /** Relative to the tree's root, '/'-separated, never starting with '/' or containing '..'. */
  readonly path: string;
  readonly size: number;
  /** Modification time in ms since the epoch, when known (local stat, MLSD, MDTM). */
  readonly mtimeMs: number | undefined;
  /** Lower-case hex digests, by algorithm, of those computed or asked for. */
  readonly hashes: Readonly<Partial<Record<HashAlgorithm, string>>>;
}

/** A directory of a scanned tree. */
export interface TreeDirectory {
  readonly kind: 'directory';
  readonly path: string;
}

/** A file or directory of a scanned tree. */
export type TreeEntry = TreeFile | TreeDirectory;

/** A scanned tree: relative path to entry. */
export type Tree = ReadonlyMap<string, TreeEntry>;

/** What the state file remembers of one file sent to the server. */
export interface StateRecord {
  readonly size: number;
  /** Lower-case hex SHA-256 of the content sent. */
  readonly sha256: string;
  /** ISO 8601 time the file was sent (or adopted); undefined when the file came from another tool's state. */
  readonly sentAt: string | undefined;
}

/** The state of the last sync to a remote directory. */
export interface SyncState {
  readonly files: ReadonlyMap<string, StateRecord>;
  readonly dirs: ReadonlySet<string>;
  /** False for a checkpoint written part-way through a sync that did not finish. */
  readonly complete: boolean;
  /** Who wrote it: this pack, or SamKirkland's FTP-Deploy-Action. */
  readonly origin: 'ftp-actions' | 'ftp-deploy';
}

/** What the sync does with one path. */
export type PlanAction = 'upload' | 'download' | 'mkdir' | 'delete' | 'skip' | 'conflict';

/** One line of the plan. */
export interface PlanEntry {
  /** Relative to both roots, '/'-separated. */
  readonly path: string;
  readonly kind: 'file' | 'directory';
  readonly action: PlanAction;
  /** Why, in words for the summary: "new", "content changed since the last sync", "protected". */
  readonly reason: string;
  /** Bytes to move, for transfers. */
  readonly size?: number;
  /** A delete that must run before the transfers: the path turns from a file into a directory or back. */
  readonly early?: boolean;
  /** A skip because nothing changed: counted, but left out of reports. */
  readonly unchanged?: boolean;
  /** A temporary file left by an interrupted transfer: removed, but not counted against max-delete. */
  readonly leftover?: boolean;
}

/** The plan: every path the sync looked at and what it will do. */
export interface SyncPlan {
  /** Sorted by path. */
  readonly entries: readonly PlanEntry[];
  /** Files in the source tree. */
  readonly sourceFiles: number;
  /** Files on the target side (listed, or known from the state file). */
  readonly targetFiles: number;
}

/** `max-delete`: a number of files, or a percentage of the target's files. */
export type MaxDelete = { readonly kind: 'count'; readonly value: number } | { readonly kind: 'percent'; readonly value: number };
