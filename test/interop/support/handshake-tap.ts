/**
 * A relay that sees TLS handshakes: it listens on 127.0.0.2 on the control
 * port and each passive port of a real server, forwards to 127.0.0.1 on the
 * same port, and notes for each connection whether the server answered the
 * client's first TLS message with a HelloRetryRequest (the client's guessed
 * key share was not one the server takes: one more round trip).
 */
import net from 'node:net';

/** A HelloRetryRequest is a ServerHello whose random is SHA-256("HelloRetryRequest") (RFC 8446, 4.1.3). */
const HELLO_RETRY_RANDOM = Buffer.from('cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c', 'hex');
/** Enough of what the server sends first to hold its ServerHello. */
const SEEN_BYTES = 4096;

export interface HandshakeTap {
  readonly host: '127.0.0.2';
  /** Per connection accepted, on which port and whether the server asked for a retry. */
  readonly connections: { port: number; helloRetry: boolean }[];
  close(): Promise<void>;
}

export async function startHandshakeTap(ports: readonly number[]): Promise<HandshakeTap> {
  const connections: { port: number; helloRetry: boolean }[] = [];
  const sockets = new Set<net.Socket>();
  const servers = await Promise.all(
    ports.map(
      (port) =>
        new Promise<net.Server>((resolve, reject) => {
          const server = net.createServer((client) => {
            const record = { port, helloRetry: false };
            connections.push(record);
            const upstream = net.connect({ host: '127.0.0.1', port });
            let seen = Buffer.alloc(0);
            upstream.on('data', (chunk: Buffer) => {
              if (seen.length < SEEN_BYTES) {
                seen = Buffer.concat([seen, chunk]);
                record.helloRetry ||= seen.includes(HELLO_RETRY_RANDOM);
              }
            });
            for (const socket of [client, upstream]) {
              sockets.add(socket);
              socket.on('close', () => sockets.delete(socket));
              socket.on('error', () => (socket === client ? upstream : client).destroy());
            }
            client.pipe(upstream);
            upstream.pipe(client);
          });
          server.once('error', reject);
          server.listen(port, '127.0.0.2', () => resolve(server));
        }),
    ),
  );
  return {
    host: '127.0.0.2',
    connections,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    },
  };
}
