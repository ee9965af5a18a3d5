/**
 * Passive data connections: EPSV, else PASV with the address in the reply
 * ignored and the control connection's host used.
 *
 * basic-ftp's default PASV either refuses a reply naming another host or,
 * with `allowSeparateTransferHost`, connects wherever the server says. A
 * server behind badly configured NAT announces its private address, and a
 * hostile one can name any host on the runner's network (FTP bounce); curl
 * ignores the PASV address by default for both reasons, and so do we.
 *
 * Round trips: once a session has proven its passive command (the first
 * transfer waits for the data connection to open, so a port that cannot be
 * reached falls back to the next command), later transfers hand basic-ftp
 * a data socket that is still connecting. The transfer command (STOR, RETR,
 * MLSD) then goes out while the TCP handshake runs, instead of one round
 * trip later, which is what servers expect anyway: they accept the data
 * connection when the command arrives. A failed connect closes the session
 * through basic-ftp's data-socket error handler, and the pool's retry opens
 * a new one.
 */
import net from 'node:net';
import { TLSSocket } from 'node:tls';
import type { FTPContext, FTPResponse } from 'basic-ftp';
import { attachDataSocket, connectTlsDataSocket, plainAddress, setDataSocket } from './data-socket.js';
import { takePassiveReply } from './passive-reply-cache.js';
import { pooledReads } from './read-buffers.js';

/** basic-ftp's `TransferStrategy`: prepares `ftp.dataSocket` for the next transfer command. */
export type TransferStrategy = (ftp: FTPContext) => Promise<FTPResponse>;

/** The passive commands we use, in the order we try them. */
export type PassiveCommand = 'EPSV' | 'PASV';

/** Sessions whose transfers use passive mode (the default), as opposed to active mode. */
const passiveSessions = new WeakSet<FTPContext>();

/** True for a session set up for passive mode: its data socket exists once `prepareTransfer` returns. */
export function usesPassiveMode(ftp: FTPContext): boolean {
  return passiveSessions.has(ftp);
}

/** The passive command each session settled on: an atomic upload asks for the next one ahead of time. */
const settledCommand = new WeakMap<FTPContext, PassiveCommand>();

/** The passive command `ftp` uses for its transfers, once its first transfer has shown one works. */
export function settledPassiveCommand(ftp: FTPContext): PassiveCommand | undefined {
  return settledCommand.get(ftp);
}

/** The port of a PASV reply, "227 Entering Passive Mode (h1,h2,h3,h4,p1,p2)". */
export function parsePasvPort(message: string): number {
  // Anchored at the start of a number, so a long run of digits cannot make the match quadratic.
  const match = /(?<![\d])(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3})/.exec(message);
  const port = match === null ? Number.NaN : Number(match[5]) * 256 + Number(match[6]);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`Can't parse response to 'PASV': ${message}`);
  return port;
}

/** The port of an EPSV reply, "229 Entering Extended Passive Mode (|||6446|)" (IBM i uses "!" for "|"). */
export function parseEpsvPort(message: string): number {
  const match = /\(([|!])\1\1(\d{1,5})\1\)/.exec(message);
  const port = match === null ? Number.NaN : Number(match[2]);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`Can't parse response to 'EPSV': ${message}`);
  return port;
}

/** The port of a reply to `command`. */
function portOf(command: PassiveCommand, message: string): number {
  return command === 'EPSV' ? parseEpsvPort(message) : parsePasvPort(message);
}

/** Waits until `socket` is connected, within the client's timeout. */
function connected(socket: net.Socket, host: string, port: number, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (error: Error): void => {
      socket.destroy();
      reject(new Error(`Can't open data connection in passive mode: ${error.message}`, { cause: error }));
    };
    socket.setTimeout(timeoutMs);
    socket.once('error', fail);
    socket.once('timeout', () => fail(new Error(`Timeout when trying to open data connection to ${host}:${port}`)));
    socket.once('connect', () => {
      socket.setTimeout(0);
      socket.removeListener('error', fail);
      socket.removeAllListeners('timeout');
      resolve();
    });
  });
}

/**
 * A passive strategy: `command` (or its reply asked for ahead of time),
 * then a data connection to the control connection's host on the port the
 * server gave; with `awaitConnect: false` the socket is handed over while
 * it still connects.
 */
export function passiveStrategy(command: PassiveCommand, options: { readonly awaitConnect: boolean }): TransferStrategy {
  return async (ftp) => {
    const reply = takePassiveReply(ftp, command) ?? (await ftp.request(command));
    const port = portOf(command, reply.message);
    const host = ftp.socket.remoteAddress;
    if (host === undefined) throw new Error("Control socket is disconnected, can't get remote address.");
    if (command === 'PASV')
      ftp.log(`Connecting the data connection to the control host ${plainAddress(host)}:${port}, whatever address PASV named`);
    // Data connections read into the session's pooled buffers (see
    // read-buffers.ts). Over TLS that takes a socket `tls.connect` opens itself.
    // (The callbacks run only once data arrives, long after the sockets are set.)
    if (ftp.socket instanceof TLSSocket) {
      const secured: net.Socket = connectTlsDataSocket(
        ftp,
        host,
        port,
        pooledReads(ftp, (): net.Socket => secured),
      );
      if (options.awaitConnect) await connected(secured, host, port, ftp.timeout);
      setDataSocket(ftp, secured);
      return reply;
    }
    const socket: net.Socket = net.connect({ host, port, onread: pooledReads(ftp, (): net.Socket => socket) });
    if (options.awaitConnect) await connected(socket, host, port, ftp.timeout);
    attachDataSocket(ftp, socket);
    return reply;
  };
}

/**
 * Tries EPSV, then PASV, each waiting for the data connection, until one
 * works; then keeps that command for the session (as basic-ftp does), so a
 * server without EPSV costs one refusal, not one per transfer, and later
 * transfers no longer wait for the connect.
 */
export function settlePassiveMode(ftp: FTPContext, keep: (strategy: TransferStrategy) => void): TransferStrategy {
  passiveSessions.add(ftp);
  return async () => {
    let lastError: unknown = new Error('no transfer strategy to try');
    for (const command of ['EPSV', 'PASV'] as const) {
      try {
        const reply = await passiveStrategy(command, { awaitConnect: true })(ftp);
        settledCommand.set(ftp, command);
        keep(passiveStrategy(command, { awaitConnect: false }));
        return reply;
      } catch (error) {
        // Any failure, not only a refusal: some servers answer EPSV with a PASV-style reply.
        lastError = error;
      }
    }
    const reason = lastError instanceof Error ? lastError.message : String(lastError);
    throw new Error(`None of the available transfer strategies work. Last error response was '${reason}'.`, { cause: lastError });
  };
}
