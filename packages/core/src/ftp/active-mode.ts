/**
 * Active-mode data connections for basic-ftp, which only speaks passive:
 * a `prepareTransfer` that listens on the runner's address, tells the
 * server where with PORT (IPv4) or EPRT (IPv6), and hands the connection
 * the server makes to basic-ftp's transfer code as its data socket.
 *
 * basic-ftp expects the data socket to exist before the transfer command
 * is sent, and starts piping on the server's 150. In active mode the server
 * connects only after the command (ftp-srv at PORT already), and RFC 959
 * lets it send 150 before connecting. So until the connection arrives a
 * placeholder socket stands in, and the transfer's 1xx and 2xx replies are
 * held back and delivered once the real socket is in place.
 */
import net from 'node:net';
import { FTPError, type FTPContext, type FTPResponse, type ResponseHandler } from 'basic-ftp';
import { ConnectionError } from '../errors.js';
import { attachDataSocket, plainAddress } from './data-socket.js';
import { describeError } from './reply.js';
import type { TransferStrategy } from './passive-mode.js';

export interface ActiveModeOptions {
  /** Announced to the server instead of the control connection's local address (a NAT's public address). */
  readonly announce?: string | undefined;
}

/** "PORT h1,h2,h3,h4,p1,p2" for IPv4, "EPRT |2|addr|port|" for IPv6 (as Python's ftplib chooses). */
export function portCommand(address: string, port: number): string {
  if (net.isIPv4(address)) return `PORT ${address.replace(/\./g, ',')},${Math.floor(port / 256)},${port % 256}`;
  if (net.isIPv6(address)) return `EPRT |2|${address}|${port}|`;
  throw new Error(`Cannot announce "${address}" for an active data connection: it is not an IP address`);
}

/**
 * One transfer's wait for the server's connection: accepts exactly one
 * connection, from the server's own address only (anyone else who finds the
 * port is refused, so nobody can slip data into the transfer), and holds
 * back the transfer's replies until it is attached. Not only 150: a server
 * that connects, sends a short listing and closes can have its 226 read
 * before the connection is accepted (pure-ftpd sends "150 …" and "226 …"
 * in one packet), and the data is still waiting in the accept queue.
 */
class ActiveTransfer {
  private attached = false;
  private finished = false;
  private held: (() => void)[] = [];

  constructor(
    private readonly ftp: FTPContext,
    private readonly listener: net.Server,
    private readonly serverAddress: string,
  ) {
    listener.on('connection', (socket) => this.accept(socket));
  }

  private accept(socket: net.Socket): void {
    if (this.finished || this.attached || plainAddress(socket.remoteAddress ?? '') !== this.serverAddress) {
      this.ftp.log(`Refused a data connection from ${socket.remoteAddress ?? 'an unknown address'}: not the server, or not expected`);
      socket.destroy();
      return;
    }
    this.attached = true;
    this.listener.close();
    this.ftp.log(`The server opened the data connection from ${this.serverAddress}:${socket.remotePort ?? 0}`);
    attachDataSocket(this.ftp, socket);
    for (const deliver of this.held.splice(0)) deliver();
  }

  /**
   * Wraps the transfer command's response handler. Failures pass at once
   * and so does 350 (after REST the handler must send RETR before the
   * server will connect); 1xx and 2xx wait for the connection. A server
   * that never connects is caught by basic-ftp's control timeout, which
   * stays armed while the transfer has not started.
   */
  gate(handler: ResponseHandler): ResponseHandler {
    return (response, task) => {
      // An error ends the transfer whether or not the server connected.
      if (response instanceof Error || response.code >= 400) {
        this.finish();
        handler(response, task);
      } else if (this.attached || (response.code >= 300 && response.code < 400)) {
        handler(response, task);
      } else {
        this.held.push(() => handler(response, task));
      }
    };
  }

  /** Stops listening; replies still held are dropped (the server never connected). */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.held = [];
    this.listener.close();
  }
}

async function listen(host: string): Promise<net.Server> {
  const listener = net.createServer();
  await new Promise<void>((resolve, reject) => {
    listener.once('error', reject);
    listener.listen({ host, port: 0, backlog: 4 }, () => {
      listener.removeListener('error', reject);
      resolve();
    });
  });
  // While a transfer waits, its control connection keeps the process alive;
  // a listener left behind by a transfer that never ran must not.
  listener.unref();
  return listener;
}

function portOf(listener: net.Server): number {
  const address = listener.address();
  if (address === null || typeof address === 'string') throw new Error('the active-mode listener has no TCP port');
  return address.port;
}

/**
 * The server would not connect back. Not an FTPError, so callers do not
 * take it for a missing file or directory and look further.
 */
function activeModeRefused(command: string, error: FTPError): ConnectionError {
  return new ConnectionError(`The server refused active mode: it answered "${describeError(error)}" to ${command}`, {
    code: error.code,
    cause: error,
    hint: 'Most servers connect only to the address the control connection comes from: leave active-address empty unless the runner is behind NAT, or use data-mode: passive.',
  });
}

/**
 * The `prepareTransfer` for active mode. It listens on the local address
 * of the control connection (the interface the server is reachable
 * through), announces that address or `options.announce`, and arranges for
 * the server's connection to become the next transfer's data socket.
 */
export function activeModeStrategy(options: ActiveModeOptions = {}): TransferStrategy {
  return async (ftp: FTPContext): Promise<FTPResponse> => {
    const local = ftp.socket.localAddress;
    const remote = ftp.socket.remoteAddress;
    if (local === undefined || remote === undefined)
      throw new Error("Control socket is disconnected, can't open an active data connection.");
    const bindAddress = plainAddress(local);
    const listener = await listen(bindAddress);
    const transfer = new ActiveTransfer(ftp, listener, plainAddress(remote));
    // basic-ftp's downloadTo refuses to start without a data socket; this one
    // is replaced (and destroyed by the setter) when the server connects.
    ftp.dataSocket = new net.Socket();
    const command = portCommand(options.announce ?? bindAddress, portOf(listener));
    let reply: FTPResponse;
    try {
      reply = await ftp.request(command);
    } catch (error) {
      transfer.finish();
      ftp.dataSocket = undefined;
      throw error instanceof FTPError ? activeModeRefused(command, error) : error;
    }
    // The next task on this context is the transfer command itself (list,
    // downloadTo and uploadFrom send it right after prepareTransfer).
    const handle = ftp.handle.bind(ftp);
    ftp.handle = (transferCommand, handler): Promise<unknown> => {
      ftp.handle = handle;
      return handle(transferCommand, transfer.gate(handler));
    };
    return reply;
  };
}
