/**
 * A fault-injecting FTP proxy for plain FTP: it sits between a client and a
 * real server, reads the control connection line by line, rewrites passive
 * replies so data connections pass through it too, and injects the faults
 * a test asks for (dropped control or data connections, stalls, 421 after N
 * connections, a 450/451 once, a truncated listing, a refused rename).
 * TLS is out of reach by design: an encrypted control channel cannot be read
 * by a man in the middle, which is the point of TLS.
 */
import net from 'node:net';
import { LOOPBACK_HOST } from '../loopback.js';
import { trackSockets } from '../socket-tracker.js';
import { DataRelay, type DataFault } from './data-relay.js';
import { FaultBook, verbOf, type Fault, type TransferVerb } from './faults.js';

export interface FaultProxy {
  readonly host: string;
  readonly port: number;
  /** Every command clients sent, in order, across connections (PASS shown as "PASS ***"). */
  readonly commands: readonly string[];
  /** The same commands by control connection, in the order the connections were accepted. */
  readonly commandsByConnection: readonly (readonly string[])[];
  /** Control connections accepted so far. */
  readonly connections: number;
  /** How many times each fault fired, in the order given. */
  firedCounts(): number[];
  close(): Promise<void>;
}

const transferVerbs = new Set<string>(['STOR', 'APPE', 'RETR', 'LIST', 'MLSD', 'NLST']);

/** Splits a byte stream into CRLF- or LF-terminated lines. */
function onLines(socket: net.Socket, handle: (line: string) => void): void {
  let buffer = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    buffer += chunk;
    let end = buffer.indexOf('\n');
    while (end >= 0) {
      handle(buffer.slice(0, end).replace(/\r$/, ''));
      buffer = buffer.slice(end + 1);
      end = buffer.indexOf('\n');
    }
  });
}

export async function startFaultProxy(target: { host: string; port: number }, faults: readonly Fault[] = []): Promise<FaultProxy> {
  const book = new FaultBook(faults);
  const commands: string[] = [];
  const commandsByConnection: string[][] = [];
  const relays = new Set<DataRelay>();
  let connections = 0;

  const server = net.createServer((client) => {
    connections += 1;
    // Every connection counts as a match, so `after` is the number let through first.
    const refusal = book.take('refuse-connections', () => true);
    if (refusal !== undefined) {
      client.end(`${refusal.reply ?? '421 Too many connections, try again later'}\r\n`);
      return;
    }
    handleSession(client);
  });
  const sockets = trackSockets(server);

  function handleSession(client: net.Socket): void {
    const upstream = net.connect(target);
    const sessionCommands: string[] = [];
    commandsByConnection.push(sessionCommands);
    let stalled = false;
    let pendingRelay: DataRelay | undefined;
    let activeTransfer: TransferVerb | undefined;
    let dropOnTransfer = false;
    const closeBoth = (): void => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', closeBoth);
    upstream.on('error', closeBoth);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());

    onLines(client, (line) => {
      if (stalled) return;
      const verb = verbOf(line);
      const shown = verb === 'PASS' ? 'PASS ***' : line;
      commands.push(shown);
      sessionCommands.push(shown);
      if (book.take('stall', (fault) => fault.command.toUpperCase() === verb) !== undefined) {
        stalled = true;
        return;
      }
      const replaced = book.take('reply', (fault) => fault.command.toUpperCase() === verb);
      if (replaced !== undefined) {
        client.write(`${replaced.reply}\r\n`);
        // The data connection the client opened for this command will not be used.
        pendingRelay?.close();
        pendingRelay = undefined;
        return;
      }
      if (transferVerbs.has(verb)) {
        activeTransfer = verb as TransferVerb;
        dropOnTransfer = book.take('drop-control', (fault) => fault.command === verb) !== undefined;
        pendingRelay?.arm(dataFaultFor(verb as TransferVerb));
        pendingRelay = undefined;
      }
      upstream.write(`${line}\r\n`);
    });

    function dataFaultFor(verb: TransferVerb): DataFault | undefined {
      const drop = book.take('drop-data', (fault) => fault.command === verb);
      if (drop !== undefined) return { kind: 'drop', afterBytes: drop.afterBytes };
      if (verb === 'LIST' || verb === 'MLSD' || verb === 'NLST') {
        const truncate = book.take('truncate-listing', () => true);
        if (truncate !== undefined) return { kind: 'truncate', afterBytes: truncate.afterBytes };
      }
      return undefined;
    }

    // Replies are rewritten one after another, in order: an EPSV rewrite waits
    // for a relay to open, and no later line may overtake it.
    let replies = Promise.resolve();
    onLines(upstream, (line) => {
      if (stalled) return;
      replies = replies.then(async () => {
        const rewritten = await rewriteReply(line);
        client.write(`${rewritten}\r\n`);
        if (activeTransfer !== undefined && /^150[ -]/.test(line) && dropOnTransfer) {
          // Let a little data flow first, so the drop lands mid-transfer.
          setTimeout(closeBoth, 20);
        }
        if (/^2\d\d /.test(line) || /^[45]\d\d /.test(line)) activeTransfer = undefined;
      }, closeBoth);
    });

    /** Points EPSV (229) and PASV (227) replies at a relay of ours. */
    async function rewriteReply(line: string): Promise<string> {
      const epsv = /^229 (.*)\(\|\|\|(\d+)\|\)(.*)$/.exec(line);
      const pasv = /^227 (.*?)(\d+),(\d+),(\d+),(\d+),(\d+),(\d+)(.*)$/.exec(line);
      if (epsv === null && pasv === null) return line;
      const port = epsv !== null ? Number(epsv[2]) : Number(pasv?.[6]) * 256 + Number(pasv?.[7]);
      const relay = await DataRelay.open(LOOPBACK_HOST, { host: target.host, port });
      relays.add(relay);
      pendingRelay = relay;
      if (epsv !== null) return `229 ${epsv[1] ?? ''}(|||${relay.port}|)${epsv[3] ?? ''}`;
      const [high, low] = [Math.floor(relay.port / 256), relay.port % 256];
      return `227 ${pasv?.[1] ?? ''}${LOOPBACK_HOST.replace(/\./g, ',')},${high},${low}${pasv?.[8] ?? ''}`;
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: LOOPBACK_HOST, port: 0 }, () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('fault proxy has no TCP address');

  return {
    host: LOOPBACK_HOST,
    port: address.port,
    commands,
    commandsByConnection,
    get connections() {
      return connections;
    },
    firedCounts: () => book.firedCounts(),
    close: async () => {
      for (const relay of relays) relay.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      sockets.destroyAll();
      await closed;
    },
  };
}
