/**
 * The sync action as one object: its inputs, how they are parsed and what
 * it runs. `main.ts` hands it to `runAction` for GitHub Actions; the CLI
 * hands the same object to its own runner, so both behave alike.
 */
import type { ActionDefinition } from '@ftp-actions/core';
import { parseSyncInputs, syncInputs, type SyncSettings } from './inputs.js';
import { runSync } from './run.js';

/** The sync action: inputs, parser and run, for `runAction` and the CLI. */
export const syncAction: ActionDefinition<SyncSettings> = {
  name: 'FTP sync',
  inputs: syncInputs,
  parse: (raw) => parseSyncInputs(raw),
  connectionOf: (settings) => settings.connection,
  run: runSync,
};
