/**
 * The upload action as one object, for `runAction` and the CLI alike.
 */
import type { ActionDefinition } from '@ftp-actions/core';
import { parseUploadInputs, uploadInputs, type UploadSettings } from './inputs.js';
import { runUpload } from './run.js';

export const uploadAction: ActionDefinition<UploadSettings> = {
  name: 'FTP upload',
  inputs: uploadInputs,
  parse: (raw) => parseUploadInputs(raw),
  connectionOf: (settings) => settings.connection,
  run: runUpload,
};
