/**
 * A sub-command made from an `ActionDefinition`. The definition's settings
 * type differs per action; closing over it here lets the registry hold every
 * action in one table without `any` and without casts.
 */
import type { ActionDeps, ActionDefinition, ActionResult, ConnectionSettings, InputSpecs, RawInputs } from '@ftp-actions/core';

/** Settings parsed and ready to run. */
export interface PreparedRun {
  readonly connection: ConnectionSettings;
  run(deps: ActionDeps): Promise<ActionResult>;
}

export interface Command {
  /** The action's own name for messages, e.g. "FTP health". */
  readonly title: string;
  /** One line for `ftp-actions --help`. */
  readonly summary: string;
  readonly inputs: InputSpecs;
  /** Parses raw strings with the action's zod schemas; throws its `ConfigurationError`. */
  prepare(raw: RawInputs): PreparedRun;
}

/** Flags the CLI itself answers to, so no action input may take these names. */
export const reservedFlags = ['help', 'json', 'version'] as const;

export function command<Settings>(definition: ActionDefinition<Settings>, summary: string): Command {
  const clash = reservedFlags.find((flag) => Object.hasOwn(definition.inputs, flag));
  if (clash !== undefined) throw new Error(`${definition.name}: the input "${clash}" clashes with the CLI's own --${clash}`);
  return {
    title: definition.name,
    summary,
    inputs: definition.inputs,
    prepare: (raw) => {
      const settings = definition.parse(raw);
      return { connection: definition.connectionOf(settings), run: (deps) => definition.run(settings, deps) };
    },
  };
}
