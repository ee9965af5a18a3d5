/**
 * The download action's inputs: connection, what to fetch and where, and
 * how. action.yml must list exactly these (a test keeps them in step).
 */
import {
  patternLines,
  resolveLocalDir,
  boolean,
  checkConnectionInputs,
  connectionInputs,
  overwriteInput,
  parseInputs,
  remoteDirInput,
  remotePath,
  text,
  toConnectionSettings,
  transferInputs,
  type ConnectionSettings,
  type InputIssue,
  type InputSpec,
  type InputValues,
  type OverwriteMode,
  type RawInputs,
} from '@ftp-actions/core';

/** The largest file `to-output` reads: outputs are for version stamps, not artifacts. */
export const maxOutputBytes = 1024 * 1024;

export const downloadInputs = {
  ...connectionInputs,
  'remote-dir': remoteDirInput('Remote folder to download from; relative paths start at the login directory.'),
  files: {
    default: '**',
    description: 'Remote files to fetch: patterns relative to remote-dir, one per line, ! to exclude (picomatch syntax).',
    schema: patternLines(),
  },
  recursive: { default: 'true', description: 'Descend into subfolders of remote-dir.', schema: boolean() },
  'local-dir': {
    default: '',
    description: 'Local folder to download into, keeping the remote structure. Empty means the workspace.',
    schema: text(),
  },
  overwrite: overwriteInput('the size differs or the remote file is newer'),
  ...transferInputs,
  'remote-file': {
    default: '',
    description: 'One small text file, relative to remote-dir, to read into the content output (with to-output: true).',
    schema: remotePath(),
  },
  'to-output': {
    default: 'false',
    description: 'Read remote-file (at most 1 MiB) into the content output instead of writing it to disk.',
    schema: boolean(),
  },
} satisfies Record<string, InputSpec>;

export type DownloadTarget =
  | { readonly kind: 'tree'; readonly patterns: readonly string[]; readonly recursive: boolean; readonly localDir: string }
  | { readonly kind: 'output'; readonly remoteFile: string };

export interface DownloadSettings {
  readonly connection: ConnectionSettings;
  readonly remoteDir: string;
  readonly target: DownloadTarget;
  readonly overwrite: OverwriteMode;
  readonly atomic: boolean;
  readonly preserveMtime: boolean;
  readonly dryRun: boolean;
}

function checkDownloadInputs(values: InputValues<typeof downloadInputs>): InputIssue[] {
  const issues = checkConnectionInputs(values);
  if (values['to-output'] && values['remote-file'] === '')
    issues.push({ input: 'to-output', message: 'needs remote-file: the remote text file to read' });
  if (!values['to-output'] && values['remote-file'] !== '') {
    issues.push({ input: 'remote-file', message: 'is only used with to-output: true; to download files to disk use files' });
  }
  if (values.files.length === 0) issues.push({ input: 'files', message: 'must hold at least one pattern' });
  else if (values.files.every((pattern) => pattern.startsWith('!')))
    issues.push({ input: 'files', message: 'holds only exclusions (!); add a pattern that selects files, e.g. **' });
  return issues;
}

export function parseDownloadInputs(raw: RawInputs, workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()): DownloadSettings {
  const values = parseInputs(downloadInputs, raw, [checkDownloadInputs]);
  const localDir = resolveLocalDir(values['local-dir'], workspace);
  const target: DownloadTarget = values['to-output']
    ? { kind: 'output', remoteFile: values['remote-file'] }
    : { kind: 'tree', patterns: values.files, recursive: values.recursive, localDir };
  return Object.freeze({
    connection: toConnectionSettings(values),
    remoteDir: values['remote-dir'],
    target,
    overwrite: values.overwrite,
    atomic: values.atomic,
    preserveMtime: values['preserve-mtime'],
    dryRun: values['dry-run'],
  });
}
