/**
 * A sync killed part-way (SIGKILL of the bundle under Node 24, as a
 * cancelled job or a lost runner would be), then run again: the second run
 * resumes from the state file's checkpoint instead of starting over,
 * finishes the job, and leaves exactly the trees an uninterrupted run
 * would. Nothing half-written ever stands under a final name.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { isTemporaryName, parseState } from '@ftp-actions/core';
import { node24, readActionYml, runBundle, startFtpSrv, type RunningServer } from '@ftp-actions/test-servers';
import { readTree, remoteTree, sameTree, writeTree } from './sync-helpers.js';

const files = 1500;
const password = 'Resume-Secret-77';
let server: RunningServer;
let local: string;

beforeAll(async () => {
  node24();
  server = await startFtpSrv({ password });
  local = await mkdtemp(join(tmpdir(), 'sync-resume-'));
  const tree: Record<string, string> = {};
  for (let index = 0; index < files; index += 1) tree[`section-${index % 15}/page-${index}.html`] = `<p>page ${index}</p>\n`.repeat(40);
  await writeTree(local, tree);
});
afterAll(async () => {
  await server.close();
  await rm(local, { recursive: true, force: true });
});

const inputs = (): Record<string, string> => ({
  server: server.host,
  port: String(server.port),
  username: server.user,
  password,
  protocol: 'ftp',
  'local-dir': local,
  'remote-dir': '/site',
  retries: '0',
  concurrency: '4',
});
const env = { GITHUB_RUN_ID: '4242', GITHUB_REPOSITORY: 'octo/site' };

/** Starts the bundle as the runner would and SIGKILLs it once `shouldKill` says so; resolves with how it ended. */
async function runUntilKilled(shouldKill: () => Promise<boolean>, overrides: Record<string, string> = {}): Promise<NodeJS.Signals | null> {
  const yml = await readActionYml('sync');
  const work = await mkdtemp(join(tmpdir(), 'bundle-sync-'));
  const childEnv: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_OUTPUT: join(work, 'out'),
    GITHUB_STEP_SUMMARY: join(work, 'summary'),
    ...env,
  };
  await writeFile(childEnv.GITHUB_OUTPUT ?? '', '');
  await writeFile(childEnv.GITHUB_STEP_SUMMARY ?? '', '');
  for (const [name, spec] of Object.entries(yml.inputs ?? {})) {
    const value = overrides[name] ?? inputs()[name] ?? spec.default;
    if (value !== undefined) childEnv[`INPUT_${name.toUpperCase()}`] = value;
  }
  const main = fileURLToPath(new URL('../../actions/sync/dist/index.js', import.meta.url));
  const child = spawn(node24(), [main], { env: childEnv, cwd: work, stdio: 'ignore' });
  const ended = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
  let done = false;
  void ended.then(() => (done = true));
  while (!done) {
    if (await shouldKill()) {
      child.kill('SIGKILL');
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const signal = await ended;
  await rm(work, { recursive: true, force: true });
  return signal;
}

async function checkpointed(): Promise<number> {
  try {
    const parsed = parseState(await readFile(join(server.root, 'site/.ftp-actions-state.json'), 'utf8'));
    return 'state' in parsed ? parsed.state.files.size : 0;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return 0;
    throw error;
  }
}

it('resumes a sync killed part-way from its checkpoint and ends with the trees of an uninterrupted run', { timeout: 90_000 }, async () => {
  const signal = await runUntilKilled(async () => (await checkpointed()) > 0);
  expect(signal).toBe('SIGKILL');
  const recorded = await checkpointed();
  expect(recorded).toBeGreaterThanOrEqual(500);
  expect(recorded).toBeLessThan(files);

  // Killed mid-transfer: files under their final names are whole; only temporary names may hold partial data.
  const expected = await readTree(local);
  const onServer = await remoteTree(server.root);
  let partial = 0;
  for (const [path, bytes] of onServer) {
    if (isTemporaryName(path.slice(path.lastIndexOf('/') + 1))) {
      partial += 1;
      continue;
    }
    expect(bytes.equals(expected.get(path) ?? Buffer.alloc(0)), path).toBe(true);
  }
  expect(onServer.size - partial).toBeLessThan(files);

  const rerun = await runBundle('sync', inputs(), env);
  expect(rerun.stderr).toBe('');
  expect(rerun.exitCode).toBe(0);
  expect(rerun.stdout).toMatch(/Taking over the lock .* left by this same workflow run/);
  expect(rerun.stdout).toContain('The state file is a checkpoint of a sync that did not finish');
  const uploaded = Number(rerun.outputs['uploaded-count']);
  expect(uploaded).toBeLessThanOrEqual(files - recorded);
  expect(uploaded).toBeGreaterThan(0);
  console.log(`killed with ${recorded} files checkpointed and ${partial} temporary files left; the rerun uploaded ${uploaded} of ${files}`);

  expect(sameTree(await remoteTree(server.root), expected)).toBe(true);
  expect((await readdir(join(server.root, 'site'))).filter((name) => name.startsWith('.'))).toEqual(['.ftp-actions-state.json']);
  const final = parseState(await readFile(join(server.root, 'site/.ftp-actions-state.json'), 'utf8'));
  expect('state' in final && final.state.complete).toBe(true);
  expect('state' in final && final.state.files.size).toBe(files);

  const noop = await runBundle('sync', inputs(), env);
  expect(noop.outputs['uploaded-count']).toBe('0');
  expect(noop.outputs.changed).toBe('false');
});

/** A small deterministic generator, so a failing kill point can be replayed from its seed. */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

it.each([11, 23, 37])(
  'killed at a random point (seed %i), a rerun converges to the trees of an undisturbed run',
  { timeout: 90_000 },
  async (seed) => {
    const random = mulberry32(seed);
    // Anywhere from start-up and scanning to the middle of the transfers.
    const killAfterMs = 150 + Math.floor(random() * 1500);
    const remoteDir = `/seed-${seed}`;
    const started = Date.now();
    await runUntilKilled(() => Promise.resolve(Date.now() - started >= killAfterMs), { 'remote-dir': remoteDir });

    const rerun = await runBundle('sync', { ...inputs(), 'remote-dir': remoteDir }, env);
    expect(rerun.stderr).toBe('');
    expect(rerun.exitCode, `seed ${seed}, killed after ${killAfterMs} ms`).toBe(0);
    const expected = await readTree(local);
    const onServer = await remoteTree(server.root, remoteDir.slice(1), true);
    const files = new Map([...onServer].filter(([path]) => !path.startsWith('.ftp-actions-state')));
    expect(sameTree(files, expected), `seed ${seed}, killed after ${killAfterMs} ms`).toBe(true);
    expect([...onServer.keys()].filter((path) => isTemporaryName(path.slice(path.lastIndexOf('/') + 1)))).toEqual([]);
    const again = await runBundle('sync', { ...inputs(), 'remote-dir': remoteDir }, env);
    expect(again.outputs.changed).toBe('false');
  },
);
