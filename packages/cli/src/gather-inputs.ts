/**
 * Collects an action's raw input strings from the flags and from the
 * `FTP_ACTIONS_*` variables, the way the runner would hand them over: a
 * flag beats its variable, values are trimmed (as core.getInput does) except
 * secrets and literal content, which are kept exactly as given. Defaults are not filled in here:
 * the action's parser does that, so both hosts share one rule.
 */
import { keepsWhitespace, secretInputNames, type InputSpecs, type RawInputs } from '@ftp-actions/core';
import { envVarOf } from './input-flags.js';

export type InputSource = 'flag' | 'env';

export interface GatheredInputs {
  readonly raw: RawInputs;
  /** Where each given input came from, so an error can name the variable the user actually set. */
  readonly sources: ReadonlyMap<string, InputSource>;
  /** The non-empty values of secret inputs, to redact from everything printed. */
  readonly secrets: readonly string[];
}

export function gatherInputs(
  inputs: InputSpecs,
  flags: ReadonlyMap<string, string>,
  env: Readonly<Record<string, string | undefined>>,
): GatheredInputs {
  const secretNames = new Set(secretInputNames(inputs));
  const raw: Record<string, string> = {};
  const sources = new Map<string, InputSource>();
  for (const [name, spec] of Object.entries(inputs)) {
    const fromFlag = flags.get(name);
    const fromEnv = env[envVarOf(name)];
    // An empty variable counts as unset, as an empty `with:` value does on the runner.
    const [value, source] = fromFlag !== undefined ? [fromFlag, 'flag' as const] : [fromEnv ?? '', 'env' as const];
    if (fromFlag === undefined && value === '') continue;
    raw[name] = keepsWhitespace(spec) ? value : value.trim();
    sources.set(name, source);
  }
  const secrets = [...secretNames].map((name) => raw[name] ?? '').filter((value) => value !== '');
  return { raw, sources, secrets };
}
