/**
 * Runs the built `ftp-actions` (packages/cli/lib/bin.js, made by `tsc -b`)
 * as a user would, in a child process: asynchronously, because the FTP
 * server under test lives in this process and must keep answering.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RunningServer } from '@ftp-actions/test-servers';

export const cliBin = fileURLToPath(new URL('../../packages/cli/lib/bin.js', import.meta.url));

export interface CliRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Fails early with the fix when the CLI has not been built. */
export function requireBuiltCli(): void {
  if (!existsSync(cliBin)) throw new Error(`${cliBin} is missing: run "npx tsc -b" before the CLI tests`);
}

/**
 * Runs the CLI with `args` and an environment of PATH plus `env` only, so an
 * FTP_ACTIONS_* variable of the developer's shell cannot leak into a test.
 */
export function runCli(args: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [cliBin, ...args],
      { env: { PATH: process.env.PATH ?? '', ...env }, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error === null) resolve({ exitCode: 0, stdout, stderr });
        else if (typeof error.code === 'number') resolve({ exitCode: error.code, stdout, stderr });
        // Killed by the timeout or not started at all: not an exit code to assert on.
        else reject(new Error(`ftp-actions ${args.join(' ')} did not run to an exit: ${error.message}`, { cause: error }));
      },
    );
  });
}

/** The flags that reach a test server over plain FTP, without the password. */
export function plainFtpFlags(server: RunningServer): string[] {
  return ['--server', server.host, '--port', String(server.port), '--username', server.user, '--protocol', 'ftp', '--timeout', '10'];
}

/** Everything a run printed, for secret scans. */
export function everythingPrinted(run: CliRun): string {
  return `${run.stdout}\n${run.stderr}`;
}
