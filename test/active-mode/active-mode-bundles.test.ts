/**
 * data-mode: active with the real bundles, on ftp-srv and on every real
 * server, in plain FTP and in explicit FTPS (the client is still the TLS
 * client on data connections the server opens, resuming the control
 * session as vsftpd and ProFTPD require): an upload and a download of a
 * tree with an empty file and a multi-megabyte one, compared byte for byte,
 * and the protocol trace showing PORT, never EPSV or PASV.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  makeTestPki,
  node24,
  realServersAvailable,
  runBundle,
  startFtpSrv,
  startRealServer,
  type BundleRun,
  type RealServerKind,
  type TestPki,
} from '@ftp-actions/test-servers';
import { sampleTree, writeTree } from '../integration/transfer-helpers.js';
import { errorsOf } from '../faults/through-proxy.js';
import { expectTree, treeOf } from '../faults/trees.js';

type Kind = 'ftp-srv' | RealServerKind;
type Tls = 'none' | 'explicit';

interface Target {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password: string;
  readonly root: string;
  close(): Promise<void>;
}

const tree = treeOf({ ...sampleTree, 'assets/big.bin': Buffer.alloc(3 * 1024 * 1024 + 17, 0x5a) });
const availability = realServersAvailable();
const suffix = availability.available ? '' : ` — real servers SKIPPED: ${availability.reason ?? 'unavailable'}`;
if (!availability.available) console.warn(`[active mode]${suffix}`);

const kinds: readonly Kind[] = availability.available ? ['ftp-srv', 'vsftpd', 'pure-ftpd', 'proftpd'] : ['ftp-srv'];
const cells = kinds.flatMap((kind) => (['none', 'explicit'] as const).map((tls): [Kind, Tls] => [kind, tls]));

let pki: TestPki;
beforeAll(async () => {
  node24();
  pki = await makeTestPki();
});

async function start(kind: Kind, tls: Tls): Promise<Target> {
  if (kind === 'ftp-srv') return startFtpSrv(tls === 'none' ? {} : { tls, cert: pki.server });
  return startRealServer(tls === 'none' ? { kind, tls } : { kind, tls, cert: pki.server });
}

/** The FTP commands of a debug-level run ("> PORT …"). */
function commandsOf(run: BundleRun): string[] {
  return run.stdout
    .split('\n')
    .map((line) => /^\[debug\] > (\S+)/.exec(line)?.[1])
    .filter((verb) => verb !== undefined);
}

describe.each(cells)(`data-mode active on %s, TLS %s${suffix}`, (kind, tls) => {
  let target: Target;
  let local: string;
  beforeEach(async () => {
    target = await start(kind, tls);
    local = await mkdtemp(join(tmpdir(), 'active-mode-'));
  });
  afterEach(async () => {
    await target.close();
    await rm(local, { recursive: true, force: true });
  });

  const inputs = (): Record<string, string> => ({
    server: target.host,
    port: String(target.port),
    username: target.user,
    password: target.password,
    protocol: tls === 'none' ? 'ftp' : 'ftps',
    ...(tls === 'none' ? {} : { 'tls-ca': pki.ca.certPem }),
    'data-mode': 'active',
    'log-level': 'debug',
  });

  it('uploads and downloads a tree byte for byte, every data connection opened by the server', async () => {
    await writeTree(join(local, 'up'), Object.fromEntries(tree));
    const upload = await runBundle('upload', { ...inputs(), 'local-dir': join(local, 'up'), 'remote-dir': 'site' });
    expect(errorsOf(upload)).toEqual([]);
    expect(upload.exitCode).toBe(0);
    await expectTree(join(target.root, 'site'), tree);

    const download = await runBundle('download', { ...inputs(), 'remote-dir': 'site', 'local-dir': join(local, 'down') });
    expect(errorsOf(download)).toEqual([]);
    expect(download.exitCode).toBe(0);
    await expectTree(join(local, 'down'), tree);

    for (const run of [upload, download]) {
      const verbs = commandsOf(run);
      expect(verbs).toContain('PORT');
      expect(verbs.filter((verb) => verb === 'EPSV' || verb === 'PASV')).toEqual([]);
      expect(run.stdout).toMatch(/The server opened the data connection from 127\.0\.0\.1:\d+/);
    }
  });
});
