/**
 * Passive data connections: EPSV (basic-ftp's own), else PASV with the
 * address in the reply ignored and the control connection's host used.
 *
 * basic-ftp's default PASV either refuses a reply naming another host or,
 * with `allowSeparateTransferHost`, connects wherever the server says. A
 * server behind badly configured NAT announces its private address, and a
 * hostile one can name any host on the runner's network (FTP bounce); curl
 * ignores the PASV address by default for both reasons, and so do we.
 */
import net from 'node:net';
import { enterPassiveModeIPv6, type FTPContext, type FTPResponse } from 'basic-ftp';
import { attachDataSocket, plainAddress } from './data-socket.js';

/** basic-ftp's `TransferStrategy`: prepares `ftp.dataSocket` for the next transfer command. */
export type TransferStrategy = (ftp: FTPContext) => Promise<FTPResponse>;

/** The port of a PASV reply, "227 Entering Passive Mode (h1,h2,h3,h4,p1,p2)". */
export function parsePasvPort(message: string): number {
  // Anchored at the start of a number, so a long run of digits cannot make the match quadratic.
  const match = /(?<![\d])(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3})/.exec(message);
  const port = match === null ? Number.NaN : Number(match[5]) * 256 + Number(match[6]);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`Can't parse response to 'PASV': ${message}`);
  return port;
}

/** Opens a TCP connection within the client's timeout. */
function connectTcp(host: string, port: number, timeoutMs: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port });
    const fail = (error: Error): void => {
      socket.destroy();
      reject(new Error(`Can't open data connection in passive mode: ${error.message}`, { cause: error }));
    };
    socket.setTimeout(timeoutMs);
    socket.once('error', fail);
    socket.once('timeout', () => fail(new Error(`Timeout when trying to open data connection to ${host}:${port}`)));
    socket.once('connect', () => {
      socket.setTimeout(0);
      socket.removeAllListeners('error');
      socket.removeAllListeners('timeout');
      resolve(socket);
    });
  });
}

/** PASV, then a data connection to the control connection's host on the port the server gave. */
export async function enterPassiveModeViaControlHost(ftp: FTPContext): Promise<FTPResponse> {
  const reply = await ftp.request('PASV');
  const port = parsePasvPort(reply.message);
  const host = ftp.socket.remoteAddress;
  if (host === undefined) throw new Error("Control socket is disconnected, can't get remote address.");
  ftp.log(`Connecting the data connection to the control host ${plainAddress(host)}:${port}, whatever address PASV named`);
  attachDataSocket(ftp, await connectTcp(host, port, ftp.timeout));
  return reply;
}

/**
 * Tries each strategy in turn until one works, then keeps that one for the
 * session (as basic-ftp does), so a server without EPSV costs one refusal,
 * not one per transfer.
 */
export function firstWorkingStrategy(
  strategies: readonly TransferStrategy[],
  keep: (strategy: TransferStrategy) => void,
): TransferStrategy {
  return async (ftp) => {
    let lastError: unknown = new Error('no transfer strategy to try');
    for (const strategy of strategies) {
      try {
        const reply = await strategy(ftp);
        keep(strategy);
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

/** EPSV, else PASV via the control host. */
export const passiveStrategies: readonly TransferStrategy[] = [enterPassiveModeIPv6, enterPassiveModeViaControlHost];
