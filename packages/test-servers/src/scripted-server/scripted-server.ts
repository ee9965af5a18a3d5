/**
 * A plain-FTP server whose answers a test scripts: listings with whatever
 * names a hostile server might send, streamed without limit, PASV replies
 * naming another host, replies that never end. It accepts any user and
 * password, serves nothing it was not told to, and refuses every write,
 * so a test can also prove that nothing was written.
 */
import net from 'node:net';
import { LOOPBACK_HOST } from '../loopback.js';
import { portOf } from '../ports.js';
import { trackSockets } from '../socket-tracker.js';
import { activeChannel, openPassiveChannel, streamTo, type DataChannel } from './data-channel.js';
import type { EndlessReply, SeenDataConnection, ServerScript } from './script.js';

export interface ScriptedServer {
  readonly host: string;
  readonly port: number;
  /** Every command received, in order, across connections (PASS shown as "PASS ***"). */
  readonly commands: readonly string[];
  /** Every data connection made, as the server saw it. */
  readonly dataConnections: readonly SeenDataConnection[];
  /** Control connections accepted so far. */
  readonly connections: number;
  /** Bytes written on data connections so far. */
  readonly dataBytes: number;
  close(): Promise<void>;
}

const DATA_CONNECTION_TIMEOUT_MS = 10_000;
const writeVerbs = new Set(['STOR', 'APPE', 'STOU', 'DELE', 'MKD', 'RMD', 'RNFR', 'RNTO', 'SITE', 'MFMT']);

/** Continuation lines of a multi-line reply, never the closing "211 End". */
function writeEndless(socket: net.Socket, reply: EndlessReply, code: number): void {
  const line = `${code}-${'x'.repeat(94)}\r\n`;
  let sent = 0;
  const more = (): void => {
    while (sent < reply.bytes && !socket.destroyed) {
      sent += line.length;
      if (!socket.write(line)) {
        socket.once('drain', more);
        return;
      }
    }
  };
  more();
}

function pasvReply(host: string, port: number): string {
  return `227 Entering Passive Mode (${host.replace(/\./g, ',')},${Math.floor(port / 256)},${port % 256})`;
}

/** The host and port of "PORT h1,h2,h3,h4,p1,p2" or "EPRT |1|host|port|". */
function announcedAddress(verb: string, argument: string): { host: string; port: number } | undefined {
  if (verb === 'PORT') {
    const parts = argument.split(',').map(Number);
    if (parts.length !== 6 || parts.some((part) => !Number.isInteger(part))) return undefined;
    return { host: parts.slice(0, 4).join('.'), port: (parts[4] ?? 0) * 256 + (parts[5] ?? 0) };
  }
  const [, , host, port] = argument.split(argument.charAt(0));
  return host === undefined || port === undefined ? undefined : { host, port: Number(port) };
}

/** Where the server listens: the IPv4 loopback address by default, '::1' to test IPv6 (EPRT |2|). */
export interface ScriptedServerOptions {
  readonly host?: '127.0.0.1' | '::1';
}

