import { spawn } from 'node:child_process';

export interface CommandResult {
  stdout: string;
  stderr: string;
}

/**
 * Runs a setup command to completion, feeding `input` on stdin (so secrets
 * never show in a process listing), and rejects with its stderr when it
 * exits non-zero.
 */
export function runCommand(command: string, args: readonly string[], input = ''): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.once('error', reject);
    child.once('close', (code, signal) => {
      const result = { stdout: Buffer.concat(stdout).toString(), stderr: Buffer.concat(stderr).toString() };
      if (code === 0) {
        resolve(result);
        return;
      }
      const status = signal === null ? `exit code ${String(code)}` : `signal ${signal}`;
      reject(new Error(`${command} ${args.join(' ')} failed (${status}): ${result.stderr.trim() || result.stdout.trim()}`));
    });
    // A command that never reads stdin may exit before we finish writing
    // it (EPIPE); its exit code, handled above, is what tells the outcome.
    child.stdin.on('error', (error: Error) => {
      if (!('code' in error) || error.code !== 'EPIPE') reject(error);
    });
    child.stdin.end(input);
  });
}
