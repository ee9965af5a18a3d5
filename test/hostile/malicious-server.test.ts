/**
 * The download and health bundles against a server that lies: names that
 * climb out of local-dir or carry control characters, names longer than
 * any file system allows, a million-entry listing, replies that never
 * end, passive replies pointing at another host. Nothing may be written
 * outside local-dir, memory must stay bounded, no data connection may
 * leave loopback, and every run must end with an error that says why.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  node24,
  peakRssProbe,
  runBundle,
  startScriptedServer,
  type BundleRun,
  type PeakRssProbe,
  type ScriptedServer,
  type ServerScript,
} from '@ftp-actions/test-servers';
import { errorsOf } from '../faults/through-proxy.js';
import { listNames } from '../faults/trees.js';

const password = 'Hostile-Server-Pa55!';
const MiB = 1024 * 1024;

let server: ScriptedServer | undefined;
let sandbox: string;
let local: string;

beforeAll(() => {
  node24();
});
beforeEach(async () => {
  // local-dir sits inside a sandbox: anything escaping it lands beside it, where the test looks.
  sandbox = await mkdtemp(join(tmpdir(), 'hostile-'));
  local = join(sandbox, 'local');
  await mkdir(local);
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(sandbox, { recursive: true, force: true });
});

async function serve(script: ServerScript): Promise<ScriptedServer> {
  server = await startScriptedServer(script);
  return server;
}

function download(target: ScriptedServer, inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<BundleRun> {
  return runBundle(
    'download',
    {
      server: target.host,
      port: String(target.port),
      username: 'deploy',
      password,
      protocol: 'ftp',
      'remote-dir': '/site',
      'local-dir': local,
      timeout: '5',
      ...inputs,
    },
    env,
  );
}

/** A run that failed with exactly one error matching `message`, having written nothing anywhere. */
async function expectRefused(run: BundleRun, message: RegExp): Promise<void> {
  const errors = errorsOf(run);
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(message);
  expect(run.exitCode).toBe(1);
  expect(await listNames(sandbox)).toEqual(['local/']);
}

/** MLSD facts for a file of `size` bytes, then the name. */
const mlsdFile = (name: string, size = 5): string => `type=file;size=${size};modify=20260101000000; ${name}\r\n`;
const unixFile = (name: string, size = 5): string => `-rw-r--r-- 1 ftp ftp ${size} Jan 01 00:00 ${name}\r\n`;

/**
 * What happens to each name: basic-ftp itself drops "." and ".." from both
 * formats and, from MLSD, any name with a "/" (the rest is downloaded); our
 * own check (checkSafeName) refuses the rest with an error naming the entry.
 * Either way nothing lands outside local-dir.
 */
type Outcome = { readonly refused: RegExp } | 'dropped';

describe('names a hostile listing may carry', () => {
  it.each<[string, string, { mlsd: Outcome; list: Outcome }]>([
    [
      'a climb out with ../',
      '../escape.txt',
      { mlsd: 'dropped', list: { refused: /"\.\.\/escape\.txt" in "\/site" that is not a safe file name: it contains "\/"/ } },
    ],
    ['a bare ..', '..', { mlsd: 'dropped', list: 'dropped' }],
    [
      'an absolute path',
      '/etc/passwd',
      { mlsd: 'dropped', list: { refused: /"\/etc\/passwd" in "\/site" that is not a safe file name: it contains "\/"/ } },
    ],
    [
      'a Windows path',
      '..\\..\\escape.txt',
      { mlsd: { refused: /not a safe file name: it contains "\\"/ }, list: { refused: /it contains "\\"/ } },
    ],
    [
      'a NUL',
      'evil\u0000.txt',
      {
        mlsd: { refused: /"evil\\u0000\.txt" in "\/site" that is not a safe file name: it contains a control character/ },
        list: { refused: /it contains a control character/ },
      },
    ],
    [
      'an escape sequence',
      'evil\u001b[2J.txt',
      { mlsd: { refused: /it contains a control character/ }, list: { refused: /it contains a control character/ } },
    ],
    [
      'a name over 4 KiB',
      'n'.repeat(5000),
      { mlsd: { refused: /it is longer than 1024 bytes/ }, list: { refused: /it is longer than 1024 bytes/ } },
    ],
  ])('%s: nothing lands outside local-dir, in MLSD and in LIST', async (_, name, outcomes) => {
    for (const mlsd of [true, false]) {
      await rm(local, { recursive: true, force: true });
      await mkdir(local);
      const line = mlsd ? mlsdFile : unixFile;
      const target = await serve({
        mlsd,
        listing: (path) => (path === '/site' ? [line('fine.txt'), line(name)] : undefined),
        file: (path) => (path === '/site/fine.txt' ? Buffer.from('fine\n') : Buffer.from('owned')),
      });
      const run = await download(target);
      const outcome = mlsd ? outcomes.mlsd : outcomes.list;
      if (outcome === 'dropped') {
        expect(errorsOf(run)).toEqual([]);
        expect(run.exitCode).toBe(0);
        expect(target.commands.filter((command) => command.startsWith('RETR'))).toEqual(['RETR /site/fine.txt']);
        expect(await listNames(sandbox)).toEqual(['local/', 'local/fine.txt']);
      } else {
        await expectRefused(run, outcome.refused);
        expect(target.commands.filter((command) => command.startsWith('RETR'))).toEqual([]);
      }
      await target.close();
    }
  });
});

