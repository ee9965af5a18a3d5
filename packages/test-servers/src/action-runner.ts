/**
 * Runs an action's committed dist/index.js the way the Actions runner does:
 * under Node 24, inputs as INPUT_* variables (action.yml defaults filled in
 * for inputs not given, as the runner does), outputs and the job summary
 * written to the files named by GITHUB_OUTPUT and GITHUB_STEP_SUMMARY.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

// src/ and lib/ both sit two levels below the package, four below the repository.
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

let node24Path: string | undefined;

/** The Node 24 binary, fetched from the npm registry once per machine by npx. */
export function node24(): string {
  node24Path ??= execFileSync('npx', ['-y', '-p', 'node@24', 'node', '-p', 'process.execPath'], { encoding: 'utf8', cwd: tmpdir() }).trim();
  return node24Path;
}

export interface ActionYml {
  inputs?: Record<string, { default?: string; required?: boolean }>;
  outputs?: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

export async function readActionYml(action: string): Promise<ActionYml> {
  return parse(await readFile(join(repoRoot, 'actions', action, 'action.yml'), 'utf8')) as ActionYml;
}

export interface BundleRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  /** The bundle process's peak resident memory (VmHWM) in bytes, where /proc tells it; else undefined. */
  readonly peakRssBytes: number | undefined;
}

export interface RunBundleOptions {
  /** Kill the run after this long (default 120 s). */
  readonly timeoutMs?: number;
}

/** Reads VmHWM, the high-water mark of a process's resident memory, from /proc (Linux). */
async function readPeakRss(pid: number): Promise<number | undefined> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
    return match?.[1] === undefined ? undefined : Number(match[1]) * 1024;
  } catch (error) {
    // The process has exited (or this is not Linux): the last reading stands.
    if (error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'ESRCH')) return undefined;
    throw error;
  }
}

/** Parses the GITHUB_OUTPUT file: `name<<delimiter`, value lines, `delimiter`. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[index] ?? '');
    if (match === null) continue;
    const [, name = '', delimiter] = match;
    const value: string[] = [];
    for (index += 1; index < lines.length && lines[index] !== delimiter; index += 1) value.push(lines[index] ?? '');
    outputs[name] = value.join('\n');
  }
  return outputs;
}

export async function runBundle(
  action: string,
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
  options: RunBundleOptions = {},
): Promise<BundleRun> {
  const yml = await readActionYml(action);
  const work = await mkdtemp(join(tmpdir(), `bundle-${action}-`));
  const outputFile = join(work, 'output');
  const summaryFile = join(work, 'summary');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? work,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: work,
    RUNNER_TEMP: work,
    ...extraEnv,
  };
  for (const [name, spec] of Object.entries(yml.inputs ?? {})) {
    const value = inputs[name] ?? spec.default;
    if (value !== undefined) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const name of Object.keys(inputs)) {
    if (!(name in (yml.inputs ?? {}))) throw new Error(`runBundle: ${action}/action.yml has no input "${name}"`);
  }
  const main = join(repoRoot, 'actions', action, yml.runs.main);
  let peakRssBytes: number | undefined;
  try {
    const { exitCode, stdout, stderr } = await new Promise<{ exitCode: number; stdout: string; stderr: string }>((resolve, reject) => {
      const child = execFile(
        node24(),
        [main],
        { env, cwd: work, timeout: options.timeoutMs ?? 120_000, maxBuffer: 64 * 1024 * 1024 },
        (error, stdout, stderr) => {
          clearInterval(sampler);
          if (error === null) {
            resolve({ exitCode: 0, stdout, stderr });
          } else if (typeof error.code === 'number') {
            resolve({ exitCode: error.code, stdout, stderr });
          } else {
            // Killed by the timeout or not started at all: not an exit code to assert on.
            reject(new Error(`${action} bundle did not run to an exit: ${error.message}`, { cause: error }));
          }
        },
      );
      // VmHWM only grows, so the last reading before exit is the peak.
      const sampler = setInterval(() => {
        if (child.pid === undefined) return;
        void readPeakRss(child.pid).then((rss) => {
          if (rss !== undefined) peakRssBytes = Math.max(peakRssBytes ?? 0, rss);
        });
      }, 100);
    });
    return {
      exitCode,
      stdout,
      stderr,
      outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
      summary: await readFile(summaryFile, 'utf8'),
      peakRssBytes,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Everything a run printed or wrote, for secret scans. `::add-mask::` lines
 * are left out: they are how an action tells the runner what to mask, and
 * the runner consumes them instead of printing them.
 */
export function everythingPrinted(run: BundleRun): string {
  const stdout = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  return [stdout, run.stderr, JSON.stringify(run.outputs), run.summary].join('\n');
}
