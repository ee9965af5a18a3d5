/**
 * The health action as one object: its inputs, how they are parsed and what
 * it runs. `main.ts` hands it to `runAction` for GitHub Actions; the CLI
 * hands the same object to its own runner, so both behave alike.
 */
import type { ActionDefinition } from '@ftp-actions/core';
import { healthInputs, parseHealthInputs, type HealthSettings } from './inputs.js';
import { runHealth } from './run.js';

export const healthAction: ActionDefinition<HealthSettings> = {
  name: 'FTP health',
  inputs: healthInputs,
  parse: parseHealthInputs,
  connectionOf: (settings) => settings.connection,
  run: runHealth,
};
