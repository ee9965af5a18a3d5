/**
 * The checksum path, which ftp-srv cannot exercise (it offers no hash
 * command): choosing a method from FEAT, parsing replies, and asking a fake
 * client that answers HASH like ProFTPD's mod_digest does.
 */
import { FTPError, type FTPResponse } from 'basic-ftp';
import { describe, expect, it } from 'vitest';
import { chooseHashMethod, hashBytes, noHashCommandMessage, parseHashReply, remoteChecksum, type FtpClient } from '@ftp-actions/core';

describe('chooseHashMethod', () => {
  it.each([
    ['HASH with SHA-256 selected', [['HASH', 'SHA-1;SHA-256*;MD5']], { command: 'HASH', algorithm: 'sha256' }],
    [
      'HASH with SHA-1 selected but SHA-256 offered',
      [['HASH', 'SHA-1*;SHA-256;MD5']],
      { command: 'HASH', algorithm: 'sha256', select: 'SHA-256' },
    ],
    ['HASH with only MD5 and CRC32', [['HASH', 'MD5*;CRC32']], { command: 'HASH', algorithm: 'md5' }],
    [
      'XSHA256 before XMD5',
      [
        ['XMD5', ''],
        ['XSHA256', ''],
        ['XCRC', ''],
      ],
      { command: 'XSHA256', algorithm: 'sha256' },
    ],
    ['only XCRC', [['XCRC', '']], { command: 'XCRC', algorithm: 'crc32' }],
    ['lower-case feature names', [['hash', 'sha-256*']], { command: 'HASH', algorithm: 'sha256' }],
    [
      'none (ftp-srv, vsftpd, pure-ftpd)',
      [
        ['UTF8', ''],
        ['SIZE', ''],
        ['MDTM', ''],
      ],
      undefined,
    ],
  ] as const)('%s', (_, features, expected) => {
    expect(chooseHashMethod(new Map(features))).toEqual(expected);
  });

  it('names what the server offers when it has no hash command', () => {
    expect(
      noHashCommandMessage(
        new Map([
          ['UTF8', ''],
          ['SIZE', ''],
        ]),
      ),
    ).toBe('compare is checksum, but the server offers no hash command (FEAT lists SIZE, UTF8; none of HASH, XSHA256, XSHA1, XMD5, XCRC)');
  });
});

describe('parseHashReply', () => {
  const sha = hashBytes(Buffer.from('hello'), 'sha256');
  it.each([
    ['HASH', `213 SHA-256 0-5 ${sha} /site/a.txt`, 'sha256', sha],
    ['XSHA256 in upper case', `250 ${sha.toUpperCase()}`, 'sha256', sha],
    ['XMD5 with the path', '250 5d41402abc4b2a76b9719d911017c592 /a.txt', 'md5', '5d41402abc4b2a76b9719d911017c592'],
    ['XCRC without leading zeros', '250 3610a686', 'crc32', '3610a686'],
    ['XCRC short', '250 a686', 'crc32', '0000a686'],
    ['an answer without a digest', '213 Ok', 'sha256', undefined],
    ['HASH as ProFTPD answers it, over two lines', `213-Computing SHA-256 digest\n213 SHA-256 0-5 ${sha} /a.txt`, 'sha256', sha],
  ] as const)('%s', (_, reply, algorithm, expected) => {
    expect(parseHashReply(reply, algorithm)).toBe(expected);
  });

  it('computes CRC-32 locally as XCRC reports it', () => {
    expect(hashBytes(Buffer.from('hello'), 'crc32')).toBe('3610a686');
  });
});

/** Answers HASH from a table of files, like ProFTPD with mod_digest; records every command. */
class HashingClient implements FtpClient {
  readonly commands: string[] = [];
  closed = false;
  availableListCommands = ['LIST'];
  private algorithm = 'SHA-1';

  constructor(private readonly files: Record<string, string>) {}

  send(command: string): Promise<FTPResponse> {
    this.commands.push(command);
    const [verb = '', ...rest] = command.split(' ');
    const argument = rest.join(' ');
    if (verb === 'OPTS') {
      this.algorithm = rest[1] ?? this.algorithm;
      return Promise.resolve({ code: 200, message: `200 ${this.algorithm}` });
    }
    const content = this.files[argument];
    if (verb !== 'HASH') return Promise.reject(new FTPError({ code: 502, message: '502 Not implemented' }));
    if (content === undefined) return Promise.reject(new FTPError({ code: 550, message: '550 No such file' }));
    const digest = hashBytes(Buffer.from(content), this.algorithm === 'SHA-256' ? 'sha256' : 'sha1');
    return Promise.resolve({ code: 213, message: `213 ${this.algorithm} 0-${content.length} ${digest} ${argument}` });
  }

  private unused(): never {
    throw new Error('not used by remoteChecksum');
  }

  list = (): never => this.unused();
  features = (): never => this.unused();
  uploadFrom = (): never => this.unused();
  appendFrom = (): never => this.unused();
  downloadTo = (): never => this.unused();
  lastMod = (): never => this.unused();
  trackProgress = (): void => undefined;
  close(): void {
    this.closed = true;
  }
}

describe('remoteChecksum', () => {
  it('selects SHA-256 once per connection, then asks HASH per file', async () => {
    const client = new HashingClient({ '/site/a.txt': 'hello', '/site/b.txt': 'world' });
    const method = { command: 'HASH', algorithm: 'sha256', select: 'SHA-256' } as const;
    expect(await remoteChecksum(client, method, '/site/a.txt')).toBe(hashBytes(Buffer.from('hello'), 'sha256'));
    expect(await remoteChecksum(client, method, '/site/b.txt')).toBe(hashBytes(Buffer.from('world'), 'sha256'));
    expect(client.commands).toEqual(['OPTS HASH SHA-256', 'HASH /site/a.txt', 'HASH /site/b.txt']);
  });

  it('gives no checksum for a file the server refuses, so the file is compared by sending it', async () => {
    const client = new HashingClient({});
    expect(await remoteChecksum(client, { command: 'HASH', algorithm: 'sha1' }, '/missing')).toBeUndefined();
  });

  it('lets a lost connection through for the pool to retry', async () => {
    const client = new HashingClient({});
    client.send = () => Promise.reject(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    await expect(remoteChecksum(client, { command: 'XSHA256', algorithm: 'sha256' }, '/a')).rejects.toThrow('socket hang up');
  });
});
