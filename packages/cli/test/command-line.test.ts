import { describe, expect, it } from 'vitest';
import { command } from '../src/command.js';
import { parseCommandLine } from '../src/command-line.js';
import { UsageError } from '../src/usage-error.js';
import { fakeAction } from './fake-action.js';

const commands = {
  fake: command(
    fakeAction(() => Promise.reject(new Error('not run'))),
    'A fake command.',
  ),
};

function flagsOf(args: string[]): Record<string, string> {
  const line = parseCommandLine(['fake', ...args], commands);
  if (line.kind !== 'run') throw new Error(`expected a run, got ${line.kind}`);
  return Object.fromEntries(line.flags);
}

function problemsOf(args: string[]): readonly string[] {
  try {
    parseCommandLine(args, commands);
  } catch (error) {
    if (error instanceof UsageError) return error.problems;
    throw error;
  }
  throw new Error('expected a UsageError');
}

describe('parseCommandLine', () => {
  it('takes --name value and --name=value', () => {
    expect(flagsOf(['--remote-dir', 'www', '--label=x=y', '--port', '2121'])).toEqual({ 'remote-dir': 'www', label: 'x=y', port: '2121' });
  });

  it('reads a bare switch as true, and takes a value after it or inline', () => {
    expect(flagsOf(['--dry-run'])).toEqual({ 'dry-run': 'true' });
    expect(flagsOf(['--dry-run', '--label', 'l'])).toEqual({ 'dry-run': 'true', label: 'l' });
    expect(flagsOf(['--dry-run', 'false'])).toEqual({ 'dry-run': 'false' });
    expect(flagsOf(['--dry-run=false'])).toEqual({ 'dry-run': 'false' });
    // Not checked here: the schema rejects it with the same words as on the runner.
    expect(flagsOf(['--dry-run', 'yes'])).toEqual({ 'dry-run': 'yes' });
  });

  it('keeps a value that starts with a dash when it is written inline', () => {
    expect(flagsOf(['--password=--odd-one'])).toEqual({ password: '--odd-one' });
    expect(flagsOf(['--password', '-single'])).toEqual({ password: '-single' });
  });

  it('sees --json and --help before or after the command', () => {
    expect(parseCommandLine(['--json', 'fake'], commands)).toMatchObject({ kind: 'run', json: true });
    expect(parseCommandLine(['fake', '--json'], commands)).toMatchObject({ kind: 'run', json: true });
    expect(parseCommandLine(['fake', '-h', '--bogus'], commands)).toEqual({ kind: 'help', command: 'fake' });
    expect(parseCommandLine(['--help', 'fake', '--bogus'], commands)).toEqual({ kind: 'help', command: 'fake' });
    expect(parseCommandLine(['--help'], commands)).toEqual({ kind: 'help' });
    expect(parseCommandLine(['--version'], commands)).toEqual({ kind: 'version' });
  });

  it('names an unknown flag and the input it probably meant', () => {
    expect(problemsOf(['fake', '--remote-dri', 'www'])).toEqual(['unknown flag --remote-dri; did you mean --remote-dir?']);
    expect(problemsOf(['fake', '--no-dry-run'])).toEqual(['unknown flag --no-dry-run; to turn --dry-run off, write --dry-run false']);
    expect(problemsOf(['fake', '--completely-different'])).toEqual(['unknown flag --completely-different']);
    expect(problemsOf(['fake', '-x'])).toEqual(['unknown flag -x']);
  });

  it('never echoes the value of a mistyped flag, which may be a secret', () => {
    const problems = problemsOf(['fake', '--pasword', 's3cret-value']);
    expect(problems).toEqual(['unknown flag --pasword; did you mean --password?']);
    expect(problems.join('\n')).not.toContain('s3cret-value');
  });

  it('reports every problem at once', () => {
    expect(problemsOf(['fake', '--remote-dir', '--dry-run', 'stray', '--label', 'a', '--label', 'b', '--port'])).toEqual([
      '--remote-dir needs a value, but is followed by --dry-run; for a value starting with "--", write --remote-dir=VALUE',
      'unexpected argument "stray": every input is given as a flag, --name value',
      '--label is given more than once',
      '--port needs a value',
    ]);
  });

  it('wants the command first, and a known one', () => {
    expect(problemsOf([])).toEqual(['no command given']);
    expect(problemsOf(['fkae'])).toEqual(['unknown command "fkae"; did you mean "fake"?']);
    expect(problemsOf(['--label', 'x', 'fake'])[0]).toMatch(/^--label given before the command/);
  });
});
