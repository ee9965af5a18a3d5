import { describe, expect, it } from 'vitest';
import { AuthenticationError, type ProbeResult } from '@ftp-actions/core';
import { parseHealthInputs } from '../src/inputs.js';
import { healthOutputs, healthSummary } from '../src/run.js';
import { readActionYml } from '@ftp-actions/test-servers';

const settings = parseHealthInputs({ server: 'ftp.example.com', username: 'deploy', password: 'hunter2-secret' });

const fit: ProbeResult = {
  ok: true,
  message: 'ftp.example.com:21 is fit for a deploy',
  failure: undefined,
  steps: [{ name: 'connect', status: 'passed', detail: 'ftp.example.com:21 in 12 ms, TLSv1.3' }],
  attemptsUsed: 1,
  connectMs: 12.4,
  loginMs: 30.6,
  listMs: 5,
  writeMs: undefined,
  features: ['MLST size*;modify*;', 'UTF8'],
  tls: {
    protocol: 'TLSv1.3',
    cipher: 'TLS_AES_256_GCM_SHA384',
    certificate: { subject: 'CN=ftp.example.com', issuer: 'CN=Test CA', validTo: new Date('2027-01-01T00:00:00Z'), fingerprint256: 'AB' },
  },
  certDaysLeft: 37,
  system: 'UNIX Type: L8',
  workingDir: '/home/deploy',
};

describe('health outputs', () => {
  it('sets exactly the outputs action.yml declares', async () => {
    const yml = await readActionYml('health');
    expect(Object.keys(healthOutputs(fit)).sort()).toEqual(Object.keys(yml.outputs ?? {}).sort());
  });

  it('rounds timings and writes features as JSON', () => {
    const outputs = healthOutputs(fit);
    expect(outputs['connect-ms']).toBe(12);
    expect(outputs['login-ms']).toBe(31);
    expect(outputs['write-ms']).toBeUndefined();
    expect(JSON.parse(String(outputs.features))).toEqual(['MLST size*;modify*;', 'UTF8']);
    expect(outputs['cert-expires']).toBe('2027-01-01T00:00:00.000Z');
  });
});

describe('health summary', () => {
  it('leads with the verdict and shows the measurements', () => {
    const summary = healthSummary(settings, fit);
    expect(summary.split('\n')[0]).toBe('## ✅ FTP health: ftp.example.com:21 is fit for a deploy');
    expect(summary).toContain('| TLS | TLSv1.3, TLS_AES_256_GCM_SHA384 |');
    expect(summary).toContain('| certificate expires | 2027-01-01T00:00:00.000Z (37 days left) |');
    expect(summary).not.toContain('**Reason:**');
  });

  it('on failure gives the reason and what to try, escaping table characters', () => {
    const failure = new AuthenticationError('ftp.example.com:21 refused the login as "deploy": 530 Login | incorrect', {
      hint: 'Check the username and password inputs.',
    });
    const summary = healthSummary(settings, {
      ...fit,
      ok: false,
      message: failure.message,
      failure,
      steps: [{ name: 'connect and log in', status: 'failed', detail: failure.message }],
    });
    expect(summary.split('\n')[0]).toBe('## ❌ FTP health: ftp.example.com:21 is not fit for a deploy');
    expect(summary).toContain('**Reason:** ftp.example.com:21 refused the login as "deploy": 530 Login \\| incorrect');
    expect(summary).toContain('**Try:** Check the username and password inputs.');
    expect(summary).toContain('| connect and log in | ❌ failed |');
    expect(summary).not.toContain('hunter2-secret');
  });
});
