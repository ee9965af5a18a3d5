import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestPki, startFtpSrv, type RunningServer, type TestPki } from '@ftp-actions/test-servers';
import { everythingPrinted, plainFtpFlags, requireBuiltCli, runCli } from './run-cli.js';

const password = 'Cli-Secret-Pa55word!';
let pki: TestPki;
let plain: RunningServer;
let tls: RunningServer;

beforeAll(async () => {
  requireBuiltCli();
  pki = await makeTestPki();
  [plain, tls] = await Promise.all([startFtpSrv({ password }), startFtpSrv({ tls: 'explicit', cert: pki.server, password })]);
  await mkdir(join(plain.root, 'www'));
});
afterAll(async () => {
  await Promise.all([plain.close(), tls.close()]);
});

describe('ftp-actions health against ftp-srv', () => {
  it('passes a fit server: the log, then an aligned table of the outputs, exit 0', async () => {
    const run = await runCli(['health', ...plainFtpFlags(plain), '--path', 'www', '--write-test'], { FTP_ACTIONS_PASSWORD: password });
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('✅ passed: write test');
    expect(run.stdout).toMatch(/^warning: protocol is ftp: the password and every file travel unencrypted/m);
    expect(run.stdout).toContain('\nFTP health outputs:\n');
    expect(run.stdout).toMatch(/^ {2}ok {14}true$/m);
    expect(run.stdout).toMatch(new RegExp(`^ {2}message {9}${plain.host}:${plain.port} is fit for a deploy$`, 'm'));
    expect(run.stdout).toMatch(/^ {2}write-ms {8}\d+$/m);
    expect(run.stdout).toMatch(/^ {2}tls-protocol {4}-$/m);
    // The probe file is gone again.
    expect(await readdir(join(plain.root, 'www'))).toEqual([]);
  });

  it('with --json prints only the outputs on stdout, typed, and the log on stderr', async () => {
    const run = await runCli(['health', '--json', ...plainFtpFlags(plain), '--require-features', 'UTF8'], {
      FTP_ACTIONS_PASSWORD: password,
    });
    expect(run.exitCode).toBe(0);
    const outputs = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(outputs).toMatchObject({
      ok: true,
      message: `${plain.host}:${plain.port} is fit for a deploy`,
      'write-ms': null,
      'working-dir': '/',
    });
    expect(outputs['connect-ms']).toBeGreaterThan(0);
    expect(JSON.parse(String(outputs.features))).toContain('UTF8');
    expect(run.stderr).toContain('✅ passed: features');
  });

  it('reads inputs from FTP_ACTIONS_* variables, multi-line PEM included', async () => {
    const run = await runCli(['health', '--json'], {
      FTP_ACTIONS_SERVER: tls.host,
      FTP_ACTIONS_PORT: String(tls.port),
      FTP_ACTIONS_USERNAME: tls.user,
      FTP_ACTIONS_PASSWORD: password,
      FTP_ACTIONS_TLS_CA: pki.ca.certPem,
      FTP_ACTIONS_MIN_CERT_DAYS: '30',
    });
    expect(run.exitCode).toBe(0);
    const outputs = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(outputs).toMatchObject({ ok: true, 'tls-protocol': 'TLSv1.3' });
    expect(outputs['cert-days-left']).toBeGreaterThanOrEqual(360);
  });

  it('lets a flag beat its variable', async () => {
    const beaten = await runCli(['health', ...plainFtpFlags(plain), '--password', password], { FTP_ACTIONS_PASSWORD: 'not-the-password' });
    expect(beaten.exitCode).toBe(0);
    const beating = await runCli(['health', ...plainFtpFlags(plain), '--password', 'not-the-password'], { FTP_ACTIONS_PASSWORD: password });
    expect(beating.exitCode).toBe(1);
  });

  it('fails with exit 1 on a wrong password, with the reason and what to try', async () => {
    const wrong = `${password}-wrong`;
    const run = await runCli(['health', ...plainFtpFlags(plain)], { FTP_ACTIONS_PASSWORD: wrong });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe(
      `ftp-actions health failed: ${plain.host}:${plain.port} refused the login as "deploy": 530 Invalid username or password\n` +
        'hint: Check the username and password inputs (and that the secret is set for this repository or environment).\n',
    );
    expect(run.stdout).toMatch(/^ {2}ok {14}false$/m);
    expect(everythingPrinted(run)).not.toContain(wrong);
  });

  it('fails with exit 1 and still prints the outputs as JSON', async () => {
    const run = await runCli(['health', '--json', ...plainFtpFlags(plain), '--path', 'missing'], { FTP_ACTIONS_PASSWORD: password });
    expect(run.exitCode).toBe(1);
    const outputs = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(outputs.ok).toBe(false);
    expect(outputs.message).toMatch(/refused the remote path "missing": 550/);
    expect(run.stderr).toMatch(/^ftp-actions health failed: .*refused the remote path "missing": 550/m);
  });
});