export async function startScriptedServer(script: ServerScript = {}, options: ScriptedServerOptions = {}): Promise<ScriptedServer> {
  const host = options.host ?? LOOPBACK_HOST;
  const commands: string[] = [];
  const dataConnections: SeenDataConnection[] = [];
  const channels = new Set<DataChannel>();
  let connections = 0;
  let dataBytes = 0;

  const server = net.createServer((socket) => {
    connections += 1;
    let channel: DataChannel | undefined;
    const reply = (text: string): void => {
      if (!socket.destroyed) socket.write(`${text}\r\n`);
    };
    socket.on('error', () => socket.destroy());
    socket.on('close', () => channel?.close());
    if (script.endlessReply?.to === 'GREETING') {
      writeEndless(socket, script.endlessReply, 220);
      return;
    }
    reply('220 Scripted test server');

    /** Runs one transfer on the prepared data channel: 150, the data, 226. */
    const transfer = async (source: Parameters<typeof streamTo>[1]): Promise<void> => {
      const current = channel;
      channel = undefined;
      if (current === undefined) return reply('425 Use PASV, EPSV, PORT or EPRT first');
      try {
        const data = await current.connection(DATA_CONNECTION_TIMEOUT_MS);
        reply('150 Opening data connection');
        dataBytes += await streamTo(data, source);
        reply('226 Transfer complete');
      } catch (error) {
        reply(`425 ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        current.close();
        channels.delete(current);
      }
    };

    const handle = async (line: string): Promise<void> => {
      const space = line.indexOf(' ');
      const verb = (space < 0 ? line : line.slice(0, space)).toUpperCase();
      const argument = space < 0 ? '' : line.slice(space + 1);
      commands.push(verb === 'PASS' ? 'PASS ***' : line);
      if (script.endlessReply?.to === verb) return writeEndless(socket, script.endlessReply, 211);
      switch (verb) {
        case 'USER':
          return reply('331 Any password will do');
        case 'PASS':
          return reply('230 Logged in');
        case 'FEAT':
          return reply(
            `211-Features:\r\n UTF8\r\n SIZE\r\n EPSV\r\n${script.mlsd === true ? ' MLST type*;size*;modify*;\r\n' : ''}211 End`,
          );
        case 'TYPE':
        case 'OPTS':
        case 'NOOP':
          return reply('200 OK');
        case 'SYST':
          return reply('215 UNIX Type: L8');
        case 'PWD':
          return reply('257 "/" is the current directory');
        case 'CWD':
          return reply('250 OK');
        case 'AUTH':
          // A "yes" followed by plain text: what a downgrading man in the middle would try.
          return reply(script.fakeAuthTls === true ? '234 AUTH TLS OK' : '502 TLS is not offered here');
        case 'QUIT':
          reply('221 Bye');
          socket.end();
          return;
        case 'SIZE': {
          const file = script.file?.(argument);
          return reply(file === undefined ? '550 No such file' : `213 ${file.length}`);
        }
        case 'EPSV':
        case 'PASV': {
          if (verb === 'EPSV' && script.refuseEpsv === true) return reply('500 EPSV not understood');
          channel?.close();
          const passive = await openPassiveChannel(host, dataConnections);
          channel = passive;
          channels.add(passive);
          if (verb === 'PASV') return reply(pasvReply(script.pasvHost ?? LOOPBACK_HOST, passive.port));
          const named = script.epsvHost === undefined ? '' : `1|${script.epsvHost}`;
          return reply(`229 Entering Extended Passive Mode (|${named}||${passive.port}|)`);
        }
        case 'PORT':
        case 'EPRT': {
          const target = announcedAddress(verb, argument);
          if (target === undefined) return reply('501 Cannot parse the address');
          channel?.close();
          channel = activeChannel(target.host, target.port, dataConnections);
          channels.add(channel);
          return reply('200 OK');
        }
        case 'LIST':
        case 'MLSD': {
          // "LIST -a /dir" and "LIST /dir": the path is the last argument.
          const path = argument.replace(/^-a\s*/, '') || '/';
          const listing = script.listing?.(path, verb);
          if (listing === undefined) {
            channel?.close();
            channel = undefined;
            return reply('550 No such directory');
          }
          return transfer(listing);
        }
        case 'RETR': {
          const file = script.file?.(argument);
          if (file === undefined) {
            channel?.close();
            channel = undefined;
            return reply('550 No such file');
          }
          return transfer([file]);
        }
        default:
          return reply(writeVerbs.has(verb) ? '550 Permission denied: this server is read-only' : '502 Command not implemented');
      }
    };

    // One command at a time, in order, as a real server reads them.
    let queue = Promise.resolve();
    let buffer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (let end = buffer.indexOf('\n'); end >= 0; end = buffer.indexOf('\n')) {
        const line = buffer.slice(0, end).replace(/\r$/, '');
        buffer = buffer.slice(end + 1);
        queue = queue
          .then(() => handle(line))
          .catch((error: unknown) => reply(`451 ${error instanceof Error ? error.message : String(error)}`));
      }
    });
  });
  const sockets = trackSockets(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host, port: 0 }, () => resolve());
  });

  let closing: Promise<void> | undefined;
  return {
    host,
    port: portOf(server),
    commands,
    dataConnections,
    get connections() {
      return connections;
    },
    get dataBytes() {
      return dataBytes;
    },
    close(): Promise<void> {
      closing ??= new Promise<void>((resolve) => {
        for (const channel of channels) channel.close();
        server.close(() => resolve());
        sockets.destroyAll();
      });
      return closing;
    },
  };
}
