import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestPki, startFtpSrv, type RunningServer, type TestPki } from '@ftp-actions/test-servers';
import { everythingPrinted, node24, runBundle } from '@ftp-actions/test-servers';

const password = 'Sup3r-Secret-Pa55word!';
let pki: TestPki;
let tlsServer: RunningServer;
let plainServer: RunningServer;

beforeAll(async () => {
  node24();
  pki = await makeTestPki();
  tlsServer = await startFtpSrv({ tls: 'explicit', cert: pki.server, password });
  plainServer = await startFtpSrv({ password });
  await mkdir(join(tlsServer.root, 'www'));
});
afterAll(async () => {
  await Promise.all([tlsServer.close(), plainServer.close()]);
});

const tlsInputs = () => ({
  server: tlsServer.host,
  port: String(tlsServer.port),
  username: tlsServer.user,
  password,
  'tls-ca': pki.ca.certPem,
  timeout: '10',
});

describe('health dist/index.js under Node 24, as the runner runs it', () => {
  it('passes a fit FTPS server and writes every output and the summary', async () => {
    const run = await runBundle('health', {
      ...tlsInputs(),
      path: 'www',
      'write-test': 'true',
      'require-features': 'UTF8',
      'min-cert-days': '30',
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const { outputs } = run;
    expect(outputs.ok).toBe('true');
    expect(outputs.message).toBe(`${tlsServer.host}:${tlsServer.port} is fit for a deploy`);
    for (const name of ['connect-ms', 'login-ms', 'list-ms', 'write-ms', 'cert-days-left'])
      expect(Number(outputs[name])).toBeGreaterThanOrEqual(0);
    expect(outputs['tls-protocol']).toBe('TLSv1.3');
    expect(outputs['tls-cipher']).toMatch(/^TLS_/);
    expect(outputs['cert-subject']).toContain('CN=');
    expect(new Date(outputs['cert-expires'] ?? '').getTime()).toBeGreaterThan(Date.now());
    expect(JSON.parse(outputs.features ?? '[]')).toContain('UTF8');
    expect(outputs.system).toMatch(/UNIX/);
    expect(outputs['working-dir']).toBe('/');
    expect(run.summary).toContain('## ✅ FTP health');
    expect(run.summary).toMatch(/\| write test \| ✅ passed \|/);
    expect(await readdir(join(tlsServer.root, 'www'))).toEqual([]);
    expect(everythingPrinted(run)).not.toContain(password);
  });

  it('fails the step on a wrong password, once, with the reason and a fix, and never prints the password', async () => {
    const wrong = `${password}-wrong`;
    const run = await runBundle('health', { ...tlsInputs(), password: wrong });
    expect(run.exitCode).toBe(1);
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/refused the login as "deploy": 530/);
    expect(errors[0]).toMatch(/Check the username and password inputs/);
    expect(run.outputs.ok).toBe('false');
    expect(run.summary).toContain('## ❌ FTP health');
    expect(run.summary).toContain('**Try:**');
    expect(run.stdout).toContain(`::add-mask::${wrong}`);
    expect(everythingPrinted(run)).not.toContain(wrong);
    expect(everythingPrinted(run)).not.toContain(password);
  });

  it('at log-level debug shows the protocol with the password replaced', async () => {
    const run = await runBundle('health', { ...tlsInputs(), 'log-level': 'debug', 'write-test': 'true' });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('[debug] > AUTH TLS');
    expect(run.stdout).toContain('[debug] > PASS ###');
    expect(run.stdout).toContain('[debug] > PROT P');
    expect(everythingPrinted(run)).not.toContain(password);
  });

  it('over plain FTP warns that the password travels in clear', async () => {
    const run = await runBundle('health', {
      server: plainServer.host,
      port: String(plainServer.port),
      username: plainServer.user,
      password,
      protocol: 'ftp',
    });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/::warning::protocol is ftp: the password and every file travel unencrypted/);
    expect(run.outputs['tls-protocol']).toBe('');
  });

  it('with fail-on-error false only sets the outputs', async () => {
    const run = await runBundle('health', { ...tlsInputs(), path: 'missing', 'fail-on-error': 'false' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.ok).toBe('false');
    expect(run.outputs.message).toMatch(/refused the remote path "missing": 550/);
    expect(run.stdout).toMatch(/::warning::.*fail-on-error is false/);
  });

  it('refuses bad inputs together, by name, before touching the server', async () => {
    const run = await runBundle('health', {
      server: 'ftp://example.com',
      port: '0',
      protocol: 'sftp',
      'write-test': 'yes',
      attempts: '0',
      password,
    });
    expect(run.exitCode).toBe(1);
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    for (const input of ['server', 'port', 'protocol', 'write-test', 'attempts']) expect(errors[0]).toContain(`  - ${input}: `);
    expect(run.summary).toMatch(/\| write-test \| expected true or false, got "yes" \|/);
    expect(run.outputs).toEqual({});
    expect(everythingPrinted(run)).not.toContain(password);
  });
});
