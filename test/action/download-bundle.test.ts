import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
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

const password = 'D0wnload-Secret-Pa55!';
let pki: TestPki;
let server: RunningServer;
let target: string;

beforeAll(async () => {
  node24();
  pki = await makeTestPki();
  server = await startFtpSrv({ tls: 'implicit', cert: pki.server, password });
  await writeTree(join(server.root, 'artifacts'), sampleTree);
  await writeFile(join(server.root, 'artifacts', 'VERSION'), 'v9.8.7\n');
  await writeFile(join(server.root, 'big.txt'), Buffer.alloc(1024 * 1024 + 1, 'a'));
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  target = await mkdtemp(join(tmpdir(), 'download-target-'));
});
afterEach(async () => {
  await rm(target, { recursive: true, force: true });
});

const connection = () => ({
  server: server.host,
  port: String(server.port),
  username: server.user,
  password,
  protocol: 'ftps-implicit',
  'tls-ca': pki.ca.certPem,
});

describe('download dist/index.js under Node 24', () => {
  it('downloads a whole tree over implicit FTPS byte for byte', async () => {
    const run = await runBundle('download', { ...connection(), 'remote-dir': '/artifacts', 'local-dir': target });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const expected = new Map(Object.entries({ ...sampleTree, VERSION: 'v9.8.7\n' }).map(([path, content]) => [path, Buffer.from(content)]));
    expect(sameTree(await readTree(target), expected)).toBe(true);
    expect(run.outputs['downloaded-count']).toBe(String(expected.size));
    expect(JSON.parse(run.outputs.files ?? '[]')).toContain(join(target, 'css', 'site.css'));
    expect(run.summary).toMatch(/^## ✅ FTP download: 10 downloaded, 0 skipped, 0 failed/m);
    expect(everythingPrinted(run)).not.toContain(password);
  });

  it('takes only the files the patterns select, relative to a local-dir in the workspace', async () => {
    const run = await runBundle('download', {
      ...connection(),
      'remote-dir': 'artifacts',
      files: '**/*.css\n**/*.js\n!js/**',
      'local-dir': target,
    });
    expect(run.exitCode).toBe(0);
    expect([...(await readTree(target)).keys()]).toEqual(['css/site.css']);
  });

  it('does not descend with recursive: false', async () => {
    const run = await runBundle('download', { ...connection(), 'remote-dir': 'artifacts', recursive: 'false', 'local-dir': target });
    expect(run.exitCode).toBe(0);
    expect([...(await readTree(target)).keys()].every((path) => !path.includes('/'))).toBe(true);
  });

  it('skips unchanged files with overwrite: if-different on the second run', async () => {
    await runBundle('download', { ...connection(), 'remote-dir': 'artifacts', 'local-dir': target, 'preserve-mtime': 'true' });
    const again = await runBundle('download', {
      ...connection(),
      'remote-dir': 'artifacts',
      'local-dir': target,
      overwrite: 'if-different',
    });
    expect(again.exitCode).toBe(0);
    expect(again.outputs['downloaded-count']).toBe('0');
    expect(again.outputs['skipped-count']).toBe('10');
  });

  it('reads a small file into the content output without writing it', async () => {
    const run = await runBundle('download', {
      ...connection(),
      'remote-dir': 'artifacts',
      'remote-file': 'VERSION',
      'to-output': 'true',
      'local-dir': target,
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.content).toBe('v9.8.7\n');
    expect(await readdir(target)).toEqual([]);
  });

  it('refuses a file over 1 MiB for the content output', async () => {
    const run = await runBundle('download', { ...connection(), 'remote-dir': '/', 'remote-file': 'big.txt', 'to-output': 'true' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::.*big\.txt.*1 MiB|::error::.*1048576/);
  });

  it('a dry run lists what it would fetch and writes nothing', async () => {
    const run = await runBundle('download', { ...connection(), 'remote-dir': 'artifacts', 'local-dir': target, 'dry-run': 'true' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['downloaded-count']).toBe('10');
    expect(run.stdout).toContain('Would download /artifacts/index.html');
    expect(await readdir(target)).toEqual([]);
  });

  it('names a remote-dir that does not exist', async () => {
    const run = await runBundle('download', { ...connection(), 'remote-dir': 'no-such-dir', 'local-dir': target });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::.*\/no-such-dir/);
    expect(await readdir(target)).toEqual([]);
  });

  it('refuses bad inputs by name', async () => {
    const run = await runBundle('download', { ...connection(), 'remote-dir': 'a\nb', 'to-output': 'true', recursive: 'perhaps' });
    expect(run.exitCode).toBe(1);
    const error = run.stdout.split('\n').find((line) => line.startsWith('::error::')) ?? '';
    expect(error).toContain('  - remote-dir: ');
    expect(error).toContain('  - recursive: ');
  });
});
