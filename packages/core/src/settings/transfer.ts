/**
 * Inputs shared by the actions that move files (upload, download, sync).
 */
import type { InputSpec } from './input-spec.js';
import { remotePath } from './paths.js';
import { boolean, oneOf } from './values.js';

export const overwriteModes = ['always', 'never', 'if-different'] as const;
export type OverwriteMode = (typeof overwriteModes)[number];

/** The transfer inputs every file-moving action takes. */
export const transferInputs = {
  atomic: {
    default: 'true',
    description: 'Write each file under a temporary name in the same directory and rename it into place, so nobody sees half a file.',
    schema: boolean(),
  },
  'preserve-mtime': {
    default: 'false',
    description: "Give the copy the original's modification time (MFMT or MDTM on the server, utimes locally).",
    schema: boolean(),
  },
  'dry-run': { default: 'false', description: 'List what would be transferred and change nothing.', schema: boolean() },
} satisfies Record<string, InputSpec>;

/** `overwrite` with the meaning of "different" each action documents. */
export function overwriteInput(different: string): InputSpec<OverwriteMode> {
  return {
    default: 'always',
    description: `What to do when the target exists: always (replace it), never (skip it) or if-different (replace it when ${different} differ).`,
    schema: oneOf(overwriteModes),
  };
}

/** A required remote directory. */
export function remoteDirInput(description: string): InputSpec<string> {
  return { required: true, description, schema: remotePath() };
}
