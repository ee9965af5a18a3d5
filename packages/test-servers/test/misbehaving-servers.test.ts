import net from 'node:net';
import { Client } from 'basic-ftp';
import { afterEach, describe, expect, it } from 'vitest';
import { findClosedPort, findFreePortRange, startSilentServer } from '@ftp-actions/test-servers';
import type { SilentServer } from '@ftp-actions/test-servers';

describe('startSilentServer', () => {
  let silent: SilentServer | undefined;

  afterEach(async () => {
    await silent?.close();
    silent = undefined;
  });

  it('accepts the connection but never greets, so the client times out', async () => {
    silent = await startSilentServer();
    const client = new Client(1000);
    const started = Date.now();
    try {
      await expect(client.access({ host: silent.host, port: silent.port })).rejects.toThrow(/Timeout/);
    } finally {
      client.close();
    }
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(900);
    expect(elapsed).toBeLessThan(5000);
  });

  it('cuts connected sockets when closed', async () => {
    silent = await startSilentServer();
    const socket = net.connect(silent.port, silent.host);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    await silent.close();
    await closed;
    expect(socket.destroyed).toBe(true);
  });
});

describe('findClosedPort', () => {
  it('gives a loopback port that refuses connections', async () => {
    const port = await findClosedPort();
    const client = new Client(5000);
    try {
      await expect(client.access({ host: '127.0.0.1', port })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    } finally {
      client.close();
    }
  });
});

describe('findFreePortRange', () => {
  it('gives consecutive ports that can all be bound', async () => {
    const range = await findFreePortRange(5);
    expect(range.max - range.min).toBe(4);
    const servers = await Promise.all(
      [0, 1, 2, 3, 4].map(
        (offset) =>
          new Promise<net.Server>((resolve, reject) => {
            const server = net.createServer();
            server.once('error', reject);
            server.listen(range.min + offset, '127.0.0.1', () => resolve(server));
          }),
      ),
    );
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  });
});
