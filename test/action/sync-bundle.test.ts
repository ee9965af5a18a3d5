/**
 * The sync action's committed dist/index.js under Node 24, as the runner
 * runs it: outputs, the job summary, failures reported once, and the
 * password never printed.
 *
 * Plain FTP on purpose: ftp-srv's explicit TLS sometimes answers a client
 * that starts its handshake right after "234" in plain text ("wrong version
 * number"), and a sync opens several connections per run, so FTPS here
 * would make the test flaky without testing anything of the sync's (the
 * health and upload bundle tests cover FTPS).
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { everythingPrinted, node24, runBundle, startFtpSrv, type RunningServer } from '@ftp-actions/test-servers';
import { writeTree } from '../integration/sync-helpers.js';

const password = 'Sync-Pa55word!-never-printed';
let server: RunningServer;
let local: string;

beforeAll(async () => {
  node24();
  server = await startFtpSrv({ password });
  local = await mkdtemp(join(tmpdir(), 'sync-bundle-'));
});
afterAll(async () => {
  await server.close();
  await rm(local, { recursive: true, force: true });
});
beforeEach(async () => {
  for (const dir of [local, server.root])
    for (const name of await readdir(dir)) await rm(join(dir, name), { recursive: true, force: true });
  const tree: Record<string, string> = { 'index.html': '<!doctype html>', 'css/site.css': 'body{}' };
  for (let index = 0; index < 30; index += 1) tree[`posts/post-${index}.html`] = `post ${index}`;
  await writeTree(local, tree);
});

const inputs = (extra: Record<string, string> = {}): Record<string, string> => ({
  server: server.host,
  port: String(server.port),
  username: server.user,
  password,
  protocol: 'ftp',
  'local-dir': local,
  'remote-dir': 'www',
  timeout: '10',
  ...extra,
});

interface PlanOutput {
  direction: string;
  dryRun: boolean;
  compare: string;
  unchanged: number;
  entries: { path: string; type: string; action: string; reason: string }[];
  omitted: number;
}

describe('sync dist/index.js under Node 24', () => {
  it('pushes, writes every output and a summary with the plan, then a no-op run changes nothing', async () => {
    const run = await runBundle('sync', inputs());
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('::warning::protocol is ftp');
    expect(run.outputs).toMatchObject({
      'uploaded-count': '32',
      'downloaded-count': '0',
      'deleted-count': '0',
      'failed-count': '0',
      changed: 'true',
    });
    expect(Number(run.outputs.bytes)).toBeGreaterThan(0);
    expect(Number(run.outputs['duration-ms'])).toBeGreaterThan(0);
    const plan = JSON.parse(run.outputs.plan ?? '{}') as PlanOutput;
    expect(plan).toMatchObject({ direction: 'push', dryRun: false, compare: 'size-time', unchanged: 0, omitted: 0 });
    expect(plan.entries).toContainEqual({ path: 'css/site.css', type: 'file', action: 'upload', reason: 'new' });
    expect(plan.entries).toContainEqual({ path: 'posts', type: 'directory', action: 'mkdir', reason: 'new directory' });
    expect(run.summary.split('\n')[0]).toMatch(/^## ✅ FTP sync \(push\) .* → 127\.0\.0\.1:\/www: 32 uploaded, 0 deleted$/);
    expect(run.summary).toContain('> No state file at /www/.ftp-actions-state.json yet: compared by size and time this once');
    expect(run.summary).toContain('<details><summary>Uploaded (32)</summary>');
    expect(run.summary).toContain('| css/site.css | new |');
    expect(run.summary).toContain('### Directories made (2)');
    expect(everythingPrinted(run)).not.toContain(password);

    await writeFile(join(local, 'index.html'), '<!doctype html><title>v2</title>');
    const second = await runBundle('sync', inputs());
    expect(second.exitCode).toBe(0);
    expect(second.outputs).toMatchObject({ 'uploaded-count': '1', 'skipped-count': '31', changed: 'true' });
    const secondPlan = JSON.parse(second.outputs.plan ?? '{}') as PlanOutput;
    expect(secondPlan).toMatchObject({
      compare: 'manifest',
      unchanged: 31,
      entries: [{ path: 'index.html', action: 'upload', reason: 'size changed since the last sync (15 → 32 bytes)' }],
    });

    const third = await runBundle('sync', inputs());
    expect(third.outputs).toMatchObject({ 'uploaded-count': '0', changed: 'false' });
    expect(third.summary).toContain('Nothing to change.');
  });

  it('a dry run says so at the top, reports the plan in the outputs and changes nothing', async () => {
    const run = await runBundle('sync', inputs({ 'dry-run': 'true' }));
    expect(run.exitCode).toBe(0);
    expect(run.summary.split('\n')[0]).toBe('## 🔎 Dry run: nothing was changed');
    expect(run.outputs).toMatchObject({ 'uploaded-count': '32', changed: 'true', bytes: '0' });
    expect((JSON.parse(run.outputs.plan ?? '{}') as PlanOutput).dryRun).toBe(true);
    expect(run.summary).toContain('<details><summary>Would upload (32)</summary>');
    expect(await readdir(server.root)).toEqual([]);
    expect(everythingPrinted(run)).not.toContain(password);
  });

  it('fails the step once when a guard refuses, with the plan still reported', async () => {
    await runBundle('sync', inputs());
    for (let index = 0; index < 30; index += 1) await rm(join(local, `posts/post-${index}.html`));
    const run = await runBundle('sync', inputs({ delete: 'true' }));
    expect(run.exitCode).toBe(1);
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    // Workflow commands encode '%' as %25.
    expect(errors[0]).toContain("Refusing to delete 30 of the target's 32 files (94%25): more than max-delete allows (50%25)");
    expect(run.summary).toContain("**Reason:** Refusing to delete 30 of the target's 32 files (94%): more than max-delete allows (50%)");
    expect(run.summary).toContain('**Try:**');
    expect(run.outputs['deleted-count']).toBe('0');
    expect((JSON.parse(run.outputs.plan ?? '{}') as PlanOutput).entries.filter((entry) => entry.action === 'delete')).toHaveLength(30);
    expect(everythingPrinted(run)).not.toContain(password);
  });

  it('refuses bad and conflicting inputs together, by name, before touching the server', async () => {
    const run = await runBundle('sync', {
      ...inputs(),
      direction: 'sideways',
      'max-delete': 'lots',
      'lock-timeout': '-1',
      'local-dir': '',
    });
    expect(run.exitCode).toBe(1);
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    for (const input of ['direction', 'max-delete', 'lock-timeout', 'local-dir']) expect(errors[0]).toContain(`  - ${input}: `);
    expect(run.outputs).toEqual({});

    const conflicting = await runBundle('sync', { ...inputs(), direction: 'pull', compare: 'manifest' });
    expect(conflicting.exitCode).toBe(1);
    expect(conflicting.summary).toMatch(
      /\| compare \| manifest works only with direction push \(the state file records what a push sent\); for pull use size-time, size or checksum \|/,
    );
    const verify = await runBundle('sync', { ...inputs(), compare: 'size', 'verify-remote': 'true' });
    expect(verify.summary).toMatch(/\| verify-remote \| applies only to compare manifest, but compare is size \|/);
    expect(everythingPrinted(run)).not.toContain(password);
    expect(await readdir(server.root)).toEqual([]);
  });
});