/** `count` MLSD lines, produced lazily in 64 KiB chunks: the server never holds the listing either. */
function* manyEntries(count: number, line: (index: number) => string): Generator<string> {
  let chunk = '';
  for (let index = 0; index < count; index += 1) {
    chunk += line(index);
    if (chunk.length >= 64 * 1024) {
      yield chunk;
      chunk = '';
    }
  }
  yield chunk;
}

describe('a million-entry listing', () => {
  let rss: PeakRssProbe;
  beforeAll(async () => {
    rss = await peakRssProbe();
  });
  afterAll(async () => {
    await rss.dispose();
  });

  it.each<[string, boolean, (index: number) => string, RegExp]>([
    ['short MLSD lines (27 MB, under the byte limit)', true, (index) => `type=file;size=1; f${index}\r\n`, /has more than 100000 entries/],
    [
      'long LIST lines (70 MB, over the byte limit)',
      false,
      (index) => unixFile(`file-number-${index}.txt`, 1),
      /has more than 40 MiB of text/,
    ],
  ])('is refused within bounded memory: %s', async (_, mlsd, line, message) => {
    const target = await serve({ mlsd, listing: (path) => (path === '/site' ? manyEntries(1_000_000, line) : undefined) });
    const started = performance.now();
    const run = await download(target, {}, rss.env);
    await expectRefused(run, new RegExp(`The listing of "/site" ${message.source}, more than this action will hold in memory`));
    const peak = (await rss.read()).at(-1) ?? Infinity;
    // Node alone is ~50 MB; a listing held whole and parsed reached 2.1 GB before the limits.
    expect(peak).toBeLessThan(300 * MiB);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

describe('replies that never end', () => {
  it('gives up on a greeting past 64 KiB (basic-ftp caps a reply there)', async () => {
    const target = await serve({ endlessReply: { to: 'GREETING', bytes: 4 * MiB } });
    await expectRefused(await download(target), /sent a reply of more than 64 KiB without ending it \(while connecting\)/);
  });

  it('times out on a FEAT reply that stops before its last line', async () => {
    const target = await serve({ endlessReply: { to: 'FEAT', bytes: 10 * 1024 } });
    await expectRefused(await download(target, { timeout: '2', retries: '0' }), /did not answer within 2 s \(while sending a command\)/);
  });

  it('health reports an endless greeting as unfit', async () => {
    const target = await serve({ endlessReply: { to: 'GREETING', bytes: 4 * MiB } });
    const run = await runBundle('health', { server: target.host, port: String(target.port), password, protocol: 'ftp' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.ok).toBe('false');
    expect(run.outputs.message).toMatch(/sent a reply of more than 64 KiB without ending it/);
  });
});

describe('passive replies pointing at another host', () => {
  const content = Buffer.from('served over loopback\n');
  const site = (path: string) => (path === '/site' ? [unixFile('a.txt', content.length)] : undefined);

  it.each<[string, ServerScript]>([
    ['PASV naming 10.0.0.1', { refuseEpsv: true, pasvHost: '10.0.0.1' }],
    ['EPSV naming 10.0.0.1 (where RFC 2428 allows no host), then PASV naming it too', { epsvHost: '10.0.0.1', pasvHost: '10.0.0.1' }],
  ])('connects to the control host instead: %s', async (_, script) => {
    const target = await serve({ ...script, listing: site, file: (path) => (path === '/site/a.txt' ? content : undefined) });
    const run = await download(target);
    expect(errorsOf(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(target.commands).toContain('PASV');
    // The listing and the file both came over data connections the server saw arrive from loopback.
    expect(target.dataConnections).toHaveLength(2);
    for (const seen of target.dataConnections) expect(seen).toMatchObject({ mode: 'passive', clientAddress: '127.0.0.1' });
    expect(await listNames(sandbox)).toEqual(['local/', 'local/a.txt']);
  });
});
