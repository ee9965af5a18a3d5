/**
 * Runs one measured command: wall time from spawn to exit, peak RSS from
 * GNU time (the kernel's ru_maxrss of the process it waits for), stdout and
 * stderr kept in files so a chatty debug run costs no memory here.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';

export interface ProcessResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  wallMs: number;
  /** Peak resident set size in bytes, or undefined when GNU time gave none. */
  peakRssBytes: number | undefined;
  stdoutFile: string;
  stderrFile: string;
  timedOut: boolean;
}

export interface RunSpec {
  command: string;
  args: readonly string[];
  env?: Record<string, string>;
  cwd?: string;
  /** Where stdout, stderr and the GNU time report go; each run its own prefix. */
  logPrefix: string;
  timeoutMs: number;
}

export async function runMeasured(spec: RunSpec): Promise<ProcessResult> {
  const stdoutFile = `${spec.logPrefix}.stdout`;
  const stderrFile = `${spec.logPrefix}.stderr`;
  const timeFile = `${spec.logPrefix}.time`;
  const stdout = createWriteStream(stdoutFile);
  const stderr = createWriteStream(stderrFile);
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-f', '%M', '-o', timeFile, spec.command, ...spec.args], {
    env: spec.env ?? { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/root' },
    cwd: spec.cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so a timeout stops the tool and anything it started.
    detached: true,
  });
  child.stdout.pipe(stdout);
  child.stderr.pipe(stderr);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
  }, spec.timeoutMs);
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, sig) => resolve([code, sig]));
  });
  const wallMs = performance.now() - started;
  clearTimeout(timer);
  await Promise.all([new Promise((resolve) => stdout.end(resolve)), new Promise((resolve) => stderr.end(resolve))]);
  let peakRssBytes: number | undefined;
  try {
    const lines = (await readFile(timeFile, 'utf8')).trim().split('\n');
    const kib = Number(lines[lines.length - 1]);
    if (Number.isFinite(kib) && kib > 0) peakRssBytes = kib * 1024;
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'ENOENT')) throw error;
  }
  return { exitCode, signal, wallMs, peakRssBytes, stdoutFile, stderrFile, timedOut };
}

/** The last `max` characters of a log file, for failure messages. */
export async function tailOf(file: string, max = 1500): Promise<string> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return '';
    throw error;
  }
  return text.length > max ? `…${text.slice(-max)}` : text;
}

export function logPath(dir: string, name: string): string {
  return join(dir, name.replace(/[^a-zA-Z0-9._-]+/g, '_'));
}
