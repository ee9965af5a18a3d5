/**
 * The download action as one object, for `runAction` and the CLI alike.
 */
import type { ActionDefinition } from '@ftp-actions/core';
import { downloadInputs, parseDownloadInputs, type DownloadSettings } from './inputs.js';
import { runDownload } from './run.js';

export const downloadAction: ActionDefinition<DownloadSettings> = {
  name: 'FTP download',
  inputs: downloadInputs,
  parse: (raw) => parseDownloadInputs(raw),
  connectionOf: (settings) => settings.connection,
  run: runDownload,
};
