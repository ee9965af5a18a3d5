/**
 * ftp-srv wraps the control socket in TLS some event-loop turns after it
 * wrote "234" to AUTH TLS, so a client in another process, starting its
 * handshake at once, had its ClientHello read as a plain command whenever
 * the test process was busy: "wrong version number" (seen in the interop
 * matrix, which runs several bundles at once). startFtpSrv now upgrades in
 * the same turn (packages/test-servers/src/ftp-srv-auth-tls.ts); without
 * that, most of the logins below fail.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestPki, startFtpSrv, type RunningServer, type TestPki } from '@ftp-actions/test-servers';

const basicFtp = createRequire(import.meta.url).resolve('basic-ftp');

// Logs in over explicit FTPS `rounds` times, 8 clients at a time, from a
// process of its own (as the action bundles do); prints how many failed and why.
const CLIENT = `
const { Client } = require(process.argv[1]);
const [port, ca, rounds] = [Number(process.argv[2]), process.argv[3], Number(process.argv[4])];
(async () => {
  const errors = [];
  for (let round = 0; round < rounds; round += 1) {
    await Promise.all(Array.from({ length: 8 }, async () => {
      const client = new Client(10000);
      try {
        await client.access({ host: '127.0.0.1', port, user: 'deploy', password: process.env.FTP_PASSWORD, secure: true, secureOptions: { ca } });
      } catch (error) {
        errors.push(String(error).slice(0, 160));
      } finally {
        client.close();
      }
    }));
  }
  console.log(JSON.stringify({ attempts: rounds * 8, errors }));
})();
`;

interface LoginReport {
  attempts: number;
  errors: string[];
}

function loginsFromAnotherProcess(server: RunningServer, pki: TestPki, rounds: number): Promise<LoginReport> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['-e', CLIENT, basicFtp, String(server.port), pki.ca.certPem, String(rounds)],
      { env: { PATH: process.env.PATH ?? '', FTP_PASSWORD: server.password }, timeout: 60_000 },
      (error, stdout) => {
        if (error !== null) reject(new Error(`the client process failed: ${error.message}`, { cause: error }));
        else resolve(JSON.parse(stdout) as LoginReport);
      },
    );
  });
}

describe('startFtpSrv explicit FTPS under a busy event loop', () => {
  let pki: TestPki;
  let server: RunningServer;
  beforeAll(async () => {
    pki = await makeTestPki();
    server = await startFtpSrv({ tls: 'explicit', cert: pki.server });
  });
  afterAll(() => server.close());

  it('secures every login: the ClientHello never reaches the plain command parser', { timeout: 60_000 }, async () => {
    // Block this process's event loop 2 ms at a time, as concurrent tests do.
    let busy = true;
    const spin = (): void => {
      const until = Date.now() + 2;
      while (Date.now() < until);
      if (busy) setTimeout(spin, 0);
    };
    spin();
    try {
      const report = await loginsFromAnotherProcess(server, pki, 20);
      expect(report.attempts).toBe(160);
      expect(report.errors).toEqual([]);
    } finally {
      busy = false;
    }
  });
});
