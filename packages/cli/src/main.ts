/**
 * The `ftp-actions` command as a function of its arguments and streams,
 * returning the exit code; bin.ts is the only part that touches `process`.
 */
import { parseCommandLine, type CommandLine } from './command-line.js';
import { exitCodes, type ExitCode } from './exit-codes.js';
import { commandHelp, mainHelp } from './help.js';
import type { CliIo } from './io.js';
import { usageMessage } from './messages.js';
import { commands } from './registry.js';
import { runCommand } from './run-command.js';
import { UsageError } from './usage-error.js';
import { cliVersion } from './version.js';

export type { CliIo, OutputStream } from './io.js';
export { exitCodes, type ExitCode } from './exit-codes.js';

export async function main(args: readonly string[], io: CliIo): Promise<ExitCode> {
  let line: CommandLine;
  try {
    line = parseCommandLine(args, commands);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(usageMessage(error));
    // A bare `ftp-actions` gets the overview too: it is how people discover the commands.
    if (args.length === 0) io.stderr.write(`\n${mainHelp(commands)}`);
    return exitCodes.usage;
  }
  if (line.kind === 'version') {
    io.stdout.write(`${cliVersion()}\n`);
    return exitCodes.ok;
  }
  const command = line.command === undefined ? undefined : commands[line.command];
  if (line.kind === 'help') {
    io.stdout.write(line.command === undefined || command === undefined ? mainHelp(commands) : commandHelp(line.command, command));
    return exitCodes.ok;
  }
  if (command === undefined) throw new Error(`parseCommandLine returned the unknown command "${line.command}"`);
  return runCommand({ name: line.command, command, flags: line.flags, json: line.json }, io);
}
