import { FTPError } from 'basic-ftp';
import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  ConnectionError,
  RemotePathError,
  TlsError,
  TransferError,
  isTransient,
  toFtpActionError,
  type FailureStage,
} from '@ftp-actions/core';

const where = { host: 'ftp.example.com', port: 21, timeoutMs: 30_000, username: 'deploy' };
const reply = (code: number, message: string) => new FTPError({ code, message: `${code} ${message}` });
const systemError = (code: string, message = code) => Object.assign(new Error(message), { code });
const classify = (error: unknown, stage: FailureStage, path?: string) =>
  toFtpActionError(error, { ...where, stage, ...(path === undefined ? {} : { path }) });

describe('classifying failures', () => {
  it.each([
    ['refused port', systemError('ECONNREFUSED'), 'connect', ConnectionError, /refused/],
    ['unknown host', systemError('ENOTFOUND'), 'connect', ConnectionError, /could not be resolved/],
    ['silent server', new Error('Timeout (control socket)'), 'connect', ConnectionError, /did not answer within 30 s \(while connecting\)/],
    ['no TLS offered', reply(502, 'Command not implemented'), 'tls', TlsError, /does not offer explicit TLS: AUTH TLS was answered "502/],
    ['expired certificate', systemError('CERT_HAS_EXPIRED'), 'tls', TlsError, /has expired/],
    ['self-signed certificate', systemError('DEPTH_ZERO_SELF_SIGNED_CERT'), 'tls', TlsError, /self-signed/],
    ['wrong host certificate', systemError('ERR_TLS_CERT_ALTNAME_INVALID'), 'tls', TlsError, /another host name/],
    ['wrong password', reply(530, 'Login incorrect.'), 'login', AuthenticationError, /refused the login as "deploy": 530 Login incorrect/],
    ['missing path', reply(550, 'No such file'), 'path', RemotePathError, /refused the remote path "\/www": 550/],
    ['refused write', reply(553, 'Not allowed'), 'transfer', TransferError, /Transfer of "\/www" failed .*553/],
    ['too many connections', reply(421, 'Too many users'), 'login', ConnectionError, /closed the session: 421/],
  ] as const)('%s', (_name, error, stage, type, message) => {
    const classified = classify(error, stage, '/www');
    expect(classified).toBeInstanceOf(type);
    expect(classified.message).toMatch(message);
    expect(classified.message).toContain('ftp.example.com');
    expect(classified.cause).toBe(error);
  });

  it('keeps the FTP reply code', () => {
    const classified = classify(reply(530, 'Login incorrect.'), 'login');
    expect(classified).toBeInstanceOf(AuthenticationError);
    expect((classified as AuthenticationError).code).toBe(530);
  });

  it('gives a hint for what the user can do', () => {
    expect(classify(systemError('CERT_HAS_EXPIRED'), 'tls').hint).toMatch(/tls-ca|tls-fingerprint/);
    expect(classify(reply(530, 'no'), 'login').hint).toMatch(/username and password/);
  });
});

describe('what is worth retrying', () => {
  it.each([
    [reply(421, 'bye'), true],
    [reply(425, 'no data connection'), true],
    [reply(426, 'aborted'), true],
    [reply(450, 'busy'), true],
    [reply(451, 'local error'), true],
    [reply(530, 'no'), false],
    [reply(550, 'missing'), false],
    [reply(553, 'not allowed'), false],
    [reply(551, 'read ECONNRESET'), true],
    [systemError('ECONNRESET'), true],
    [new Error('Timeout (data socket)'), true],
    [new Error('Client is closed because Server sent FIN packet unexpectedly, closing connection.'), true],
    [systemError('CERT_HAS_EXPIRED'), false],
    [new Error('something else'), false],
  ])('%s -> %s', (error, expected) => {
    expect(isTransient(error)).toBe(expected);
  });

  it('never retries a classified authentication or TLS failure', () => {
    expect(isTransient(classify(reply(530, 'no'), 'login'))).toBe(false);
    expect(isTransient(classify(systemError('ECONNRESET'), 'tls'))).toBe(true);
    expect(isTransient(classify(systemError('CERT_HAS_EXPIRED'), 'tls'))).toBe(false);
  });
});
