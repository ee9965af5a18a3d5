/**
 * What the CLI prints when it stops early or the operation fails. Inputs are
 * named as flags (`--port`), the way the user gave them, instead of the
 * action.yml names the runner's messages use.
 */
import { FtpActionError, describeFailure, type ConfigurationError } from '@ftp-actions/core';
import { envVarOf, flagOf } from './input-flags.js';
import type { InputSource } from './gather-inputs.js';
import type { UsageError } from './usage-error.js';

function helpPointer(command: string | undefined): string {
  return command === undefined ? 'Run "ftp-actions --help" for usage.' : `Run "ftp-actions ${command} --help" for every flag.`;
}

export function usageMessage(error: UsageError): string {
  const where = error.command === undefined ? 'ftp-actions' : `ftp-actions ${error.command}`;
  const problems = error.problems.length === 1 ? ` ${error.problems[0] ?? ''}` : `\n${error.problems.map((p) => `  ${p}`).join('\n')}`;
  return `${where}:${problems}\n${helpPointer(error.command)}\n`;
}

export function configurationMessage(command: string, error: ConfigurationError, sources: ReadonlyMap<string, InputSource>): string {
  const noun = error.issues.length === 1 ? 'input is' : 'inputs are';
  const lines = error.issues.map((issue) => {
    const from = sources.get(issue.input) === 'env' ? ` (from ${envVarOf(issue.input)})` : '';
    return `  ${flagOf(issue.input)}${from}: ${issue.message}`;
  });
  return [
    `ftp-actions ${command}: ${error.issues.length} ${noun} not valid:`,
    ...lines,
    `Nothing was changed on the server or on disk. ${helpPointer(command)}`,
    '',
  ].join('\n');
}

/** The failure and what to try, each on its own labelled line. */
export function failureMessage(command: string, error: unknown): string {
  if (!(error instanceof FtpActionError)) return `ftp-actions ${command} failed: ${describeFailure(error)}\n`;
  const hint = error.hint === undefined ? '' : `hint: ${error.hint}\n`;
  return `ftp-actions ${command} failed: ${error.message}\n${hint}`;
}
