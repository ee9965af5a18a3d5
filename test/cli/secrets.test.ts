import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFtpSrv, type RunningServer } from '@ftp-actions/test-servers';
import { everythingPrinted, plainFtpFlags, requireBuiltCli, runCli, type CliRun } from './run-cli.js';

const password = 'Never-Printed-Pa55!';
const wrong = 'Also-Never-Printed-Pa55!';
let server: RunningServer;

beforeAll(async () => {
  requireBuiltCli();
  server = await startFtpSrv({ password });
});
afterAll(async () => {
  await server.close();
});

describe('ftp-actions never prints the password', () => {
  it('in any run: success, failure, debug traces, JSON, bad input, usage errors', async () => {
    const flags = plainFtpFlags(server);
    const runs: Record<string, CliRun> = {
      'flag, debug': await runCli(['health', ...flags, '--password', password, '--log-level', 'debug', '--write-test']),
      'variable, debug, json': await runCli(['health', '--json', ...flags, '--log-level', 'debug'], { FTP_ACTIONS_PASSWORD: password }),
      'wrong password, debug': await runCli(['health', ...flags, '--log-level', 'debug'], { FTP_ACTIONS_PASSWORD: wrong }),
      'wrong password, json': await runCli(['health', '--json', ...flags, '--password', wrong]),
      'bad input': await runCli(['health', '--password', password, '--port', 'x']),
      'mistyped flag': await runCli(['health', ...flags, '--passwrd', password]),
      'stray argument': await runCli(['health', ...flags, '--password', password, 'extra']),
    };
    expect(runs['flag, debug']?.exitCode).toBe(0);
    // The protocol trace is there, with the password replaced.
    expect(runs['flag, debug']?.stdout).toContain('[debug] > PASS ###');
    expect(runs['wrong password, debug']?.exitCode).toBe(1);
    expect(runs['bad input']?.exitCode).toBe(2);
    expect(runs['mistyped flag']?.exitCode).toBe(2);
    for (const [name, run] of Object.entries(runs)) {
      expect(everythingPrinted(run), name).not.toContain(password);
      expect(everythingPrinted(run), name).not.toContain(wrong);
    }
  });
});
