/**
 * Runs an action's committed bundle under Node 24 for a matrix cell and
 * checks what every run must satisfy: the cell's password appears nowhere
 * in what the action printed or wrote.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { everythingPrinted, runBundle, type BundleRun } from '@ftp-actions/test-servers';

export type ActionName = 'health' | 'upload' | 'download' | 'sync';

/** Whether actions/<name>/dist/index.js exists (sync joins the matrix once it is built). */
export function bundleExists(action: ActionName): boolean {
  return existsSync(fileURLToPath(new URL(`../../../actions/${action}/dist/index.js`, import.meta.url)));
}

/** The end of what a run printed, for the message of a failed expectation. */
export function transcript(run: BundleRun): string {
  const tail = (text: string): string => (text.length > 6000 ? `…${text.slice(-6000)}` : text);
  return `exit code ${run.exitCode}\n--- stdout ---\n${tail(run.stdout)}\n--- stderr ---\n${tail(run.stderr)}`;
}

/** Runs `action` and fails the test if `password` shows anywhere in its output, outputs or summary. */
export async function runScanned(action: ActionName, inputs: Record<string, string>, password: string): Promise<BundleRun> {
  expect(bundleExists(action), `actions/${action}/dist/index.js is missing: build it (pnpm build)`).toBe(true);
  const run = await runBundle(action, inputs);
  const printed = everythingPrinted(run);
  // Not toContain: its failure message would print the password it found.
  expect(printed.includes(password), `${action} printed the password`).toBe(false);
  return run;
}

export function expectSuccess(run: BundleRun): void {
  expect(run.exitCode, transcript(run)).toBe(0);
  expect(run.stderr, transcript(run)).toBe('');
}

/** The lines the action wrote as warning annotations. */
export function warnings(run: BundleRun): string[] {
  return run.stdout.split('\n').filter((line) => line.startsWith('::warning::'));
}

/** The line the action failed the step with. */
export function errorLine(run: BundleRun): string {
  return run.stdout.split('\n').find((line) => line.startsWith('::error::')) ?? '';
}

/** FTP commands the run sent (needs log-level debug), e.g. "MLSD /download". */
export function commandsSent(run: BundleRun): string[] {
  return run.stdout
    .split('\n')
    .map((line) => /^\[debug\] > (.*)$/.exec(line)?.[1])
    .filter((command): command is string => command !== undefined);
}

/** A tree as path → "length sha256-prefix", so a failed comparison shows which files differ. */
export function fingerprints(tree: ReadonlyMap<string, Buffer>): Record<string, string> {
  const entries = [...tree].map(([path, bytes]): [string, string] => [
    path,
    `${bytes.length} ${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}`,
  ]);
  return Object.fromEntries(entries.sort(([a = ''], [b = '']) => (a < b ? -1 : a > b ? 1 : 0)));
}
