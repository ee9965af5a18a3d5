/**
 * A TCP proxy that gives loopback a round-trip time (see SERVERS.md,
 * Latency): it listens on `listenHost` (127.0.0.2) on the server's control
 * port and every port of its passive range, forwards to `targetHost`
 * (127.0.0.1) on the same port, and delays every chunk by half the RTT in
 * each direction. The server announces `listenHost` in PASV, and EPSV
 * carries only a port, which clients join to the control host: both land
 * on the proxy.
 *
 * A connect costs one round trip, as with real TCP: the upstream connection
 * is opened half an RTT after the client's (the SYN's way there), and what
 * the client sends is taken as sent no earlier than one RTT after it
 * connected (when the SYN-ACK would have reached it).
 *
 * It also counts what passes, so the bench can report connections opened
 * and when each phase of a run started, for any tool.
 */
import net from 'node:net';

/** Stop reading a socket while this much is queued towards the other side. */
const HIGH_WATER_BYTES = 4 * 1024 * 1024;

export interface ProxyStats {
  controlConnections: number;
  dataConnections: number;
  /** performance.now() of the first and last data connection accepted, and of the last data connection closed. */
  firstDataAt: number | undefined;
  lastDataAt: number | undefined;
  lastDataClosedAt: number | undefined;
  firstControlAt: number | undefined;
  bytesUp: number;
  bytesDown: number;
  /**
   * FTP commands seen on plain control connections, by verb. Counting stops
   * on a connection at AUTH (what follows is TLS), so over FTPS only the
   * commands before AUTH are here.
   */
  commands: Record<string, number>;
  /** Control connections whose counting stopped at AUTH TLS. */
  encryptedControls: number;
  /** STOR/RETR/APPE per plain control connection, in order of connection: shows idle ones. */
  transfersPerControl: number[];
}

export interface LatencyProxy {
  readonly host: string;
  readonly rttMs: number;
  stats(): ProxyStats;
  resetStats(): void;
  close(): Promise<void>;
}

interface Item {
  due: number;
  chunk: Buffer | 'end';
}

function emptyStats(): ProxyStats {
  return {
    controlConnections: 0,
    dataConnections: 0,
    firstDataAt: undefined,
    lastDataAt: undefined,
    lastDataClosedAt: undefined,
    firstControlAt: undefined,
    bytesUp: 0,
    bytesDown: 0,
    commands: {},
    encryptedControls: 0,
    transfersPerControl: [],
  };
}

/**
 * One direction of one connection: chunks leave `delayMs` after they came
 * in (and never before `notBefore`), in order, with backpressure.
 */
class DelayedPipe {
  private readonly queue: Item[] = [];
  private queuedBytes = 0;
  private timer: NodeJS.Timeout | undefined;
  private paused = false;
  private target: net.Socket | undefined;

  constructor(
    private readonly source: net.Socket,
    private readonly delayMs: number,
    private readonly notBefore: number,
    private readonly count: (bytes: number) => void,
  ) {
    source.on('data', (chunk: Buffer) => {
      this.count(chunk.length);
      this.push(chunk);
    });
    source.on('end', () => this.push('end'));
  }

  attach(target: net.Socket): void {
    this.target = target;
    target.on('drain', () => this.maybeResume());
    this.schedule();
  }

  private push(chunk: Buffer | 'end'): void {
    const now = performance.now();
    this.queue.push({ due: Math.max(now, this.notBefore) + this.delayMs, chunk });
    if (chunk !== 'end') {
      this.queuedBytes += chunk.length;
      if (this.queuedBytes > HIGH_WATER_BYTES && !this.paused) {
        this.paused = true;
        this.source.pause();
      }
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.timer !== undefined || this.target === undefined) return;
    const head = this.queue[0];
    if (head === undefined) return;
    this.timer = setTimeout(() => this.flush(), Math.max(0, head.due - performance.now()));
  }

  private flush(): void {
    this.timer = undefined;
    const target = this.target;
    if (target === undefined) return;
    const now = performance.now();
    // Timers may fire up to a millisecond early or late; what is due within
    // half a millisecond goes now rather than in another timer turn.
    while (this.queue.length > 0 && (this.queue[0]?.due ?? Infinity) <= now + 0.5) {
      const item = this.queue.shift();
      if (item === undefined) break;
      if (item.chunk === 'end') {
        target.end();
      } else if (!target.destroyed) {
        this.queuedBytes -= item.chunk.length;
        target.write(item.chunk);
      }
    }
    this.maybeResume();
    this.schedule();
  }

  private maybeResume(): void {
    const pending = this.queuedBytes + (this.target?.writableLength ?? 0);
    if (this.paused && pending < HIGH_WATER_BYTES / 2) {
      this.paused = false;
      this.source.resume();
    }
  }

