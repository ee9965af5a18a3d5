/**
 * The upload action's inputs: connection, what to send and where, and how.
 * action.yml must list exactly these (a test keeps them in step).
 */
import {
  patternLines,
  resolveLocalDir,
  checkConnectionInputs,
  connectionInputs,
  oneOf,
  overwriteInput,
  parseInputs,
  remoteDirInput,
  remotePath,
  text,
  toConnectionSettings,
  transferInputs,
  uploadOrders,
  type ConnectionSettings,
  type InputIssue,
  type InputSpec,
  type InputValues,
  type OverwriteMode,
  type UploadOrder,
  type RawInputs,
} from '@ftp-actions/core';
import { z } from 'zod';

export const uploadInputs = {
  ...connectionInputs,
  'local-dir': {
    default: '',
    description: 'Local folder the patterns are relative to and whose structure is kept on the server. Empty means the workspace.',
    schema: text(),
  },
  files: {
    default: '**',
    description: 'Files to send: glob patterns relative to local-dir, one per line, ! to exclude (@actions/glob syntax).',
    schema: patternLines(),
  },
  'remote-dir': remoteDirInput('Remote folder to upload into; created (with its parents) when missing.'),
  overwrite: overwriteInput('the sizes'),
  order: {
    default: 'assets-first',
    description:
      'Sending order: assets-first (everything else, then *.html/*.htm/*.php pages, then entry pages such as index.html, each phase finished before the next), as-listed or largest-first.',
    schema: oneOf(uploadOrders),
  },
  ...transferInputs,
  content: {
    default: '',
    keepWhitespace: true,
    description: 'Text to write to remote-file instead of uploading local files (a version stamp, a report).',
    schema: z.string(),
  },
  'remote-file': {
    default: '',
    description: 'Remote path, relative to remote-dir, that content is written to.',
    schema: remotePath(),
  },
} satisfies Record<string, InputSpec>;

export type UploadSource =
  | { readonly kind: 'files'; readonly localDir: string; readonly patterns: readonly string[] }
  | { readonly kind: 'content'; readonly content: string; readonly remoteFile: string };

export interface UploadSettings {
  readonly connection: ConnectionSettings;
  readonly source: UploadSource;
  readonly remoteDir: string;
  readonly overwrite: OverwriteMode;
  readonly order: UploadOrder;
  readonly atomic: boolean;
  readonly preserveMtime: boolean;
  readonly dryRun: boolean;
}

function checkUploadInputs(values: InputValues<typeof uploadInputs>): InputIssue[] {
  const issues = checkConnectionInputs(values);
  const hasContent = values.content !== '';
  const hasRemoteFile = values['remote-file'] !== '';
  if (hasContent && !hasRemoteFile) issues.push({ input: 'content', message: 'needs remote-file: the remote path to write the text to' });
  if (hasRemoteFile && !hasContent)
    issues.push({ input: 'remote-file', message: 'is only used with content; to upload local files use files and local-dir' });
  if (hasRemoteFile && values['remote-file'].endsWith('/'))
    issues.push({ input: 'remote-file', message: 'must name a file, not a folder' });
  if (!hasContent && values.files.length === 0) issues.push({ input: 'files', message: 'must hold at least one pattern' });
  if (!hasContent && values.files.every((pattern) => pattern.startsWith('!'))) {
    issues.push({ input: 'files', message: 'holds only exclusions (!); add a pattern that selects files, e.g. **' });
  }
  return issues;
}

export function parseUploadInputs(raw: RawInputs, workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()): UploadSettings {
  const values = parseInputs(uploadInputs, raw, [checkUploadInputs]);
  const source: UploadSource =
    values.content !== ''
      ? { kind: 'content', content: values.content, remoteFile: values['remote-file'] }
      : { kind: 'files', localDir: resolveLocalDir(values['local-dir'], workspace), patterns: values.files };
  return Object.freeze({
    connection: toConnectionSettings(values),
    source,
    remoteDir: values['remote-dir'],
    overwrite: values.overwrite,
    order: values.order,
    atomic: values.atomic,
    preserveMtime: values['preserve-mtime'],
    dryRun: values['dry-run'],
  });
}
