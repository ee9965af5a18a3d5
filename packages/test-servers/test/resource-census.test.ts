import { connect, createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { establishedConnections } from '../src/index.js';

const servers: Server[] = [];
const sockets: Socket[] = [];

async function listen(host: string, port = 0): Promise<number> {
  const server = createServer((socket) => sockets.push(socket));
  servers.push(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function connectTo(host: string, port: number): Promise<void> {
  const socket = connect({ host, port });
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
}

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

describe('establishedConnections', () => {
  it('counts the connections to one address and port, not to the same port number elsewhere', async () => {
    const port = await listen('127.0.0.1');
    // Another listener on the same port number, on another loopback address (as a latency proxy is).
    await listen('127.0.0.2', port);
    for (let index = 0; index < 3; index += 1) await connectTo('127.0.0.1', port);
    for (let index = 0; index < 2; index += 1) await connectTo('127.0.0.2', port);
    const server = { host: '127.0.0.1', port };
    expect(await establishedConnections(server, 'client')).toBe(3);
    expect(await establishedConnections(server, 'server')).toBe(3);
    expect(await establishedConnections({ host: '127.0.0.2', port }, 'client')).toBe(2);
  });
});
