/**
 * The state file's format, read and written as text: pure, so both formats
 * are tested without a server.
 *
 * Ours records each file sent (size, SHA-256, when) and each directory.
 * SamKirkland's FTP-Deploy-Action records size and SHA-256 too
 * (`{ "version": "1.0.0", "data": [{ "type": "file", "name", "size", "hash" }] }`),
 * so its state is read as if it were ours: people who switch keep
 * incremental deploys from their first run.
 */
import { z } from 'zod';
import { isSafeRelativePath } from './guards.js';
import type { StateRecord, SyncState, TreeEntry } from './types.js';

/** Tells our files apart from any other JSON. */
export const stateFormatName = 'ftp-actions/sync-state';

const sha256Hex = z.string().regex(/^[0-9a-fA-F]{64}$/);

const oursSchema = z.object({
  format: z.literal(stateFormatName),
  version: z.literal(1),
  complete: z.boolean(),
  files: z.record(z.string(), z.object({ size: z.number().int().nonnegative(), sha256: sha256Hex, sentAt: z.string().optional() })),
  dirs: z.array(z.string()),
});

const ftpDeploySchema = z.object({
  version: z.string(),
  generatedTime: z.number().optional(),
  data: z.array(
    z.union([
      z.object({ type: z.literal('folder'), name: z.string() }),
      z.object({ type: z.literal('file'), name: z.string(), size: z.number().int().nonnegative(), hash: z.string() }),
    ]),
  ),
});

/** A state file read, or why it could not be. */
export type ParsedState =
  | { readonly state: SyncState; /** Entries left out because their path was not safe. */ readonly dropped: number }
  | { readonly problem: string };

/** FTP-Deploy-Action writes `sub/` and sometimes `./sub/a.txt`. */
function cleanName(name: string): string {
  return name.replace(/^\.\//, '').replace(/\/+$/, '');
}

function fromOurs(data: z.infer<typeof oursSchema>): ParsedState {
  const files = new Map<string, StateRecord>();
  let dropped = 0;
  for (const [path, record] of Object.entries(data.files)) {
    if (!isSafeRelativePath(path)) {
      dropped += 1;
      continue;
    }
    files.set(path, { size: record.size, sha256: record.sha256.toLowerCase(), sentAt: record.sentAt });
  }
  const dirs = new Set<string>();
  for (const dir of data.dirs) {
    if (isSafeRelativePath(dir)) dirs.add(dir);
    else dropped += 1;
  }
  return { state: { files, dirs, complete: data.complete, origin: 'ftp-actions' }, dropped };
}

function fromFtpDeploy(data: z.infer<typeof ftpDeploySchema>): ParsedState {
  const files = new Map<string, StateRecord>();
  const dirs = new Set<string>();
  const sentAt = data.generatedTime === undefined ? undefined : new Date(data.generatedTime).toISOString();
  let dropped = 0;
  for (const entry of data.data) {
    const path = cleanName(entry.name);
    if (!isSafeRelativePath(path)) {
      dropped += 1;
      continue;
    }
    if (entry.type === 'folder') {
      dirs.add(path);
    } else if (/^[0-9a-fA-F]{64}$/.test(entry.hash)) {
      files.set(path, { size: entry.size, sha256: entry.hash.toLowerCase(), sentAt });
    } else {
      // Another hash algorithm than SHA-256: nothing to compare with, so the file is sent again.
      dropped += 1;
    }
  }
  return { state: { files, dirs, complete: true, origin: 'ftp-deploy' }, dropped };
}

/** Reads a state file of ours or of FTP-Deploy-Action. */
export function parseState(text: string): ParsedState {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { problem: `it is not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const ours = oursSchema.safeParse(json);
  if (ours.success) return fromOurs(ours.data);
  const theirs = ftpDeploySchema.safeParse(json);
  if (theirs.success) return fromFtpDeploy(theirs.data);
  const format = typeof json === 'object' && json !== null && 'format' in json ? String(json.format) : undefined;
  if (format === stateFormatName)
    return { problem: `it does not match version 1 of the format (${ours.error.issues[0]?.message ?? 'unknown'})` };
  return { problem: 'it is neither an ftp-actions state file nor an FTP-Deploy-Action one' };
}

/** The state as our JSON, paths sorted so that two states differ only where the trees do. */
export function serializeState(state: SyncState, generatedAt: Date): string {
  const files: Record<string, { size: number; sha256: string; sentAt?: string }> = {};
  for (const path of [...state.files.keys()].sort()) {
    const record = state.files.get(path);
    if (record === undefined) continue;
    files[path] = record.sentAt === undefined ? { size: record.size, sha256: record.sha256 } : { ...record, sentAt: record.sentAt };
  }
  return `${JSON.stringify({
    description:
      'Written by ftp-actions sync: the files it sent to this directory (size, SHA-256, time sent). Delete it to make the next sync compare by size and time.',
    format: stateFormatName,
    version: 1,
    complete: state.complete,
    generatedAt: generatedAt.toISOString(),
    files,
    dirs: [...state.dirs].sort(),
  })}\n`;
}

/** The target as the state file knows it: every file sent, every directory made (and the directories above them). */
export function treeFromState(state: SyncState): Map<string, TreeEntry> {
  const tree = new Map<string, TreeEntry>();
  const addDir = (path: string): void => {
    for (let dir = path; dir !== '' && !tree.has(dir); dir = dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : '') {
      tree.set(dir, { kind: 'directory', path: dir });
    }
  };
  for (const dir of state.dirs) addDir(dir);
  for (const [path, record] of state.files) {
    const slash = path.lastIndexOf('/');
    if (slash > 0) addDir(path.slice(0, slash));
    tree.set(path, { kind: 'file', path, size: record.size, mtimeMs: undefined, hashes: { sha256: record.sha256 } });
  }
  return tree;
}
