/**
 * Every sub-command of `ftp-actions`, in the order the help lists them.
 * Adding an action is one entry here (and its import).
 */
import { healthAction } from '@ftp-actions/health-action';
import { command, type Command } from './command.js';

export const commands: Readonly<Record<string, Command>> = {
  health: command(healthAction, 'Check that a server is fit for a deploy: connect, log in, TLS, list a path, optionally write.'),
};
