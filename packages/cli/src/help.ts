/**
 * Help text, generated from the registry and from each action's input table,
 * so a new input shows up in `--help` the moment it exists in the action.
 */
import type { InputSpec } from '@ftp-actions/core';
import type { Command } from './command.js';
import { exitCodes } from './exit-codes.js';
import { envPrefix, envVarOf, flagOf, isSwitch } from './input-flags.js';
import { wrap } from './wrap.js';

const width = 80;
const descriptionIndent = '      ';

function table(rows: readonly (readonly [string, string])[]): string {
  const left = Math.max(...rows.map(([name]) => name.length));
  return rows.map(([name, text]) => `  ${name.padEnd(left)}  ${text}`).join('\n');
}

const commonFlags: readonly (readonly [string, string])[] = [
  ['--json', 'Print only the outputs, as one JSON object on stdout; the log goes to stderr.'],
  ['--help, -h', 'Show this help.'],
];

const environmentNote = wrap(
  `Every input is a flag of the same name and is also read from the variable ${envPrefix}<NAME> ` +
    `(upper case, dashes as underscores: ${envVarOf('password')}, ${envVarOf('tls-ca')}); a flag beats its variable. ` +
    'Give secrets through variables: a command line is visible to other users of the machine and stays in shell history.',
  width,
  '',
);

const exitNote = `Exit codes: ${exitCodes.ok} success, ${exitCodes.failed} the operation failed, ${exitCodes.usage} bad input or usage (nothing touched).`;

export function mainHelp(commands: Readonly<Record<string, Command>>): string {
  const names = Object.keys(commands);
  return [
    'ftp-actions: run the FTP actions from a terminal or any CI.',
    '',
    'Usage:',
    `  ftp-actions <${names.join('|')}> [--flag value]...`,
    '  ftp-actions <command> --help',
    '  ftp-actions --version',
    '',
    'Commands:',
    table(Object.entries(commands).map(([name, command]) => [name, command.summary])),
    '',
    'Flags for every command:',
    table([...commonFlags, ['--version', 'Print the version.']]),
    '',
    environmentNote,
    '',
    exitNote,
    '',
  ].join('\n');
}

/** "required", "default: 4", "default: (empty)": what happens when the flag is left out. */
function defaultText(spec: InputSpec): string {
  if (spec.required === true) return 'required';
  if (spec.default === undefined || spec.default === '') return 'default: (empty)';
  return `default: ${spec.default}`;
}

function inputHelp(name: string, spec: InputSpec, flagWidth: number, defaultWidth: number): string {
  const flag = `${flagOf(name)} ${isSwitch(spec) ? '[true|false]' : '<value>'}`;
  const secret = spec.secret === true ? '  secret: prefer the variable' : '';
  const heading = `  ${flag.padEnd(flagWidth)}  ${defaultText(spec).padEnd(defaultWidth)}  ${envVarOf(name)}${secret}`;
  return `${heading.trimEnd()}\n${wrap(spec.description, width, descriptionIndent)}`;
}

export function commandHelp(name: string, command: Command): string {
  const inputs = Object.entries(command.inputs);
  const flagWidth = Math.max(...inputs.map(([input, spec]) => `${flagOf(input)} ${isSwitch(spec) ? '[true|false]' : '<value>'}`.length));
  const defaultWidth = Math.max(...inputs.map(([, spec]) => defaultText(spec).length));
  return [
    `Usage: ftp-actions ${name} [--flag value]...`,
    '',
    wrap(command.summary, width, ''),
    '',
    'Inputs (flag, when left out, environment variable):',
    inputs.map(([input, spec]) => inputHelp(input, spec, flagWidth, defaultWidth)).join('\n'),
    '',
    'Flags:',
    table(commonFlags),
    '',
    environmentNote,
    '',
    exitNote,
    '',
  ].join('\n');
}
