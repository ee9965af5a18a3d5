import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { Client, FTPError } from 'basic-ftp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFaultProxy, startFtpSrv, type Fault, type FaultProxy, type RunningServer } from '../src/index.js';

let server: RunningServer;
let proxy: FaultProxy | undefined;
const clients: Client[] = [];

beforeEach(async () => {
  server = await startFtpSrv();
  await mkdir(join(server.root, 'dir'));
  for (let index = 0; index < 40; index += 1) await writeFile(join(server.root, 'dir', `file-${index}.txt`), `file ${index}\n`);
  await writeFile(join(server.root, 'big.bin'), Buffer.alloc(256 * 1024, 7));
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await proxy?.close();
  await server.close();
});

async function through(faults: Fault[], timeoutMs = 5000): Promise<Client> {
  proxy = await startFaultProxy({ host: server.host, port: server.port }, faults);
  return login(timeoutMs);
}

async function login(timeoutMs = 5000): Promise<Client> {
  const client = new Client(timeoutMs);
  clients.push(client);
  await client.access({ host: proxy?.host, port: proxy?.port, user: server.user, password: server.password });
  return client;
}

async function download(client: Client, path: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  await client.downloadTo(
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(chunk);
        callback();
      },
    }),
    path,
  );
  return Buffer.concat(chunks);
}

describe('fault proxy', () => {
  it('passes a whole session through, data connections included, and records the commands', async () => {
    const client = await through([]);
    expect((await client.list('dir')).length).toBe(40);
    await client.uploadFrom(Readable.from([Buffer.from('hello')]), 'new.txt');
    expect((await download(client, 'big.bin')).length).toBe(256 * 1024);
    expect(proxy?.commands).toContain('STOR new.txt');
    expect(proxy?.commands).toContain('PASS ***');
  });

  it('answers a command with a chosen reply, once', async () => {
    const client = await through([{ kind: 'reply', command: 'STOR', reply: '451 Local error in processing' }]);
    const error = await client.uploadFrom(Readable.from([Buffer.from('x')]), 'a.txt').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FTPError);
    expect((error as FTPError).code).toBe(451);
    await client.uploadFrom(Readable.from([Buffer.from('x')]), 'a.txt');
    expect(proxy?.firedCounts()).toEqual([1]);
  });

  it('refuses a rename', async () => {
    const client = await through([{ kind: 'reply', command: 'RNTO', reply: '553 Rename refused' }]);
    await client.uploadFrom(Readable.from([Buffer.from('x')]), 'a.txt');
    await expect(client.rename('a.txt', 'b.txt')).rejects.toMatchObject({ code: 553 });
  });

  it('cuts a data connection mid-transfer', async () => {
    const client = await through([{ kind: 'drop-data', command: 'RETR', afterBytes: 10_000 }]);
    await expect(download(client, 'big.bin')).rejects.toThrow();
  });

  it('drops the control connection mid-transfer', async () => {
    const client = await through([{ kind: 'drop-control', command: 'STOR' }]);
    const slow = new PassThrough();
    const upload = client.uploadFrom(slow, 'slow.bin');
    slow.write(Buffer.alloc(1000));
    await expect(upload).rejects.toThrow();
    slow.destroy();
    expect(client.closed).toBe(true);
  });

  it('stalls without closing, so the client times out', async () => {
    const client = await through([{ kind: 'stall', command: 'LIST' }], 800);
    await expect(client.list('dir')).rejects.toThrow(/Timeout/);
  });

  it('answers 421 to connections after the first N', async () => {
    await through([{ kind: 'refuse-connections', after: 1 }]);
    await expect(login()).rejects.toMatchObject({ code: 421 });
  });

  it('truncates a listing mid-line while the server still says 226', async () => {
    const client = await through([{ kind: 'truncate-listing', afterBytes: 200 }]);
    const raw: string[] = [];
    client.parseList = (text: string) => {
      raw.push(text);
      return [];
    };
    await client.list('dir');
    expect(raw[0]?.length).toBe(200);
    expect(client.closed).toBe(false);
    // Only once: the next listing is whole.
    await client.list('dir');
    expect(raw[1]?.split('\n').filter((line) => line.trim() !== '').length).toBe(40);
  });
});
