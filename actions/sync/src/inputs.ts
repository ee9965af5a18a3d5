/**
 * The sync action's inputs: the shared connection and transfer inputs plus
 * what to sync, how to compare and how to stay safe. action.yml must list
 * exactly these (a test keeps them in step).
 */
import {
  patternLines,
  resolveLocalDir,
  boolean,
  checkConnectionInputs,
  compareModes,
  connectionInputs,
  oneOf,
  parseInputs,
  remoteDirInput,
  remotePath,
  requiredText,
  secondsAsMs,
  toConnectionSettings,
  transferInputs,
  uploadOrders,
  type CompareMode,
  type ConnectionSettings,
  type InputIssue,
  type InputSpec,
  type InputValues,
  type MaxDelete,
  type RawInputs,
  type SyncOptions,
} from '@ftp-actions/core';
import { z } from 'zod';

/** '' (the direction's default) or one of the compare modes. */
const optionalCompare = () =>
  z.string().transform((raw, ctx): CompareMode | undefined => {
    if (raw.trim() === '') return undefined;
    const parsed = oneOf(compareModes).safeParse(raw);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
    return z.NEVER;
  });

/** '' (the direction's default) or a boolean. */
const optionalBoolean = () =>
  z.string().transform((raw, ctx): boolean | undefined => {
    if (raw.trim() === '') return undefined;
    const parsed = boolean().safeParse(raw);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
    return z.NEVER;
  });

/** `50%` (of the target's files) or `200` (files). */
const maxDelete = () =>
  z.string().transform((raw, ctx): MaxDelete => {
    const match = /^(\d{1,9})\s*(%?)$/.exec(raw.trim());
    const value = Number(match?.[1]);
    if (match === null || (match[2] === '%' && value > 100)) {
      ctx.addIssue({
        code: 'custom',
        message: `expected a number of files (e.g. 200) or a percentage from 0% to 100% (e.g. 50%), got ${JSON.stringify(raw)}`,
      });
      return z.NEVER;
    }
    return match[2] === '%' ? { kind: 'percent', value } : { kind: 'count', value };
  });

/** A remote file path: relative to remote-dir, or absolute. */
const stateFile = () =>
  remotePath().superRefine((value, ctx) => {
    if (value === '' || value.endsWith('/'))
      ctx.addIssue({ code: 'custom', message: 'must name a file (relative to remote-dir, or absolute)' });
  });

/** Every input of the sync action, keyed by its action.yml name. */
export const syncInputs = {
  ...connectionInputs,
  'local-dir': {
    required: true,
    description: 'Local directory: the source of a push, the target of a pull. Relative to the workspace.',
    schema: requiredText(),
  },
  'remote-dir': remoteDirInput(
    'Remote directory: the target of a push (created when missing), the source of a pull. Relative to the login directory unless absolute.',
  ),
  direction: {
    default: 'push',
    description: 'push (make remote-dir equal local-dir) or pull (make local-dir equal remote-dir).',
    schema: oneOf(['push', 'pull'] as const),
  },
  compare: {
    default: '',
    description:
      'How "changed" is decided: manifest (the state file; push only), size-time, size, or checksum (the server\'s HASH, XSHA256, XMD5 or XCRC). Empty means manifest for push, size-time for pull.',
    schema: optionalCompare(),
  },
  'state-file': {
    default: '.ftp-actions-state.json',
    description: 'The state file of compare manifest: relative to remote-dir, or an absolute path (e.g. outside the web root).',
    schema: stateFile(),
  },
  'verify-remote': {
    default: 'false',
    description: 'With compare manifest, also list the server and re-send files missing there or whose size differs from the state file.',
    schema: boolean(),
  },
  exclude: {
    default: '',
    description:
      'Paths to leave out on both sides: gitignore-style patterns, one per line. Excluded paths are never sent, compared or deleted.',
    schema: patternLines(),
  },
  'exclude-defaults': { default: 'true', description: 'Also exclude .git/ and node_modules/.', schema: boolean() },
  'include-hidden': {
    default: 'false',
    description:
      'Include files and directories whose names start with a dot (.htaccess, .well-known/). Off by default so a stray .env is never published.',
    schema: boolean(),
  },
  delete: { default: 'false', description: 'Delete what exists only on the target (guarded: see max-delete).', schema: boolean() },
  'max-delete': {
    default: '50%',
    description: "Refuse to run when it would delete more than this: a number of files (200) or a percentage of the target's files (50%).",
    schema: maxDelete(),
  },
  protect: {
    default: '',
    description:
      'Target paths the sync never creates, overwrites or deletes: gitignore-style patterns, one per line (uploads/, .well-known/, .env).',
    schema: patternLines(),
  },
  lock: {
    default: '',
    description:
      'Hold a lock file on the server while syncing so two syncs never write remote-dir at once. Empty means true for push, false for pull.',
    schema: optionalBoolean(),
  },
  'lock-timeout': {
    default: '300',
    description: 'Seconds to wait for a lock held by another sync before failing with its holder named.',
    schema: secondsAsMs(0, 21_600),
  },
  order: {
    default: 'assets-first',
    description:
      'Upload order for push: assets-first (everything else, then *.html/*.htm/*.php pages, then entry pages such as index.html, each phase finished before the next), as-listed or largest-first. Deletes always come after all uploads.',
    schema: oneOf(uploadOrders),
  },
  ...transferInputs,
  'dry-run': {
    default: 'false',
    description: 'Compute and report the whole plan, and change nothing (not even the state file or the lock).',
    schema: boolean(),
  },
} satisfies Record<string, InputSpec>;

/** The parsed inputs: how to connect, and what to sync how. */
export interface SyncSettings {
  readonly connection: ConnectionSettings;
  readonly sync: SyncOptions;
}

function checkSyncInputs(values: InputValues<typeof syncInputs>): InputIssue[] {
  const issues = checkConnectionInputs(values);
  const compare = values.compare ?? (values.direction === 'push' ? 'manifest' : 'size-time');
  if (values.direction === 'pull' && compare === 'manifest') {
    issues.push({
      input: 'compare',
      message:
        'manifest works only with direction push (the state file records what a push sent); for pull use size-time, size or checksum',
    });
  }
  if (values['verify-remote'] && compare !== 'manifest') {
    issues.push({ input: 'verify-remote', message: `applies only to compare manifest, but compare is ${compare}` });
  }
  return issues;
}

/** Parses the raw inputs, reporting every bad or conflicting one at once (ConfigurationError). */
export function parseSyncInputs(raw: RawInputs, workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()): SyncSettings {
  const values = parseInputs(syncInputs, raw, [checkSyncInputs]);
  const connection = toConnectionSettings(values);
  const push = values.direction === 'push';
  return Object.freeze({
    connection,
    sync: Object.freeze({
      direction: values.direction,
      localDir: resolveLocalDir(values['local-dir'], workspace),
      remoteDir: values['remote-dir'],
      compare: values.compare ?? (push ? 'manifest' : 'size-time'),
      verifyRemote: values['verify-remote'],
      stateFile: values['state-file'],
      exclude: values.exclude,
      excludeDefaults: values['exclude-defaults'],
      includeHidden: values['include-hidden'],
      delete: values.delete,
      maxDelete: values['max-delete'],
      protect: values.protect,
      lock: values.lock ?? push,
      lockTimeoutMs: values['lock-timeout'],
      dryRun: values['dry-run'],
      atomic: values.atomic,
      order: values.order,
      preserveMtime: values['preserve-mtime'],
      retries: connection.retries,
    }),
  });
}
