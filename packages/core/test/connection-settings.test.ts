import { describe, expect, it } from 'vitest';
import {
  ConfigurationError,
  checkConnectionInputs,
  connectionInputs,
  parseInputs,
  toConnectionSettings,
  type RawInputs,
} from '@ftp-actions/core';

function parse(raw: RawInputs) {
  return toConnectionSettings(parseInputs(connectionInputs, raw, [checkConnectionInputs]));
}

function issuesOf(raw: RawInputs): { input: string; message: string }[] {
  try {
    parse(raw);
  } catch (error) {
    if (error instanceof ConfigurationError) return [...error.issues];
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

const fingerprint = 'ab'.repeat(32);

describe('connection inputs', () => {
  it('applies the documented defaults', () => {
    const settings = parse({ server: 'ftp.example.com' });
    expect(settings).toEqual({
      host: 'ftp.example.com',
      port: 21,
      username: 'anonymous',
      password: '',
      protocol: 'ftps',
      tls: { verify: true, ca: undefined, fingerprint: undefined },
      timeoutMs: 30_000,
      concurrency: 4,
      retries: 3,
      encoding: 'utf8',
      logLevel: 'info',
      dataMode: 'passive',
      activeAddress: undefined,
    });
    expect(Object.isFrozen(settings)).toBe(true);
  });

  it('defaults the port to 990 for implicit FTPS and keeps an explicit port', () => {
    expect(parse({ server: 'h', protocol: 'ftps-implicit' }).port).toBe(990);
    expect(parse({ server: 'h', protocol: 'ftps-implicit', port: '2990' }).port).toBe(2990);
  });

  it('accepts IPv4, IPv6 and bracketed IPv6 addresses', () => {
    expect(parse({ server: '127.0.0.1' }).host).toBe('127.0.0.1');
    expect(parse({ server: '::1' }).host).toBe('::1');
    expect(parse({ server: '[2001:db8::1]' }).host).toBe('2001:db8::1');
  });

  it('keeps the password exactly, spaces included', () => {
    expect(parse({ server: 'h', password: ' p@ss word ' }).password).toBe(' p@ss word ');
  });

  it('normalises a fingerprint to the colon form', () => {
    const settings = parse({ server: 'h', 'tls-fingerprint': fingerprint });
    expect(settings.tls.fingerprint).toBe(Array.from({ length: 32 }, () => 'AB').join(':'));
  });

  it('reports every bad input at once, each by its action.yml name', () => {
    const issues = issuesOf({
      server: '',
      port: '70000',
      protocol: 'sftp',
      'tls-verify': 'yes',
      timeout: '-1',
      concurrency: '0',
      retries: 'many',
      encoding: 'utf16',
      'log-level': 'loud',
      'tls-fingerprint': 'abc',
      'tls-ca': 'not a pem',
    });
    expect(issues.map((issue) => issue.input).sort()).toEqual(
      [
        'concurrency',
        'encoding',
        'log-level',
        'port',
        'protocol',
        'retries',
        'server',
        'timeout',
        'tls-ca',
        'tls-fingerprint',
        'tls-verify',
      ].sort(),
    );
    const byInput = new Map(issues.map((issue) => [issue.input, issue.message]));
    expect(byInput.get('server')).toBe('is required and was not given');
    expect(byInput.get('port')).toBe('expected a whole number from 1 to 65535, got "70000"');
    expect(byInput.get('protocol')).toBe('expected one of ftps, ftps-implicit, ftp, got "sftp"');
    expect(byInput.get('tls-verify')).toBe('expected true or false, got "yes"');
    expect(byInput.get('concurrency')).toBe('expected a whole number from 1 to 32, got "0"');
  });

  it('explains a server given as a URL or with a port', () => {
    expect(issuesOf({ server: 'ftp://ftp.example.com' })[0]?.message).toMatch(/without a scheme/);
    expect(issuesOf({ server: 'ftp.example.com:2121' })[0]?.message).toMatch(/give the port in the port input/);
    expect(issuesOf({ server: 'bad host' })[0]?.message).toMatch(/expected a host name/);
  });

  it('refuses TLS inputs with plain FTP and a CA together with a fingerprint', () => {
    const plain = issuesOf({ server: 'h', protocol: 'ftp', 'tls-fingerprint': fingerprint });
    expect(plain).toEqual([{ input: 'tls-fingerprint', message: 'applies only to protocol ftps or ftps-implicit, but protocol is ftp' }]);
  });

  it('takes data-mode active with an IP address to announce, and refuses a host name or an address without active mode', () => {
    expect(parse({ server: 'h', 'data-mode': 'active', 'active-address': '[2001:db8::7]' })).toMatchObject({
      dataMode: 'active',
      activeAddress: '2001:db8::7',
    });
    expect(issuesOf({ server: 'h', 'data-mode': 'active', 'active-address': 'runner.example.com' })).toEqual([
      { input: 'active-address', message: 'expected an IPv4 or IPv6 address (e.g. 203.0.113.7), got "runner.example.com"' },
    ]);
    expect(issuesOf({ server: 'h', 'active-address': '203.0.113.7' })).toEqual([
      { input: 'active-address', message: 'applies only to data-mode: active, but data-mode is passive' },
    ]);
    expect(issuesOf({ server: 'h', 'data-mode': 'port' })).toEqual([
      { input: 'data-mode', message: 'expected one of passive, active, got "port"' },
    ]);
  });

  it('the error message names each input and says nothing changed', () => {
    try {
      parse({ server: '', concurrency: '99' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      const configError = error as ConfigurationError;
      expect(configError.message).toContain('server: is required');
      expect(configError.message).toContain('concurrency: expected a whole number from 1 to 32, got "99"');
      expect(configError.hint).toMatch(/nothing was changed/);
    }
  });
});
