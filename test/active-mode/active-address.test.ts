/**
 * What active mode announces, seen by a scripted server that connects
 * wherever it is told: the control connection's own address by default
 * (PORT for IPv4, EPRT |2| for IPv6), active-address when given, and a
 * clear failure when nobody listens at the announced address.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  node24,
  runBundle,
  startFtpSrv,
  startScriptedServer,
  type ScriptedServer,
  type ScriptedServerOptions,
} from '@ftp-actions/test-servers';
import { errorsOf } from '../faults/through-proxy.js';
import { expectTree, listNames, treeOf } from '../faults/trees.js';

const content = Buffer.from('fetched over a connection the server opened\n');
let server: ScriptedServer | undefined;
let local: string;

beforeAll(() => {
  node24();
});
beforeEach(async () => {
  local = await mkdtemp(join(tmpdir(), 'active-address-'));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(local, { recursive: true, force: true });
});

async function serve(options: ScriptedServerOptions = {}): Promise<ScriptedServer> {
  server = await startScriptedServer(
    {
      listing: (path) => (path === '/site' ? [`-rw-r--r-- 1 ftp ftp ${content.length} Jan 01 00:00 a.txt\r\n`] : undefined),
      file: (path) => (path === '/site/a.txt' ? content : undefined),
    },
    options,
  );
  return server;
}

function download(target: ScriptedServer, inputs: Record<string, string> = {}) {
  return runBundle('download', {
    server: target.host,
    port: String(target.port),
    password: 'Active-Address-Pa55!',
    protocol: 'ftp',
    'data-mode': 'active',
    'remote-dir': '/site',
    'local-dir': local,
    ...inputs,
  });
}

describe('active mode announces', () => {
  it('the given active-address, in PORT', async () => {
    const target = await serve();
    const run = await download(target, { 'active-address': '127.0.0.1' });
    expect(errorsOf(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    await expectTree(local, treeOf({ 'a.txt': content }));
    const ports = target.commands.filter((command) => command.startsWith('PORT '));
    expect(ports).toHaveLength(2);
    for (const port of ports) expect(port).toMatch(/^PORT 127,0,0,1,\d{1,3},\d{1,3}$/);
    expect(target.commands.filter((command) => /^(EPSV|PASV)/.test(command))).toEqual([]);
    expect(target.dataConnections.map((seen) => seen.mode)).toEqual(['active', 'active']);
  });

  it('its IPv6 address in EPRT |2|', async () => {
    const target = await serve({ host: '::1' });
    const run = await download(target);
    expect(errorsOf(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    await expectTree(local, treeOf({ 'a.txt': content }));
    expect(target.commands.filter((command) => command.startsWith('EPRT '))).toEqual([
      expect.stringMatching(/^EPRT \|2\|::1\|\d+\|$/),
      expect.stringMatching(/^EPRT \|2\|::1\|\d+\|$/),
    ]);
  });

  it('an address nobody listens on: the server cannot connect, and the run says so', async () => {
    const target = await serve();
    // 127.0.0.3 is loopback too, but the runner listens on 127.0.0.1 only.
    const run = await download(target, { 'active-address': '127.0.0.3', retries: '0' });
    expect(run.exitCode).toBe(1);
    const errors = errorsOf(run);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^The server could not open a data connection to list "\/site": 425 .*127\.0\.0\.3:\d+/);
    expect(errors[0]).toContain('check active-address');
    expect(await listNames(local)).toEqual([]);
  });

  it('another address to a server that refuses it: the refusal of active mode is named', async () => {
    const ftpSrv = await startFtpSrv();
    try {
      const run = await runBundle('download', {
        server: ftpSrv.host,
        port: String(ftpSrv.port),
        username: ftpSrv.user,
        password: ftpSrv.password,
        protocol: 'ftp',
        'data-mode': 'active',
        'active-address': '127.0.0.3',
        'remote-dir': '/',
        'local-dir': local,
      });
      expect(run.exitCode).toBe(1);
      const errors = errorsOf(run);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(
        /^The server refused active mode: it answered "500 The given address is not yours" to PORT 127,0,0,3,\d+,\d+/,
      );
      expect(errors[0]).toContain('leave active-address empty');
    } finally {
      await ftpSrv.close();
    }
  });
});
