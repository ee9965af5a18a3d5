/**
 * The data side of the scripted server: a passive port opened by EPSV or
 * PASV, or an active connection to the address PORT/EPRT named, and the
 * streaming of a data source with backpressure (a million-line listing
 * must not sit in this process's memory either).
 */
import net from 'node:net';
import { portOf } from '../ports.js';
import type { DataSource, SeenDataConnection } from './script.js';

/** Where the next transfer's data connection comes from. */
export interface DataChannel {
  /** Resolves with the connected socket; rejects after `timeoutMs`. */
  connection(timeoutMs: number): Promise<net.Socket>;
  close(): void;
}

/** Listens on a loopback port for the client's data connection. */
export async function openPassiveChannel(host: string, seen: SeenDataConnection[]): Promise<DataChannel & { readonly port: number }> {
  const listener = net.createServer();
  await new Promise<void>((resolve, reject) => {
    listener.once('error', reject);
    listener.listen({ host, port: 0 }, () => resolve());
  });
  const accepted = new Promise<net.Socket>((resolve) => {
    listener.once('connection', (socket) => {
      listener.close();
      seen.push({ mode: 'passive', clientAddress: socket.remoteAddress ?? '', clientPort: socket.remotePort ?? 0 });
      resolve(socket);
    });
  });
  let socket: net.Socket | undefined;
  void accepted.then((connected) => {
    socket = connected;
  });
  return {
    port: portOf(listener),
    connection: (timeoutMs) => withTimeout(accepted, timeoutMs, 'the client did not open the data connection'),
    close: () => {
      listener.close();
      socket?.destroy();
    },
  };
}

/** Connects to the client's announced address when the transfer starts. */
export function activeChannel(host: string, port: number, seen: SeenDataConnection[]): DataChannel {
  let socket: net.Socket | undefined;
  return {
    connection: (timeoutMs) => {
      const connecting = new Promise<net.Socket>((resolve, reject) => {
        const opened = net.connect({ host, port }, () => {
          seen.push({ mode: 'active', clientAddress: opened.remoteAddress ?? '', clientPort: opened.remotePort ?? 0 });
          resolve(opened);
        });
        socket = opened;
        opened.once('error', reject);
      });
      return withTimeout(connecting, timeoutMs, `could not connect to ${host}:${port}`);
    },
    close: () => socket?.destroy(),
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Writes `source` to `socket`, waiting for 'drain' whenever the kernel
 * buffer is full, and ends it. Resolves with the bytes written; stops
 * early (without throwing) when the client closes the connection.
 */
export async function streamTo(socket: net.Socket, source: DataSource): Promise<number> {
  let written = 0;
  let closed = false;
  socket.on('error', () => {
    closed = true;
  });
  socket.once('close', () => {
    closed = true;
  });
  for await (const chunk of source) {
    if (closed) break;
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    written += bytes.length;
    if (!socket.write(bytes)) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          socket.removeListener('drain', done);
          socket.removeListener('close', done);
          resolve();
        };
        socket.once('drain', done);
        socket.once('close', done);
      });
    }
  }
  if (!closed) await new Promise<void>((resolve) => socket.end(resolve));
  return written;
}
