import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readActionYml, type ActionYml } from '@ftp-actions/test-servers';
import { requireBuiltCli, runCli } from './run-cli.js';

/** A TCP listener that only counts who connects: proof that bad input touches no server. */
let listener: net.Server;
let connections = 0;
let port = 0;
let healthYml: ActionYml;

beforeAll(async () => {
  requireBuiltCli();
  healthYml = await readActionYml('health');
  listener = net.createServer((socket) => {
    connections += 1;
    socket.destroy();
  });
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  const address = listener.address();
  if (address === null || typeof address === 'string') throw new Error('the counting listener has no port');
  port = address.port;
});
afterAll(async () => {
  await new Promise<void>((resolve, reject) => listener.close((error) => (error === undefined ? resolve() : reject(error))));
});

describe('ftp-actions: bad input and usage exit 2, before touching anything', () => {
  it('lists every bad input as its flag, with the variable it came from', async () => {
    const run = await runCli(
      ['health', '--server', '127.0.0.1', '--port', String(port), '--protocol', 'sftp', '--write-test', 'yes', '--retry-delay', 'soon'],
      { FTP_ACTIONS_ATTEMPTS: '0', FTP_ACTIONS_TIMEOUT: '-1' },
    );
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      [
        'ftp-actions health: 5 inputs are not valid:',
        '  --protocol: expected one of ftps, ftps-implicit, ftp, got "sftp"',
        '  --timeout (from FTP_ACTIONS_TIMEOUT): expected a number of seconds from 1 to 3600, got "-1"',
        '  --write-test: expected true or false, got "yes"',
        '  --attempts (from FTP_ACTIONS_ATTEMPTS): expected a whole number from 1 to 100, got "0"',
        '  --retry-delay: expected a number of seconds from 0 to 600, got "soon"',
        'Nothing was changed on the server or on disk. Run "ftp-actions health --help" for every flag.',
        '',
      ].join('\n'),
    );
    expect(connections).toBe(0);
  });

  it('reports a missing required input and conflicts between inputs', async () => {
    const missing = await runCli(['health']);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('  --server: is required and was not given\n');
    const conflict = await runCli(['health', '--server', 'ftp.example.com', '--protocol', 'ftp', '--min-cert-days', '5']);
    expect(conflict.exitCode).toBe(2);
    expect(conflict.stderr).toContain('  --min-cert-days: needs a TLS certificate, but protocol is ftp\n');
  });

  it('names an unknown flag and suggests the closest input', async () => {
    const run = await runCli(['health', '--server', '127.0.0.1', '--port', String(port), '--writetest', '--pasword', 'hush-hush']);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'ftp-actions health:\n' +
        '  unknown flag --writetest; did you mean --write-test?\n' +
        '  unknown flag --pasword; did you mean --password?\n' +
        'Run "ftp-actions health --help" for every flag.\n',
    );
    expect(connections).toBe(0);
  });

  it('names an unknown command, and a missing one', async () => {
    const unknown = await runCli(['helth']);
    expect(unknown).toMatchObject({ exitCode: 2, stdout: '' });
    expect(unknown.stderr).toContain('unknown command "helth"; did you mean "health"?');
    const none = await runCli([]);
    expect(none.exitCode).toBe(2);
    expect(none.stderr).toMatch(/^ftp-actions: no command given\n/);
    expect(none.stderr).toContain('Commands:\n  health ');
  });
});

describe('ftp-actions --help', () => {
  it('lists the commands, the common flags, the variables and the exit codes', async () => {
    const run = await runCli(['--help']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^Usage:\n {2}ftp-actions <health[|a-z]*> \[--flag value\]\.\.\./m);
    expect(run.stdout).toMatch(/^ {2}health +Check that a server is fit for a deploy/m);
    expect(run.stdout).toMatch(/^ {2}upload +Send local files/m);
    expect(run.stdout).toMatch(/^ {2}download +Fetch remote files/m);
    expect(run.stdout).toContain('--json');
    expect(run.stdout).toContain('FTP_ACTIONS_<NAME>');
    expect(run.stdout).toContain('Exit codes: 0 success, 1 the operation failed, 2 bad input or usage');
  });

  it('health --help lists every input of action.yml with its default, required marker, description and variable', async () => {
    const run = await runCli(['health', '--help']);
    expect(run.exitCode).toBe(0);
    const lines = run.stdout.split('\n');
    const inputs = Object.entries(healthYml.inputs ?? {});
    expect(inputs.length).toBeGreaterThan(15);
    for (const [name, spec] of inputs) {
      const at = lines.findIndex((line) => line.startsWith(`  --${name} `));
      expect(at, `--${name} in the help`).toBeGreaterThanOrEqual(0);
      const heading = lines[at] ?? '';
      const expected = spec.required === true ? 'required' : spec.default === '' ? 'default: (empty)' : `default: ${spec.default ?? ''}`;
      expect(heading).toContain(`  ${expected}  `);
      expect(heading).toContain(`FTP_ACTIONS_${name.toUpperCase().replace(/-/g, '_')}`);
      // The description follows, wrapped and indented.
      expect(lines[at + 1]).toMatch(/^ {6}\S/);
    }
    expect(run.stdout).toMatch(/^ {2}--write-test \[true\|false\] +default: false/m);
    expect(run.stdout).toMatch(/^ {2}--password <value> .*secret: prefer the variable$/m);
  });

  it('wins over other problems on the command line, and -h works too', async () => {
    const run = await runCli(['health', '--bogus', '-h']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^Usage: ftp-actions health /);
  });

  it('--version prints the package version', async () => {
    const run = await runCli(['--version']);
    expect(run).toEqual({ exitCode: 0, stdout: '0.1.0\n', stderr: '' });
  });
});
