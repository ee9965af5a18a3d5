import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  everythingPrinted,
  makeTestPki,
  node24,
  runBundle,
  startFtpSrv,
  type RunningServer,
  type TestPki,
} from '@ftp-actions/test-servers';
import { readTree, sameTree, sampleTree, writeTree } from '../integration/transfer-helpers.js';

const password = 'Upl0ad-Secret-Pa55!';
let pki: TestPki;
let server: RunningServer;
let readOnly: RunningServer;
let site: string;

beforeAll(async () => {
  node24();
  pki = await makeTestPki();
  server = await startFtpSrv({ tls: 'explicit', cert: pki.server, password });
  readOnly = await startFtpSrv({ readOnly: true, password });
  site = await mkdtemp(join(tmpdir(), 'upload-site-'));
  await writeTree(site, sampleTree);
  await writeTree(site, { 'node_modules/skip/me.js': 'x', 'notes.tmp': 'temporary' });
});
afterAll(async () => {
  await Promise.all([server.close(), readOnly.close(), rm(site, { recursive: true, force: true })]);
});

const connection = () => ({
  server: server.host,
  port: String(server.port),
  username: server.user,
  password,
  'tls-ca': pki.ca.certPem,
  concurrency: '4',
});

describe('upload dist/index.js under Node 24', () => {
  it('uploads a site over FTPS byte for byte, keeping the structure, with no temporary files left', async () => {
    const run = await runBundle('upload', {
      ...connection(),
      'local-dir': site,
      files: '**\n!node_modules/**\n!**/*.tmp',
      'remote-dir': 'www/site',
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const expected = new Map(Object.entries(sampleTree).map(([path, content]) => [path, Buffer.from(content)]));
    expect(sameTree(await readTree(join(server.root, 'www/site')), expected)).toBe(true);
    expect(run.outputs['uploaded-count']).toBe(String(expected.size));
    expect(Number(run.outputs['uploaded-bytes'])).toBe([...expected.values()].reduce((sum, bytes) => sum + bytes.length, 0));
    expect(run.outputs['skipped-count']).toBe('0');
    expect(run.outputs['failed-count']).toBe('0');
    expect(JSON.parse(run.outputs.files ?? '[]')).toContain('/www/site/css/fonts/deep/font.bin');
    expect(Number(run.outputs.throughput)).toBeGreaterThan(0);
    expect(run.summary).toMatch(/^## ✅ FTP upload: 9 uploaded, 0 skipped, 0 failed/m);
    expect(run.summary).toContain('| remote dir | /www/site |');
    expect(everythingPrinted(run)).not.toContain(password);
  });

  it('skips files of the same size with overwrite: if-different', async () => {
    const run = await runBundle('upload', {
      ...connection(),
      'local-dir': site,
      files: 'css/**',
      'remote-dir': 'www/site',
      overwrite: 'if-different',
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['uploaded-count']).toBe('0');
    expect(run.outputs['skipped-count']).toBe('2');
  });

  it('writes content to remote-file without a local file', async () => {
    const run = await runBundle('upload', { ...connection(), 'remote-dir': 'www', content: 'v1.2.3\n', 'remote-file': 'version.txt' });
    expect(run.exitCode).toBe(0);
    expect((await readTree(join(server.root, 'www'))).get('version.txt')?.toString()).toBe('v1.2.3\n');
  });

  it('a dry run lists what it would send and changes nothing', async () => {
    const run = await runBundle('upload', {
      ...connection(),
      'local-dir': site,
      files: '**/*.md',
      'remote-dir': 'dry/run',
      'dry-run': 'true',
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['uploaded-count']).toBe('1');
    expect(run.stdout).toContain('Would upload /dry/run/docs/a b/c d.md');
    expect(run.summary).toMatch(/^## 🔍 FTP upload \(dry run\)/m);
    expect(await readdir(server.root)).not.toContain('dry');
  });

  it('fails with every file and the server reply when the server refuses writes', async () => {
    const run = await runBundle('upload', {
      server: readOnly.host,
      port: String(readOnly.port),
      username: readOnly.user,
      password,
      protocol: 'ftp',
      'local-dir': site,
      files: 'js/**\nindex.html',
      'remote-dir': '/',
      retries: '0',
    });
    expect(run.exitCode).toBe(1);
    const error = run.stdout.split('\n').find((line) => line.startsWith('::error::')) ?? '';
    expect(error).toMatch(/2 of 2 files failed to upload/);
    expect(error).toMatch(/\/index.html: .*550/);
    expect(error).toMatch(/\/js\/app.js: .*550/);
    expect(run.outputs['failed-count']).toBe('2');
    expect(run.summary).toContain('### Failures');
    expect(await readdir(readOnly.root)).toEqual([]);
  });

  it('refuses bad inputs by name and touches nothing', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'upload-empty-'));
    const run = await runBundle('upload', {
      ...connection(),
      'remote-dir': '',
      content: 'x',
      overwrite: 'sometimes',
      atomic: 'maybe',
      'local-dir': empty,
    });
    expect(run.exitCode).toBe(1);
    const error = run.stdout.split('\n').find((line) => line.startsWith('::error::')) ?? '';
    for (const input of ['remote-dir', 'overwrite', 'atomic']) expect(error).toContain(`  - ${input}: `);
    expect(everythingPrinted(run)).not.toContain(password);
    await rm(empty, { recursive: true });
  });

  it('says so when no file matches', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'upload-none-'));
    await mkdir(join(empty, 'sub'));
    await writeFile(join(empty, 'sub', 'a.txt'), 'a');
    const run = await runBundle('upload', { ...connection(), 'local-dir': empty, files: '*.html', 'remote-dir': 'none' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::No files matched the files patterns/);
    await rm(empty, { recursive: true });
  });
});
