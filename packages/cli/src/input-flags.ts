/**
 * How an action input appears on the command line and in the environment:
 * `remote-dir` is `--remote-dir` and `FTP_ACTIONS_REMOTE_DIR`.
 */
import type { InputSpec } from '@ftp-actions/core';

export const envPrefix = 'FTP_ACTIONS_';

export function flagOf(input: string): string {
  return `--${input}`;
}

export function envVarOf(input: string): string {
  return `${envPrefix}${input.toUpperCase().replace(/-/g, '_')}`;
}

/**
 * A switch may be given bare (`--write-test` means true). The input table
 * has no type field; an input whose action.yml default is true or false is
 * a boolean in every action, and the schema still checks the value given.
 */
export function isSwitch(spec: InputSpec): boolean {
  return spec.default === 'true' || spec.default === 'false';
}
