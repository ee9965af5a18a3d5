/**
 * Turns argv into what to do: show help, show the version, or run a command
 * with its flags as raw strings. Values are not checked here; the action's
 * own zod schemas do that, exactly as on GitHub's runner.
 *
 * node:util parseArgs splits the arguments (`--name value`, `--name=value`,
 * `-h`, `--`) without adding a dependency, and its tokens let us apply the
 * one rule it has no setting for: a switch is `--write-test`, `--write-test
 * true` or `--write-test=false` alike. The flag set comes from the action's
 * input table, so a richer parser (commander, yargs) would add little but a
 * second place to declare flags. strict is off because strict mode throws
 * on the first problem; we report every problem at once, in our own words.
 */
import { parseArgs } from 'node:util';
import type { InputSpecs } from '@ftp-actions/core';
import { reservedFlags, type Command } from './command.js';
import { flagOf, isSwitch } from './input-flags.js';
import { closest } from './suggest.js';
import { UsageError } from './usage-error.js';

export type CommandLine =
  | { readonly kind: 'help'; readonly command?: string }
  | { readonly kind: 'version' }
  | { readonly kind: 'run'; readonly command: string; readonly flags: ReadonlyMap<string, string>; readonly json: boolean };

/** parseArgs' tokens as strict-off parsing yields them: any option may come with or without a value. */
type Token = { readonly kind: 'positional'; readonly value: string } | { readonly kind: 'option-terminator' } | OptionToken;
interface OptionToken {
  readonly kind: 'option';
  readonly name: string;
  readonly rawName: string;
  readonly value: string | undefined;
  readonly inlineValue: boolean | undefined;
}

/** Flags allowed before the command name; none of them takes a value, so the first other word is the command. */
const leadingFlags = new Set(['--help', '-h', '--version', '--json']);

export function parseCommandLine(args: readonly string[], commands: Readonly<Record<string, Command>>): CommandLine {
  let index = 0;
  const leading = new Set<string>();
  for (; index < args.length && leadingFlags.has(args[index] ?? ''); index += 1) leading.add(args[index] ?? '');
  const name = args[index];
  if (name === undefined) {
    if (leading.has('--version')) return { kind: 'version' };
    if (leading.has('--help') || leading.has('-h')) return { kind: 'help' };
    throw new UsageError(['no command given']);
  }
  const names = Object.keys(commands);
  if (name.startsWith('-')) {
    throw new UsageError([`${name} given before the command; write the command first: ftp-actions <${names.join('|')}> ${name} …`]);
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (command === undefined) {
    const guess = closest(name, names);
    throw new UsageError([`unknown command "${name}"${guess === undefined ? '' : `; did you mean "${guess}"?`}`]);
  }
  const flags = parseFlags(args.slice(index + 1), command.inputs, name, leading.has('--help') || leading.has('-h'));
  if (flags.help) return { kind: 'help', command: name };
  return { kind: 'run', command: name, flags: flags.values, json: flags.json || leading.has('--json') };
}

interface ParsedFlags {
  readonly values: ReadonlyMap<string, string>;
  readonly help: boolean;
  readonly json: boolean;
}

function parseFlags(args: readonly string[], inputs: InputSpecs, command: string, helpBefore: boolean): ParsedFlags {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {
    help: { type: 'boolean', short: 'h' },
    json: { type: 'boolean' },
  };
  for (const [input, spec] of Object.entries(inputs)) options[input] = { type: isSwitch(spec) ? 'boolean' : 'string' };
  const tokens: readonly Token[] = parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true }).tokens;

  const values = new Map<string, string>();
  const problems: string[] = [];
  let help = helpBefore;
  let json = false;
  for (let position = 0; position < tokens.length; position += 1) {
    const token = tokens[position];
    const next = tokens[position + 1];
    if (token === undefined || token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      problems.push(`unexpected argument "${token.value}": every input is given as a flag, --name value`);
      continue;
    }
    // A value a mistyped flag was meant to take is swallowed with it: it may be a
    // password (`--pasword s3cret`), and must not be echoed as "unexpected".
    const takeNext = (): string | undefined => {
      if (token.value !== undefined || next?.kind !== 'positional') return undefined;
      position += 1;
      return next.value;
    };
    if (token.name === 'help' || token.name === 'json') {
      if (token.value !== undefined) problems.push(`${token.rawName} takes no value`);
      else if (token.name === 'help') help = true;
      else json = true;
      continue;
    }
    const spec = token.rawName === flagOf(token.name) && Object.hasOwn(inputs, token.name) ? inputs[token.name] : undefined;
    if (spec === undefined) {
      takeNext();
      problems.push(unknownFlag(token, inputs));
      continue;
    }
    const value = isSwitch(spec) ? (takeNext() ?? token.value ?? 'true') : stringValue(token, problems);
    if (value === undefined) continue;
    if (values.has(token.name)) problems.push(`${token.rawName} is given more than once`);
    values.set(token.name, value);
  }
  // Asking for help is how people recover from these problems, so help wins over them.
  if (problems.length > 0 && !help) throw new UsageError(problems, command);
  return { values, help, json };
}

/** The value of a flag that needs one; undefined (and a problem noted) when it has none. */
function stringValue(token: OptionToken, problems: string[]): string | undefined {
  if (token.value === undefined) {
    problems.push(`${token.rawName} needs a value`);
    return undefined;
  }
  // Without strict mode parseArgs takes the next word whatever it is, so
  // `--remote-dir --json` would upload to a directory named "--json".
  if (token.inlineValue !== true && token.value.startsWith('--')) {
    problems.push(
      `${token.rawName} needs a value, but is followed by ${token.value}; for a value starting with "--", write ${token.rawName}=VALUE`,
    );
    return undefined;
  }
  return token.value;
}

function unknownFlag(token: OptionToken, inputs: InputSpecs): string {
  const known = [...Object.keys(inputs), ...reservedFlags.filter((flag) => flag !== 'version')];
  const negated = token.name.startsWith('no-') ? token.name.slice(3) : undefined;
  const negatedSpec = negated !== undefined && Object.hasOwn(inputs, negated) ? inputs[negated] : undefined;
  if (negated !== undefined && negatedSpec !== undefined && isSwitch(negatedSpec))
    return `unknown flag ${token.rawName}; to turn ${flagOf(negated)} off, write ${flagOf(negated)} false`;
  const guess = closest(token.name, known);
  return `unknown flag ${token.rawName}${guess === undefined ? '' : `; did you mean ${flagOf(guess)}?`}`;
}
