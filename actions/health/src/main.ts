import { runAction } from '@ftp-actions/core';
import { healthInputs, parseHealthInputs } from './inputs.js';
import { runHealth } from './run.js';

await runAction({
  name: 'FTP health',
  inputs: healthInputs,
  parse: parseHealthInputs,
  connectionOf: (settings) => settings.connection,
  run: runHealth,
});
