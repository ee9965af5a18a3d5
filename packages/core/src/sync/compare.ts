/**
 * Whether one file that exists on both sides has changed, by the chosen
 * compare mode. Pure: the scans and the state file supply every fact.
 */
import { hashAlgorithmNames, type CompareMode, type HashAlgorithm, type StateRecord, type SyncDirection, type TreeFile } from './types.js';

/** What `compareFile` needs besides the two files. */
export interface CompareContext {
  readonly direction: SyncDirection;
  readonly compare: CompareMode;
  /** Times are carried across, so equal means equal; otherwise only "newer on the source" counts. */
  readonly preserveMtime: boolean;
  /** For checksum: the algorithm both sides' digests are in. */
  readonly checksumAlgorithm?: HashAlgorithm | undefined;
  /** For checksum on a first sync: matches are adopted into the state file, and the reasons say so. */
  readonly adopting?: boolean;
  /** For manifest: the target side was listed (verify-remote), so its sizes are real, not the state file's. */
  readonly targetListed?: boolean;
}

/** Changed (with why) or unchanged (with why). */
export interface Verdict {
  readonly changed: boolean;
  readonly reason: string;
}

/** FTP keeps whole seconds: times closer than this are the same. */
const timeToleranceMs = 1000;

const changed = (reason: string): Verdict => ({ changed: true, reason });
const same = (reason: string): Verdict => ({ changed: false, reason });

function sides(direction: SyncDirection): { source: string; target: string } {
  return direction === 'push' ? { source: 'local', target: 'on the server' } : { source: 'on the server', target: 'local' };
}

function sizeDiffers(source: TreeFile, target: TreeFile, direction: SyncDirection): Verdict {
  const words = sides(direction);
  return changed(`size differs (${source.size} bytes ${words.source}, ${target.size} ${words.target})`);
}

function byManifest(source: TreeFile, target: TreeFile, record: StateRecord | undefined, context: CompareContext): Verdict {
  if (record === undefined) return changed('not in the state file');
  if (record.size !== source.size) return changed(`size changed since the last sync (${record.size} → ${source.size} bytes)`);
  if (source.hashes.sha256 !== record.sha256) return changed('content changed since the last sync');
  if (context.targetListed === true && target.size !== record.size) {
    return changed(`changed on the server (${target.size} bytes there, ${record.size} in the state file)`);
  }
  return same('unchanged since the last sync');
}

function bySizeAndTime(source: TreeFile, target: TreeFile, context: CompareContext): Verdict {
  if (source.size !== target.size) return sizeDiffers(source, target, context.direction);
  if (source.mtimeMs === undefined || target.mtimeMs === undefined) return same('same size (no modification time to compare)');
  const difference = source.mtimeMs - target.mtimeMs;
  if (context.preserveMtime) {
    return Math.abs(difference) >= timeToleranceMs ? changed('modification time differs') : same('same size and time');
  }
  // Without preserve-mtime the copy carries the time it was written, later
  // than the original's: only a source newer than its copy has changed.
  if (difference >= timeToleranceMs) return changed(`newer ${sides(context.direction).source}`);
  return same('same size, not newer');
}

function byChecksum(source: TreeFile, target: TreeFile, context: CompareContext): Verdict {
  if (source.size !== target.size) return sizeDiffers(source, target, context.direction);
  const algorithm = context.checksumAlgorithm ?? 'sha256';
  const [ours, theirs] = [source.hashes[algorithm], target.hashes[algorithm]];
  if (ours === undefined || theirs === undefined) return changed('the server gave no checksum');
  const name = hashAlgorithmNames[algorithm];
  if (ours !== theirs) return changed(`${name} differs`);
  return same(context.adopting === true ? `same ${name} on the server (adopted)` : `same ${name}`);
}

/** Compares a file present on both sides. `record` is the state file's entry (manifest only). */
export function compareFile(source: TreeFile, target: TreeFile, record: StateRecord | undefined, context: CompareContext): Verdict {
  switch (context.compare) {
    case 'manifest':
      return byManifest(source, target, record, context);
    case 'size-time':
      return bySizeAndTime(source, target, context);
    case 'size':
      return source.size === target.size ? same('same size') : sizeDiffers(source, target, context.direction);
    case 'checksum':
      return byChecksum(source, target, context);
  }
}
