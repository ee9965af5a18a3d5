/**
 * A small action for the CLI's unit tests: a few inputs of each kind and a
 * run that records what it was given, so the tests need no FTP server and no
 * real action.
 */
import {
  boolean,
  connectionInputs,
  parseInputs,
  requiredText,
  text,
  toConnectionSettings,
  type ActionDefinition,
  type ActionDeps,
  type ActionResult,
  type ConnectionSettings,
  type InputSpec,
} from '@ftp-actions/core';

export const fakeInputs = {
  ...connectionInputs,
  'remote-dir': { default: '', description: 'Where to put the files.', schema: text() },
  'dry-run': { default: 'false', description: 'Only say what would change.', schema: boolean() },
  token: { ...connectionInputs.password, description: 'Another secret.' },
  label: { required: true, description: 'A required label.', schema: requiredText() },
} satisfies Record<string, InputSpec>;

export interface FakeSettings {
  readonly connection: ConnectionSettings;
  readonly remoteDir: string;
  readonly dryRun: boolean;
  readonly label: string;
}

export function fakeAction(run: (settings: FakeSettings, deps: ActionDeps) => Promise<ActionResult>): ActionDefinition<FakeSettings> {
  return {
    name: 'Fake action',
    inputs: fakeInputs,
    parse: (raw) => {
      const values = parseInputs(fakeInputs, raw);
      return { connection: toConnectionSettings(values), remoteDir: values['remote-dir'], dryRun: values['dry-run'], label: values.label };
    },
    connectionOf: (settings) => settings.connection,
    run,
  };
}
