/**
 * Every sub-command of `ftp-actions`, in the order the help lists them.
 * Adding an action is one entry here (and its import).
 */
import { downloadAction } from '@ftp-actions/download-action';
import { healthAction } from '@ftp-actions/health-action';
import { syncAction } from '@ftp-actions/sync-action';
import { uploadAction } from '@ftp-actions/upload-action';
import { command, type Command } from './command.js';

export const commands: Readonly<Record<string, Command>> = {
  health: command(healthAction, 'Check that a server is fit for a deploy: connect, log in, TLS, list a path, optionally write.'),
  upload: command(uploadAction, 'Send local files matched by glob patterns to a remote folder, keeping their structure.'),
  download: command(downloadAction, 'Fetch remote files or whole trees into a local folder, or read one small file.'),
  sync: command(syncAction, 'Make a remote directory equal a local one (push) or the reverse (pull), moving only what changed.'),
};
