import type { Socket } from 'node:net';
import { TLSSocket, createSecureContext, type SecureContextOptions } from 'node:tls';
import type { FtpConnection } from 'ftp-srv';

interface ParsedCommand {
  directive: string;
  arg: string | null;
}

interface FtpCommands {
  parse(message: string): ParsedCommand;
  handle(command: string | ParsedCommand): unknown;
}

function isFtpCommands(value: unknown): value is FtpCommands {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'parse') === 'function' &&
    typeof Reflect.get(value, 'handle') === 'function'
  );
}

// The events ftp-srv's own AUTH handler forwards from the TLS socket to the plain one it listens on.
const FORWARDED_EVENTS = ['data', 'timeout', 'end', 'close', 'drain', 'error'] as const;

/**
 * ftp-srv answers AUTH TLS with 234 and wraps the command socket in TLS
 * only once that reply's write has completed, some event-loop turns later
 * (its bluebird promises run on setImmediate). Every client starts its
 * handshake as soon as it reads 234, so when this process is busy (tests
 * running several bundles at once) the ClientHello reaches ftp-srv's plain
 * command parser instead, which answers "502 Command not allowed" in clear,
 * and the client fails with "wrong version number". This makes the
 * connection handle AUTH TLS itself: 234 is written and the socket wrapped
 * in the same turn, before anything the client sends after 234 can arrive.
 * Everything else, and AUTH TLS on a connection already secured, goes to
 * ftp-srv unchanged.
 */
export function upgradeAuthTlsAtOnce(connection: FtpConnection, tls: SecureContextOptions): void {
  const commands: unknown = Reflect.get(connection, 'commands');
  if (!isFtpCommands(commands)) throw new Error('ftp-srv no longer keeps its command handler as connection.commands');
  const original = commands.handle.bind(commands);
  commands.handle = (command) => {
    const parsed = typeof command === 'string' ? commands.parse(command) : command;
    if (parsed.directive !== 'AUTH' || parsed.arg?.trim().toUpperCase() !== 'TLS' || connection.secure) return original(command);
    const plain: unknown = Reflect.get(connection, 'commandSocket');
    if (!(plain instanceof Object) || typeof Reflect.get(plain, 'write') !== 'function') {
      throw new Error('ftp-srv no longer keeps the control socket as connection.commandSocket');
    }
    const socket = plain as Socket;
    socket.write('234 Honored\r\n');
    const secure = new TLSSocket(socket, { isServer: true, secureContext: createSecureContext(tls) });
    for (const event of FORWARDED_EVENTS) {
      secure.on(event, (...args: unknown[]) => socket.emit(event, ...args));
    }
    Reflect.set(connection, 'commandSocket', secure);
    connection.secure = true;
    return Promise.resolve();
  };
}
