import { Readable, Writable } from 'node:stream';
import { Client } from 'basic-ftp';
import type { AccessOptions } from 'basic-ftp';
import type { RunningServer } from '@ftp-actions/test-servers';

/** A logged-in basic-ftp client for `server`; `overrides` adds TLS settings or bad credentials. */
export async function connectTo(
  server: Pick<RunningServer, 'host' | 'port' | 'user' | 'password'>,
  overrides: AccessOptions = {},
  timeoutMs = 10_000,
): Promise<Client> {
  const client = new Client(timeoutMs);
  try {
    await client.access({ host: server.host, port: server.port, user: server.user, password: server.password, ...overrides });
    return client;
  } catch (error: unknown) {
    // The caller never gets the client, so it cannot close it.
    client.close();
    throw error;
  }
}

export async function uploadText(client: Client, remotePath: string, text: string): Promise<void> {
  await client.uploadFrom(Readable.from([Buffer.from(text)]), remotePath);
}

export async function downloadText(client: Client, remotePath: string): Promise<string> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done): void {
      chunks.push(chunk);
      done();
    },
  });
  await client.downloadTo(sink, remotePath);
  return Buffer.concat(chunks).toString();
}
