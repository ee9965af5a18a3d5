/**
 * protocol ftps against a server that offers no TLS, or only pretends to:
 * refused before the user name is sent, never carried on in clear. With
 * ftp-srv (behind the fault proxy, which records every command), with a
 * scripted server that says "234" to AUTH TLS and goes on in plain text
 * (a downgrading man in the middle), and with a real pure-ftpd.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  everythingPrinted,
  makeTestPki,
  node24,
  realServersAvailable,
  runBundle,
  startFaultProxy,
  startFtpSrv,
  startRealServer,
  startScriptedServer,
  type BundleRun,
  type FaultProxy,
  type RunningServer,
  type TestPki,
} from '@ftp-actions/test-servers';
import { sampleTree, writeTree } from '../integration/transfer-helpers.js';
import { errorsOf } from '../faults/through-proxy.js';
import { listNames } from '../faults/trees.js';

const password = 'Never-In-Clear-Pa55!';
const actions = ['health', 'upload', 'download'] as const;
type Action = (typeof actions)[number];

let pki: TestPki;
let local: string;

beforeAll(async () => {
  node24();
  pki = await makeTestPki();
  local = await mkdtemp(join(tmpdir(), 'tls-downgrade-'));
  await writeTree(local, sampleTree);
});
afterAll(async () => {
  await rm(local, { recursive: true, force: true });
});

function run(action: Action, target: { host: string; port: number }, protocol: 'ftps' | 'ftps-implicit'): Promise<BundleRun> {
  const connection = { server: target.host, port: String(target.port), username: 'deploy', password, protocol, 'tls-ca': pki.ca.certPem };
  return runBundle(action, action === 'health' ? connection : { ...connection, 'remote-dir': 'site', 'local-dir': local });
}

/** Failed once, naming TLS, and the password was not printed either. */
function expectRefused(result: BundleRun, message: RegExp): void {
  expect(result.exitCode).toBe(1);
  const errors = errorsOf(result);
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(message);
  expect(everythingPrinted(result)).not.toContain(password);
}

describe('ftp-srv without TLS', () => {
  let server: RunningServer;
  let proxy: FaultProxy;
  let before: string[];
  beforeAll(async () => {
    server = await startFtpSrv({ password });
    await writeTree(join(server.root, 'site'), sampleTree);
    proxy = await startFaultProxy({ host: server.host, port: server.port });
    before = await listNames(server.root);
  });
  afterAll(async () => {
    // No run may have logged in: the user name and password never crossed in clear.
    expect(proxy.commands.filter((command) => /^(USER|PASS)/.test(command))).toEqual([]);
    expect(await listNames(server.root)).toEqual(before);
    await proxy.close();
    await server.close();
  });

  it.each(actions)('%s with protocol ftps is refused at AUTH TLS', async (action) => {
    const result = await run(action, proxy, 'ftps');
    expectRefused(result, /^127\.0\.0\.1:\d+ does not offer explicit TLS: AUTH TLS was answered "\d{3} /);
    expect(proxy.commands).toContain('AUTH TLS');
  });

  it.each(actions)('%s with protocol ftps-implicit fails the handshake', async (action) => {
    expectRefused(await run(action, proxy, 'ftps-implicit'), /TLS negotiation with 127\.0\.0\.1:\d+ failed/);
  });
});

describe('a server that accepts AUTH TLS and goes on in plain text', () => {
  it.each(actions)('%s fails the handshake and never sends USER', async (action) => {
    const server = await startScriptedServer({ fakeAuthTls: true, listing: () => [] });
    try {
      expectRefused(await run(action, server, 'ftps'), /TLS negotiation with 127\.0\.0\.1:\d+ failed/);
      // After AUTH TLS the server only received the TLS handshake's bytes (read here as garbled lines).
      expect(server.commands[0]).toBe('AUTH TLS');
      expect(server.commands.filter((command) => /^(USER|PASS)\b/.test(command))).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

const availability = realServersAvailable();
const suffix = availability.available ? '' : ` — SKIPPED: ${availability.reason ?? 'real servers unavailable'}`;
if (!availability.available) console.warn(`[hostile] TLS downgrade on pure-ftpd${suffix}`);

describe.skipIf(!availability.available)(`pure-ftpd without TLS${suffix}`, () => {
  it.each(actions)('%s with protocol ftps is refused at AUTH TLS, changing nothing', async (action) => {
    const server = await startRealServer({ kind: 'pure-ftpd', tls: 'none' });
    try {
      await writeTree(join(server.root, 'site'), sampleTree);
      const before = await listNames(server.root);
      expectRefused(await run(action, server, 'ftps'), /^127\.0\.0\.1:\d+ does not offer explicit TLS: AUTH TLS was answered "5\d\d /);
      expect(await listNames(server.root)).toEqual(before);
    } finally {
      await server.close();
    }
  });
});
