import net from 'node:net';
import { LOOPBACK_HOST } from './loopback.js';
import { portOf } from './ports.js';
import { trackSockets } from './socket-tracker.js';

export interface SilentServer {
  host: string;
  port: number;
  close(): Promise<void>;
}

/**
 * A TCP server that accepts connections and never sends a byte: an FTP
 * client waiting for the 220 greeting can only give up by its own timeout.
 */
export async function startSilentServer(): Promise<SilentServer> {
  const server = net.createServer();
  const sockets = trackSockets(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: 0, host: LOOPBACK_HOST }, () => {
      server.removeListener('error', reject);
      resolve();
    });
  });

  let closing: Promise<void> | undefined;
  return {
    host: LOOPBACK_HOST,
    port: portOf(server),
    close(): Promise<void> {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        sockets.destroyAll();
      });
      return closing;
    },
  };
}
