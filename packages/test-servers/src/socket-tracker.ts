import type net from 'node:net';

/** The sockets a server has accepted and that are still open. */
export interface SocketTracker {
  destroyAll(): void;
}

/**
 * Remembers every socket `server` accepts, so a test's close() can cut
 * them. net.Server#close only stops accepting and then waits for clients to
 * hang up, which a stuck or leaked client never does, and the test process
 * would then hang at exit.
 */
export function trackSockets(server: net.Server): SocketTracker {
  const sockets = new Set<net.Socket>();
  server.on('connection', (socket: net.Socket) => {
    // ftp-srv writes "150" then "226" as separate small packets; with Nagle on,
    // the 226 waits for the client's delayed ACK (about 40 ms per transfer),
    // which would make every test with many files slow for no reason.
    socket.setNoDelay(true);
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  return {
    destroyAll(): void {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
    },
  };
}