  /** Stops delivering (the connection is being torn down). */
  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.queue.length = 0;
  }
}

const TRANSFER_VERBS = new Set(['STOR', 'RETR', 'APPE', 'STOU']);

/** Counts the commands a client sends on a plain control connection, until AUTH turns it to TLS. */
function countCommands(client: net.Socket, stats: ProxyStats): void {
  const index = stats.transfersPerControl.length;
  stats.transfersPerControl.push(0);
  let pending = '';
  let counting = true;
  const onData = (chunk: Buffer): void => {
    if (!counting) return;
    pending += chunk.toString('latin1');
    for (let newline = pending.indexOf('\n'); newline >= 0; newline = pending.indexOf('\n')) {
      const verb = (pending.slice(0, newline).trim().split(' ')[0] ?? '').toUpperCase();
      pending = pending.slice(newline + 1);
      if (verb === '') continue;
      stats.commands[verb] = (stats.commands[verb] ?? 0) + 1;
      if (TRANSFER_VERBS.has(verb)) stats.transfersPerControl[index] = (stats.transfersPerControl[index] ?? 0) + 1;
      if (verb === 'AUTH') {
        counting = false;
        stats.encryptedControls += 1;
        client.off('data', onData);
        return;
      }
    }
  };
  client.on('data', onData);
}

export interface ProxyOptions {
  listenHost: string;
  targetHost: string;
  controlPort: number;
  passiveRange: readonly [number, number];
  rttMs: number;
}

/** Starts the proxy; resolves once every port listens. */
export async function startLatencyProxy(options: ProxyOptions): Promise<LatencyProxy> {
  const half = options.rttMs / 2;
  let stats = emptyStats();
  const sockets = new Set<net.Socket>();

  const handle = (client: net.Socket, port: number, isControl: boolean): void => {
    const acceptedAt = performance.now();
    if (isControl) {
      stats.controlConnections += 1;
      stats.firstControlAt ??= acceptedAt;
    } else {
      stats.dataConnections += 1;
      stats.firstDataAt ??= acceptedAt;
      stats.lastDataAt = acceptedAt;
    }
    sockets.add(client);
    client.setNoDelay(true);
    if (isControl) countCommands(client, stats);
    const up = new DelayedPipe(client, half, acceptedAt + options.rttMs, (bytes) => {
      stats.bytesUp += bytes;
    });
    let server: net.Socket | undefined;
    let down: DelayedPipe | undefined;
    let closed = false;
    const teardown = (): void => {
      if (closed) return;
      closed = true;
      up.cancel();
      down?.cancel();
      // A reset travels like data: the other side learns of it half an RTT later.
      setTimeout(() => {
        client.destroy();
        server?.destroy();
      }, half).unref();
    };
    let clientGone = false;
    let serverGone = false;
    const maybeDone = (): void => {
      if (!clientGone || !serverGone) return;
      sockets.delete(client);
      if (server !== undefined) sockets.delete(server);
      if (!isControl) stats.lastDataClosedAt = performance.now();
    };
    client.on('error', teardown);
    client.on('close', () => {
      clientGone = true;
      if (server === undefined) serverGone = true;
      maybeDone();
    });
    setTimeout(() => {
      if (closed || client.destroyed) return;
      const upstream = net.connect({ host: options.targetHost, port, allowHalfOpen: true });
      server = upstream;
      sockets.add(upstream);
      upstream.setNoDelay(true);
      down = new DelayedPipe(upstream, half, 0, (bytes) => {
        stats.bytesDown += bytes;
      });
      upstream.on('connect', () => {
        up.attach(upstream);
        if (down !== undefined) down.attach(client);
      });
      upstream.on('error', teardown);
      upstream.on('close', () => {
        serverGone = true;
        maybeDone();
      });
    }, half);
  };

  const servers: net.Server[] = [];
  const listen = (port: number, isControl: boolean): Promise<void> =>
    new Promise((resolve, reject) => {
      const server = net.createServer({ allowHalfOpen: true }, (socket) => handle(socket, port, isControl));
      server.once('error', reject);
      server.listen({ host: options.listenHost, port, exclusive: true }, () => {
        server.off('error', reject);
        resolve();
      });
      servers.push(server);
    });

  const [min, max] = options.passiveRange;
  const ports = [options.controlPort];
  for (let port = min; port <= max; port += 1) ports.push(port);
  try {
    await Promise.all(ports.map((port) => listen(port, port === options.controlPort)));
  } catch (error) {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    throw error;
  }

  return {
    host: options.listenHost,
    rttMs: options.rttMs,
    stats: () => ({ ...stats, commands: { ...stats.commands }, transfersPerControl: [...stats.transfersPerControl] }),
    resetStats: () => {
      stats = emptyStats();
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    },
  };
}
